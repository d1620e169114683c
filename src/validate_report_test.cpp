// Unit tests of validate's report formats: text lines exactly, JSON fields,
// SARIF 2.1.0 structure, URIs and the batch verdict.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "renaksi/rules.h"
#include "renaksi/validate_report.h"

namespace renaksi {
namespace {

FileReport Sample() {
  FileReport report;
  report.path = "decrees/kota-x.txt";
  report.sha256 = "abc123";
  report.diagnostics = {
      {Severity::kInfo, "bom-removed", 1, "byte-order mark removed", {}},
      {Severity::kError, "field-missing", 0, "decree number not found", {}},
      {Severity::kWarning, "months-overflow", 88, "√ in column 13 clamped to month 12", {}},
  };
  return report;
}

FileReport Clean(const std::string& path) {
  FileReport report;
  report.path = path;
  report.sha256 = "00";
  return report;
}

}  // namespace

TEST_CASE("validate report: verdicts and precedence") {
  FileReport warned = Clean("a.txt");
  warned.diagnostics.push_back({Severity::kWarning, "multi-item", 3, "m", {}});
  CHECK(Passed(warned, false));
  CHECK_FALSE(Passed(warned, true));
  CHECK_FALSE(Passed(Sample(), false));
  CHECK(BatchVerdict({Clean("a"), warned}, false) == Verdict::kPassed);
  CHECK(BatchVerdict({Clean("a"), warned}, true) == Verdict::kFailed);
  CHECK(BatchVerdict({Sample(), UnreadableReport("b", "no such file")}, false) ==
        Verdict::kUnreadable);
  CHECK(BatchVerdict({}, true) == Verdict::kPassed);
}

TEST_CASE("validate report: input problems are unreadable, or input errors") {
  FileReport gone = InputProblemReport("gone", "no such file or directory");
  CHECK_FALSE(gone.readable);
  CHECK(gone.diagnostics.at(0).code == "io-error");
  CHECK(InputProblemReport("d", "cannot read directory: denied").readable == false);
  FileReport empty = InputProblemReport("dir", "directory holds no *.txt file");
  CHECK(empty.readable);
  CHECK(empty.diagnostics.at(0).code == "no-input-files");
  CHECK(empty.diagnostics.at(0).severity == Severity::kError);
  CHECK(BatchVerdict({empty}, false) == Verdict::kFailed);
}

TEST_CASE("validate report: --ignore drops exactly the named codes") {
  FileReport report = Sample();
  DropIgnored(report, {"field-missing", "no-such-code"});
  REQUIRE(report.diagnostics.size() == 2);
  CHECK(report.diagnostics[0].code == "bom-removed");
  CHECK(report.diagnostics[1].code == "months-overflow");
  CHECK(Passed(report, false));
}

TEST_CASE("validate report: text lines, infos only when verbose") {
  const std::string expected =
      "decrees/kota-x.txt:0: error: decree number not found [field-missing]\n"
      "decrees/kota-x.txt:88: warning: √ in column 13 clamped to month 12 [months-overflow]\n"
      "decrees/kota-x.txt: failed: 1 error, 1 warning, 1 info\n";
  CHECK(FormatTextReport({Sample()}, {}) == expected);

  ReportOptions verbose;
  verbose.verbose = true;
  const std::string text = FormatTextReport({Sample()}, verbose);
  CHECK(text.rfind("decrees/kota-x.txt:1: info: byte-order mark removed [bom-removed]\n", 0) ==
        0);
}

TEST_CASE("validate report: text batch total, unreadable files, quiet") {
  std::vector<FileReport> batch = {Clean("a.txt"), Sample(),
                                   UnreadableReport("gone.txt", "no such file or directory")};
  const std::string text = FormatTextReport(batch, {});
  CHECK(text.find("a.txt: passed: 0 errors, 0 warnings, 0 info\n") != std::string::npos);
  CHECK(text.find("gone.txt:0: error: no such file or directory [io-error]\n"
                  "gone.txt: unreadable: 1 error, 0 warnings, 0 info\n") != std::string::npos);
  CHECK(text.size() > 0);
  CHECK(text.substr(text.rfind('\n', text.size() - 2) + 1) ==
        "3 files: 1 passed, 1 failed, 1 unreadable\n");

  ReportOptions quiet;
  quiet.quiet = true;
  const std::string q = FormatTextReport(batch, quiet);
  CHECK(q.find("a.txt") == std::string::npos);
  CHECK(q.find("3 files") == std::string::npos);
  CHECK(q.find("decrees/kota-x.txt: failed") != std::string::npos);
}

TEST_CASE("validate report: strict turns a warned file into failed") {
  FileReport warned = Clean("w.txt");
  warned.diagnostics.push_back({Severity::kWarning, "numbering-gap", 9, "2 missing", {}});
  ReportOptions strict;
  strict.strict = true;
  CHECK(FormatTextReport({warned}, strict).find("w.txt: failed: 0 errors, 1 warning") !=
        std::string::npos);
}

TEST_CASE("validate report: JSON has one object per file with counts and diagnostics") {
  auto json = nlohmann::json::parse(
      FormatJsonReport({Sample(), UnreadableReport("gone.txt", "cannot open")}, {}));
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  const auto& first = json[0];
  CHECK(first["path"] == "decrees/kota-x.txt");
  CHECK(first["sha256"] == "abc123");
  CHECK(first["readable"] == true);
  CHECK(first["passed"] == false);
  CHECK(first["errors"] == 1);
  CHECK(first["warnings"] == 1);
  CHECK(first["infos"] == 1);
  REQUIRE(first["diagnostics"].size() == 3);  // JSON keeps info
  CHECK(first["diagnostics"][2] == nlohmann::json{{"severity", "warning"},
                                                  {"code", "months-overflow"},
                                                  {"line", 88},
                                                  {"message", "√ in column 13 clamped to month 12"}});
  CHECK(json[1]["sha256"].is_null());
  CHECK(json[1]["readable"] == false);
  CHECK(json[1]["diagnostics"][0]["code"] == "io-error");
}

TEST_CASE("validate report: SARIF 2.1.0 structure") {
  FileReport report = Sample();
  auto log = nlohmann::json::parse(FormatSarifReport({report}, {}, "/repo"));
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "renaksi");
  CHECK(driver["version"] == RENAKSI_VERSION);
  // Every registered code is a rule, in registry order.
  const auto& rules = driver["rules"];
  REQUIRE(rules.size() == AllRules().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i]["id"] == std::string(AllRules()[i].code));
    CHECK(rules[i]["shortDescription"]["text"].is_string());
    CHECK(rules[i]["defaultConfiguration"]["level"].is_string());
  }
  const auto& results = run["results"];
  REQUIRE(results.size() == 2);  // the info is left out without --verbose
  const auto& missing = results[0];
  CHECK(missing["ruleId"] == "field-missing");
  CHECK(missing["level"] == "error");
  CHECK(missing["message"]["text"] == "decree number not found");
  CHECK(rules[missing["ruleIndex"].get<int>()]["id"] == "field-missing");
  const auto& location = missing["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "decrees/kota-x.txt");
  CHECK(location["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(location["region"]["startLine"] == 1);  // line 0 (whole file) → 1
  CHECK(results[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 88);
  CHECK(results[1]["level"] == "warning");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///repo/");

  ReportOptions verbose;
  verbose.verbose = true;
  auto full = nlohmann::json::parse(FormatSarifReport({report}, verbose, "/repo"));
  REQUIRE(full["runs"][0]["results"].size() == 3);
  CHECK(full["runs"][0]["results"][0]["level"] == "note");
}

TEST_CASE("validate report: SARIF lists an unregistered code as a rule too") {
  FileReport report = Clean("a.txt");
  report.diagnostics.push_back({Severity::kWarning, "zz-unregistered", 2, "m", {}});
  auto log = nlohmann::json::parse(FormatSarifReport({report}, {}, "/repo"));
  const auto& rules = log["runs"][0]["tool"]["driver"]["rules"];
  const int index = log["runs"][0]["results"][0]["ruleIndex"];
  REQUIRE(index < static_cast<int>(rules.size()));
  CHECK(rules[index]["id"] == "zz-unregistered");
}

TEST_CASE("validate report: SARIF URIs are relative, forward-slashed, percent-encoded") {
  CHECK(SarifUri("samples/a.txt", "/repo") == "samples/a.txt");
  CHECK(SarifUri("./samples/../samples/a.txt", "/repo") == "samples/a.txt");
  CHECK(SarifUri("/repo/samples/a.txt", "/repo") == "samples/a.txt");
  CHECK(SarifUri("/repo/samples/a.txt", "/repo/") == "samples/a.txt");
  CHECK(SarifUri("dir with space/kota #1.txt", "/repo") == "dir%20with%20space/kota%20%231.txt");
  CHECK(SarifUri("keputusan-é.txt", "/repo") == "keputusan-%C3%A9.txt");
  CHECK(SarifUri("/elsewhere/a.txt", "/repo") == "file:///elsewhere/a.txt");
  CHECK(SarifUri("../up.txt", "/repo/sub") == "file:///repo/up.txt");
  CHECK(SarifUri("-", "/repo") == "stdin");
}

}  // namespace renaksi
