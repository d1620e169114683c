#include "renaksi/region.h"

#include <csv.h>

#include <fmt/format.h>

#include "decree_text.h"
#include "renaksi/decree.h"

namespace renaksi {
namespace {

// Collects libcsv's field and record callbacks into rows of strings.
struct CsvRows {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> current;

  static void OnField(void* data, std::size_t size, void* self) {
    static_cast<CsvRows*>(self)->current.emplace_back(static_cast<const char*>(data), size);
  }
  static void OnRecord(int, void* self) {
    auto* rows = static_cast<CsvRows*>(self);
    rows->rows.push_back(std::move(rows->current));
    rows->current.clear();
  }
};

std::vector<std::vector<std::string>> ParseCsv(std::string_view csv) {
  CsvRows rows;
  csv_parser parser;
  if (csv_init(&parser, CSV_APPEND_NULL) != 0) return {};
  csv_parse(&parser, csv.data(), csv.size(), CsvRows::OnField, CsvRows::OnRecord, &rows);
  csv_fini(&parser, CsvRows::OnField, CsvRows::OnRecord, &rows);
  csv_free(&parser);
  return std::move(rows.rows);
}

// The key names are compared by: "Kep." / "KEP" expanded to KEPULAUAN (the
// gazetteer spells it out), then only upper-case letters and digits, so
// "Batang Hari", "BATANGHARI" and "batang-hari" meet. Nothing fuzzier: a
// name that differs in any letter is a different region.
std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size() + 8);
  for (std::size_t pos = 0; pos < name.size(); ++pos) {
    // A whole word KEP (\bKEP\b, any case); its dot goes with the other
    // punctuation.
    if (text::IsWordBoundary(name, pos) && text::HasWordAt(name, pos, "kep")) {
      key += "KEPULAUAN";
      pos += 2;
      continue;
    }
    char c = name[pos];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || text::IsDigit(c)) {
      key += ascii::ToUpper(c);
    }
  }
  return key;
}

std::string KindKey(std::string_view kind) {
  std::string key = text::ComparisonKey(kind);
  if (key == "KAB" || key == "KABUPATEN") return "kabupaten";
  if (key == "KOTA") return "kota";
  return key.empty() ? "" : "?";
}

std::optional<std::string> NonEmpty(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

}  // namespace

Gazetteer Gazetteer::FromCsv(std::string_view csv) {
  Gazetteer gazetteer;
  auto rows = ParseCsv(csv);
  if (rows.empty()) return gazetteer;
  // Columns are found by header name, so their order may change.
  const auto& header = rows.front();
  auto column = [&](std::string_view name) -> int {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return static_cast<int>(i);
    }
    return -1;
  };
  const int bps = column("bps_code"), kemendagri = column("kemendagri_code"),
            kind = column("kind"), name = column("name"),
            province_code = column("province_bps_code"), province = column("province");
  if (bps < 0 || kind < 0 || name < 0) return gazetteer;
  auto cell = [](const std::vector<std::string>& row, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < row.size()
               ? text::CollapseSpaces(row[static_cast<std::size_t>(index)])
               : std::string();
  };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    GazetteerEntry entry{cell(row, bps),  cell(row, kemendagri),    cell(row, kind),
                         cell(row, name), cell(row, province_code), cell(row, province)};
    if (entry.bps_code.empty() || entry.name.empty() || KindKey(entry.kind).empty()) continue;
    gazetteer.keys_.push_back(NameKey(entry.name));
    gazetteer.entries_.push_back(std::move(entry));
  }
  return gazetteer;
}

const Gazetteer& Gazetteer::Builtin() {
  static const Gazetteer gazetteer = FromCsv(BuiltinRegionsCsv());
  return gazetteer;
}

const GazetteerEntry* Gazetteer::Find(std::string_view kind, std::string_view name) const {
  const std::string name_key = NameKey(name);
  const std::string kind_key = KindKey(kind);
  if (name_key.empty()) return nullptr;
  const GazetteerEntry* found = nullptr;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (keys_[i] != name_key) continue;
    if (!kind_key.empty() && KindKey(entries_[i].kind) != kind_key) continue;
    // Without a kind, a name shared by a regency and a city (Sorong) is
    // ambiguous: no match rather than a guess.
    if (found) return nullptr;
    found = &entries_[i];
  }
  return found;
}

Region IdentifyRegion(const Decree& decree, const Gazetteer& gazetteer, Diagnostics& diags) {
  Region region;
  const int line = decree.field_lines.count("region") ? decree.field_lines.at("region") : 0;
  if (decree.region_name.empty()) {
    region.slug = std::string(kUnknownRegionSlug);
    diags.Error("region-missing", line,
                "the decree names no issuing regency or city (KOMISI PEMILIHAN UMUM "
                "KABUPATEN/KOTA …): output goes under \"unknown-region\"");
    return region;
  }
  region.kind = KindKey(decree.region_kind) == "kota" ? "kota" : "kabupaten";
  region.name = text::TitleCase(decree.region_name);
  std::string slug = Slugify(region.kind + " " + decree.region_name);
  region.slug = slug.empty() ? std::string(kUnknownRegionSlug) : slug;
  if (const GazetteerEntry* entry = gazetteer.Find(region.kind, decree.region_name)) {
    region.matched = true;
    region.bps_code = NonEmpty(entry->bps_code);
    region.kemendagri_code = NonEmpty(entry->kemendagri_code);
    region.province = NonEmpty(text::TitleCase(entry->province));
    // Spelled differently from the gazetteer (beyond case): say which entry
    // the tolerant match chose, so a user can check it.
    if (text::TitleCase(entry->name) != region.name) {
      diags.Info("region-matched", line,
                 fmt::format("\"{} {}\" matched the gazetteer's \"{}\" ({}, BPS {})",
                             region.kind, decree.region_name, entry->name, entry->province,
                             entry->bps_code));
    }
    return region;
  }
  diags.Warning("region-unknown", line,
                fmt::format("\"{} {}\" is not in the region gazetteer (data/regions.csv); "
                            "kept as printed, without BPS/Kemendagri codes or province",
                            region.kind, decree.region_name));
  return region;
}

}  // namespace renaksi
