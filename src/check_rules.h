// Internal to the check stage: the rule groups Check() runs, and what they
// need to know about the diagnostics the earlier stages already raised.
#pragma once

#include <optional>
#include <span>
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
  // The diagnostics made so far: Check may write into the same list, so it
  // remembers their count (a copy of them all would cost more than Check).
  explicit Earlier(const Diagnostics& diags) : all_(diags.items()), count_(all_.size()) {}

  bool Has(const std::string& code) const;
  bool HasAt(const std::string& code, int line) const;
  bool HasWithin(const std::string& code, int first, int last) const;
  // Valid until the next diagnostic is added.
  std::span<const Diagnostic> items() const { return {all_.data(), count_}; }

 private:
  const std::vector<Diagnostic>& all_;
  std::size_t count_;
};

// Where the rules write: skips a finding an earlier stage already made (same
// code, same line), so a rule that a stage also applies while extracting
// (area-unknown, months-none) reports each defect once.
class Reporter {
 public:
  Reporter(const Earlier& earlier, Diagnostics& out) : earlier_(earlier), out_(out) {}
  void Error(const std::string& code, int line, std::string message) {
    Add(Severity::kError, code, line, std::move(message));
  }
  void Warning(const std::string& code, int line, std::string message) {
    Add(Severity::kWarning, code, line, std::move(message));
  }
  const Earlier& earlier() const { return earlier_; }
  // For a rule that decides itself what counts as already reported: several
  // fields share the code field-missing, and may share a line.
  Diagnostics& unfiltered() { return out_; }

 private:
  void Add(Severity severity, const std::string& code, int line, std::string message) {
    if (!earlier_.HasAt(code, line)) out_.Add(severity, code, line, std::move(message));
  }
  const Earlier& earlier_;
  Diagnostics& out_;
};

// A calendar date parsed from ISO "YYYY-MM-DD"; nullopt unless the text has
// that shape AND names a real day (no 2026-02-30).
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};
std::optional<Date> ParseIsoDate(const std::string& text);

// Decree header rules: required fields, enactment date, plan year.
void CheckDecree(const Document& doc, const CheckOptions& options, Reporter& diags);

// Action-plan rules: the 8 areas, empty activities, indicators, months,
// responsible units.
void CheckPlan(const Document& doc, Reporter& diags);

}  // namespace renaksi::check
