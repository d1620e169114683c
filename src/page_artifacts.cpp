#include "page_artifacts.h"

#include <re2/re2.h>

#include "cell_text.h"

namespace renaksi {

bool IsPageNumberLine(std::string_view line) {
  static const RE2 kPageNumber(
      R"((?i)\s*(?:[-–—]\s*)?(?:(?:page|halaman|hal\.?)\s*)?\d{1,4})"
      R"((?:\s*(?:of|dari|/)\s*\d{1,4})?(?:\s*[-–—])?\s*)");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), kPageNumber);
}

StrippedCell StripPageArtifacts(std::string_view text) {
  // Group 1: what precedes (start or a space); group 2: the artefact. The
  // capitalized words before the marker are taken only when each starts
  // with an uppercase letter, as running titles do; a lowercase word ends
  // the run, so sentence text before it stays.
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

}  // namespace renaksi
