#include "renaksi/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace renaksi {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

void Diagnostics::Add(Severity severity, std::string code, int line,
                      std::string message) {
  items_.push_back({severity, std::move(code), line, std::move(message), {}});
}

void Diagnostics::Missing(Severity severity, std::string field, int line,
                          std::string message) {
  items_.push_back({severity, "field-missing", line, std::move(message), std::move(field)});
}

bool Diagnostics::HasMissing(const std::string& field) const {
  for (const Diagnostic& d : items_) {
    if (d.code == "field-missing" && d.field == field) return true;
  }
  return false;
}

std::size_t Diagnostics::Count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

bool Diagnostics::HasCode(const std::string& code) const {
  return std::any_of(items_.begin(), items_.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

void Diagnostics::SortByLine() {
  std::stable_sort(items_.begin(), items_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line < b.line;
                   });
}

std::string FormatDiagnostic(const std::string& path, const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {} [{}]", path, d.line, SeverityName(d.severity),
                     d.message, d.code);
}

}  // namespace renaksi
