#include "renaksi/pipeline.h"

#include <utility>

#include "renaksi/decree.h"
#include "renaksi/reader.h"
#include "renaksi/reconcile.h"
#include "renaksi/segment.h"
#include "renaksi/sha256.h"
#include "renaksi/table.h"

namespace renaksi {
namespace {

// A file "holds a decree" when it shows any of a decree's anchors. Without
// one, nothing is extracted: a prose file must not yield invented records.
bool LooksLikeDecree(const Decree& decree, const Plan& plan) {
  return decree.number.has_value() || decree.issuer.has_value() ||
         decree.title.has_value() || plan.table_found;
}

}  // namespace

Document ExtractDocument(std::string path, std::string_view bytes,
                         const Gazetteer& gazetteer,
                         const CheckOptions& check_options) {
  Document doc;
  doc.source.path = std::move(path);
  doc.source.sha256 = Sha256Hex(bytes);
  doc.source.bytes = bytes.size();

  ReadResult read = ReadDocument(bytes, doc.diagnostics);
  doc.readable = read.ok;
  Segments segments;
  if (read.ok) {
    segments = Segment(std::move(read.lines), doc.diagnostics);
    doc.decree = ExtractDecree(segments, doc.diagnostics);
    RawTable table = ReadTable(segments.table, doc.diagnostics);
    doc.plan = Reconcile(table, doc.diagnostics);
    doc.is_decree = LooksLikeDecree(doc.decree, doc.plan);
  }
  if (doc.is_decree) {
    doc.region = IdentifyRegion(doc.decree, gazetteer, doc.diagnostics);
    CheckTruncatedBody(segments, doc.diagnostics);
    Check(doc, check_options, doc.diagnostics);
  } else {
    doc.region.slug = std::string(kUnknownRegionSlug);
    if (read.ok) {
      doc.diagnostics.Error("not-a-decree", 0,
                            "no decree found: no KEPUTUSAN heading, decree number, "
                            "title or action-plan table");
    }
  }
  doc.diagnostics.SortByLine();
  return doc;
}

}  // namespace renaksi
