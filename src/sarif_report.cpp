// SARIF 2.1.0 output of `renaksi validate`, for code-scanning dashboards.
// Reference: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "renaksi/rules.h"
#include "renaksi/validate_report.h"

namespace renaksi {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kSourceRoot = "%SRCROOT%";

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "note";
}

// RFC 3986: unreserved characters and the path separator stay, every other
// byte (including each byte of a multi-byte UTF-8 character) is %XX.
std::string PercentEncode(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                      c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Json RuleJson(const Rule& rule) {
  return {{"id", rule.code},
          {"shortDescription", {{"text", rule.description}}},
          {"defaultConfiguration", {{"level", SarifLevel(rule.severity)}}},
          {"properties", {{"stage", rule.stage}}}};
}

// The rules list: every registered rule, then (defensively) any code met in
// the results that the registry lacks, so each result's ruleIndex is valid.
class RuleTable {
 public:
  RuleTable() {
    for (const Rule& rule : AllRules()) Add(RuleJson(rule), std::string(rule.code));
  }
  int IndexOf(const Diagnostic& d) {
    auto it = index_.find(d.code);
    if (it != index_.end()) return it->second;
    Rule unknown{d.code, d.severity, "unknown", "Unregistered diagnostic code."};
    return Add(RuleJson(unknown), d.code);
  }
  Json& rules() { return rules_; }

 private:
  int Add(Json rule, const std::string& code) {
    const int index = static_cast<int>(rules_.size());
    rules_.push_back(std::move(rule));
    index_[code] = index;
    return index;
  }
  Json rules_ = Json::array();
  std::map<std::string, int> index_;
};

Json ResultJson(const Diagnostic& d, int rule_index, const std::string& uri, bool relative) {
  Json artifact = {{"uri", uri}};
  if (relative) artifact["uriBaseId"] = kSourceRoot;
  return {{"ruleId", d.code},
          {"ruleIndex", rule_index},
          {"level", SarifLevel(d.severity)},
          {"message", {{"text", d.message}}},
          {"locations",
           Json::array({{{"physicalLocation",
                          {{"artifactLocation", std::move(artifact)},
                           {"region", {{"startLine", std::max(d.line, 1)}}}}}}})}};
}

std::string DirectoryUri(const std::string& directory) {
  std::string path = fs::path(directory).lexically_normal().generic_string();
  if (path.empty() || path.back() != '/') path += '/';
  return "file://" + PercentEncode(path);
}

}  // namespace

std::string SarifUri(const std::string& path, const std::string& working_directory) {
  if (path == "-") return "stdin";
  const fs::path cwd = fs::path(working_directory).lexically_normal();
  fs::path absolute = fs::path(path);
  if (absolute.is_relative()) absolute = cwd / absolute;
  absolute = absolute.lexically_normal();
  const fs::path relative = absolute.lexically_relative(cwd);
  const std::string rel = relative.generic_string();
  if (!rel.empty() && rel != "." && rel.rfind("..", 0) != 0) return PercentEncode(rel);
  return "file://" + PercentEncode(absolute.generic_string());
}

std::string FormatSarifReport(const std::vector<FileReport>& reports,
                              const ReportOptions& options,
                              const std::string& working_directory) {
  RuleTable rules;
  Json results = Json::array();
  for (const FileReport& report : reports) {
    const std::string uri = SarifUri(report.path, working_directory);
    const bool relative = uri != "stdin" && uri.rfind("file://", 0) != 0;
    for (const Diagnostic& d : report.diagnostics) {
      if (d.severity == Severity::kInfo && !options.verbose) continue;
      results.push_back(ResultJson(d, rules.IndexOf(d), uri, relative));
    }
  }
  Json driver = {{"name", "renaksi"},
                 {"version", RENAKSI_VERSION},
                 {"semanticVersion", RENAKSI_VERSION},
                 {"rules", std::move(rules.rules())}};
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"originalUriBaseIds",
               {{kSourceRoot, {{"uri", DirectoryUri(working_directory)}}}}},
              {"results", std::move(results)}};
  Json log = {{"version", "2.1.0"}, {"$schema", kSchema}, {"runs", Json::array({run})}};
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace renaksi
