// The instrument-type table: which words open a legal instrument's name, and
// how a printed name becomes its canonical type.
//
// Rules (documented in the report and the README's citation section):
// - The type is the issuing-instrument phrase printed before "Nomor", with the
//   issuer kept: "Peraturan Menteri Dalam Negeri", "Peraturan Daerah Provinsi
//   Jambi", "Keputusan Komisi Pemilihan Umum".
// - Spelling variants become one form: "Undang Undang"/"undang-undang" →
//   "Undang-Undang"; all-capitals phrases are title-cased; connectors ("dan",
//   "atas", …) are lower case.
// - Well-known abbreviations are written out, because the same instrument
//   must get the same type whichever way a drafter wrote it: "UU", "PP",
//   "Perpres", "PKPU", "Permendagri", "KPU", "Bawaslu", "DKPP", "PANRB", "RI".
// - A trailing "Republik Indonesia" is dropped ("Keputusan Komisi Pemilihan
//   Umum Republik Indonesia" and "Keputusan Komisi Pemilihan Umum" name the
//   same issuer), except after "Negara", where it is part of an institution's
//   name ("Kepolisian Negara Republik Indonesia").
#include <array>
#include <string>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "citation_internal.h"

namespace renaksi::citation_internal {
namespace {

struct Expansion {
  std::string_view abbreviation;  // lower case
  std::string_view full;
};

// Abbreviations that stand for a whole instrument kind; only as the first word.
constexpr std::array<Expansion, 19> kInstrumentAbbreviations = {{
    {"uud", "Undang-Undang Dasar"},
    {"uu", "Undang-Undang"},
    {"perppu", "Peraturan Pemerintah Pengganti Undang-Undang"},
    {"perpu", "Peraturan Pemerintah Pengganti Undang-Undang"},
    {"pp", "Peraturan Pemerintah"},
    {"perpres", "Peraturan Presiden"},
    {"keppres", "Keputusan Presiden"},
    {"kepres", "Keputusan Presiden"},
    {"inpres", "Instruksi Presiden"},
    {"pkpu", "Peraturan Komisi Pemilihan Umum"},
    {"permendagri", "Peraturan Menteri Dalam Negeri"},
    {"pmk", "Peraturan Menteri Keuangan"},
    {"perbawaslu", "Peraturan Badan Pengawas Pemilihan Umum"},
    {"perda", "Peraturan Daerah"},
    {"perbup", "Peraturan Bupati"},
    {"perwal", "Peraturan Wali Kota"},
    {"pergub", "Peraturan Gubernur"},
    {"permen", "Peraturan Menteri"},
    {"kepmen", "Keputusan Menteri"},
}};

// Abbreviations of issuers, anywhere in the phrase.
constexpr std::array<Expansion, 6> kIssuerAbbreviations = {{
    {"kpu", "Komisi Pemilihan Umum"},
    {"bawaslu", "Badan Pengawas Pemilihan Umum"},
    {"dkpp", "Dewan Kehormatan Penyelenggara Pemilihan Umum"},
    {"panrb", "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"},
    {"ri", "Republik Indonesia"},
    {"nri", "Negara Republik Indonesia"},
}};

// Written in lower case inside a name.
constexpr std::array<std::string_view, 9> kConnectors = {
    "dan", "atas", "serta", "untuk", "pada", "yang", "di", "ke", "dari"};

// Acronyms that stay in capitals even when the phrase is shouted.
constexpr std::array<std::string_view, 16> kAcronyms = {
    "DPR", "DPRD", "MPR", "BPK", "BPKP", "ASN", "BKN", "KPK",
    "BPS", "OJK", "BUMN", "BUMD", "TNI", "POLRI", "HAM", "SDM"};


bool IsConnector(std::string_view word) {
  for (std::string_view c : kConnectors) {
    if (ascii::EqualsIgnoreCase(word, c)) return true;
  }
  return false;
}

bool IsAcronym(std::string_view word) {
  for (std::string_view a : kAcronyms) {
    if (ascii::EqualsIgnoreCase(word, a)) return true;
  }
  return false;
}

bool HasLowercase(std::string_view text) {
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// Appends `word` capitalized: "undang-undang" → "Undang-Undang",
// "kabupaten/kota" → "Kabupaten/Kota"; with `lower_rest`, "PROVINSI" →
// "Provinsi".
// The word is appended at once and re-cased where it lies: appending byte
// by byte cost a capacity check per byte.
void AppendCapitalized(std::string& out, std::string_view word, bool lower_rest) {
  std::size_t at = out.size();
  out += word;
  bool part_start = true;
  for (std::size_t i = at; i < out.size(); ++i) {
    char& c = out[i];
    if (c == '-' || c == '/') {
      part_start = true;
    } else if (part_start) {
      c = ascii::ToUpper(c);
      part_start = false;
    } else if (lower_rest) {
      c = ascii::ToLower(c);
    }
  }
}

// Appends `word` with every letter mapped by `to_case`.
void AppendMapped(std::string& out, std::string_view word, char (*to_case)(char)) {
  std::size_t at = out.size();
  out += word;
  for (std::size_t i = at; i < out.size(); ++i) out[i] = to_case(out[i]);
}

bool IsAllCapitals(std::string_view word) {
  bool letter = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter && word.size() >= 2;
}

// Appends `word` in the case it takes inside a type.
void AppendCased(std::string& out, std::string_view word, bool shouted) {
  if (IsConnector(word)) {
    AppendMapped(out, word, ascii::ToLower);
  } else if (IsAcronym(word)) {
    AppendMapped(out, word, ascii::ToUpper);
  } else if (shouted) {
    AppendCapitalized(out, word, /*lower_rest=*/true);
  } else if (IsAllCapitals(word)) {
    out += word;  // in a mixed-case phrase a word in capitals is an acronym
  } else {
    AppendCapitalized(out, word, /*lower_rest=*/false);
  }
}

// Single-word heads. A head is a whole word, so the word characters at its
// start must spell one of them exactly.
constexpr std::array<std::string_view, 24> kHeadWords = {
    "peraturan", "keputusan", "instruksi", "ketetapan", "qanun",  "uud",
    "uu",        "perppu",    "perpu",     "pp",        "perpres", "keppres",
    "kepres",    "inpres",    "pkpu",      "permendagri", "pmk",  "perbawaslu",
    "perda",     "perbup",    "perwal",    "pergub",    "permen", "kepmen"};

// \s*-?\s* : the join of "Undang-Undang" and "Permen-PAN-RB".
std::size_t SkipJoin(std::string_view text, std::size_t pos) {
  pos = SkipRegexSpaces(text, pos);
  if (pos < text.size() && text[pos] == '-') ++pos;
  return SkipRegexSpaces(text, pos);
}

// "Permen PAN" or "Permen PAN RB" in any spacing and hyphenation
// (permen\s*-?\s*pan(?:\s*-?\s*rb)?\b); 0 when absent.
std::size_t PermenPanLength(std::string_view text, std::size_t pos) {
  if (!HasAt(text, pos, "permen")) return 0;
  std::size_t pan = SkipJoin(text, pos + 6);
  if (!HasAt(text, pan, "pan")) return 0;
  std::size_t rb = SkipJoin(text, pan + 3);
  if (HasWordAt(text, rb, "rb")) return rb + 2 - pos;
  return IsWordBoundary(text, pan + 3) ? pan + 3 - pos : 0;
}

// "<first>\s+<second>\b"; 0 when absent.
std::size_t TwoWordLength(std::string_view text, std::size_t pos, std::string_view first,
                          std::string_view second) {
  if (!HasAt(text, pos, first)) return 0;
  std::size_t next = SkipRegexSpaces(text, pos + first.size());
  if (next == pos + first.size() || !HasWordAt(text, next, second)) return 0;
  return next + second.size() - pos;
}

// "PAN RB" in any spacing and hyphenation (\bpan\s*-?\s*rb\b); 0 when absent.
std::size_t PanRbLength(std::string_view text, std::size_t pos) {
  if (!IsWordBoundary(text, pos) || !HasAt(text, pos, "pan")) return 0;
  std::size_t rb = SkipJoin(text, pos + 3);
  return HasWordAt(text, rb, "rb") ? rb + 2 - pos : 0;
}

std::size_t WholePermenPanLength(std::string_view text, std::size_t pos) {
  return IsWordBoundary(text, pos) ? PermenPanLength(text, pos) : 0;
}

// Each non-overlapping match in `text`, left to right, replaced by `with`
// (as RE2::GlobalReplace would). Every match starts with the letter `first`
// (either case), so only those positions are tried; a text without a match
// is left as it is, uncopied.
void ReplaceAll(std::string& text, char first,
                std::size_t (*length_at)(std::string_view, std::size_t),
                std::string_view with) {
  std::string out;
  bool replaced = false;
  std::size_t copied = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t n = ascii::ToLower(text[pos]) == first ? length_at(text, pos) : 0;
    if (n == 0) {
      ++pos;
      continue;
    }
    if (!replaced) out.reserve(text.size() + with.size());
    replaced = true;
    out.append(text, copied, pos - copied).append(with);
    pos += n;
    copied = pos;
  }
  if (!replaced) return;
  out.append(text, copied, std::string::npos);
  text = std::move(out);
}

std::string JoinSpellingVariants(std::string_view phrase) {
  std::string out(phrase);
  ReplaceAll(out, 'u', UndangUndangLength, "Undang-Undang");
  ReplaceAll(out, 'p', WholePermenPanLength, "Peraturan Menteri PANRB");
  ReplaceAll(out, 'p', PanRbLength, "PANRB");
  return out;
}

const Expansion* FindExpansion(std::string_view word, bool first) {
  if (first) {
    for (const Expansion& e : kInstrumentAbbreviations) {
      if (ascii::EqualsIgnoreCase(word, e.abbreviation)) return &e;
    }
  }
  for (const Expansion& e : kIssuerAbbreviations) {
    if (ascii::EqualsIgnoreCase(word, e.abbreviation)) return &e;
  }
  return nullptr;
}

constexpr std::string_view kRepublikIndonesia = " Republik Indonesia";

std::string DropRepublikIndonesia(std::string type) {
  if (IsConstitution(type)) return type;
  if (type.size() <= kRepublikIndonesia.size() ||
      type.compare(type.size() - kRepublikIndonesia.size(),
                   kRepublikIndonesia.size(), kRepublikIndonesia) != 0) {
    return type;
  }
  std::string_view rest(type.data(), type.size() - kRepublikIndonesia.size());
  constexpr std::string_view kNegara = " Negara";
  bool after_negara = rest.size() >= kNegara.size() &&
                      rest.substr(rest.size() - kNegara.size()) == kNegara;
  if (!after_negara) type.resize(rest.size());
  return type;
}

}  // namespace

std::size_t UndangUndangLength(std::string_view text, std::size_t pos) {
  if (!IsWordBoundary(text, pos) || !HasAt(text, pos, "undang")) return 0;
  std::size_t second = SkipJoin(text, pos + 6);
  return HasWordAt(text, second, "undang") ? second + 6 - pos : 0;
}

std::size_t InstrumentHeadLength(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || !IsWordChar(text[pos]) || !IsWordBoundary(text, pos)) return 0;
  // The multi-word heads first: "Permen PAN" outranks plain "Permen".
  if (std::size_t n = UndangUndangLength(text, pos)) return n;
  if (std::size_t n = TwoWordLength(text, pos, "surat", "edaran")) return n;
  if (std::size_t n = TwoWordLength(text, pos, "penetapan", "presiden")) return n;
  if (std::size_t n = PermenPanLength(text, pos)) return n;
  std::string_view word = WordCharsAt(text, pos);
  for (std::string_view head : kHeadWords) {
    if (ascii::EqualsIgnoreCase(word, head)) return word.size();
  }
  return 0;
}

namespace {

std::string ComputeCanonicalType(std::string_view phrase) {
  std::string joined = JoinSpellingVariants(phrase);
  bool shouted = !HasLowercase(joined);
  std::string out;
  out.reserve(joined.size() + 48);
  std::string_view rest = joined;
  for (bool first = true;; first = false) {
    size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::string_view word = rest.substr(0, rest.find(' '));
    rest.remove_prefix(word.size());
    if (!out.empty()) out += ' ';
    if (const Expansion* e = FindExpansion(word, first)) {
      out += e->full;
    } else {
      AppendCased(out, word, shouted);
    }
  }
  return DropRepublikIndonesia(std::move(out));
}

struct PhraseHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view phrase) const {
    return std::hash<std::string_view>{}(phrase);
  }
};

// Phrases already typed, by printed phrase. Decrees cite the same few
// instruments again and again (the election law, the KPU rules), each
// typed by a pass over every word and several tables; a lookup costs a
// hash. Bounded, so hostile input cannot grow it without end; one per
// thread, so parallel extraction shares nothing.
constexpr std::size_t kMaxCachedTypes = 4096;
using TypeCache = std::unordered_map<std::string, std::string, PhraseHash, std::equal_to<>>;

}  // namespace

std::string CanonicalType(std::string_view phrase) {
  thread_local TypeCache cache;
  if (auto known = cache.find(phrase); known != cache.end()) return known->second;
  std::string type = ComputeCanonicalType(phrase);
  if (cache.size() < kMaxCachedTypes) cache.emplace(phrase, type);
  return type;
}

bool IsConstitution(std::string_view canonical_type) {
  constexpr std::string_view kPrefix = "Undang-Undang Dasar";
  return canonical_type.substr(0, kPrefix.size()) == kPrefix;
}

}  // namespace renaksi::citation_internal
