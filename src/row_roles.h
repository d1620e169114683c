// Row roles: which cell of a physical row is the area, the activity, the
// sub-activity, the indicator, which are month marks and which text trails
// them (responsible unit / remark).
//
// Converters collapse and insert empty cells, so a row's cells can sit one
// or two columns left or right of the header. The reader tries every shift
// and keeps the cheapest consistent reading: marks must fall after the
// text, the numbering must continue the current sequence, an area name
// belongs in the area column, and a shift must pay for itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "months.h"
#include "numbered_list.h"
#include "renaksi/table.h"

namespace renaksi::rec {

// Canonical column positions (the header's 18 columns, 0-based).
enum Role { kNo = 0, kArea = 1, kActivity = 2, kSub = 3, kIndicator = 4 };
inline constexpr int kFirstMonthColumn = 5;

const char* RoleName(int role);

// A cell's text is a view into the RawRow it was parsed from (see ParseRow):
// rows are read once, several shifts are tried on each and the first row
// after a page break is split into a fragment and a rest, so a copy of
// every text would cost an allocation per cell and per copy of the row.
struct Cell {
  Cell() = default;
  Cell(int col_, int raw_col_, std::string_view text_, std::optional<Label> number_)
      : col(col_), raw_col(raw_col_), text(text_), number(number_) {}

  int col = 0;      // logical column (after joining lone numbers to their text)
  int raw_col = 0;  // column in the source line
  std::string_view text;
  std::optional<Label> number;  // a lone label joined from the cell before

  // What the text says, worked out on first use and kept with the cell
  // (see CellLabel, IsAreaNameCell): a row's cells are asked by the
  // continuation rules, by each shift tried and by the hierarchy, and the
  // next row's by a page-start row before their own turn.
  mutable bool label_known = false;
  mutable std::optional<Label> label;
  mutable signed char area_name = -1;  // -1 unknown, else 0 / 1
};

struct ParsedRow {
  int line = 0;
  bool starts_page = false;
  std::vector<Cell> leading;  // text before the marks
  std::vector<int> marks;     // logical columns of √ marks
  std::vector<int> raw_marks; // their source columns
  std::vector<Cell> tail;     // text after the marks (or far right)
  // Lone labels joined to the next cell, and whether that cell was empty (a
  // label printed with no name: the name is missing, not shifted).
  struct JoinedLabel {
    std::string_view label;  // into the RawRow, as Cell::text
    bool next_empty = false;
  };
  std::vector<JoinedLabel> joined_numbers;
  bool Empty() const { return leading.empty() && marks.empty() && tail.empty(); }
};

// Splits a row into leading text, marks and tail; a lone label in the area,
// activity or sub-activity column ("1." then the name in the next cell) is
// joined to the cell after it, and everything right of it moves one column
// left: that row is shifted right after the label.
ParsedRow ParseRow(const RawRow& row);
// The same into `out`, whose lists are cleared and refilled: a reader of
// many rows keeps their capacity instead of allocating them per row.
void ParseRowInto(const RawRow& row, ParsedRow& out);

// Where the numbering stands when a row is read.
struct Context {
  bool have_area = false;
  int activities_in_area = 0;
  std::optional<int> last_activity_number;
  std::optional<LabelStyle> activity_style;
  int subs_in_activity = 0;
  std::optional<int> last_sub_number;
  std::optional<LabelStyle> sub_style;
  int previous_shift = 0;
};

enum class ActivitySource { kColumn, kNoColumn, kAreaColumn };

// The cells a reading gives a role point into the row it reads (null: no
// cell has the role), so the row must outlive the reading: the 5 shifts
// tried per row copy no cell text.
struct Reading {
  int shift = 0;  // +1: the row's cells sit one column right of the header
  bool valid = true;
  std::optional<Label> area_label;
  const Cell* area = nullptr;  // a cell holding an area name
  const Cell* activity = nullptr;
  ActivitySource activity_source = ActivitySource::kColumn;
  const Cell* sub = nullptr;
  const Cell* indicator = nullptr;
  std::vector<const Cell*> unassigned;
  // Per mark placed: its month (may exceed 12) and source column, in one
  // list, so a reading allocates once for its marks.
  std::vector<MarkedMonth> marks;
  double cost = 0;

  std::vector<int> Months() const;  // the marks' months, in order
};

// The label a cell carries: the joined lone label, or the one its text
// starts with.
const std::optional<Label>& CellLabel(const Cell& cell);

// LeadingLabel(text, &rest)'s rest, given the label LeadingLabel(text)
// found: the text after the label and the RE2 spaces (\s) after it,
// trimmed. A view into `text`.
std::string_view TextAfterLabel(std::string_view text, const Label& label);

// Whether the cell's text is one of the 8 area names (CanonicalArea).
bool IsAreaNameCell(const Cell& cell);

// Reads the row under one shift (exposed for tests).
Reading ReadWithShift(const ParsedRow& row, int shift, const Context& context);

// The cheapest valid reading over shifts -2..+2.
Reading ChooseReading(const ParsedRow& row, const Context& context);

}  // namespace renaksi::rec
