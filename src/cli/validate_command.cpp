// `renaksi validate`: the CI gate. Runs the whole pipeline with the check
// rules on each input and reports every finding as text, JSON or SARIF on
// standard output; the exit code is the verdict.
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "renaksi/check.h"
#include "renaksi/inputs.h"
#include "renaksi/pipeline.h"
#include "renaksi/rules.h"
#include "renaksi/validate_report.h"

namespace renaksi::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> inputs;
  bool strict = false;
  std::string format = "text";
  std::vector<std::string> ignore;
  std::string today;  // empty: the system's local date
  bool quiet = false;
  bool verbose = false;
  bool list_rules = false;
};

std::string LocalDate() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1,
                     local.tm_mday);
}

// Accepts only a real calendar day written YYYY-MM-DD: a typo in --today
// would silently disable or trip the date-in-future rule.
std::string CheckIsoDate(const std::string& text) {
  if (IsIsoDate(text)) return {};
  return fmt::format("'{}' is not a date of the form YYYY-MM-DD", text);
}

FileReport ValidateFile(const std::string& path, const CheckOptions& options) {
  std::string error;
  std::optional<std::string> bytes = ReadInputBytes(path, &error);
  if (!bytes) return UnreadableReport(path, error);
  return ReportOf(ExtractDocument(path, *bytes, Gazetteer::Builtin(), options));
}

void WarnUnknownCodes(const std::vector<std::string>& codes) {
  for (const std::string& code : codes) {
    if (FindRule(code) == nullptr) {
      std::cerr << fmt::format(
          "renaksi validate: warning: --ignore {}: no such diagnostic code "
          "(see `renaksi validate --list-rules`)\n",
          code);
    }
  }
}

int RunValidate(const ValidateArgs& args) {
  if (args.list_rules) {
    std::cout << RulesMarkdownTable();
    return kExitOk;
  }
  if (args.inputs.empty()) {
    std::cerr << "renaksi validate: no INPUT given (a file, a directory or -)\n";
    return kExitUsage;
  }
  WarnUnknownCodes(args.ignore);
  const CheckOptions check_options{args.today.empty() ? LocalDate() : args.today};
  const std::set<std::string> ignored(args.ignore.begin(), args.ignore.end());

  CollectedInputs collected = CollectInputs(args.inputs);
  std::vector<FileReport> reports;
  for (const std::string& path : collected.files) {
    reports.push_back(ValidateFile(path, check_options));
  }
  for (const InputProblem& problem : collected.problems) {
    reports.push_back(InputProblemReport(problem.path, problem.message));
  }
  for (FileReport& report : reports) DropIgnored(report, ignored);

  ReportOptions options;
  options.strict = args.strict;
  options.verbose = args.verbose;
  options.quiet = args.quiet;
  if (args.format == "json") {
    std::cout << FormatJsonReport(reports, options);
  } else if (args.format == "sarif") {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).generic_string();
    std::cout << FormatSarifReport(reports, options, ec ? std::string(".") : cwd);
  } else {
    std::cout << FormatTextReport(reports, options);
  }
  std::cout.flush();

  switch (BatchVerdict(reports, args.strict)) {
    case Verdict::kPassed: return kExitOk;
    case Verdict::kFailed: return kExitInputErrors;
    case Verdict::kUnreadable: return kExitIo;
  }
  return kExitIo;
}

}  // namespace

void AddValidateCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand(
      "validate",
      "Check decree copies and report every finding; the exit code is the verdict (CI gate)");
  cmd->add_option("INPUT", args->inputs,
                  "Decree text files, directories (searched for *.txt) or - for stdin");
  cmd->add_flag("--strict", args->strict, "Fail on warnings too, not only on errors");
  cmd->add_option("--format", args->format, "Report format: text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->default_str("text");
  cmd->add_option("--ignore", args->ignore,
                  "Silence a diagnostic code (repeatable: --ignore A --ignore B)")
      ->allow_extra_args(false);
  cmd->add_option("--today", args->today,
                  "Reference date YYYY-MM-DD for date-in-future (default: the system date)")
      ->check(CLI::Validator(CheckIsoDate, "YYYY-MM-DD", "IsoDate"));
  cmd->add_flag("-q,--quiet", args->quiet, "Text: list only the files that fail");
  cmd->add_flag("-v,--verbose", args->verbose,
                "Text and SARIF: also list info diagnostics (routine normalization)");
  cmd->add_flag("--list-rules", args->list_rules,
                "Print every diagnostic code with its severity and rationale, then exit");
  cmd->footer(
      "Output goes to stdout. Text: `path:line: severity: message [code]` lines and a\n"
      "`path: passed|failed|unreadable: E errors, W warnings, I info` line per file.\n"
      "JSON: an array, one object per file. SARIF 2.1.0: one run, for code scanning.\n"
      "Exit codes: 0 every file passed; 1 a file has errors (or warnings with\n"
      "--strict); 2 usage error; 3 an input could not be read (takes precedence\n"
      "over 1: part of the batch went unchecked).\n"
      "Examples:\n"
      "  renaksi validate --strict decrees/\n"
      "  renaksi validate --format sarif --ignore responsible-inherited decrees/ > renaksi.sarif");
  cmd->callback([args, exit_code] { *exit_code = RunValidate(*args); });
}

}  // namespace renaksi::cli
