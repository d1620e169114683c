// The plan while it is being rebuilt: raw texts kept as read (labels,
// lists and months are settled once every continuation has been merged).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "cell_text.h"
#include "months.h"
#include "numbered_list.h"
#include "renaksi/diagnostic.h"
#include "renaksi/table.h"

namespace renaksi::rec {

// A diagnostic's message. fmt::format of a compiled format appends to a
// std::string piece by piece, reallocating it as it grows; the message is
// written into fmt's inline buffer instead and copied out once.
template <typename Format, typename... Args>
std::string Message(const Format& format, const Args&... args) {
  fmt::memory_buffer out;
  fmt::format_to(fmt::appender(out), format, args...);
  return fmt::to_string(out);
}

// A text in double quotes for a message, cut as cell::Excerpt(text, max)
// cuts it: written straight into the message, with no copy of the excerpt.
struct Quoted {
  explicit Quoted(std::string_view text_, std::size_t max_ = 70) : text(text_), max(max_) {}
  std::string_view text;
  std::size_t max;
};

struct IndicatorRow {
  int line = 0;
  std::string text;                 // raw indicator cell text, may be empty
  std::vector<MarkedMonth> marks;   // months as read on this row
};

struct SubWork {
  int line_start = 0;
  int line_end = 0;
  std::vector<IndicatorRow> rows;
  std::optional<std::string> responsible;
  int responsible_line = 0;
  bool responsible_alone = false;  // printed on a line of its own
  std::vector<std::string> notes;
  std::vector<std::string> flags;

  // Adds `code` once; most codes are longer than a short string, so a
  // flag already there is not made into a std::string.
  void Flag(std::string_view code);

  // The cell's text with its printed label.
  const std::string& raw_text() const { return raw_text_; }
  // The text to change, once (ask again for a later change): the labels
  // worked out from the text are forgotten.
  std::string& MutableRawText();

  // ListLabels(raw_text()): the labels of the items SplitList finds. The
  // context of every later row, the numbering checks and the settled record
  // all read them, so they are worked out once and again only after the
  // text has changed (a merged fragment).
  const std::vector<ItemLabel>& ItemLabels() const;

  // LeadingLabel(raw_text()), kept as ItemLabels() is.
  const std::optional<Label>& FirstLabel() const;
  // Gives FirstLabel() when the caller knows it already (the label of the
  // cell the text was read from).
  void KnowFirstLabel(const std::optional<Label>& label);

  // NumberRange(raw_text()), from FirstLabel() and ItemLabels().
  std::optional<std::pair<int, int>> NumberRange() const;

 private:
  std::string raw_text_;
  mutable bool items_known_ = false;
  mutable std::vector<ItemLabel> items_;
  mutable bool first_label_known_ = false;
  mutable std::optional<Label> first_label_;
};

struct ActivityWork {
  int line = 0;
  std::optional<Label> label;
  std::string name;       // raw; empty when none was printed
  bool implicit = false;  // created for sub-activities whose activity row is lost
  std::vector<std::string> pending_flags;  // for its first sub-activity
  std::vector<SubWork> subs;
};

struct AreaWork {
  int line = 0;
  std::optional<Label> label;
  std::string name;
  std::vector<ActivityWork> activities;
  // CanonicalArea(name), kept from the check when the area starts and
  // worked out again only after a fragment is merged into the name.
  bool canonical_known = false;
  std::optional<std::string> canonical;
};

struct PlanWork {
  LastColumn last_column = LastColumn::kKet;
  std::vector<AreaWork> areas;
};

// The first and last number a sub-activity cell covers ("1. … 2. … 3. …"
// covers 1..3), null when it has no label.
std::optional<std::pair<int, int>> NumberRange(const std::string& raw_text);

// Builds the plan skeleton from the rows: roles, continuations, hierarchy.
PlanWork BuildPlan(const RawTable& table, Diagnostics& diags);

// Gives rows without a printed responsible unit the one of the merged cell
// they most plausibly share (PENANGGUNG JAWAB layout only).
void InheritResponsible(PlanWork& work, Diagnostics& diags);

// Reports gaps, duplicates, restarts and missing labels in the numbering.
void CheckNumbering(PlanWork& work, Diagnostics& diags);

}  // namespace renaksi::rec

template <>
struct fmt::formatter<renaksi::rec::Quoted> : fmt::formatter<fmt::string_view> {
  template <typename FormatContext>
  auto format(const renaksi::rec::Quoted& quoted, FormatContext& ctx) const {
    const std::string_view text = renaksi::cell::ExcerptHead(quoted.text, quoted.max);
    const bool cut = text.size() != quoted.text.size();
    // The texts are written whole by the string formatter (a byte at a
    // time through the iterator would cost more than the rest).
    auto out = ctx.out();
    *out++ = '"';
    ctx.advance_to(out);
    out = fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
    if (cut) {
      ctx.advance_to(out);
      out = fmt::formatter<fmt::string_view>::format(fmt::string_view("…"), ctx);
    }
    *out++ = '"';
    return out;
  }
};
