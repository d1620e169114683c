#include "renaksi/segment.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "decree_text.h"
#include "renaksi/reader.h"
#include "test_support.h"

namespace renaksi {
namespace {

SourceLines Lines(std::string_view text) {
  Diagnostics diags;
  return ReadDocument(text, diags).lines;
}

SourceLines SampleLines(const char* path) {
  return Lines(testing::ReadProjectFile(path));
}

std::pair<int, int> Span(const SourceLines& lines) {
  if (lines.empty()) return {0, 0};
  return {lines.front().number, lines.back().number};
}

// Every line lands in exactly one part, in document order.
void CheckPartition(const SourceLines& lines, const Segments& s) {
  SourceLines all;
  for (const auto* part : {&s.preamble, &s.considerations, &s.legal_basis, &s.observations,
                           &s.decision, &s.signature, &s.annex_title, &s.table,
                           &s.annex_signature}) {
    all.insert(all.end(), part->begin(), part->end());
  }
  REQUIRE(all.size() == lines.size());
  for (std::size_t i = 0; i < all.size(); ++i) CHECK(all[i].number == lines[i].number);
}

}  // namespace

TEST_CASE("Segment splits the Muaro Jambi sample at its markers") {
  SourceLines lines = SampleLines(testing::kMuaroJambi);
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.preamble) == std::pair(1, 20));
  CHECK(Span(s.considerations) == std::pair(21, 24));   // "- Menimbang** :"
  CHECK(Span(s.legal_basis) == std::pair(25, 43));      // "- Mengingat** :"
  CHECK(s.observations.empty());
  CHECK(Span(s.decision) == std::pair(44, 49));         // "M E M U T U S K A N :"
  CHECK(Span(s.signature) == std::pair(50, 68));        // "Ditetapkan di Sengeti"
  CHECK(Span(s.annex_title) == std::pair(69, 83));      // "LAMPIRAN"
  CHECK(Span(s.table) == std::pair(84, 290));           // first … last TAB line
  CHECK(Span(s.annex_signature) == std::pair(291, 305));
  CheckPartition(lines, s);
  CHECK_FALSE(diags.HasCode("annex-heading-missing"));
}

TEST_CASE("Segment splits the Batang Hari sample at its markers") {
  SourceLines lines = SampleLines(testing::kBatangHari);
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.preamble) == std::pair(1, 19));
  CHECK(Span(s.considerations) == std::pair(20, 23));  // "- Menimbang : a. bahwa …"
  CHECK(Span(s.legal_basis) == std::pair(24, 37));
  CHECK(Span(s.decision) == std::pair(38, 43));        // "MEMUTUSKAN"
  CHECK(Span(s.signature) == std::pair(44, 63));
  CHECK(Span(s.annex_title) == std::pair(64, 78));
  CHECK(Span(s.table) == std::pair(79, 232));
  CHECK(Span(s.annex_signature) == std::pair(233, 246));
  CheckPartition(lines, s);
}

TEST_CASE("The table is every line from the first to the last TAB line") {
  SourceLines lines = Lines(
      "LAMPIRAN\nRENCANA AKSI\nNO.\tAREA\n\nno tab inside\n1.\tManajemen\nKETUA KPU,\nNAMA\n");
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.annex_title) == std::pair(1, 2));
  REQUIRE(s.table.size() == 4);
  CHECK(s.table[1].text.empty());            // blank line inside kept
  CHECK(s.table[2].text == "no tab inside");  // non-TAB line inside kept
  CHECK(Span(s.annex_signature) == std::pair(7, 8));
  CheckPartition(lines, s);
}

TEST_CASE("Segment tolerates letter spacing, dashes and labels on their own line") {
  SourceLines lines = Lines(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA X\n"
      "MENIMBANG\n:\na. bahwa\n"
      "- **Mengingat** :\n1. Undang-Undang\n"
      "Memperhatikan : Berita Acara\n"
      "M E M U T U S K A N :\nKESATU : Menetapkan, sebagaimana dalam Lampiran\n"
      "Lampiran Keputusan ini berlaku.\n"
      "Ditetapkan di X\n"
      "LAMPIRAN\nJudul\n");
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.preamble) == std::pair(1, 1));
  CHECK(Span(s.considerations) == std::pair(2, 4));
  CHECK(Span(s.legal_basis) == std::pair(5, 6));
  CHECK(Span(s.observations) == std::pair(7, 7));
  // "Lampiran Keputusan ini" in running text does not open the annex.
  CHECK(Span(s.decision) == std::pair(8, 10));
  CHECK(Span(s.signature) == std::pair(11, 11));
  CHECK(Span(s.annex_title) == std::pair(12, 13));
  CHECK(s.table.empty());
  CheckPartition(lines, s);
}

TEST_CASE("Without a table, the annex's own signature block is still split off") {
  SourceLines lines = Lines("Ditetapkan di X\nLAMPIRAN\nKEPUTUSAN\nKETUA KOMISI,\nttd.\nNAMA\n");
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.annex_title) == std::pair(2, 3));
  CHECK(Span(s.annex_signature) == std::pair(4, 6));
}

TEST_CASE("A table without a LAMPIRAN heading is reported") {
  Diagnostics diags;
  Segments s = Segment(Lines("Ditetapkan di X\nRENCANA AKSI\nNO.\tAREA\n"), diags);
  CHECK(Span(s.signature) == std::pair(1, 2));
  CHECK(Span(s.table) == std::pair(3, 3));
  CHECK(diags.HasCode("annex-heading-missing"));
}

TEST_CASE("Markers are recognized whatever the spacing, and as RE2's (?i) folds them") {
  // "\xE2\x84\xAA" is KELVIN SIGN and "\xC5\xBF" LONG S, which (?i) reads as k and s.
  SourceLines lines = Lines(
      "Judul\n"
      "M e n i m b a n g : a. bahwa\n"
      "Mengingat: 1. Undang-Undang\n"
      "Mengingatkan bahwa\n"
      "\xE2\x84\xAA" "ESATU : Menetapkan\n"
      "Ditetapkan  di X\n"
      "LAMPIRAN\nJudul\n"
      "PLT. KETUA,\nttd.\n");
  Diagnostics diags;
  Segments s = Segment(lines, diags);
  CHECK(Span(s.preamble) == std::pair(1, 1));
  // Letter spacing of "Menimbang" keeps runs of one letter: collapsed.
  CHECK(Span(s.considerations) == std::pair(2, 2));
  CHECK(Span(s.legal_basis) == std::pair(3, 4));
  CHECK(Span(s.decision) == std::pair(5, 5));
  CHECK(Span(s.signature) == std::pair(6, 6));
  CHECK(Span(s.annex_title) == std::pair(7, 8));
  CHECK(Span(s.annex_signature) == std::pair(9, 10));
  CheckPartition(lines, s);
}

TEST_CASE("Marker lines open the part their pattern names") {
  // The patterns the hand-written marker tests read, in the order the parts
  // are searched; a line opens the first part whose pattern its key matches.
  const std::vector<std::pair<const char*, std::string>> patterns = {
      {"considerations", R"((?i)^Menimbang\b)"},
      {"legal_basis", R"((?i)^Mengingat\b)"},
      {"observations", R"((?i)^Memperhatikan\b)"},
      {"decision",
       R"((?i)^(?:MEMUTUSKAN\b|Menetapkan\s*(?::|$)|(?:KESATU|PERTAMA)\s*(?::|$)))"},
      {"signature", R"((?i)^Ditetapkan\s+di\b)"},
      {"annex_title", R"(^LAMPIRAN\b|^(?i:lampiran)\s*(?::|$))"},
  };
  const std::vector<std::string> lines = {
      "Menimbang", "MENIMBANG :", "Menimbangnya", "Menimbang_", "M e n i m b a n g", "Mengingat",
      "mengingat: 1.", "Mengingatkan", "Memperhatikan", "Memperhati\xE2\x84\xAA" "an :",
      "MEMUTUSKAN", "MEMUTUSKAN:", "Memutuskan bahwa", "M E M U T U \xC5\xBF K A N", "Memutuskannya",
      "Menetapkan", "Menetapkan :", "Menetapkan : Keputusan", "Menetapkan Keputusan", "KESATU",
      "KESATU :", "Kesatu: a", "KESATU Keputusan", "\xE2\x84\xAA" "ESATU :", "PERTAMA", "Pertama :",
      "PERTAMANYA", "Ditetapkan di Muaro", "Ditetapkan  di: X", "Ditetapkan di", "Ditetapkandi X",
      "Ditetapkan dikota", "Di tetapkan di X", "LAMPIRAN", "LAMPIRAN I", "LAMPIRANNYA", "Lampiran",
      "Lampiran :", "Lampiran Keputusan", "lampiran:", "L A M P I R A N", "Judul lain"};
  for (const std::string& line : lines) {
    INFO("line: ", line);
    std::string key = text::MarkerKey(line);
    std::string expected = "preamble";
    for (const auto& [part, pattern] : patterns) {
      if (RE2::PartialMatch(key, RE2(pattern))) {
        expected = part;
        break;
      }
    }
    SourceLines doc = Lines("Judul\n" + line + "\n");
    Diagnostics diags;
    Segments s = Segment(doc, diags);
    const std::vector<std::pair<const char*, const SourceLines*>> parts = {
        {"considerations", &s.considerations}, {"legal_basis", &s.legal_basis},
        {"observations", &s.observations},     {"decision", &s.decision},
        {"signature", &s.signature},           {"annex_title", &s.annex_title}};
    std::string got = "preamble";
    for (const auto& [part, part_lines] : parts) {
      if (!part_lines->empty() && part_lines->front().number == 2) got = part;
    }
    CHECK(got == expected);
  }
}

TEST_CASE("A line after LAMPIRAN opens the annex signature as its pattern says") {
  static const RE2 kOpener(R"((?i)^(?:(?:PLT|PLH)\.?\s*)?KETUA\b|^Salinan\s+sesuai\b)");
  for (std::string line : {"KETUA,", "Ketua Komisi", "KETUANYA", "PLT. KETUA", "Plh KETUA", "PLT.KETUA",
                           "PLT KETUANYA", "PLT.", "PLTKETUA", "plh.  ketua", "\xE2\x84\xAA" "ETUA",
                           "Salinan sesuai", "SALINAN SESUAI DENGAN ASLINYA", "Salinansesuai",
                           "Salinan sesuaikan", "\xC5\xBF" "alinan \xC5\xBF" "esuai", "Sekretaris"}) {
    INFO("line: ", line);
    bool expected = RE2::PartialMatch(text::MarkerKey(line), kOpener);
    SourceLines doc = Lines("Judul\nLAMPIRAN\nJudul lampiran\n" + line + "\n");
    Diagnostics diags;
    Segments s = Segment(doc, diags);
    CHECK((!s.annex_signature.empty() && s.annex_signature.front().number == 4) == expected);
  }
}

TEST_CASE("Prose and empty input stay in the preamble") {
  SourceLines prose = Lines(
      "Pada suatu hari kami menimbang banyak hal.\nMengenai hal itu tidak ada keputusan.\n");
  Diagnostics diags;
  Segments s = Segment(prose, diags);
  CHECK(s.preamble.size() == 2);
  CHECK(s.considerations.empty());
  CHECK(s.decision.empty());
  CHECK(s.table.empty());

  Segments empty = Segment({}, diags);
  CHECK(empty.preamble.empty());
  CHECK(empty.table.empty());
  CHECK(empty.annex_signature.empty());
}

}  // namespace renaksi
