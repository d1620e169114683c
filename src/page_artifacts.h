// Page artefacts: text the PDF conversion put into the table stream that is
// not table content: page numbers between rows, and running footers/headers
// ("Maret Laporan Reformasi Birokrasi Page 24") glued into a cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace renaksi {

// A whole line that is only a page number: `5`, `- 5 -`, `Page 3 of 20`,
// `Halaman 5`, `3/20`.
bool IsPageNumberLine(std::string_view line);

struct StrippedCell {
  std::string text;                  // the cell without the artefacts
  std::vector<std::string> removed;  // each removed piece, verbatim
};

// Removes a running footer/header that landed inside a cell: a `Page N` /
// `Halaman N` (optionally `of M` / `dari M`) marker together with the run of
// capitalized words right before it (the footer's title and month), back to
// the previous punctuation. Ordinary numbers ("Perpres 16 Tahun 2018",
// "100%", "2 (dua) kali") are never touched: the marker word is required.
StrippedCell StripPageArtifacts(std::string_view text);

// False when the text holds none of the marker words, so StripPageArtifacts
// would only trim it: a cheap test to run before it on every cell.
bool MayHoldPageArtifact(std::string_view text);

}  // namespace renaksi
