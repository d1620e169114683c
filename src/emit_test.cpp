// Tests of the JSON, CSV and NDJSON emitters on a hand-built document.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "renaksi/emit_csv.h"
#include "renaksi/emit_json.h"
#include "renaksi/flat_rows.h"

namespace renaksi {
namespace {

Document SampleDocument() {
  Document doc;
  doc.source = {"in/a.txt", std::string(64, 'a'), 42};
  doc.readable = doc.is_decree = true;
  doc.region = {"kota", "Jambi", "kota-jambi", "1571", "1571", "Jambi", true};
  doc.decree.number = "7";
  doc.decree.year = 2025;
  doc.decree.plan_year = 2025;
  SubActivity sub;
  sub.no = 1;
  sub.label = "1.";
  sub.text = "Rapat, \"FGD\"\nlanjutan";
  sub.indicators = {"Satu", "Dua"};
  sub.months = {1, 12};
  sub.line_start = 10;
  sub.line_end = 11;
  sub.flags = {"multi-item", "months-overflow"};
  Activity activity{1, std::nullopt, "Kegiatan", 10, {sub}};
  Area area{1, "1.", "Manajemen Perubahan", "manajemen-perubahan", 10, {activity}};
  doc.plan.table_found = true;
  doc.plan.areas = {area};
  doc.diagnostics.Warning("months-overflow", 10, "clamped");
  return doc;
}

TEST_CASE("json: absent values are null, never empty strings") {
  Document doc = SampleDocument();
  Json j = DecreeToJson(doc);
  CHECK(j["title"].is_null());
  CHECK(j["enacted"]["date"].is_null());
  CHECK(j["signatory"]["name"].is_null());
  const Json& sub = j["plan"]["areas"][0]["activities"][0]["sub_activities"][0];
  CHECK(sub["responsible"].is_null());
  CHECK(sub["lines"] == Json::array({10, 11}));
  CHECK(j["plan"]["areas"][0]["activities"][0]["label"].is_null());
  CHECK(j["diagnostics"][0]["code"] == "months-overflow");
}

TEST_CASE("json: contract key order is kept") {
  Json j = DecreeToJson(SampleDocument());
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"source", "issuer", "number", "year", "title",
                                         "plan_year", "enacted", "signatory", "certifier",
                                         "considerations", "legal_basis", "decisions", "plan",
                                         "diagnostics"});
}

TEST_CASE("json: region file assembled from fragments parses and keeps order") {
  Document a = SampleDocument();
  Document b = SampleDocument();
  b.decree.number = "9";
  std::string text = RenderRegionJson(a.region, {RenderDecreeJson(a), RenderDecreeJson(b)});
  Json parsed = Json::parse(text);
  CHECK(parsed["schema_version"] == 1);
  CHECK(parsed["region"]["slug"] == "kota-jambi");
  REQUIRE(parsed["decrees"].size() == 2);
  CHECK(parsed["decrees"][1]["number"] == "9");
  // The spliced fragments re-indent exactly like a whole-document dump.
  CHECK(text == parsed.dump(2) + "\n");
}

TEST_CASE("json: a region file with no decrees is still valid") {
  Region r;
  r.slug = "unknown-region";
  Json parsed = Json::parse(RenderRegionJson(r, {}));
  CHECK(parsed["decrees"].empty());
  CHECK(parsed["region"]["kind"].is_null());
}

TEST_CASE("csv: header is exactly the contract's") {
  CHECK(CsvHeader() ==
        "region_code,region,decree_number,decree_year,plan_year,area_no,area,area_canonical,"
        "activity_no,activity,sub_activity_no,sub_activity,indicators,m01,m02,m03,m04,m05,m06,"
        "m07,m08,m09,m10,m11,m12,responsible,note,source,line_start,line_end,flags\r\n");
}

TEST_CASE("csv: quoting per RFC 4180 and months as 0/1") {
  std::string rows = RenderCsvRows(SampleDocument());
  CHECK(rows ==
        "1571,Kota Jambi,7,2025,2025,1,Manajemen Perubahan,manajemen-perubahan,1,Kegiatan,1,"
        "\"Rapat, \"\"FGD\"\"\nlanjutan\",Satu | Dua,1,0,0,0,0,0,0,0,0,0,0,1,,,in/a.txt,10,11,"
        "multi-item;months-overflow\r\n");
}

TEST_CASE("csv: a field is quoted whatever the offset of its special byte") {
  // Past the sixteen-byte fast path and in its tail.
  const std::string plain(40, 'a');
  for (char special : {',', '"', '\r', '\n'}) {
    for (std::size_t at = 0; at <= plain.size(); at += 3) {
      Document doc = SampleDocument();
      std::string text = plain.substr(0, at) + special + plain.substr(at);
      doc.plan.areas[0].activities[0].sub_activities[0].text = text;
      std::string quoted = text;
      if (special == '"') quoted.insert(at, 1, '"');
      CAPTURE(text);
      CHECK(RenderCsvRows(doc).find(",\"" + quoted + "\",") != std::string::npos);
    }
  }
  Document doc = SampleDocument();
  doc.plan.areas[0].activities[0].sub_activities[0].text = plain;
  CHECK(RenderCsvRows(doc).find("," + plain + ",") != std::string::npos);
}

TEST_CASE("csv: short fields and fields past the record's room are quoted as needed") {
  const std::string plain(40, 'a');
  for (char special : {',', '"', '\r', '\n'}) {
    for (std::size_t length = 0; length <= 17; ++length) {
      for (std::size_t at = 0; at <= length; ++at) {
        Document doc = SampleDocument();
        std::string text = plain.substr(0, at) + special + plain.substr(0, length - at);
        doc.plan.areas[0].activities[0].sub_activities[0].text = text;
        std::string quoted = text;
        if (special == '"') quoted.insert(at, 1, '"');
        CAPTURE(text);
        CHECK(RenderCsvRows(doc).find(",\"" + quoted + "\",") != std::string::npos);
      }
    }
  }
  for (std::size_t length = 0; length <= 17; ++length) {
    Document doc = SampleDocument();
    doc.plan.areas[0].activities[0].sub_activities[0].text = plain.substr(0, length);
    CHECK(RenderCsvRows(doc).find(",1," + plain.substr(0, length) + ",Satu | Dua,") !=
          std::string::npos);
  }
  // Longer than a record's usual room, and than the output's block.
  for (std::size_t length : {2000, 9000}) {
    Document doc = SampleDocument();
    std::string text(length, 'b');
    text[length / 2] = '"';
    doc.plan.areas[0].activities[0].sub_activities[0].text = text;
    std::string quoted = text;
    quoted.insert(length / 2, 1, '"');
    CHECK(RenderCsvRows(doc) ==
          "1571,Kota Jambi,7,2025,2025,1,Manajemen Perubahan,manajemen-perubahan,1,Kegiatan,1,\"" +
              quoted +
              "\",Satu | Dua,1,0,0,0,0,0,0,0,0,0,0,1,,,in/a.txt,10,11,"
              "multi-item;months-overflow\r\n");
  }
}

TEST_CASE("ndjson: one object per sub-activity with the CSV's keys") {
  std::string rows = RenderNdjsonRows(SampleDocument());
  REQUIRE(std::count(rows.begin(), rows.end(), '\n') == 1);
  Json row = Json::parse(rows);
  std::vector<std::string> keys;
  for (auto it = row.begin(); it != row.end(); ++it) keys.push_back(it.key());
  CHECK(keys == FlatColumns());
  CHECK(row["m12"] == 1);
  CHECK(row["m02"] == 0);
  CHECK(row["responsible"].is_null());
  CHECK(row["indicators"] == "Satu | Dua");
}

TEST_CASE("flat rows: a document without a plan has no rows") {
  Document doc;
  CHECK(FlattenPlan(doc).empty());
  CHECK(RenderCsvRows(doc).empty());
}

}  // namespace
}  // namespace renaksi
