#include "renaksi/inputs.h"

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace renaksi {
namespace {
namespace fs = std::filesystem;

TEST_CASE("inputs: files, recursive folders (sorted, *.txt only), duplicates once") {
  std::string t = (fs::temp_directory_path() / "renaksi-inputs-XXXXXX").string();
  std::string dir = mkdtemp(t.data());
  fs::create_directories(dir + "/sub");
  std::ofstream(dir + "/b.txt") << "b";
  std::ofstream(dir + "/sub/a.TXT") << "a";
  std::ofstream(dir + "/notes.md") << "m";
  fs::create_directories(dir + "/empty");

  CollectedInputs in = CollectInputs({dir, dir + "/b.txt", dir + "/missing.txt", dir + "/empty"});
  CHECK(in.files == std::vector<std::string>{dir + "/b.txt", dir + "/sub/a.TXT"});
  REQUIRE(in.problems.size() == 2);
  CHECK(in.problems[0].message == "no such file or directory");
  CHECK(in.problems[1].message == "directory holds no *.txt file");

  std::string error;
  CHECK(ReadInputBytes(dir + "/b.txt", &error) == "b");
  CHECK_FALSE(ReadInputBytes(dir + "/missing.txt", &error));
  CHECK(error.find("cannot open") != std::string::npos);
  CHECK_FALSE(ReadInputBytes(dir, &error));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace renaksi
