#include "decree_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace renaksi::text {

TEST_CASE("CollapseSpaces trims and collapses spaces and TABs") {
  CHECK(CollapseSpaces("  KOMISI \t PEMILIHAN   UMUM  ") == "KOMISI PEMILIHAN UMUM");
  CHECK(CollapseSpaces("   ").empty());
}

TEST_CASE("CollapseSpaces finds each space run wherever it falls in a block") {
  // The runs are found 16 bytes at a time: put a doubled space, a TAB and a
  // trailing space at every offset of texts around the block sizes.
  auto reference = [](std::string_view text) {
    std::string out;
    std::string word;
    for (char c : std::string(text) + " ") {
      if (c != ' ' && c != '\t') {
        word += c;
        continue;
      }
      if (word.empty()) continue;
      if (!out.empty()) out += ' ';
      out += word;
      word.clear();
    }
    return out;
  };
  for (std::size_t size = 1; size <= 40; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      for (std::string_view gap : {"  ", "\t", " \t", " "}) {
        std::string text(size, 'x');
        for (std::size_t i = 3; i < size; i += 5) text[i] = ' ';  // single spaces
        text.replace(at, std::min(gap.size(), size - at), gap.substr(0, size - at));
        CHECK(CollapseSpaces(text) == reference(text));
        std::string wrapped = "a";
        AppendWrapped(wrapped, text);
        CHECK(wrapped == (reference(text).empty() ? "a" : "a " + reference(text)));
      }
    }
  }
}

TEST_CASE("StripListNoise removes dashes, bullets and stars before a label") {
  CHECK(StripListNoise("- Menimbang :") == "Menimbang :");
  CHECK(StripListNoise(" - b. bahwa") == "b. bahwa");
  CHECK(StripListNoise("** - 1. Undang-Undang  ") == "1. Undang-Undang");
  CHECK(StripListNoise("\xE2\x80\xA2 a. bahwa") == "a. bahwa");
  CHECK(StripListNoise("Undang-Undang") == "Undang-Undang");
}

TEST_CASE("CollapseLetterSpacing joins runs of single letters only") {
  CHECK(CollapseLetterSpacing("M E M U T U S K A N :") == "MEMUTUSKAN :");
  CHECK(CollapseLetterSpacing("a. bahwa di a b") == "a. bahwa di a b");
  CHECK(MarkerKey("- M E N I M B A N G") == "MENIMBANG");
  // without a one-letter word only the spaces collapse
  CHECK(CollapseLetterSpacing("  Menetapkan \t :  Keputusan 12 ") == "Menetapkan : Keputusan 12");
  CHECK(CollapseLetterSpacing("huruf  a\tdan b c d") == "huruf a dan bcd");
  CHECK(CollapseLetterSpacing("x").size() == 1);
}

TEST_CASE("TitleCase keeps particles lower and public acronyms upper") {
  CHECK(TitleCase("KABUPATEN MUARO JAMBI") == "Kabupaten Muaro Jambi");
  CHECK(TitleCase("PANGKAJENE DAN KEPULAUAN") == "Pangkajene dan Kepulauan");
  CHECK(TitleCase("DKI JAKARTA") == "DKI Jakarta");
  CHECK(TitleCase("DI YOGYAKARTA") == "DI Yogyakarta");
  CHECK(TitleCase("RENCANA AKSI DI LINGKUNGAN") == "Rencana Aksi di Lingkungan");
  CHECK(TitleCase("TOLI-TOLI") == "Toli-Toli");
  CHECK(TitleCase("kabupaten/kota") == "Kabupaten/Kota");
}

TEST_CASE("AppendWrapped joins lines, closing words split at a hyphen") {
  std::string text = "Undang-";
  AppendWrapped(text, "Undang Nomor 7");
  CHECK(text == "Undang-Undang Nomor 7");
  AppendWrapped(text, "  Tahun   2017 ");
  CHECK(text == "Undang-Undang Nomor 7 Tahun 2017");
  std::string dash = "2025 -";
  AppendWrapped(dash, "2029");
  CHECK(dash == "2025 - 2029");
}

TEST_CASE("StripItemSeparator removes list separators at the end only") {
  CHECK(StripItemSeparator("bahwa ...;") == "bahwa ...");
  CHECK(StripItemSeparator("Nomor 6109); dan") == "Nomor 6109)");
  CHECK(StripItemSeparator("Kabupaten/Kota.") == "Kabupaten/Kota");
  CHECK(StripItemSeparator("S.H., M.H.") == "S.H., M.H");
  CHECK(StripItemSeparator("a; b") == "a; b");
}

TEST_CASE("JoinedText maps offsets back to source lines, skipping blanks") {
  JoinedText joined(SourceLines{{3, "KEPUTUSAN KOMISI"}, {4, ""}, {5, "  NOMOR 9  "}});
  CHECK(joined.text() == "KEPUTUSAN KOMISI NOMOR 9");
  CHECK(joined.LineAt(0) == 3);
  CHECK(joined.LineAt(15) == 3);
  CHECK(joined.LineAt(joined.text().find("NOMOR")) == 5);
  CHECK(joined.OffsetOfLine(5) == joined.text().find("NOMOR"));
  CHECK(joined.OffsetOfLine(4) == std::string::npos);
  CHECK(JoinedText().LineAt(0) == 0);
}

TEST_CASE("ComparisonKey ignores case, spaces and punctuation") {
  CHECK(ComparisonKey("Tata  kerja,") == ComparisonKey("TATA KERJA"));
  CHECK(ComparisonKey("Batang Hari") == "BATANGHARI");
}

TEST_CASE("StripItemSeparator removes one final separator and the spaces around it") {
  CHECK(StripItemSeparator("bahwa satu;") == "bahwa satu");
  CHECK(StripItemSeparator("bahwa satu ; dan ") == "bahwa satu");
  CHECK(StripItemSeparator("bahwa satu,DAN") == "bahwa satu");
  CHECK(StripItemSeparator("bahwa satu; atau") == "bahwa satu");
  CHECK(StripItemSeparator("bahwa satu ;;") == "bahwa satu ;");
  CHECK(StripItemSeparator("bahwa satu dan") == "bahwa satu dan");
  CHECK(StripItemSeparator("Nomor 5.") == "Nomor 5");
  CHECK(StripItemSeparator(";").empty());
}

TEST_CASE("CollapseLetterSpacing keeps runs of one or two letters as words") {
  CHECK(CollapseLetterSpacing("a  b") == "a b");
  CHECK(CollapseLetterSpacing("K E S A T U :  x y") == "KESATU : x y");
  CHECK(CollapseLetterSpacing("\tx") == "x");
}

TEST_CASE("Keyword helpers follow RE2's \\b and \\s") {
  CHECK(IsWordBoundary("a b", 1));
  CHECK_FALSE(IsWordBoundary("ab", 1));
  CHECK(IsWordBoundary("ab", 2));
  CHECK(HasWordAt("Nomor: 5", 0, "nomor"));
  CHECK_FALSE(HasWordAt("Nomor5", 0, "nomor"));
  CHECK(PrefixAt("kalinya", 0, {"kali", "kalinya"}) == 4);
  CHECK(SkipRegexSpaces(" \t\n\f\rx", 0) == 5);
}

}  // namespace renaksi::text
