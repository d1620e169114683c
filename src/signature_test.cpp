#include "signature.h"

#include <doctest/doctest.h>

#include "renaksi/reader.h"

namespace renaksi {
namespace {

SourceLines Lines(std::string_view text, int first_line = 1) {
  Diagnostics diags;
  SourceLines lines = ReadDocument(text, diags).lines;
  for (auto& line : lines) line.number += first_line - 1;
  return lines;
}

const Diagnostic* FindCode(const Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.items()) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Enactment: place and date on one line or two") {
  Decree one;
  Diagnostics diags;
  ExtractEnactment(Lines("Ditetapkan di : BANGKO, pada tanggal 7 Februari 2024"), one, diags);
  CHECK(one.enacted.place == "Bangko");
  CHECK(one.enacted.date == "2024-02-07");

  Decree two;
  two.year = 2026;
  ExtractEnactment(Lines("Ditetapkan di Sengeti\npada tanggal 06 Januari 2025\n", 50), two, diags);
  CHECK(two.enacted.place == "Sengeti");
  CHECK(two.enacted.date == "2025-01-06");
  CHECK(two.field_lines.at("enacted") == 50);
  REQUIRE(FindCode(diags, "enacted-year-mismatch"));
  CHECK(FindCode(diags, "enacted-year-mismatch")->line == 51);
}

TEST_CASE("Enactment missing is reported where the block starts") {
  Decree d;
  Diagnostics diags;
  ExtractEnactment(Lines("KETUA,\nNAMA\n", 40), d, diags);
  CHECK_FALSE(d.enacted.place.has_value());
  CHECK_FALSE(d.enacted.date.has_value());
  REQUIRE(FindCode(diags, "field-missing"));
  CHECK(FindCode(diags, "field-missing")->line == 40);
}

TEST_CASE("Signatures: chair first, then the certifier with a name") {
  Decree d;
  Diagnostics diags;
  ExtractSignatures(Lines("KETUA KOMISI PEMILIHAN UMUM\nKOTA JAMBI,\n\nttd.\n\nRINA, S.E.\n\n"
                          "Salinan sesuai dengan aslinya\nSEKRETARIAT KOMISI PEMILIHAN UMUM\n"
                          "KOTA JAMBI\nPlh. Kepala Subbagian Hukum,\n\nBUDI\nNIP. 1980\n"),
                    {}, d, diags);
  CHECK(d.signatory.position == "Ketua Komisi Pemilihan Umum Kota Jambi");
  CHECK(d.signatory.name == "RINA, S.E.");
  CHECK(d.certifier.position == "Plh. Kepala Subbagian Hukum");
  CHECK(d.certifier.name == "BUDI");
  CHECK(d.field_lines.at("signatory") == 1);
  CHECK(d.field_lines.at("certifier") == 11);
  CHECK_FALSE(FindCode(diags, "field-missing"));
}

TEST_CASE("Signatures: the chair's name displaced after the certifier's title") {
  // Decree block: the chair's "ttd. NAME" comes after the certifier column;
  // the annex block prints it under KETUA, which settles the role.
  Decree d;
  Diagnostics diags;
  ExtractSignatures(
      Lines("KETUA KOMISI,\n\nSalinan sesuai dengan aslinya\nKepala Sub Bagian Hukum\n\nttd.\n\n"
            "AMIR\n",
            60),
      Lines("KETUA KOMISI,\nttd.\nAMIR\nSalinan sesuai dengan aslinya\nKepala Sub Bagian Hukum,\n",
            200),
      d, diags);
  CHECK(d.signatory.name == "AMIR");
  CHECK_FALSE(d.certifier.name.has_value());
  CHECK(d.certifier.position == "Kepala Sub Bagian Hukum");
  const Diagnostic* cross = FindCode(diags, "signature-cross-block");
  REQUIRE(cross);
  CHECK(cross->line == 67);
  CHECK(cross->message.find("line 202") != std::string::npos);
  const Diagnostic* missing = FindCode(diags, "field-missing");
  REQUIRE(missing);
  CHECK(missing->severity == Severity::kWarning);
  CHECK(missing->line == 63);
}

TEST_CASE("Signatures: different chairs in the two blocks are reported") {
  Decree d;
  Diagnostics diags;
  ExtractSignatures(Lines("KETUA KPU,\nttd.\nAMIR\n"), Lines("KETUA KPU,\nttd.\nBADU\n", 90), d,
                    diags);
  CHECK(d.signatory.name == "AMIR");
  REQUIRE(FindCode(diags, "signatory-mismatch"));
  CHECK(FindCode(diags, "signatory-mismatch")->line == 92);
}

TEST_CASE("Signatures: unreadable text in a block is quoted, not dropped silently") {
  Decree d;
  Diagnostics diags;
  ExtractSignatures(Lines("KETUA KPU,\nttd.\nAMIR\n[cap basah 2026]\n"), {}, d, diags);
  CHECK(d.signatory.name == "AMIR");
  REQUIRE(FindCode(diags, "signature-text-ignored"));
  CHECK(FindCode(diags, "signature-text-ignored")->line == 4);
}

}  // namespace renaksi
