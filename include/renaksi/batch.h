// Batch output: many documents in, one JSON/CSV/NDJSON set per region out,
// plus manifest.json.
//
// Memory stays flat however many files a batch has: each document's outputs
// are rendered as soon as it is extracted and appended to a spill file (one
// per thread) in a private work folder; only a small summary (with the
// fragments' offsets) is kept. Finish() then assembles each region
// file from its spilled fragments in contract order (year, then number) and
// moves every file into place only after all were written, so a failed run
// leaves no half-written file. Add() may be called from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/document.h"

namespace renaksi {

struct OutputFormats {
  bool json = true;
  bool csv = true;
  bool ndjson = false;
};

struct BatchOptions {
  std::string out_dir;      // ignored when `out` is set
  OutputFormats formats;
  std::ostream* out = nullptr;  // --stdout: write region outputs here instead
  unsigned jobs = 1;            // threads that stage region files in Finish
};

// Where one rendered fragment lies in the spill file.
struct FragmentSpan {
  std::uint32_t file = 0;  // which spill file
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

// What a batch keeps of one input after its outputs were spilled.
struct DocumentSummary {
  std::size_t index = 0;  // position in the input list
  std::string path;
  std::string sha256;
  std::uint64_t bytes = 0;
  bool readable = false;
  bool is_decree = false;
  std::string io_error;  // set when the file could not be read at all
  Region region;
  std::optional<int> year;
  std::optional<std::string> number;
  std::size_t errors = 0, warnings = 0, infos = 0;
  FragmentSpan json, csv, ndjson;  // spilled outputs (decrees only)
};

class BatchWriter {
 public:
  // Creates the output folder (if needed) and a private work folder.
  static std::unique_ptr<BatchWriter> Create(const BatchOptions& options,
                                             std::string* error);
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Renders and spills one document. Thread-safe. False on an I/O failure.
  bool Add(std::size_t index, const Document& doc, std::string* error);
  // Records an input that could not be read.
  void AddUnreadable(std::size_t index, const std::string& path, const std::string& message);

  // Writes the region files and manifest.json. False on an I/O failure, in
  // which case no output file was changed.
  bool Finish(std::string* error);

  // Paths written by Finish, relative to the output folder, sorted.
  const std::vector<std::string>& written() const { return written_; }

 private:
  explicit BatchWriter(BatchOptions options) : options_(std::move(options)) {}
  std::vector<std::vector<const DocumentSummary*>> GroupByRegion() const;
  // One spill file per -j thread, each appended to under its own lock: a
  // worker never waits for another's write (writes to one file serialize in
  // the kernel as well).
  struct SpillFile {
    int fd = -1;
    std::uint64_t size = 0;  // guarded by mutex
    std::mutex mutex;
  };
  std::unique_lock<std::mutex> LockSpill(std::size_t index, std::uint32_t* id);
  bool Spill(std::uint32_t id, const std::string& content, FragmentSpan* span);  // id locked
  std::string ReadFragment(const FragmentSpan& span) const;
  bool Assemble(std::string* error);
  // One region's files, written to temporaries and not yet moved into place.
  struct StagedFile {
    const char* extension;
    std::string temporary;
    std::string name;  // relative to the output folder
  };
  struct StagedRegion {
    bool ok = false;
    std::vector<StagedFile> files;
    std::string error;  // when !ok
  };
  bool StageRegion(const std::vector<const DocumentSummary*>& group, StagedRegion* staged) const;
  std::vector<StagedRegion> StageRegions(
      const std::vector<std::vector<const DocumentSummary*>>& groups) const;
  void StreamRegion(const std::vector<const DocumentSummary*>& group,
                    bool& csv_header_written) const;
  std::string StageRegionFile(const std::string& name,
                              const std::vector<const DocumentSummary*>& group,
                              FragmentSpan DocumentSummary::*fragment, std::string_view head,
                              std::string_view (*separator)(std::size_t),
                              std::string_view tail, std::string* error) const;
  void RemoveWorkDir();

  BatchOptions options_;
  std::string work_dir_;
  std::vector<std::unique_ptr<SpillFile>> spills_;  // work_dir_/fragments-N
  std::mutex mutex_;                                // guards summaries_
  std::vector<DocumentSummary> summaries_;
  std::vector<std::string> written_;
};

}  // namespace renaksi
