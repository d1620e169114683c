// Flat rows: the plan as one record per sub-activity, the shape shared by the
// CSV and NDJSON outputs.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/document.h"

namespace renaksi {

// Text taken as it is from the document is a view into it, so a row is only
// valid while its document is: the CSV of a decree copies each cell once,
// into the output, instead of into the row first. Text the row composes (the
// region's display name, the joined indicators and flags) is its own.
struct FlatRow {
  std::optional<std::string_view> region_code;  // BPS code
  std::optional<std::string> region;            // "Kota Jambi"
  std::optional<std::string_view> decree_number;
  std::optional<int> decree_year;
  std::optional<int> plan_year;
  int area_no = 0;
  std::string_view area;
  std::optional<std::string_view> area_canonical;
  int activity_no = 0;
  std::optional<std::string_view> activity;
  int sub_activity_no = 0;
  std::string_view sub_activity;
  std::string indicators;        // items joined with " | "
  std::array<int, 12> months{};  // m01..m12, 0/1
  std::optional<std::string_view> responsible;
  std::optional<std::string_view> note;
  std::string_view source;
  int line_start = 0;
  int line_end = 0;
  std::string flags;  // joined with ";"
};

// The contract's column names, in order.
const std::vector<std::string>& FlatColumns();

// Calls `visit` with each sub-activity's row, in plan order. The row is only
// valid during the call (it is refilled for the next one).
void ForEachFlatRow(const Document& doc, const std::function<void(const FlatRow&)>& visit);

// Every row, copied out (still viewing the document's text).
std::vector<FlatRow> FlattenPlan(const Document& doc);

}  // namespace renaksi
