#include "decree_header.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include "decree_text.h"

namespace renaksi {
namespace {

using text::HasAt;
using text::HasWordAt;
using text::IsRegexSpace;
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

// Past the organ and the region kind at `pos` (group 1 gets the kind), or
// npos.
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

std::optional<NumberMatch> FindNumber(const text::JoinedText& joined, std::size_t from,
                                      bool must_start_line) {
  static const RE2 kNumber(
      R"((?i)\b(?:NOMOR|NO\.)\s*:?\s*([0-9][0-9A-Za-z./\-]*)(?:\s+TAHUN\s+(\d{4}))?)");
  const std::string& text = joined.text();
  std::size_t pos = from;
  re2::StringPiece groups[3];
  while (pos <= text.size() &&
         kNumber.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
    std::size_t offset = static_cast<std::size_t>(groups[0].data() - text.data());
    pos = offset + groups[0].size();
    bool at_line_start = joined.OffsetOfLine(joined.LineAt(offset)) == offset;
    if (must_start_line && !at_line_start) continue;
    NumberMatch m;
    m.number = std::string(groups[1].data(), groups[1].size());
    // A trailing dot or slash is punctuation, not part of the number.
    while (!m.number.empty() && (m.number.back() == '.' || m.number.back() == '/')) {
      m.number.pop_back();
    }
    if (!groups[2].empty()) m.year = std::stoi(std::string(groups[2].data(), groups[2].size()));
    m.offset = offset;
    m.end = pos;
    return m;
  }
  return std::nullopt;
}

std::optional<int> YearFromNumber(const std::string& number) {
  static const RE2 kTrailingYear(R"(/((?:19|20)\d\d)$)");
  int year = 0;
  if (RE2::PartialMatch(number, kTrailingYear, &year)) return year;
  return std::nullopt;
}

bool StopsTitle(const std::string& key) {
  static const RE2 kStop(
      R"((?i)^(?:(?:PLT|PLH)\.?\s*)?KETUA\b|^DENGAN\s+RAHMAT\b|^Menimbang\b|^Mengingat\b)");
  return RE2::PartialMatch(key, kStop);
}

// The title: the text after TENTANG up to the enacting official's line
// ("KETUA KOMISI …,") or Menimbang, across wrapped and blank-separated lines.
std::optional<std::string> FindTitle(const SourceLines& preamble,
                                     const text::JoinedText& joined, std::size_t from,
                                     int* line) {
  static const RE2 kTentang(R"((?i)\bTENTANG\b\s*:?\s*)");
  const std::string& text = joined.text();
  if (from > text.size()) return std::nullopt;
  re2::StringPiece input(text.data() + from, text.size() - from);
  re2::StringPiece match;
  if (!kTentang.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    return std::nullopt;
  }
  std::size_t begin = static_cast<std::size_t>(match.data() - text.data()) + match.size();
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

std::optional<int> LastYearIn(const std::string& text) {
  static const RE2 kYear(R"((?i)\bTAHUN\s+(?:ANGGARAN\s+)?((?:19|20)\d\d)\b)");
  re2::StringPiece input(text);
  int year = 0;
  std::optional<int> last;
  while (RE2::FindAndConsume(&input, kYear, &year)) last = year;
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
  static const RE2 kAfterTentang(R"((?i)\bTENTANG\b\s*:?\s*(.*)$)");
  std::string title;
  if (!RE2::PartialMatch(establishes->text, kAfterTentang, &title)) return;
  title = text::StripItemSeparator(title);
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
  static const RE2 kHeading(R"((?i)\bKEPUTUSAN\b)");
  text::JoinedText preamble(segments.preamble);
  re2::StringPiece heading;
  bool heading_found = kHeading.Match(preamble.text(), 0, preamble.text().size(),
                                      RE2::UNANCHORED, &heading, 1);
  std::size_t heading_offset =
      heading_found ? static_cast<std::size_t>(heading.data() - preamble.text().data()) : 0;
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
