// The decree part of a document: header, considerations, legal basis,
// dictums, enactment and signatures.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "renaksi/citation.h"
#include "renaksi/diagnostic.h"
#include "renaksi/region.h"
#include "renaksi/segment.h"

namespace renaksi {

struct LabeledText {
  std::string label;  // as printed without punctuation: "a", "1", "KESATU"
  std::string text;
  int line = 0;
};

struct LegalBasisItem {
  std::string label;
  std::string text;
  int line = 0;
  std::optional<Citation> citation;
};

struct Person {
  std::optional<std::string> position;
  std::optional<std::string> name;
};

struct Enactment {
  std::optional<std::string> place;
  std::optional<std::string> date;  // ISO 8601, YYYY-MM-DD
};

struct Decree {
  std::optional<std::string> issuer;
  std::string region_kind;  // "kabupaten"/"kota" as printed by the issuer line
  std::string region_name;  // as printed ("MUARO JAMBI"); empty when absent
  std::optional<std::string> number;  // as printed
  std::optional<int> year;
  std::optional<std::string> title;
  std::optional<int> plan_year;
  Enactment enacted;
  Person signatory;
  Person certifier;
  std::vector<LabeledText> considerations;
  std::vector<LegalBasisItem> legal_basis;
  std::vector<LabeledText> decisions;
  // Memperhatikan items (notes the decree took into account), when printed.
  std::vector<LabeledText> observations;
  // The "Menetapkan :" text: the decree's full name as it enacts itself. The
  // title is checked against it, and taken from it when the heading lacks one.
  std::optional<std::string> establishes;
  // Source line of each extracted field, keyed by contract name ("number",
  // "year", "title", "issuer", "region", "enacted", "signatory", "certifier",
  // "plan_year", "considerations", "legal_basis", "decisions",
  // "establishes"), so later checks can point at the line to fix.
  std::map<std::string, int> field_lines;
};

// Fills every decree field it can find in the segments; reports what is
// missing (`field-missing`) or repaired.
Decree ExtractDecree(const Segments& segments, Diagnostics& diags);

// Identifies the region from the decree's issuer (kind + name), matching it
// tolerantly against the gazetteer. An unknown name is kept as printed with a
// warning; no region at all gives slug "unknown-region" and an error.
Region IdentifyRegion(const Decree& decree, const Gazetteer& gazetteer,
                      Diagnostics& diags);

// ASCII, lowercase, hyphen-separated slug of arbitrary text ("Muaro Jambi" →
// "muaro-jambi"); empty when nothing usable remains.
std::string Slugify(std::string_view text);

}  // namespace renaksi
