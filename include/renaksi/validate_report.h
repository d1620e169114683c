// The report of `renaksi validate`: per-file verdicts and their rendering as
// text, JSON or SARIF 2.1.0. Kept in the library, apart from the command
// line, so every format is unit-tested.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "renaksi/diagnostic.h"
#include "renaksi/document.h"

namespace renaksi {

// One input's findings as validate reports them.
struct FileReport {
  std::string path;                   // as given on the command line
  bool readable = true;               // false: the bytes could not be read (io-error)
  std::optional<std::string> sha256;  // of the bytes; null when unreadable
  std::vector<Diagnostic> diagnostics;
};

FileReport ReportOf(const Document& doc);
// A file whose bytes could not be read: one `io-error` at line 0.
FileReport UnreadableReport(const std::string& path, const std::string& message);

// A command-line argument that yielded no file (CollectInputs' problems): a
// path that does not exist or cannot be read is unreadable (io-error); a
// directory holding no *.txt is an input error (no-input-files), as in
// `extract`.
FileReport InputProblemReport(const std::string& path, const std::string& message);

// Drops the diagnostics whose code the user silenced with --ignore.
void DropIgnored(FileReport& report, const std::set<std::string>& ignored);

struct SeverityCounts {
  std::size_t errors = 0, warnings = 0, infos = 0;
};
SeverityCounts CountSeverities(const FileReport& report);

// A file passes without errors (and, when strict, without warnings); an
// unreadable file never passes.
bool Passed(const FileReport& report, bool strict);

// The verdict of a whole batch, in order of precedence: an unreadable input
// outranks failed checks, because it means part of the batch was not checked
// at all.
enum class Verdict { kPassed, kFailed, kUnreadable };
Verdict BatchVerdict(const std::vector<FileReport>& reports, bool strict);

struct ReportOptions {
  bool strict = false;
  // Text and SARIF list info diagnostics (routine normalization) only when
  // verbose; JSON always lists everything.
  bool verbose = false;
  // Text only: say nothing about files that pass, and no batch total.
  bool quiet = false;
};

// `path:line: severity: message [code]` lines, then per file
// `path: passed|failed|unreadable: E errors, W warnings, I info`, then, for
// more than one file, `N files: P passed, F failed, U unreadable`.
std::string FormatTextReport(const std::vector<FileReport>& reports,
                             const ReportOptions& options);

// A JSON array with one object per file, in input order:
// {path, sha256, readable, passed, errors, warnings, infos,
//  diagnostics: [{severity, code, line, message}]}.
std::string FormatJsonReport(const std::vector<FileReport>& reports,
                             const ReportOptions& options);

// A SARIF 2.1.0 log with one run: every registered rule in
// tool.driver.rules, one result per diagnostic located at the file (its URI
// relative to `working_directory`) and line (a whole-file diagnostic, line
// 0, is placed on line 1: SARIF lines start at 1).
std::string FormatSarifReport(const std::vector<FileReport>& reports,
                              const ReportOptions& options,
                              const std::string& working_directory);

// The SARIF artifact URI of `path`: relative to `working_directory` with
// forward slashes when inside it, a file:// URI otherwise, "stdin" for "-";
// every byte outside RFC 3986 unreserved characters and '/' percent-encoded.
std::string SarifUri(const std::string& path, const std::string& working_directory);

}  // namespace renaksi
