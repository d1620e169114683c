// Check: the rules `renaksi validate` gates on, run over a finished document.
//
// Division of labour with the earlier stages: a stage that detects a problem
// while extracting reports it itself (months-none, months-overflow,
// legal-basis-numbering-gap, table-not-found, numbering-*, …); Check adds only
// what needs the whole result (all 8 areas present and ordered, dates against
// today, cross-field consistency) and never repeats a finding already made.
#include "renaksi/check.h"

#include <algorithm>

#include "check_rules.h"

namespace renaksi {
namespace check {

bool Earlier::Has(const std::string& code) const {
  std::span<const Diagnostic> items = this->items();
  return std::any_of(items.begin(), items.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

bool Earlier::HasAt(const std::string& code, int line) const {
  return HasWithin(code, line, line);
}

bool Earlier::HasWithin(const std::string& code, int first, int last) const {
  std::span<const Diagnostic> items = this->items();
  return std::any_of(items.begin(), items.end(), [&](const Diagnostic& d) {
    return d.code == code && d.line >= first && d.line <= last;
  });
}

}  // namespace check

bool IsIsoDate(const std::string& text) { return check::ParseIsoDate(text).has_value(); }

void Check(const Document& doc, const CheckOptions& options, Diagnostics& diags) {
  const check::Earlier earlier(doc.diagnostics);
  check::Reporter reporter(earlier, diags);
  check::CheckDecree(doc, options, reporter);
  check::CheckPlan(doc, reporter);
}

}  // namespace renaksi
