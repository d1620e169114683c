#include "continuation.h"

#include "area_names.h"
#include "cell_text.h"

namespace renaksi::rec {
namespace {

// A label that opens the next record of a sequence: same style as the last
// labeled sibling and the next number.
bool ContinuesSequence(const Label& label, const std::optional<int>& last,
                       const std::optional<LabelStyle>& style) {
  return last && style && label.style == *style && label.number == *last + 1;
}

bool EndsWithColon(const std::string& text) {
  std::string t = cell::Trim(text);
  return !t.empty() && t.back() == ':';
}

}  // namespace

std::vector<FragmentCell> MapFragment(const ParsedRow& row) {
  std::vector<FragmentCell> out;
  if (row.leading.empty()) return out;
  int shift = 0;
  if (row.leading.back().col > kIndicator) shift = row.leading.back().col - kIndicator;
  if (row.leading.front().col - shift < kNo) shift = row.leading.front().col;
  for (const Cell& c : row.leading) {
    int role = c.col - shift;
    if (role > kIndicator) role = kIndicator;
    if (role < kNo) role = kNo;
    out.push_back({c, role, Link::kNeutral});
  }
  return out;
}

Link Classify(const Cell& cell, int role, const std::string* previous,
              const Context& context) {
  if (role == kNo) return Link::kStarts;
  if (role == kArea) return Link::kStarts;
  if (!cell.text.empty() && CanonicalArea(cell.text)) return Link::kStarts;
  auto label = CellLabel(cell);
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
    auto inner = LastMarkerNumber(*previous, label->style);
    bool next_inner = inner && label->number == *inner + 1;
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
  plan.rest = row;
  std::vector<FragmentCell> cells = MapFragment(row);
  if (cells.empty()) return plan;
  bool any_start = false;
  bool any_link = false;
  bool all_targets = true;
  for (auto& fc : cells) {
    fc.link = Classify(fc.cell, fc.role, previous.by_role[fc.role], context);
    any_start |= fc.link == Link::kStarts;
    any_link |= fc.link == Link::kStrong || fc.link == Link::kWeak;
    all_targets &= fc.link != Link::kNoTarget && fc.link != Link::kStarts;
  }
  bool has_marks = !row.marks.empty();
  std::vector<bool> take(cells.size(), false);
  if (!has_marks && !any_start && any_link && all_targets) {
    take.assign(cells.size(), true);
  } else {
    // Only clear continuations, never the cell the row's marks belong to.
    for (std::size_t k = 0; k < cells.size(); ++k) {
      bool last = k + 1 == cells.size();
      if (cells[k].link == Link::kStrong && !(has_marks && last) && !any_start) take[k] = true;
    }
  }
  // A lost row shows as a lowercase fragment after a finished item with
  // the sub-activity numbering jumping right after it.
  bool gap_follows = next_label && context.last_sub_number &&
                     *next_label > *context.last_sub_number + 1;
  plan.rest.leading.clear();
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (!take[k]) {
      plan.rest.leading.push_back(cells[k].cell);
      continue;
    }
    const std::string* prev = previous.by_role[cells[k].role];
    bool orphan = gap_follows && prev != nullptr && cell::EndsComplete(*prev) &&
                  cell::StartsLowercase(cells[k].cell.text);
    (orphan ? plan.orphans : plan.merge).push_back(cells[k]);
  }
  return plan;
}

}  // namespace renaksi::rec
