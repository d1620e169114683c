// ASCII character classes and case helpers. Decree keywords, labels, slugs and file extensions are
// ASCII; comparing them must not depend on the C locale, and bytes of UTF-8
// sequences (always >= 0x80) must pass through untouched.
#pragma once

#include <string>
#include <string_view>

namespace renaksi::ascii {

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// RE2's \s: [\t\n\f\r ]. The hand-written scans that replaced patterns
// with \s use exactly this set. Bytes above ' ' (nearly all) are turned
// away by one comparison.
constexpr bool IsRegexSpace(char c) {
  return static_cast<unsigned char>(c) <= ' ' &&
         (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r');
}

constexpr char ToLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char ToUpper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

inline std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ToLower(c);
  return out;
}
inline std::string Uppered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ToUpper(c);
  return out;
}

inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ToLower(a[i]) != ToLower(b[i])) return false;
  }
  return true;
}

}  // namespace renaksi::ascii
