#include "json_writer.h"

#include <nlohmann/json.hpp>
#include <utf8proc.h>

namespace renaksi::json {

bool EscapesAlike(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = bytes[i];
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    if (c < 0x20) {
      // Both libraries name these escapes; other control bytes get \u00XX,
      // whose hex digits differ in case.
      if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return false;
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

std::string EscapedByNlohmann(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Reindent(std::string_view text, std::string_view indent) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  // Whole lines at a time: decree fragments are tens of kilobytes.
  for (std::size_t newline; (newline = text.find('\n')) != std::string_view::npos;) {
    out.append(text.substr(0, newline + 1));
    out.append(indent);
    text.remove_prefix(newline + 1);
  }
  out.append(text);
  return out;
}

}  // namespace renaksi::json
