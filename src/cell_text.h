// Small text predicates shared by the table and reconcile stages: what a
// cell looks like (a check mark, a bare number, a fragment's first word).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace renaksi::cell {

// The text without leading and trailing spaces, TABs, CRs and LFs.
std::string Trim(std::string_view text);
// The same, as a view into `text` (no copy). Inline: the table stage trims
// every cell with it. Bytes above ' ' (nearly every first and last byte of
// a cell) are none of the spaces trimmed, so most texts pass two tests.
inline std::string_view TrimmedView(std::string_view text) {
  auto above_space = [](char c) { return static_cast<unsigned char>(c) > ' '; };
  if (text.empty() || (above_space(text.front()) && above_space(text.back()))) return text;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// √ (the reader maps ✓ ✔ … to it) or a lone V/v, the typed stand-in,
// with spaces around. Inline for its first test: it runs on every cell of
// every row, and most cells are empty or start with a byte no mark or
// space starts with (√ is E2 88 9A).
bool IsCheckMarkAfterFirstByte(std::string_view cell);
inline bool IsCheckMark(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case 'V': case 'v': case '\xE2': case ' ': case '\t': case '\r': case '\n': case '\f':
      return IsCheckMarkAfterFirstByte(cell);
    default:
      return false;
  }
}

// The cell text splits into whitespace-separated words.
std::vector<std::string> Words(std::string_view text);

// True when the first character is a lowercase letter or punctuation that
// cannot open a cell (`/`, `,`, `;`, `)` …): the text continues something.
bool StartsLikeContinuation(std::string_view text);

// True when the first letter is lowercase (any script utf8proc knows).
bool StartsLowercase(std::string_view text);

// Ends with `.` or `;`: a finished item or sentence.
bool EndsComplete(std::string_view text);

// Joins a text and its continuation with one space.
std::string JoinFragment(std::string_view head, std::string_view tail);

// Cuts `text` down, in place, to `part`, a view into it (its trimmed or
// label-less middle, say), so the string can be moved on with no copy.
inline void KeepOnly(std::string& text, std::string_view part) {
  const std::size_t begin = static_cast<std::size_t>(part.data() - text.data());
  text.erase(begin + part.size());
  text.erase(0, begin);
}

// At most `max_chars` bytes of the text (cut at a UTF-8 boundary, `…` added),
// for quoting long cells in diagnostics.
std::string Excerpt(std::string_view text, std::size_t max_chars = 60);

// The part of the text Excerpt keeps: all of it when it has at most
// `max_chars` bytes, else its start up to a UTF-8 boundary (Excerpt then
// adds `…`).
std::string_view ExcerptHead(std::string_view text, std::size_t max_chars);

}  // namespace renaksi::cell
