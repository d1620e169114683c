#include <doctest/doctest.h>

#include "area_names.h"

#include <array>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

namespace renaksi {
namespace {

TEST_CASE("area names: printed variants map to the canonical ids") {
  CHECK(CanonicalArea("Manajemen Perubahan") == "manajemen-perubahan");
  CHECK(CanonicalArea("Penataan Peraturan Perundangan/ Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Penataan Peraturan Perundang-undangan/Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Penguatan Organisasi/Kelembagaan") == "penataan-organisasi");
  CHECK(CanonicalArea("Penataan Organisasi/Kelembagaan") == "penataan-organisasi");
  CHECK(CanonicalArea("Penataan Tata Laksana") == "penataan-tatalaksana");
  CHECK(CanonicalArea("PENATAAN TATALAKSANA") == "penataan-tatalaksana");
  CHECK(CanonicalArea("Sistem Manajemen Sumber Daya Manusia") == "manajemen-sdm");
  CHECK(CanonicalArea("Penataan Sistem Manajemen SDM Aparatur") == "manajemen-sdm");
  CHECK(CanonicalArea("Penguatan Akuntabilitas") == "penguatan-akuntabilitas");
  CHECK(CanonicalArea("Pengawasan") == "penguatan-pengawasan");
  CHECK(CanonicalArea("Penguatan Pengawasan") == "penguatan-pengawasan");
  CHECK(CanonicalArea("Pelayanan Publik") == "pelayanan-publik");
  CHECK(CanonicalArea("Peningkatan Kualitas Pelayanan Publik") == "pelayanan-publik");
  CHECK(CanonicalAreaNumber("pelayanan-publik") == 8);
}

TEST_CASE("area names: activity names on an area's theme are not areas") {
  CHECK_FALSE(CanonicalArea("Pelaksanaan manajemen perubahan."));
  CHECK_FALSE(CanonicalArea("Peningkatan Akuntabilitas Pengadaan Barang/Jasa"));
  CHECK_FALSE(CanonicalArea("Peningkatan SPIP di lingkungan unit/satuan kerja"));
  CHECK_FALSE(CanonicalArea("Pembangunan Zona Hijau Pelayanan Publik"));
  CHECK_FALSE(CanonicalArea(""));
}

TEST_CASE("area names: the longest spelling still matches, separators do not count") {
  // 87 bytes once normalized: the longest key the patterns accept.
  CHECK(CanonicalArea("12. AREA Peningkatan Kualitas Sistem Manajemen Sumber Daya Manusia "
                      "Aparatur Sipil Negara") == "manajemen-sdm");
  CHECK(CanonicalArea("  Pelayanan   --  Publik  ") == "pelayanan-publik");
  CHECK_FALSE(CanonicalArea("12 Area Peningkatan Kualitas Sistem Manajemen Sumber Daya Manusia "
                            "Aparatur Sipil Negara X"));
}

// The rule as the area names were first written: a regex per area, full
// match over the normalized key, the first area in order winning.
#define PREFIX "(?:\\d{1,2} )?(?:area )?(?:(?:penataan|penguatan|peningkatan(?: kualitas)?|pembangunan|perbaikan) )?"
const std::array<std::pair<const char*, const char*>, 8> kReferencePatterns = {{
    {"manajemen-perubahan", PREFIX "manajemen perubahan"},
    {"deregulasi-kebijakan",
     PREFIX "(?:(?:peraturan )?perundang(?:an| undangan)?(?: deregulasi kebijakan)?|deregulasi kebijakan)"},
    {"penataan-organisasi", PREFIX "(?:organisasi(?: kelembagaan)?|kelembagaan(?: organisasi)?)"},
    {"penataan-tatalaksana", PREFIX "(?:tata ?laksana|ketatalaksanaan)"},
    {"manajemen-sdm",
     PREFIX "(?:sistem )?manajemen (?:sdm|sumber daya manusia)(?: aparatur(?: sipil negara)?| asn)?"},
    {"penguatan-akuntabilitas", PREFIX "akuntabilitas(?: kinerja)?"},
    {"penguatan-pengawasan", PREFIX "pengawasan"},
    {"pelayanan-publik", PREFIX "pelayanan publik"},
}};
#undef PREFIX

std::optional<std::string> ReferenceArea(const std::string& key) {
  static const RE2::Set* const kSet = [] {
    auto* set = new RE2::Set(RE2::Options(), RE2::ANCHOR_BOTH);
    for (const auto& [id, pattern] : kReferencePatterns) set->Add(pattern, nullptr);
    set->Compile();
    return set;
  }();
  std::vector<int> matched;
  if (!kSet->Match(key, &matched)) return std::nullopt;
  return kReferencePatterns[static_cast<std::size_t>(*std::min_element(matched.begin(), matched.end()))].first;
}

TEST_CASE("area names: the theme table decides as the regexes did") {
  // Every word the patterns use, numbers, and a stranger; keys written
  // already normalized, so the reference sees what CanonicalArea sees.
  const std::vector<std::string> words = {
      "1", "12", "123", "area", "penataan", "penguatan", "peningkatan", "kualitas", "pembangunan",
      "perbaikan", "manajemen", "perubahan", "peraturan", "perundang", "perundangan", "undangan",
      "deregulasi", "kebijakan", "organisasi", "kelembagaan", "tata", "laksana", "tatalaksana",
      "ketatalaksanaan", "sistem", "sdm", "sumber", "daya", "manusia", "aparatur", "sipil",
      "negara", "asn", "akuntabilitas", "kinerja", "pengawasan", "pelayanan", "publik", "lain"};
  std::vector<std::string> keys;
  for (const auto& a : words) {
    keys.push_back(a);
    for (const auto& b : words) {
      keys.push_back(a + " " + b);
      for (const auto& c : words) keys.push_back(a + " " + b + " " + c);
    }
  }
  // Every prefix before every spelling the patterns accept, and those
  // spellings with a word more or less.
  const std::vector<std::string> themes = {
      "manajemen perubahan", "perundang", "perundangan", "perundang undangan",
      "peraturan perundang undangan deregulasi kebijakan", "perundangan deregulasi kebijakan",
      "deregulasi kebijakan", "organisasi kelembagaan", "kelembagaan organisasi", "tata laksana",
      "ketatalaksanaan", "sistem manajemen sumber daya manusia aparatur sipil negara",
      "manajemen sdm asn", "manajemen sumber daya manusia aparatur", "akuntabilitas kinerja",
      "pengawasan", "pelayanan publik",
      // the spellings of four words and more not listed above
      "peraturan perundang undangan", "perundang deregulasi kebijakan",
      "perundang undangan deregulasi kebijakan", "peraturan perundang deregulasi kebijakan",
      "peraturan perundangan deregulasi kebijakan", "manajemen sdm aparatur sipil negara",
      "manajemen sumber daya manusia", "manajemen sumber daya manusia asn",
      "manajemen sumber daya manusia aparatur sipil negara", "sistem manajemen sdm aparatur",
      "sistem manajemen sdm aparatur sipil negara", "sistem manajemen sdm asn",
      "sistem manajemen sumber daya manusia", "sistem manajemen sumber daya manusia aparatur",
      "sistem manajemen sumber daya manusia asn"};
  for (const char* number : {"", "1 ", "12 ", "123 "}) {
    for (const char* area : {"", "area "}) {
      for (const char* word : {"", "penataan ", "penguatan ", "peningkatan ", "peningkatan kualitas ",
                               "pembangunan ", "perbaikan ", "kualitas "}) {
        for (const auto& theme : themes) {
          const std::string key = std::string(number) + area + word + theme;
          keys.push_back(key);
          keys.push_back(key + " lain");
          keys.push_back(key.substr(0, key.rfind(' ')));
        }
      }
    }
  }
  int matches = 0;
  for (const auto& key : keys) {
    const auto expected = ReferenceArea(key);
    CAPTURE(key);
    CHECK(CanonicalArea(key) == expected);
    matches += expected.has_value();
  }
  CHECK(matches > 1000);  // the keys do reach the areas
}

}  // namespace
}  // namespace renaksi
