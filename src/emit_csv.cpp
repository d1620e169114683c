#include "renaksi/emit_csv.h"

#include <csv.h>

#include "renaksi/emit_json.h"
#include "renaksi/flat_rows.h"

namespace renaksi {
namespace {

// RFC 4180 ends records with CRLF; a newline inside a quoted field stays as
// printed.
constexpr const char* kRecordEnd = "\r\n";

// Quotes only fields that need it (libcsv's csv_write always quotes), so
// numbers and plain words stay readable.
void AppendField(std::string& out, const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    out += field;
    return;
  }
  std::string quoted(field.size() * 2 + 2, '\0');
  std::size_t written = csv_write(quoted.data(), quoted.size(), field.data(), field.size());
  quoted.resize(written);
  out += quoted;
}

std::string Text(const std::optional<std::string>& value) { return value.value_or(""); }
std::string Number(const std::optional<int>& value) {
  return value ? std::to_string(*value) : std::string();
}

std::vector<std::string> CsvFields(const FlatRow& row) {
  std::vector<std::string> fields = {
      Text(row.region_code), Text(row.region), Text(row.decree_number),
      Number(row.decree_year), Number(row.plan_year), std::to_string(row.area_no),
      row.area, Text(row.area_canonical), std::to_string(row.activity_no),
      Text(row.activity), std::to_string(row.sub_activity_no), row.sub_activity,
      row.indicators};
  for (int m : row.months) fields.push_back(std::to_string(m));
  for (auto* s : {&row.responsible, &row.note}) fields.push_back(Text(*s));
  fields.push_back(row.source);
  fields.push_back(std::to_string(row.line_start));
  fields.push_back(std::to_string(row.line_end));
  fields.push_back(row.flags);
  return fields;
}

Json NdjsonObject(const FlatRow& row) {
  auto text_or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  auto opt = [](const auto& v) { return v ? Json(*v) : Json(nullptr); };
  Json o{{"region_code", opt(row.region_code)}, {"region", opt(row.region)},
         {"decree_number", opt(row.decree_number)}, {"decree_year", opt(row.decree_year)},
         {"plan_year", opt(row.plan_year)}, {"area_no", row.area_no},
         {"area", row.area}, {"area_canonical", opt(row.area_canonical)},
         {"activity_no", row.activity_no}, {"activity", opt(row.activity)},
         {"sub_activity_no", row.sub_activity_no}, {"sub_activity", row.sub_activity},
         {"indicators", text_or_null(row.indicators)}};
  const auto& columns = FlatColumns();
  for (std::size_t m = 0; m < 12; ++m) o[columns[13 + m]] = row.months[m];
  o["responsible"] = opt(row.responsible);
  o["note"] = opt(row.note);
  o["source"] = row.source;
  o["line_start"] = row.line_start;
  o["line_end"] = row.line_end;
  o["flags"] = text_or_null(row.flags);
  return o;
}

}  // namespace

std::string CsvHeader() {
  std::string out;
  const auto& columns = FlatColumns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ',';
    out += columns[i];
  }
  return out + kRecordEnd;
}

std::string RenderCsvRows(const Document& doc) {
  std::string out;
  for (const FlatRow& row : FlattenPlan(doc)) {
    std::vector<std::string> fields = CsvFields(row);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      AppendField(out, fields[i]);
    }
    out += kRecordEnd;
  }
  return out;
}

std::string RenderNdjsonRows(const Document& doc) {
  std::string out;
  for (const FlatRow& row : FlattenPlan(doc)) {
    out += NdjsonObject(row).dump(-1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

}  // namespace renaksi
