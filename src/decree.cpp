#include "renaksi/decree.h"
namespace renaksi {
Decree ExtractDecree(const Segments&, Diagnostics&) { return {}; }
Region IdentifyRegion(const Decree&, const Gazetteer&, Diagnostics& diags) {
  Region r;
  r.slug = std::string(kUnknownRegionSlug);
  diags.Error("region-unknown", 0, "placeholder: region identification not built yet");
  return r;
}
std::string Slugify(std::string_view) { return {}; }
}  // namespace renaksi
