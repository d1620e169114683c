// Citations: one Mengingat (legal basis) item parsed into its parts.
//
//   Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara
//   Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik
//   Indonesia Nomor 6109) sebagaimana telah diubah dengan Undang-Undang …
//
// becomes {type: "Undang-Undang", number: "7", year: 2017, title: "Pemilihan
// Umum", gazette: {LN, 2017, "182"}, supplement: "6109", amended_by: [ … ]}.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "renaksi/diagnostic.h"

namespace renaksi {

struct Gazette {
  std::string series;  // "LN", "BN", "LD" or "BD"
  std::optional<int> year;
  std::optional<std::string> number;  // as printed
};

// `type` is the instrument's canonical name: the phrase printed before
// "Nomor", issuer included ("Peraturan Menteri Dalam Negeri", "Peraturan
// Daerah Provinsi Jambi", "Keputusan Komisi Pemilihan Umum"), with spelling
// unified ("Undang Undang" → "Undang-Undang", capitals title-cased), common
// abbreviations written out (UU, PP, Perpres, PKPU, KPU, Bawaslu, DKPP,
// PANRB, …) and a trailing "Republik Indonesia" dropped unless it follows
// "Negara". The constitution is always "Undang-Undang Dasar Negara Republik
// Indonesia Tahun 1945" (number null, year 1945).
// `number` is as printed, minus OCR spaces around '/' and '-'; `year` comes
// from "Tahun YYYY", or from a number ending in "/YYYY" when no Tahun is
// printed. `amended_by` is flat: every amending instrument of every
// "sebagaimana telah … diubah … dengan" clause, in text order; an amending
// instrument's own title may name other instruments and stays whole.
struct Citation {
  std::string type;                   // e.g. "Undang-Undang", "Peraturan Presiden"
  std::optional<std::string> number;  // as printed: "7", "314/ORT.07-Kpt/01/KPU/V/2021"
  std::optional<int> year;
  std::optional<std::string> title;   // text after "tentang", without the gazette
  std::optional<Gazette> gazette;
  std::optional<std::string> supplement;  // Tambahan … Nomor N
  std::vector<Citation> amended_by;       // in the order the text gives them
};

// Parses one citation text (label already removed). Returns nullopt when the
// text names no recognizable legal instrument.
std::optional<Citation> ParseCitation(std::string_view text);

// The same, reporting to `diags` (at `line`, the item's source line) what was
// repaired or could not be read, so no value changes silently. Codes:
//   citation-prefix-ignored        (warning) words before the instrument's
//                                  name (e.g. "Pasal 5 ayat (1)") left out
//   citation-number-spacing        (info) spaces around '/' or '-' removed
//                                  from the number
//   citation-number-space          (warning) the number still holds a space
//                                  (a '-' or '/' may be lost); kept as printed
//   citation-number-missing        (warning) "Nomor" without a number
//   citation-year-unclear          (warning) "Tahun" without a 4-digit year
//   citation-year-from-number      (info) year taken from a number ending in
//                                  "/YYYY" when no "Tahun" is printed
//   citation-gazette-unrecognized  (warning) a gazette piece naming no known
//                                  series (e.g. "Berita Acara …"); left out
//   citation-parenthesis-unbalanced (warning) gazette parenthesis not closed
//                                  or not opened
//   citation-text-unparsed         (warning) text the parser could not place
//                                  (quoted), e.g. a title without "tentang"
std::optional<Citation> ParseCitation(std::string_view text, int line,
                                      Diagnostics& diags);

}  // namespace renaksi
