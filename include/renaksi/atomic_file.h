// Files that appear whole or not at all: write to a temporary file in the
// same folder, then rename over the target.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace renaksi {

// A temporary file beside its target, written piece by piece and then moved
// into place (Commit) or removed (the destructor, unless committed).
class TemporaryFile {
 public:
  TemporaryFile() = default;
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  // Creates the temporary for `path`. False (with *error set) on failure.
  bool Open(const std::string& path, std::string* error);
  bool Append(std::string_view content, std::string* error);
  // Appends `size` bytes of the file `fd` from `offset`, copied inside the
  // kernel (copy_file_range) where it can: a region file too large to
  // rearrange in memory never passes through user memory.
  bool AppendFrom(int fd, std::uint64_t offset, std::uint64_t size, std::string* error);
  // Closes the file and returns the temporary's path; empty on failure.
  std::string Close(std::string* error);

 private:
  bool Fail(std::string* error);
  std::string path_;
  std::string temporary_;
  int fd_ = -1;
};

// Writes `content` to a fresh temporary file beside `path` and returns the
// temporary's path; empty (with *error set) on failure, leaving nothing.
std::string WriteTemporary(const std::string& path, std::string_view content,
                           std::string* error);

// Moves a temporary written by WriteTemporary onto its target.
bool CommitTemporary(const std::string& temporary, const std::string& path,
                     std::string* error);

// WriteTemporary + CommitTemporary.
bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error);

}  // namespace renaksi
