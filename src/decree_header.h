// The decree's heading: issuer and region, number, year, title and plan
// year, read from the preamble ("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN X
// / NOMOR N TAHUN Y / TENTANG …") and cross-checked against the decree's
// own "Menetapkan :" line and the annex heading.
#pragma once

#include <optional>

#include "renaksi/decree.h"
#include "renaksi/diagnostic.h"
#include "renaksi/segment.h"

namespace renaksi {

// Fills issuer, region_kind/region_name, number, year, title, plan_year and
// their field_lines. `establishes` is the "Menetapkan :" text when found.
// Reports `field-missing` for what stays absent.
void ExtractHeader(const Segments& segments, const std::optional<LabeledText>& establishes,
                   Decree& decree, Diagnostics& diags);

// The issuing region named after "KOMISI PEMILIHAN UMUM" (or KPU) in `text`:
// kind "kabupaten"/"kota" and the name as printed, spaces collapsed.
struct IssuerName {
  std::string kind;
  std::string name;
  std::size_t offset = 0;  // where the match starts in `text`
};
std::optional<IssuerName> FindIssuer(std::string_view text);

// Builds the issuer's display name: "Komisi Pemilihan Umum Kabupaten Muaro
// Jambi" from kind "kabupaten" and name "MUARO JAMBI".
std::string IssuerDisplayName(std::string_view kind, std::string_view name);

}  // namespace renaksi
