// renaksi extract: decree copies → JSON/CSV/NDJSON per region + manifest.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "renaksi/batch.h"
#include "renaksi/inputs.h"
#include "renaksi/pipeline.h"
#include "renaksi/region.h"

namespace renaksi::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  std::vector<std::string> formats = {"json", "csv"};
  bool to_stdout = false;
  unsigned jobs = 0;  // 0: one per hardware thread
  bool quiet = false;
  bool verbose = false;
};

// Prints each document's diagnostics in input order, whatever order the
// workers finish in, and a progress line when stderr is a terminal.
class OrderedReporter {
 public:
  OrderedReporter(std::size_t total, bool show_progress)
      : pending_(total), ready_(total, false), show_progress_(show_progress),
        start_(std::chrono::steady_clock::now()) {}

  void Done(std::size_t index, std::string text) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_[index] = std::move(text);
    ready_[index] = true;
    ++done_;
    bool printed = false;
    while (next_ < ready_.size() && ready_[next_]) {
      if (!pending_[next_].empty()) {
        ClearProgress();
        std::fputs(pending_[next_].c_str(), stderr);
        printed = true;
      }
      std::string().swap(pending_[next_]);
      ++next_;
    }
    MaybeShowProgress(printed);
  }

  void Finish() {
    std::lock_guard<std::mutex> lock(mutex_);
    ClearProgress();
  }

 private:
  void ClearProgress() {
    if (progress_shown_) std::fputs("\r\033[K", stderr);
    progress_shown_ = false;
  }
  void MaybeShowProgress(bool force) {
    if (!show_progress_) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_progress_ < std::chrono::milliseconds(100)) return;
    last_progress_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %.1f files/s", done_, ready_.size(),
                 seconds > 0 ? static_cast<double>(done_) / seconds : 0.0);
    std::fflush(stderr);
    progress_shown_ = true;
  }

  std::mutex mutex_;
  std::vector<std::string> pending_;
  std::vector<bool> ready_;
  std::size_t next_ = 0;
  std::size_t done_ = 0;
  bool show_progress_;
  bool progress_shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_{};
};

bool Shown(Severity severity, const ExtractOptions& options) {
  if (severity == Severity::kError) return true;
  if (options.quiet) return false;
  return severity == Severity::kWarning || options.verbose;
}

std::string FormatShown(const Document& doc, const ExtractOptions& options) {
  std::string text;
  for (const auto& d : doc.diagnostics.items()) {
    if (Shown(d.severity, options)) text += FormatDiagnostic(doc.source.path, d) + "\n";
  }
  return text;
}

std::optional<OutputFormats> ParseFormats(const std::vector<std::string>& names) {
  OutputFormats formats{false, false, false};
  for (const auto& name : names) {
    if (name == "json") formats.json = true;
    else if (name == "csv") formats.csv = true;
    else if (name == "ndjson") formats.ndjson = true;
    else return std::nullopt;
  }
  return formats;
}

struct BatchOutcome {
  std::atomic<bool> io_failed{false};
  std::atomic<bool> input_errors{false};
  std::mutex error_mutex;
  std::string first_write_error;
};

void ProcessOne(std::size_t index, const std::string& path, BatchWriter& writer,
                OrderedReporter& reporter, BatchOutcome& outcome,
                const ExtractOptions& options) {
  std::string read_error;
  std::optional<std::string> bytes = ReadInputBytes(path, &read_error);
  if (!bytes) {
    writer.AddUnreadable(index, path, read_error);
    outcome.io_failed = true;
    reporter.Done(index, fmt::format("{}:0: error: {} [io-error]\n", path, read_error));
    return;
  }
  Document doc = ExtractDocument(path, *bytes, Gazetteer::Builtin());
  std::string().swap(*bytes);
  if (doc.diagnostics.Count(Severity::kError) > 0) outcome.input_errors = true;
  std::string write_error;
  if (!writer.Add(index, doc, &write_error)) {
    outcome.io_failed = true;
    std::lock_guard<std::mutex> lock(outcome.error_mutex);
    if (outcome.first_write_error.empty()) outcome.first_write_error = write_error;
  }
  reporter.Done(index, FormatShown(doc, options));
}

int RunExtract(const ExtractOptions& options) {
  std::optional<OutputFormats> formats = ParseFormats(options.formats);
  if (!formats) {
    std::cerr << "renaksi extract: --format takes json, csv and/or ndjson\n";
    return kExitUsage;
  }
  if (options.to_stdout && options.formats.size() != 1) {
    std::cerr << "renaksi extract: --stdout writes one format; choose it with "
                 "--format json|csv|ndjson\n";
    return kExitUsage;
  }

  CollectedInputs inputs = CollectInputs(options.inputs);
  bool io_failed = false, input_errors = false;
  for (const auto& problem : inputs.problems) {
    bool missing = problem.message.rfind("no such", 0) == 0 ||
                   problem.message.rfind("cannot", 0) == 0;
    std::cerr << fmt::format("{}:0: error: {} [{}]\n", problem.path, problem.message,
                             missing ? "io-error" : "no-input-files");
    (missing ? io_failed : input_errors) = true;
  }
  if (inputs.files.empty()) {
    std::cerr << "renaksi extract: no input files to process\n";
    return io_failed ? kExitIo : kExitInputErrors;
  }

  const std::size_t total = inputs.files.size();
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  BatchOptions batch_options{options.out_dir, *formats,
                             options.to_stdout ? &std::cout : nullptr, jobs};
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, total));
  std::string error;
  std::unique_ptr<BatchWriter> writer = BatchWriter::Create(batch_options, &error);
  if (!writer) {
    std::cerr << "renaksi extract: " << error << "\n";
    return kExitIo;
  }

  bool show_progress = !options.quiet && total > 1 && isatty(STDERR_FILENO);
  OrderedReporter reporter(total, show_progress);
  BatchOutcome outcome;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < total; i = next++) {
      ProcessOne(i, inputs.files[i], *writer, reporter, outcome, options);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  reporter.Finish();

  io_failed = io_failed || outcome.io_failed;
  input_errors = input_errors || outcome.input_errors;
  if (!outcome.first_write_error.empty()) {
    std::cerr << "renaksi extract: " << outcome.first_write_error << "\n";
    return kExitIo;
  }
  if (!writer->Finish(&error)) {
    std::cerr << "renaksi extract: " << error << "\n";
    return kExitIo;
  }
  if (!options.quiet && !options.to_stdout) {
    std::string dir = options.out_dir;
    if (!dir.empty() && dir.back() == '/') dir.pop_back();
    std::cerr << fmt::format("renaksi: {} file(s) read; wrote {} file(s) to {}/:\n", total,
                             writer->written().size(), dir);
    for (const auto& name : writer->written()) std::cerr << "  " << dir << "/" << name << "\n";
  }
  if (io_failed) return kExitIo;
  return input_errors ? kExitInputErrors : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Extract decrees into one JSON and CSV file per regency/city, plus manifest.json");
  cmd->add_option("INPUT", options->inputs,
                  "Decree text files, folders (searched recursively for *.txt), or - for stdin")
      ->required();
  cmd->add_option("-o,--output", options->out_dir, "Output folder (created if missing)")
      ->capture_default_str();
  cmd->add_option("--format", options->formats,
                  "Comma-separated output formats: json, csv, ndjson")
      ->delimiter(',')
      // One argument per --format: the inputs after it are not formats.
      ->allow_extra_args(false)
      ->capture_default_str();
  cmd->add_flag("--stdout", options->to_stdout,
                "Write the (single) chosen format to standard output instead of files");
  cmd->add_option("-j,--jobs", options->jobs,
                  "Parallel workers (default: one per hardware thread); output is identical "
                  "for any value")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors: no warnings, progress or summary");
  cmd->add_flag("-v,--verbose", options->verbose, "Also print info diagnostics (normalizations)");
  cmd->footer(
      "Diagnostics go to stderr as `path:line: severity: message [code]` and into the JSON.\n"
      "Exit codes: 0 ok, 1 some input has errors, 2 usage error, 3 I/O error.\n"
      "Examples:\n"
      "  renaksi extract samples/ -o out/\n"
      "  renaksi extract decree.txt --stdout --format ndjson | jq .sub_activity\n"
      "  cat decree.txt | renaksi extract - -o out/ --format json");
  cmd->callback([options, exit_code] { *exit_code = RunExtract(*options); });
}

}  // namespace renaksi::cli
