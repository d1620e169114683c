#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>

#include <re2/re2.h>

#include "cell_text.h"
#include "page_artifacts.h"
#include "test_support.h"

namespace renaksi {
namespace {

TEST_CASE("page artefacts: page-number lines") {
  CHECK(IsPageNumberLine("5"));
  CHECK(IsPageNumberLine("- 5 -"));
  CHECK(IsPageNumberLine("Page 3 of 20"));
  CHECK(IsPageNumberLine("Halaman 4 dari 9"));
  CHECK_FALSE(IsPageNumberLine("KPU Kabupaten Batang Hari"));
  CHECK_FALSE(IsPageNumberLine("2026 Laporan"));
}

TEST_CASE("page artefacts: page-number lines agree with the page-number pattern") {
  static const RE2 kPageNumber(
      R"((?i)\s*(?:[-–—]\s*)?(?:(?:page|halaman|hal\.?)\s*)?\d{1,4})"
      R"((?:\s*(?:of|dari|/)\s*\d{1,4})?(?:\s*[-–—])?\s*)");
  static constexpr std::array<const char*, 12> kPieces = {"-", " ", "5", "12", "0", "\t",
                                                          "Hal", "of", "/", "x", "\xE2\x80\x93", "--"};
  testing::Lcg rng{3};
  for (int n = 0; n < 5000; ++n) {
    std::string line = testing::LineOfPieces(rng, kPieces, 1 + n % 7);
    INFO("line: \"", line, "\"");
    CHECK(IsPageNumberLine(line) == RE2::FullMatch(line, kPageNumber));
  }
}

TEST_CASE("page artefacts: a running footer inside a cell") {
  auto s = StripPageArtifacts(
      "1. Tersedianya sarana penyampaian pengaduan, Maret Laporan Reformasi Birokrasi Page 24 2. Adanya pejabat");
  CHECK(s.text == "1. Tersedianya sarana penyampaian pengaduan, 2. Adanya pejabat");
  REQUIRE(s.removed.size() == 1);
  CHECK(s.removed[0] == "Maret Laporan Reformasi Birokrasi Page 24");
  auto halaman = StripPageArtifacts("Laporan pengadaan Rencana Aksi Halaman 3 dari 12");
  CHECK(halaman.text == "Laporan pengadaan");
  auto keep = StripPageArtifacts("Prosentase sesuai perpres 16 Tahun 2018, 100% dan 2 (dua) kali");
  CHECK(keep.removed.empty());
  CHECK(keep.text == "Prosentase sesuai perpres 16 Tahun 2018, 100% dan 2 (dua) kali");
}

// The footer rule as it was first written, one regex, kept here as the
// reference the hand-written matcher must agree with.
StrippedCell StripWithRegex(std::string_view text) {
  static const RE2 kFooter(
      R"((^|\s)((?:\p{Lu}[^\s,;:.]*\s+){0,8}(?:Page|PAGE|Halaman|HALAMAN|Hal\.)\s*\d{1,4})"
      R"((?:\s+(?:of|dari)\s+\d{1,4})?)(\s|$))");
  StrippedCell out;
  std::string rest(text);
  while (true) {
    re2::StringPiece input(rest);
    re2::StringPiece lead, piece, trail;
    if (!RE2::PartialMatch(input, kFooter, &lead, &piece, &trail)) break;
    std::size_t start = static_cast<std::size_t>(piece.data() - rest.data());
    std::size_t end = start + piece.size();
    out.removed.emplace_back(piece.data(), piece.size());
    std::string head = cell::Trim(std::string_view(rest).substr(0, start));
    std::string tail = cell::Trim(std::string_view(rest).substr(end));
    rest = head.empty() ? tail : (tail.empty() ? head : head + " " + tail);
  }
  out.text = cell::Trim(rest);
  return out;
}

// Texts made of the words and separators the footer rule turns on, in a
// fixed pseudo-random order (the same on every run).
std::string FooterLikeText(testing::Lcg& rng, std::size_t words) {
  static constexpr std::array<const char*, 26> kWords = {
      "Page", "PAGE", "Halaman", "HALAMAN", "Hal.", "Hal", "page", "of", "dari",
      "3", "24", "120", "2024", "12345", "Maret", "Laporan", "laporan", "RB",
      "Reformasi", "\xC3\x89tat", "\xC3\xA9", "\xC3\x9C" "ber", "A", "x1", "3", "12"};
  static constexpr std::array<const char*, 10> kSeparators = {
      " ", " ", " ", " ", "", "  ", "\t", ", ", ".", "\n"};
  std::string text;
  for (std::size_t i = 0; i < words; ++i) {
    text += kWords[rng.Below(kWords.size())];
    text += kSeparators[rng.Below(kSeparators.size())];
  }
  return text;
}

TEST_CASE("page artefacts: the hand-written footer match agrees with the regex") {
  testing::Lcg rng{20261201};
  int with_footer = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text = FooterLikeText(rng, 1 + static_cast<std::size_t>(n % 24));
    StrippedCell expected = StripWithRegex(text);
    StrippedCell actual = StripPageArtifacts(text);
    INFO("text: \"", text, "\"");
    REQUIRE(actual.text == expected.text);
    REQUIRE(actual.removed == expected.removed);
    if (!expected.removed.empty()) REQUIRE(MayHoldPageArtifact(text));
    with_footer += !expected.removed.empty();
  }
  CHECK(with_footer > 2000);  // the texts do exercise the rule
}

TEST_CASE("page artefacts: the cases the footer rule turns on") {
  CHECK(StripPageArtifacts("A B C D E F G H I J Page 2").removed ==
        std::vector<std::string>{"C D E F G H I J Page 2"});
  CHECK(StripPageArtifacts("Page 12345 x").removed.empty());
  CHECK(StripPageArtifacts("Page 3 of 12345").removed ==
        std::vector<std::string>{"Page 3"});
  CHECK(StripPageArtifacts("Page 3 of 12x").removed ==
        std::vector<std::string>{"Page 3"});
  CHECK(StripPageArtifacts("\xC3\x89tat Page 3").removed ==
        std::vector<std::string>{"\xC3\x89tat Page 3"});
  CHECK(StripPageArtifacts("\xC3\xA9t\xC3\xA9 Page 3").removed ==
        std::vector<std::string>{"Page 3"});
  CHECK_FALSE(MayHoldPageArtifact("Perubahan pada halaman depan"));
}

}  // namespace
}  // namespace renaksi
