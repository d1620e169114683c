#include "cell_text.h"

#include <utf8proc.h>

#include "ascii.h"

namespace renaksi::cell {

namespace {

using ascii::IsRegexSpace;

}  // namespace

std::string Trim(std::string_view text) { return std::string(TrimmedView(text)); }

// The rule is the pattern \s*(?:√+|[Vv])\s* matched against the whole cell;
// it runs on every cell of every row, so it is spelled out by hand: spaces
// off both ends, then one V or v, or nothing but √ (3 bytes each). The
// inline IsCheckMark has already turned away cells whose first byte can
// start none of these.
bool IsCheckMarkAfterFirstByte(std::string_view cell) {
  constexpr std::string_view kMark = "√";
  while (!cell.empty() && IsRegexSpace(cell.front())) cell.remove_prefix(1);
  while (!cell.empty() && IsRegexSpace(cell.back())) cell.remove_suffix(1);
  if (cell == "V" || cell == "v") return true;
  if (cell.empty() || cell.size() % kMark.size() != 0) return false;
  for (std::size_t i = 0; i < cell.size(); i += kMark.size()) {
    if (cell.substr(i, kMark.size()) != kMark) return false;
  }
  return true;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start));
  }
  return words;
}

namespace {

utf8proc_int32_t FirstCodepoint(std::string_view text) {
  utf8proc_int32_t cp = -1;
  if (text.empty()) return cp;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &cp);
  return cp;
}

}  // namespace

bool StartsLowercase(std::string_view text) {
  utf8proc_int32_t cp = FirstCodepoint(text);
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool StartsLikeContinuation(std::string_view text) {
  if (text.empty()) return false;
  if (StartsLowercase(text)) return true;
  switch (text.front()) {
    case '/': case ',': case ';': case ')': case '-': case '&': case '.':
      return true;
    default:
      return false;
  }
}

bool EndsComplete(std::string_view text) {
  std::string_view trimmed = TrimmedView(text);
  return !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ';');
}

std::string JoinFragment(std::string_view head, std::string_view tail) {
  std::string_view first = TrimmedView(head);
  std::string_view rest = TrimmedView(tail);
  std::string out;
  out.reserve(first.size() + 1 + rest.size());
  out += first;
  if (!out.empty() && !rest.empty()) out += ' ';
  out += rest;
  return out;
}

std::string_view ExcerptHead(std::string_view text, std::size_t max_chars) {
  if (text.size() <= max_chars) return text;
  std::size_t cut = max_chars;
  // Back up to a UTF-8 lead byte so the excerpt stays valid text.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

std::string Excerpt(std::string_view text, std::size_t max_chars) {
  std::string_view head = ExcerptHead(text, max_chars);
  if (head.size() == text.size()) return std::string(text);
  return std::string(head) + "…";
}

}  // namespace renaksi::cell
