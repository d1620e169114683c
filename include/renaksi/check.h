// Check: rules over an extracted document → diagnostics. These are what
// `renaksi validate` gates on; `extract` runs them too (without the
// clock-dependent ones) so its JSON carries the same findings.
#pragma once

#include <optional>
#include <string>

#include "renaksi/document.h"

namespace renaksi {

struct CheckOptions {
  // ISO date "YYYY-MM-DD"; when set, an enactment date after it is an error.
  std::optional<std::string> today;
};

// True when `text` is a real calendar day written YYYY-MM-DD (the form of
// CheckOptions::today and of Enactment::date).
bool IsIsoDate(const std::string& text);

void Check(const Document& doc, const CheckOptions& options, Diagnostics& diags);

struct Segments;

// `truncated` at the file's last line when a decree stops inside its body:
// no enactment ("Ditetapkan di"), signature, annex or table follows. Run only
// on a file that holds a decree (a prose file has no body to be cut).
void CheckTruncatedBody(const Segments& segments, Diagnostics& diags);

}  // namespace renaksi
