#include "renaksi/validate_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace renaksi {

FileReport ReportOf(const Document& doc) {
  FileReport report;
  report.path = doc.source.path;
  report.sha256 = doc.source.sha256;
  report.diagnostics = doc.diagnostics.items();
  return report;
}

FileReport UnreadableReport(const std::string& path, const std::string& message) {
  FileReport report;
  report.path = path;
  report.readable = false;
  report.diagnostics.push_back({Severity::kError, "io-error", 0, message, {}});
  return report;
}

FileReport InputProblemReport(const std::string& path, const std::string& message) {
  const bool unreadable = message.rfind("no such", 0) == 0 || message.rfind("cannot", 0) == 0;
  if (unreadable) return UnreadableReport(path, message);
  FileReport report;
  report.path = path;
  report.diagnostics.push_back({Severity::kError, "no-input-files", 0, message, {}});
  return report;
}

void DropIgnored(FileReport& report, const std::set<std::string>& ignored) {
  std::erase_if(report.diagnostics,
                [&](const Diagnostic& d) { return ignored.count(d.code) > 0; });
}

SeverityCounts CountSeverities(const FileReport& report) {
  SeverityCounts counts;
  for (const Diagnostic& d : report.diagnostics) {
    switch (d.severity) {
      case Severity::kError: ++counts.errors; break;
      case Severity::kWarning: ++counts.warnings; break;
      case Severity::kInfo: ++counts.infos; break;
    }
  }
  return counts;
}

bool Passed(const FileReport& report, bool strict) {
  if (!report.readable) return false;
  SeverityCounts counts = CountSeverities(report);
  return counts.errors == 0 && (!strict || counts.warnings == 0);
}

Verdict BatchVerdict(const std::vector<FileReport>& reports, bool strict) {
  bool failed = false;
  for (const FileReport& report : reports) {
    if (!report.readable) return Verdict::kUnreadable;
    failed = failed || !Passed(report, strict);
  }
  return failed ? Verdict::kFailed : Verdict::kPassed;
}

namespace {

std::string Plural(std::size_t n, const char* singular, const char* plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

const char* StatusWord(const FileReport& report, bool strict) {
  if (!report.readable) return "unreadable";
  return Passed(report, strict) ? "passed" : "failed";
}

}  // namespace

std::string FormatTextReport(const std::vector<FileReport>& reports,
                             const ReportOptions& options) {
  std::string out;
  std::size_t passed = 0, failed = 0, unreadable = 0;
  for (const FileReport& report : reports) {
    const bool ok = Passed(report, options.strict);
    (report.readable ? (ok ? passed : failed) : unreadable) += 1;
    if (options.quiet && ok) continue;
    for (const Diagnostic& d : report.diagnostics) {
      if (d.severity == Severity::kInfo && !options.verbose) continue;
      out += FormatDiagnostic(report.path, d);
      out += '\n';
    }
    SeverityCounts counts = CountSeverities(report);
    out += fmt::format("{}: {}: {}, {}, {} info\n", report.path,
                       StatusWord(report, options.strict),
                       Plural(counts.errors, "error", "errors"),
                       Plural(counts.warnings, "warning", "warnings"), counts.infos);
  }
  if (reports.size() > 1 && !options.quiet) {
    out += fmt::format("{}: {} passed, {} failed, {} unreadable\n",
                       Plural(reports.size(), "file", "files"), passed, failed, unreadable);
  }
  return out;
}

std::string FormatJsonReport(const std::vector<FileReport>& reports,
                             const ReportOptions& options) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileReport& report : reports) {
    SeverityCounts counts = CountSeverities(report);
    nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
    for (const Diagnostic& d : report.diagnostics) {
      diagnostics.push_back({{"severity", SeverityName(d.severity)},
                             {"code", d.code},
                             {"line", d.line},
                             {"message", d.message}});
    }
    nlohmann::ordered_json file;
    file["path"] = report.path;
    file["sha256"] = report.sha256 ? nlohmann::ordered_json(*report.sha256) : nullptr;
    file["readable"] = report.readable;
    file["passed"] = Passed(report, options.strict);
    file["errors"] = counts.errors;
    file["warnings"] = counts.warnings;
    file["infos"] = counts.infos;
    file["diagnostics"] = std::move(diagnostics);
    files.push_back(std::move(file));
  }
  // Invalid UTF-8 in a quoted message must not abort the report.
  return files.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace renaksi
