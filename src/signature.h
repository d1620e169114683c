// Enactment ("Ditetapkan di P pada tanggal D") and the two signatures of a
// decree copy: the chair who signed the original (KETUA …, ttd., NAME) and
// the official who certified the copy ("Salinan sesuai dengan aslinya",
// Kepala Sub Bagian …, NAME).
//
// The signature area is a two-column layout flattened into one text stream,
// so the chair's "ttd. NAME" may come after the certifier's title. Both
// signature blocks (end of the decree, end of the annex) are read, and a name
// is given a role only on evidence: printed directly under a title, or the
// same name printed under KETUA in the other block. A name whose role stays
// ambiguous is left out (null) and quoted in a diagnostic.
#pragma once

#include "renaksi/decree.h"
#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

// Fills decree.enacted and field_lines["enacted"] from the decree's
// signature block; reports `field-missing` / `date-unreadable`.
void ExtractEnactment(const SourceLines& signature, Decree& decree, Diagnostics& diags);

// Fills signatory and certifier (and their field_lines) from the decree's
// and the annex's signature blocks.
void ExtractSignatures(const SourceLines& decree_block, const SourceLines& annex_block,
                       Decree& decree, Diagnostics& diags);

}  // namespace renaksi
