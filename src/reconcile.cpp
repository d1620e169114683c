// Reconcile: raw rows → the plan (areas, activities, sub-activities).
//
// The work is split by concern: row_roles reads each row's cells, the
// continuation rules join page-break fragments, hierarchy places rows under
// their area and activity, responsible fills merged PENANGGUNG JAWAB cells,
// numbering checks labels. This file settles each record: its label and
// text, indicator items, months, and the flags of what was repaired.
#include "renaksi/reconcile.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "area_names.h"
#include "cell_text.h"
#include "months.h"
#include "numbered_list.h"
#include "plan_work.h"
#include "row_roles.h"

namespace renaksi {
namespace {

using rec::ActivityWork;
using rec::AreaWork;
using rec::Message;
using rec::Quoted;
using rec::SubWork;

std::optional<std::string> NonEmpty(std::string&& text) {
  if (text.empty()) return std::nullopt;
  return std::move(text);
}

// Cuts the label and what follows it up to the text (TextAfterLabel) out
// of `text` in place, so the settled text takes the cell's buffer instead
// of a copy.
void CutLabel(std::string& text, const Label& label) {
  cell::KeepOnly(text, rec::TextAfterLabel(text, label));
}

void SettleText(SubWork& work, SubActivity& sub, Diagnostics& diags) {
  // FirstLabel() is LeadingLabel(raw_text()), kept from the numbering.
  const std::optional<Label>& label = work.FirstLabel();
  if (!label) {
    sub.text = std::move(work.MutableRawText());  // read no more: the record is settled
    return;  // an unlabeled cell is no list of items
  }
  sub.label = label->text.str();
  const std::vector<ItemLabel>& items = work.ItemLabels();
  if (items.size() >= 2) {
    std::vector<std::string_view> labels;
    labels.reserve(items.size());
    for (const auto& it : items) labels.push_back(it.label ? it.label->view() : "?");
    work.Flag("multi-item");
    diags.Info("multi-item", work.line_start,
               Message(FMT_COMPILE("the sub-activity cell lists {} numbered items ({}); kept as one "
                           "record, its months belong to the row as a whole"),
                           items.size(), fmt::join(labels, " ")));
  }
  const Label first = *label;  // the text changes below, and with it the kept label
  std::string& text = work.MutableRawText();
  CutLabel(text, first);
  sub.text = std::move(text);  // read no more: the record is settled
}

// The rows' texts are used up (see SettleSub).
void SettleIndicators(SubWork& work, SubActivity& sub) {
  for (auto& row : work.rows) {
    if (row.text.empty()) continue;
    // A record's indicators run to a few items: room for them at once,
    // rather than on each of the first growths.
    constexpr std::size_t kItemsRoom = 4;
    if (sub.indicators.empty()) sub.indicators.reserve(kItemsRoom);
    AppendItemTexts(std::move(row.text), sub.indicators);
  }
}

bool HasOverflow(const rec::IndicatorRow& row) {
  return std::any_of(row.marks.begin(), row.marks.end(),
                     [](const rec::MarkedMonth& m) { return m.month > 12; });
}

// Appends `field` of the marks it gives a value for, as compact ranges
// (AppendMonths); `list` is scratch room, so the lists of a message share
// one allocation.
template <typename Field>
void AppendMarks(fmt::memory_buffer& out, const std::vector<rec::MarkedMonth>& marks,
                 std::vector<int>& list, Field field) {
  list.clear();
  for (const auto& m : marks) {
    if (const std::optional<int> value = field(m)) list.push_back(*value);
  }
  rec::AppendMonths(out, list);
}

// The marks of a row past December (clamped by MonthSet), reported with
// the row's columns and months as compact ranges ("columns 6–20 → months 1–15").
// The lists are written straight into the message.
void ReportOverflow(const rec::IndicatorRow& row, Diagnostics& diags) {
  using rec::MarkedMonth;
  auto column = [](const MarkedMonth& m) { return std::optional<int>(m.column + 1); };
  auto month = [](const MarkedMonth& m) { return std::optional<int>(m.month); };
  auto past = [](const MarkedMonth& m) {
    return m.month > 12 ? std::optional<int>(m.month) : std::nullopt;
  };
  std::vector<int> list;
  list.reserve(row.marks.size());
  fmt::memory_buffer out;
  // As an int: GCC's -Warray-bounds misreads fmt's size_t formatting inlined here.
  fmt::format_to(fmt::appender(out),
                 FMT_COMPILE("{} √ mark(s) after the indicator cell (columns "),
                 static_cast<int>(row.marks.size()));
  AppendMarks(out, row.marks, list, column);
  out.append(std::string_view(" → months "));
  AppendMarks(out, row.marks, list, month);
  out.append(std::string_view("); month(s) "));
  AppendMarks(out, row.marks, list, past);
  out.append(std::string_view(" lie past December and no reading of the row places them in "
                              "1..12: clamped to month 12"));
  diags.Warning("months-overflow", row.line, fmt::to_string(out));
}

// The months of a record over several rows, each row's own marks listed
// (clamped to 12) after its indicator; written into one buffer rather than
// formatted part by part and joined.
void ReportMultiRow(const SubWork& work, int rows_with_content, const std::vector<int>& months,
                    Diagnostics& diags) {
  fmt::memory_buffer out;
  fmt::format_to(fmt::appender(out),
                 FMT_COMPILE("one sub-activity over {} rows, each indicator with its own marks; "
                             "months are their union ("),
                 rows_with_content);
  rec::AppendMonths(out, months);
  out.append(std::string_view("): "));
  auto clamped = [](const rec::MarkedMonth& m) {
    return std::optional<int>(std::min(m.month, 12));
  };
  std::vector<int> list;
  for (std::size_t k = 0; k < work.rows.size(); ++k) {
    const rec::IndicatorRow& row = work.rows[k];
    if (k != 0) out.append(std::string_view("; "));
    if (row.text.empty()) {
      out.append(std::string_view("(no indicator text)"));
    } else {
      fmt::format_to(fmt::appender(out), FMT_COMPILE("{}"), Quoted(row.text, 40));
    }
    fmt::format_to(fmt::appender(out), FMT_COMPILE(" line {}: months "), row.line);
    AppendMarks(out, row.marks, list, clamped);
  }
  diags.Info("multi-row", work.line_start, fmt::to_string(out));
}

// Reads the rows' texts: before SettleIndicators.
void SettleMonths(SubWork& work, SubActivity& sub, Diagnostics& diags) {
  // The months are the union of the rows' marks, clamped to 1..12.
  rec::MonthSet marked;
  for (const auto& row : work.rows) {
    if (HasOverflow(row)) {  // most rows have no mark past December
      ReportOverflow(row, diags);
      work.Flag("months-overflow");
    }
    marked.Add(row.marks);
  }
  sub.months = marked.Months();
  int rows_with_content = 0;
  for (const auto& row : work.rows) {
    if (!row.text.empty() || !row.marks.empty()) ++rows_with_content;
  }
  if (rows_with_content >= 2) {
    work.Flag("multi-row");
    ReportMultiRow(work, rows_with_content, sub.months, diags);
  }
}

// After SettleMonths and SettleIndicators: it says whether the record has
// an indicator.
void ReportNoMonths(SubWork& work, const SubActivity& sub, Diagnostics& diags) {
  if (sub.months.empty()) {
    bool has_indicator = !sub.indicators.empty();
    work.Flag("months-none");
    diags.Warning("months-none", work.line_start,
                  has_indicator
                      ? std::string("sub-activity has no √ mark in any month column")
                      : std::string("sub-activity has no indicator and no √ mark on its row; "
                                    "the indicator and marks above may span it (vertically "
                                    "merged cells) but are not copied"));
  }
}

// The record is settled last, so its texts, responsible unit and flags
// move over instead of being copied; it is built in its place in the
// activity (a SubActivity is large to move).
void SettleSub(SubWork& work, int no, SubActivity& sub, Diagnostics& diags) {
  sub.no = no;
  SettleText(work, sub, diags);
  // The months are settled before the indicators, which take the rows'
  // texts over; what they say is reported in the order of the rules
  // (months past December, several rows, no months).
  SettleMonths(work, sub, diags);
  SettleIndicators(work, sub);
  ReportNoMonths(work, sub, diags);
  sub.responsible = std::move(work.responsible);
  if (work.notes.size() == 1) {
    sub.note = std::move(work.notes.front());  // joining one note is the note
  } else if (!work.notes.empty()) {
    sub.note = Message(FMT_COMPILE("{}"), fmt::join(work.notes, "; "));
  }
  sub.line_start = work.line_start;
  sub.line_end = work.line_end;
  sub.flags = std::move(work.flags);
}

void SettleActivity(ActivityWork& work, int no, Activity& act, Diagnostics& diags) {
  act.no = no;
  if (work.label) act.label = work.label->text.str();
  act.line = work.line;
  if (work.subs.empty()) {
    diags.Warning("sub-activity-missing", work.line,
                  Message(FMT_COMPILE("activity {} has no sub-activity rows"),
                              Quoted(work.name, 60)));
  }
  act.name = NonEmpty(std::move(work.name));  // read no more: the record is settled
  act.sub_activities.resize(work.subs.size());
  for (std::size_t k = 0; k < work.subs.size(); ++k) {
    SettleSub(work.subs[k], static_cast<int>(k) + 1, act.sub_activities[k], diags);
  }
}

}  // namespace

Plan Reconcile(const RawTable& table, Diagnostics& diags) {
  Plan plan;
  plan.table_found = table.found;
  plan.has_responsible_column = table.last_column == LastColumn::kPenanggungJawab;
  plan.table_line = table.header_line;
  if (!table.found) return plan;

  rec::PlanWork work = rec::BuildPlan(table, diags);
  rec::InheritResponsible(work, diags);
  rec::CheckNumbering(work, diags);
  plan.areas.resize(work.areas.size());
  for (std::size_t a = 0; a < work.areas.size(); ++a) {
    AreaWork& aw = work.areas[a];
    Area& area = plan.areas[a];
    area.no = static_cast<int>(a) + 1;
    if (aw.label) area.label = aw.label->text.str();
    area.canonical = aw.canonical_known ? std::move(aw.canonical) : CanonicalArea(aw.name);
    area.name = std::move(aw.name);  // read no more: the record is settled
    area.line = aw.line;
    area.activities.resize(aw.activities.size());
    for (std::size_t k = 0; k < aw.activities.size(); ++k) {
      SettleActivity(aw.activities[k], static_cast<int>(k) + 1, area.activities[k], diags);
    }
  }
  return plan;
}

}  // namespace renaksi
