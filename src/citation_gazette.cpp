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
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <re2/re2.h>

#include "citation_internal.h"

namespace renaksi::citation_internal {
namespace {

using re2::StringPiece;

std::optional<std::string> NumberIn(std::string_view piece) {
  static const RE2 kNumber(
      R"((?i)\b(?:nomor|nomer|no)\b\.?\s*:?\s*([0-9][0-9A-Za-z./-]*))");
  StringPiece number;
  if (!RE2::PartialMatch(StringPiece(piece.data(), piece.size()), kNumber,
                         &number)) {
    return std::nullopt;
  }
  std::string_view value = TrimSeparators({number.data(), number.size()});
  if (value.empty()) return std::nullopt;
  return std::string(value);
}

std::optional<int> YearIn(std::string_view piece) {
  static const RE2 kYear(R"((?i)\btahun\s*:?\s*([0-9]{4})\b)");
  int year = 0;
  if (!RE2::PartialMatch(StringPiece(piece.data(), piece.size()), kYear,
                         &year)) {
    return std::nullopt;
  }
  return year;
}

// "LN" for "Lembaran Negara …" or "LN RI …", etc.; empty when unknown.
std::string SeriesOf(std::string_view piece) {
  static const RE2 kNamed(R"((?i)(lembaran|berita)\s+(negara|daerah)\b)");
  static const RE2 kShort(R"((?i)(ln|bn|ld|bd)(?:ri)?\b)");
  StringPiece kind, scope;
  StringPiece text(piece.data(), piece.size());
  if (RE2::Consume(&text, kNamed, &kind, &scope)) {
    bool lembaran = ascii::EqualsIgnoreCase({kind.data(), kind.size()}, "lembaran");
    bool negara = ascii::EqualsIgnoreCase({scope.data(), scope.size()}, "negara");
    return std::string(lembaran ? "L" : "B") + (negara ? "N" : "D");
  }
  StringPiece code;
  if (RE2::Consume(&text, kShort, &code)) {
    std::string series(code.data(), code.size());
    for (char& c : series) c = static_cast<char>(c & ~0x20);  // upper case
    return series;
  }
  return {};
}

bool IsSupplement(std::string_view piece) {
  static const RE2 kSupplement(R"((?i)(?:tambahan\b|tln\b|tbn\b|tld\b|tbd\b))");
  StringPiece text(piece.data(), piece.size());
  return RE2::Consume(&text, kSupplement);
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
  size_t start = 0;
  while (start <= inside.size()) {
    size_t end = inside.find_first_of(",;", start);
    if (end == std::string_view::npos) end = inside.size();
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
