// Internals shared by the citation parser's files (citation.cpp, the
// instrument-type table in citation_types.cpp and the gazette reader in
// citation_gazette.cpp). Not part of the public interface.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ascii.h"
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

// --- Keyword matching --------------------------------------------------------
//
// The parser's keywords are ASCII and compared in ASCII case. Word
// boundaries are RE2's \b: between an ASCII word character [0-9A-Za-z_] and
// anything else. Citation text is collapsed (CollapseSpaces in citation.cpp),
// so its only whitespace is single spaces.

inline bool IsWordChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         c == '_';
}

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// RE2's \s.
inline bool IsRegexSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// RE2's \b at `pos`.
inline bool IsWordBoundary(std::string_view text, std::size_t pos) {
  bool before = pos > 0 && IsWordChar(text[pos - 1]);
  bool after = pos < text.size() && IsWordChar(text[pos]);
  return before != after;
}

// True when `text` holds `word` (lower-case ASCII) at `pos`, in any case.
inline bool HasAt(std::string_view text, std::size_t pos, std::string_view word) {
  return pos <= text.size() && text.size() - pos >= word.size() &&
         ascii::EqualsIgnoreCase(text.substr(pos, word.size()), word);
}

// `word` at `pos` as a whole word: followed by a \b.
inline bool HasWordAt(std::string_view text, std::size_t pos, std::string_view word) {
  return HasAt(text, pos, word) && IsWordBoundary(text, pos + word.size());
}

// The run of word characters starting at `pos`.
inline std::string_view WordCharsAt(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsWordChar(text[end])) ++end;
  return text.substr(pos, end - pos);
}

inline std::size_t SkipRegexSpaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && IsRegexSpace(text[pos])) ++pos;
  return pos;
}

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
