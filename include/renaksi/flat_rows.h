// Flat rows: the plan as one record per sub-activity, the shape shared by the
// CSV and NDJSON outputs.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "renaksi/document.h"

namespace renaksi {

struct FlatRow {
  std::optional<std::string> region_code;  // BPS code
  std::optional<std::string> region;
  std::optional<std::string> decree_number;
  std::optional<int> decree_year;
  std::optional<int> plan_year;
  int area_no = 0;
  std::string area;
  std::optional<std::string> area_canonical;
  int activity_no = 0;
  std::optional<std::string> activity;
  int sub_activity_no = 0;
  std::string sub_activity;
  std::string indicators;      // items joined with " | "
  std::array<int, 12> months{};  // m01..m12, 0/1
  std::optional<std::string> responsible;
  std::optional<std::string> note;
  std::string source;
  int line_start = 0;
  int line_end = 0;
  std::string flags;           // joined with ";"
};

// The contract's column names, in order.
const std::vector<std::string>& FlatColumns();

// Calls `visit` with each sub-activity's row, in plan order. The row is only
// valid during the call (it is refilled for the next one).
void ForEachFlatRow(const Document& doc, const std::function<void(const FlatRow&)>& visit);

// Every row, copied out.
std::vector<FlatRow> FlattenPlan(const Document& doc);

}  // namespace renaksi
