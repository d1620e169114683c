#include "renaksi/segment.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "ascii.h"
#include "decree_text.h"

namespace renaksi {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The parts that start at a marker line, in the order a decree prints them.
enum Part {
  kConsiderations,
  kLegalBasis,
  kObservations,
  kDecision,
  kSignature,
  kAnnexTitle,
  kPartCount
};

// One letter of a marker word at the start of `text`, compared as RE2's
// (?i) compares: ASCII case aside, 'k' also matches KELVIN SIGN and 's' LONG
// S (no other character folds to an ASCII letter). Returns the bytes
// matched, or 0.
std::size_t FoldedLetterAt(std::string_view text, char letter) {
  if (text.empty()) return 0;
  if (ascii::ToLower(text.front()) == letter) return 1;
  const std::string_view fold = text::RegexFoldOf(letter);
  return !fold.empty() && text.starts_with(fold) ? fold.size() : 0;
}

// Past `word` (lower-case letters) at `pos` of a marker key, its letters
// compared as FoldedLetterAt compares them (RE2's (?i)); npos when absent.
std::size_t FoldedWordEnd(std::string_view key, std::size_t pos, std::string_view word) {
  for (char letter : word) {
    std::size_t n = pos <= key.size() ? FoldedLetterAt(key.substr(pos), letter) : 0;
    if (n == 0) return kNone;
    pos += n;
  }
  return pos;
}

// `word` at `pos` followed by \b: every marker word ends with a letter
// that nothing folds onto, so \b means no word character follows.
bool HasMarkerWordAt(std::string_view key, std::size_t pos, std::string_view word) {
  std::size_t end = FoldedWordEnd(key, pos, word);
  return end != kNone && text::IsWordBoundary(key, end);
}

// `word` at the key's start, then \s*(?::|$).
bool IsLabelWord(std::string_view key, std::string_view word) {
  std::size_t end = FoldedWordEnd(key, 0, word);
  if (end == kNone) return false;
  end = text::SkipRegexSpaces(key, end);
  return end == key.size() || key[end] == ':';
}

// Whether the marker key opens `part`. The patterns, read by hand below:
//   considerations  (?i)^Menimbang\b
//   legal basis     (?i)^Mengingat\b
//   observations    (?i)^Memperhatikan\b
//   decision        (?i)^(?:MEMUTUSKAN\b|Menetapkan\s*(?::|$)|(?:KESATU|PERTAMA)\s*(?::|$))
//                   (MEMUTUSKAN opens the decision; when a copy lost it,
//                   "Menetapkan :" or the first dictum does)
//   signature       (?i)^Ditetapkan\s+di\b
//   annex title     ^LAMPIRAN\b|^(?i:lampiran)\s*(?::|$)  (upper-case LAMPIRAN
//                   heads the annex; "Lampiran" in running text does not,
//                   unless it stands alone as a label)
// segment_test compares them with the patterns.
bool StartsPart(Part part, std::string_view key) {
  switch (part) {
    case kConsiderations: return HasMarkerWordAt(key, 0, "menimbang");
    case kLegalBasis: return HasMarkerWordAt(key, 0, "mengingat");
    case kObservations: return HasMarkerWordAt(key, 0, "memperhatikan");
    case kDecision:
      return HasMarkerWordAt(key, 0, "memutuskan") || IsLabelWord(key, "menetapkan") ||
             IsLabelWord(key, "kesatu") || IsLabelWord(key, "pertama");
    case kSignature: {
      std::size_t end = FoldedWordEnd(key, 0, "ditetapkan");
      if (end == kNone) return false;
      std::size_t di = text::SkipRegexSpaces(key, end);
      return di > end && HasMarkerWordAt(key, di, "di");
    }
    case kAnnexTitle:
      return (key.starts_with("LAMPIRAN") && text::IsWordBoundary(key, 8)) ||
             IsLabelWord(key, "lampiran");
    case kPartCount: break;
  }
  return false;
}

// Whether a text starting with `c` cannot start with a fold of any of
// `initials` (lower-case letters): an ASCII byte that is neither a space,
// a TAB nor one of them in either case starts no fold. Most lines are
// ruled out by this one test of their first byte.
bool FirstByteRulesOut(char c, std::string_view initials) {
  return static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' &&
         initials.find(ascii::ToLower(c)) == std::string_view::npos;
}

// Whether a line whose list noise is stripped can have a MarkerKey starting
// with `word` (lower-case letters). The key differs from the stripped text
// only in the spaces between words, so spaces and TABs are skipped here.
bool MayOpenWith(std::string_view stripped, std::string_view word) {
  if (!stripped.empty() && FirstByteRulesOut(stripped.front(), word.substr(0, 1))) return false;
  for (char letter : word) {
    while (!stripped.empty() && (stripped.front() == ' ' || stripped.front() == '\t')) {
      stripped.remove_prefix(1);
    }
    std::size_t n = FoldedLetterAt(stripped, letter);
    if (n == 0) return false;
    stripped.remove_prefix(n);
  }
  return true;
}

// The words each part's marker pattern (see StartsPart) starts with, in
// Part order: a line opening with none of them cannot match it, so it is
// never keyed or matched. Unused places are empty.
using PartWords = std::array<std::string_view, 4>;
constexpr std::array<PartWords, kPartCount> kPartWords = {{
    {"menimbang"},
    {"mengingat"},
    {"memperhatikan"},
    {"memutuskan", "menetapkan", "kesatu", "pertama"},
    {"ditetapkan"},
    {"lampiran"},
}};

bool MayStartPart(Part part, std::string_view stripped) {
  for (std::string_view word : kPartWords[part]) {
    if (word.empty()) break;
    if (MayOpenWith(stripped, word)) return true;
  }
  return false;
}

// The first letters of all those words.
constexpr std::string_view kPartInitials = "mkpdl";
constexpr bool EveryPartWordStartsWithAnInitial() {
  for (const PartWords& words : kPartWords) {
    for (const std::string_view& word : words) {
      if (!word.empty() && kPartInitials.find(word.front()) == std::string_view::npos) return false;
    }
  }
  return true;
}
static_assert(EveryPartWordStartsWithAnInitial());

// Whether MayStartPart can hold for some part: tested once for all the
// parts' initials instead of once per part.
bool MayStartSomePart(std::string_view stripped) {
  return !stripped.empty() && !FirstByteRulesOut(stripped.front(), kPartInitials);
}

// A line that opens a signature block at the end of the annex (the chair's
// title or the certification of the copy).
bool MayStartAnnexSignature(std::string_view stripped) {
  for (std::string_view word : {"plt", "plh", "ketua", "salinan"}) {
    if (MayOpenWith(stripped, word)) return true;
  }
  return false;
}
// (?i)^(?:(?:PLT|PLH)\.?\s*)?KETUA\b|^Salinan\s+sesuai\b, by hand. The
// prefix's optional parts are taken greedily: KETUA cannot start at the
// '.' or a space they would leave.
bool StartsAnnexSignature(std::string_view key) {
  if (HasMarkerWordAt(key, 0, "ketua")) return true;
  std::size_t prefix = FoldedWordEnd(key, 0, "plt");
  if (prefix == kNone) prefix = FoldedWordEnd(key, 0, "plh");
  if (prefix != kNone) {
    if (prefix < key.size() && key[prefix] == '.') ++prefix;
    if (HasMarkerWordAt(key, text::SkipRegexSpaces(key, prefix), "ketua")) return true;
  }
  std::size_t salinan = FoldedWordEnd(key, 0, "salinan");
  if (salinan == kNone) return false;
  std::size_t sesuai = text::SkipRegexSpaces(key, salinan);
  return sesuai > salinan && HasMarkerWordAt(key, sesuai, "sesuai");
}

struct TableSpan {
  std::size_t first = kNone;
  std::size_t last = kNone;
};

// The last line holding a TAB is searched from the end, so the lines
// between the first and the last are never scanned.
TableSpan FindTable(const SourceLines& lines) {
  auto has_tab = [](const SourceLine& line) { return line.text.find('\t') != std::string::npos; };
  auto first = std::find_if(lines.begin(), lines.end(), has_tab);
  if (first == lines.end()) return {};
  auto last = std::find_if(lines.rbegin(), lines.rend(), has_tab);
  return {static_cast<std::size_t>(first - lines.begin()),
          static_cast<std::size_t>(lines.rend() - last) - 1};
}

// Where each part lies in the lines, as [begin, end) indices; an absent part
// is empty. Found once, then cut out by copying or by moving the lines.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};
// The preamble, the parts in Part order, the table, the annex signature.
constexpr std::size_t kPreambleRange = 0;
constexpr std::size_t RangeOf(Part part) { return static_cast<std::size_t>(part) + 1; }
constexpr std::size_t kTableRange = kPartCount + 1;
constexpr std::size_t kAnnexSignatureRange = kPartCount + 2;
constexpr std::size_t kRangeCount = kPartCount + 3;
using PartRanges = std::array<Range, kRangeCount>;

PartRanges LocateParts(const SourceLines& lines, Diagnostics& diags) {
  PartRanges ranges{};
  const TableSpan table = FindTable(lines);
  const std::size_t text_end = table.first == kNone ? lines.size() : table.first;

  // Each marker is searched after the previous one found, so a word quoted
  // in an earlier part ("Lampiran Keputusan ini" in a dictum) cannot open a
  // later part too early, and a missing part does not hide the rest.
  std::array<std::size_t, kPartCount> start;
  start.fill(kNone);
  // Only the lines that may open some part are looked at again.
  struct Candidate {
    std::size_t line;
    std::string_view stripped;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < text_end; ++i) {
    std::string_view stripped = text::StripListNoise(lines[i].text);
    if (MayStartSomePart(stripped)) candidates.push_back({i, stripped});
  }
  std::size_t from = 0;  // the first candidate after the last marker found
  for (int p = 0; p < kPartCount; ++p) {
    auto part = static_cast<Part>(p);
    for (std::size_t c = from; c < candidates.size(); ++c) {
      const Candidate& line = candidates[c];
      if (MayStartPart(part, line.stripped) &&
          StartsPart(part, text::MarkerKey(lines[line.line].text))) {
        start[p] = line.line;
        from = c + 1;
        break;
      }
    }
  }

  std::size_t first_marker = text_end;
  for (auto i : start) {
    if (i != kNone) {
      first_marker = i;
      break;
    }
  }
  ranges[kPreambleRange] = {0, first_marker};
  for (int p = 0; p < kPartCount; ++p) {
    if (start[p] == kNone) continue;
    std::size_t end = text_end;
    for (int q = p + 1; q < kPartCount; ++q) {
      if (start[q] != kNone) {
        end = start[q];
        break;
      }
    }
    ranges[RangeOf(static_cast<Part>(p))] = {start[p], end};
  }

  if (table.first != kNone) {
    ranges[kTableRange] = {table.first, table.last + 1};
    ranges[kAnnexSignatureRange] = {table.last + 1, lines.size()};
    if (start[kAnnexTitle] == kNone) {
      diags.Warning("annex-heading-missing", lines[table.first].number,
                    "the table is not preceded by a LAMPIRAN heading: lines between "
                    "the signature and the table are read as part of the signature "
                    "block");
    }
  } else if (start[kAnnexTitle] != kNone) {
    // No table: the annex's own signature block, if any, is still split off
    // so the decree stage can read both signature blocks.
    Range& annex_title = ranges[RangeOf(kAnnexTitle)];
    for (std::size_t i = annex_title.begin + 1; i < annex_title.end; ++i) {
      if (MayStartAnnexSignature(text::StripListNoise(lines[i].text)) &&
          StartsAnnexSignature(text::MarkerKey(lines[i].text))) {
        ranges[kAnnexSignatureRange] = {i, text_end};
        annex_title.end = i;
        break;
      }
    }
  }
  return ranges;
}

std::array<SourceLines*, kRangeCount> PartsInRangeOrder(Segments& s) {
  return {&s.preamble,    &s.considerations, &s.legal_basis, &s.observations,
          &s.decision,    &s.signature,      &s.annex_title, &s.table,
          &s.annex_signature};
}

// Fills each part with its lines, copied or (from an rvalue) moved: the
// ranges are disjoint, so no line is moved twice.
template <typename Lines>
Segments CutParts(Lines&& lines, const PartRanges& ranges) {
  Segments s;
  const std::array<SourceLines*, kRangeCount> parts = PartsInRangeOrder(s);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const Range r = ranges[k];
    if (r.begin >= r.end) continue;
    auto first = lines.begin() + static_cast<std::ptrdiff_t>(r.begin);
    auto last = lines.begin() + static_cast<std::ptrdiff_t>(r.end);
    if constexpr (std::is_lvalue_reference_v<Lines>) {
      parts[k]->assign(first, last);
    } else {
      parts[k]->assign(std::make_move_iterator(first), std::make_move_iterator(last));
    }
  }
  return s;
}

}  // namespace

Segments Segment(const SourceLines& lines, Diagnostics& diags) {
  return CutParts(lines, LocateParts(lines, diags));
}

Segments Segment(SourceLines&& lines, Diagnostics& diags) {
  const PartRanges ranges = LocateParts(lines, diags);
  return CutParts(std::move(lines), ranges);
}

}  // namespace renaksi
