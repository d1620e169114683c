#include "renaksi/batch.h"

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "test_support.h"

#include "renaksi/emit_json.h"

namespace renaksi {
namespace {
namespace fs = std::filesystem;

using testing::TempDir;

Document MakeDoc(std::string path, std::string slug, int year, std::string number) {
  Document doc;
  doc.source.path = std::move(path);
  doc.readable = doc.is_decree = true;
  doc.region.kind = "kabupaten";
  doc.region.name = "X";
  doc.region.slug = std::move(slug);
  doc.decree.year = year;
  doc.decree.number = std::move(number);
  return doc;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Adds docs[i] for each i of `order` (i is the input position) with a
// pending budget of `pending_memory`; returns every written file, by name.
std::string WriteBatch(const std::vector<Document>& docs, const std::vector<std::size_t>& order,
                       std::uint64_t pending_memory) {
  TempDir dir("renaksi-batch-test");
  std::string error;
  BatchOptions options{dir.path, {true, true, true}, nullptr};
  options.pending_memory = pending_memory;
  auto writer = BatchWriter::Create(options, &error);
  REQUIRE(writer);
  for (std::size_t i : order) REQUIRE(writer->Add(i, docs[i], &error));
  REQUIRE(writer->Finish(&error));
  std::string all;
  for (const auto& name : writer->written()) all += name + "\n" + Slurp(dir.path + "/" + name);
  return all;
}

TEST_CASE("batch: groups by region, orders by year then number, writes manifest") {
  TempDir dir;
  std::string error;
  auto writer = BatchWriter::Create({dir.path, {}, nullptr}, &error);
  REQUIRE(writer);
  CHECK(writer->Add(0, MakeDoc("c.txt", "kabupaten-a", 2026, "10"), &error));
  CHECK(writer->Add(1, MakeDoc("b.txt", "kabupaten-a", 2026, "9"), &error));
  CHECK(writer->Add(2, MakeDoc("a.txt", "kabupaten-a", 2025, "30"), &error));
  CHECK(writer->Add(3, MakeDoc("z.txt", "kota-b", 2026, "1"), &error));
  writer->AddUnreadable(4, "gone.txt", "cannot open");
  REQUIRE(writer->Finish(&error));
  CHECK(writer->written() == std::vector<std::string>{"kabupaten-a.csv", "kabupaten-a.json",
                                                      "kota-b.csv", "kota-b.json",
                                                      "manifest.json"});
  Json a = Json::parse(Slurp(dir.path + "/kabupaten-a.json"));
  REQUIRE(a["decrees"].size() == 3);
  CHECK(a["decrees"][0]["source"]["path"] == "a.txt");
  CHECK(a["decrees"][1]["source"]["path"] == "b.txt");  // 9 before 10: numeric
  CHECK(a["decrees"][2]["source"]["path"] == "c.txt");
  Json manifest = Json::parse(Slurp(dir.path + "/manifest.json"));
  CHECK(manifest["totals"]["files"] == 5);
  CHECK(manifest["totals"]["decrees"] == 4);
  CHECK(manifest["files"][4]["status"] == "unreadable");
  CHECK(manifest["regions"][0]["files"]["json"] == "kabupaten-a.json");
  // No work folder or temporary is left behind.
  for (const auto& entry : fs::directory_iterator(dir.path)) {
    CHECK(entry.path().filename().string()[0] != '.');
  }
}

TEST_CASE("batch: region files do not depend on the order documents arrive in") {
  // Arrival order decides whether a region file is rewritten (region_file.h);
  // the bytes must come out the same either way.
  std::vector<Document> docs = {MakeDoc("a.txt", "kabupaten-a", 2025, "30"),
                                MakeDoc("b.txt", "kabupaten-a", 2026, "9"),
                                MakeDoc("c.txt", "kabupaten-a", 2026, "10")};
  docs[2].region.name = "A name of another length";  // the head follows the first decree
  // All in memory until Finish, or each written as it comes (budget 0).
  for (std::uint64_t pending_memory : {std::uint64_t{8} << 20, std::uint64_t{0}}) {
    CAPTURE(pending_memory);
    std::string in_order = WriteBatch(docs, {0, 1, 2}, pending_memory);
    CHECK(in_order.find("\"a.txt\"") < in_order.find("\"c.txt\""));
    CHECK(WriteBatch(docs, {2, 1, 0}, pending_memory) == in_order);
    CHECK(WriteBatch(docs, {1, 0, 2}, pending_memory) == in_order);
  }
}

TEST_CASE("batch: regions written out early to keep memory flat still come out whole") {
  // Interleaved regions under a budget of about two decrees: regions are
  // written out (least recently added first) while more of their decrees
  // are still to come, so Finish has to put them back in order.
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) {
    docs.push_back(MakeDoc(fmt::format("{}.txt", i), i % 3 == 0 ? "kota-c" : i % 2 ? "kabupaten-a" : "kota-b",
                           2025 + (i * 7) % 3, std::to_string(100 - i)));
  }
  std::vector<std::size_t> order(docs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::string unbounded = WriteBatch(docs, order, std::uint64_t{1} << 30);
  CHECK(WriteBatch(docs, order, 0) == unbounded);
  CHECK(WriteBatch(docs, order, 2500) == unbounded);
  Json a = Json::parse(unbounded.substr(unbounded.find("kabupaten-a.json\n") + 17,
                                        unbounded.find("kabupaten-a.ndjson") -
                                            unbounded.find("kabupaten-a.json\n") - 17));
  REQUIRE(a["decrees"].size() == 4);
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(a["decrees"][i - 1]["year"] <= a["decrees"][i]["year"]);
  }
}

TEST_CASE("batch: an unsafe slug never reaches the file system") {
  TempDir dir;
  std::string error;
  auto writer = BatchWriter::Create({dir.path, {}, nullptr}, &error);
  REQUIRE(writer);
  CHECK(writer->Add(0, MakeDoc("a.txt", "../../etc/passwd", 2026, "1"), &error));
  REQUIRE(writer->Finish(&error));
  CHECK(fs::exists(dir.path + "/unknown-region.json"));
}

TEST_CASE("batch: an output folder that cannot be created is an error") {
  TempDir dir;
  std::ofstream(dir.path + "/file") << "x";
  std::string error;
  auto writer = BatchWriter::Create({dir.path + "/file/sub", {}, nullptr}, &error);
  CHECK_FALSE(writer);
  CHECK(error.find("cannot create output folder") != std::string::npos);
}

TEST_CASE("batch: stdout mode writes one CSV header and no files") {
  std::ostringstream out;
  std::string error;
  OutputFormats csv_only{false, true, false};
  auto writer = BatchWriter::Create({"", csv_only, &out}, &error);
  REQUIRE(writer);
  CHECK(writer->Add(0, MakeDoc("a.txt", "kota-b", 2026, "1"), &error));
  CHECK(writer->Add(1, MakeDoc("b.txt", "kabupaten-a", 2026, "1"), &error));
  REQUIRE(writer->Finish(&error));
  CHECK(out.str().rfind("region_code,", 0) == 0);
  CHECK(out.str().find("region_code,", 1) == std::string::npos);
  CHECK(writer->written().empty());
}

}  // namespace
}  // namespace renaksi
