#include "renaksi/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <system_error>

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
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    *error = "is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = fmt::format("cannot open: {}", std::strerror(errno));
    return std::nullopt;
  }
  // Block reads: an istreambuf_iterator copy goes a character at a time.
  std::string bytes;
  char block[65536];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    bytes.append(block, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) {
    *error = "read error";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace renaksi
