#include "renaksi/region_file.h"

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "test_support.h"

namespace renaksi {
namespace {
namespace fs = std::filesystem;

using testing::TempDir;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string_view Comma(std::size_t index) { return index == 0 ? "" : ","; }

// Appends `fragments` as a batch would (the head before the first, a
// separator before each) and returns their spans.
std::vector<FragmentSpan> AppendAll(RegionFile& file, std::string_view head,
                                    const std::vector<std::string>& fragments) {
  std::vector<FragmentSpan> spans(fragments.size());
  std::string error;
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    std::string prefix = (i == 0 ? std::string(head) : std::string()) + std::string(Comma(i));
    REQUIRE(file.Append(prefix, fragments[i], &spans[i], &error));
  }
  return spans;
}

TEST_CASE("region file: arrival order that is final only gets its tail") {
  TempDir dir;
  RegionFile file(dir.path + "/r.json");
  auto spans = AppendAll(file, "[", {"a", "bb", "ccc"});
  CHECK(Slurp(file.path()) == "[a,bb,ccc");
  std::string error;
  REQUIRE(file.AppendTail("]", &error));
  CHECK(Slurp(file.path()) == "[a,bb,ccc]");
  CHECK(file.size() == 10);
}

TEST_CASE("region file: another order is rewritten in place, shorter or longer") {
  TempDir dir;
  RegionFile file(dir.path + "/r.json");
  auto spans = AppendAll(file, "<long head>", {"a", "bb", "ccc"});
  std::string error;
  SUBCASE("a shorter head: the file shrinks") {
    REQUIRE(file.Arrange("[", {spans[2], spans[0], spans[1]}, Comma, "]", 1 << 20,
                         &error));
    CHECK(Slurp(file.path()) == "[ccc,a,bb]");
  }
  SUBCASE("a longer head: the file grows") {
    REQUIRE(file.Arrange("<an even longer head>", {spans[1], spans[2], spans[0]}, Comma, "!",
                         1 << 20, &error));
    CHECK(Slurp(file.path()) == "<an even longer head>bb,ccc,a!");
  }
  CHECK(file.size() == Slurp(file.path()).size());
}

TEST_CASE("region file: a file over the memory budget is rearranged by copying") {
  TempDir dir;
  RegionFile file(dir.path + "/r.csv");
  auto spans = AppendAll(file, "h\n", {"1\n", "2\n", "3\n"});
  std::string error;
  REQUIRE(file.Arrange("h\n", {spans[2], spans[1], spans[0]}, nullptr, "",
                       /*memory_budget=*/0, &error));
  CHECK(Slurp(file.path()) == "h\n3\n2\n1\n");
  CHECK(file.size() == 8);
  // The copy replaced the file: nothing else is left in the folder.
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("region file: fragments read back by span") {
  TempDir dir;
  RegionFile file(dir.path + "/r.ndjson");
  auto spans = AppendAll(file, "", {"{\"a\":1}\n", "{\"b\":2}\n"});
  std::string fragment, error;
  REQUIRE(file.Read(spans[1], &fragment, &error));
  CHECK(fragment == "{\"b\":2}\n");
}

TEST_CASE("region file: a file that cannot be created is an error naming it") {
  TempDir dir;
  RegionFile file(dir.path + "/missing/r.json");
  FragmentSpan span;
  std::string error;
  CHECK_FALSE(file.Append("", "x", &span, &error));
  CHECK(error.find("cannot create " + dir.path + "/missing/r.json") == 0);
}

TEST_CASE("region file: more files than may be held open still work") {
  // At most 4,096 files (half the descriptor limit, less) are held open
  // between calls; the rest reopen by name each time.
  TempDir dir;
  std::vector<RegionFile> files;
  for (int i = 0; i < 4200; ++i) files.emplace_back(fmt::format("{}/r{}.csv", dir.path, i));
  std::vector<FragmentSpan> spans(files.size());
  std::string error;
  for (std::size_t i = 0; i < files.size(); ++i) {
    REQUIRE(files[i].Append("h\n", fmt::format("{}\n", i), &spans[i], &error));
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    REQUIRE(files[i].Append("", "again\n", &spans[i], &error));
    REQUIRE(files[i].Arrange("h\n", {spans[i]}, nullptr, "", 1 << 20, &error));
  }
  CHECK(Slurp(files.front().path()) == "h\nagain\n");
  CHECK(Slurp(files.back().path()) == "h\nagain\n");
}

}  // namespace
}  // namespace renaksi
