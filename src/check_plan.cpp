// Action-plan rules: the plan must cover the 8 national areas of change in
// their canonical order, and every record must be actionable (something to
// do, a month to do it in, a way to measure it, someone responsible).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "check_rules.h"

namespace renaksi::check {
namespace {

struct CanonicalArea {
  std::string_view id;
  std::string_view name;  // a usual printed name, for messages
};

// PermenPANRB's 8 areas of change in their canonical order (SPEC glossary).
constexpr std::array<CanonicalArea, 8> kAreas = {{
    {"manajemen-perubahan", "Manajemen Perubahan"},
    {"deregulasi-kebijakan", "Deregulasi Kebijakan / Penataan Peraturan Perundang-undangan"},
    {"penataan-organisasi", "Penataan dan Penguatan Organisasi"},
    {"penataan-tatalaksana", "Penataan Tatalaksana"},
    {"manajemen-sdm", "Penataan Sistem Manajemen SDM Aparatur"},
    {"penguatan-akuntabilitas", "Penguatan Akuntabilitas"},
    {"penguatan-pengawasan", "Penguatan Pengawasan"},
    {"pelayanan-publik", "Peningkatan Kualitas Pelayanan Publik"},
}};

int CanonicalIndex(const std::optional<std::string>& id) {
  if (!id) return -1;
  for (std::size_t k = 0; k < kAreas.size(); ++k) {
    if (kAreas[k].id == *id) return static_cast<int>(k);
  }
  return -1;
}

// The last source line an area's records reach: where text about it ends.
int LastLine(const Area& area) {
  int last = area.line;
  for (const Activity& activity : area.activities) {
    last = std::max(last, activity.line);
    for (const SubActivity& sub : activity.sub_activities) {
      last = std::max(last, sub.line_end);
    }
  }
  return last;
}

void CheckAreas(const Plan& plan, Reporter& diags) {
  if (plan.areas.empty()) {
    diags.Error("area-missing", plan.table_line,
                "the action-plan table holds no area of change: expected the 8 areas "
                "(Manajemen Perubahan … Pelayanan Publik)");
    return;
  }
  std::array<const Area*, kAreas.size()> first{};  // first occurrence of each id
  int highest = -1;                                // highest canonical index so far
  for (const Area& area : plan.areas) {
    const int k = CanonicalIndex(area.canonical);
    if (k < 0) {
      diags.Warning("area-unknown", area.line,
                    fmt::format("area of change '{}' matches none of the 8 canonical areas",
                                area.name));
      continue;
    }
    if (first[k] != nullptr) {
      diags.Warning("area-duplicate", area.line,
                    fmt::format("area of change '{}' ({}) appears again; first at line {}",
                                area.name, kAreas[k].id, first[k]->line));
      continue;
    }
    first[k] = &area;
    if (k < highest) {
      diags.Warning("area-order", area.line,
                    fmt::format("area of change '{}' is area {} of 8 but comes after area "
                                "{} ({})",
                                area.name, k + 1, highest + 1, kAreas[highest].id));
    }
    highest = std::max(highest, k);
  }
  // A missing area is reported where it belongs: before the next present
  // area in canonical order, or after the last area when none follows.
  for (std::size_t k = 0; k < kAreas.size(); ++k) {
    if (first[k] != nullptr) continue;
    const Area* next = nullptr;
    for (std::size_t j = k + 1; j < kAreas.size() && next == nullptr; ++j) next = first[j];
    const int line = next != nullptr ? next->line : LastLine(plan.areas.back());
    diags.Error("area-missing", line,
                fmt::format("area of change {} of 8 '{}' ({}) is missing from the plan{}",
                            k + 1, kAreas[k].name, kAreas[k].id,
                            next != nullptr ? fmt::format(" (expected before '{}')", next->name)
                                            : std::string(" (expected at the end)")));
  }
}

bool MonthsValid(const std::vector<int>& months) {
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (months[i] < 1 || months[i] > 12) return false;
    if (i > 0 && months[i] <= months[i - 1]) return false;
  }
  return true;
}

std::string Quote(std::string_view text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return fmt::format("'{}'", text);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("'{}…'", text.substr(0, cut));
}

void CheckSubActivity(const Plan& plan, const SubActivity& sub, Reporter& diags) {
  const int line = sub.line_start;
  if (sub.indicators.empty()) {
    diags.Warning("indicators-none", line,
                  fmt::format("sub-activity {} has no success indicator "
                              "(INDIKATOR KEBERHASILAN)",
                              Quote(sub.text)));
  }
  // The reconcile stage reports an unscheduled row as it builds it; this is
  // the safety net for a record it did not report, never a second report.
  if (sub.months.empty() &&
      !diags.earlier().HasWithin("months-none", sub.line_start, std::max(sub.line_start, sub.line_end))) {
    diags.Warning("months-none", line,
                  fmt::format("sub-activity {} has no √ month mark", Quote(sub.text)));
  }
  if (!MonthsValid(sub.months)) {
    diags.Error("months-invalid", line,
                fmt::format("sub-activity {} has months [{}]: each must be 1..12, sorted, "
                            "once",
                            Quote(sub.text), fmt::join(sub.months, ",")));
  }
  if (plan.has_responsible_column && !sub.responsible) {
    diags.Warning("responsible-missing", line,
                  fmt::format("sub-activity {} has no responsible unit (PENANGGUNG JAWAB), "
                              "printed or shared with a neighbouring row",
                              Quote(sub.text)));
  }
}

}  // namespace

void CheckPlan(const Document& doc, Reporter& diags) {
  const Plan& plan = doc.plan;
  // Without a table the table stage has said so (table-not-found); checking
  // areas of a plan that was never read would only repeat it eight times.
  if (!plan.table_found) return;
  CheckAreas(plan, diags);
  for (const Area& area : plan.areas) {
    if (area.activities.empty()) {
      diags.Warning("area-empty", area.line,
                    fmt::format("area of change '{}' has no activity", area.name));
    }
    for (const Activity& activity : area.activities) {
      if (activity.sub_activities.empty()) {
        diags.Warning("activity-empty", activity.line,
                      fmt::format("activity {} has no sub-activity",
                                  Quote(activity.name.value_or(activity.label.value_or("?")))));
      }
      for (const SubActivity& sub : activity.sub_activities) {
        CheckSubActivity(plan, sub, diags);
      }
    }
  }
}

}  // namespace renaksi::check
