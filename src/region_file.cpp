#include "renaksi/region_file.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

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

// `first` then `second` from `offset`, in one call when the kernel takes
// both at once (it does for regular files, short of an error).
bool WriteBothAt(int fd, std::string_view first, std::string_view second, std::uint64_t offset) {
  iovec parts[2] = {{const_cast<char*>(first.data()), first.size()},
                    {const_cast<char*>(second.data()), second.size()}};
  ssize_t n;
  do {
    n = pwritev(fd, parts, 2, static_cast<off_t>(offset));
  } while (n < 0 && errno == EINTR);
  if (n < 0) return false;
  auto done = static_cast<std::size_t>(n);
  if (done >= first.size()) {
    second.remove_prefix(done - first.size());
    return WriteAt(fd, second, offset + done);
  }
  first.remove_prefix(done);
  return WriteAt(fd, first, offset + done) &&
         WriteAt(fd, second, offset + done + first.size());
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

// Region files held open between appends. Reopening a file by name for
// every fragment made two opens per decree; but a batch has a file per
// region and format, which can be more than a process may have open, so
// only half the descriptor limit is spent on them and the rest reopen.
std::atomic<long>& FreeHoldSlots() {
  static std::atomic<long> slots = [] {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 512L;
    return std::clamp(static_cast<long>(limit.rlim_cur / 2) - 32, 0L, 4096L);
  }();
  return slots;
}

bool TakeHoldSlot() {
  if (FreeHoldSlots().fetch_sub(1) > 0) return true;
  FreeHoldSlots().fetch_add(1);
  return false;
}

std::string_view SeparatorAt(SeparatorFn separator, std::size_t index) {
  return separator ? separator(index) : std::string_view();
}

}  // namespace

bool RegionFile::Fail(std::string_view what, std::string* error) const {
  *error = fmt::format("cannot {} {}: {}", what, path_, std::strerror(errno));
  return false;
}

RegionFile::RegionFile(RegionFile&& other) noexcept
    : path_(std::move(other.path_)),
      size_(other.size_),
      created_(other.created_),
      held_fd_(std::exchange(other.held_fd_, -1)) {}

int RegionFile::Open(std::string* error) {
  if (held_fd_ >= 0) return held_fd_;
  int fd = open(path_.c_str(), O_RDWR | O_CLOEXEC | (created_ ? 0 : O_CREAT | O_EXCL), 0644);
  if (fd < 0) {
    Fail(created_ ? "open" : "create", error);
    return -1;
  }
  created_ = true;
  if (TakeHoldSlot()) held_fd_ = fd;
  return fd;
}

void RegionFile::Done(int fd) {
  if (fd >= 0 && fd != held_fd_) close(fd);
}

void RegionFile::CloseHeld() {
  if (held_fd_ < 0) return;
  close(std::exchange(held_fd_, -1));
  FreeHoldSlots().fetch_add(1);
}

bool RegionFile::Append(std::string_view prefix, std::string_view fragment, FragmentSpan* span,
                        std::string* error) {
  int fd = Open(error);
  if (fd < 0) return false;
  span->offset = size_ + prefix.size();
  span->size = fragment.size();
  bool ok = WriteBothAt(fd, prefix, fragment, size_);
  Done(fd);
  if (!ok) return Fail("write", error);
  size_ = span->offset + span->size;
  return true;
}

// Finished files are not appended to again: both give the descriptor back.
bool RegionFile::AppendTail(std::string_view tail, std::string* error) {
  int fd = Open(error);
  if (fd < 0) return false;
  bool ok = WriteAt(fd, tail, size_);
  Done(fd);
  CloseHeld();
  if (!ok) return Fail("write", error);
  size_ += tail.size();
  return true;
}

bool RegionFile::Arrange(std::string_view head, const std::vector<FragmentSpan>& spans,
                         SeparatorFn separator, std::string_view tail,
                         std::uint64_t memory_budget, std::string* error) {
  bool ok;
  if (size_ <= memory_budget) {
    ok = RewriteInPlace(head, spans, separator, tail, error);
  } else {
    CloseHeld();  // the copy replaces this file
    ok = RewriteByCopy(head, spans, separator, tail, error);
  }
  CloseHeld();
  return ok;
}

// The whole file is read once; the arranged bytes then overwrite it from
// the start. The file only shrinks or grows by the head, separators and
// tail, so nearly every page written is one it already had.
bool RegionFile::RewriteInPlace(std::string_view head, const std::vector<FragmentSpan>& spans,
                                SeparatorFn separator, std::string_view tail,
                                std::string* error) {
  int fd = Open(error);
  if (fd < 0) return false;
  std::string written(size_, '\0');
  if (!ReadAt(fd, written.data(), size_, 0)) {
    Done(fd);
    return Fail("read", error);
  }
  std::string arranged;
  arranged.reserve(size_ + head.size() + tail.size());
  arranged += head;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    arranged += SeparatorAt(separator, i);
    arranged.append(written, spans[i].offset, spans[i].size);
  }
  arranged += tail;
  bool ok = WriteAt(fd, arranged, 0) && ftruncate(fd, static_cast<off_t>(arranged.size())) == 0;
  Done(fd);
  if (!ok) return Fail("write", error);
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

bool RegionFile::Read(const FragmentSpan& span, std::string* out, std::string* error) {
  int fd = Open(error);
  if (fd < 0) return false;
  out->resize(span.size);
  bool ok = ReadAt(fd, out->data(), span.size, span.offset);
  Done(fd);
  return ok || Fail("read", error);
}

}  // namespace renaksi
