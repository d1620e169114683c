#include "renaksi/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace renaksi {

TemporaryFile::~TemporaryFile() {
  if (fd_ >= 0) close(fd_);
  if (!temporary_.empty()) unlink(temporary_.c_str());
}

bool TemporaryFile::Open(const std::string& path, std::string* error) {
  // Hidden name beside the target, so the rename stays on one file system.
  std::string folder = ".";
  std::string name = path;
  if (auto slash = path.rfind('/'); slash != std::string::npos) {
    folder = path.substr(0, slash == 0 ? 1 : slash);
    name = path.substr(slash + 1);
  }
  std::string temporary = fmt::format("{}/.{}.tmp-XXXXXX", folder, name);
  fd_ = mkstemp(temporary.data());
  if (fd_ < 0) {
    *error = fmt::format("cannot create a file in {}: {}", folder, std::strerror(errno));
    return false;
  }
  fchmod(fd_, 0644);
  path_ = path;
  temporary_ = std::move(temporary);
  return true;
}

bool TemporaryFile::Fail(std::string* error) {
  *error = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
  return false;
}

bool TemporaryFile::Append(std::string_view content, std::string* error) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = write(fd_, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = ENOSPC;
    if (n <= 0) return Fail(error);
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

bool TemporaryFile::AppendFrom(int fd, std::uint64_t offset, std::uint64_t size,
                               std::string* error) {
  auto in = static_cast<off_t>(offset);
  while (size > 0) {
    ssize_t n = copy_file_range(fd, &in, fd_, nullptr, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // not supported here (or short): copy the rest by hand
    size -= static_cast<std::uint64_t>(n);
  }
  char block[65536];
  while (size > 0) {
    ssize_t n = pread(fd, block, std::min<std::uint64_t>(size, sizeof block), in);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // the source is shorter than it was written
    if (n <= 0) return Fail(error);
    if (!Append(std::string_view(block, static_cast<std::size_t>(n)), error)) return false;
    in += n;
    size -= static_cast<std::uint64_t>(n);
  }
  return true;
}

std::string TemporaryFile::Close(std::string* error) {
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    Fail(error);
    return {};
  }
  return std::exchange(temporary_, std::string());
}

std::string WriteTemporary(const std::string& path, std::string_view content,
                           std::string* error) {
  TemporaryFile file;
  if (!file.Open(path, error) || !file.Append(content, error)) return {};
  return file.Close(error);
}

bool CommitTemporary(const std::string& temporary, const std::string& path,
                     std::string* error) {
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    *error = fmt::format("cannot move into place {}: {}", path, std::strerror(errno));
    unlink(temporary.c_str());
    return false;
  }
  return true;
}

bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error) {
  std::string temporary = WriteTemporary(path, content, error);
  return !temporary.empty() && CommitTemporary(temporary, path, error);
}

}  // namespace renaksi
