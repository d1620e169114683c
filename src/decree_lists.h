// The labelled lists of a decree: considerations (Menimbang a., b., …), legal
// basis (Mengingat 1., 2., …), observations (Memperhatikan) and the decision
// (Menetapkan, then the dictums KESATU, KEDUA, …).
//
// Items wrap across lines and may continue after a blank line: a line that
// does not open the next item continues the current one. A line opens an item
// only when its label follows the previous one in sequence (a greater letter
// or number), so a wrapped line that happens to start with "2." inside item 5
// stays text; a label that goes back (a duplicated "6.") still opens an item
// when its text starts like a new clause, and is reported.
//
// Printed labels are kept as printed (without punctuation), gaps included.
// Item texts are joined with single spaces; the separators legal drafting
// puts between list items ("…;", "…; dan", final ".") are removed from
// considerations, legal basis and observations. Dictums keep their final
// period: each is a sentence of its own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "renaksi/decree.h"
#include "renaksi/diagnostic.h"
#include "renaksi/source_line.h"

namespace renaksi {

std::vector<LabeledText> ParseConsiderations(const SourceLines& lines,
                                             Diagnostics& diags);

// Citations are not parsed here: ExtractDecree fills them.
std::vector<LegalBasisItem> ParseLegalBasis(const SourceLines& lines,
                                            Diagnostics& diags);

std::vector<LabeledText> ParseObservations(const SourceLines& lines,
                                           Diagnostics& diags);

struct DecisionPart {
  // The "Menetapkan :" text: the decree's full name as it enacts itself.
  std::optional<LabeledText> establishes;
  std::vector<LabeledText> dictums;  // KESATU, KEDUA, …
};

DecisionPart ParseDecision(const SourceLines& lines, Diagnostics& diags);

// 1 for KESATU/PERTAMA, 2 for KEDUA, … 12 for KEDUA BELAS; nullopt when the
// word is not a dictum ordinal.
std::optional<int> DictumOrdinal(std::string_view label);

}  // namespace renaksi
