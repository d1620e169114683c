// Numbering: printed labels against document order, per parent. The ordinal
// `no` always follows document order; the printed label is kept as printed.
// What does not fit is reported: a gap (1 then 3), a duplicate, a restart,
// an item without a label among numbered siblings.
#include <fmt/compile.h>
#include <fmt/format.h>

#include "cell_text.h"
#include "numbered_list.h"
#include "plan_work.h"

namespace renaksi::rec {
namespace {

// The parent items are numbered under, as a message names it: " (activity
// of line 12)", nothing for the areas. Written only into a message that is
// reported: most parents have none, so no text is made for them.
struct Parent {
  const char* kind = nullptr;  // "activity" or "area"; null for none
  int line = 0;
};

}  // namespace
}  // namespace renaksi::rec

template <>
struct fmt::formatter<renaksi::rec::Parent> : fmt::formatter<fmt::string_view> {
  template <typename FormatContext>
  auto format(const renaksi::rec::Parent& parent, FormatContext& ctx) const {
    if (parent.kind == nullptr) return ctx.out();
    return fmt::format_to(ctx.out(), FMT_COMPILE(" ({} of line {})"), parent.kind, parent.line);
  }
};

namespace renaksi::rec {
namespace {

struct Item {
  std::optional<Label> label;
  int first = 0;
  int last = 0;
  int line = 0;
  std::string_view text;  // the record's own text, for messages
  SubWork* flag_target = nullptr;
  bool skip_inferred = false;
};

void Report(Diagnostics& diags, const Item& item, const char* code, std::string message) {
  diags.Warning(code, item.line, std::move(message));
  if (item.flag_target) item.flag_target->Flag(code);
}

// A label-shaped number followed by a lowercase word inside a text: a
// garbled label, read as text.
std::optional<std::string> StrayLabel(std::string_view text, int number) {
  for (const auto& m : FindMarkers(text)) {
    if (m.pos > 0 && m.label.number == number) return m.label.text.str();
  }
  return std::nullopt;
}

// How an unlabeled item's position relates to the labels printed after it:
// when the next labeled sibling's number is below its position, the printed
// labels and the ordinal `no` differ from there on, which the user must know.
std::string LabelOffsetNote(const std::vector<Item>& items, std::size_t k) {
  for (std::size_t j = k + 1; j < items.size(); ++j) {
    if (!items[j].label) continue;
    const int position = static_cast<int>(j) + 1;
    if (items[j].first >= position) return "";
    return Message(FMT_COMPILE("; the printed labels after it run {} below their position (\"{}\" is "
                       "number {})"),
                       position - items[j].first, items[j].label->text.view(), position);
  }
  return "";
}

// Why a first item is not numbered 1: carried on from the previous parent's
// numbering (1–7 under one activity, 8 under the next) or simply a gap.
std::string FirstNumberMessage(const Item& it, const char* what, Parent parent,
                               std::optional<int> previous_parent_last) {
  if (previous_parent_last && it.first == *previous_parent_last + 1) {
    return Message(FMT_COMPILE("the first {}{} is numbered \"{}\": it carries on the numbering of the "
                       "previous one (which ends at {}) instead of starting at 1; kept as "
                       "printed"),
                       what, parent, it.label->text.view(), *previous_parent_last);
  }
  return Message(FMT_COMPILE("the first {}{} is numbered {} (expected 1)"), what, parent,
                     it.label->text.view());
}

// `previous_parent_last`: the last number printed under the previous parent
// (sub-activities of the previous activity), when there is one.
void CheckSiblings(std::vector<Item>& items, const char* what, Parent parent,
                   Diagnostics& diags, std::optional<int> previous_parent_last = std::nullopt) {
  bool any_labeled = false;
  for (const auto& it : items) any_labeled |= it.label.has_value();
  std::optional<int> previous;
  const Item* previous_item = nullptr;
  for (std::size_t k = 0; k < items.size(); ++k) {
    Item& it = items[k];
    if (!it.label) {
      if (any_labeled && !it.skip_inferred) {
        Report(diags, it, "numbering-inferred",
               Message(FMT_COMPILE("{} {} has no printed number while its siblings{} are "
                           "numbered: numbered {} by its position{}"),
                           what, Quoted(it.text, 50), parent, k + 1,
                           LabelOffsetNote(items, k)));
      }
      continue;
    }
    int n = it.first;
    if (!previous) {
      if (k == 0 && n != 1) {
        Report(diags, it, "numbering-gap",
               FirstNumberMessage(it, what, parent, previous_parent_last));
      }
    } else if (n > *previous + 1) {
      std::string stray;
      if (previous_item != nullptr) {
        if (auto s = StrayLabel(previous_item->text, *previous + 1)) {
          stray = Message(FMT_COMPILE("; the previous cell holds \"{}\" inside its text, read as "
                              "text (a lowercase word follows it)"),
                              *s);
        }
      }
      Report(diags, it, "numbering-gap",
             Message(FMT_COMPILE("{} numbering{} jumps from {} to {}: {} missing{}"), what, parent,
                         *previous, n,
                         n == *previous + 2 ? Message(FMT_COMPILE("number {} is"), *previous + 1)
                                            : Message(FMT_COMPILE("numbers {}–{} are"), *previous + 1,
                                                          n - 1),
                         stray));
    } else if (n <= *previous) {
      if (n == 1) {
        Report(diags, it, "numbering-restart",
               Message(FMT_COMPILE("{} numbering{} restarts at {} after {}"), what, parent,
                           it.label->text.view(), *previous));
      } else {
        Report(diags, it, "numbering-duplicate",
               Message(FMT_COMPILE("{} number {}{} repeats or goes back (previous {})"), what,
                           it.label->text.view(), parent, *previous));
      }
    }
    previous = it.last;
    previous_item = &it;
  }
}

}  // namespace

void CheckNumbering(PlanWork& work, Diagnostics& diags) {
  std::vector<Item> areas;
  std::optional<int> last_sub_number;  // of the previous activity, in document order
  // The sibling lists are refilled per parent, keeping their capacity.
  std::vector<Item> activities;
  std::vector<Item> subs;
  areas.reserve(work.areas.size());
  for (AreaWork& area : work.areas) {
    Item it{area.label, 0, 0, area.line, area.name, nullptr, false};
    if (area.label) it.first = it.last = area.label->number;
    areas.push_back(std::move(it));
    activities.clear();
    for (ActivityWork& act : area.activities) {
      Item a{act.label, 0, 0, act.line, act.name, nullptr, act.implicit};
      if (act.label) a.first = a.last = act.label->number;
      if (!act.subs.empty()) a.flag_target = nullptr;
      activities.push_back(std::move(a));
      subs.clear();
      for (SubWork& sub : act.subs) {
        Item s{sub.FirstLabel(), 0, 0, sub.line_start, sub.raw_text(), &sub, false};
        if (auto range = sub.NumberRange()) {
          s.first = range->first;
          s.last = range->second;
        }
        s.skip_inferred = sub.raw_text().empty();
        subs.push_back(std::move(s));
      }
      // A restart already reported as a lost activity row is not reported twice.
      CheckSiblings(subs, "sub-activity",
                    Parent{"activity", act.line}, diags, last_sub_number);
      if (!subs.empty() && subs.back().label) last_sub_number = subs.back().last;
      else last_sub_number.reset();
    }
    CheckSiblings(activities, "activity", Parent{"area", area.line}, diags);
  }
  CheckSiblings(areas, "area", Parent{}, diags);
}

}  // namespace renaksi::rec
