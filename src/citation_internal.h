// Internals shared by the citation parser's files (citation.cpp, the
// instrument-type table in citation_types.cpp and the gazette reader in
// citation_gazette.cpp). Not part of the public interface.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ascii.h"
#include "decree_text.h"
#include "renaksi/citation.h"
#include "renaksi/diagnostic.h"

namespace renaksi::citation_internal {

// The parser's findings. ParseCitation has no line of its own: it forwards
// them to the caller's Diagnostics (with the caller's line) when given one,
// and drops them otherwise.
class Notes {
 public:
  Notes(Diagnostics* diags, int line) : diags_(diags), line_(line) {}
  void Warning(const char* code, std::string message) {
    if (diags_ != nullptr) diags_->Warning(code, line_, std::move(message));
  }
  void Info(const char* code, std::string message) {
    if (diags_ != nullptr) diags_->Info(code, line_, std::move(message));
  }

 private:
  Diagnostics* diags_;
  int line_;
};

// Keyword matching (decree_text.h), by name here.
using text::HasAt;
using text::HasWordAt;
using text::IsDigit;
using text::IsRegexSpace;
using text::IsWordBoundary;
using text::IsOneOf;
using text::IsWordChar;
using text::PrefixAt;
using text::SkipRegexSpaces;
using text::WordCharsAt;

// Citation text is collapsed (CollapseSpaces in citation.cpp): its only
// whitespace is single spaces.

// `"text"` for messages, cut to a readable length (hostile input may be
// megabytes long).
std::string Quote(std::string_view text);

// `text` without leading/trailing spaces and the punctuation that separates
// a citation's parts (, ; . :).
std::string_view TrimSeparators(std::string_view text);

// --- citation_types.cpp -----------------------------------------------------

// Length of the first word(s) of an instrument's name at `pos` of `text`:
// "Undang-Undang", "Peraturan", "Keputusan", "Surat Edaran", and the common
// abbreviations ("UU", "PP", "Perpres", "PKPU", …), each a whole word (\b on
// both sides, judged in `text`); 0 when none starts there. Only a candidate:
// the parser then checks that a "Nomor" or "Tahun" follows within a few
// words.
std::size_t InstrumentHeadLength(std::string_view text, std::size_t pos);

// "Undang", optional spaces, an optional hyphen, optional spaces, "Undang",
// as a whole word at `pos` (\bundang\s*-?\s*undang\b): its length, or 0.
std::size_t UndangUndangLength(std::string_view text, std::size_t pos);

// The canonical instrument type of the printed phrase before "Nomor"
// ("Undang Undang" → "Undang-Undang", "PERATURAN MENTERI DALAM NEGERI" →
// "Peraturan Menteri Dalam Negeri", "Peraturan KPU RI" → "Peraturan Komisi
// Pemilihan Umum"). See citation_types.cpp for the rules.
std::string CanonicalType(std::string_view phrase);

// True for the constitution ("Undang-Undang Dasar …"), which has no number:
// its year ends its name.
bool IsConstitution(std::string_view canonical_type);

// The constitution's official name, whatever the printed variant.
inline constexpr std::string_view kConstitution =
    "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945";

// --- citation_gazette.cpp ---------------------------------------------------

// What a gazette parenthesis holds.
struct GazetteParts {
  std::optional<Gazette> gazette;
  std::optional<std::string> supplement;
};

// Reads the text inside one gazette parenthesis, e.g. "Lembaran Negara
// Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik
// Indonesia Nomor 6109". Pieces naming no known gazette are reported, never
// mapped onto the nearest series.
GazetteParts ReadGazetteText(std::string_view inside, Notes& notes);

}  // namespace renaksi::citation_internal
