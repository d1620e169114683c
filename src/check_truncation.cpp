// A decree cut off before its end. The table stage notices a file cut inside
// the table (a short last row); this rule covers a cut anywhere earlier.
//
// Every decree of the genre closes its body with the enactment ("Ditetapkan
// di … pada tanggal …") and the chair's signature, and an action-plan decree
// then carries its annex. A file that shows a decree's opening (the caller
// runs this only on a decree) but reaches none of these parts stops inside
// the body: whatever it ends with, the rest of the decree is missing. The
// finding points at the last line the file has, where the cut is.
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "decree_text.h"
#include "renaksi/check.h"
#include "renaksi/segment.h"

namespace renaksi {
namespace {

// The end of `text`, for the message: enough to find the line, cut at a
// UTF-8 character boundary.
std::string Tail(std::string_view text) {
  constexpr std::size_t kMax = 60;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() <= kMax) return std::string(text);
  std::size_t start = text.size() - kMax;
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    ++start;
  }
  return "…" + std::string(text.substr(start));
}

}  // namespace

void CheckTruncatedBody(const Segments& segments, Diagnostics& diags) {
  // Reaching the enactment, the annex or the table means the body is whole;
  // a cut after that point is the table stage's or shows as missing fields.
  for (const SourceLines* end_part : {&segments.signature, &segments.annex_title,
                                      &segments.table, &segments.annex_signature}) {
    if (!end_part->empty()) return;
  }
  // The body parts in document order, each with the name a user knows it by.
  const std::pair<const SourceLines*, const char*> body[] = {
      {&segments.preamble, "decree heading"},
      {&segments.considerations, "considerations (Menimbang)"},
      {&segments.legal_basis, "legal basis (Mengingat)"},
      {&segments.observations, "observations (Memperhatikan)"},
      {&segments.decision, "decision (MEMUTUSKAN … dictums)"},
  };
  const SourceLine* last = nullptr;
  const char* part_name = nullptr;
  for (const auto& [part, name] : body) {
    for (const SourceLine& line : *part) {
      if (text::IsBlank(line.text)) continue;
      last = &line;
      part_name = name;
    }
  }
  if (last == nullptr) return;
  diags.Warning("truncated", last->number,
                fmt::format("the file ends inside the {} with \"{}\": no enactment "
                            "(\"Ditetapkan di …\"), signature or annex table follows, so "
                            "the file seems cut off and the rest of the decree is missing",
                            part_name, Tail(last->text)));
}

}  // namespace renaksi
