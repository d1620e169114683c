// Segment: normalized lines → the parts of a decree.
#pragma once

#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

struct Segments {
  SourceLines preamble;         // start of file up to Menimbang
  SourceLines considerations;   // Menimbang block
  SourceLines legal_basis;      // Mengingat block
  SourceLines observations;     // Memperhatikan block (many decrees have none)
  SourceLines decision;         // MEMUTUSKAN, Menetapkan and dictums
  SourceLines signature;        // Ditetapkan … up to LAMPIRAN
  SourceLines annex_title;      // LAMPIRAN … up to the table
  SourceLines table;            // first line holding a TAB … last such line
  SourceLines annex_signature;  // after the table
};

// Every line lands in exactly one part, in document order. Parts are found by
// the decree genre's markers (Menimbang, Mengingat, Memperhatikan,
// MEMUTUSKAN/Menetapkan/KESATU, "Ditetapkan di", LAMPIRAN) tolerating list
// dashes, emphasis and letter spacing; a part whose marker is absent stays
// empty. The table is exactly the first through the last line holding a TAB.
Segments Segment(const SourceLines& lines, Diagnostics& diags);
// The same, moving the lines into the parts instead of copying them.
Segments Segment(SourceLines&& lines, Diagnostics& diags);

}  // namespace renaksi
