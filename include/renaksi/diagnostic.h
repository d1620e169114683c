// Diagnostics: the findings a stage reports about one document.
//
// Every repair, doubt or failure becomes a Diagnostic with a stable kebab-case
// code and the 1-based source line it concerns (0 when it concerns the whole
// file). They are printed as `path:line: severity: message [code]` and stored in
// the JSON output, so a user can always trace a value back to the source.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace renaksi {

enum class Severity { kError, kWarning, kInfo };

// "error", "warning" or "info".
const char* SeverityName(Severity severity);

struct Diagnostic {
  Severity severity = Severity::kInfo;
  std::string code;
  int line = 0;
  std::string message;
  // For `field-missing`: the contract field that is absent ("number",
  // "enacted.date", …), so a later stage can tell which absence was already
  // reported without reading the message. Empty otherwise; not emitted.
  std::string field;
};

class Diagnostics {
 public:
  void Add(Severity severity, std::string code, int line, std::string message);
  void Error(std::string code, int line, std::string message) {
    Add(Severity::kError, std::move(code), line, std::move(message));
  }
  void Warning(std::string code, int line, std::string message) {
    Add(Severity::kWarning, std::move(code), line, std::move(message));
  }
  void Info(std::string code, int line, std::string message) {
    Add(Severity::kInfo, std::move(code), line, std::move(message));
  }
  // A `field-missing` finding about the contract field `field`.
  void Missing(Severity severity, std::string field, int line, std::string message);
  // Was `field` already reported missing?
  bool HasMissing(const std::string& field) const;

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& mutable_items() { return items_; }
  std::size_t Count(Severity severity) const;
  bool HasCode(const std::string& code) const;
  bool empty() const { return items_.empty(); }

  // Orders by line, keeping the stages' order among equal lines, so output
  // reads top to bottom like the source.
  void SortByLine();

 private:
  std::vector<Diagnostic> items_;
};

// `path:line: severity: message [code]`, the format printed on stderr.
std::string FormatDiagnostic(const std::string& path, const Diagnostic& d);

}  // namespace renaksi
