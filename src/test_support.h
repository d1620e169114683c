// Helpers shared by the unit tests: the project's samples and data files,
// and scratch folders.
#pragma once

#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
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

// A fresh folder under the system's temporary folder, removed with everything
// in it when the test ends.
struct TempDir {
  explicit TempDir(const std::string& prefix = "renaksi-test") {
    std::string t = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    path = mkdtemp(t.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path;
};

// A fixed-seed linear congruential generator, for the tests that compare a
// hand-written matcher with the pattern it replaces on generated text: the
// same text on every run, so a failure replays.
struct Lcg {
  std::uint32_t seed;
  std::size_t Below(std::size_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  }
};

// `count` of `pieces`, drawn by `rng`, one after another.
template <typename Pieces>
std::string LineOfPieces(Lcg& rng, const Pieces& pieces, int count) {
  std::string line;
  for (int k = 0; k < count; ++k) line += pieces[rng.Below(pieces.size())];
  return line;
}

inline constexpr const char* kMuaroJambi =
    "samples/kpu-kabupaten-muaro-jambi-10-2026.txt";
inline constexpr const char* kBatangHari =
    "samples/kpu-kabupaten-batang-hari-9-2026.txt";

}  // namespace renaksi::testing
