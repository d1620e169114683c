// Regression inputs: every file in tests/fuzz/regressions/ (inputs the fuzzer
// once crashed on, minimized) and tests/fuzz/seeds/ (small hostile decrees)
// runs through the whole pipeline and every emitter. Each must finish without
// an exception and leave diagnostics a user can act on.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "renaksi/emit_csv.h"
#include "renaksi/emit_json.h"
#include "renaksi/pipeline.h"
#include "renaksi/region.h"
#include "test_support.h"

namespace renaksi {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> InputsUnder(const std::string& relative_dir) {
  std::vector<std::string> paths;
  fs::path dir = fs::path(RENAKSI_SOURCE_DIR) / relative_dir;
  if (!fs::is_directory(dir)) return paths;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.rfind("README", 0) != 0) {
      paths.push_back(relative_dir + "/" + name);
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

bool IsKebabCase(const std::string& code) {
  if (code.empty() || code.front() == '-' || code.back() == '-') return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              (c == '-' && code[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

// Upper bound of the line numbers a diagnostic may cite: LF, CRLF and lone
// CR all end a line.
int LineCount(const std::string& bytes) {
  auto lf = std::count(bytes.begin(), bytes.end(), '\n');
  auto cr = std::count(bytes.begin(), bytes.end(), '\r');
  return static_cast<int>(std::max(lf, cr)) + 1;
}

void CheckInput(const std::string& path) {
  CAPTURE(path);
  const std::string bytes = testing::ReadProjectFile(path);
  Document doc;
  REQUIRE_NOTHROW(doc = ExtractDocument(path, bytes, Gazetteer::Builtin()));

  const int lines = LineCount(bytes);
  for (const Diagnostic& d : doc.diagnostics.items()) {
    CAPTURE(d.code);
    CAPTURE(d.message);
    CHECK(IsKebabCase(d.code));
    CHECK_FALSE(d.message.empty());
    CHECK(d.line >= 0);
    CHECK(d.line <= lines);
  }
  if (!doc.is_decree) {
    // A file that yields nothing must say why.
    CHECK(doc.diagnostics.Count(Severity::kError) >= 1);
  }

  std::string decree_json;
  REQUIRE_NOTHROW(decree_json = RenderDecreeJson(doc));
  CHECK(Json::accept(RenderRegionJson(doc.region, {decree_json})));
  CHECK_NOTHROW((void)DecreeToJson(doc).dump(-1, ' ', false, Json::error_handler_t::strict));
  CHECK_NOTHROW((void)RenderCsvRows(doc));
  CHECK_NOTHROW((void)RenderNdjsonRows(doc));
}

TEST_CASE("regression: fuzz seeds run through the pipeline with sane diagnostics") {
  std::vector<std::string> seeds = InputsUnder("tests/fuzz/seeds");
  REQUIRE(seeds.size() >= 3);
  for (const std::string& path : seeds) CheckInput(path);
}

TEST_CASE("regression: minimized fuzzer crashes stay fixed") {
  for (const std::string& path : InputsUnder("tests/fuzz/regressions")) CheckInput(path);
}

TEST_CASE("regression: the seeds that are not decrees are reported, not guessed at") {
  Document doc = ExtractDocument("prose.txt", testing::ReadProjectFile("tests/fuzz/seeds/prose.txt"),
                                 Gazetteer::Builtin());
  CHECK_FALSE(doc.is_decree);
  CHECK(doc.diagnostics.HasCode("not-a-decree"));
}

}  // namespace
}  // namespace renaksi
