// CSV (RFC 4180: UTF-8, CRLF record ends, header row) and NDJSON emission
// of the flat rows: one record per sub-activity.
#pragma once

#include <string>

#include "renaksi/document.h"

namespace renaksi {

// The header line, terminated by CRLF.
std::string CsvHeader();
// The document's rows, each terminated by CRLF; empty when it has no plan.
std::string RenderCsvRows(const Document& doc);
// One JSON object per sub-activity, one per line, keys as the CSV columns.
std::string RenderNdjsonRows(const Document& doc);

}  // namespace renaksi
