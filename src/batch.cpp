#include "renaksi/batch.h"

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <system_error>
#include <thread>

#include <fmt/format.h>
#include <re2/re2.h>

#include "renaksi/atomic_file.h"
#include "renaksi/emit_csv.h"
#include "renaksi/emit_json.h"
#include "renaksi/region_file.h"

namespace renaksi {
namespace fs = std::filesystem;

namespace {

// File names come only from slugs of this shape; anything else (a defect
// upstream) falls back to the unknown-region bucket rather than reaching the
// file system.
bool IsSafeSlug(const std::string& slug) {
  static const RE2 kSlug("[a-z0-9]+(-[a-z0-9]+)*");
  return slug.size() <= 120 && RE2::FullMatch(slug, kSlug);
}

// Year, then number (numerically when both are numbers), then path: the
// contract's order, made total so output never depends on input order.
bool DecreeOrder(const DocumentSummary* a, const DocumentSummary* b) {
  int year_a = a->year.value_or(INT32_MAX), year_b = b->year.value_or(INT32_MAX);
  if (year_a != year_b) return year_a < year_b;
  const std::string& na = a->number.value_or("");
  const std::string& nb = b->number.value_or("");
  auto numeric = [](const std::string& s) {
    return !s.empty() && s.size() < 10 && std::all_of(s.begin(), s.end(), ::isdigit);
  };
  if (numeric(na) && numeric(nb) && std::stol(na) != std::stol(nb)) {
    return std::stol(na) < std::stol(nb);
  }
  if (na != nb) return na < nb;
  return a->path < b->path;
}

Json SeverityCounts(std::size_t errors, std::size_t warnings, std::size_t infos) {
  return Json{{"error", errors}, {"warning", warnings}, {"info", infos}};
}

std::string FileStatus(const DocumentSummary& s) {
  if (!s.io_error.empty()) return "unreadable";
  if (!s.is_decree) return "no-decree";
  return s.errors > 0 ? "errors" : "ok";
}

std::string CsvHead(const Region&) { return CsvHeader(); }
std::string NoHead(const Region&) { return {}; }
std::string_view NoTail(std::size_t) { return {}; }

// Region files in memory while they are put in order, in all -j threads
// together: a region larger than its share is reordered by copying instead.
constexpr std::uint64_t kArrangeMemory = 16u << 20;

// Contract order, then input position for full ties (the same path twice),
// as GroupByRegion's stable sort of summaries in input order gives.
bool WriteOrder(const DocumentSummary& a, const DocumentSummary& b) {
  if (DecreeOrder(&a, &b)) return true;
  if (DecreeOrder(&b, &a)) return false;
  return a.index < b.index;
}

}  // namespace

// A region file's format: how a decree is rendered into it, and the head,
// separators and tail around the decrees.
struct OutputFormat {
  const char* extension;
  bool OutputFormats::*enabled;
  FragmentSpan DocumentSummary::*fragment;
  std::string (*render)(const Document&);
  std::string (*head)(const Region&);
  SeparatorFn separator;
  std::string_view (*tail)(std::size_t decrees);
  // The head is one table header for every region (CSV), so a --stdout
  // stream of all regions carries it once.
  bool head_once_per_stream;
};

namespace {

constexpr OutputFormat kOutputFormats[] = {
    {"json", &OutputFormats::json, &DocumentSummary::json, RenderDecreeJson, RegionJsonHead,
     RegionJsonSeparator, RegionJsonTail, false},
    {"csv", &OutputFormats::csv, &DocumentSummary::csv, RenderCsvRows, CsvHead, nullptr, NoTail,
     true},
    {"ndjson", &OutputFormats::ndjson, &DocumentSummary::ndjson, RenderNdjsonRows, NoHead,
     nullptr, NoTail, false},
};

}  // namespace

std::unique_ptr<BatchWriter> BatchWriter::Create(const BatchOptions& options,
                                                 std::string* error) {
  std::unique_ptr<BatchWriter> writer(new BatchWriter(options));
  for (const OutputFormat& format : kOutputFormats) {
    if (options.formats.*format.enabled) writer->formats_.push_back(&format);
  }
  std::string parent;
  if (options.out == nullptr) {
    std::error_code ec;
    fs::create_directories(options.out_dir, ec);
    if (ec || !fs::is_directory(options.out_dir)) {
      *error = fmt::format("cannot create output folder {}: {}", options.out_dir,
                           ec ? ec.message() : "not a directory");
      return nullptr;
    }
    parent = options.out_dir;
  } else {
    std::error_code ec;
    parent = fs::temp_directory_path(ec).string();
    if (ec) parent = "/tmp";
  }
  // Inside the output folder, so finished files are renamed into place on
  // the same file system.
  std::string work_template = parent + "/.renaksi-work-XXXXXX";
  if (mkdtemp(work_template.data()) == nullptr) {
    *error = fmt::format("cannot write in {}: {}", parent, std::strerror(errno));
    return nullptr;
  }
  writer->work_dir_ = work_template;
  return writer;
}

BatchWriter::~BatchWriter() { RemoveWorkDir(); }

void BatchWriter::RemoveWorkDir() {
  if (work_dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(work_dir_, ec);
  work_dir_.clear();
}

BatchWriter::RegionOutputs& BatchWriter::OutputsFor(const std::string& slug) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::unique_ptr<RegionOutputs>& outputs = regions_[slug];
  if (!outputs) {
    outputs = std::make_unique<RegionOutputs>();
    for (const OutputFormat* format : formats_) {
      outputs->files.emplace_back(fmt::format("{}/{}.{}", work_dir_, slug, format->extension));
    }
  }
  return *outputs;
}

bool BatchWriter::Add(std::size_t index, const Document& doc, std::string* error) {
  DocumentSummary s;
  s.index = index;
  s.path = doc.source.path;
  s.sha256 = doc.source.sha256;
  s.bytes = doc.source.bytes;
  s.readable = doc.readable;
  s.is_decree = doc.is_decree;
  s.region = doc.region;
  if (!IsSafeSlug(s.region.slug)) s.region.slug = std::string(kUnknownRegionSlug);
  s.year = doc.decree.year;
  s.number = doc.decree.number;
  s.errors = doc.diagnostics.Count(Severity::kError);
  s.warnings = doc.diagnostics.Count(Severity::kWarning);
  s.infos = doc.diagnostics.Count(Severity::kInfo);

  if (!doc.is_decree) {
    std::lock_guard<std::mutex> lock(mutex_);
    summaries_.push_back(std::move(s));
    return true;
  }
  // Rendering, the expensive part, happens outside any lock.
  PendingDecree pending{std::move(s), {}};
  std::uint64_t bytes = 0;
  for (const OutputFormat* format : formats_) {
    pending.rendered.push_back(format->render(doc));
    // Capacity, not size: a rendered decree keeps the room reserved for it.
    bytes += pending.rendered.back().capacity();
  }
  RegionOutputs& outputs = OutputsFor(pending.summary.region.slug);
  {
    std::lock_guard<std::mutex> lock(outputs.mutex);
    outputs.pending.push_back(std::move(pending));
    outputs.pending_bytes += bytes;
    outputs.last_added = ++adds_;
  }
  pending_bytes_ += bytes;
  return EvictPending(error);
}

bool BatchWriter::WritePending(RegionOutputs& outputs, std::string* error) {
  std::sort(outputs.pending.begin(), outputs.pending.end(),
            [](const PendingDecree& a, const PendingDecree& b) {
              return WriteOrder(a.summary, b.summary);
            });
  std::vector<DocumentSummary> done;
  for (PendingDecree& decree : outputs.pending) {
    DocumentSummary& s = decree.summary;
    std::size_t position = outputs.written.size();
    for (std::size_t f = 0; f < formats_.size(); ++f) {
      const OutputFormat& format = *formats_[f];
      // Laid out as if this order were the final one (region_file.h).
      std::string prefix = position == 0 ? format.head(s.region) : std::string();
      if (format.separator) prefix += format.separator(position);
      if (!outputs.files[f].Append(prefix, decree.rendered[f], &(s.*format.fragment), error)) {
        return false;
      }
    }
    outputs.written.push_back(s.index);
    done.push_back(std::move(s));
  }
  outputs.pending.clear();
  pending_bytes_ -= outputs.pending_bytes.exchange(0);
  std::lock_guard<std::mutex> lock(mutex_);
  for (DocumentSummary& s : done) summaries_.push_back(std::move(s));
  return true;
}

bool BatchWriter::EvictPending(std::string* error) {
  while (pending_bytes_ > options_.pending_memory) {
    // A worker that finds another one writing goes back to extracting
    // rather than wait for the disk, while what is pending stays under
    // twice the budget. Past that it waits its turn to write: a write that
    // stalls (a busy disk, a descheduled CPU) would otherwise let the
    // other workers pile up rendered decrees without limit (a -j2 run
    // whose every 200th write slept 0.3 s peaked at 270 MB that way).
    std::unique_lock<std::mutex> evicting(evict_mutex_, std::defer_lock);
    if (pending_bytes_ > 2 * options_.pending_memory) {
      evicting.lock();
    } else if (!evicting.try_lock()) {
      break;
    }
    RegionOutputs* victim = nullptr;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (auto& [slug, outputs] : regions_) {
        if (outputs->pending_bytes > 0 &&
            (!victim || outputs->last_added < victim->last_added)) {
          victim = outputs.get();
        }
      }
    }
    if (!victim) break;  // everything pending is being added right now
    std::lock_guard<std::mutex> lock(victim->mutex);
    if (!WritePending(*victim, error)) return false;
  }
  return true;
}

void BatchWriter::AddUnreadable(std::size_t index, const std::string& path,
                                const std::string& message) {
  DocumentSummary s;
  s.index = index;
  s.path = path;
  s.io_error = message;
  s.region.slug = std::string(kUnknownRegionSlug);
  s.errors = 1;
  std::lock_guard<std::mutex> lock(mutex_);
  summaries_.push_back(std::move(s));
}

// Summaries are in input order here, so a stable sort settles full ties
// (the same path given twice) by input position.
std::vector<std::vector<const DocumentSummary*>> BatchWriter::GroupByRegion() const {
  std::map<std::string, std::vector<const DocumentSummary*>> by_slug;
  for (const auto& s : summaries_) {
    if (s.is_decree) by_slug[s.region.slug].push_back(&s);
  }
  std::vector<std::vector<const DocumentSummary*>> groups;
  for (auto& [slug, docs] : by_slug) {
    std::stable_sort(docs.begin(), docs.end(), DecreeOrder);
    groups.push_back(std::move(docs));
  }
  return groups;
}

bool BatchWriter::Finish(std::string* error) {
  bool ok = Assemble(error);
  RemoveWorkDir();
  return ok;
}

// --stdout: the region outputs, one after another, read back from the work
// folder.
bool BatchWriter::StreamRegion(const std::vector<const DocumentSummary*>& group,
                               bool& csv_header_written, std::string* error) {
  std::ostream& out = *options_.out;
  RegionOutputs& outputs = *regions_.at(group.front()->region.slug);
  std::string fragment;
  for (std::size_t f = 0; f < formats_.size(); ++f) {
    const OutputFormat& format = *formats_[f];
    if (!format.head_once_per_stream || !csv_header_written) {
      out << format.head(group.front()->region);
    }
    if (format.head_once_per_stream) csv_header_written = true;
    for (std::size_t i = 0; i < group.size(); ++i) {
      if (!outputs.files[f].Read(group[i]->*format.fragment, &fragment, error)) return false;
      if (format.separator) out << format.separator(i);
      out << fragment;
    }
    out << format.tail(group.size());
  }
  return true;
}

bool BatchWriter::ArrangeRegion(const std::vector<const DocumentSummary*>& group,
                                StagedRegion* staged) {
  const std::string& slug = group.front()->region.slug;
  RegionOutputs& outputs = *regions_.at(slug);
  bool as_written = outputs.written.size() == group.size() &&
                    std::equal(group.begin(), group.end(), outputs.written.begin(),
                               [](const DocumentSummary* s, std::size_t index) {
                                 return s->index == index;
                               });
  std::uint64_t memory_budget = kArrangeMemory / std::max(1u, options_.jobs);
  for (std::size_t f = 0; f < formats_.size(); ++f) {
    const OutputFormat& format = *formats_[f];
    RegionFile& file = outputs.files[f];
    if (as_written) {
      if (!file.AppendTail(format.tail(group.size()), &staged->error)) return false;
    } else {
      std::vector<FragmentSpan> spans;
      spans.reserve(group.size());
      for (const DocumentSummary* s : group) spans.push_back(s->*format.fragment);
      if (!file.Arrange(format.head(group.front()->region), spans, format.separator,
                        format.tail(group.size()), memory_budget, &staged->error)) {
        return false;
      }
    }
    staged->files.push_back({format.extension, file.path(), slug + "." + format.extension});
  }
  return true;
}

// Region files are independent, so they are arranged by `jobs` threads.
std::vector<BatchWriter::StagedRegion> BatchWriter::ArrangeRegions(
    const std::vector<std::vector<const DocumentSummary*>>& groups) {
  std::vector<StagedRegion> staged(groups.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < groups.size(); i = next++) {
      staged[i].ok = ArrangeRegion(groups[i], &staged[i]);
    }
  };
  unsigned jobs = static_cast<unsigned>(
      std::clamp<std::size_t>(options_.jobs, 1, std::max<std::size_t>(groups.size(), 1)));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return staged;
}

bool BatchWriter::Assemble(std::string* error) {
  for (auto& [slug, outputs] : regions_) {
    std::lock_guard<std::mutex> lock(outputs->mutex);
    if (!WritePending(*outputs, error)) return false;
  }
  std::sort(summaries_.begin(), summaries_.end(),
            [](const auto& a, const auto& b) { return a.index < b.index; });
  const std::vector<std::vector<const DocumentSummary*>> groups = GroupByRegion();
  if (options_.out != nullptr) {
    bool csv_header_written = false;
    for (const auto& group : groups) {
      if (!StreamRegion(group, csv_header_written, error)) return false;
    }
    options_.out->flush();
    return true;
  }
  std::vector<StagedRegion> staged = ArrangeRegions(groups);
  for (const auto& region : staged) {
    if (!region.ok) {
      *error = region.error;  // the first failure in output order
      return false;
    }
  }

  Json regions = Json::array();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto& group = groups[g];
    // The first decree (in contract order) names the region: deterministic
    // for a given set of inputs.
    std::size_t errors = 0, warnings = 0, infos = 0;
    for (const DocumentSummary* s : group) {
      errors += s->errors;
      warnings += s->warnings;
      infos += s->infos;
    }
    Json files = Json::object();
    for (const auto& file : staged[g].files) files[file.extension] = file.name;
    Json entry = RegionToJson(group.front()->region);
    entry["decrees"] = group.size();
    entry["files"] = std::move(files);
    entry["diagnostics"] = SeverityCounts(errors, warnings, infos);
    regions.push_back(std::move(entry));
  }

  Json files = Json::array();
  std::size_t decrees = 0, errors = 0, warnings = 0, infos = 0;
  for (const auto& s : summaries_) {
    Json file{{"path", s.path},
              {"sha256", s.sha256.empty() ? Json(nullptr) : Json(s.sha256)},
              {"bytes", s.bytes},
              {"status", FileStatus(s)},
              {"region", s.is_decree ? Json(s.region.slug) : Json(nullptr)},
              {"decrees", s.is_decree ? 1 : 0},
              {"diagnostics", SeverityCounts(s.errors, s.warnings, s.infos)}};
    if (!s.io_error.empty()) file["error"] = s.io_error;
    files.push_back(std::move(file));
    decrees += s.is_decree ? 1 : 0;
    errors += s.errors;
    warnings += s.warnings;
    infos += s.infos;
  }
  Json manifest{{"schema_version", kSchemaVersion},
                {"generator", {{"name", "renaksi"}, {"version", RENAKSI_VERSION}}},
                {"regions", std::move(regions)},
                {"files", std::move(files)},
                {"totals", {{"files", summaries_.size()},
                            {"decrees", decrees},
                            {"diagnostics", SeverityCounts(errors, warnings, infos)}}}};
  std::string manifest_temporary = WriteTemporary(
      options_.out_dir + "/manifest.json",
      manifest.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", error);
  if (manifest_temporary.empty()) return false;
  staged.push_back({true, {{"json", std::move(manifest_temporary), "manifest.json"}}, {}});
  for (const auto& region : staged) {
    for (const auto& file : region.files) {
      if (!CommitTemporary(file.temporary, options_.out_dir + "/" + file.name, error)) {
        return false;
      }
      written_.push_back(file.name);
    }
  }
  std::sort(written_.begin(), written_.end());
  return true;
}

}  // namespace renaksi
