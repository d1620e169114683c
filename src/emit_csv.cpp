#include "renaksi/emit_csv.h"

#include <charconv>
#include <optional>
#include <string_view>

#include <csv.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "json_writer.h"
#include "renaksi/flat_rows.h"

namespace renaksi {
namespace {

// RFC 4180 ends records with CRLF; a newline inside a quoted field stays as
// printed.
constexpr std::string_view kRecordEnd = "\r\n";

// A field needs quotes when it holds a separator, a quote or a line end.
// One pass, sixteen bytes at a time where SSE2 is there (every x86-64):
// four memchr calls per field cost more than the fields are long.
bool NeedsQuotes(std::string_view field) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
  const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  for (; i + 16 <= field.size(); i += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(field.data() + i));
    __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, comma), _mm_cmpeq_epi8(chunk, quote)),
        _mm_or_si128(_mm_cmpeq_epi8(chunk, cr), _mm_cmpeq_epi8(chunk, lf)));
    if (_mm_movemask_epi8(special) != 0) return true;
  }
#endif
  for (; i < field.size(); ++i) {
    char c = field[i];
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

// Appends one CSV record, field by field, straight from the row: no
// temporary field list.
class CsvRecord {
 public:
  explicit CsvRecord(std::string& out) : out_(out) {}

  // Quotes only fields that need it (libcsv's csv_write always quotes), so
  // numbers and plain words stay readable.
  void Text(std::string_view field) {
    Separate();
    if (!NeedsQuotes(field)) {
      out_ += field;
      return;
    }
    std::size_t at = out_.size();
    out_.resize(at + field.size() * 2 + 2);
    out_.resize(at + csv_write(out_.data() + at, field.size() * 2 + 2, field.data(),
                               field.size()));
  }
  void Text(const std::string& field) { Text(std::string_view(field)); }
  void Text(const std::optional<std::string>& field) { Text(field ? *field : std::string_view()); }
  // Separator and digits in one append: most rows are a dozen numbers.
  void Number(int value) {
    char field[16];
    char* start = field + (first_ ? 1 : 0);
    field[0] = ',';
    first_ = false;
    auto end = std::to_chars(field + 1, field + sizeof field, value).ptr;
    out_.append(start, end);
  }
  void Number(const std::optional<int>& value) {
    if (value) {
      Number(*value);
    } else {
      Separate();
    }
  }
  // Fields rendered earlier by another CsvRecord, pasted as they are.
  void Rendered(std::string_view fields) {
    Separate();
    out_ += fields;
  }
  void End() { out_ += kRecordEnd; }

 private:
  void Separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

// The fields that are the same on every row of a document (ForEachFlatRow
// fills them once per document), rendered once instead of once per row.
struct DocumentFields {
  std::string head;    // region_code .. plan_year
  std::string source;  // the source column
};

DocumentFields RenderDocumentFields(const FlatRow& row) {
  DocumentFields fields;
  CsvRecord head(fields.head);
  head.Text(row.region_code);
  head.Text(row.region);
  head.Text(row.decree_number);
  head.Number(row.decree_year);
  head.Number(row.plan_year);
  CsvRecord(fields.source).Text(row.source);
  return fields;
}

// The columns in FlatColumns() order.
void AppendCsv(std::string& out, const FlatRow& row, const DocumentFields& document) {
  CsvRecord r(out);
  r.Rendered(document.head);
  r.Number(row.area_no);
  r.Text(row.area);
  r.Text(row.area_canonical);
  r.Number(row.activity_no);
  r.Text(row.activity);
  r.Number(row.sub_activity_no);
  r.Text(row.sub_activity);
  r.Text(row.indicators);
  for (int m : row.months) r.Number(m);
  r.Text(row.responsible);
  r.Text(row.note);
  r.Rendered(document.source);
  r.Number(row.line_start);
  r.Number(row.line_end);
  r.Text(row.flags);
  r.End();
}

// The same columns as a compact JSON object; "" is written as null.
void AppendNdjson(std::string& out, const FlatRow& row) {
  const auto& columns = FlatColumns();
  json::Buffer buffer;
  json::CompactWriter w(buffer);
  std::size_t column = 0;
  auto key = [&] { json::Key(w, columns[column++]); };
  w.StartObject();
  key(), json::OptionalString(w, row.region_code);
  key(), json::OptionalString(w, row.region);
  key(), json::OptionalString(w, row.decree_number);
  key(), json::OptionalInt(w, row.decree_year);
  key(), json::OptionalInt(w, row.plan_year);
  key(), w.Int(row.area_no);
  key(), json::String(w, row.area);
  key(), json::OptionalString(w, row.area_canonical);
  key(), w.Int(row.activity_no);
  key(), json::OptionalString(w, row.activity);
  key(), w.Int(row.sub_activity_no);
  key(), json::String(w, row.sub_activity);
  key(), json::NonEmptyString(w, row.indicators);
  for (int m : row.months) key(), w.Int(m);
  key(), json::OptionalString(w, row.responsible);
  key(), json::OptionalString(w, row.note);
  key(), json::String(w, row.source);
  key(), w.Int(row.line_start);
  key(), w.Int(row.line_end);
  key(), json::NonEmptyString(w, row.flags);
  w.EndObject();
  out.append(buffer.GetString(), buffer.GetSize());
  out += '\n';
}

}  // namespace

std::string CsvHeader() {
  std::string out;
  const auto& columns = FlatColumns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ',';
    out += columns[i];
  }
  out += kRecordEnd;
  return out;
}

std::string RenderCsvRows(const Document& doc) {
  std::string out;
  std::optional<DocumentFields> document;
  ForEachFlatRow(doc, [&](const FlatRow& row) {
    if (!document) {
      document = RenderDocumentFields(row);
      // A guess at the whole output from the first row, so the buffer grows
      // once or twice instead of doubling from empty.
      std::size_t rows = 0;
      for (const Area& area : doc.plan.areas) {
        for (const Activity& activity : area.activities) rows += activity.sub_activities.size();
      }
      out.reserve(rows * (document->head.size() + document->source.size() + 256));
    }
    AppendCsv(out, row, *document);
  });
  return out;
}

std::string RenderNdjsonRows(const Document& doc) {
  std::string out;
  ForEachFlatRow(doc, [&out](const FlatRow& row) { AppendNdjson(out, row); });
  return out;
}

}  // namespace renaksi
