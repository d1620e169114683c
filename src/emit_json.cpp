#include "renaksi/emit_json.h"

#include <string_view>

#include "json_writer.h"

namespace renaksi {
namespace {

// Every entity of the contract is written once, here, as a template over
// RapidJSON's writer interface: the compact writer serves the DOM accessors
// (DecreeToJson, CitationToJson, …) and the pretty writer the region files,
// so the two can never disagree. Absent values are null, never "".

template <typename W>
void WriteCitation(W& w, const Citation& citation);

template <typename W>
void WriteGazette(W& w, const Gazette& gazette) {
  w.StartObject();
  json::Key(w, "series");
  json::String(w, gazette.series);
  json::Key(w, "year");
  json::OptionalInt(w, gazette.year);
  json::Key(w, "number");
  json::OptionalString(w, gazette.number);
  w.EndObject();
}

template <typename W>
void WriteCitation(W& w, const Citation& citation) {
  w.StartObject();
  json::Key(w, "type");
  json::String(w, citation.type);
  json::Key(w, "number");
  json::OptionalString(w, citation.number);
  json::Key(w, "year");
  json::OptionalInt(w, citation.year);
  json::Key(w, "title");
  json::OptionalString(w, citation.title);
  json::Key(w, "gazette");
  if (citation.gazette) {
    WriteGazette(w, *citation.gazette);
  } else {
    w.Null();
  }
  json::Key(w, "supplement");
  json::OptionalString(w, citation.supplement);
  json::Key(w, "amended_by");
  w.StartArray();
  for (const auto& amendment : citation.amended_by) WriteCitation(w, amendment);
  w.EndArray();
  w.EndObject();
}

template <typename W>
void WriteRegion(W& w, const Region& region) {
  w.StartObject();
  json::Key(w, "kind");
  json::NonEmptyString(w, region.kind);
  json::Key(w, "name");
  json::NonEmptyString(w, region.name);
  json::Key(w, "slug");
  json::String(w, region.slug);
  json::Key(w, "bps_code");
  json::OptionalString(w, region.bps_code);
  json::Key(w, "kemendagri_code");
  json::OptionalString(w, region.kemendagri_code);
  json::Key(w, "province");
  json::OptionalString(w, region.province);
  w.EndObject();
}

template <typename W>
void WriteDiagnostic(W& w, const Diagnostic& d) {
  w.StartObject();
  json::Key(w, "severity");
  json::String(w, SeverityName(d.severity));
  json::Key(w, "code");
  json::String(w, d.code);
  json::Key(w, "line");
  w.Int(d.line);
  json::Key(w, "message");
  json::String(w, d.message);
  w.EndObject();
}

template <typename W>
void WriteLabeled(W& w, const std::vector<LabeledText>& items) {
  w.StartArray();
  for (const auto& item : items) {
    w.StartObject();
    json::Key(w, "label");
    json::String(w, item.label);
    json::Key(w, "text");
    json::String(w, item.text);
    w.EndObject();
  }
  w.EndArray();
}

template <typename W>
void WriteLegalBasis(W& w, const std::vector<LegalBasisItem>& items) {
  w.StartArray();
  for (const auto& item : items) {
    w.StartObject();
    json::Key(w, "label");
    json::String(w, item.label);
    json::Key(w, "text");
    json::String(w, item.text);
    json::Key(w, "citation");
    if (item.citation) {
      WriteCitation(w, *item.citation);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
}

template <typename W>
void WritePerson(W& w, const Person& person) {
  w.StartObject();
  json::Key(w, "position");
  json::OptionalString(w, person.position);
  json::Key(w, "name");
  json::OptionalString(w, person.name);
  w.EndObject();
}

template <typename W>
void WriteSubActivity(W& w, const SubActivity& sub) {
  w.StartObject();
  json::Key(w, "no");
  w.Int(sub.no);
  json::Key(w, "label");
  json::OptionalString(w, sub.label);
  json::Key(w, "text");
  json::String(w, sub.text);
  json::Key(w, "indicators");
  json::Strings(w, sub.indicators);
  json::Key(w, "months");
  json::Ints(w, sub.months);
  json::Key(w, "responsible");
  json::OptionalString(w, sub.responsible);
  json::Key(w, "note");
  json::OptionalString(w, sub.note);
  json::Key(w, "lines");
  w.StartArray();
  w.Int(sub.line_start);
  w.Int(sub.line_end);
  w.EndArray();
  json::Key(w, "flags");
  json::Strings(w, sub.flags);
  w.EndObject();
}

template <typename W>
void WriteActivity(W& w, const Activity& activity) {
  w.StartObject();
  json::Key(w, "no");
  w.Int(activity.no);
  json::Key(w, "label");
  json::OptionalString(w, activity.label);
  json::Key(w, "name");
  json::OptionalString(w, activity.name);
  json::Key(w, "line");
  w.Int(activity.line);
  json::Key(w, "sub_activities");
  w.StartArray();
  for (const auto& sub : activity.sub_activities) WriteSubActivity(w, sub);
  w.EndArray();
  w.EndObject();
}

template <typename W>
void WriteArea(W& w, const Area& area) {
  w.StartObject();
  json::Key(w, "no");
  w.Int(area.no);
  json::Key(w, "label");
  json::OptionalString(w, area.label);
  json::Key(w, "name");
  json::String(w, area.name);
  json::Key(w, "canonical");
  json::OptionalString(w, area.canonical);
  json::Key(w, "line");
  w.Int(area.line);
  json::Key(w, "activities");
  w.StartArray();
  for (const auto& activity : area.activities) WriteActivity(w, activity);
  w.EndArray();
  w.EndObject();
}

template <typename W>
void WritePlan(W& w, const Plan& plan) {
  w.StartObject();
  json::Key(w, "areas");
  w.StartArray();
  for (const auto& area : plan.areas) WriteArea(w, area);
  w.EndArray();
  w.EndObject();
}

template <typename W>
void WriteDecree(W& w, const Document& doc) {
  const Decree& decree = doc.decree;
  w.StartObject();
  json::Key(w, "source");
  w.StartObject();
  json::Key(w, "path");
  json::String(w, doc.source.path);
  json::Key(w, "sha256");
  json::String(w, doc.source.sha256);
  json::Key(w, "bytes");
  w.Uint64(doc.source.bytes);
  w.EndObject();
  json::Key(w, "issuer");
  json::OptionalString(w, decree.issuer);
  json::Key(w, "number");
  json::OptionalString(w, decree.number);
  json::Key(w, "year");
  json::OptionalInt(w, decree.year);
  json::Key(w, "title");
  json::OptionalString(w, decree.title);
  json::Key(w, "plan_year");
  json::OptionalInt(w, decree.plan_year);
  json::Key(w, "enacted");
  w.StartObject();
  json::Key(w, "place");
  json::OptionalString(w, decree.enacted.place);
  json::Key(w, "date");
  json::OptionalString(w, decree.enacted.date);
  w.EndObject();
  json::Key(w, "signatory");
  WritePerson(w, decree.signatory);
  json::Key(w, "certifier");
  WritePerson(w, decree.certifier);
  json::Key(w, "considerations");
  WriteLabeled(w, decree.considerations);
  json::Key(w, "legal_basis");
  WriteLegalBasis(w, decree.legal_basis);
  json::Key(w, "decisions");
  WriteLabeled(w, decree.decisions);
  json::Key(w, "plan");
  WritePlan(w, doc.plan);
  json::Key(w, "diagnostics");
  w.StartArray();
  for (const auto& d : doc.diagnostics.items()) WriteDiagnostic(w, d);
  w.EndArray();
  w.EndObject();
}

// The value written by `write`, as a DOM: for callers that add to it or
// inspect it. Our own output is valid UTF-8 JSON, so parsing cannot fail.
template <typename Write>
Json ToDom(Write write) {
  json::Buffer buffer;
  json::CompactWriter writer(buffer);
  write(writer);
  return Json::parse(std::string_view(buffer.GetString(), buffer.GetSize()));
}

// The value written by `write`, pretty-printed like nlohmann's dump(2).
template <typename Write>
std::string Pretty(Write write) {
  json::Buffer buffer;
  json::PrettyWriter writer(buffer);
  json::IndentLikeDump(writer);
  write(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

Json CitationToJson(const Citation& citation) {
  return ToDom([&](auto& w) { WriteCitation(w, citation); });
}

Json RegionToJson(const Region& region) {
  return ToDom([&](auto& w) { WriteRegion(w, region); });
}

Json DiagnosticToJson(const Diagnostic& d) {
  return ToDom([&](auto& w) { WriteDiagnostic(w, d); });
}

Json DecreeToJson(const Document& doc) {
  return ToDom([&](auto& w) { WriteDecree(w, doc); });
}

std::string RenderDecreeJson(const Document& doc) {
  // A decree sits two levels deep in its region file (root, "decrees"), and
  // its JSON runs to about four times its text.
  json::NestedPrettyWriter writer(2, doc.source.bytes * 4);
  WriteDecree(writer, doc);
  return writer.Finish();
}

std::string RegionJsonHead(const Region& region) {
  std::string region_json =
      json::Reindent(Pretty([&](auto& w) { WriteRegion(w, region); }), "  ");
  return "{\n  \"schema_version\": " + std::to_string(kSchemaVersion) +
         ",\n  \"region\": " + region_json + ",\n  \"decrees\": [";
}

std::string_view RegionJsonSeparator(std::size_t index) { return index == 0 ? "\n" : ",\n"; }

std::string_view RegionJsonTail(std::size_t decrees) {
  return decrees == 0 ? "]\n}\n" : "\n  ]\n}\n";
}

std::string RenderRegionJson(const Region& region,
                             const std::vector<std::string>& decree_fragments) {
  std::string out = RegionJsonHead(region);
  for (std::size_t i = 0; i < decree_fragments.size(); ++i) {
    out += RegionJsonSeparator(i);
    out += decree_fragments[i];
  }
  out += RegionJsonTail(decree_fragments.size());
  return out;
}

}  // namespace renaksi
