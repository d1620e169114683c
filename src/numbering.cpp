// Numbering: printed labels against document order, per parent. The ordinal
// `no` always follows document order; the printed label is kept as printed.
// What does not fit is reported: a gap (1 then 3), a duplicate, a restart,
// an item without a label among numbered siblings.
#include <fmt/format.h>

#include "cell_text.h"
#include "numbered_list.h"
#include "plan_work.h"

namespace renaksi::rec {
namespace {

struct Item {
  std::optional<Label> label;
  int first = 0;
  int last = 0;
  int line = 0;
  std::string text;
  SubWork* flag_target = nullptr;
  bool skip_inferred = false;
};

void Report(Diagnostics& diags, const Item& item, const char* code, std::string message) {
  diags.Warning(code, item.line, std::move(message));
  if (item.flag_target) item.flag_target->Flag(code);
}

// A label-shaped number followed by a lowercase word inside a text: a
// garbled label, read as text.
std::optional<std::string> StrayLabel(const std::string& text, int number) {
  for (const auto& m : FindMarkers(text)) {
    if (m.pos > 0 && m.label.number == number) return m.label.text;
  }
  return std::nullopt;
}

void CheckSiblings(std::vector<Item>& items, const char* what, const std::string& parent,
                   Diagnostics& diags) {
  bool any_labeled = false;
  for (const auto& it : items) any_labeled |= it.label.has_value();
  std::optional<int> previous;
  const Item* previous_item = nullptr;
  for (std::size_t k = 0; k < items.size(); ++k) {
    Item& it = items[k];
    if (!it.label) {
      if (any_labeled && !it.skip_inferred) {
        Report(diags, it, "numbering-inferred",
               fmt::format("{} \"{}\" has no printed number while its siblings{} are "
                           "numbered: numbered {} by its position",
                           what, cell::Excerpt(it.text, 50), parent, k + 1));
      }
      continue;
    }
    int n = it.first;
    if (!previous) {
      if (k == 0 && n != 1) {
        Report(diags, it, "numbering-gap",
               fmt::format("the first {}{} is numbered {} (expected 1)", what, parent,
                           it.label->text));
      }
    } else if (n > *previous + 1) {
      std::string stray;
      if (previous_item != nullptr) {
        if (auto s = StrayLabel(previous_item->text, *previous + 1)) {
          stray = fmt::format("; the previous cell holds \"{}\" inside its text, read as "
                              "text (a lowercase word follows it)",
                              *s);
        }
      }
      Report(diags, it, "numbering-gap",
             fmt::format("{} numbering{} jumps from {} to {}: {} missing{}", what, parent,
                         *previous, n,
                         n == *previous + 2 ? fmt::format("number {} is", *previous + 1)
                                            : fmt::format("numbers {}–{} are", *previous + 1,
                                                          n - 1),
                         stray));
    } else if (n <= *previous) {
      if (n == 1) {
        Report(diags, it, "numbering-restart",
               fmt::format("{} numbering{} restarts at {} after {}", what, parent,
                           it.label->text, *previous));
      } else {
        Report(diags, it, "numbering-duplicate",
               fmt::format("{} number {}{} repeats or goes back (previous {})", what,
                           it.label->text, parent, *previous));
      }
    }
    previous = it.last;
    previous_item = &it;
  }
}

}  // namespace

void CheckNumbering(PlanWork& work, Diagnostics& diags) {
  std::vector<Item> areas;
  for (AreaWork& area : work.areas) {
    Item it{area.label, 0, 0, area.line, area.name, nullptr, false};
    if (area.label) it.first = it.last = area.label->number;
    areas.push_back(it);
    std::vector<Item> activities;
    for (ActivityWork& act : area.activities) {
      Item a{act.label, 0, 0, act.line, act.name, nullptr, act.implicit};
      if (act.label) a.first = a.last = act.label->number;
      if (!act.subs.empty()) a.flag_target = nullptr;
      activities.push_back(a);
      std::vector<Item> subs;
      for (SubWork& sub : act.subs) {
        Item s{LeadingLabel(sub.raw_text), 0, 0, sub.line_start, sub.raw_text, &sub, false};
        if (auto range = NumberRange(sub.raw_text)) {
          s.first = range->first;
          s.last = range->second;
        }
        s.skip_inferred = sub.raw_text.empty();
        subs.push_back(s);
      }
      // A restart already reported as a lost activity row is not reported twice.
      CheckSiblings(subs, "sub-activity",
                    fmt::format(" (activity of line {})", act.line), diags);
    }
    CheckSiblings(activities, "activity", fmt::format(" (area of line {})", area.line),
                  diags);
  }
  CheckSiblings(areas, "area", "", diags);
}

}  // namespace renaksi::rec
