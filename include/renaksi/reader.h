// Read: raw bytes → validated, normalized UTF-8 lines with their original
// line numbers.
//
// Normalization is what any copy of a decree needs before its words can be
// compared: a BOM and CR/CRLF line ends; NBSP and other Unicode spaces;
// HTML tags and entities left by web converters; Markdown emphasis markers;
// the several check-mark glyphs (√ ✓ ✔ → √). TAB is kept: it separates table
// cells. Bytes that are not text (NUL) or not UTF-8 are reported as errors and
// no lines are returned: guessing at them would invent content.
#pragma once

#include <string_view>

#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

// The canonical check mark all variants are normalized to.
inline constexpr std::string_view kCheckMark = "\xE2\x88\x9A";  // U+221A √

struct ReadResult {
  bool ok = false;  // false: binary or invalid UTF-8; `lines` is then empty
  SourceLines lines;
};

ReadResult ReadDocument(std::string_view bytes, Diagnostics& diags);

}  // namespace renaksi
