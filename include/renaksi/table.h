// Table: the annex lines → physical rows of cells, page headers dropped.
#pragma once

#include <string>
#include <vector>

#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

enum class LastColumn { kKet, kPenanggungJawab };

struct RawRow {
  int line = 0;
  std::vector<std::string> cells;  // TAB-separated, trimmed; may be empty
  // First row after a repeated page header or a page artefact: the place
  // where a row cut by a page break continues.
  bool starts_page = false;
};

struct RawTable {
  bool found = false;
  int header_line = 0;
  LastColumn last_column = LastColumn::kKet;
  std::vector<RawRow> rows;
  // Lines recognized as (repeated) header lines and dropped: column titles,
  // month numbers, column numbers.
  std::vector<int> header_lines;
};

RawTable ReadTable(const SourceLines& table_lines, Diagnostics& diags);

}  // namespace renaksi
