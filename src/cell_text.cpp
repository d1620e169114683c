#include "cell_text.h"

#include <re2/re2.h>
#include <utf8proc.h>

namespace renaksi::cell {

std::string Trim(std::string_view text) {
  const char* kSpace = " \t\r\n";
  auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(kSpace);
  return std::string(text.substr(begin, end - begin + 1));
}

bool IsCheckMark(std::string_view cell) {
  static const RE2 kMark(R"(\s*(?:√+|[Vv])\s*)");
  return RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), kMark);
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
  std::string trimmed = Trim(text);
  return !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ';');
}

std::string JoinFragment(std::string_view head, std::string_view tail) {
  std::string out = Trim(head);
  std::string rest = Trim(tail);
  if (!out.empty() && !rest.empty()) out += ' ';
  out += rest;
  return out;
}

std::string Excerpt(std::string_view text, std::size_t max_chars) {
  if (text.size() <= max_chars) return std::string(text);
  std::size_t cut = max_chars;
  // Back up to a UTF-8 lead byte so the excerpt stays valid text.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace renaksi::cell
