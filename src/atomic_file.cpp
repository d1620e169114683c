#include "renaksi/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace renaksi {

std::string WriteTemporary(const std::string& path, std::string_view content,
                           std::string* error) {
  // Hidden name beside the target, so the rename stays on one file system.
  std::string folder = ".";
  std::string name = path;
  if (auto slash = path.rfind('/'); slash != std::string::npos) {
    folder = path.substr(0, slash == 0 ? 1 : slash);
    name = path.substr(slash + 1);
  }
  std::string temporary = fmt::format("{}/.{}.tmp-XXXXXX", folder, name);
  int fd = mkstemp(temporary.data());
  if (fd < 0) {
    *error = fmt::format("cannot create a file in {}: {}", folder, std::strerror(errno));
    return {};
  }
  fchmod(fd, 0644);
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
      close(fd);
      unlink(temporary.c_str());
      return {};
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (close(fd) != 0) {
    *error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    unlink(temporary.c_str());
    return {};
  }
  return temporary;
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
