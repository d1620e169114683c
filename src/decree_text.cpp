#include "decree_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <re2/re2.h>

#include "ascii.h"

namespace renaksi::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsAsciiLetter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
using ascii::ToLower;
using ascii::ToUpper;

std::vector<std::string_view> SplitSpaces(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// Capitalizes the first letter of the word and of each part after a hyphen,
// slash or parenthesis ("TOLI-TOLI" → "Toli-Toli", "KABUPATEN/KOTA" →
// "Kabupaten/Kota").
std::string CapitalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool start = true;
  for (char c : word) {
    if (IsAsciiLetter(c)) {
      out.push_back(start ? ToUpper(c) : ToLower(c));
      start = false;
    } else {
      out.push_back(c);
      start = (c == '-' || c == '/' || c == '(');
    }
  }
  return out;
}

constexpr std::array<std::string_view, 8> kParticles = {
    "DAN", "DI", "KE", "ATAS", "DARI", "UNTUK", "ATAU", "YANG"};
constexpr std::array<std::string_view, 7> kAcronyms = {"DKI", "KPU", "RI", "NTB",
                                                       "NTT", "BPS", "ASN"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (auto word : SplitSpaces(text)) {
    if (!out.empty()) out.push_back(' ');
    out.append(word);
  }
  return out;
}

std::string_view StripListNoise(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kMultiByte = {
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x90"};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    char c = text.front();
    if (c == ' ' || c == '\t' || c == '-' || c == '*' || c == '>') {
      text.remove_prefix(1);
      changed = true;
      continue;
    }
    for (auto mark : kMultiByte) {
      if (text.substr(0, mark.size()) == mark) {
        text.remove_prefix(mark.size());
        changed = true;
      }
    }
  }
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string CollapseLetterSpacing(std::string_view text) {
  auto words = SplitSpaces(text);
  std::string out;
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t run = i;
    while (run < words.size() && words[run].size() == 1 && IsAsciiLetter(words[run][0])) {
      ++run;
    }
    if (!out.empty()) out.push_back(' ');
    if (run - i >= 3) {
      for (std::size_t k = i; k < run; ++k) out.append(words[k]);
      i = run;
    } else {
      out.append(words[i]);
      ++i;
    }
  }
  return out;
}

std::string MarkerKey(std::string_view text) {
  return CollapseLetterSpacing(StripListNoise(text));
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return IsSpace(c); });
}

bool IsAllUpper(std::string_view text) {
  bool has_letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') has_letter = true;
  }
  return has_letter;
}

std::string TitleCase(std::string_view text) {
  std::string out;
  bool first = true;
  for (auto word : SplitSpaces(text)) {
    std::string upper = ascii::Uppered(word);
    std::string cased;
    if (Contains(kAcronyms, upper) || (first && upper == "DI")) {
      cased = upper;
    } else if (!first && Contains(kParticles, upper)) {
      cased = CapitalizeWord(word);
      std::transform(cased.begin(), cased.end(), cased.begin(), ToLower);
    } else {
      cased = CapitalizeWord(word);
    }
    if (!out.empty()) out.push_back(' ');
    out += cased;
    first = false;
  }
  return out;
}

void AppendWrapped(std::string& text, std::string_view piece) {
  std::string clean = CollapseSpaces(piece);
  if (clean.empty()) return;
  // A line-final hyphen that follows a letter joins a word split by the
  // line break ("Undang-" / "Undang"); a spaced dash does not.
  bool joins = text.size() >= 2 && text.back() == '-' && IsAsciiLetter(text[text.size() - 2]);
  if (!text.empty() && !joins) text.push_back(' ');
  text += clean;
}

std::string StripItemSeparator(std::string_view text) {
  static const RE2 kSeparator(R"((?i)\s*(?:[;,]\s*(?:dan|atau)|[;,.:])\s*$)");
  std::string out = CollapseSpaces(text);
  RE2::Replace(&out, kSeparator, "");
  return out;
}

std::string ComparisonKey(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsAsciiLetter(c) || (c >= '0' && c <= '9')) out.push_back(ToUpper(c));
  }
  return out;
}

void JoinedText::Append(const SourceLine& line) {
  if (IsBlank(line.text)) return;
  std::size_t before = text_.size();
  AppendWrapped(text_, line.text);
  // The piece starts after the joining space (if any).
  std::size_t start = (before == 0 || text_.size() <= before) ? before
                      : (text_[before] == ' ' ? before + 1 : before);
  pieces_.push_back({start, line.number});
}

int JoinedText::LineAt(std::size_t offset) const {
  if (pieces_.empty()) return 0;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](std::size_t value, const Piece& piece) {
                               return value < piece.offset;
                             });
  if (it == pieces_.begin()) return pieces_.front().line;
  return std::prev(it)->line;
}

std::size_t JoinedText::OffsetOfLine(int line_number) const {
  for (const auto& piece : pieces_) {
    if (piece.line == line_number) return piece.offset;
  }
  return std::string::npos;
}

}  // namespace renaksi::text
