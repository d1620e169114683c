// Region identity: the issuing regency or city, matched against the shipped
// gazetteer (data/regions.csv) for its official BPS and Kemendagri codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace renaksi {

struct Region {
  std::string kind;   // "kabupaten" or "kota"; empty when unknown
  std::string name;   // as printed, in title case ("Muaro Jambi")
  std::string slug;   // "kabupaten-muaro-jambi"; "unknown-region" when unknown
  std::optional<std::string> bps_code;
  std::optional<std::string> kemendagri_code;
  std::optional<std::string> province;
  bool matched = false;  // found in the gazetteer
};

inline constexpr std::string_view kUnknownRegionSlug = "unknown-region";

struct GazetteerEntry {
  std::string bps_code;
  std::string kemendagri_code;  // may be empty (source has null)
  std::string kind;
  std::string name;             // upper case, as in the gazetteer
  std::string province_bps_code;
  std::string province;
};

class Gazetteer {
 public:
  // Parses gazetteer CSV text (the format of data/regions.csv).
  static Gazetteer FromCsv(std::string_view csv);
  // The gazetteer compiled into the binary from data/regions.csv.
  static const Gazetteer& Builtin();

  // Tolerant lookup: case, spacing and punctuation are ignored
  // ("Batang Hari" finds BATANGHARI). Never returns a merely similar name.
  const GazetteerEntry* Find(std::string_view kind, std::string_view name) const;
  const std::vector<GazetteerEntry>& entries() const { return entries_; }

 private:
  std::vector<GazetteerEntry> entries_;
  std::vector<std::string> keys_;  // comparison key of each entry's name
};

// The raw bytes of data/regions.csv, embedded at build time.
std::string_view BuiltinRegionsCsv();

}  // namespace renaksi
