#include "area_names.h"

#include <algorithm>
#include <array>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>


namespace renaksi {
namespace {

// Each byte as it stands in a key: ASCII letters lowercased, digits kept,
// 0 for every other byte (a separator). The program never sets a locale,
// so std::isalnum, which this replaces, was the C locale's ASCII test
// (UTF-8 bytes, all >= 0x80, separate words).
constexpr std::array<char, 256> kKeyBytes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) table[c] = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') table[c] = static_cast<char>(c - 'A' + 'a');
  }
  return table;
}();

// The longest key any pattern below matches: the longest prefix, "12 area
// peningkatan kualitas " (29 bytes), before the longest theme, "sistem
// manajemen sumber daya manusia aparatur sipil negara" (58). No pattern
// repeats anything, so a longer key cannot be an area name.
constexpr std::size_t kLongestAreaKey = 29 + 58;

// The key of a printed name, at most kLongestAreaKey bytes.
struct AreaKey {
  // Room for a separator and one byte past the longest key: Normalize
  // gives up right after writing them.
  std::array<char, kLongestAreaKey + 2> bytes;
  std::size_t size = 0;
};

// Lowercase ASCII words; every other character separates words, so
// "Perundang-undangan/Deregulasi" and "Perundang undangan Deregulasi" meet.
// False when the key would be longer than any area name: most cells are
// long activity texts, and they are given up on after a few words.
bool Normalize(std::string_view text, AreaKey& key) {
  bool space = false;
  for (unsigned char c : text) {
    const char k = kKeyBytes[c];
    if (k == 0) {
      space = true;
      continue;
    }
    if (space && key.size != 0) key.bytes[key.size++] = ' ';
    key.bytes[key.size++] = k;
    if (key.size > kLongestAreaKey) return false;
    space = false;
  }
  return true;
}

struct AreaPattern {
  const char* id;
  const char* pattern;  // full match over the normalized name
};

// Optional leading number ("1"), optional area word ("area"), and the
// prefixes decrees put before the theme.
#define RENAKSI_PREFIX "(?:\\d{1,2} )?(?:area )?(?:(?:penataan|penguatan|peningkatan(?: kualitas)?|pembangunan|perbaikan) )?"

constexpr std::array<AreaPattern, 8> kAreas = {{
    {"manajemen-perubahan", RENAKSI_PREFIX "manajemen perubahan"},
    {"deregulasi-kebijakan",
     RENAKSI_PREFIX "(?:(?:peraturan )?perundang(?:an| undangan)?(?: deregulasi kebijakan)?|deregulasi kebijakan)"},
    {"penataan-organisasi", RENAKSI_PREFIX "(?:organisasi(?: kelembagaan)?|kelembagaan(?: organisasi)?)"},
    {"penataan-tatalaksana", RENAKSI_PREFIX "(?:tata ?laksana|ketatalaksanaan)"},
    {"manajemen-sdm",
     RENAKSI_PREFIX "(?:sistem )?manajemen (?:sdm|sumber daya manusia)(?: aparatur(?: sipil negara)?| asn)?"},
    {"penguatan-akuntabilitas", RENAKSI_PREFIX "akuntabilitas(?: kinerja)?"},
    {"penguatan-pengawasan", RENAKSI_PREFIX "pengawasan"},
    {"pelayanan-publik", RENAKSI_PREFIX "pelayanan publik"},
}};

#undef RENAKSI_PREFIX

// One RE2::Set over the 8 patterns: a single anchored DFA pass per name
// instead of 8 separate matches (this runs for every table cell under each
// column shift the reconciler tries, so it is hot).
const RE2::Set& AreaSet() {
  static const RE2::Set* const kSet = [] {
    auto* set = new RE2::Set(RE2::Options(), RE2::ANCHOR_BOTH);
    for (const auto& area : kAreas) set->Add(area.pattern, nullptr);
    set->Compile();
    return set;
  }();
  return *kSet;
}

}  // namespace

std::optional<std::string> CanonicalArea(std::string_view printed) {
  AreaKey key;
  if (!Normalize(printed, key) || key.size == 0) return std::nullopt;
  const re2::StringPiece input(key.bytes.data(), key.size);
  // Most texts are no area name: a yes/no pass first, then the pass that
  // lists which patterns matched.
  if (!AreaSet().Match(input, nullptr)) return std::nullopt;
  std::vector<int> matched;
  if (!AreaSet().Match(input, &matched)) return std::nullopt;
  // Several patterns may match; the first in table order wins, as before.
  return std::string(kAreas[*std::min_element(matched.begin(), matched.end())].id);
}

int CanonicalAreaNumber(std::string_view canonical_id) {
  for (std::size_t i = 0; i < kAreas.size(); ++i) {
    if (canonical_id == kAreas[i].id) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace renaksi
