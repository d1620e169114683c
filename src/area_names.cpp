#include "area_names.h"

#include <array>
#include <string_view>



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

// The longest key an area name has: the longest prefix, "12 area
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
  std::size_t size = key.size;  // a local: the bytes written could alias key.size
  for (unsigned char c : text) {
    const char k = kKeyBytes[c];
    if (k == 0) {
      space = true;
      continue;
    }
    if (space && size != 0) key.bytes[size++] = ' ';
    key.bytes[size++] = k;
    if (size > kLongestAreaKey) {
      key.size = size;
      return false;
    }
    space = false;
  }
  key.size = size;
  return true;
}

// The 8 areas, in the national order (CanonicalAreaNumber).
constexpr std::array<const char*, 8> kAreaIds = {
    "manajemen-perubahan",  "deregulasi-kebijakan",    "penataan-organisasi",
    "penataan-tatalaksana", "manajemen-sdm",           "penguatan-akuntabilitas",
    "penguatan-pengawasan", "pelayanan-publik",
};

// An area name is a prefix and a theme, over the normalized key:
//
//   prefix  (?:\d{1,2} )?(?:area )?
//           (?:(?:penataan|penguatan|peningkatan(?: kualitas)?|pembangunan|perbaikan) )?
//   theme   one of kThemes below, written out from these patterns:
//     manajemen-perubahan      manajemen perubahan
//     deregulasi-kebijakan     (?:peraturan )?perundang(?:an| undangan)?(?: deregulasi kebijakan)?
//                              | deregulasi kebijakan
//     penataan-organisasi      organisasi(?: kelembagaan)? | kelembagaan(?: organisasi)?
//     penataan-tatalaksana     tata ?laksana | ketatalaksanaan
//     manajemen-sdm            (?:sistem )?manajemen (?:sdm|sumber daya manusia)
//                              (?: aparatur(?: sipil negara)?| asn)?
//     penguatan-akuntabilitas  akuntabilitas(?: kinerja)?
//     penguatan-pengawasan     pengawasan
//     pelayanan-publik         pelayanan publik
//
// Every theme is a finite list of spellings, so a table lookup decides
// what a regex did (area_names_test compares the two over every spelling
// and many near misses). No theme starts with a digit, with "area" or with
// a prefix word, nor with "kualitas": stripping each optional part of the
// prefix whenever it is there is the only way a key can match.
struct Theme {
  std::string_view spelling;
  int area;  // index into kAreaIds
};

constexpr Theme kThemes[] = {
    {"manajemen perubahan", 0},
    {"perundang", 1},
    {"perundangan", 1},
    {"perundang undangan", 1},
    {"peraturan perundang", 1},
    {"peraturan perundangan", 1},
    {"peraturan perundang undangan", 1},
    {"perundang deregulasi kebijakan", 1},
    {"perundangan deregulasi kebijakan", 1},
    {"perundang undangan deregulasi kebijakan", 1},
    {"peraturan perundang deregulasi kebijakan", 1},
    {"peraturan perundangan deregulasi kebijakan", 1},
    {"peraturan perundang undangan deregulasi kebijakan", 1},
    {"deregulasi kebijakan", 1},
    {"organisasi", 2},
    {"organisasi kelembagaan", 2},
    {"kelembagaan", 2},
    {"kelembagaan organisasi", 2},
    {"tata laksana", 3},
    {"tatalaksana", 3},
    {"ketatalaksanaan", 3},
    {"manajemen sdm", 4},
    {"manajemen sdm aparatur", 4},
    {"manajemen sdm aparatur sipil negara", 4},
    {"manajemen sdm asn", 4},
    {"manajemen sumber daya manusia", 4},
    {"manajemen sumber daya manusia aparatur", 4},
    {"manajemen sumber daya manusia aparatur sipil negara", 4},
    {"manajemen sumber daya manusia asn", 4},
    {"sistem manajemen sdm", 4},
    {"sistem manajemen sdm aparatur", 4},
    {"sistem manajemen sdm aparatur sipil negara", 4},
    {"sistem manajemen sdm asn", 4},
    {"sistem manajemen sumber daya manusia", 4},
    {"sistem manajemen sumber daya manusia aparatur", 4},
    {"sistem manajemen sumber daya manusia aparatur sipil negara", 4},
    {"sistem manajemen sumber daya manusia asn", 4},
    {"akuntabilitas", 5},
    {"akuntabilitas kinerja", 5},
    {"pengawasan", 6},
    {"pelayanan publik", 7},
};

// The words a theme may follow ("peningkatan" also as "peningkatan kualitas").
constexpr std::array<std::string_view, 5> kPrefixWords = {"penataan", "penguatan", "peningkatan",
                                                          "pembangunan", "perbaikan"};

// Removes `word` and the space after it from the front of `key`, if there.
bool StripWord(std::string_view& key, std::string_view word) {
  if (key.size() <= word.size() || key.substr(0, word.size()) != word ||
      key[word.size()] != ' ') {
    return false;
  }
  key.remove_prefix(word.size() + 1);
  return true;
}

// The key without its optional number, "area" and prefix word.
std::string_view StripPrefix(std::string_view key) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (key.size() > 2 && is_digit(key[0]) && key[1] == ' ') {
    key.remove_prefix(2);
  } else if (key.size() > 3 && is_digit(key[0]) && is_digit(key[1]) && key[2] == ' ') {
    key.remove_prefix(3);
  }
  StripWord(key, "area");
  // "peningkatan kualitas" before "peningkatan": the longer prefix first.
  if (StripWord(key, "peningkatan kualitas")) return key;
  for (std::string_view word : kPrefixWords) {
    if (StripWord(key, word)) break;
  }
  return key;
}

// The longest word of any area name: "ketatalaksanaan".
constexpr std::size_t kLongestAreaWord = 15;

// The words of a text's key (those Normalize joins), one at a time,
// lowercased into a buffer: what a word view points to changes with the
// next word read.
class KeyWords {
 public:
  explicit KeyWords(std::string_view text) : text_(text) {}

  // The next word; empty at the end, or when it is longer than any word of
  // an area name (so none of the words looked for).
  std::string_view Next() {
    // In locals: the bytes written to word_ could alias the members, which
    // the compiler would otherwise read again after every byte.
    const char* const text = text_.data();
    const std::size_t end = text_.size();
    std::size_t pos = pos_;
    while (pos < end && kKeyBytes[static_cast<unsigned char>(text[pos])] == 0) ++pos;
    std::size_t size = 0;
    for (; pos < end; ++pos) {
      const char k = kKeyBytes[static_cast<unsigned char>(text[pos])];
      if (k == 0) break;
      if (size == word_.size()) return {};
      word_[size++] = k;
    }
    pos_ = pos;
    return {word_.data(), size};
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::array<char, kLongestAreaWord> word_;
};

bool IsAreaNumber(std::string_view word) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  return (word.size() == 1 && is_digit(word[0])) ||
         (word.size() == 2 && is_digit(word[0]) && is_digit(word[1]));
}

bool IsPrefixWord(std::string_view word) {
  for (std::string_view prefix : kPrefixWords) {
    if (word == prefix) return true;
  }
  return false;
}

// The first words of the themes (kThemes), checked below at compile time.
constexpr std::array<std::string_view, 14> kThemeLeads = {
    "manajemen",   "peraturan", "perundang",   "perundangan",     "deregulasi",
    "organisasi",  "kelembagaan", "tata",      "tatalaksana",     "ketatalaksanaan",
    "sistem",      "akuntabilitas", "pengawasan", "pelayanan"};

constexpr bool IsThemeLead(std::string_view word) {
  for (std::string_view lead : kThemeLeads) {
    if (word == lead) return true;
  }
  return false;
}

constexpr bool EveryThemeLeadListed() {
  for (const Theme& t : kThemes) {
    if (!IsThemeLead(t.spelling.substr(0, t.spelling.find(' ')))) return false;
  }
  return true;
}
static_assert(EveryThemeLeadListed(), "a theme starts with a word missing from kThemeLeads");

// A necessary condition, cheap next to normalizing the whole key: the
// prefix's optional words, in their order, and then the first word of a
// theme. Most cells are activity texts ("Penyusunan …", "Peningkatan
// kapasitas …") and stop within their first two or three words.
bool MayBeAreaName(std::string_view printed) {
  KeyWords words(printed);
  std::string_view word = words.Next();
  if (IsAreaNumber(word)) word = words.Next();
  if (word == "area") word = words.Next();
  if (IsPrefixWord(word)) {
    const bool peningkatan = word == "peningkatan";
    word = words.Next();
    if (peningkatan && word == "kualitas") word = words.Next();
  }
  return IsThemeLead(word);
}

}  // namespace

std::optional<std::string> CanonicalArea(std::string_view printed) {
  if (!MayBeAreaName(printed)) return std::nullopt;
  AreaKey key;
  if (!Normalize(printed, key) || key.size == 0) return std::nullopt;
  const std::string_view theme = StripPrefix(std::string_view(key.bytes.data(), key.size));
  for (const Theme& t : kThemes) {
    if (t.spelling == theme) return std::string(kAreaIds[static_cast<std::size_t>(t.area)]);
  }
  return std::nullopt;
}

int CanonicalAreaNumber(std::string_view canonical_id) {
  for (std::size_t i = 0; i < kAreaIds.size(); ++i) {
    if (canonical_id == kAreaIds[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace renaksi
