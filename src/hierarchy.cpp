// Hierarchy: rows → areas, activities and sub-activities, in document order.
//
// Each row is read (row_roles) against where the numbering stands; a row
// with no new area or activity belongs to the current one. The first row
// after a page break is offered to the continuation rules first.
#include <algorithm>
#include <iterator>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "area_names.h"
#include "cell_text.h"
#include "continuation.h"
#include "plan_work.h"
#include "row_roles.h"

namespace renaksi::rec {

void SubWork::Flag(std::string_view code) {
  if (std::find(flags.begin(), flags.end(), code) != flags.end()) return;
  // A flagged record often collects a few: room for them at once.
  constexpr std::size_t kFlagsRoom = 4;
  if (flags.empty()) flags.reserve(kFlagsRoom);
  flags.emplace_back(code);
}

std::string& SubWork::MutableRawText() {
  items_known_ = false;
  first_label_known_ = false;
  return raw_text_;
}

const std::vector<ItemLabel>& SubWork::ItemLabels() const {
  if (!items_known_) {
    items_ = ListLabels(raw_text_);
    items_known_ = true;
  }
  return items_;
}

void SubWork::KnowFirstLabel(const std::optional<Label>& label) {
  first_label_ = label;
  first_label_known_ = true;
}

const std::optional<Label>& SubWork::FirstLabel() const {
  if (!first_label_known_) {
    first_label_ = LeadingLabel(raw_text_);
    first_label_known_ = true;
  }
  return first_label_;
}

std::optional<std::pair<int, int>> SubWork::NumberRange() const {
  const std::optional<Label>& label = FirstLabel();
  if (!label) return std::nullopt;
  return std::make_pair(label->number, ItemLabels().back().number);
}

std::optional<std::pair<int, int>> NumberRange(const std::string& raw_text) {
  auto label = LeadingLabel(raw_text);
  if (!label) return std::nullopt;
  return std::make_pair(label->number, ListLabels(raw_text).back().number);
}

namespace {

// A count of a row's marks for a message, as an int: a row has a few dozen
// cells. (GCC's -Warray-bounds misreads fmt's size_t formatting inlined here.)
int MarkCount(std::size_t count) { return static_cast<int>(count); }

// The last words of a text, for showing where a cut cell ended: at most
// 40 bytes, from a UTF-8 lead byte, after "…" when cut. The messages quote
// it (never longer than their 50-byte excerpts).
struct Ending {
  explicit Ending(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) {
      tail = text;
      return;
    }
    std::size_t cut = text.size() - kMax;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    ellipsis = "…";
    tail = text.substr(cut);
  }
  std::string_view ellipsis;
  std::string_view tail;
};

// The sub-activities room is made for in an activity at its first, and the
// activities in an area: a plan has a few of each per parent.
constexpr std::size_t kSubsPerActivity = 4;
constexpr std::size_t kActivitiesPerArea = 4;

class PlanBuilder {
 public:
  PlanBuilder(const RawTable& table, Diagnostics& diags) : table_(table), diags_(diags) {
    work_.last_column = table.last_column;
  }

  PlanWork Build() {
    for (std::size_t i = 0; i < table_.rows.size(); ++i) ProcessRow(i);
    return std::move(work_);
  }

 private:
  // A row is parsed once: a page-start row peeks at the next row's labels,
  // and that parse is kept for when the next row is processed. Both rows
  // are parsed into lists kept from row to row, not allocated per row.
  ParsedRow& TakeParsed(std::size_t i) {
    if (lookahead_known_ && lookahead_index_ == i) {
      std::swap(row_, lookahead_);
      lookahead_known_ = false;
    } else {
      ParseRowInto(table_.rows[i], row_);
    }
    return row_;
  }

  const ParsedRow& PeekParsed(std::size_t i) {
    if (!lookahead_known_ || lookahead_index_ != i) {
      ParseRowInto(table_.rows[i], lookahead_);
      lookahead_index_ = i;
      lookahead_known_ = true;
    }
    return lookahead_;
  }

  struct Touched {
    bool area = false, activity = false, sub = false, indicator = false;
  };

  AreaWork* Area() { return work_.areas.empty() ? nullptr : &work_.areas.back(); }
  ActivityWork* Activity() {
    AreaWork* a = Area();
    return a == nullptr || a->activities.empty() ? nullptr : &a->activities.back();
  }
  SubWork* Sub() {
    ActivityWork* a = Activity();
    return a == nullptr || a->subs.empty() ? nullptr : &a->subs.back();
  }

  Context MakeContext() const {
    Context c;
    c.previous_shift = previous_shift_;
    if (work_.areas.empty()) return c;
    const AreaWork& area = work_.areas.back();
    c.have_area = true;
    c.activities_in_area = static_cast<int>(area.activities.size());
    if (area.activities.empty()) return c;
    const ActivityWork& act = area.activities.back();
    if (act.label) {
      c.last_activity_number = act.label->number;
      c.activity_style = act.label->style;
    }
    c.subs_in_activity = static_cast<int>(act.subs.size());
    if (!act.subs.empty()) {
      const SubWork& sub = act.subs.back();
      if (const auto& label = sub.FirstLabel()) {  // as NumberRange, keeping the style
        c.last_sub_number = sub.ItemLabels().back().number;
        c.sub_style = label->style;
      }
    }
    return c;
  }

  PreviousTexts Previous() {
    PreviousTexts p;
    p.line = previous_line_;
    p.fragment_shift = fragment_shift_;
    if (touched_.area && Area()) p.by_role[kArea] = &Area()->name;
    if (touched_.activity && Activity()) p.by_role[kActivity] = &Activity()->name;
    if (touched_.sub && Sub()) p.by_role[kSub] = &Sub()->raw_text();
    if (touched_.indicator && Sub() && !Sub()->rows.empty()) {
      p.by_role[kIndicator] = &Sub()->rows.back().text;
    }
    return p;
  }

  // The first label of the next row's activity/sub-activity cells: tells
  // whether the numbering jumps right after a fragment.
  std::optional<int> NextLabel(std::size_t i) {
    if (i + 1 >= table_.rows.size()) return std::nullopt;
    const ParsedRow& next = PeekParsed(i + 1);
    for (const Cell& c : next.leading) {
      if (c.col < kActivity) continue;
      if (const std::optional<Label>& label = CellLabel(c)) return label->number;
    }
    return std::nullopt;
  }

  void ProcessRow(std::size_t i) {
    ParsedRow& row = TakeParsed(i);
    if (row.Empty()) return;
    if (row.leading.empty() && row.marks.empty()) {
      AttachTail(row, /*alone=*/true);
      return;
    }
    if (row.starts_page && previous_line_ != 0) {
      ContinuationPlan plan = PlanContinuation(row, Previous(), MakeContext(), NextLabel(i));
      for (const auto& fc : plan.merge) Merge(fc, row.line);
      for (const auto& fc : plan.orphans) ReportOrphan(fc, row.line);
      bool consumed = !plan.merge.empty() || !plan.orphans.empty();
      if (!plan.merge.empty()) fragment_shift_ = plan.shift;
      DropPlanned(row, plan);
      if (consumed && row.leading.empty()) {
        if (!row.marks.empty()) MergeMarks(row);
        if (!row.tail.empty()) AttachTail(row, /*alone=*/false);
        return;
      }
    }
    Apply(ChooseReading(row, MakeContext()), row);
    previous_line_ = row.line;
    fragment_shift_.reset();
  }

  // ---- continuations ----

  void Merge(const FragmentCell& fc, int line) {
    std::string* target = nullptr;
    int role = fc.role;
    if (role == kArea && Area()) {
      target = &Area()->name;
      Area()->canonical_known = false;  // the name changes
    }
    if (role == kActivity && Activity()) target = &Activity()->name;
    if (role == kSub && Sub()) target = &Sub()->MutableRawText();
    if (role == kIndicator && Sub()) {
      if (Sub()->rows.empty()) Sub()->rows.push_back({line, "", {}});
      target = &Sub()->rows.back().text;
    }
    if (target == nullptr) {
      ReportUnplaced(*fc.cell, line, "no cell above it to continue");
      return;
    }
    // Written before the text changes: it quotes how the text ended.
    const Ending before(*target);
    std::string message = Message(
        FMT_COMPILE("text after the page break continues the {} cell of line {}: {} appended "
                    "after \"{}{}\""),
        RoleName(role), previous_line_, Quoted(fc.cell->text), before.ellipsis, before.tail);
    *target = cell::JoinFragment(*target, fc.cell->text);
    diags_.Warning("continuation-merged", line, std::move(message));
    if (SubWork* s = Sub(); s != nullptr && (role != kActivity || !Activity()->subs.empty())) {
      s->Flag("continuation-merged");
      s->line_end = std::max(s->line_end, line);
    } else if (Activity()) {
      Activity()->pending_flags.push_back("continuation-merged");
    }
  }

  // Marks left alone on a continuation row belong to the row above; they
  // are read with that row's shift.
  void MergeMarks(const ParsedRow& row) {
    SubWork* s = Sub();
    if (s == nullptr) {
      ReportMarksUnplaced(row);
      return;
    }
    if (s->rows.empty()) s->rows.push_back({row.line, "", {}});
    std::vector<int> months;
    for (std::size_t k = 0; k < row.marks.size(); ++k) {
      int month = row.marks[k] - previous_shift_ - kFirstMonthColumn + 1;
      if (month < 1) continue;
      s->rows.back().marks.push_back({month, row.raw_marks[k]});
      months.push_back(month);
    }
    s->Flag("continuation-merged");
    s->line_end = std::max(s->line_end, row.line);
    diags_.Warning("continuation-merged", row.line,
                   Message(FMT_COMPILE("marks alone after the page break added to the row of line {} "
                               "(months {})"),
                               previous_line_, FormatMonths(months)));
  }

  void ReportOrphan(const FragmentCell& fc, int line) {
    const std::string* prev = Previous().by_role[fc.role];
    const Ending before(prev ? std::string_view(*prev) : std::string_view());
    auto context = MakeContext();
    diags_.Warning(
        "text-unassigned", line,
        Message(FMT_COMPILE("fragment {} after the page break is not glued to a neighbour: the {} "
                    "cell above ends a complete item (\"{}{}\") and the sub-activity numbering "
                    "jumps past {} right after it, so it is the remnant of a lost row; kept "
                    "here verbatim"),
                    Quoted(fc.cell->text, 200), RoleName(fc.role),
                    before.ellipsis, before.tail,
                    context.last_sub_number.value_or(0) + 1));
  }

  void ReportUnplaced(const Cell& c, int line, const char* why) {
    diags_.Warning("text-unassigned", line,
                   Message(FMT_COMPILE("text in column {} could not be placed ({}): {}"), c.raw_col + 1,
                               why, Quoted(c.text, 200)));
  }

  void ReportMarksUnplaced(const ParsedRow& row) {
    diags_.Warning("text-unassigned", row.line,
                   Message(FMT_COMPILE("{} √ mark(s) with no sub-activity to belong to ignored"),
                               MarkCount(row.marks.size())));
  }

  // ---- ordinary rows ----

  // The area's canonical id, kept for the settled record.
  static const std::optional<std::string>& KnowCanonical(AreaWork& area) {
    area.canonical = CanonicalArea(area.name);
    area.canonical_known = true;
    return area.canonical;
  }

  void StartArea(const Reading& r, int line) {
    AreaWork area;
    area.line = line;
    area.label = r.area_label;
    if (r.area) {
      std::string rest;
      auto inner = LeadingLabel(r.area->text, &rest);
      area.name = inner && !r.area_label ? rest : std::string(r.area->text);
      if (inner && !area.label) area.label = inner;
    }
    if (area.name.empty()) {
      diags_.Warning("name-missing", line,
                     Message(FMT_COMPILE("area number {} has no name in its row"),
                                 area.label ? area.label->text.view() : "?"));
    } else if (!KnowCanonical(area)) {
      diags_.Warning("area-unknown", line,
                     Message(FMT_COMPILE("area {} is not one of the 8 national areas of change; "
                                 "canonical id left null"),
                                 Quoted(area.name)));
    }
    work_.areas.push_back(std::move(area));
  }

  void EnsureArea(int line) {
    if (Area()) return;
    diags_.Warning("area-missing", line,
                   "table rows before any area of change: placed under an area with no name");
    work_.areas.emplace_back().line = line;
  }

  void StartActivity(const Cell* c, int line, bool implicit) {
    EnsureArea(line);
    ActivityWork act;
    act.line = line;
    act.implicit = implicit;
    if (c) {
      if (c->number) {
        act.label = c->number;
        act.name = c->text;
      } else {
        act.label = CellLabel(*c);  // LeadingLabel(c->text), kept with the cell
        act.name = std::string(act.label ? TextAfterLabel(c->text, *act.label) : c->text);
      }
      if (act.name.empty() && act.label) {
        diags_.Warning("name-missing", line,
                       Message(FMT_COMPILE("activity {} has an empty name cell; name left null"),
                                   act.label->text.view()));
      }
    }
    std::vector<ActivityWork>& activities = Area()->activities;
    if (activities.empty()) activities.reserve(kActivitiesPerArea);  // as kSubsPerActivity
    activities.push_back(std::move(act));
  }

  void EnsureActivity(int line) {
    if (Activity()) return;
    EnsureArea(line);
    diags_.Warning("activity-missing", line,
                   "sub-activity before any activity in its area: placed under an activity "
                   "with no name");
    StartActivity(nullptr, line, /*implicit=*/true);
  }

  // `cell`: the sub-activity cell the record starts from, if any (else its
  // text is empty); the label it was found to start with is the record's
  // first label.
  SubWork& StartSub(int line, const Cell* cell = nullptr) {
    EnsureActivity(line);
    ActivityWork* act = Activity();
    const bool first = act->subs.empty();
    // Most activities have a few sub-activities: room for them at once,
    // rather than moving them on each of the first growths.
    if (first) act->subs.reserve(kSubsPerActivity);
    SubWork& sub = act->subs.emplace_back();  // built in place, not moved in
    sub.line_start = sub.line_end = line;
    // Built, not assigned into.
    sub.MutableRawText() = std::string(cell != nullptr ? cell->text : std::string_view());
    // A joined lone label is the cell's number, not the label its text starts with.
    if (cell != nullptr && !cell->number) sub.KnowFirstLabel(CellLabel(*cell));
    if (first) {
      for (const auto& f : act->pending_flags) sub.Flag(f);
      act->pending_flags.clear();
    }
    return sub;
  }

  // A sub-activity numbered 1 again, with no activity in its row, under an
  // activity whose sub-activities are numbered: the activity row is lost.
  bool IsLostActivityRestart(const Reading& r) {
    if (r.activity || r.area || r.area_label || !r.sub) return false;
    const std::optional<Label>& label = CellLabel(*r.sub);
    if (!label || label->number != 1) return false;
    return MakeContext().last_sub_number.has_value();
  }

  // The parts are written into one buffer, "; " between them, rather than
  // formatted one by one and joined.
  std::string DescribeReading(const Reading& r, const ParsedRow& row) {
    fmt::memory_buffer out;
    auto next_part = [&out] {
      if (out.size() != 0) out.append(std::string_view("; "));
    };
    for (const auto& joined : row.joined_numbers) {
      next_part();
      fmt::format_to(
          fmt::appender(out),
          FMT_COMPILE("the lone label \"{}\" is joined to {} and the rest of the row read one column left"),
          joined.label,
          joined.next_empty ? "the empty cell after it (no name printed there)"
                            : "the name in the next cell");
    }
    if (r.shift != 0) {
      next_part();
      fmt::format_to(fmt::appender(out), FMT_COMPILE("cells read {} column{} {} of the header"),
                     std::abs(r.shift), std::abs(r.shift) == 1 ? "" : "s",
                     r.shift < 0 ? "left" : "right");
    }
    if (r.activity && r.activity_source != ActivitySource::kColumn) {
      // Name the column where the user sees the text in the source line: on
      // a shifted row the role's column and the printed column differ.
      int printed = r.activity->raw_col;
      const char* name = printed == 0   ? "NO"
                         : printed == 1 ? "AREA PERUBAHAN"
                         : r.activity_source == ActivitySource::kNoColumn ? "NO"
                                                                           : "AREA PERUBAHAN";
      next_part();
      fmt::format_to(fmt::appender(out), FMT_COMPILE("the text {} printed in column {} ({}) is the activity"),
                     Quoted(r.activity->text, 50), printed + 1, name);
    }
    bool any_role = false;
    auto add_role = [&](const Cell* c, const char* what) {
      if (!c) return;
      if (any_role) {
        out.append(std::string_view(", "));
      } else {
        next_part();
        any_role = true;
      }
      fmt::format_to(fmt::appender(out), FMT_COMPILE("{} in column {}"), what, c->raw_col + 1);
    };
    add_role(r.sub, "sub-activity");
    add_role(r.indicator, "indicator");
    if (!r.marks.empty()) {
      std::vector<int> cols;
      cols.reserve(r.marks.size());
      for (const MarkedMonth& m : r.marks) cols.push_back(m.column + 1);
      const bool one = cols.size() == 1;
      next_part();
      // The lists are written straight into the message.
      fmt::format_to(fmt::appender(out), FMT_COMPILE("{} "),
                     one ? "the mark in column" : "marks in columns");
      AppendMonths(out, cols);
      fmt::format_to(fmt::appender(out), FMT_COMPILE(" read as {} "), one ? "month" : "months");
      AppendMonths(out, r.Months());
      out.append(std::string_view(" (months start right after the row's own indicator cell)"));
    }
    return fmt::to_string(out);
  }

  // The row's indicator text and marks, a row of `sub`; the reading's marks
  // move over (see Apply).
  static void AddIndicatorRow(SubWork& sub, Reading& r, int line) {
    IndicatorRow& ind = sub.rows.emplace_back();
    ind.line = line;
    if (r.indicator) ind.text = std::string(r.indicator->text);  // built, not assigned into
    ind.marks = std::move(r.marks);
    sub.line_end = std::max(sub.line_end, line);
  }

  // The reading is used up: its marks move into the record, so what is
  // said about them is worked out first.
  void Apply(Reading&& r, const ParsedRow& row) {
    int line = row.line;
    bool shifted = r.shift != 0 || !row.joined_numbers.empty() ||
                   (r.activity && r.activity_source != ActivitySource::kColumn);
    std::string shift_note = shifted ? DescribeReading(r, row) : std::string();
    const std::size_t placed_marks = r.marks.size();
    if (r.area || r.area_label) StartArea(r, line);
    bool restart = IsLostActivityRestart(r);
    if (restart) {
      int last = MakeContext().last_sub_number.value_or(0);
      StartActivity(nullptr, line, /*implicit=*/true);
      diags_.Warning("numbering-restart", line,
                     Message(FMT_COMPILE("sub-activity numbering restarts at 1 (after {}) with no "
                                 "activity in its row: the activity row seems lost, so {} "
                                 "and what follows are placed under an activity with no name"),
                                 last, Quoted(r.sub->text, 60)));
    }
    if (r.activity) StartActivity(r.activity, line, /*implicit=*/false);
    SubWork* target = nullptr;
    bool has_indicator_row = r.indicator != nullptr || !r.marks.empty();
    if (r.sub) {
      target = &StartSub(line, r.sub);
      if (restart) target->Flag("numbering-restart");
    } else if (has_indicator_row) {
      ActivityWork* act = Activity();
      if (act != nullptr && !act->subs.empty() && !r.activity) {
        target = Sub();
      } else {
        target = &StartSub(line);
        target->Flag("sub-activity-missing");
        diags_.Warning("sub-activity-missing", line,
                       "indicator or marks with an empty SUB KEGIATAN cell and no "
                       "sub-activity above in this activity: recorded with an empty text");
      }
    }
    if (target != nullptr && has_indicator_row) AddIndicatorRow(*target, r, line);
    if (shifted) {
      diags_.Warning("row-shift-repaired", line, std::move(shift_note));
      if (target != nullptr) {
        target->Flag("row-shift-repaired");
      } else if (Activity()) {
        Activity()->pending_flags.push_back("row-shift-repaired");
      }
    }
    for (const Cell* c : r.unassigned) {
      ReportUnplaced(*c, line, "a second activity text in one row");
      if (target) target->Flag("text-unassigned");
    }
    if (placed_marks < row.marks.size()) {
      diags_.Warning("text-unassigned", line,
                     Message(FMT_COMPILE("{} √ mark(s) sit inside the text columns and were ignored"),
                                 MarkCount(row.marks.size() - placed_marks)));
    }
    if (!row.tail.empty()) AttachTail(row, /*alone=*/false);
    touched_ = {r.area != nullptr, r.activity != nullptr, r.sub != nullptr,
                r.indicator != nullptr};
    previous_shift_ = r.shift;
  }

  // The texts right of the marks, one space between them; most rows have
  // one, which is the text.
  static std::string JoinTail(const ParsedRow& row) {
    if (row.tail.size() == 1) return std::string(row.tail.front().text);
    std::string text;
    for (std::size_t k = 0; k < row.tail.size(); ++k) {
      if (k != 0) text += ' ';
      text += row.tail[k].text;
    }
    return text;
  }

  // Text right of the marks: the responsible unit (PENANGGUNG JAWAB layout)
  // or a remark (KET layout).
  void AttachTail(const ParsedRow& row, bool alone) {
    std::string text = JoinTail(row);
    SubWork* s = Sub();
    if (s == nullptr) {
      diags_.Warning("text-unassigned", row.line,
                     Message(FMT_COMPILE("text {} right of the month columns has no sub-activity to "
                                 "belong to"),
                                 Quoted(text, 200)));
      return;
    }
    s->line_end = std::max(s->line_end, row.line);
    if (work_.last_column == LastColumn::kKet) {
      s->notes.push_back(std::move(text));
      return;
    }
    if (!s->responsible) {
      s->responsible = std::move(text);
      s->responsible_line = row.line;
      s->responsible_alone = alone;
      return;
    }
    if (*s->responsible == text) return;
    diags_.Warning("responsible-conflict", row.line,
                   Message(FMT_COMPILE("a second responsible unit {} for the sub-activity of line {} "
                               "(already {}); the first is kept"),
                               Quoted(text), s->line_start, Quoted(*s->responsible)));
    s->Flag("responsible-conflict");
  }

  const RawTable& table_;
  Diagnostics& diags_;
  PlanWork work_;
  Touched touched_;
  int previous_line_ = 0;
  int previous_shift_ = 0;
  std::optional<int> fragment_shift_;
  ParsedRow row_;  // the row being processed
  ParsedRow lookahead_;
  bool lookahead_known_ = false;
  std::size_t lookahead_index_ = 0;
};

}  // namespace

PlanWork BuildPlan(const RawTable& table, Diagnostics& diags) {
  return PlanBuilder(table, diags).Build();
}

}  // namespace renaksi::rec
