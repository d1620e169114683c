// Unit tests of the check stage on hand-built documents: each rule fires on
// the defect it is about, and stays silent on a sound document.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "check_rules.h"
#include "renaksi/check.h"

namespace renaksi {
namespace {

const char* const kAreaIds[] = {
    "manajemen-perubahan",  "deregulasi-kebijakan",    "penataan-organisasi",
    "penataan-tatalaksana", "manajemen-sdm",           "penguatan-akuntabilitas",
    "penguatan-pengawasan", "pelayanan-publik"};

// A document every rule accepts: all fields, a valid date, the 8 areas in
// order, each with one activity holding one complete sub-activity.
Document SoundDocument() {
  Document doc;
  doc.readable = true;
  doc.is_decree = true;
  Decree& d = doc.decree;
  d.issuer = "Komisi Pemilihan Umum Kabupaten Contoh";
  d.region_kind = "kabupaten";
  d.region_name = "CONTOH";
  d.number = "7";
  d.year = 2026;
  d.title = "Rencana Aksi Reformasi Birokrasi di Lingkungan KPU Kabupaten Contoh Tahun 2026";
  d.plan_year = 2026;
  d.enacted = {"Contoh", "2026-01-06"};
  d.signatory = {"KETUA", "BUDI"};
  d.field_lines = {{"issuer", 5}, {"number", 7}, {"title", 10}, {"plan_year", 10},
                   {"enacted", 40}, {"signatory", 44}};
  Plan& plan = doc.plan;
  plan.table_found = true;
  plan.table_line = 80;
  int line = 83;
  for (int k = 0; k < 8; ++k) {
    Area area;
    area.no = k + 1;
    area.name = std::string("Area ") + kAreaIds[k];
    area.canonical = kAreaIds[k];
    area.line = line;
    Activity activity;
    activity.no = 1;
    activity.name = "Kegiatan";
    activity.line = line;
    SubActivity sub;
    sub.no = 1;
    sub.text = "Sub kegiatan";
    sub.indicators = {"Laporan"};
    sub.months = {1, 6};
    sub.line_start = line;
    sub.line_end = line + 1;
    activity.sub_activities.push_back(sub);
    area.activities.push_back(activity);
    plan.areas.push_back(area);
    line += 3;
  }
  return doc;
}

Diagnostics RunCheck(const Document& doc, CheckOptions options = {}) {
  Diagnostics diags;
  Check(doc, options, diags);
  return diags;
}

// The diagnostics of one code, for asserting on count and lines.
std::vector<Diagnostic> Only(const Diagnostics& diags, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diags.items()) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

std::string Dump(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.items()) out += FormatDiagnostic("doc", d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("check: a sound document raises nothing") {
  Diagnostics diags = RunCheck(SoundDocument(), CheckOptions{"2026-06-30"});
  INFO(Dump(diags));
  CHECK(diags.empty());
}

TEST_CASE("check: each missing required field is reported once, as an error") {
  Document doc = SoundDocument();
  doc.decree.number.reset();
  doc.decree.year.reset();
  doc.decree.region_name.clear();
  doc.decree.title.reset();
  doc.decree.enacted.date.reset();
  doc.decree.signatory.name.reset();
  Diagnostics diags = RunCheck(doc);
  auto missing = Only(diags, "field-missing");
  REQUIRE(missing.size() == 6);
  for (const Diagnostic& d : missing) CHECK(d.severity == Severity::kError);
  // Pointed at the line to fix when the neighbouring field is known.
  CHECK(missing[4].line == 40);  // date: the "Ditetapkan" line
  CHECK(missing[5].line == 44);  // signatory name: below the position
}

TEST_CASE("check: a field the decree stage already reported missing is not repeated") {
  Document doc = SoundDocument();
  doc.decree.number.reset();
  doc.decree.signatory.name.reset();
  doc.diagnostics.Missing(Severity::kError, "number", 0, "decree number not found");
  Diagnostics diags = RunCheck(doc);
  auto missing = Only(diags, "field-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message.find("signatory") != std::string::npos);
}

TEST_CASE("check: a reported missing plan year does not hide a missing decree year") {
  Document doc = SoundDocument();
  doc.decree.year.reset();
  doc.diagnostics.Missing(Severity::kWarning, "plan_year", 10, "plan year not found");
  CHECK(Only(RunCheck(doc), "field-missing").size() == 1);
}

TEST_CASE("check: a missing region reported by the region stage is not repeated") {
  Document doc = SoundDocument();
  doc.decree.region_name.clear();
  doc.diagnostics.Error("region-missing", 0, "no issuing regency or city found");
  CHECK(Only(RunCheck(doc), "field-missing").empty());
}

TEST_CASE("check: Check may write into the document's own diagnostics") {
  // The pipeline passes doc.diagnostics as the output: rules must not be
  // confused by their own findings appearing while they run.
  Document doc = SoundDocument();
  doc.decree.number.reset();
  doc.decree.title.reset();
  Check(doc, {}, doc.diagnostics);
  CHECK(Only(doc.diagnostics, "field-missing").size() == 2);
}

TEST_CASE("check: enactment date after today is an error only when today is given") {
  Document doc = SoundDocument();
  doc.decree.enacted.date = "2026-03-02";
  CHECK(Only(RunCheck(doc), "date-in-future").empty());
  CHECK(Only(RunCheck(doc, CheckOptions{"2026-03-02"}), "date-in-future").empty());
  auto future = Only(RunCheck(doc, CheckOptions{"2026-03-01"}), "date-in-future");
  REQUIRE(future.size() == 1);
  CHECK(future[0].severity == Severity::kError);
  CHECK(future[0].line == 40);
}

TEST_CASE("check: an impossible calendar date is date-invalid") {
  Document doc = SoundDocument();
  doc.decree.enacted.date = "2026-02-29";
  auto invalid = Only(RunCheck(doc, CheckOptions{"2030-01-01"}), "date-invalid");
  REQUIRE(invalid.size() == 1);
  CHECK(invalid[0].line == 40);
  doc.decree.enacted.date = "2028-02-29";  // leap year
  CHECK(Only(RunCheck(doc), "date-invalid").empty());
}

TEST_CASE("check: ParseIsoDate accepts only real days in ISO shape") {
  CHECK(check::ParseIsoDate("2026-01-06").has_value());
  CHECK(check::ParseIsoDate("2000-02-29").has_value());
  CHECK_FALSE(check::ParseIsoDate("1900-02-29").has_value());
  CHECK_FALSE(check::ParseIsoDate("2026-13-01").has_value());
  CHECK_FALSE(check::ParseIsoDate("2026-04-31").has_value());
  CHECK_FALSE(check::ParseIsoDate("2026-1-6").has_value());
  CHECK_FALSE(check::ParseIsoDate("06-01-2026").has_value());
  CHECK_FALSE(check::ParseIsoDate("2026-01-06x").has_value());
  CHECK(IsIsoDate("2026-12-31"));
  CHECK_FALSE(IsIsoDate("2026-12-32"));
}

TEST_CASE("check: a reported field covers that field and no other") {
  const char* fields[] = {"number", "year", "title", "enacted.date", "signatory.name"};
  for (const char* reported : fields) {
    CAPTURE(reported);
    Document doc = SoundDocument();
    doc.decree.number.reset();
    doc.decree.year.reset();
    doc.decree.title.reset();
    doc.decree.enacted.date.reset();
    doc.decree.signatory.name.reset();
    doc.diagnostics.Missing(Severity::kWarning, reported, 3, "reported by the decree stage");
    auto missing = Only(RunCheck(doc), "field-missing");
    REQUIRE(missing.size() == 4);
    for (const Diagnostic& d : missing) CHECK(d.field != reported);
  }
}

TEST_CASE("check: messages about other fields do not hide a required one") {
  Document doc = SoundDocument();
  doc.decree.year.reset();
  doc.decree.title.reset();
  doc.decree.enacted.date.reset();
  doc.diagnostics.Missing(Severity::kWarning, "plan_year", 10, "no plan year");
  doc.diagnostics.Missing(Severity::kWarning, "enacted.place", 40, "no place of enactment");
  doc.diagnostics.Missing(Severity::kWarning, "signatory.position", 44, "no signatory title");
  CHECK(Only(RunCheck(doc), "field-missing").size() == 3);
}

TEST_CASE("check: an unreadable date already reported is not called missing") {
  Document doc = SoundDocument();
  doc.decree.enacted.date.reset();
  doc.diagnostics.Warning("date-unreadable", 40, "enactment date \"31 Juni 2026\" is invalid");
  CHECK(Only(RunCheck(doc), "field-missing").empty());
}

TEST_CASE("check: a finding an earlier stage made at the same line is not repeated") {
  Document doc = SoundDocument();
  doc.plan.areas[7].canonical.reset();
  doc.diagnostics.Warning("area-unknown", doc.plan.areas[7].line, "not a canonical area");
  CHECK(Only(RunCheck(doc), "area-unknown").empty());
  CHECK(Only(RunCheck(doc), "area-missing").size() == 1);
}

TEST_CASE("check: plan year must agree with the title and the decree year") {
  Document doc = SoundDocument();
  doc.decree.plan_year = 2027;
  auto mismatch = Only(RunCheck(doc), "plan-year-mismatch");
  CHECK(mismatch.size() == 2);  // title says 2026, decree year is 2026
  for (const Diagnostic& d : mismatch) {
    CHECK(d.severity == Severity::kWarning);
    CHECK(d.line == 10);
  }
  doc.decree.plan_year = 2026;
  doc.decree.title = "Rencana Aksi Tahun 2025";
  CHECK(Only(RunCheck(doc), "plan-year-mismatch").size() == 1);
}

TEST_CASE("check: without a table no plan rule fires") {
  Document doc = SoundDocument();
  doc.plan = Plan{};
  CHECK(RunCheck(doc).empty());
}

TEST_CASE("check: a table with no area at all is one area-missing error") {
  Document doc = SoundDocument();
  doc.plan.areas.clear();
  auto missing = Only(RunCheck(doc), "area-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].line == 80);
}

TEST_CASE("check: a missing area is an error at the line where it belongs") {
  Document doc = SoundDocument();
  const int fourth_line = doc.plan.areas[3].line;
  doc.plan.areas.erase(doc.plan.areas.begin() + 2);  // penataan-organisasi
  auto missing = Only(RunCheck(doc), "area-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].severity == Severity::kError);
  CHECK(missing[0].line == fourth_line);
  CHECK(missing[0].message.find("penataan-organisasi") != std::string::npos);

  Document last = SoundDocument();
  last.plan.areas.pop_back();
  auto at_end = Only(RunCheck(last), "area-missing");
  REQUIRE(at_end.size() == 1);
  CHECK(at_end[0].line == last.plan.areas.back().activities[0].sub_activities[0].line_end);
}

TEST_CASE("check: areas out of canonical order are a warning on the late one") {
  Document doc = SoundDocument();
  std::swap(doc.plan.areas[1], doc.plan.areas[2]);
  Diagnostics diags = RunCheck(doc);
  auto order = Only(diags, "area-order");
  REQUIRE(order.size() == 1);
  CHECK(order[0].line == doc.plan.areas[2].line);
  CHECK(order[0].severity == Severity::kWarning);
  CHECK(Only(diags, "area-missing").empty());
}

TEST_CASE("check: a repeated area is a warning at the repeat") {
  Document doc = SoundDocument();
  Area again = doc.plan.areas[0];
  again.line = 200;
  doc.plan.areas.push_back(again);
  Diagnostics diags = RunCheck(doc);
  auto dup = Only(diags, "area-duplicate");
  REQUIRE(dup.size() == 1);
  CHECK(dup[0].line == 200);
  CHECK(Only(diags, "area-order").empty());
}

TEST_CASE("check: an area without canonical id is area-unknown and counts as none") {
  Document doc = SoundDocument();
  doc.plan.areas[7].canonical.reset();
  doc.plan.areas[7].name = "Area Lain";
  Diagnostics diags = RunCheck(doc);
  auto unknown = Only(diags, "area-unknown");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].line == doc.plan.areas[7].line);
  CHECK(unknown[0].message.find("Area Lain") != std::string::npos);
  CHECK(Only(diags, "area-missing").size() == 1);
}

TEST_CASE("check: empty areas and activities are warnings") {
  Document doc = SoundDocument();
  doc.plan.areas[1].activities[0].sub_activities.clear();
  auto empty = Only(RunCheck(doc), "activity-empty");
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].line == doc.plan.areas[1].activities[0].line);

  doc.plan.areas[2].activities.clear();
  auto area_empty = Only(RunCheck(doc), "area-empty");
  REQUIRE(area_empty.size() == 1);
  CHECK(area_empty[0].line == doc.plan.areas[2].line);
}

TEST_CASE("check: a sub-activity without indicator is a warning at its first line") {
  Document doc = SoundDocument();
  SubActivity& sub = doc.plan.areas[4].activities[0].sub_activities[0];
  sub.indicators.clear();
  auto none = Only(RunCheck(doc), "indicators-none");
  REQUIRE(none.size() == 1);
  CHECK(none[0].line == sub.line_start);
}

TEST_CASE("check: months-none only when the reconcile stage has not reported it") {
  Document doc = SoundDocument();
  SubActivity& sub = doc.plan.areas[5].activities[0].sub_activities[0];
  sub.months.clear();
  auto net = Only(RunCheck(doc), "months-none");
  REQUIRE(net.size() == 1);
  CHECK(net[0].line == sub.line_start);
  doc.diagnostics.Warning("months-none", sub.line_end, "no month mark");
  CHECK(Only(RunCheck(doc), "months-none").empty());
}

TEST_CASE("check: months outside 1..12, unsorted or repeated breach the contract") {
  for (std::vector<int> months : {std::vector<int>{0}, {13}, {3, 2}, {4, 4}}) {
    Document doc = SoundDocument();
    doc.plan.areas[0].activities[0].sub_activities[0].months = months;
    auto invalid = Only(RunCheck(doc), "months-invalid");
    REQUIRE(invalid.size() == 1);
    CHECK(invalid[0].severity == Severity::kError);
  }
}

TEST_CASE("check: responsible unit required only when the table has the column") {
  Document doc = SoundDocument();
  CHECK(Only(RunCheck(doc), "responsible-missing").empty());
  doc.plan.has_responsible_column = true;
  for (Area& area : doc.plan.areas) {
    area.activities[0].sub_activities[0].responsible = "Subbag Rendatin";
  }
  CHECK(Only(RunCheck(doc), "responsible-missing").empty());
  SubActivity& sub = doc.plan.areas[6].activities[0].sub_activities[0];
  sub.responsible.reset();
  auto missing = Only(RunCheck(doc), "responsible-missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].line == sub.line_start);
}

}  // namespace renaksi
