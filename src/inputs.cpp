#include "renaksi/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <set>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "ascii.h"

namespace renaksi {
namespace fs = std::filesystem;

namespace {

bool IsTxt(const fs::path& path) {
  return ascii::EqualsIgnoreCase(path.extension().string(), ".txt");
}

std::vector<std::string> TxtFilesUnder(const fs::path& dir, std::error_code& ec) {
  std::vector<std::string> found;
  auto options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(dir, options, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec) && IsTxt(it->path())) {
      found.push_back(it->path().generic_string());
    }
  }
  // Directory order is arbitrary; sorting keeps output deterministic.
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

CollectedInputs CollectInputs(const std::vector<std::string>& arguments) {
  CollectedInputs result;
  std::set<std::string> seen;
  auto add = [&](const std::string& path) {
    if (seen.insert(path).second) result.files.push_back(path);
  };
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      add(arg);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      result.problems.push_back({arg, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      std::vector<std::string> files = TxtFilesUnder(arg, ec);
      if (ec) {
        result.problems.push_back({arg, fmt::format("cannot read directory: {}", ec.message())});
      } else if (files.empty()) {
        result.problems.push_back({arg, "directory holds no *.txt file"});
      }
      for (const auto& f : files) add(f);
    } else {
      add(arg);
    }
  }
  return result;
}

std::optional<std::string> ReadInputBytes(const std::string& path, std::string* error) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                      std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      *error = "cannot read standard input";
      return std::nullopt;
    }
    return bytes;
  }
  // POSIX calls rather than an ifstream: the bytes land in the string
  // directly, sized by fstat, with no stream buffer to copy them through.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = fmt::format("cannot open: {}", std::strerror(errno));
    return std::nullopt;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    *error = "is a directory";
    return std::nullopt;
  }
  // st_size is a hint only: pipes and /proc files report 0, and a file may
  // grow while it is read. Read until end of file whatever it said.
  std::string bytes;
  std::size_t filled = 0;
  std::size_t room = info.st_size > 0 ? static_cast<std::size_t>(info.st_size) + 1 : 65536;
  while (true) {
    if (filled == bytes.size()) bytes.resize(std::max(room, bytes.size() * 2));
    ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = fmt::format("read error: {}", std::strerror(errno));
      return std::nullopt;
    }
    if (n == 0) break;
    filled += static_cast<std::size_t>(n);
  }
  bytes.resize(filled);
  return bytes;
}

}  // namespace renaksi
