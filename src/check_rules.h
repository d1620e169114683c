// Internal to the check stage: the rule groups Check() runs, and what they
// need to know about the diagnostics the earlier stages already raised.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "renaksi/check.h"
#include "renaksi/diagnostic.h"
#include "renaksi/document.h"

namespace renaksi::check {

// A snapshot of the diagnostics raised before Check ran. Check writes into
// the same Diagnostics object the document holds, so rules consult this copy
// rather than the live list. Used to report each finding once: a stage that
// already reported a problem owns it.
class Earlier {
 public:
  explicit Earlier(const Diagnostics& diags) : items_(diags.items()) {}

  bool Has(const std::string& code) const;
  bool HasAt(const std::string& code, int line) const;
  bool HasWithin(const std::string& code, int first, int last) const;
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// A calendar date parsed from ISO "YYYY-MM-DD"; nullopt unless the text has
// that shape AND names a real day (no 2026-02-30).
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};
std::optional<Date> ParseIsoDate(const std::string& text);

// Decree header rules: required fields, enactment date, plan year.
void CheckDecree(const Document& doc, const CheckOptions& options,
                 const Earlier& earlier, Diagnostics& diags);

// Action-plan rules: the 8 areas, empty activities, indicators, months,
// responsible units.
void CheckPlan(const Document& doc, const Earlier& earlier, Diagnostics& diags);

}  // namespace renaksi::check
