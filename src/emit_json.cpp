#include "renaksi/emit_json.h"

#include <string_view>

namespace renaksi {
namespace {

// Absent values are null, never empty strings.
template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json GazetteToJson(const Gazette& gazette) {
  return Json{{"series", gazette.series},
              {"year", OrNull(gazette.year)},
              {"number", OrNull(gazette.number)}};
}

Json LabeledToJson(const std::vector<LabeledText>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back({{"label", item.label}, {"text", item.text}});
  return out;
}

Json LegalBasisToJson(const std::vector<LegalBasisItem>& items) {
  Json out = Json::array();
  for (const auto& item : items) {
    out.push_back({{"label", item.label},
                   {"text", item.text},
                   {"citation", item.citation ? CitationToJson(*item.citation) : Json(nullptr)}});
  }
  return out;
}

Json PersonToJson(const Person& person) {
  return Json{{"position", OrNull(person.position)}, {"name", OrNull(person.name)}};
}

Json SubActivityToJson(const SubActivity& sub) {
  return Json{{"no", sub.no},
              {"label", OrNull(sub.label)},
              {"text", sub.text},
              {"indicators", sub.indicators},
              {"months", sub.months},
              {"responsible", OrNull(sub.responsible)},
              {"note", OrNull(sub.note)},
              {"lines", Json::array({sub.line_start, sub.line_end})},
              {"flags", sub.flags}};
}

Json ActivityToJson(const Activity& activity) {
  Json subs = Json::array();
  for (const auto& sub : activity.sub_activities) subs.push_back(SubActivityToJson(sub));
  return Json{{"no", activity.no},
              {"label", OrNull(activity.label)},
              {"name", OrNull(activity.name)},
              {"line", activity.line},
              {"sub_activities", std::move(subs)}};
}

Json AreaToJson(const Area& area) {
  Json activities = Json::array();
  for (const auto& activity : area.activities) activities.push_back(ActivityToJson(activity));
  return Json{{"no", area.no},
              {"label", OrNull(area.label)},
              {"name", area.name},
              {"canonical", OrNull(area.canonical)},
              {"line", area.line},
              {"activities", std::move(activities)}};
}

Json PlanToJson(const Plan& plan) {
  Json areas = Json::array();
  for (const auto& area : plan.areas) areas.push_back(AreaToJson(area));
  return Json{{"areas", std::move(areas)}};
}

// Indents every line after the first by `indent`, so a value dumped at the
// root can be spliced into a deeper position of a pretty-printed document.
std::string Reindent(const std::string& text, std::string_view indent) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::string_view rest = text;
  // Whole lines at a time: decree fragments are tens of kilobytes.
  for (std::size_t newline; (newline = rest.find('\n')) != std::string_view::npos;) {
    out.append(rest.substr(0, newline + 1));
    out.append(indent);
    rest.remove_prefix(newline + 1);
  }
  out.append(rest);
  return out;
}

constexpr int kIndent = 2;

}  // namespace

Json CitationToJson(const Citation& citation) {
  Json amended = Json::array();
  for (const auto& a : citation.amended_by) amended.push_back(CitationToJson(a));
  return Json{{"type", citation.type},
              {"number", OrNull(citation.number)},
              {"year", OrNull(citation.year)},
              {"title", OrNull(citation.title)},
              {"gazette", citation.gazette ? GazetteToJson(*citation.gazette) : Json(nullptr)},
              {"supplement", OrNull(citation.supplement)},
              {"amended_by", std::move(amended)}};
}

Json RegionToJson(const Region& region) {
  auto non_empty = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return Json{{"kind", non_empty(region.kind)},
              {"name", non_empty(region.name)},
              {"slug", region.slug},
              {"bps_code", OrNull(region.bps_code)},
              {"kemendagri_code", OrNull(region.kemendagri_code)},
              {"province", OrNull(region.province)}};
}

Json DiagnosticToJson(const Diagnostic& d) {
  return Json{{"severity", SeverityName(d.severity)},
              {"code", d.code},
              {"line", d.line},
              {"message", d.message}};
}

Json DecreeToJson(const Document& doc) {
  const Decree& decree = doc.decree;
  Json diagnostics = Json::array();
  for (const auto& d : doc.diagnostics.items()) diagnostics.push_back(DiagnosticToJson(d));
  return Json{
      {"source", {{"path", doc.source.path}, {"sha256", doc.source.sha256}, {"bytes", doc.source.bytes}}},
      {"issuer", OrNull(decree.issuer)},
      {"number", OrNull(decree.number)},
      {"year", OrNull(decree.year)},
      {"title", OrNull(decree.title)},
      {"plan_year", OrNull(decree.plan_year)},
      {"enacted", {{"place", OrNull(decree.enacted.place)}, {"date", OrNull(decree.enacted.date)}}},
      {"signatory", PersonToJson(decree.signatory)},
      {"certifier", PersonToJson(decree.certifier)},
      {"considerations", LabeledToJson(decree.considerations)},
      {"legal_basis", LegalBasisToJson(decree.legal_basis)},
      {"decisions", LabeledToJson(decree.decisions)},
      {"plan", PlanToJson(doc.plan)},
      {"diagnostics", std::move(diagnostics)}};
}

std::string RenderDecreeJson(const Document& doc) {
  // Invalid UTF-8 cannot reach here (the reader rejects it); `replace` keeps
  // a defect elsewhere from turning into an exception mid-batch.
  std::string dumped =
      DecreeToJson(doc).dump(kIndent, ' ', false, Json::error_handler_t::replace);
  return "    " + Reindent(dumped, "    ");
}

std::string RenderRegionJson(const Region& region,
                             const std::vector<std::string>& decree_fragments) {
  Json head{{"schema_version", kSchemaVersion}, {"region", RegionToJson(region)}};
  std::string region_json =
      Reindent(head["region"].dump(kIndent, ' ', false, Json::error_handler_t::replace), "  ");
  std::string out = "{\n  \"schema_version\": " + std::to_string(kSchemaVersion) +
                    ",\n  \"region\": " + region_json + ",\n  \"decrees\": [";
  for (std::size_t i = 0; i < decree_fragments.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += decree_fragments[i];
  }
  out += decree_fragments.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace renaksi
