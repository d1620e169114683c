#include "renaksi/diagnostic.h"

#include <algorithm>
#include <numeric>

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
  auto by_line = [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; };
  if (std::is_sorted(items_.begin(), items_.end(), by_line)) return;
  // Sorts positions rather than the diagnostics themselves (three strings
  // each): every diagnostic then moves once instead of once per merge pass.
  // Stable on positions is stable on diagnostics.
  std::vector<std::size_t> order(items_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items_[a].line < items_[b].line;
  });
  std::vector<Diagnostic> sorted;
  sorted.reserve(items_.size());
  for (std::size_t i : order) sorted.push_back(std::move(items_[i]));
  items_ = std::move(sorted);
}

std::string FormatDiagnostic(const std::string& path, const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {} [{}]", path, d.line, SeverityName(d.severity),
                     d.message, d.code);
}

}  // namespace renaksi
