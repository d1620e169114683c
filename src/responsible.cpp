// Responsible units (PENANGGUNG JAWAB). The column is usually a vertically
// merged cell: the converter prints its text on one row of the span (first,
// middle or last) or on a line of its own, and leaves the other rows empty.
// A row without a printed unit takes the one whose span it most plausibly
// shares: first the nearest printed one above in the same activity (a span
// printed on its first row), then below in the same activity (printed on a
// later row), then the neighbours in the same area; never across an area.
#include <fmt/compile.h>
#include <fmt/format.h>

#include "cell_text.h"
#include "plan_work.h"

namespace renaksi::rec {
namespace {

// A sub-activity and the unit printed on its own rows, if any. Only the
// slots without one are given a unit, so the printed ones never change
// while the slots are read: `own` points at them instead of copying.
struct Slot {
  SubWork* sub;
  int activity;
  const std::string* own;
  int own_line;
};

const Slot* Nearest(const std::vector<Slot>& slots, std::size_t from, int step,
                    bool same_activity) {
  for (long k = static_cast<long>(from) + step; k >= 0 && k < static_cast<long>(slots.size());
       k += step) {
    const Slot& s = slots[static_cast<std::size_t>(k)];
    if (same_activity && s.activity != slots[from].activity) return nullptr;
    if (s.own) return &s;
  }
  return nullptr;
}

void Inherit(Slot& slot, const Slot& source, bool routine, const char* why,
             Diagnostics& diags) {
  slot.sub->responsible = *source.own;
  slot.sub->Flag("responsible-inherited");
  std::string message = Message(
      FMT_COMPILE("no responsible unit printed for this sub-activity: \"{}\" (line {}) inherited, {}"),
      *source.own, source.own_line, why);
  if (routine) {
    diags.Info("responsible-inherited", slot.sub->line_start, std::move(message));
  } else {
    diags.Warning("responsible-inherited", slot.sub->line_start, std::move(message));
  }
}

}  // namespace

void InheritResponsible(PlanWork& work, Diagnostics& diags) {
  if (work.last_column != LastColumn::kPenanggungJawab) return;
  for (AreaWork& area : work.areas) {
    std::vector<Slot> slots;
    for (std::size_t a = 0; a < area.activities.size(); ++a) {
      for (SubWork& sub : area.activities[a].subs) {
        const std::string* own = sub.responsible ? &*sub.responsible : nullptr;
        slots.push_back({&sub, static_cast<int>(a), own, sub.responsible_line});
      }
    }
    for (std::size_t k = 0; k < slots.size(); ++k) {
      Slot& slot = slots[k];
      if (slot.own) {
        if (slot.sub->responsible_alone) {
          diags.Info("responsible-own-line", slot.own_line,
                     Message(FMT_COMPILE("responsible unit \"{}\" printed alone on its own line, read "
                                 "as the end of the merged cell of the sub-activity of line {}"),
                                 *slot.own, slot.sub->line_start));
        }
        continue;
      }
      if (const Slot* up = Nearest(slots, k, -1, true)) {
        Inherit(slot, *up, true, "the merged cell of the rows above in the same activity",
                diags);
      } else if (const Slot* down = Nearest(slots, k, +1, true)) {
        Inherit(slot, *down, false,
                "from a later row of the same activity (merged cell printed on its last or "
                "middle row)",
                diags);
      } else {
        const Slot* above = Nearest(slots, k, -1, false);
        const Slot* below = Nearest(slots, k, +1, false);
        if (above && below && *above->own == *below->own) {
          Inherit(slot, *above, false,
                  "no unit printed in this activity; the activities above and below in the "
                  "same area share it",
                  diags);
        } else if (above) {
          Inherit(slot, *above, false,
                  "no unit printed in this activity; taken from the activity above in the "
                  "same area (a merged cell spanning activities)",
                  diags);
        } else if (below) {
          Inherit(slot, *below, false,
                  "no unit printed in this activity; taken from the activity below in the "
                  "same area (a merged cell printed on its last rows)",
                  diags);
        }
      }
    }
  }
}

}  // namespace renaksi::rec
