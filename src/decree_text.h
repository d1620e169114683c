// Text helpers shared by the segment and decree stages: the small
// normalizations every decree field needs (spacing, list noise, letter
// spacing, case) and JoinedText, which joins wrapped lines while remembering
// which source line each character came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/source_line.h"

namespace renaksi::text {

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
