// The action plan reconstructed from the annex table: areas of change, their
// activities (KEGIATAN) and sub-activities (SUB KEGIATAN).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace renaksi {

struct SubActivity {
  int no = 0;                         // 1-based ordinal within the activity
  std::optional<std::string> label;   // as printed ("1.", "2)"), null if none
  std::string text;
  std::vector<std::string> indicators;
  std::vector<int> months;            // sorted, unique, each in 1..12
  std::optional<std::string> responsible;
  std::optional<std::string> note;    // KET column text
  int line_start = 0;
  int line_end = 0;
  std::vector<std::string> flags;     // diagnostic codes of repairs on this record
};

struct Activity {
  int no = 0;
  std::optional<std::string> label;
  std::optional<std::string> name;
  int line = 0;
  std::vector<SubActivity> sub_activities;
};

struct Area {
  int no = 0;
  std::optional<std::string> label;
  std::string name;
  std::optional<std::string> canonical;  // one of the 8 ids, null if unknown
  int line = 0;
  std::vector<Activity> activities;
};

struct Plan {
  bool table_found = false;
  bool has_responsible_column = false;  // header's last column is PENANGGUNG JAWAB
  int table_line = 0;                   // line of the first header
  std::vector<Area> areas;
};

}  // namespace renaksi
