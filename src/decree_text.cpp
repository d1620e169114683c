#include "decree_text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii.h"

namespace renaksi::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
using ascii::IsLetter;
using ascii::ToLower;
using ascii::ToUpper;

// The words of `text` one after another, split at spaces and TABs.
class Words {
 public:
  explicit Words(std::string_view text) : text_(text) {}
  // The next word, or an empty view when none is left.
  std::string_view Next() {
    while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
    std::size_t start = pos_;
    while (pos_ < text_.size() && !IsSpace(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// Whether the byte at `pos` ends a stretch of words joined by single
// spaces: a TAB, or a space that ends the text or that a space or TAB
// follows.
bool EndsCollapsedRun(std::string_view text, std::size_t pos) {
  if (text[pos] == '\t') return true;
  return text[pos] == ' ' && (pos + 1 == text.size() || IsSpace(text[pos + 1]));
}

#if defined(__SSE2__)
// The bits of the bytes of text[pos, pos + 16) that EndsCollapsedRun
// accepts, each byte tested with the one after it (which must exist).
unsigned CollapsedRunEnds(std::string_view text, std::size_t pos) {
  const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
  __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
  __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos + 1));
  __m128i next_space = _mm_or_si128(_mm_cmpeq_epi8(next, space), _mm_cmpeq_epi8(next, tab));
  __m128i ends = _mm_or_si128(_mm_cmpeq_epi8(here, tab),
                              _mm_and_si128(_mm_cmpeq_epi8(here, space), next_space));
  return static_cast<unsigned>(_mm_movemask_epi8(ends));
}
#endif

// The end of the stretch of words joined by single spaces that starts at
// `pos`: the first byte EndsCollapsedRun accepts, or the text's end. Most
// text is collapsed already, so the stretch is usually long: where SSE2 is
// there, the bytes but the last are tested 16 at a time, the last block
// overlapping the one before (or reaching back before `pos`, whose bytes
// are masked off).
std::size_t CollapsedRunEnd(std::string_view text, std::size_t pos) {
  const std::size_t size = text.size();
  if (pos >= size) return size;
#if defined(__SSE2__)
  constexpr std::size_t kBlock = 16;
  if (size > kBlock) {
    for (; pos + kBlock + 1 <= size; pos += kBlock) {
      if (unsigned bits = CollapsedRunEnds(text, pos)) {
        return pos + static_cast<std::size_t>(std::countr_zero(bits));
      }
    }
    // The block of the last 17 bytes but one, without the bytes before `pos`.
    const std::size_t last = size - kBlock - 1;
    if (unsigned bits = CollapsedRunEnds(text, last) & (~0u << (pos - last))) {
      return last + static_cast<std::size_t>(std::countr_zero(bits));
    }
    pos = size - 1;
  }
#endif
  // Bytes above ' ' are never spaces: the common case costs one test.
  while (pos < size &&
         (static_cast<unsigned char>(text[pos]) > ' ' || !EndsCollapsedRun(text, pos))) {
    ++pos;
  }
  return pos;
}

// Appends `text` to `out` with its space runs collapsed to one space and its
// ends trimmed; `out` gets a separating space before the first word only when
// `space_before` is set.
void AppendCollapsed(std::string& out, std::string_view text, bool space_before) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i == text.size()) break;
    // Most text is collapsed already: copy each stretch of words joined by
    // single spaces in one piece instead of word by word.
    std::size_t end = CollapsedRunEnd(text, i);
    if (space_before) out.push_back(' ');
    out.append(text.substr(i, end - i));
    space_before = true;
    i = end;
  }
}

bool IsSingleLetter(std::string_view word) {
  return word.size() == 1 && IsLetter(word[0]);
}

// Capitalizes the first letter of the word and of each part after a hyphen,
// slash or parenthesis ("TOLI-TOLI" → "Toli-Toli", "KABUPATEN/KOTA" →
// "Kabupaten/Kota").
std::string CapitalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool start = true;
  for (char c : word) {
    if (IsLetter(c)) {
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
  AppendCollapsed(out, text, /*space_before=*/false);
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

namespace {

// Whether the collapsed text holds a word of one letter.
bool HasSingleLetterWord(std::string_view collapsed) {
  auto single_at = [collapsed](std::size_t pos) {
    return pos < collapsed.size() && IsLetter(collapsed[pos]) &&
           (pos + 1 == collapsed.size() || collapsed[pos + 1] == ' ');
  };
  if (single_at(0)) return true;
  for (std::size_t space = collapsed.find(' '); space != std::string_view::npos;
       space = collapsed.find(' ', space + 1)) {
    if (single_at(space + 1)) return true;
  }
  return false;
}

}  // namespace

std::string CollapseLetterSpacing(std::string_view text) {
  // The words joined by single spaces, as CollapseSpaces gives them, unless
  // a word has one letter: only then can a run need joining. Most lines
  // have none, and the collapse copies whole stretches at a time.
  std::string collapsed = CollapseSpaces(text);
  if (!HasSingleLetterWord(collapsed)) return collapsed;
  std::string out;
  out.reserve(text.size());
  Words reader(text);
  std::string_view word = reader.Next();
  while (!word.empty()) {
    if (!out.empty()) out.push_back(' ');
    if (!IsSingleLetter(word)) {
      out.append(word);
      word = reader.Next();
      continue;
    }
    // A run of single letters: joined when it has three or more ("M E M U
    // T U S K A N"), else the letters stay separate words.
    std::string letters;
    while (IsSingleLetter(word)) {
      letters.push_back(word[0]);
      word = reader.Next();
    }
    if (letters.size() >= 3) {
      out += letters;
    } else {
      out.push_back(letters[0]);
      if (letters.size() == 2) out.append({' ', letters[1]});
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
  Words reader(text);
  for (auto word = reader.Next(); !word.empty(); word = reader.Next()) {
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
  // A line-final hyphen that follows a letter joins a word split by the
  // line break ("Undang-" / "Undang"); a spaced dash does not.
  bool joins = text.size() >= 2 && text.back() == '-' && IsLetter(text[text.size() - 2]);
  AppendCollapsed(text, piece, /*space_before=*/!text.empty() && !joins);
}

namespace {

bool EndsWithIgnoreCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         ascii::EqualsIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

// Start of the item separator ending `text`, i.e. of the match of
// \s*(?:[;,]\s*(?:dan|atau)|[;,.:])\s*$ (case-insensitive), or npos. The
// match is pinned to the end: its last non-space character decides which
// alternative applies, so there is at most one candidate.
std::size_t ItemSeparatorStart(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && IsRegexSpace(text[end - 1])) --end;
  if (end == 0) return std::string_view::npos;
  std::string_view body = text.substr(0, end);
  std::size_t sep = 0;
  char last = body.back();
  if (last == ';' || last == ',' || last == '.' || last == ':') {
    sep = end - 1;
  } else {
    std::size_t word = EndsWithIgnoreCase(body, "dan")    ? 3
                       : EndsWithIgnoreCase(body, "atau") ? 4
                                                          : 0;
    if (word == 0) return std::string_view::npos;
    std::size_t p = end - word;
    while (p > 0 && IsRegexSpace(text[p - 1])) --p;
    if (p == 0 || (text[p - 1] != ';' && text[p - 1] != ',')) return std::string_view::npos;
    sep = p - 1;
  }
  while (sep > 0 && IsRegexSpace(text[sep - 1])) --sep;
  return sep;
}

}  // namespace

void TrimItemSeparator(std::string& collapsed) {
  std::size_t start = ItemSeparatorStart(collapsed);
  if (start != std::string_view::npos) collapsed.resize(start);
}

std::string StripItemSeparator(std::string_view text) {
  std::string out = CollapseSpaces(text);
  TrimItemSeparator(out);
  return out;
}

std::string ComparisonKey(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsLetter(c) || (c >= '0' && c <= '9')) out.push_back(ToUpper(c));
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
