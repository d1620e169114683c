#include "row_roles.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <stdexcept>

#include "area_names.h"
#include "ascii.h"
#include "cell_text.h"

namespace renaksi::rec {
namespace {

// Text left of this column and before the first mark is the row's own text
// (the indicator of a row shifted two columns right still sits at 6).
constexpr int kLastLeadingColumn = 7;

// So a row has at most this many leading cells (one per source column, a
// joined label taking two columns for one cell): the per-row lists below
// fit in fixed arrays, and the 5 readings tried per row allocate nothing.
constexpr std::size_t kMaxLeading = kLastLeadingColumn + 1;

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

// A check mark is `\s*(?:√+|[Vv])\s*` (cell::IsCheckMark), so its first
// byte past the spaces is V, v or 0xE2, the lead byte of √ (E2 88 9A). Most
// cells are text or empty: this spares them the regex.
bool MayBeCheckMark(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                             text[i] == '\f' || text[i] == '\r')) {
    ++i;
  }
  if (i == text.size()) return false;
  const char c = text[i];
  return c == 'V' || c == 'v' || static_cast<unsigned char>(c) == 0xE2;
}

// A lone √, V or v, the way nearly every mark is printed, is a mark without
// asking the regex; so is no empty cell, nor any other one-byte cell (a
// space alone or the lead byte of √ alone is no mark either).
bool IsMarkCell(std::string_view text) {
  switch (text.size()) {
    case 0: return false;
    case 1: return text[0] == 'V' || text[0] == 'v';
    default:
      return text == "√" || (MayBeCheckMark(text) && cell::IsCheckMark(text));
  }
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
  ParseRowInto(row, out);
  return out;
}

void ParseRowInto(const RawRow& row, ParsedRow& out) {
  out.leading.clear();
  out.marks.clear();
  out.raw_marks.clear();
  out.tail.clear();
  out.joined_numbers.clear();
  out.line = row.line;
  out.starts_page = row.starts_page;
  // The cells as a plain array and count: the calls and stores in the
  // loops below would otherwise make the vector's size be read again.
  const std::string* const cells = row.cells.data();
  const std::size_t cell_count = row.cells.size();
  // One walk over the cells finds the marks (their source columns, in
  // order, are raw_marks) and the tail: every text at or past
  // kLastLeadingColumn + 1 or right of the first mark. The texts left of
  // both are the leading cells, read after the walk.
  std::size_t leading_end = std::min<std::size_t>(cell_count, kLastLeadingColumn + 1);
  for (std::size_t i = 0; i < cell_count; ++i) {
    const std::string& text = cells[i];
    if (IsMarkCell(text)) {
      // The cells left bound the marks left: one allocation per row.
      if (out.raw_marks.empty()) {
        out.raw_marks.reserve(cell_count - i);
        leading_end = std::min(leading_end, i);
      }
      out.raw_marks.push_back(static_cast<int>(i));
      continue;
    }
    // Its logical column is set below, once the labels joined are known.
    if (i >= leading_end && !text.empty()) {
      out.tail.emplace_back(0, static_cast<int>(i), text, std::nullopt);
    }
  }
  out.leading.reserve(std::min<std::size_t>(cell_count, kMaxLeading));
  int joined = 0;  // lone labels joined so far: everything after moves left
  for (std::size_t i = 0; i < leading_end; ++i) {
    const std::string& text = cells[i];
    int raw = static_cast<int>(i);
    if (text.empty()) continue;
    // Only a lone label in the NO, AREA, KEGIATAN or SUB KEGIATAN column
    // is joined or kept as a number, so the others are not asked.
    auto bare = raw < kIndicator ? BareLabel(text) : std::nullopt;
    // The cell after it (column <= kIndicator) is no mark exactly when it
    // is a leading cell too: it sits left of the first mark.
    if (bare && raw >= kArea && i + 1 < leading_end) {
      out.joined_numbers.push_back({text, cells[i + 1].empty()});
      out.leading.emplace_back(raw - joined, raw, cells[i + 1], bare);
      ++joined;
      ++i;
      continue;
    }
    if (bare && raw == kNo) {
      out.leading.emplace_back(raw, raw, "", bare);
      continue;
    }
    out.leading.emplace_back(raw - joined, raw, text, std::nullopt);  // built in place
  }
  // Labels are joined only in leading cells, which all sit left of the
  // first mark and of the tail: every mark and tail text moves left by
  // all of them.
  for (Cell& c : out.tail) c.col = c.raw_col - joined;
  out.marks.resize(out.raw_marks.size());
  for (std::size_t k = 0; k < out.marks.size(); ++k) out.marks[k] = out.raw_marks[k] - joined;
}

std::vector<int> Reading::Months() const {
  std::vector<int> months;
  months.reserve(marks.size());
  for (const MarkedMonth& m : marks) months.push_back(m.month);
  return months;
}

const std::optional<Label>& CellLabel(const Cell& cell) {
  if (cell.number) return cell.number;
  if (!cell.label_known) {
    cell.label = LeadingLabel(cell.text);
    cell.label_known = true;
  }
  return cell.label;
}

std::string_view TextAfterLabel(std::string_view text, const Label& label) {
  std::size_t from = label.text.view().size();  // the label is the text's first bytes
  while (from < text.size() && ascii::IsRegexSpace(text[from])) ++from;
  return cell::TrimmedView(text.substr(from));
}

bool IsAreaNameCell(const Cell& cell) {
  if (cell.area_name < 0) {
    cell.area_name = !cell.text.empty() && CanonicalArea(cell.text).has_value() ? 1 : 0;
  }
  return cell.area_name == 1;
}

namespace {

// A row's extent (its leading cells' columns and its marks), worked out
// once for the 5 shifts ChooseReading tries. The cells themselves keep what
// they were asked (CellLabel, IsAreaNameCell), so each is worked out at most
// once per row, and only for a cell that some valid shift asks about.
class RowFacts {
 public:
  explicit RowFacts(const ParsedRow& row) : row_(row) {
    // Rows from ParseRow keep this; a hand-made one must too.
    if (row.leading.size() > kMaxLeading) throw std::length_error("more leading cells than columns");
    for (const Cell& c : row.leading) {
      first_col_ = std::min(first_col_, c.col);
      last_col_ = std::max(last_col_, c.col);
    }
    for (int mark : row.marks) {
      first_mark_ = std::min(first_mark_, mark);
      last_mark_ = std::max(last_mark_, mark);
    }
  }

  // Only the cells a shift reads as activity or sub-activity are asked.
  const std::optional<Label>& LabelOf(std::size_t i) const { return CellLabel(row_.leading[i]); }

  bool IsAreaName(std::size_t i) const { return IsAreaNameCell(row_.leading[i]); }

  // Whether every leading cell falls in a text column and every mark in a
  // month column under the shift.
  bool Fits(int shift) const {
    const bool cells_fit = row_.leading.empty() || (first_col_ - shift >= kNo && last_col_ - shift <= kIndicator);
    const bool marks_fit = row_.marks.empty() || MonthOf(first_mark_, shift) >= 1;
    return cells_fit && marks_fit;
  }

  // How many marks are read past December under the shift.
  int PastDecember(int shift) const {
    // Most rows have no mark past December under any shift tried.
    if (row_.marks.empty() || MonthOf(last_mark_, shift) <= 12) return 0;
    int count = 0;
    for (int mark : row_.marks) count += MonthOf(mark, shift) > 12;
    return count;
  }

  static int MonthOf(int mark, int shift) { return mark - shift - kFirstMonthColumn + 1; }

 private:
  const ParsedRow& row_;
  int first_col_ = std::numeric_limits<int>::max();
  int last_col_ = std::numeric_limits<int>::min();
  int first_mark_ = std::numeric_limits<int>::max();
  int last_mark_ = std::numeric_limits<int>::min();
};

// Indices into a row's leading cells.
class IndexList {
 public:
  void push_back(int index) { items_[size_++] = index; }
  const int* begin() const { return items_.data(); }
  const int* end() const { return items_.data() + size_; }

 private:
  std::array<int, kMaxLeading> items_{};
  std::size_t size_ = 0;
};

constexpr int kNone = -1;

// A reading under one shift as indices into row.leading: the 5 candidates
// are scored without copying cell texts; only the chosen one becomes a
// Reading.
struct Assignment {
  int shift = 0;
  bool valid = true;
  std::optional<Label> area_label;
  int area = kNone;
  int activity = kNone;
  ActivitySource activity_source = ActivitySource::kColumn;
  int sub = kNone;
  int indicator = kNone;
  IndexList unassigned;
  double cost = 0;
};

// The part of a reading's cost that does not depend on what its cells
// say: the shift itself, a change of shift, marks past December.
double FixedCost(const RowFacts& facts, int shift, const Context& context) {
  double cost = kShiftCost * std::abs(shift);
  if (shift != context.previous_shift) cost += kShiftChangeCost;
  for (int k = facts.PastDecember(shift); k > 0; --k) cost += kOverflowCost;  // one per mark
  return cost;
}

Assignment AssignShifted(const ParsedRow& row, int shift, const Context& context,
                         const RowFacts& facts) {
  Assignment r;
  r.shift = shift;
  // Checked before any cell is read: a shift that fails costs nothing,
  // and its cells' area names are not asked for.
  if (!facts.Fits(shift)) {
    r.valid = false;
    return r;
  }
  r.cost = FixedCost(facts, shift, context);
  IndexList moved_activities;  // activity names found left of their column
  for (std::size_t i = 0; i < row.leading.size(); ++i) {
    const Cell& c = row.leading[i];
    const int index = static_cast<int>(i);
    int role = c.col - shift;
    switch (role) {
      case kNo:
        if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else if (facts.IsAreaName(i)) {
          r.area = index;
          r.cost += 0.5;
        } else {
          moved_activities.push_back(index);
          r.cost += kActivityInNoColumnCost;
        }
        break;
      case kArea:
        // A numbered row's AREA cell is its area even when the name is not
        // one of the 8 (reported as unknown, not guessed away).
        if ((r.area_label && !c.text.empty() && !c.number) || facts.IsAreaName(i)) {
          r.area = index;
          if (c.number) r.area_label = c.number;
        } else if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else {
          moved_activities.push_back(index);
          r.cost += kActivityInAreaColumnCost;
        }
        break;
      case kActivity:
        r.activity = index;
        if (r.area == kNone && facts.IsAreaName(i)) r.cost += kAreaOutOfPlaceCost;
        break;
      case kSub:
        r.sub = index;
        if (r.area == kNone && facts.IsAreaName(i)) r.cost += kAreaOutOfPlaceCost;
        break;
      default:
        r.indicator = index;
        break;
    }
  }
  // An activity name printed in the NO or AREA column stands for the
  // activity only when the activity column itself is empty.
  for (int index : moved_activities) {
    if (r.activity == kNone) {
      r.activity = index;
      r.activity_source = row.leading[index].col - shift == kNo ? ActivitySource::kNoColumn
                                                                 : ActivitySource::kAreaColumn;
    } else {
      r.unassigned.push_back(index);
      r.cost += kConflictCost;
    }
  }
  bool new_area = r.area != kNone || r.area_label.has_value();
  bool new_activity = r.activity != kNone;
  if (r.activity != kNone) {
    r.cost += LabelCost(facts.LabelOf(r.activity), new_area, context.activities_in_area,
                        context.last_activity_number);
  }
  if (r.sub != kNone) {
    r.cost += LabelCost(facts.LabelOf(r.sub), new_area || new_activity, context.subs_in_activity,
                        context.last_sub_number);
  }
  return r;
}

const Cell* CellAt(const ParsedRow& row, int index) {
  if (index == kNone) return nullptr;
  return &row.leading[static_cast<std::size_t>(index)];
}

// The Reading of a valid assignment: its cells, and its marks as months.
Reading ReadingOf(const ParsedRow& row, const Assignment& a) {
  Reading r;
  r.shift = a.shift;
  r.valid = a.valid;
  r.area_label = a.area_label;
  r.area = CellAt(row, a.area);
  r.activity = CellAt(row, a.activity);
  r.activity_source = a.activity_source;
  r.sub = CellAt(row, a.sub);
  r.indicator = CellAt(row, a.indicator);
  for (int index : a.unassigned) r.unassigned.push_back(CellAt(row, index));
  // Sized once and written by index: every mark of a valid reading is placed.
  r.marks.resize(row.marks.size());
  for (std::size_t k = 0; k < r.marks.size(); ++k) {
    r.marks[k] = {RowFacts::MonthOf(row.marks[k], a.shift), row.raw_marks[k]};
  }
  r.cost = a.cost;
  return r;
}

}  // namespace

Reading ReadWithShift(const ParsedRow& row, int shift, const Context& context) {
  Assignment a = AssignShifted(row, shift, context, RowFacts(row));
  if (!a.valid) {
    Reading invalid;
    invalid.shift = shift;
    invalid.valid = false;
    return invalid;
  }
  return ReadingOf(row, a);
}

Reading ChooseReading(const ParsedRow& row, const Context& context) {
  const RowFacts facts(row);
  Assignment best;
  best.valid = false;
  for (int shift : {0, -1, 1, -2, 2}) {
    // A later shift wins only when strictly cheaper, and every cost but
    // its fixed part is >= 0: once the fixed part reaches the best cost,
    // the shift cannot win and its cells need not be read at all.
    if (best.valid && FixedCost(facts, shift, context) >= best.cost) continue;
    Assignment a = AssignShifted(row, shift, context, facts);
    if (!a.valid) continue;
    if (!best.valid || a.cost < best.cost) best = std::move(a);
  }
  if (best.valid) return ReadingOf(row, best);
  // No shift keeps every cell in a text column and every mark after the
  // text: read by the header and leave what does not fit unassigned.
  Reading r;
  r.shift = 0;
  for (std::size_t i = 0; i < row.leading.size(); ++i) {
    const Cell& c = row.leading[i];
    switch (c.col) {
      case kNo:
      case kArea:
        if (facts.IsAreaName(i)) {
          r.area = &c;
        } else if (c.text.empty() && c.number) {
          r.area_label = c.number;
        } else {
          r.unassigned.push_back(&c);
        }
        break;
      case kActivity: r.activity = &c; break;
      case kSub: r.sub = &c; break;
      case kIndicator: r.indicator = &c; break;
      default: r.unassigned.push_back(&c); break;
    }
  }
  for (std::size_t k = 0; k < row.marks.size(); ++k) {
    int month = row.marks[k] - kFirstMonthColumn + 1;
    if (month < 1) continue;  // reported by the caller as unplaced marks
    r.marks.push_back({month, row.raw_marks[k]});
  }
  return r;
}

}  // namespace renaksi::rec
