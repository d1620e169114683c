// Text helpers shared by the segment and decree stages: the small
// normalizations every decree field needs (spacing, list noise, letter
// spacing, case) and JoinedText, which joins wrapped lines while remembering
// which source line each character came from.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.h"
#include "renaksi/source_line.h"

namespace renaksi::text {

// --- Keyword matching ----------------------------------------------------
//
// Decree keywords are ASCII and compared in ASCII case. These helpers spell
// out, for the hand-written matchers, what the patterns they replace meant:
// \b is RE2's word boundary (between an ASCII word character [0-9A-Za-z_]
// and anything else) and \s is RE2's whitespace. RE2's (?i) also folds the
// KELVIN SIGN and LONG S onto k and s; most matchers ignore that, since
// decrees print neither in keywords, and the few that must match their
// pattern exactly (segment markers, list introducers) use RegexFoldOf.

// The one non-ASCII character RE2's (?i) folds onto the lowercase ASCII
// `letter`, in UTF-8: KELVIN SIGN for 'k', LONG S for 's', none ("")
// for any other letter.
inline std::string_view RegexFoldOf(char letter) {
  return letter == 'k' ? "\xE2\x84\xAA" : letter == 's' ? "\xC5\xBF" : "";
}

// [0-9A-Za-z_], by table: the word scans ask it of nearly every byte they
// read, and one lookup costs less than four range tests.
inline constexpr std::array<bool, 256> kWordChars = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
               c == '_';
  }
  return table;
}();

inline bool IsWordChar(char c) { return kWordChars[static_cast<unsigned char>(c)]; }

using ascii::IsDigit;
using ascii::IsRegexSpace;  // RE2's \s

// RE2's \b at `pos`.
inline bool IsWordBoundary(std::string_view text, std::size_t pos) {
  bool before = pos > 0 && IsWordChar(text[pos - 1]);
  bool after = pos < text.size() && IsWordChar(text[pos]);
  return before != after;
}

// True when `text` holds `word` (lower-case ASCII) at `pos`, in any case.
inline bool HasAt(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos > text.size() || text.size() - pos < word.size()) return false;
  // `word` is lower case already: only the text's bytes need folding.
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii::ToLower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

// `word` at `pos` as a whole word: followed by a \b.
inline bool HasWordAt(std::string_view text, std::size_t pos, std::string_view word) {
  return HasAt(text, pos, word) && IsWordBoundary(text, pos + word.size());
}

// The run of word characters starting at `pos`.
inline std::string_view WordCharsAt(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsWordChar(text[end])) ++end;
  return text.substr(pos, end - pos);
}

inline std::size_t SkipRegexSpaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && IsRegexSpace(text[pos])) ++pos;
  return pos;
}

// Length of the first of `words` that `text` holds at `pos` (as a prefix),
// or 0: a pattern's (?:w1|w2|…) tried in order.
inline std::size_t PrefixAt(std::string_view text, std::size_t pos,
                            std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (HasAt(text, pos, word)) return word.size();
  }
  return 0;
}

// True when `word` is one of `words`, in any case.
inline bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (ascii::EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

// TABs and runs of spaces become one space; both ends trimmed.
std::string CollapseSpaces(std::string_view text);

// Removes the list noise converters put before a label: dashes, bullets,
// stars and spaces ("- Menimbang", " - b.", "• 1.").
std::string_view StripListNoise(std::string_view text);

// Joins runs of three or more single letters ("M E M U T U S K A N :" →
// "MEMUTUSKAN :"), so letter-spaced headings compare like plain ones. Used
// for recognizing markers only, never for extracted text.
std::string CollapseLetterSpacing(std::string_view text);

// The form a line is classified by: list noise stripped, letter spacing and
// spaces collapsed.
std::string MarkerKey(std::string_view text);

bool IsBlank(std::string_view text);

// True when the text has letters and none of them is lower case.
bool IsAllUpper(std::string_view text);

// "KABUPATEN MUARO JAMBI" → "Kabupaten Muaro Jambi". Particles (dan, di, ke,
// atas, dari, untuk) are lower case except first; acronyms of public bodies
// (DKI, KPU, RI …) stay upper case; "DI" stays upper only as a first word,
// where it abbreviates Daerah Istimewa ("DI Yogyakarta") rather than being
// the preposition "di".
std::string TitleCase(std::string_view text);

// Appends one wrapped line to a growing text: a space between the pieces,
// except after a line-final hyphen ("Undang-" + "Undang").
void AppendWrapped(std::string& text, std::string_view piece);

// Removes the separators legal drafting puts at the end of list items
// ("…;", "…; dan", "….", "…,") and surrounding spaces.
std::string StripItemSeparator(std::string_view text);
// The same for a text whose spaces are collapsed already (as AppendWrapped
// and CollapseSpaces leave them), in place.
void TrimItemSeparator(std::string& collapsed);

// Upper-case ASCII letters and digits only: the form two printings of the
// same words are compared by ("Tata  kerja," == "TATA KERJA").
std::string ComparisonKey(std::string_view text);

// Several source lines joined into one text (blank lines skipped, spaces
// collapsed, wrapped lines joined by AppendWrapped), with a map back from any
// offset to its source line.
class JoinedText {
 public:
  JoinedText() = default;
  explicit JoinedText(const SourceLines& lines) {
    for (const auto& line : lines) Append(line);
  }

  void Append(const SourceLine& line);
  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // Source line of the character at `offset` (0 when empty).
  int LineAt(std::size_t offset) const;
  // Offset where the piece of `line_number` starts; npos when not joined.
  std::size_t OffsetOfLine(int line_number) const;

 private:
  struct Piece {
    std::size_t offset;
    int line;
  };
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace renaksi::text
