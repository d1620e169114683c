#include "renaksi/emit_csv.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <string_view>

#include <csv.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "block_output.h"
#include "json_writer.h"
#include "renaksi/flat_rows.h"

namespace renaksi {
namespace {

// RFC 4180 ends records with CRLF; a newline inside a quoted field stays as
// printed.
constexpr std::string_view kRecordEnd = "\r\n";

// The most bytes csv_write can make of a field of `size` bytes: every byte a
// quote, doubled, between two quotes.
constexpr std::size_t QuotedSize(std::size_t size) { return 2 * size + 2; }

#if defined(__SSE2__)
// Whether any of the sixteen bytes of `chunk` is a separator, a quote or a
// line end.
bool NeedsQuotes(__m128i chunk) {
  __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(',')),
                                              _mm_cmpeq_epi8(chunk, _mm_set1_epi8('"'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\r')),
                                              _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\n'))));
  return _mm_movemask_epi8(special) != 0;
}
#endif

// Copies `field` to `out` if it needs no quotes (no separator, quote or line
// end in it) and says whether it did. One pass over the field, sixteen bytes
// at a time where SSE2 is there (every x86-64), copying each block as it is
// tested: most fields need no quotes. The last partial block is done whole
// too, as the field's last sixteen bytes (a few tested twice) or, in a field
// shorter than that, padded. It may write up to 16 bytes past the field
// (into the output's slack).
bool CopyIfUnquoted(std::string_view field, char* out) {
  const std::size_t size = field.size();
#if defined(__SSE2__)
  auto load = [](const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
  auto store = [](char* at, __m128i chunk) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(at), chunk);
  };
  std::size_t i = 0;
  for (; i + 16 <= size; i += 16) {
    __m128i chunk = load(field.data() + i);
    store(out + i, chunk);
    if (NeedsQuotes(chunk)) return false;
  }
  if (i == size) return true;
  if (size >= 16) {
    __m128i chunk = load(field.data() + size - 16);
    store(out + size - 16, chunk);
    return !NeedsQuotes(chunk);
  }
  char block[16];
  std::memset(block, 'a', sizeof block);
  std::memcpy(block, field.data(), size);
  __m128i chunk = load(block);
  store(out, chunk);
  return !NeedsQuotes(chunk);
#else
  for (std::size_t i = 0; i < size; ++i) {
    char c = field[i];
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return false;
    out[i] = c;
  }
  return true;
#endif
}

// Appends one CSV record, field by field, straight from the row into the
// output: no temporary field list, no string per field. It holds room in
// the output for the fields to come and asks for more only when a field
// may not fit, so most fields cost one comparison and the copy.
class CsvRecord {
 public:
  explicit CsvRecord(BlockOutput& out) : out_(out) { Room(kRoom); }
  CsvRecord(const CsvRecord&) = delete;
  CsvRecord& operator=(const CsvRecord&) = delete;
  // Gives back the room not used.
  ~CsvRecord() { out_.Pop(static_cast<std::size_t>(limit_ - p_)); }

  // Quotes only fields that need it (libcsv's csv_write always quotes), so
  // numbers and plain words stay readable.
  void Text(std::string_view field) {
    Room(1 + QuotedSize(field.size()));
    Separate();
    if (CopyIfUnquoted(field, p_)) {
      p_ += field.size();
    } else {
      p_ += csv_write(p_, QuotedSize(field.size()), field.data(), field.size());
    }
  }
  void Text(const std::string& field) { Text(std::string_view(field)); }
  template <typename String>  // std::string or std::string_view
  void Text(const std::optional<String>& field) {
    Text(field ? std::string_view(*field) : std::string_view());
  }
  void Number(int value) {
    Room(1 + kMaxDigits);
    Separate();
    if (value >= 0 && value <= 9) {  // the months' 0/1, most numbers of a row
      *p_++ = static_cast<char>('0' + value);
    } else {
      p_ = std::to_chars(p_, p_ + kMaxDigits, value).ptr;
    }
  }
  void Number(const std::optional<int>& value) {
    if (value) {
      Number(*value);
    } else {
      Room(1);
      Separate();
    }
  }
  // Fields rendered earlier by another CsvRecord, pasted as they are.
  void Rendered(std::string_view fields) {
    Room(1 + fields.size());
    Separate();
    std::memcpy(p_, fields.data(), fields.size());
    p_ += fields.size();
  }
  void End() {
    Room(kRecordEnd.size());
    std::memcpy(p_, kRecordEnd.data(), kRecordEnd.size());
    p_ += kRecordEnd.size();
  }

 private:
  static constexpr std::size_t kMaxDigits = 11;  // -2147483648
  // Room taken at a time: a whole record, most of the time.
  static constexpr std::size_t kRoom = 1024;

  // Makes sure `size` bytes fit from p_ on.
  void Room(std::size_t size) {
    if (static_cast<std::size_t>(limit_ - p_) < size) [[unlikely]] {
      // What is written so far stays; the rest is given back first, so the
      // output stays contiguous.
      out_.Pop(static_cast<std::size_t>(limit_ - p_));
      const std::size_t room = std::max(size, kRoom);
      p_ = out_.Push(room);
      limit_ = p_ + room;
    }
  }
  void Separate() {
    if (!first_) *p_++ = ',';
    first_ = false;
  }

  BlockOutput& out_;
  char* p_ = nullptr;      // where the next byte goes
  char* limit_ = nullptr;  // the end of the room held
  bool first_ = true;
};

// The fields that are the same on every row of a document (ForEachFlatRow
// fills them once per document), rendered once instead of once per row.
struct DocumentFields {
  std::string head;    // region_code .. plan_year
  std::string source;  // the source column
};

template <typename Write>
std::string RenderFields(Write write) {
  BlockOutput out;
  {
    CsvRecord record(out);
    write(record);
  }
  return out.Finish();
}

DocumentFields RenderDocumentFields(const FlatRow& row) {
  DocumentFields fields;
  fields.head = RenderFields([&](CsvRecord& head) {
    head.Text(row.region_code);
    head.Text(row.region);
    head.Text(row.decree_number);
    head.Number(row.decree_year);
    head.Number(row.plan_year);
  });
  fields.source = RenderFields([&](CsvRecord& source) { source.Text(row.source); });
  return fields;
}

// A guess at a document's CSV, so the output grows once: the text of every
// row (quotes aside) and room for its numbers and separators.
std::size_t ExpectedCsvSize(const Document& doc, const DocumentFields& document) {
  constexpr std::size_t kNumbersAndSeparators = 96;
  auto size_of = [](const std::optional<std::string>& text) { return text ? text->size() : 0; };
  std::size_t size = 0;
  for (const Area& area : doc.plan.areas) {
    for (const Activity& activity : area.activities) {
      const std::size_t shared = document.head.size() + document.source.size() +
                                 kNumbersAndSeparators + area.name.size() +
                                 size_of(area.canonical) + size_of(activity.name);
      for (const SubActivity& sub : activity.sub_activities) {
        size += shared + sub.text.size() + size_of(sub.responsible) + size_of(sub.note);
        for (const std::string& indicator : sub.indicators) size += indicator.size() + 3;
        for (const std::string& flag : sub.flags) size += flag.size() + 1;
      }
    }
  }
  return size;
}

// The columns in FlatColumns() order.
void AppendCsv(BlockOutput& out, const FlatRow& row, const DocumentFields& document) {
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
  BlockOutput out;
  std::optional<DocumentFields> document;
  ForEachFlatRow(doc, [&](const FlatRow& row) {
    if (!document) {
      document = RenderDocumentFields(row);
      out.Reserve(ExpectedCsvSize(doc, *document));
    }
    AppendCsv(out, row, *document);
  });
  return out.Finish();
}

std::string RenderNdjsonRows(const Document& doc) {
  std::string out;
  ForEachFlatRow(doc, [&out](const FlatRow& row) { AppendNdjson(out, row); });
  return out;
}

}  // namespace renaksi
