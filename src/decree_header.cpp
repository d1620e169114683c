#include "decree_header.h"

#include <algorithm>

#include <fmt/format.h>
#include <re2/re2.h>

#include "decree_text.h"

namespace renaksi {
namespace {

using text::HasAt;
using text::HasWordAt;
using text::IsWordBoundary;
using text::SkipRegexSpaces;

// --- The issuer: KOMISI PEMILIHAN UMUM / KPU, KABUPATEN / KOTA, NAME ---------
//
// The rule, as a pattern (any case):
//   (?:KOMISI\s+PEMILIHAN\s+UMUM|\bKPU)\s+(KABUPATEN|KAB\.|KAB|KOTA)\s+NAME STOP
//   NAME = [A-Za-z][A-Za-z'.\-]*(?:\s+[A-Za-z][A-Za-z'.\-]*){0,4}?  (lazy)
//   STOP = \s*(?:,|\bNOMOR\b|\bNO\.|\bTENTANG\b|\bKEPUTUSAN\b|\bKETUA\b|
//          \bSALINAN\b|\bSEKRETARIAT\b|\bJALAN\b|\bJL\.|\(|$)
// A region name is one to five words, ended by a comma or by the next word
// of the heading; bounded so a letterhead followed by an address never
// yields a run-on name.

constexpr int kMaxNameWords = 5;

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsNameChar(char c) { return IsNameStart(c) || c == '\'' || c == '.' || c == '-'; }

// Past the organ and the region kind at `pos`, with `*kind` set to the kind
// as printed; npos when they are not there.
std::size_t KindEnd(std::string_view text, std::size_t pos, std::string_view* kind) {
  std::size_t at = std::string_view::npos;
  if (HasAt(text, pos, "komisi")) {
    std::size_t pemilihan = SkipRegexSpaces(text, pos + 6);
    if (pemilihan == pos + 6 || !HasAt(text, pemilihan, "pemilihan")) return at;
    std::size_t umum = SkipRegexSpaces(text, pemilihan + 9);
    if (umum == pemilihan + 9 || !HasAt(text, umum, "umum")) return at;
    at = umum + 4;
  } else if (IsWordBoundary(text, pos) && HasAt(text, pos, "kpu")) {
    at = pos + 3;
  } else {
    return at;
  }
  std::size_t word = SkipRegexSpaces(text, at);
  if (word == at) return std::string_view::npos;
  // The first kind that whitespace follows.
  for (std::string_view printed : {"kabupaten", "kab.", "kab", "kota"}) {
    if (!HasAt(text, word, printed)) continue;
    std::size_t after = word + printed.size();
    std::size_t name = SkipRegexSpaces(text, after);
    if (name == after) continue;
    *kind = text.substr(word, printed.size());
    return name;
  }
  return std::string_view::npos;
}

// STOP at `pos`.
bool NameStopsAt(std::string_view text, std::size_t pos) {
  pos = SkipRegexSpaces(text, pos);
  if (pos == text.size() || text[pos] == ',' || text[pos] == '(') return true;
  if (!IsWordBoundary(text, pos)) return false;
  for (std::string_view word :
       {"nomor", "tentang", "keputusan", "ketua", "salinan", "sekretariat", "jalan"}) {
    if (HasWordAt(text, pos, word)) return true;
  }
  return HasAt(text, pos, "no.") || HasAt(text, pos, "jl.");
}

// NAME STOP at `pos`: the name's end, or npos. The lazy pattern prefers the
// fewest whole words; a word cut short (only where a '.', '-' or '\'' inside
// it precedes a stop word) comes last, the last word first.
std::size_t NameEnd(std::string_view text, std::size_t pos) {
  struct Span {
    std::size_t begin, end;
  };
  Span words[kMaxNameWords];
  int count = 0;
  std::size_t at = pos;
  while (count < kMaxNameWords && at < text.size() && IsNameStart(text[at])) {
    std::size_t end = at + 1;
    while (end < text.size() && IsNameChar(text[end])) ++end;
    words[count++] = {at, end};
    if (NameStopsAt(text, end)) return end;
    std::size_t next = SkipRegexSpaces(text, end);
    if (next == end) break;
    at = next;
  }
  for (int i = count - 1; i >= 0; --i) {
    for (std::size_t end = words[i].end - 1; end > words[i].begin; --end) {
      if (NameStopsAt(text, end)) return end;
    }
  }
  return std::string_view::npos;
}

std::string NormalizeKind(std::string_view printed) {
  std::string key = text::ComparisonKey(printed);
  return key == "KOTA" ? "kota" : "kabupaten";
}

// Number and year: "NOMOR 10 TAHUN 2026", "NOMOR: 12/PL.02-Kpt/1505/2026".
struct NumberMatch {
  std::string number;
  std::optional<int> year;
  std::size_t offset = 0;
  std::size_t end = 0;
};

// Where a whole word `word` (lower case) first starts in `text` at or after
// `from`; npos when nowhere.
std::size_t FindWord(std::string_view text, std::size_t from, std::string_view word) {
  for (std::size_t pos = from; pos + word.size() <= text.size(); ++pos) {
    if (ascii::ToLower(text[pos]) == word[0] && IsWordBoundary(text, pos) &&
        HasWordAt(text, pos, word)) {
      return pos;
    }
  }
  return std::string_view::npos;
}

bool IsNumberChar(char c) {
  return text::IsWordChar(c) ? c != '_' : c == '.' || c == '/' || c == '-';
}

// The first number at or after `from`:
//   \b(?:NOMOR|NO\.)\s*:?\s*([0-9][0-9A-Za-z./\-]*)(?:\s+TAHUN\s+(\d{4}))?
// (any case), with `end` after the year when one follows.
std::optional<NumberMatch> MatchNumber(std::string_view text, std::size_t from,
                                       std::string_view* year) {
  for (std::size_t pos = from; pos < text.size(); ++pos) {
    if (ascii::ToLower(text[pos]) != 'n' || !IsWordBoundary(text, pos)) continue;
    std::size_t word = HasAt(text, pos, "nomor") ? 5 : HasAt(text, pos, "no.") ? 3 : 0;
    if (word == 0) continue;
    std::size_t at = SkipRegexSpaces(text, pos + word);
    if (at < text.size() && text[at] == ':') ++at;
    at = SkipRegexSpaces(text, at);
    if (at == text.size() || !text::IsDigit(text[at])) continue;
    std::size_t end = at + 1;
    while (end < text.size() && IsNumberChar(text[end])) ++end;
    NumberMatch m;
    m.number = std::string(text.substr(at, end - at));
    m.offset = pos;
    *year = {};
    std::size_t tahun = SkipRegexSpaces(text, end);
    if (tahun > end && HasAt(text, tahun, "tahun")) {
      std::size_t digits = SkipRegexSpaces(text, tahun + 5);
      if (digits > tahun + 5 && text.size() - digits >= 4 &&
          std::all_of(text.begin() + digits, text.begin() + digits + 4, text::IsDigit)) {
        *year = text.substr(digits, 4);
        end = digits + 4;
      }
    }
    m.end = end;
    return m;
  }
  return std::nullopt;
}

std::optional<NumberMatch> FindNumber(const text::JoinedText& joined, std::size_t from,
                                      bool must_start_line) {
  const std::string& text = joined.text();
  std::size_t pos = from;
  std::string_view year;
  while (pos <= text.size()) {
    std::optional<NumberMatch> m = MatchNumber(text, pos, &year);
    if (!m) break;
    pos = m->end;
    bool at_line_start = joined.OffsetOfLine(joined.LineAt(m->offset)) == m->offset;
    if (must_start_line && !at_line_start) continue;
    // A trailing dot or slash is punctuation, not part of the number.
    while (!m->number.empty() && (m->number.back() == '.' || m->number.back() == '/')) {
      m->number.pop_back();
    }
    if (!year.empty()) m->year = std::stoi(std::string(year));
    return m;
  }
  return std::nullopt;
}

// "…/2026" at the end of a number: /((?:19|20)\d\d)$.
std::optional<int> YearFromNumber(const std::string& number) {
  if (number.size() < 5 || number[number.size() - 5] != '/') return std::nullopt;
  std::string_view year = std::string_view(number).substr(number.size() - 4);
  bool century = year.substr(0, 2) == "19" || year.substr(0, 2) == "20";
  if (!century || !text::IsDigit(year[2]) || !text::IsDigit(year[3])) return std::nullopt;
  return std::stoi(std::string(year));
}

// Lines the title stops before (the key is the line's MarkerKey):
// ^(?:(?:PLT|PLH)\.?\s*)?KETUA\b|^DENGAN\s+RAHMAT\b|^Menimbang\b|^Mengingat\b
bool StopsTitle(std::string_view key) {
  std::size_t chair = 0;
  if (HasAt(key, 0, "plt") || HasAt(key, 0, "plh")) {
    chair = 3;
    if (chair < key.size() && key[chair] == '.') ++chair;
    chair = SkipRegexSpaces(key, chair);
  }
  if (HasWordAt(key, chair, "ketua")) return true;
  if (HasWordAt(key, 0, "menimbang") || HasWordAt(key, 0, "mengingat")) return true;
  if (!HasAt(key, 0, "dengan")) return false;
  std::size_t rahmat = SkipRegexSpaces(key, 6);
  return rahmat > 6 && HasWordAt(key, rahmat, "rahmat");
}

// The title: the text after TENTANG up to the enacting official's line
// ("KETUA KOMISI …,") or Menimbang, across wrapped and blank-separated lines.
std::optional<std::string> FindTitle(const SourceLines& preamble,
                                     const text::JoinedText& joined, std::size_t from,
                                     int* line) {
  const std::string& text = joined.text();
  if (from > text.size()) return std::nullopt;
  // \bTENTANG\b\s*:?\s*, the text judged from `from` on.
  std::string_view input = std::string_view(text).substr(from);
  std::size_t tentang = FindWord(input, 0, "tentang");
  if (tentang == std::string_view::npos) return std::nullopt;
  std::size_t after = SkipRegexSpaces(input, tentang + 7);
  if (after < input.size() && input[after] == ':') ++after;
  std::size_t begin = from + SkipRegexSpaces(input, after);
  int tentang_line = joined.LineAt(begin == 0 ? 0 : begin - 1);
  std::size_t end = text.size();
  for (const auto& source : preamble) {
    if (source.number <= tentang_line || text::IsBlank(source.text)) continue;
    if (StopsTitle(text::MarkerKey(source.text))) {
      std::size_t offset = joined.OffsetOfLine(source.number);
      if (offset != std::string::npos && offset >= begin) end = offset;
      break;
    }
  }
  if (end <= begin) return std::nullopt;
  std::string title = text::StripItemSeparator(text.substr(begin, end - begin));
  if (title.empty()) return std::nullopt;
  *line = joined.LineAt(begin);
  return title;
}

// The year of the last "TAHUN [ANGGARAN] YYYY" in the text:
// \bTAHUN\s+(?:ANGGARAN\s+)?((?:19|20)\d\d)\b, any case.
std::optional<int> LastYearIn(std::string_view text) {
  std::optional<int> last;
  std::size_t pos = 0;
  while ((pos = FindWord(text, pos, "tahun")) != std::string_view::npos) {
    std::size_t year = SkipRegexSpaces(text, pos + 5);
    pos += 5;
    if (year == pos) continue;
    if (HasAt(text, year, "anggaran")) {
      std::size_t after = SkipRegexSpaces(text, year + 8);
      if (after > year + 8) year = after;
    }
    if (text.size() - year < 4 || !IsWordBoundary(text, year + 4)) continue;
    std::string_view digits = text.substr(year, 4);
    bool century = digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20";
    if (!century || !text::IsDigit(digits[2]) || !text::IsDigit(digits[3])) continue;
    last = std::stoi(std::string(digits));
    pos = year + 4;
  }
  return last;
}

void Missing(Diagnostics& diags, Severity severity, const char* field, int line,
             const std::string& what, const std::string& where) {
  diags.Missing(severity, field, line, fmt::format("no {} found {}; left null", what, where));
}

void ReadIssuer(const Segments& segments, const text::JoinedText& preamble,
                std::size_t heading_offset, bool heading_found, Decree& decree,
                Diagnostics& diags) {
  // Preferred: the region in the KEPUTUSAN heading; then any mention in the
  // preamble (letterhead, enacting official); then the chair's signature.
  std::optional<IssuerName> issuer;
  int line = 0;
  if (heading_found) issuer = FindIssuer(preamble.text().substr(heading_offset));
  if (issuer) {
    line = preamble.LineAt(heading_offset + issuer->offset);
  } else if ((issuer = FindIssuer(preamble.text()))) {
    line = preamble.LineAt(issuer->offset);
  } else {
    text::JoinedText signature(segments.signature);
    if ((issuer = FindIssuer(signature.text()))) {
      line = signature.LineAt(issuer->offset);
      diags.Warning("issuer-from-signature", line,
                    fmt::format("the heading names no issuing regency/city; \"{} {}\" taken "
                                "from the signature block",
                                issuer->kind, issuer->name));
    }
  }
  if (!issuer) {
    Missing(diags, Severity::kError, "issuer", preamble.LineAt(heading_offset),
            "issuer (KOMISI PEMILIHAN UMUM KABUPATEN/KOTA …)", "in the heading");
    return;
  }
  decree.region_kind = issuer->kind;
  decree.region_name = issuer->name;
  decree.issuer = IssuerDisplayName(issuer->kind, issuer->name);
  decree.field_lines["issuer"] = line;
  decree.field_lines["region"] = line;
}

void CheckAgainstEstablishes(const std::optional<LabeledText>& establishes, Decree& decree,
                             Diagnostics& diags) {
  if (!establishes) return;
  // What follows the first \bTENTANG\b\s*:?\s*.
  std::string_view text = establishes->text;
  std::size_t tentang = FindWord(text, 0, "tentang");
  if (tentang == std::string_view::npos) return;
  std::size_t after = SkipRegexSpaces(text, tentang + 7);
  if (after < text.size() && text[after] == ':') ++after;
  std::string title = text::StripItemSeparator(text.substr(SkipRegexSpaces(text, after)));
  if (title.empty()) return;
  if (!decree.title) {
    decree.title = title;
    decree.field_lines["title"] = establishes->line;
    diags.Warning("title-from-menetapkan", establishes->line,
                  fmt::format("no title after TENTANG in the heading; taken from the "
                              "\"Menetapkan\" line: \"{}\"",
                              title));
  } else if (text::ComparisonKey(title) != text::ComparisonKey(*decree.title)) {
    diags.Warning("title-mismatch", establishes->line,
                  fmt::format("the title in \"Menetapkan\" (\"{}\") differs from the heading's "
                              "(\"{}\", line {}); the heading's is kept",
                              title, *decree.title, decree.field_lines["title"]));
  }
}

void ReadPlanYear(const Segments& segments, Decree& decree, Diagnostics& diags) {
  if (decree.title) {
    if (auto year = LastYearIn(*decree.title)) {
      decree.plan_year = year;
      decree.field_lines["plan_year"] = decree.field_lines["title"];
      return;
    }
  }
  static const RE2 kAnnexPlan(
      R"((?i)\bRENCANA\s+AKSI\b.*?\bTAHUN\s+(?:ANGGARAN\s+)?((?:19|20)\d\d)\b)");
  text::JoinedText annex(segments.annex_title);
  re2::StringPiece groups[2];
  if (kAnnexPlan.Match(annex.text(), 0, annex.text().size(), RE2::UNANCHORED, groups, 2)) {
    int line = annex.LineAt(static_cast<std::size_t>(groups[1].data() - annex.text().data()));
    decree.plan_year = std::stoi(std::string(groups[1].data(), groups[1].size()));
    decree.field_lines["plan_year"] = line;
    diags.Info("plan-year-from-annex", line,
               fmt::format("the title names no plan year; {} taken from the annex heading",
                           *decree.plan_year));
    return;
  }
  Missing(diags, Severity::kWarning, "plan_year",
          decree.field_lines.count("title") ? decree.field_lines["title"] : 0, "plan year (\"… TAHUN YYYY\")", "in the title or the annex heading");
}

// The annex repeats "NOMOR N TAHUN Y": a different number there means one of
// the two was mistyped.
void CheckAnnexNumber(const Segments& segments, const Decree& decree, Diagnostics& diags) {
  if (!decree.number) return;
  text::JoinedText annex(segments.annex_title);
  auto annex_number = FindNumber(annex, 0, false);
  if (!annex_number) return;
  if (annex_number->number != *decree.number ||
      (annex_number->year && decree.year && *annex_number->year != *decree.year)) {
    diags.Warning("number-mismatch", annex.LineAt(annex_number->offset),
                  fmt::format("the annex heading gives number \"{}\" year {}, the decree "
                              "heading \"{}\" year {}; the heading's is kept",
                              annex_number->number,
                              annex_number->year ? std::to_string(*annex_number->year) : "-",
                              *decree.number, decree.year ? std::to_string(*decree.year) : "-"));
  }
}

}  // namespace

std::optional<IssuerName> FindIssuer(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c != 'K' && c != 'k') continue;  // KOMISI or KPU
    std::string_view kind;
    std::size_t name_begin = KindEnd(text, pos, &kind);
    if (name_begin == std::string_view::npos) continue;
    std::size_t name_end = NameEnd(text, name_begin);
    if (name_end == std::string_view::npos) continue;
    IssuerName issuer;
    issuer.kind = NormalizeKind(kind);
    issuer.name = text::CollapseSpaces(text.substr(name_begin, name_end - name_begin));
    while (!issuer.name.empty() && (issuer.name.back() == '.' || issuer.name.back() == '-')) {
      issuer.name.pop_back();
    }
    issuer.offset = pos;
    if (issuer.name.empty()) return std::nullopt;
    return issuer;
  }
  return std::nullopt;
}

std::string IssuerDisplayName(std::string_view kind, std::string_view name) {
  return fmt::format("Komisi Pemilihan Umum {} {}", text::TitleCase(kind),
                     text::TitleCase(name));
}

void ExtractHeader(const Segments& segments, const std::optional<LabeledText>& establishes,
                   Decree& decree, Diagnostics& diags) {
  text::JoinedText preamble(segments.preamble);
  std::size_t heading = FindWord(preamble.text(), 0, "keputusan");
  bool heading_found = heading != std::string_view::npos;
  std::size_t heading_offset = heading_found ? heading : 0;
  int heading_line = heading_found ? preamble.LineAt(heading_offset) : 0;

  ReadIssuer(segments, preamble, heading_offset, heading_found, decree, diags);

  // Without a KEPUTUSAN heading, only a line that starts with NOMOR counts:
  // "nomor 5 tahun 2020" inside prose is not this document's number.
  auto number = FindNumber(preamble, heading_offset, !heading_found);
  std::size_t title_from = heading_offset;
  if (number) {
    int line = preamble.LineAt(number->offset);
    decree.number = number->number;
    decree.field_lines["number"] = line;
    title_from = number->end;
    if (number->year) {
      decree.year = number->year;
      decree.field_lines["year"] = line;
    } else if (auto year = YearFromNumber(number->number)) {
      decree.year = year;
      decree.field_lines["year"] = line;
      diags.Info("year-from-number", line,
                 fmt::format("no \"TAHUN\" after the number; year {} read from the number "
                             "\"{}\"",
                             *year, number->number));
    } else {
      Missing(diags, Severity::kError, "year", line, "year (\"TAHUN YYYY\")", "after the number");
    }
  } else {
    Missing(diags, Severity::kError, "number", heading_line, "decree number (\"NOMOR …\")",
            "in the heading");
    Missing(diags, Severity::kError, "year", heading_line, "decree year (\"TAHUN YYYY\")",
            "in the heading");
  }

  int title_line = 0;
  if (heading_found || number) {
    decree.title = FindTitle(segments.preamble, preamble, title_from, &title_line);
  }
  if (decree.title) decree.field_lines["title"] = title_line;
  CheckAgainstEstablishes(establishes, decree, diags);
  if (!decree.title) {
    Missing(diags, Severity::kError, "title", heading_line, "title (\"TENTANG …\")", "in the heading");
  }
  ReadPlanYear(segments, decree, diags);
  CheckAnnexNumber(segments, decree, diags);
}

}  // namespace renaksi
