#include "renaksi/region_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "renaksi/atomic_file.h"

namespace renaksi {
namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

bool WriteAt(int fd, std::string_view data, std::uint64_t offset) {
  while (!data.empty()) {
    ssize_t n = pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = ENOSPC;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
    offset += static_cast<std::uint64_t>(n);
  }
  return true;
}

bool ReadAt(int fd, char* data, std::uint64_t size, std::uint64_t offset) {
  while (size > 0) {
    ssize_t n = pread(fd, data, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // shorter than this process wrote it
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::uint64_t>(n);
    offset += static_cast<std::uint64_t>(n);
  }
  return true;
}

std::string_view SeparatorAt(SeparatorFn separator, std::size_t index) {
  return separator ? separator(index) : std::string_view();
}

}  // namespace

bool RegionFile::Fail(std::string_view what, std::string* error) const {
  *error = fmt::format("cannot {} {}: {}", what, path_, std::strerror(errno));
  return false;
}

bool RegionFile::Append(std::string_view prefix, std::string_view fragment, FragmentSpan* span,
                        std::string* error) {
  int flags = O_WRONLY | O_CLOEXEC | (created_ ? 0 : O_CREAT | O_EXCL);
  Fd fd(open(path_.c_str(), flags, 0644));
  if (fd.get() < 0) return Fail(created_ ? "open" : "create", error);
  created_ = true;
  span->offset = size_ + prefix.size();
  span->size = fragment.size();
  if (!WriteAt(fd.get(), prefix, size_) || !WriteAt(fd.get(), fragment, span->offset)) {
    return Fail("write", error);
  }
  size_ = span->offset + span->size;
  return true;
}

bool RegionFile::Arrange(std::string_view head, const std::vector<FragmentSpan>& spans,
                         SeparatorFn separator, std::string_view tail, bool as_written,
                         std::uint64_t memory_budget, std::string* error) {
  if (as_written && created_) {
    Fd fd(open(path_.c_str(), O_WRONLY | O_CLOEXEC));
    if (fd.get() < 0 || !WriteAt(fd.get(), tail, size_)) return Fail("write", error);
    size_ += tail.size();
    return true;
  }
  if (size_ <= memory_budget) return RewriteInPlace(head, spans, separator, tail, error);
  return RewriteByCopy(head, spans, separator, tail, error);
}

// The whole file is read once; the arranged bytes then overwrite it from
// the start. The file only shrinks or grows by the head, separators and
// tail, so nearly every page written is one it already had.
bool RegionFile::RewriteInPlace(std::string_view head, const std::vector<FragmentSpan>& spans,
                                SeparatorFn separator, std::string_view tail,
                                std::string* error) {
  Fd fd(open(path_.c_str(), O_RDWR | O_CLOEXEC | (created_ ? 0 : O_CREAT | O_EXCL), 0644));
  if (fd.get() < 0) return Fail(created_ ? "open" : "create", error);
  created_ = true;
  std::string written(size_, '\0');
  if (!ReadAt(fd.get(), written.data(), size_, 0)) return Fail("read", error);
  std::string arranged;
  arranged.reserve(size_ + head.size() + tail.size());
  arranged += head;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    arranged += SeparatorAt(separator, i);
    arranged.append(written, spans[i].offset, spans[i].size);
  }
  arranged += tail;
  if (!WriteAt(fd.get(), arranged, 0) || ftruncate(fd.get(), static_cast<off_t>(arranged.size())) != 0) {
    return Fail("write", error);
  }
  size_ = arranged.size();
  return true;
}

// For a region too large to hold in memory: a new file is assembled from
// this one's fragments (copied inside the kernel) and renamed over it.
bool RegionFile::RewriteByCopy(std::string_view head, const std::vector<FragmentSpan>& spans,
                               SeparatorFn separator, std::string_view tail,
                               std::string* error) {
  Fd source(open(path_.c_str(), O_RDONLY | O_CLOEXEC));
  if (source.get() < 0) return Fail("open", error);
  TemporaryFile copy;
  if (!copy.Open(path_, error) || !copy.Append(head, error)) return false;
  std::uint64_t size = head.size() + tail.size();
  for (std::size_t i = 0; i < spans.size(); ++i) {
    std::string_view separator_i = SeparatorAt(separator, i);
    if (!copy.Append(separator_i, error) ||
        !copy.AppendFrom(source.get(), spans[i].offset, spans[i].size, error)) {
      return false;
    }
    size += separator_i.size() + spans[i].size;
  }
  if (!copy.Append(tail, error)) return false;
  std::string temporary = copy.Close(error);
  if (temporary.empty() || !CommitTemporary(temporary, path_, error)) return false;
  size_ = size;
  return true;
}

bool RegionFile::Read(const FragmentSpan& span, std::string* out, std::string* error) const {
  Fd fd(open(path_.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return Fail("open", error);
  out->resize(span.size);
  if (!ReadAt(fd.get(), out->data(), span.size, span.offset)) return Fail("read", error);
  return true;
}

}  // namespace renaksi
