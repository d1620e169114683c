#include "renaksi/batch.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

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

}  // namespace

std::unique_ptr<BatchWriter> BatchWriter::Create(const BatchOptions& options,
                                                 std::string* error) {
  std::unique_ptr<BatchWriter> writer(new BatchWriter(options));
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
  std::string work_template = parent + "/.renaksi-work-XXXXXX";
  if (mkdtemp(work_template.data()) == nullptr) {
    *error = fmt::format("cannot write in {}: {}", parent, std::strerror(errno));
    return nullptr;
  }
  writer->work_dir_ = work_template;
  // A few spill files for all fragments: a file per fragment cost two file
  // creations per decree, and creating and deleting thousands of files costs
  // more kernel time than extracting them.
  constexpr unsigned kMaxSpillFiles = 64;
  unsigned files = std::clamp(options.jobs, 1u, kMaxSpillFiles);
  for (unsigned i = 0; i < files; ++i) {
    auto file = std::make_unique<SpillFile>();
    std::string spill = fmt::format("{}/fragments-{}", writer->work_dir_, i);
    file->fd = open(spill.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (file->fd < 0) {
      *error = fmt::format("cannot write in {}: {}", writer->work_dir_, std::strerror(errno));
      return nullptr;
    }
    writer->spills_.push_back(std::move(file));
  }
  return writer;
}

BatchWriter::~BatchWriter() { RemoveWorkDir(); }

void BatchWriter::RemoveWorkDir() {
  for (auto& file : spills_) {
    if (file->fd >= 0) close(file->fd);
    file->fd = -1;
  }
  if (work_dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(work_dir_, ec);
  work_dir_.clear();
}

// Any free spill file will do; with as many files as threads, one nearly
// always is.
std::unique_lock<std::mutex> BatchWriter::LockSpill(std::size_t index, std::uint32_t* id) {
  for (std::uint32_t i = 0; i < spills_.size(); ++i) {
    std::unique_lock<std::mutex> lock(spills_[i]->mutex, std::try_to_lock);
    if (lock.owns_lock()) {
      *id = i;
      return lock;
    }
  }
  *id = static_cast<std::uint32_t>(index % spills_.size());
  return std::unique_lock<std::mutex>(spills_[*id]->mutex);
}

bool BatchWriter::Spill(std::uint32_t id, const std::string& content, FragmentSpan* span) {
  SpillFile& file = *spills_[id];
  span->file = id;
  span->offset = file.size;
  span->size = content.size();
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = write(file.fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = ENOSPC;
    if (n <= 0) return false;
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  file.size += content.size();
  return true;
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

  // Rendering, the expensive part, happens outside any lock; only the
  // appends to one spill file are serialized.
  if (doc.is_decree) {
    const OutputFormats& f = options_.formats;
    std::string json, csv, ndjson;
    if (f.json) json = RenderDecreeJson(doc);
    if (f.csv) csv = RenderCsvRows(doc);
    if (f.ndjson) ndjson = RenderNdjsonRows(doc);
    std::uint32_t id = 0;
    std::unique_lock<std::mutex> spill_lock = LockSpill(index, &id);
    if (!(Spill(id, json, &s.json) && Spill(id, csv, &s.csv) &&
          Spill(id, ndjson, &s.ndjson))) {
      *error = fmt::format("cannot write to work folder {}: {}", work_dir_,
                           std::strerror(errno));
      return false;
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  summaries_.push_back(std::move(s));
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

std::vector<std::vector<const DocumentSummary*>> BatchWriter::GroupByRegion() const {
  std::map<std::string, std::vector<const DocumentSummary*>> by_slug;
  for (const auto& s : summaries_) {
    if (s.is_decree) by_slug[s.region.slug].push_back(&s);
  }
  std::vector<std::vector<const DocumentSummary*>> groups;
  for (auto& [slug, docs] : by_slug) {
    std::sort(docs.begin(), docs.end(), DecreeOrder);
    groups.push_back(std::move(docs));
  }
  return groups;
}

std::string BatchWriter::ReadFragment(const FragmentSpan& span) const {
  std::string content(span.size, '\0');
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = pread(spills_[span.file]->fd, content.data() + done, content.size() - done,
                      static_cast<off_t>(span.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // cannot happen for bytes this process wrote
    done += static_cast<std::size_t>(n);
  }
  content.resize(done);
  return content;
}

bool BatchWriter::Finish(std::string* error) {
  bool ok = Assemble(error);
  RemoveWorkDir();
  return ok;
}

// --stdout: the region outputs, one after another, read back from the spill
// file (a pipe cannot take an in-kernel copy).
void BatchWriter::StreamRegion(const std::vector<const DocumentSummary*>& group,
                               bool& csv_header_written) const {
  const OutputFormats& f = options_.formats;
  std::ostream& out = *options_.out;
  if (f.json) {
    out << RegionJsonHead(group.front()->region);
    for (std::size_t i = 0; i < group.size(); ++i) {
      out << RegionJsonSeparator(i) << ReadFragment(group[i]->json);
    }
    out << RegionJsonTail(group.size());
  }
  if (f.csv) {
    if (!csv_header_written) out << CsvHeader();
    csv_header_written = true;
    for (const DocumentSummary* s : group) out << ReadFragment(s->csv);
  }
  if (f.ndjson) {
    for (const DocumentSummary* s : group) out << ReadFragment(s->ndjson);
  }
}

// Writes one region output to a temporary beside its final name: `head`,
// then each document's fragment (preceded by separator(i)), then `tail`.
std::string BatchWriter::StageRegionFile(
    const std::string& name, const std::vector<const DocumentSummary*>& group,
    FragmentSpan DocumentSummary::*fragment, std::string_view head,
    std::string_view (*separator)(std::size_t), std::string_view tail,
    std::string* error) const {
  TemporaryFile file;
  if (!file.Open(options_.out_dir + "/" + name, error) || !file.Append(head, error)) return {};
  for (std::size_t i = 0; i < group.size(); ++i) {
    const FragmentSpan& span = group[i]->*fragment;
    if ((separator && !file.Append(separator(i), error)) ||
        !file.AppendFrom(spills_[span.file]->fd, span.offset, span.size, error)) {
      return {};
    }
  }
  if (!file.Append(tail, error)) return {};
  return file.Close(error);
}

bool BatchWriter::StageRegion(const std::vector<const DocumentSummary*>& group,
                              StagedRegion* staged) const {
  const OutputFormats& f = options_.formats;
  struct Output {
    const char* extension;
    FragmentSpan DocumentSummary::*fragment;
    std::string head;
    std::string_view (*separator)(std::size_t);
    std::string_view tail;
  };
  std::vector<Output> outputs;
  if (f.json) {
    outputs.push_back({"json", &DocumentSummary::json, RegionJsonHead(group.front()->region),
                       RegionJsonSeparator, RegionJsonTail(group.size())});
  }
  if (f.csv) outputs.push_back({"csv", &DocumentSummary::csv, CsvHeader(), nullptr, ""});
  if (f.ndjson) outputs.push_back({"ndjson", &DocumentSummary::ndjson, "", nullptr, ""});
  for (const Output& o : outputs) {
    std::string name = group.front()->region.slug + "." + o.extension;
    std::string temporary = StageRegionFile(name, group, o.fragment, o.head, o.separator,
                                            o.tail, &staged->error);
    if (temporary.empty()) return false;
    staged->files.push_back({o.extension, std::move(temporary), std::move(name)});
  }
  return true;
}

// Region files are independent, so they are staged by `jobs` threads: with
// the fragments copied inside the kernel, this is the one serial step of a
// batch that grows with its output.
std::vector<BatchWriter::StagedRegion> BatchWriter::StageRegions(
    const std::vector<std::vector<const DocumentSummary*>>& groups) const {
  std::vector<StagedRegion> staged(groups.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < groups.size(); i = next++) {
      staged[i].ok = StageRegion(groups[i], &staged[i]);
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
  std::sort(summaries_.begin(), summaries_.end(),
            [](const auto& a, const auto& b) { return a.index < b.index; });
  const std::vector<std::vector<const DocumentSummary*>> groups = GroupByRegion();
  if (options_.out != nullptr) {
    bool csv_header_written = false;
    for (const auto& group : groups) StreamRegion(group, csv_header_written);
    options_.out->flush();
    return true;
  }
  std::vector<StagedRegion> staged = StageRegions(groups);
  auto discard_staged = [&] {
    for (const auto& region : staged) {
      for (const auto& file : region.files) fs::remove(file.temporary);
    }
  };
  for (const auto& region : staged) {
    if (!region.ok) {
      *error = region.error;  // the first failure in output order
      discard_staged();
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
  if (manifest_temporary.empty()) {
    discard_staged();
    return false;
  }
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
