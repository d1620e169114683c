#include "page_artifacts.h"

#include <array>
#include <optional>

#include <re2/re2.h>

#include "ascii.h"
#include "cell_text.h"

namespace renaksi {

namespace {

// "5", "- 5 -", "-12-": the shapes nearly every page number between table
// rows has, each a case of the pattern below (ASCII hyphens, plain spaces),
// so they are known without running it.
bool IsPlainPageNumber(std::string_view line) {
  auto skip_spaces = [&] {
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  };
  skip_spaces();
  if (!line.empty() && line.front() == '-') line.remove_prefix(1);
  skip_spaces();
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return false;
  line.remove_prefix(digits);
  skip_spaces();
  if (!line.empty() && line.front() == '-') line.remove_prefix(1);
  skip_spaces();
  return line.empty();
}

}  // namespace

bool IsPageNumberLine(std::string_view line) {
  if (IsPlainPageNumber(line)) return true;
  static const RE2 kPageNumber(
      R"((?i)\s*(?:[-–—]\s*)?(?:(?:page|halaman|hal\.?)\s*)?\d{1,4})"
      R"((?:\s*(?:of|dari|/)\s*\d{1,4})?(?:\s*[-–—])?\s*)");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), kPageNumber);
}

// The running footer is matched by hand, as the leftmost-first match of
//
//   (^|\s)((?:\p{Lu}[^\s,;:.]*\s+){0,8}(?:Page|PAGE|Halaman|HALAMAN|Hal\.)\s*\d{1,4}
//         (?:\s+(?:of|dari)\s+\d{1,4})?)(\s|$)
//
// would find it: that pattern repeats a Unicode class eight times, and RE2
// spent more compiling it (forwards and reversed) than all the cells of a
// 20-decree batch cost to scan. Every part of it is deterministic but the
// number of words, so the search below tries, at each start, the most words
// first, exactly as the pattern's greedy {0,8} does. The text is valid UTF-8,
// as every line the reader yields.
namespace {

constexpr std::array<std::string_view, 5> kMarkerWords = {"Page", "PAGE", "Halaman",
                                                          "HALAMAN", "Hal."};
constexpr std::size_t kMaxTitleWords = 8;
constexpr std::size_t kMaxNumberDigits = 4;

using ascii::IsDigit;
using ascii::IsRegexSpace;

// \p{Lu} at `at`. ASCII letters are decided here; any other character asks
// RE2, so the Unicode table is RE2's own (compiled only if ever needed).
bool StartsUppercase(std::string_view text, std::size_t at) {
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  static const RE2 kUpper(R"(\p{Lu})");
  re2::StringPiece input(text.data(), text.size());
  return kUpper.Match(input, at, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

std::size_t SkipSpaces(std::string_view text, std::size_t at) {
  while (at < text.size() && IsRegexSpace(text[at])) ++at;
  return at;
}

// One \p{Lu}[^\s,;:.]*\s+ at `at`; returns where the next word starts.
std::optional<std::size_t> SkipTitleWord(std::string_view text, std::size_t at) {
  if (at >= text.size() || !StartsUppercase(text, at)) return std::nullopt;
  std::size_t i = at + 1;
  auto ends_word = [](char c) {
    return IsRegexSpace(c) || c == ',' || c == ';' || c == ':' || c == '.';
  };
  while (i < text.size() && !ends_word(text[i])) ++i;
  if (i >= text.size() || !IsRegexSpace(text[i])) return std::nullopt;
  return SkipSpaces(text, i);
}

// \d{1,4} at `at` followed by no further digit (a fifth digit leaves the
// pattern nothing to match next); returns the end of the number.
std::optional<std::size_t> SkipNumber(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i == at || i - at > kMaxNumberDigits) return std::nullopt;
  return i;
}

// \s+(?:of|dari)\s+\d{1,4} at `at`.
std::optional<std::size_t> SkipPageCount(std::string_view text, std::size_t at) {
  std::size_t i = SkipSpaces(text, at);
  if (i == at) return std::nullopt;
  std::string_view rest = text.substr(i);
  if (rest.starts_with("of")) {
    i += 2;
  } else if (rest.starts_with("dari")) {
    i += 4;
  } else {
    return std::nullopt;
  }
  std::size_t number = SkipSpaces(text, i);
  if (number == i) return std::nullopt;
  return SkipNumber(text, number);
}

// (\s|$) at `at`.
bool EndsArtifact(std::string_view text, std::size_t at) {
  return at == text.size() || IsRegexSpace(text[at]);
}

// The marker, its number and an optional page count at `at`, followed by a
// space or the end; returns the end of the artefact.
std::optional<std::size_t> MatchMarker(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(at);
  for (std::string_view word : kMarkerWords) {
    if (!rest.starts_with(word)) continue;
    auto number_end = SkipNumber(text, SkipSpaces(text, at + word.size()));
    if (!number_end) return std::nullopt;
    if (auto count_end = SkipPageCount(text, *number_end); count_end && EndsArtifact(text, *count_end)) {
      return count_end;
    }
    if (EndsArtifact(text, *number_end)) return number_end;
    return std::nullopt;  // the marker words cannot prefix one another
  }
  return std::nullopt;
}

// Up to eight capitalized words and then the marker, from `at`; the most
// words are tried first.
std::optional<std::size_t> MatchFromWords(std::string_view text, std::size_t at) {
  std::array<std::size_t, kMaxTitleWords + 1> word_start{};
  word_start[0] = at;
  std::size_t words = 0;
  while (words < kMaxTitleWords) {
    auto next = SkipTitleWord(text, word_start[words]);
    if (!next) break;
    word_start[++words] = *next;
  }
  for (std::size_t j = words + 1; j-- > 0;) {
    if (auto end = MatchMarker(text, word_start[j])) return end;
  }
  return std::nullopt;
}

struct Span {
  std::size_t begin;
  std::size_t end;
};

// The leftmost artefact: it starts at the text's start or after a space.
std::optional<Span> FindFooter(std::string_view text) {
  if (auto end = MatchFromWords(text, 0)) return Span{0, *end};
  for (std::size_t s = 0; s < text.size(); ++s) {
    if (!IsRegexSpace(text[s])) continue;
    if (auto end = MatchFromWords(text, s + 1)) return Span{s + 1, *end};
  }
  return std::nullopt;
}

}  // namespace

bool MayHoldPageArtifact(std::string_view text) {
  // Every marker word starts with P or H; "Hal" begins both "Halaman" and
  // "Hal.".
  for (auto at = text.find('P'); at != std::string_view::npos; at = text.find('P', at + 1)) {
    std::string_view rest = text.substr(at);
    if (rest.starts_with("Page") || rest.starts_with("PAGE")) return true;
  }
  for (auto at = text.find('H'); at != std::string_view::npos; at = text.find('H', at + 1)) {
    std::string_view rest = text.substr(at);
    if (rest.starts_with("Hal") || rest.starts_with("HALAMAN")) return true;
  }
  return false;
}

StrippedCell StripPageArtifacts(std::string_view text) {
  StrippedCell out;
  if (!MayHoldPageArtifact(text)) {
    out.text = cell::Trim(text);
    return out;
  }
  std::string rest(text);
  while (auto piece = FindFooter(rest)) {
    out.removed.push_back(rest.substr(piece->begin, piece->end - piece->begin));
    std::string_view head = cell::TrimmedView(std::string_view(rest).substr(0, piece->begin));
    std::string_view tail = cell::TrimmedView(std::string_view(rest).substr(piece->end));
    std::string joined(head);
    if (!head.empty() && !tail.empty()) joined += ' ';
    joined += tail;
    rest = std::move(joined);
  }
  out.text = cell::Trim(rest);
  return out;
}

}  // namespace renaksi
