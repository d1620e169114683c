#include "continuation.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "area_names.h"
#include "ascii.h"
#include "cell_text.h"

namespace renaksi::rec {
namespace {

// A label that opens the next record of a sequence: same style as the last
// labeled sibling and the next number, or the one after (a row may be lost;
// the stray "3." garbled into the text of record 2 must not make "4." look
// like a continuation of that text).
bool ContinuesSequence(const Label& label, const std::optional<int>& last,
                       const std::optional<LabelStyle>& style) {
  return last && style && label.style == *style &&
         (label.number == *last + 1 || label.number == *last + 2);
}

bool EndsWithColon(const std::string& text) {
  const std::string_view t = cell::TrimmedView(text);
  return !t.empty() && t.back() == ':';
}

}  // namespace

namespace {

using ascii::IsRegexSpace;

// Words that cannot end a phrase in the decrees' language: a cell ending
// with one was cut mid-sentence ("… pengadaan sesuai" | "perpres 16 …").
constexpr std::string_view kFunctionWords[] = {
    "yang",   "dan",     "atau",    "serta",   "dengan",   "di",      "ke",     "dari",
    "untuk",  "bagi",    "oleh",    "pada",    "dalam",    "atas",    "terhadap", "melalui",
    "tentang", "kepada", "sesuai",  "secara",  "para",     "antara",  "maupun", "hingga",
    "sampai", "agar",    "bahwa",   "karena",  "baik",     "berupa",  "meliputi", "terkait",
    "guna",   "demi"};

// The lengths and first letters of the function words (all lowercase ASCII).
constexpr std::size_t kShortestFunctionWord = [] {
  std::size_t shortest = std::string_view::npos;
  for (std::string_view w : kFunctionWords) shortest = std::min(shortest, w.size());
  return shortest;
}();
constexpr std::size_t kLongestFunctionWord = [] {
  std::size_t longest = 0;
  for (std::string_view w : kFunctionWords) longest = std::max(longest, w.size());
  return longest;
}();
constexpr std::uint32_t kFunctionWordInitials = [] {
  std::uint32_t initials = 0;
  for (std::string_view w : kFunctionWords) initials |= 1u << (w.front() - 'a');
  return initials;
}();

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii::ToLower(a[i]) != lower[i]) return false;
  }
  return true;
}

// The function words as one case-insensitive regex: a text whose last
// word is one of them, after a space or at the start.
const RE2& DanglingRegex() {
  static const RE2 kDangling([] {
    std::string pattern = "(?i)(?:^|\\s)(?:";
    for (std::size_t i = 0; i < std::size(kFunctionWords); ++i) {
      if (i != 0) pattern += '|';
      pattern += kFunctionWords[i];
    }
    return pattern + ")\\s*$";
  }());
  return kDangling;
}

bool EndsWithFunctionWord(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && IsRegexSpace(text[end - 1])) --end;
  std::size_t begin = end;
  bool ascii = true;
  while (begin > 0 && !IsRegexSpace(text[begin - 1])) {
    ascii &= static_cast<unsigned char>(text[begin - 1]) < 0x80;
    --begin;
  }
  // The words hold no space, so the regex can only match the last word
  // whole. An ASCII word is one of them exactly when it equals one but for
  // ASCII case; a word with a byte >= 0x80 is left to the regex: (?i) folds
  // some non-ASCII letters (ſ, K) onto ASCII ones.
  const std::string_view word = text.substr(begin, end - begin);
  if (ascii) {
    // Most last words differ in length or first letter from all of them.
    if (word.size() < kShortestFunctionWord || word.size() > kLongestFunctionWord) return false;
    const char first = ascii::ToLower(word.front());
    if (first < 'a' || first > 'z' || ((kFunctionWordInitials >> (first - 'a')) & 1u) == 0) {
      return false;
    }
    for (std::string_view w : kFunctionWords) {
      if (EqualsIgnoringAsciiCase(word, w)) return true;
    }
    return false;
  }
  // Only the end of the text from the space before that word: the regex
  // need not scan all of it.
  const std::string_view tail = text.substr(begin == 0 ? 0 : begin - 1);
  return RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), DanglingRegex());
}

// How plainly a text was cut off: 3 mid-phrase, 2 no closing punctuation,
// 0 a finished sentence or item.
int Openness(std::string_view text) {
  std::string_view t = cell::TrimmedView(text);
  if (t.empty()) return 0;
  char last = t.back();
  if (last == ',' || last == ':' || last == '/' || last == '-' || last == '(') return 3;
  if (EndsWithFunctionWord(t)) return 3;
  // cell::EndsComplete on a text already trimmed and not empty.
  return last == '.' || last == ';' ? 0 : 2;
}

std::vector<FragmentCell> MapWithShift(const ParsedRow& row, int shift) {
  std::vector<FragmentCell> out;
  out.reserve(row.leading.size());
  for (const Cell& c : row.leading) {
    int role = c.col - shift;
    if (role < kNo || role > kIndicator) return {};
    out.push_back({&c, role, Link::kNeutral});
  }
  return out;
}

// The openness of the previous texts by role, each worked out on first use:
// the candidate layouts of one fragment score the same texts.
class TargetOpenness {
 public:
  explicit TargetOpenness(const PreviousTexts& previous) : previous_(previous) {}

  // -100 when the previous row filled nothing in the role.
  int Of(int role) {
    const std::string* target = previous_.by_role[role];
    if (target == nullptr) return -100;
    if (!known_[role]) {
      value_[role] = Openness(*target);
      known_[role] = true;
    }
    return value_[role];
  }

 private:
  const PreviousTexts& previous_;
  std::array<bool, 5> known_{};
  std::array<int, 5> value_{};
};

constexpr int kNoLayout = -1000;  // the score of a fragment read with no cells

int Score(const std::vector<FragmentCell>& cells, TargetOpenness& openness) {
  if (cells.empty()) return kNoLayout;
  int score = 0;
  for (const auto& fc : cells) score += openness.Of(fc.role);
  return score;
}

}  // namespace

std::vector<FragmentCell> MapFragment(const ParsedRow& row) {
  if (row.leading.empty()) return {};
  int shift = 0;
  if (row.leading.back().col > kIndicator) shift = row.leading.back().col - kIndicator;
  if (row.leading.front().col - shift < kNo) shift = row.leading.front().col;
  auto out = MapWithShift(row, shift);
  if (out.empty()) {
    for (const Cell& c : row.leading) out.push_back({&c, kIndicator, Link::kNeutral});
  }
  return out;
}

std::vector<FragmentCell> MapFragment(const ParsedRow& row, const PreviousTexts& previous,
                                      int previous_shift) {
  TargetOpenness openness(previous);
  std::vector<FragmentCell> best = MapFragment(row);
  int best_score = Score(best, openness);
  // The converter prints a fragment sometimes under the header, sometimes
  // in the previous row's (or previous fragment's) columns: the texts it
  // can continue decide; on a tie the previous row's layout wins.
  // At most two layouts to try: a plain array, not a list allocated per row.
  const std::array<int, 2> shifts = {previous_shift, previous.fragment_shift.value_or(0)};
  const std::size_t shift_count = previous.fragment_shift ? 2 : 1;
  for (std::size_t k = 0; k < shift_count; ++k) {
    const int shift = shifts[k];
    std::vector<FragmentCell> candidate = MapWithShift(row, shift);
    int score = Score(candidate, openness);
    if (score >= best_score && !candidate.empty()) {
      if (score == best_score && shift != previous_shift) continue;
      best = std::move(candidate);
      best_score = score;
    }
  }
  return best;
}

Link Classify(const Cell& cell, int role, const std::string* previous,
              const Context& context) {
  if (role == kNo) return Link::kStarts;
  if (role == kArea) return Link::kStarts;
  if (IsAreaNameCell(cell)) return Link::kStarts;
  const std::optional<Label>& label = CellLabel(cell);
  if (label && role == kActivity &&
      ContinuesSequence(*label, context.last_activity_number, context.activity_style)) {
    return Link::kStarts;
  }
  if (label && role == kSub &&
      ContinuesSequence(*label, context.last_sub_number, context.sub_style)) {
    return Link::kStarts;
  }
  if (previous == nullptr) return Link::kNoTarget;
  if (cell.number) return Link::kNeutral;  // a lone label is never a fragment
  if (label) {
    // Labels number from 1, so a 1 is never the next after one: the
    // previous text's markers are looked for only for a later number.
    bool next_inner = false;
    if (label->number > 1) {
      auto inner = LastMarkerNumber(*previous, label->style);
      next_inner = inner && label->number == *inner + 1;
    }
    bool opens_after_colon = label->number == 1 && EndsWithColon(*previous);
    return next_inner || opens_after_colon ? Link::kStrong : Link::kNeutral;
  }
  if (cell::StartsLikeContinuation(cell.text)) return Link::kStrong;
  if (!cell::EndsComplete(*previous)) return Link::kWeak;
  return Link::kNeutral;
}

ContinuationPlan PlanContinuation(const ParsedRow& row, const PreviousTexts& previous,
                                  const Context& context,
                                  std::optional<int> next_label) {
  ContinuationPlan plan;
  std::vector<FragmentCell> cells = MapFragment(row, previous, context.previous_shift);
  if (cells.empty()) return plan;
  bool any_start = false;
  bool any_link = false;
  bool all_targets = true;
  for (auto& fc : cells) {
    fc.link = Classify(*fc.cell, fc.role, previous.by_role[fc.role], context);
    any_start |= fc.link == Link::kStarts;
    any_link |= fc.link == Link::kStrong || fc.link == Link::kWeak;
    all_targets &= fc.link != Link::kNoTarget && fc.link != Link::kStarts;
  }
  bool has_marks = !row.marks.empty();
  const bool take_all = !has_marks && !any_start && any_link && all_targets;
  // Otherwise only clear continuations, never the cell the row's marks belong to.
  auto take = [&](std::size_t k) {
    if (take_all) return true;
    bool last = k + 1 == cells.size();
    return cells[k].link == Link::kStrong && !(has_marks && last) && !any_start;
  };
  // A lost row shows as a lowercase fragment after a finished item with
  // the sub-activity numbering jumping right after it.
  bool gap_follows = next_label && context.last_sub_number &&
                     *next_label > *context.last_sub_number + 1;
  plan.shift = cells.front().cell->col - cells.front().role;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (!take(k)) continue;
    const std::string* prev = previous.by_role[cells[k].role];
    bool orphan = gap_follows && prev != nullptr && cell::EndsComplete(*prev) &&
                  cell::StartsLowercase(cells[k].cell->text);
    (orphan ? plan.orphans : plan.merge).push_back(cells[k]);
  }
  return plan;
}

void DropPlanned(ParsedRow& row, const ContinuationPlan& plan) {
  auto planned = [&plan](const Cell* cell) {
    auto is_cell = [cell](const FragmentCell& fc) { return fc.cell == cell; };
    return std::any_of(plan.merge.begin(), plan.merge.end(), is_cell) ||
           std::any_of(plan.orphans.begin(), plan.orphans.end(), is_cell);
  };
  // Kept in place and in order, as the rest of the row.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < row.leading.size(); ++k) {
    if (planned(&row.leading[k])) continue;
    if (kept != k) row.leading[kept] = std::move(row.leading[k]);
    ++kept;
  }
  row.leading.resize(kept);
}

}  // namespace renaksi::rec
