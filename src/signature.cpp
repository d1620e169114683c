#include "signature.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "decree_text.h"
#include "indonesian_date.h"

namespace renaksi {
namespace {

// ---- Enactment ------------------------------------------------------------

std::string CleanPlace(std::string place) {
  place = text::StripItemSeparator(place);
  return text::IsAllUpper(place) ? text::TitleCase(place) : place;
}

// Past \s*:?\s* at `pos`.
std::size_t SkipColon(std::string_view text, std::size_t pos) {
  pos = text::SkipRegexSpaces(text, pos);
  if (pos < text.size() && text[pos] == ':') ++pos;
  return text::SkipRegexSpaces(text, pos);
}

// What follows "Ditetapkan di" opening the line, or nullopt:
// ^Ditetapkan\s+di\s*:?\s*(.*)$ in any case ("di" may run into the place).
std::optional<std::string_view> AfterDitetapkan(std::string_view line) {
  if (!text::HasAt(line, 0, "ditetapkan")) return std::nullopt;
  std::size_t di = text::SkipRegexSpaces(line, 10);
  if (di == 10 || !text::HasAt(line, di, "di")) return std::nullopt;
  return line.substr(SkipColon(line, di + 2));
}

// The date after "tanggal" at `pos`: tanggal\s*:?\s*(.*)$.
std::optional<std::string_view> AfterTanggal(std::string_view text, std::size_t pos) {
  if (!text::HasAt(text, pos, "tanggal")) return std::nullopt;
  return text.substr(SkipColon(text, pos + 7));
}

// The date after "pada tanggal" at `pos`: \bpada\s+tanggal\s*:?\s*(.*)$.
std::optional<std::string_view> AfterPadaTanggal(std::string_view text, std::size_t pos) {
  if (!text::IsWordBoundary(text, pos) || !text::HasAt(text, pos, "pada")) return std::nullopt;
  std::size_t tanggal = text::SkipRegexSpaces(text, pos + 4);
  if (tanggal == pos + 4) return std::nullopt;
  return AfterTanggal(text, tanggal);
}

// Place and date on one line: ^(.*?)\s*,?\s*\bpada\s+tanggal\s*:?\s*(.*)$,
// the place being the shortest text before a "pada tanggal".
bool SplitPlaceAndDate(std::string_view rest, std::string_view* place, std::string_view* date) {
  for (std::size_t end = 0; end <= rest.size(); ++end) {
    std::size_t at = text::SkipRegexSpaces(rest, end);
    if (at < rest.size() && rest[at] == ',') ++at;
    if (auto after = AfterPadaTanggal(rest, text::SkipRegexSpaces(rest, at))) {
      *place = rest.substr(0, end);
      *date = *after;
      return true;
    }
  }
  return false;
}

// A line holding only the date: ^(?:pada\s+)?tanggal\s*:?\s*(.*)$.
std::optional<std::string_view> DateLine(std::string_view line) {
  if (text::HasAt(line, 0, "pada")) {
    std::size_t tanggal = text::SkipRegexSpaces(line, 4);
    if (tanggal > 4) {
      if (auto date = AfterTanggal(line, tanggal)) return date;
    }
  }
  return AfterTanggal(line, 0);
}

// ---- Signature blocks -------------------------------------------------------

enum class TokenKind { kChairTitle, kCopyMark, kCertifierTitle, kSigned, kName };

struct Token {
  TokenKind kind;
  std::string text;
  int line = 0;
};

using text::HasAt;
using text::HasWordAt;
using text::IsOneOf;
using text::IsWordBoundary;
using text::IsWordChar;
using text::SkipRegexSpaces;
using text::WordCharsAt;

// Past an acting or on-behalf prefix at the start of a title, or 0:
// (?:PLT|PLH|a\.\s*n)\.?\s* when `on_behalf`, else (?:PLT|PLH)\.?\s*.
std::size_t TitlePrefixEnd(std::string_view line, bool on_behalf) {
  std::size_t end = 0;
  if (HasAt(line, 0, "plt") || HasAt(line, 0, "plh")) {
    end = 3;
  } else if (on_behalf && HasAt(line, 0, "a.")) {
    std::size_t n = SkipRegexSpaces(line, 2);
    if (!HasAt(line, n, "n")) return 0;
    end = n + 1;
  } else {
    return 0;
  }
  if (end < line.size() && line[end] == '.') ++end;
  return SkipRegexSpaces(line, end);
}

// ^(?:(?:PLT|PLH)\.?\s*)?KETUA\b
bool IsChairTitle(std::string_view line) {
  return HasWordAt(line, TitlePrefixEnd(line, false), "ketua");
}

// ^Salinan\s+sesuai\b
bool IsCopyMark(std::string_view line) {
  if (!HasAt(line, 0, "salinan")) return false;
  std::size_t next = SkipRegexSpaces(line, 7);
  return next > 7 && HasWordAt(line, next, "sesuai");
}

// ^(?:(?:PLT|PLH|a\.\s*n)\.?\s*)?(?:Kepala|Kasubbag|Kasubag|Kasubbagian|Kabag|
// Sekretaris)\b: the word at the start (after a prefix) is one of these.
bool IsCertifierTitle(std::string_view line) {
  std::string_view word = WordCharsAt(line, TitlePrefixEnd(line, true));
  return IsOneOf(word, {"kepala", "kasubbag", "kasubag", "kasubbagian", "kabag", "sekretaris"});
}

// The certifier's unit, printed above the position ("SEKRETARIAT KOMISI
// PEMILIHAN UMUM / KABUPATEN X"):
// ^(?:SEKRETARIAT|KOMISI\s+PEMILIHAN|KPU|KABUPATEN|KOTA)\b
bool IsUnitLine(std::string_view line) {
  if (IsOneOf(WordCharsAt(line, 0), {"sekretariat", "kpu", "kabupaten", "kota"})) return true;
  if (!HasAt(line, 0, "komisi")) return false;
  std::size_t next = SkipRegexSpaces(line, 6);
  return next > 6 && HasWordAt(line, next, "pemilihan");
}

// "ttd." or "(tertanda)" opening the line; returns what follows it, or
// nullopt: ^\(?\s*(?:ttd|tertanda)\s*\.?\s*\)?\s*(.*)$ (the word is a prefix:
// "ttdNAME" is signed too).
std::optional<std::string_view> AfterSigned(std::string_view line) {
  std::size_t at = 0;
  if (at < line.size() && line[at] == '(') ++at;
  at = SkipRegexSpaces(line, at);
  std::size_t word = HasAt(line, at, "ttd") ? 3 : HasAt(line, at, "tertanda") ? 8 : 0;
  if (word == 0) return std::nullopt;
  at = SkipRegexSpaces(line, at + word);
  if (at < line.size() && line[at] == '.') ++at;
  at = SkipRegexSpaces(line, at);
  if (at < line.size() && line[at] == ')') ++at;
  return line.substr(SkipRegexSpaces(line, at));
}

// ^(?:Ditetapkan\s+di\b|(?:pada\s+)?tanggal\b)
bool IsEnactmentLine(std::string_view line) {
  if (HasAt(line, 0, "ditetapkan")) {
    std::size_t di = SkipRegexSpaces(line, 10);
    if (di > 10 && HasWordAt(line, di, "di")) return true;
  }
  std::size_t date = 0;
  if (HasAt(line, 0, "pada")) {
    std::size_t next = SkipRegexSpaces(line, 4);
    if (next > 4 && HasAt(line, next, "tanggal")) date = next;
  }
  return HasWordAt(line, date, "tanggal");
}

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' ||
         c == ',' || c == '\'' || c == '-';
}

// A person's name as printed: letters with spaces, dots, commas, apostrophes
// and hyphens (degrees such as "S.H., M.H." included), no genre word:
// ^[A-Za-z][A-Za-z .,'\-]{1,80}$ holding no whole word KOMISI, NOMOR, ….
bool LooksLikeName(std::string_view line) {
  if (line.size() < 2 || line.size() > 81 || !IsWordChar(line[0]) ||
      !std::all_of(line.begin(), line.end(), IsNameChar)) {
    return false;
  }
  std::size_t pos = 0;
  while (pos < line.size()) {
    if (!IsWordChar(line[pos])) {
      ++pos;
      continue;
    }
    std::string_view word = WordCharsAt(line, pos);
    if (IsOneOf(word, {"komisi", "pemilihan", "keputusan", "nomor", "tahun", "tentang",
                       "rencana", "lampiran", "reformasi", "salinan", "sekretariat",
                       "kabupaten", "kota", "ketua", "kepala", "nip"})) {
      return false;
    }
    pos += word.size();
  }
  return true;
}

// A name keeps its final period ("S.H., M.H."); only a trailing comma or
// semicolon left by the layout goes.
std::string CleanName(std::string name) {
  name = text::CollapseSpaces(name);
  while (!name.empty() && (name.back() == ',' || name.back() == ';')) name.pop_back();
  return text::CollapseSpaces(name);
}

// Titles printed in capitals are title-cased; an abbreviation before them
// ("Plh. KETUA …") does not make them mixed case.
std::string CleanTitle(std::string title) {
  title = text::StripItemSeparator(title);
  std::string_view body = std::string_view(title).substr(TitlePrefixEnd(title, true));
  return text::IsAllUpper(body) ? text::TitleCase(title) : title;
}

std::vector<Token> Tokenize(const SourceLines& block, Diagnostics& diags) {
  std::vector<Token> tokens;
  bool in_copy = false;
  for (std::size_t i = 0; i < block.size(); ++i) {
    const int number = block[i].number;
    std::string line = text::CollapseSpaces(text::StripListNoise(block[i].text));
    if (line.empty() || IsEnactmentLine(line)) continue;

    const bool chair = IsChairTitle(line);
    const bool certifier = in_copy && IsCertifierTitle(line);
    if (chair || certifier) {
      // A title wraps over following lines until it ends with a comma or a
      // blank line comes.
      std::string title = line;
      while (title.back() != ',' && i + 1 < block.size() && !text::IsBlank(block[i + 1].text)) {
        std::string next = text::CollapseSpaces(text::StripListNoise(block[i + 1].text));
        if (AfterSigned(next) || IsCopyMark(next)) break;
        text::AppendWrapped(title, next);
        ++i;
      }
      tokens.push_back({chair ? TokenKind::kChairTitle : TokenKind::kCertifierTitle,
                        CleanTitle(title), number});
      continue;
    }
    if (IsCopyMark(line)) {
      in_copy = true;
      tokens.push_back({TokenKind::kCopyMark, line, number});
      continue;
    }
    if (std::optional<std::string_view> after_signed = AfterSigned(line)) {
      std::string_view name = *after_signed;
      tokens.push_back({TokenKind::kSigned, line, number});
      if (!name.empty() && LooksLikeName(name)) {
        tokens.push_back({TokenKind::kName, CleanName(std::string(name)), number});
      }
      continue;
    }
    if (in_copy && IsUnitLine(line)) continue;
    if (LooksLikeName(line)) {
      tokens.push_back({TokenKind::kName, CleanName(line), number});
      continue;
    }
    diags.Info("signature-text-ignored", number,
               fmt::format("text in a signature block read as neither title nor name: "
                           "\"{}\"",
                           line));
  }
  return tokens;
}

enum class Slot { kNone, kChair, kCertifier };

struct NameSeen {
  std::string text;
  int line = 0;
  bool after_signed = false;  // a "ttd." came right before it
  Slot slot = Slot::kNone;    // the title it follows in the stream
  bool direct = false;        // nothing but "ttd." between title and name
};

struct BlockReading {
  std::optional<Token> chair_title;
  std::optional<Token> certifier_title;
  std::optional<int> copy_line;
  std::vector<NameSeen> names;

  const NameSeen* DirectChairName() const {
    for (const auto& n : names) {
      if (n.slot == Slot::kChair && n.direct) return &n;
    }
    return nullptr;
  }
};

BlockReading ReadBlock(const SourceLines& block, Diagnostics& diags) {
  BlockReading reading;
  Slot slot = Slot::kNone;
  bool direct = false;
  bool signed_before = false;
  for (auto& token : Tokenize(block, diags)) {
    switch (token.kind) {
      case TokenKind::kChairTitle:
        if (!reading.chair_title) reading.chair_title = token;
        slot = Slot::kChair;
        direct = true;
        signed_before = false;
        break;
      case TokenKind::kCertifierTitle:
        if (!reading.certifier_title) reading.certifier_title = token;
        slot = Slot::kCertifier;
        direct = true;
        signed_before = false;
        break;
      case TokenKind::kCopyMark:
        if (!reading.copy_line) reading.copy_line = token.line;
        // The copy mark starts the other column: a name after it no longer
        // sits directly under the chair's title.
        direct = false;
        signed_before = false;
        break;
      case TokenKind::kSigned:
        signed_before = true;
        break;
      case TokenKind::kName:
        reading.names.push_back({token.text, token.line, signed_before, slot, direct});
        direct = false;
        signed_before = false;
        break;
    }
  }
  return reading;
}

bool SameName(const std::string& a, const std::string& b) {
  return text::ComparisonKey(a) == text::ComparisonKey(b);
}

struct Resolved {
  std::optional<std::string> name;
  int line = 0;
};

// The chair's name: printed directly under KETUA in the decree's block, or
// else in the annex's block.
Resolved ResolveChair(const BlockReading& decree, const BlockReading& annex,
                      Diagnostics& diags) {
  const NameSeen* in_decree = decree.DirectChairName();
  const NameSeen* in_annex = annex.DirectChairName();
  if (in_decree && in_annex && !SameName(in_decree->text, in_annex->text)) {
    diags.Warning("signatory-mismatch", in_annex->line,
                  fmt::format("the annex is signed for the chair by \"{}\", the decree "
                              "(line {}) by \"{}\"; the decree's is kept",
                              in_annex->text, in_decree->line, in_decree->text));
  }
  if (in_decree) return {in_decree->text, in_decree->line};
  if (in_annex) return {in_annex->text, in_annex->line};
  return {};
}

}  // namespace

void ExtractEnactment(const SourceLines& signature, Decree& decree, Diagnostics& diags) {
  std::optional<std::string> place, date_text;
  int place_line = 0, date_line = 0;
  for (std::size_t i = 0; i < signature.size() && !place_line; ++i) {
    // List noise leaves no space in front, so the first word is checked
    // before the line is collapsed.
    std::string_view stripped = text::StripListNoise(signature[i].text);
    if (!HasAt(stripped, 0, "ditetapkan")) continue;
    std::string line = text::CollapseSpaces(stripped);
    std::optional<std::string_view> after = AfterDitetapkan(line);
    if (!after) continue;
    place_line = signature[i].number;
    std::string_view rest = *after;
    std::string_view p, d;
    if (SplitPlaceAndDate(rest, &p, &d)) {
      rest = p;
      date_text = std::string(d);
      date_line = place_line;
    } else {
      for (std::size_t j = i + 1; j < signature.size(); ++j) {
        if (text::IsBlank(signature[j].text)) continue;
        std::string next = text::CollapseSpaces(text::StripListNoise(signature[j].text));
        if (std::optional<std::string_view> date = DateLine(next)) {
          date_text = std::string(*date);
          date_line = signature[j].number;
        }
        break;
      }
    }
    if (!text::StripItemSeparator(rest).empty()) place = CleanPlace(std::string(rest));
  }
  const int expected_line = place_line ? place_line
                            : signature.empty() ? 0 : signature.front().number;
  if (place) {
    decree.enacted.place = place;
  } else {
    diags.Missing(Severity::kWarning, "enacted.place", expected_line,
                  "no place of enactment (\"Ditetapkan di …\") found; left null");
  }
  if (date_text) {
    std::string cleaned = text::StripItemSeparator(*date_text);
    decree.enacted.date = ParseIndonesianDate(cleaned);
    if (!decree.enacted.date) {
      diags.Warning("date-unreadable", date_line,
                    fmt::format("enactment date \"{}\" is not a valid \"day month year\" "
                                "date with an Indonesian month name; left null",
                                cleaned));
    } else if (decree.year && decree.enacted.date->substr(0, 4) != std::to_string(*decree.year)) {
      diags.Warning("enacted-year-mismatch", date_line,
                    fmt::format("enacted on {} but the decree is numbered for year {}",
                                *decree.enacted.date, *decree.year));
    }
  } else {
    diags.Missing(Severity::kWarning, "enacted.date", expected_line,
                  "no enactment date (\"pada tanggal …\") found; left null");
  }
  if (place_line) decree.field_lines["enacted"] = place_line;
}

void ExtractSignatures(const SourceLines& decree_block, const SourceLines& annex_block,
                       Decree& decree, Diagnostics& diags) {
  BlockReading in_decree = ReadBlock(decree_block, diags);
  BlockReading in_annex = ReadBlock(annex_block, diags);

  // Positions: the decree's own block first, the annex's as a fallback.
  const auto& chair_title = in_decree.chair_title ? in_decree.chair_title : in_annex.chair_title;
  const auto& certifier_title =
      in_decree.certifier_title ? in_decree.certifier_title : in_annex.certifier_title;
  if (chair_title) {
    decree.signatory.position = chair_title->text;
    decree.field_lines["signatory"] = chair_title->line;
  }
  if (certifier_title) {
    decree.certifier.position = certifier_title->text;
    decree.field_lines["certifier"] = certifier_title->line;
  }

  Resolved chair = ResolveChair(in_decree, in_annex, diags);
  if (chair.name && !in_decree.DirectChairName() && in_decree.chair_title) {
    // Confirm from the decree's own block when the name is printed there
    // elsewhere in the flattened stream.
    for (const auto& seen : in_decree.names) {
      if (!SameName(seen.text, *chair.name)) continue;
      diags.Info("signature-cross-block", seen.line,
                 fmt::format("\"{}\" follows {} in the flattened two-column layout, but the "
                             "annex's signature block prints it under KETUA (line {}): read "
                             "as the chair's signature",
                             seen.text,
                             seen.slot == Slot::kCertifier ? "the certifier's title"
                                                           : "the copy certification",
                             chair.line));
      chair.line = seen.line;
      break;
    }
  }
  decree.signatory.name = chair.name;
  if (!decree.field_lines.count("signatory") && chair.name) {
    decree.field_lines["signatory"] = chair.line;
  }

  // The certifier's name: a name after the certifier's title that is not the
  // chair's. A name after "ttd." there, with no chair name known from any
  // block, may be either's: it is left out rather than guessed.
  for (const BlockReading* block : {&in_decree, &in_annex}) {
    if (decree.certifier.name) break;
    for (const auto& seen : block->names) {
      if (seen.slot != Slot::kCertifier) continue;
      if (chair.name && SameName(seen.text, *chair.name)) continue;
      if (!chair.name && seen.after_signed) {
        diags.Warning("signature-ambiguous", seen.line,
                      fmt::format("\"{}\" follows \"ttd.\" after the certifier's title, and "
                                  "no block prints the chair's name: it may be either's "
                                  "signature, so neither is set",
                                  seen.text));
        continue;
      }
      decree.certifier.name = seen.text;
      break;
    }
  }

  const int chair_line = chair_title ? chair_title->line : 0;
  if (!decree.signatory.position) {
    diags.Missing(Severity::kWarning, "signatory.position", decree_block.empty() ? 0 : decree_block.front().number,
                  "no signatory title (\"KETUA …\") in the signature blocks; left null");
  }
  if (!decree.signatory.name) {
    diags.Missing(Severity::kWarning, "signatory.name", chair_line,
                  "no name printed for the chair (KETUA) in either signature block; "
                  "signatory name left null");
  }
  const auto copy_line = in_decree.copy_line ? in_decree.copy_line : in_annex.copy_line;
  if (!decree.certifier.position && copy_line) {
    diags.Missing(Severity::kWarning, "certifier.position", *copy_line,
                  "\"Salinan sesuai dengan aslinya\" is not followed by the certifying "
                  "official's title; certifier left null");
  } else if (!decree.certifier.position) {
    diags.Missing(Severity::kInfo, "certifier.position", 0,
               "no copy certification (\"Salinan sesuai dengan aslinya\"): no certifier");
  } else if (!decree.certifier.name) {
    diags.Missing(Severity::kWarning, "certifier.name", certifier_title->line,
                  fmt::format("no name printed for the certifier (\"{}\") in either "
                              "signature block; certifier name left null",
                              *decree.certifier.position));
  }
}

}  // namespace renaksi
