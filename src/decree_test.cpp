#include "renaksi/decree.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "decree_header.h"
#include "renaksi/reader.h"
#include "test_support.h"

namespace renaksi {
namespace {

struct Extracted {
  Decree decree;
  Diagnostics diags;
};

Extracted ExtractText(std::string_view bytes) {
  Extracted out;
  ReadResult read = ReadDocument(bytes, out.diags);
  out.decree = ExtractDecree(Segment(read.lines, out.diags), out.diags);
  return out;
}

template <typename Item>
std::vector<std::string> Labels(const std::vector<Item>& items) {
  std::vector<std::string> labels;
  for (const auto& item : items) labels.push_back(item.label);
  return labels;
}

std::size_t CountCode(const Diagnostics& diags, const std::string& code) {
  return static_cast<std::size_t>(std::count_if(
      diags.items().begin(), diags.items().end(),
      [&](const Diagnostic& d) { return d.code == code; }));
}

const Diagnostic* FindCode(const Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.items()) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("ExtractDecree reads every field of the Muaro Jambi sample") {
  Extracted x = ExtractText(testing::ReadProjectFile(testing::kMuaroJambi));
  const Decree& d = x.decree;
  CHECK(d.issuer == "Komisi Pemilihan Umum Kabupaten Muaro Jambi");
  CHECK(d.region_kind == "kabupaten");
  CHECK(d.region_name == "MUARO JAMBI");
  CHECK(d.number == "10");
  CHECK(d.year == 2026);
  CHECK(d.title ==
        "RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN "
        "MUARO JAMBI TAHUN 2026");
  CHECK(d.plan_year == 2026);
  CHECK(d.enacted.place == "Sengeti");
  CHECK(d.enacted.date == "2026-01-06");
  // The chair's name is missing under KETUA at the end of the decree; the
  // "ttd. ALMUTTAQIN" after the certifier's title is the chair's, as the
  // annex's block (KETUA, ttd., ALMUTTAQIN) shows. No block names the
  // certifier.
  CHECK(d.signatory.position == "Ketua Komisi Pemilihan Umum Kabupaten Muaro Jambi");
  CHECK(d.signatory.name == "ALMUTTAQIN");
  CHECK(d.certifier.position == "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu dan Hukum");
  CHECK_FALSE(d.certifier.name.has_value());

  CHECK(Labels(d.considerations) == std::vector<std::string>{"a", "b", "c"});
  CHECK(d.considerations[0].text ==
        "bahwa berdasarkan ketentuan Peraturan Menteri Pendayagunaan Aparatur Negara dan "
        "Reformasi Birokrasi Nomor 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi");
  CHECK(d.considerations[1].line == 23);

  CHECK(Labels(d.legal_basis) ==
        std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "11", "13"});
  // Item 7 continues after a blank line; item 13 wraps over three lines.
  CHECK(d.legal_basis[6].text.find("Kabupaten/Kota (Berita Negara Republik Indonesia Tahun "
                                   "2019 Nomor 320), sebagaimana telah beberapa kali diubah") !=
        std::string::npos);
  CHECK(d.legal_basis[6].line == 33);
  CHECK(d.legal_basis[9].text ==
        "Keputusan Komisi Pemilihan Umum Republik Indonesia Nomor "
        "314/ORT.07-Kpt/01/KPU/V/2021 tentang Petunjuk Teknis Pelaksanaan Reformasi "
        "Birokrasi di Lingkungan Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan "
        "Komisi Pemilihan Umum Kabupaten/Kota");
  CHECK(d.legal_basis[0].text ==
        "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan "
        "Bebas dari Korupsi, Kolusi, dan Nepotisme (Lembaran Negara Republik Indonesia Tahun "
        "1999 Nomor 75, Tambahan Lembaran Negara Republik Indonesia Nomor 3851)");
  CHECK(CountCode(x.diags, "legal-basis-numbering-gap") == 2);
  REQUIRE(FindCode(x.diags, "legal-basis-numbering-gap"));
  CHECK(FindCode(x.diags, "legal-basis-numbering-gap")->line == 38);

  CHECK(Labels(d.decisions) == std::vector<std::string>{"KESATU", "KEDUA"});
  CHECK(d.decisions[1].text == "Keputusan ini mulai berlaku pada tanggal ditetapkan.");
  CHECK(d.establishes ==
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MUARO JAMBI TENTANG RENCANA AKSI "
        "REFORMASI BIROKRASI DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN MUARO JAMBI TAHUN "
        "2026.");

  CHECK(d.field_lines.at("issuer") == 10);
  CHECK(d.field_lines.at("number") == 12);
  CHECK(d.field_lines.at("year") == 12);
  CHECK(d.field_lines.at("title") == 16);
  CHECK(d.field_lines.at("plan_year") == 16);
  CHECK(d.field_lines.at("enacted") == 50);
  CHECK(d.field_lines.at("signatory") == 53);
  CHECK(d.field_lines.at("certifier") == 60);

  const Diagnostic* cross = FindCode(x.diags, "signature-cross-block");
  REQUIRE(cross);
  CHECK(cross->line == 65);
  CHECK(cross->message.find("ALMUTTAQIN") != std::string::npos);
  CHECK(cross->message.find("297") != std::string::npos);
  CHECK(CountCode(x.diags, "field-missing") == 1);  // the certifier's name only
  CHECK(x.diags.Count(Severity::kError) == 0);
}

TEST_CASE("ExtractDecree reads every field of the Batang Hari sample") {
  Extracted x = ExtractText(testing::ReadProjectFile(testing::kBatangHari));
  const Decree& d = x.decree;
  CHECK(d.issuer == "Komisi Pemilihan Umum Kabupaten Batang Hari");
  CHECK(d.region_kind == "kabupaten");
  CHECK(d.region_name == "BATANG HARI");
  CHECK(d.number == "9");
  CHECK(d.year == 2026);
  CHECK(d.title ==
        "RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN "
        "BATANG HARI TAHUN 2026");
  CHECK(d.plan_year == 2026);
  CHECK(d.enacted.place == "Muara Bulian");
  CHECK(d.enacted.date == "2026-01-22");
  CHECK(d.signatory.position == "Ketua Komisi Pemilihan Umum Kabupaten Batang Hari");
  CHECK(d.signatory.name == "AHMAD HALIM");
  CHECK(d.certifier.position == "Kepala Subbagian Teknis Penyelenggaraan Pemilu dan Hukum");
  CHECK(d.certifier.name == "Chaidir");

  CHECK(Labels(d.considerations) == std::vector<std::string>{"a", "b", "c"});
  CHECK(d.considerations[2].text ==
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
        "perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Batang Hari tentang "
        "Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum Kabupaten "
        "Batang Hari Tahun 2026");
  CHECK(Labels(d.legal_basis) ==
        std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"});
  // The label shares its line with "Mengingat :"; item 10 wraps after a blank.
  CHECK(d.legal_basis[0].line == 24);
  CHECK(d.legal_basis[0].text.rfind("Undang-Undang Nomor 30 Tahun 2002 tentang", 0) == 0);
  CHECK(d.legal_basis[9].text ==
        "Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07 Kpt/01/KPU/V/2021 tentang "
        "Petunjuk Teknis Pelaksanaan Reformasi Birokrasi di Lingkungan Komisi Pemilihan "
        "Umum, Komisi Pemilihan Umum Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota");
  CHECK_FALSE(x.diags.HasCode("legal-basis-numbering-gap"));
  CHECK(Labels(d.decisions) == std::vector<std::string>{"KESATU", "KEDUA"});
  CHECK(d.decisions[0].line == 41);

  CHECK(d.field_lines.at("issuer") == 10);
  CHECK(d.field_lines.at("number") == 12);
  CHECK(d.field_lines.at("title") == 15);
  CHECK(d.field_lines.at("enacted") == 44);
  CHECK(d.field_lines.at("signatory") == 47);
  CHECK(d.field_lines.at("certifier") == 57);
  CHECK_FALSE(x.diags.HasCode("field-missing"));
  CHECK_FALSE(x.diags.HasCode("signature-cross-block"));
  CHECK(x.diags.Count(Severity::kError) == 0);
}

// A synthetic decree with the noise real copies show: BOM, CRLF, a Kota
// issuer, labels on their own lines, letter spacing, items continuing after
// blank lines, "Tentang" in title case, a date without leading zero.
constexpr const char* kNoisyKota =
    "\xEF\xBB\xBF"
    "KEPUTUSAN KOMISI PEMILIHAN UMUM\r\n"
    "KOTA   SUNGAI PENUH\r\n"
    "Nomor: 3 Tahun 2025\r\n"
    "Tentang\r\n"
    "Rencana Aksi Reformasi Birokrasi\r\n"
    "\r\n"
    "Tahun 2025\r\n"
    "KETUA KOMISI PEMILIHAN UMUM KOTA SUNGAI PENUH,\r\n"
    "- **Menimbang**\r\n"
    ":\r\n"
    "- a.\r\n"
    "bahwa pertama;\r\n"
    " - b. bahwa kedua\r\n"
    "\r\n"
    "yang bersambung;\r\n"
    "- Mengingat :\r\n"
    "1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan\r\n"
    "Umum;\r\n"
    "2. Peraturan Presiden Nomor 12 Tahun 2025;\r\n"
    "M E M U T U S K A N :\r\n"
    "Menetapkan :\r\n"
    "KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA SUNGAI PENUH TENTANG RENCANA AKSI REFORMASI "
    "BIROKRASI TAHUN 2025.\r\n"
    "KESATU\r\n"
    ": Menetapkan rencana aksi.\r\n"
    "Kedua : Berlaku sejak ditetapkan.\r\n"
    "Ditetapkan di Sungai Penuh pada tanggal 1 Maret 2025\r\n"
    "Plh. KETUA KOMISI PEMILIHAN UMUM\r\n"
    "KOTA SUNGAI PENUH,\r\n"
    "ttd.\r\n"
    "Dr. H. BUDI SANTOSO, S.H., M.H.\r\n";

TEST_CASE("ExtractDecree tolerates the noise of real copies") {
  Extracted x = ExtractText(kNoisyKota);
  const Decree& d = x.decree;
  CHECK(d.issuer == "Komisi Pemilihan Umum Kota Sungai Penuh");
  CHECK(d.region_kind == "kota");
  CHECK(d.region_name == "SUNGAI PENUH");
  CHECK(d.number == "3");
  CHECK(d.year == 2025);
  CHECK(d.title == "Rencana Aksi Reformasi Birokrasi Tahun 2025");
  CHECK(d.plan_year == 2025);
  CHECK(d.field_lines.at("plan_year") == 5);
  CHECK(d.enacted.place == "Sungai Penuh");
  CHECK(d.enacted.date == "2025-03-01");
  CHECK(d.signatory.position == "Plh. Ketua Komisi Pemilihan Umum Kota Sungai Penuh");
  CHECK(d.signatory.name == "Dr. H. BUDI SANTOSO, S.H., M.H.");
  CHECK_FALSE(d.certifier.position.has_value());
  CHECK_FALSE(d.certifier.name.has_value());
  REQUIRE(d.considerations.size() == 2);
  CHECK(d.considerations[0].label == "a");
  CHECK(d.considerations[0].text == "bahwa pertama");
  CHECK(d.considerations[0].line == 11);
  CHECK(d.considerations[1].text == "bahwa kedua yang bersambung");
  REQUIRE(d.legal_basis.size() == 2);
  CHECK(d.legal_basis[0].text == "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum");
  CHECK(Labels(d.decisions) == std::vector<std::string>{"KESATU", "KEDUA"});
  CHECK(d.decisions[0].text == "Menetapkan rencana aksi.");
  // The title in "Menetapkan" agrees once case and spacing are ignored.
  CHECK_FALSE(x.diags.HasCode("title-mismatch"));
  // Only the certifier is absent, which an original decree may well be.
  REQUIRE(FindCode(x.diags, "field-missing"));
  CHECK(CountCode(x.diags, "field-missing") == 1);
  CHECK(FindCode(x.diags, "field-missing")->severity == Severity::kInfo);
  CHECK(x.diags.Count(Severity::kError) == 0);
}

TEST_CASE("ExtractDecree reads a zero-padded date and reports an unreadable one") {
  Extracted ok = ExtractText(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN X\nNOMOR 1 TAHUN 2025\nTENTANG A TAHUN 2026\n"
      "Ditetapkan di Kota Baru,\npada tanggal 01 Desember 2025\n");
  CHECK(ok.decree.enacted.place == "Kota Baru");
  CHECK(ok.decree.enacted.date == "2025-12-01");
  CHECK(ok.decree.plan_year == 2026);

  Extracted bad = ExtractText(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN X\nNOMOR 1 TAHUN 2025\nTENTANG A\n"
      "Ditetapkan di Y\npada tanggal 31 Juni 2025\n");
  CHECK_FALSE(bad.decree.enacted.date.has_value());
  REQUIRE(FindCode(bad.diags, "date-unreadable"));
  CHECK(FindCode(bad.diags, "date-unreadable")->line == 5);
}

TEST_CASE("A certifier's name after ttd. with no chair name anywhere is not guessed") {
  Extracted x = ExtractText(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN X\nNOMOR 1 TAHUN 2025\nTENTANG A\n"
      "Ditetapkan di Y\npada tanggal 2 Mei 2025\n"
      "KETUA KOMISI PEMILIHAN UMUM KABUPATEN X,\n"
      "Salinan sesuai dengan aslinya\nSEKRETARIAT KOMISI PEMILIHAN UMUM\nKABUPATEN X\n"
      "Kepala Subbagian Hukum,\nttd.\nSITI AMINAH\n");
  CHECK_FALSE(x.decree.signatory.name.has_value());
  CHECK_FALSE(x.decree.certifier.name.has_value());
  CHECK(x.decree.certifier.position == "Kepala Subbagian Hukum");
  REQUIRE(FindCode(x.diags, "signature-ambiguous"));
  CHECK(FindCode(x.diags, "signature-ambiguous")->line == 12);
  CHECK(FindCode(x.diags, "signature-ambiguous")->message.find("SITI AMINAH") !=
        std::string::npos);
}

TEST_CASE("Prose that is not a decree yields field-missing errors and no values") {
  Extracted x = ExtractText(
      "Pada tahun 2020 kami berbicara tentang banyak hal, termasuk nomor 5 tahun 2020.\n"
      "Kemudian kami pulang ke rumah masing-masing.\n");
  const Decree& d = x.decree;
  CHECK_FALSE(d.issuer.has_value());
  CHECK(d.region_name.empty());
  CHECK_FALSE(d.number.has_value());
  CHECK_FALSE(d.year.has_value());
  CHECK_FALSE(d.title.has_value());
  CHECK_FALSE(d.plan_year.has_value());
  CHECK_FALSE(d.enacted.place.has_value());
  CHECK_FALSE(d.enacted.date.has_value());
  CHECK_FALSE(d.signatory.name.has_value());
  CHECK(d.considerations.empty());
  CHECK(d.legal_basis.empty());
  CHECK(d.decisions.empty());
  CHECK(CountCode(x.diags, "field-missing") >= 4);
  CHECK(x.diags.Count(Severity::kError) >= 4);
}

TEST_CASE("ExtractDecree on empty segments reports and does not crash") {
  Diagnostics diags;
  Decree d = ExtractDecree(Segments{}, diags);
  CHECK_FALSE(d.number.has_value());
  CHECK_FALSE(d.issuer.has_value());
  CHECK(d.field_lines.empty());
  CHECK(diags.HasCode("field-missing"));
  CHECK(diags.Count(Severity::kError) >= 4);
}

TEST_CASE("A title that disagrees with the Menetapkan line is reported") {
  Extracted x = ExtractText(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN X\nNOMOR 1 TAHUN 2025\nTENTANG A\n"
      "MEMUTUSKAN\nMenetapkan : KEPUTUSAN TENTANG B.\nKESATU : c.\n");
  CHECK(x.decree.title == "A");
  REQUIRE(FindCode(x.diags, "title-mismatch"));
  CHECK(FindCode(x.diags, "title-mismatch")->line == 5);
}

TEST_CASE("Legal basis keeps printed labels, continuation lines and reports jumps") {
  Extracted x = ExtractText(
      "Mengingat :\n1. Undang-Undang A;\n2. Peraturan B\nyang berlanjut\n\n2017 dan seterusnya;\n"
      "5. Peraturan C;\n5. Peraturan D.\n");
  const auto& items = x.decree.legal_basis;
  CHECK(Labels(items) == std::vector<std::string>{"1", "2", "5", "5"});
  CHECK(items[1].text == "Peraturan B yang berlanjut 2017 dan seterusnya");
  CHECK(CountCode(x.diags, "legal-basis-numbering-gap") == 2);  // 2→5 and 5 again
}

}  // namespace renaksi

namespace renaksi {

// Truncated copies (a download cut short, a page missing) must never crash
// a stage or make it throw; each prefix of both samples is tried.
TEST_CASE("Every truncation of the samples extracts without crashing") {
  for (const char* path : {testing::kMuaroJambi, testing::kBatangHari}) {
    Diagnostics read_diags;
    SourceLines lines = ReadDocument(testing::ReadProjectFile(path), read_diags).lines;
    for (std::size_t n = 0; n <= lines.size(); ++n) {
      SourceLines prefix(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(n));
      Diagnostics diags;
      CHECK_NOTHROW({
        Decree d = ExtractDecree(Segment(prefix, diags), diags);
        IdentifyRegion(d, Gazetteer::Builtin(), diags);
      });
    }
  }
}

TEST_CASE("FindIssuer reads one to five name words up to the next heading word") {
  auto issuer = FindIssuer("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MUARO JAMBI NOMOR 5");
  REQUIRE(issuer);
  CHECK(issuer->kind == "kabupaten");
  CHECK(issuer->name == "MUARO JAMBI");
  CHECK(issuer->offset == 10);

  issuer = FindIssuer("kpu Kab. Batang Hari, Jalan Sudirman");
  REQUIRE(issuer);
  CHECK(issuer->name == "Batang Hari");

  issuer = FindIssuer("KPU KOTA SUNGAI PENUH");
  REQUIRE(issuer);
  CHECK(issuer->kind == "kota");
  CHECK(issuer->name == "SUNGAI PENUH");

  // A stop word glued on by a hyphen still ends the name; the hyphen goes.
  issuer = FindIssuer("KPU KABUPATEN TANJUNG JABUNG-NOMOR 5");
  REQUIRE(issuer);
  CHECK(issuer->name == "TANJUNG JABUNG");

  // Six words and no stop: no name.
  CHECK_FALSE(FindIssuer("KPU KABUPATEN SATU DUA TIGA EMPAT LIMA ENAM TUJUH"));
  CHECK_FALSE(FindIssuer("KPUD KABUPATEN X"));
}

}  // namespace renaksi
