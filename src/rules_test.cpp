// The rule registry must list every code the source tree can emit, so the
// SARIF rules list and the README table never fall behind the code.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <re2/re2.h>

#include "renaksi/pipeline.h"
#include "renaksi/rules.h"
#include "test_support.h"

namespace renaksi {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Kebab-case literals in the sources that are data, not diagnostic codes:
// the canonical area ids (SPEC glossary), the slug of an unidentified region,
// a row role name and a manifest file status. Any other kebab-case literal is
// taken for a code: register it in src/rules.cpp, or, if it is data, add it
// here.
const std::set<std::string> kNotCodes = {
    "manajemen-perubahan",  "deregulasi-kebijakan",    "penataan-organisasi",
    "penataan-tatalaksana", "manajemen-sdm",           "penguatan-akuntabilitas",
    "penguatan-pengawasan", "pelayanan-publik",        "unknown-region",
    "sub-activity",         "no-decree"};

// The source text without // and /* */ comments, which quote codes and
// example slugs freely. (A "//" inside a string literal would cut that line
// short; no code literal contains one.)
std::string WithoutComments(const std::string& text) {
  static const RE2 comment(R"re(//[^\n]*|/\*(?s:.*?)\*/)re");
  std::string out = text;
  RE2::GlobalReplace(&out, comment, "");
  return out;
}

// Every code literal the library and CLI sources (not the tests, which make
// codes up) can emit: any kebab-case string literal holding a hyphen, wherever
// it is passed (Warning("…"), a helper's argument, a table of codes, a
// record's flags), plus hyphen-less ones handed straight to a diagnostic.
std::map<std::string, std::string> CodesInSources() {
  static const RE2 kebab(R"re("([a-z][a-z0-9]*(?:-[a-z0-9]+)+)")re");
  static const RE2 call(
      R"re(\b(?:Error|Warning|Info|Flag)\(\s*"([a-z][a-z0-9]*)")re");
  std::map<std::string, std::string> found;  // code → first file
  const fs::path root = fs::path(RENAKSI_SOURCE_DIR) / "src";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.find("_test.") != std::string::npos) continue;
    if (name == "test_support.h") continue;
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    const std::string text = WithoutComments(ReadFile(entry.path()));
    for (const RE2* re : {&kebab, &call}) {
      re2::StringPiece input(text);
      std::string code;
      while (RE2::FindAndConsume(&input, *re, &code)) {
        if (!kNotCodes.contains(code)) found.emplace(code, name);
      }
    }
  }
  return found;
}

}  // namespace

TEST_CASE("rules: codes are unique, kebab-case and described on one line") {
  static const RE2 kebab(R"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
  std::set<std::string_view> seen;
  for (const Rule& rule : AllRules()) {
    CAPTURE(rule.code);
    CHECK(seen.insert(rule.code).second);
    CHECK(RE2::FullMatch(re2::StringPiece(rule.code.data(), rule.code.size()), kebab));
    CHECK(!rule.description.empty());
    CHECK(rule.description.find('\n') == std::string_view::npos);
    CHECK(rule.description.find('|') == std::string_view::npos);  // markdown table cell
    CHECK(FindRule(rule.code) == &rule);
  }
  CHECK(FindRule("no-such-code") == nullptr);
}

TEST_CASE("rules: the SPEC's documented codes are registered") {
  for (const char* code :
       {"months-overflow", "months-none", "row-shift-repaired", "continuation-merged",
        "numbering-gap", "numbering-duplicate", "numbering-inferred", "multi-item",
        "responsible-inherited", "page-artifact-removed", "text-unassigned",
        "legal-basis-numbering-gap", "table-not-found", "field-missing", "truncated",
        "not-a-decree", "io-error"}) {
    CAPTURE(code);
    CHECK(FindRule(code) != nullptr);
  }
}

TEST_CASE("rules: every code emitted in src/ is registered") {
  const auto found = CodesInSources();
  // The scan must see the codes it is known to hold, or it proves nothing.
  REQUIRE(found.count("not-a-decree") == 1);
  REQUIRE(found.count("bom-removed") == 1);
  REQUIRE(found.count("area-missing") == 1);
  for (const auto& [code, file] : found) {
    INFO(code << " (emitted in " << file << ") is missing from src/rules.cpp");
    CHECK(FindRule(code) != nullptr);
  }
}

TEST_CASE("rules: every code the pipeline raises on the samples is registered") {
  // Catches codes passed through variables, which the source scan cannot see.
  for (const char* sample : {testing::kMuaroJambi, testing::kBatangHari}) {
    const std::string bytes = testing::ReadProjectFile(sample);
    Document doc = ExtractDocument(sample, bytes, Gazetteer::Builtin(),
                                   CheckOptions{"2100-01-01"});
    for (const Diagnostic& d : doc.diagnostics.items()) {
      INFO(sample << ": " << d.code);
      CHECK(FindRule(d.code) != nullptr);
    }
  }
}

TEST_CASE("rules: the markdown table has one row per rule") {
  const std::string table = RulesMarkdownTable();
  std::size_t rows = 0;
  for (char c : table) rows += c == '\n';
  CHECK(rows == AllRules().size() + 2);
  CHECK(table.find("| `area-missing` | error | check |") != std::string::npos);
}

TEST_CASE("rules: the README's rule table is the registry's") {
  // The README documents every code (issue 4); it must not drift from the
  // registry the SARIF rules and --list-rules come from. After adding or
  // changing a rule, paste `renaksi validate --list-rules` between the markers.
  const std::string readme = testing::ReadProjectFile("README.md");
  const std::string begin = "<!-- rule-table -->\n", end = "<!-- /rule-table -->";
  const std::size_t from = readme.find(begin);
  REQUIRE(from != std::string::npos);
  const std::size_t to = readme.find(end, from);
  REQUIRE(to != std::string::npos);
  CHECK(readme.substr(from + begin.size(), to - from - begin.size()) == RulesMarkdownTable());
}

}  // namespace renaksi
