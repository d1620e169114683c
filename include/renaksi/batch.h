// Batch output: many documents in, one JSON/CSV/NDJSON set per region out,
// plus manifest.json.
//
// Memory stays flat however many files a batch has: each document's outputs
// are rendered as soon as it is extracted and kept with its region's until
// a fixed budget is full (twice that while another worker's write is slow,
// then workers wait to write); then the region added to least recently is
// written to its files in a private work folder (see region_file.h), in
// contract order (year, then number). Only a small summary (with the
// fragments' offsets) is kept per document. When an archive's decrees come
// grouped by region, as they usually do, each region file is so written
// once, in order. Finish() puts any other region file into contract order
// and moves every file into place only after all were written, so a failed
// run leaves no half-written file. Add() may be called from several threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/document.h"
#include "renaksi/region_file.h"

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
  unsigned jobs = 1;            // threads that arrange region files in Finish
  // Rendered decrees held in memory before they are written, over all
  // regions: enough for the regions a few workers have in hand when inputs
  // come grouped by region, small against the 64 MB a batch may use.
  std::uint64_t pending_memory = 8u << 20;
};

// What a batch keeps of one input after its outputs were written.
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
  FragmentSpan json, csv, ndjson;  // in the region's files (decrees only)
};

struct OutputFormat;  // batch.cpp: how one format is rendered and laid out

class BatchWriter {
 public:
  // Creates the output folder (if needed) and a private work folder.
  static std::unique_ptr<BatchWriter> Create(const BatchOptions& options,
                                             std::string* error);
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Renders one document into its region's files. Thread-safe. False on an I/O failure.
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
  // A decree rendered but not yet written to its region's files.
  struct PendingDecree {
    DocumentSummary summary;
    std::vector<std::string> rendered;  // one per enabled format
  };
  // A region's outputs while the batch runs: its files, one per enabled
  // format (in formats_ order), and what waits to be written to them.
  // Workers adding documents of different regions never wait for each other.
  struct RegionOutputs {
    std::mutex mutex;  // guards the members below
    std::vector<PendingDecree> pending;   // rendered, not yet written
    std::vector<std::size_t> written;     // document indexes, in file order
    std::vector<RegionFile> files;
    std::atomic<std::uint64_t> pending_bytes{0};
    std::atomic<std::uint64_t> last_added{0};  // the batch's add count then
  };
  RegionOutputs& OutputsFor(const std::string& slug);
  // Writes a region's pending decrees to its files, in contract order, and
  // files their summaries. Needs `outputs.mutex`.
  bool WritePending(RegionOutputs& outputs, std::string* error);
  // Writes out least recently added regions until the pending budget holds.
  bool EvictPending(std::string* error);
  bool Assemble(std::string* error);
  // One region's files, arranged and not yet moved into place.
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
  bool ArrangeRegion(const std::vector<const DocumentSummary*>& group, StagedRegion* staged);
  std::vector<StagedRegion> ArrangeRegions(
      const std::vector<std::vector<const DocumentSummary*>>& groups);
  bool StreamRegion(const std::vector<const DocumentSummary*>& group, bool& csv_header_written,
                    std::string* error);
  void RemoveWorkDir();

  BatchOptions options_;
  std::vector<const OutputFormat*> formats_;  // the enabled ones, in file order
  std::string work_dir_;
  std::mutex mutex_;  // guards summaries_ and regions_
  std::vector<DocumentSummary> summaries_;
  std::map<std::string, std::unique_ptr<RegionOutputs>> regions_;  // by slug
  std::atomic<std::uint64_t> pending_bytes_{0};  // over all regions
  std::atomic<std::uint64_t> adds_{0};
  std::mutex evict_mutex_;  // one worker writes out regions at a time
  std::vector<std::string> written_;
};

}  // namespace renaksi
