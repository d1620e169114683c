#include "renaksi/rules.h"

#include <array>

#include <fmt/format.h>

namespace renaksi {
namespace {

constexpr Severity E = Severity::kError;
constexpr Severity W = Severity::kWarning;
constexpr Severity I = Severity::kInfo;

// Pipeline order, then by importance within a stage. Descriptions are one
// line each: they become SARIF shortDescription texts and README rows.
constexpr std::array kRules = std::to_array<Rule>({
    // read: bytes → normalized lines
    {"empty-input", E, "read", "The file is empty: there is no decree to extract."},
    {"binary-input", E, "read",
     "The file holds NUL bytes: it is not text, and guessing at it would invent content."},
    {"invalid-utf8", E, "read",
     "The file is not valid UTF-8: its words cannot be read reliably."},
    {"bom-removed", I, "read", "A byte-order mark was removed (routine normalization)."},
    {"line-endings-normalized", I, "read",
     "CR or CRLF line endings were read as LF (routine normalization)."},
    {"unicode-space-normalized", I, "read",
     "Non-breaking or other Unicode spaces were made plain spaces (routine normalization)."},
    {"control-removed", I, "read",
     "Control characters such as form feeds were removed (routine normalization)."},
    {"html-removed", I, "read",
     "HTML tags left by a web converter were removed (routine normalization)."},
    {"html-entity-decoded", I, "read",
     "HTML entities were decoded (routine normalization)."},
    {"emphasis-removed", I, "read",
     "Markdown emphasis markers (**) were removed (routine normalization)."},
    {"check-mark-normalized", I, "read",
     "Check-mark variants (✓ ✔ V v) were read as √ (routine normalization)."},
    // pipeline
    {"not-a-decree", E, "pipeline",
     "No decree heading, number, title or action-plan table: nothing can be extracted."},
    // decree: header, legal basis, signatures, region
    {"field-missing", E, "decree",
     "A required decree field (number, year, region, title, enactment date, signatory "
     "name) is absent: the decree cannot be identified or cited."},
    {"legal-basis-numbering-gap", W, "decree",
     "The Mengingat (legal basis) numbering skips or repeats: an item may be lost."},
    {"region-unknown", W, "decree",
     "The issuer's regency/city is not in the gazetteer: kept as printed, without codes."},
    {"region-missing", E, "decree",
     "No issuing regency/city found: the decree cannot be filed under a region."},
    // table: annex lines → rows
    {"table-not-found", E, "table",
     "No action-plan table (header with NO, AREA PERUBAHAN, … columns) was found."},
    {"page-artifact-removed", W, "table",
     "A page artefact (page number, running title) inside the table was removed; the "
     "message quotes it."},
    {"truncated", E, "table",
     "The file ends inside the table: rows after the cut are missing."},
    // reconcile: rows → areas, activities, sub-activities
    {"months-overflow", W, "reconcile",
     "A √ mark lies outside months 1..12 under every consistent reading and was clamped."},
    {"months-none", W, "reconcile", "A sub-activity has no √ month mark: it is never scheduled."},
    {"row-shift-repaired", W, "reconcile",
     "A row's cells sat one column off the header; its text and marks were re-aligned."},
    {"continuation-merged", W, "reconcile",
     "A row fragment continuing across a page break was merged into the row it continues."},
    {"numbering-gap", W, "reconcile", "A numbered item is missing (1, then 3)."},
    {"numbering-duplicate", W, "reconcile", "A number is used twice in the same list."},
    {"numbering-inferred", W, "reconcile",
     "An item's number was missing and was inferred from the sequence."},
    {"multi-item", W, "reconcile",
     "One cell lists several numbered sub-activities; kept as one record with shared months."},
    {"responsible-inherited", I, "reconcile",
     "A row's responsible unit was taken from the vertically merged cell it shares."},
    {"text-unassigned", W, "reconcile",
     "Table text that could not be placed is kept verbatim here instead of being guessed."},
    // check: rules over the result
    {"date-invalid", E, "check", "The enactment date is not a real calendar date."},
    {"date-in-future", E, "check",
     "The enactment date is after today: a typo in the day, month or year."},
    {"date-year-mismatch", W, "check",
     "The enactment year differs from the decree's year (NOMOR … TAHUN …)."},
    {"plan-year-mismatch", W, "check",
     "The plan year differs from the year in the title or from the decree year."},
    {"area-missing", E, "check",
     "One of the 8 national areas of change (PermenPANRB) is absent from the plan."},
    {"area-order", W, "check",
     "An area of change appears out of the canonical order 1..8."},
    {"area-duplicate", W, "check", "An area of change appears more than once."},
    {"area-unknown", W, "check",
     "An area's name matches none of the 8 canonical areas of change."},
    {"area-empty", W, "check", "An area of change has no activity."},
    {"activity-empty", W, "check", "An activity (KEGIATAN) has no sub-activity."},
    {"indicators-none", W, "check",
     "A sub-activity has no success indicator (INDIKATOR KEBERHASILAN)."},
    {"months-invalid", E, "check",
     "A sub-activity's months are outside 1..12, unsorted or repeated (a contract breach)."},
    {"responsible-missing", W, "check",
     "The table has a PENANGGUNG JAWAB column but a sub-activity has no responsible unit."},
    // validate
    {"io-error", E, "validate", "The input cannot be read (missing, unreadable, a directory)."},
});

}  // namespace

std::span<const Rule> AllRules() { return kRules; }

const Rule* FindRule(std::string_view code) {
  for (const Rule& rule : kRules) {
    if (rule.code == code) return &rule;
  }
  return nullptr;
}

std::string RulesMarkdownTable() {
  std::string out = "| code | severity | stage | rationale |\n|---|---|---|---|\n";
  for (const Rule& rule : kRules) {
    out += fmt::format("| `{}` | {} | {} | {} |\n", rule.code, SeverityName(rule.severity),
                       rule.stage, rule.description);
  }
  return out;
}

}  // namespace renaksi
