// The gazette parenthesis of a citation:
//
//   (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, Tambahan
//    Lembaran Negara Republik Indonesia Nomor 6109)
//
// Lembaran Negara → LN, Berita Negara → BN, Lembaran Daerah → LD, Berita
// Daerah → BD; "Tambahan …" is the supplement. A piece naming none of these
// (an OCR slip like "Berita Acara Republik Indonesia …", a regional register
// number) is reported and left out: guessing the series would put a plausible
// but unverified value in the output.
#include <algorithm>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "citation_internal.h"
#include "next_byte.h"

namespace renaksi::citation_internal {
namespace {

// "Nomor", "Nomer" or "No" as a whole word.
bool IsNumberWord(std::string_view word) {
  return ascii::EqualsIgnoreCase(word, "nomor") || ascii::EqualsIgnoreCase(word, "nomer") ||
         ascii::EqualsIgnoreCase(word, "no");
}

bool IsNumberChar(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
         c == '/' || c == '-';
}

// The first "Nomor N" of the piece: \b(?:nomor|nomer|no)\b\.?\s*:?\s* then
// N = [0-9][0-9A-Za-z./-]*. The word must be whole, so only word starts are
// candidates; one without a number after it does not stop the search.
std::optional<std::string> NumberIn(std::string_view piece) {
  std::size_t pos = 0;
  while (pos < piece.size()) {
    if (!IsWordChar(piece[pos])) {
      ++pos;
      continue;
    }
    // Every number word starts with n: other words are only skipped.
    bool may_be_number_word = ascii::ToLower(piece[pos]) == 'n';
    std::string_view word = WordCharsAt(piece, pos);
    pos += word.size();
    if (!may_be_number_word || !IsNumberWord(word)) continue;
    std::size_t at = pos;
    if (at < piece.size() && piece[at] == '.') ++at;
    at = SkipRegexSpaces(piece, at);
    if (at < piece.size() && piece[at] == ':') ++at;
    at = SkipRegexSpaces(piece, at);
    if (at >= piece.size() || !IsDigit(piece[at])) continue;
    std::size_t end = at + 1;
    while (end < piece.size() && IsNumberChar(piece[end])) ++end;
    std::string_view value = TrimSeparators(piece.substr(at, end - at));
    if (value.empty()) return std::nullopt;
    return std::string(value);
  }
  return std::nullopt;
}

// The first "Tahun YYYY" of the piece: \btahun\s*:?\s*([0-9]{4})\b.
std::optional<int> YearIn(std::string_view piece) {
  for (std::size_t pos = 0; pos < piece.size(); ++pos) {
    if (ascii::ToLower(piece[pos]) != 't') continue;  // the cheap test first
    if (!HasAt(piece, pos, "tahun") || !IsWordBoundary(piece, pos)) continue;
    std::size_t at = SkipRegexSpaces(piece, pos + 5);
    if (at < piece.size() && piece[at] == ':') ++at;
    at = SkipRegexSpaces(piece, at);
    if (piece.size() - std::min(at, piece.size()) < 4) continue;
    std::string_view digits = piece.substr(at, 4);
    if (!std::all_of(digits.begin(), digits.end(), IsDigit)) continue;
    if (!IsWordBoundary(piece, at + 4)) continue;
    return (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 +
           (digits[3] - '0');
  }
  return std::nullopt;
}

// The series a piece starts with: "LN" for "Lembaran Negara …" or "LN RI …",
// etc.; empty when unknown. (Named: (lembaran|berita)\s+(negara|daerah)\b;
// short: (ln|bn|ld|bd)(?:ri)?\b.)
std::string SeriesOf(std::string_view piece) {
  std::size_t kind_end = HasAt(piece, 0, "lembaran") ? 8 : HasAt(piece, 0, "berita") ? 6 : 0;
  if (kind_end > 0) {
    std::size_t scope = SkipRegexSpaces(piece, kind_end);
    if (scope > kind_end && (HasWordAt(piece, scope, "negara") || HasWordAt(piece, scope, "daerah"))) {
      return std::string(kind_end == 8 ? "L" : "B") + (HasAt(piece, scope, "negara") ? "N" : "D");
    }
  }
  for (std::string_view code : {"ln", "bn", "ld", "bd"}) {
    if (HasAt(piece, 0, code) && (HasWordAt(piece, 2, "ri") || IsWordBoundary(piece, 2))) {
      return ascii::Uppered(piece.substr(0, 2));
    }
  }
  return {};
}

bool IsSupplement(std::string_view piece) {
  for (std::string_view word : {"tambahan", "tln", "tbn", "tld", "tbd"}) {
    if (HasWordAt(piece, 0, word)) return true;
  }
  return false;
}

void ReadSupplement(std::string_view piece, GazetteParts& parts, Notes& notes) {
  std::optional<std::string> number = NumberIn(piece);
  if (!number) {
    notes.Warning("citation-gazette-unrecognized",
                  fmt::format("supplement {} has no number; left out",
                              Quote(piece)));
  } else if (parts.supplement) {
    notes.Warning("citation-gazette-unrecognized",
                  fmt::format("second supplement {} ignored; kept \"{}\"",
                              Quote(piece), *parts.supplement));
  } else {
    parts.supplement = std::move(number);
  }
}

void ReadGazette(std::string_view piece, std::string series,
                 GazetteParts& parts, Notes& notes) {
  if (parts.gazette) {
    notes.Warning("citation-gazette-unrecognized",
                  fmt::format("second gazette {} ignored", Quote(piece)));
    return;
  }
  Gazette gazette;
  gazette.series = std::move(series);
  gazette.year = YearIn(piece);
  gazette.number = NumberIn(piece);
  parts.gazette = std::move(gazette);
}

}  // namespace

GazetteParts ReadGazetteText(std::string_view inside, Notes& notes) {
  GazetteParts parts;
  // The pieces end at the next ',' or ';' (memchr finds each; ';' is rare).
  NextByte comma(inside, ',');
  NextByte semicolon(inside, ';');
  size_t start = 0;
  while (start <= inside.size()) {
    size_t end = std::min({comma.From(start), semicolon.From(start), inside.size()});
    std::string_view piece = TrimSeparators(inside.substr(start, end - start));
    start = end + 1;
    if (piece.empty()) continue;
    if (IsSupplement(piece)) {
      ReadSupplement(piece, parts, notes);
    } else if (std::string series = SeriesOf(piece); !series.empty()) {
      ReadGazette(piece, std::move(series), parts, notes);
    } else {
      notes.Warning("citation-gazette-unrecognized",
                    fmt::format("{} names no known gazette (Lembaran/Berita "
                                "Negara/Daerah); left out",
                                Quote(piece)));
    }
  }
  return parts;
}

}  // namespace renaksi::citation_internal
