#include "row_roles.h"

#include <cstdlib>
#include <limits>

#include "area_names.h"
#include "cell_text.h"

namespace renaksi::rec {
namespace {

// Text left of this column and before the first mark is the row's own text
// (the indicator of a row shifted two columns right still sits at 6).
constexpr int kLastLeadingColumn = 7;

// Costs of a reading. A broken numbering sequence costs more than a shift,
// a shift more than a mark past December: a row is read as shifted when
// its numbering says so, and marks are clamped only when no shift explains
// them without breaking the numbering.
constexpr double kShiftCost = 1.0;
constexpr double kShiftChangeCost = 1.0;
constexpr double kOverflowCost = 1.0;
constexpr double kNumberingMisfitCost = 3.0;
constexpr double kNumberingStyleCost = 1.0;
constexpr double kNumberingNotFirstCost = 2.0;
constexpr double kConflictCost = 5.0;
constexpr double kActivityInAreaColumnCost = 1.0;
constexpr double kActivityInNoColumnCost = 1.5;
constexpr double kAreaOutOfPlaceCost = 2.0;

bool Joinable(const RawRow& row, std::size_t next) {
  return next < row.cells.size() && !cell::IsCheckMark(row.cells[next]);
}

// Cost of a label at the next position of a sibling sequence.
double LabelCost(const std::optional<Label>& label, bool new_parent, int count,
                 const std::optional<int>& last_number) {
  if (!label) return 0;
  int n = label->number;
  if (new_parent || count == 0) return n == 1 ? 0 : kNumberingNotFirstCost;
  if (last_number) return n == *last_number + 1 ? 0 : kNumberingMisfitCost;
  return n == count + 1 ? kNumberingStyleCost : kNumberingMisfitCost;
}

}  // namespace

const char* RoleName(int role) {
  switch (role) {
    case kNo: return "NO";
    case kArea: return "AREA PERUBAHAN";
    case kActivity: return "KEGIATAN";
    case kSub: return "SUB KEGIATAN";
    case kIndicator: return "INDIKATOR KEBERHASILAN";
    default: return "month";
  }
}

ParsedRow ParseRow(const RawRow& row) {
  ParsedRow out;
  out.line = row.line;
  out.starts_page = row.starts_page;
  int first_mark = std::numeric_limits<int>::max();
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (cell::IsCheckMark(row.cells[i])) {
      first_mark = static_cast<int>(i);
      break;
    }
  }
  int joined = 0;  // lone labels joined so far: everything after moves left
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const std::string& text = row.cells[i];
    int raw = static_cast<int>(i);
    if (text.empty()) continue;
    if (cell::IsCheckMark(text)) {
      out.marks.push_back(raw - joined);
      out.raw_marks.push_back(raw);
      continue;
    }
    bool leading = raw < first_mark && raw <= kLastLeadingColumn;
    if (!leading) {
      out.tail.push_back({raw - joined, raw, text, std::nullopt});
      continue;
    }
    auto bare = BareLabel(text);
    if (bare && raw >= kArea && raw < kIndicator && Joinable(row, i + 1)) {
      out.joined_numbers.push_back({text, row.cells[i + 1].empty()});
      out.leading.push_back({raw - joined, raw, row.cells[i + 1], bare});
      ++joined;
      ++i;
      continue;
    }
    if (bare && raw == kNo) {
      out.leading.push_back({raw, raw, "", bare});
      continue;
    }
    out.leading.push_back({raw - joined, raw, text, std::nullopt});
  }
  return out;
}

std::optional<Label> CellLabel(const Cell& cell) {
  if (cell.number) return cell.number;
  return LeadingLabel(cell.text);
}

namespace {

// Whether each leading cell names one of the 8 areas. It does not depend on
// the shift, so ChooseReading computes it once for the 5 shifts it tries.
std::vector<bool> AreaNameCells(const ParsedRow& row) {
  std::vector<bool> names;
  names.reserve(row.leading.size());
  for (const Cell& c : row.leading) {
    names.push_back(!c.text.empty() && CanonicalArea(c.text).has_value());
  }
  return names;
}

Reading ReadShifted(const ParsedRow& row, int shift, const Context& context,
                    const std::vector<bool>& area_names) {
  Reading r;
  r.shift = shift;
  r.cost = kShiftCost * std::abs(shift);
  if (shift != context.previous_shift) r.cost += kShiftChangeCost;
  std::vector<Cell> moved_activities;  // activity names found left of their column
  for (std::size_t i = 0; i < row.leading.size(); ++i) {
    const Cell& c = row.leading[i];
    int role = c.col - shift;
    if (role < kNo || role > kIndicator) {
      r.valid = false;
      return r;
    }
    bool is_area_name = area_names[i];
    switch (role) {
      case kNo:
        if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else if (is_area_name) {
          r.area = c;
          r.cost += 0.5;
        } else {
          moved_activities.push_back(c);
          r.cost += kActivityInNoColumnCost;
        }
        break;
      case kArea:
        // A numbered row's AREA cell is its area even when the name is not
        // one of the 8 (reported as unknown, not guessed away).
        if (is_area_name || (r.area_label && !c.text.empty() && !c.number)) {
          r.area = c;
          if (c.number) r.area_label = c.number;
        } else if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else {
          moved_activities.push_back(c);
          r.cost += kActivityInAreaColumnCost;
        }
        break;
      case kActivity:
        r.activity = c;
        if (is_area_name && !r.area) r.cost += kAreaOutOfPlaceCost;
        break;
      case kSub:
        r.sub = c;
        if (is_area_name && !r.area) r.cost += kAreaOutOfPlaceCost;
        break;
      default:
        r.indicator = c;
        break;
    }
  }
  // An activity name printed in the NO or AREA column stands for the
  // activity only when the activity column itself is empty.
  for (const Cell& c : moved_activities) {
    if (!r.activity) {
      r.activity = c;
      r.activity_source = c.col - shift == kNo ? ActivitySource::kNoColumn
                                               : ActivitySource::kAreaColumn;
    } else {
      r.unassigned.push_back(c);
      r.cost += kConflictCost;
    }
  }
  bool new_area = r.area.has_value() || r.area_label.has_value();
  bool new_activity = r.activity.has_value();
  if (r.activity) {
    r.cost += LabelCost(CellLabel(*r.activity), new_area, context.activities_in_area,
                        context.last_activity_number);
  }
  if (r.sub) {
    r.cost += LabelCost(CellLabel(*r.sub), new_area || new_activity,
                        context.subs_in_activity, context.last_sub_number);
  }
  for (std::size_t k = 0; k < row.marks.size(); ++k) {
    int month = row.marks[k] - shift - kFirstMonthColumn + 1;
    if (month < 1) {
      r.valid = false;
      return r;
    }
    if (month > 12) r.cost += kOverflowCost;
    r.months.push_back(month);
    r.mark_cols.push_back(row.raw_marks[k]);
  }
  return r;
}

}  // namespace

Reading ReadWithShift(const ParsedRow& row, int shift, const Context& context) {
  return ReadShifted(row, shift, context, AreaNameCells(row));
}

Reading ChooseReading(const ParsedRow& row, const Context& context) {
  const std::vector<bool> area_names = AreaNameCells(row);
  Reading best;
  best.valid = false;
  for (int shift : {0, -1, 1, -2, 2}) {
    Reading r = ReadShifted(row, shift, context, area_names);
    if (!r.valid) continue;
    if (!best.valid || r.cost < best.cost) best = std::move(r);
  }
  if (best.valid) return best;
  // No shift keeps every cell in a text column and every mark after the
  // text: read by the header and leave what does not fit unassigned.
  Reading r;
  r.shift = 0;
  for (std::size_t i = 0; i < row.leading.size(); ++i) {
    const Cell& c = row.leading[i];
    switch (c.col) {
      case kNo:
      case kArea:
        if (area_names[i]) {
          r.area = c;
        } else if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else {
          r.unassigned.push_back(c);
        }
        break;
      case kActivity: r.activity = c; break;
      case kSub: r.sub = c; break;
      case kIndicator: r.indicator = c; break;
      default: r.unassigned.push_back(c); break;
    }
  }
  for (std::size_t k = 0; k < row.marks.size(); ++k) {
    int month = row.marks[k] - kFirstMonthColumn + 1;
    if (month < 1) continue;  // reported by the caller as unplaced marks
    r.months.push_back(month);
    r.mark_cols.push_back(row.raw_marks[k]);
  }
  return r;
}

}  // namespace renaksi::rec
