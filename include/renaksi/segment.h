// Segment: normalized lines → the parts of a decree.
#pragma once

#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

struct Segments {
  SourceLines preamble;         // start of file up to Menimbang
  SourceLines considerations;   // Menimbang block
  SourceLines legal_basis;      // Mengingat block
  SourceLines decision;         // MEMUTUSKAN, Menetapkan and dictums
  SourceLines signature;        // Ditetapkan … up to LAMPIRAN
  SourceLines annex_title;      // LAMPIRAN … up to the table
  SourceLines table;            // first line holding a TAB … last such line
  SourceLines annex_signature;  // after the table
};

Segments Segment(const SourceLines& lines, Diagnostics& diags);

}  // namespace renaksi
