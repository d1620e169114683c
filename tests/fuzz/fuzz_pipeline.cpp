// libFuzzer target over the whole pipeline: bytes → ExtractDocument (read,
// segment, decree, citations, table, reconcile, check) → every emitter.
//
// Besides the sanitizers' own findings (ASan, UBSan, uncaught exceptions,
// hangs caught by -timeout), it checks the invariants a user relies on, each
// a trap when broken:
//   - the output carries only valid UTF-8: the reader rejects invalid input,
//     so invalid bytes in a field mean a stage cut a character in half (the
//     emitters would silently print U+FFFD instead; here that is a bug);
//   - the region file the batch assembles parses back as JSON;
//   - every CSV/NDJSON record is terminated, one NDJSON object per row.
//
// Build and run: scripts/fuzz.sh [SECONDS].
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/emit_csv.h"
#include "renaksi/emit_json.h"
#include "renaksi/flat_rows.h"
#include "renaksi/pipeline.h"
#include "renaksi/region.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_pipeline: invariant broken: %s\n%s\n", what,
               detail.substr(0, 2000).c_str());
  std::abort();
}

std::size_t CountLines(std::string_view text, std::string_view terminator) {
  std::size_t n = 0;
  for (std::size_t pos = 0; (pos = text.find(terminator, pos)) != text.npos;
       pos += terminator.size()) {
    ++n;
  }
  return n;
}

void CheckEmitters(const renaksi::Document& doc) {
  // Strict dump: throws on invalid UTF-8 anywhere in the decree.
  try {
    (void)renaksi::DecreeToJson(doc).dump(-1, ' ', false,
                                          renaksi::Json::error_handler_t::strict);
  } catch (const renaksi::Json::exception& e) {
    Fail("decree JSON holds invalid UTF-8", e.what());
  }

  std::string region_file =
      renaksi::RenderRegionJson(doc.region, {renaksi::RenderDecreeJson(doc)});
  if (!renaksi::Json::accept(region_file)) {
    Fail("region JSON does not parse", region_file);
  }

  const std::size_t rows = renaksi::FlattenPlan(doc).size();
  std::string csv = renaksi::RenderCsvRows(doc);
  if (!csv.empty() && csv.substr(csv.size() - 2) != "\r\n") {
    Fail("CSV rows not CRLF-terminated", csv);
  }
  std::string ndjson = renaksi::RenderNdjsonRows(doc);
  if (CountLines(ndjson, "\n") != rows) {
    Fail("NDJSON object count differs from the flat row count", ndjson);
  }
  std::size_t start = 0;
  for (std::size_t end; (end = ndjson.find('\n', start)) != ndjson.npos; start = end + 1) {
    std::string_view line(ndjson.data() + start, end - start);
    if (!renaksi::Json::accept(line)) Fail("NDJSON line does not parse", std::string(line));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  renaksi::Document doc =
      renaksi::ExtractDocument("fuzz.txt", bytes, renaksi::Gazetteer::Builtin());
  if (doc.source.bytes != size) Fail("source.bytes differs from input size", "");
  CheckEmitters(doc);
  return 0;
}
