// Helpers shared by the unit tests: the project's samples and data files.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace renaksi::testing {

inline std::string ReadProjectFile(const std::string& relative_path) {
  std::ifstream in(std::string(RENAKSI_SOURCE_DIR) + "/" + relative_path,
                   std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + relative_path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline constexpr const char* kMuaroJambi =
    "samples/kpu-kabupaten-muaro-jambi-10-2026.txt";
inline constexpr const char* kBatangHari =
    "samples/kpu-kabupaten-batang-hari-9-2026.txt";

}  // namespace renaksi::testing
