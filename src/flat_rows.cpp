#include "renaksi/flat_rows.h"

#include "ascii.h"

namespace renaksi {
namespace {

void Join(const std::vector<std::string>& items, const char* separator, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
}

// "Kabupaten Batang Hari", "Kota Jambi": how a reader names the region.
std::optional<std::string> RegionDisplayName(const Region& region) {
  if (region.name.empty()) return std::nullopt;
  if (region.kind.empty()) return region.name;
  std::string kind = region.kind;  // "kabupaten"/"kota": ASCII, lowercase
  kind[0] = ascii::ToUpper(kind[0]);
  return kind + " " + region.name;
}

std::optional<std::string_view> View(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return std::string_view(*text);
}

}  // namespace

const std::vector<std::string>& FlatColumns() {
  static const std::vector<std::string> kColumns = {
      "region_code", "region", "decree_number", "decree_year", "plan_year",
      "area_no", "area", "area_canonical", "activity_no", "activity",
      "sub_activity_no", "sub_activity", "indicators",
      "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m11", "m12",
      "responsible", "note", "source", "line_start", "line_end", "flags"};
  return kColumns;
}

void ForEachFlatRow(const Document& doc, const std::function<void(const FlatRow&)>& visit) {
  // One row object, refilled for every sub-activity: its joined strings keep
  // their capacity, so a decree's hundred rows cost no allocation after the
  // first.
  FlatRow row;
  row.region_code = View(doc.region.bps_code);
  row.region = RegionDisplayName(doc.region);
  row.decree_number = View(doc.decree.number);
  row.decree_year = doc.decree.year;
  row.plan_year = doc.decree.plan_year;
  row.source = doc.source.path;
  for (const Area& area : doc.plan.areas) {
    row.area_no = area.no;
    row.area = area.name;
    row.area_canonical = View(area.canonical);
    for (const Activity& activity : area.activities) {
      row.activity_no = activity.no;
      row.activity = View(activity.name);
      for (const SubActivity& sub : activity.sub_activities) {
        row.sub_activity_no = sub.no;
        row.sub_activity = sub.text;
        Join(sub.indicators, " | ", row.indicators);
        row.months.fill(0);
        for (int month : sub.months) {
          if (month >= 1 && month <= 12) row.months[static_cast<std::size_t>(month - 1)] = 1;
        }
        row.responsible = View(sub.responsible);
        row.note = View(sub.note);
        row.line_start = sub.line_start;
        row.line_end = sub.line_end;
        Join(sub.flags, ";", row.flags);
        visit(row);
      }
    }
  }
}

std::vector<FlatRow> FlattenPlan(const Document& doc) {
  std::vector<FlatRow> rows;
  ForEachFlatRow(doc, [&rows](const FlatRow& row) { rows.push_back(row); });
  return rows;
}

}  // namespace renaksi
