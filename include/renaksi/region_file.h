// One output file of one region in a batch (its JSON, CSV or NDJSON),
// written while the batch runs.
//
// A region file is a head, then each decree's fragment preceded by a
// separator, then a tail, with the decrees in contract order (year, then
// number). A batch writes decrees out before it has seen them all, so each
// fragment is appended laid out as if the order so far were final: the
// head before the first, a separator before each. At the end the file
// either just gets its tail (AppendTail: that order was the contract
// order) or is rewritten in contract order (Arrange).
//
// Why not spill fragments elsewhere and copy them into place: on this kind
// of host, putting bytes into fresh page-cache pages is the dominant kernel
// cost of a batch, and a spill doubles it. Rewriting in place touches only
// pages the file already has.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace renaksi {

// Where one fragment lies in its region file.
struct FragmentSpan {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

// The separator before the i-th fragment; nullptr means none.
using SeparatorFn = std::string_view (*)(std::size_t index);

class RegionFile {
 public:
  // `path` must not exist; it is created by the first Append.
  explicit RegionFile(std::string path) : path_(std::move(path)) {}
  ~RegionFile() { CloseHeld(); }
  RegionFile(RegionFile&& other) noexcept;
  RegionFile(const RegionFile&) = delete;
  RegionFile& operator=(const RegionFile&) = delete;
  RegionFile& operator=(RegionFile&&) = delete;

  // Appends `prefix` then `fragment`; *span is where the fragment landed.
  bool Append(std::string_view prefix, std::string_view fragment, FragmentSpan* span,
              std::string* error);

  // Ends a file whose appends were already in their final order. Nothing
  // is appended after AppendTail or Arrange.
  bool AppendTail(std::string_view tail, std::string* error);

  // Makes the file `head`, then spans[i] preceded by separator(i), then
  // `tail`. A file of up to `memory_budget` bytes is read and rewritten in
  // place; a larger one is copied piecewise into a new file that replaces it.
  bool Arrange(std::string_view head, const std::vector<FragmentSpan>& spans,
               SeparatorFn separator, std::string_view tail, std::uint64_t memory_budget,
               std::string* error);

  // Reads one fragment back (for --stdout, where nothing is arranged).
  bool Read(const FragmentSpan& span, std::string* out, std::string* error);

  const std::string& path() const { return path_; }
  std::uint64_t size() const { return size_; }

 private:
  bool Fail(std::string_view what, std::string* error) const;
  // The file's descriptor: the held one, or a new one (creating the file on
  // first use) that is held if the process-wide share allows. Done() closes
  // it unless it is held. -1 on failure, with *error set.
  int Open(std::string* error);
  void Done(int fd);
  void CloseHeld();
  bool RewriteInPlace(std::string_view head, const std::vector<FragmentSpan>& spans,
                      SeparatorFn separator, std::string_view tail, std::string* error);
  bool RewriteByCopy(std::string_view head, const std::vector<FragmentSpan>& spans,
                     SeparatorFn separator, std::string_view tail, std::string* error);

  std::string path_;
  std::uint64_t size_ = 0;
  bool created_ = false;
  int held_fd_ = -1;
};

}  // namespace renaksi
