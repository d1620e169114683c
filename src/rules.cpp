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
    // segment
    {"annex-heading-missing", W, "segment",
     "The action-plan table is not preceded by a LAMPIRAN heading: check the annex."},
    // decree: header, legal basis, signatures, region
    {"field-missing", E, "decree",
     "A decree field is absent: an error for the fields a decree cannot be identified "
     "without (number, year, region, title), a warning or info for the others."},
    {"issuer-from-signature", W, "decree",
     "The heading names no regency/city; the issuer was taken from the signature block."},
    {"title-from-menetapkan", W, "decree",
     "No title after TENTANG; the title was taken from the Menetapkan dictum."},
    {"title-mismatch", W, "decree",
     "The title after TENTANG differs from the one in the Menetapkan dictum."},
    {"number-mismatch", W, "decree",
     "The annex (LAMPIRAN) cites another decree number than the heading."},
    {"year-from-number", I, "decree",
     "The decree year was read from the decree number itself."},
    {"plan-year-from-annex", I, "decree",
     "The plan year was read from the annex title, the decree title giving none."},
    {"consideration-numbering-gap", W, "decree",
     "The Menimbang (considerations) lettering skips or repeats: an item may be lost."},
    {"legal-basis-numbering-gap", W, "decree",
     "The Mengingat (legal basis) numbering skips or repeats: an item may be lost."},
    {"observation-numbering-gap", W, "decree",
     "The Memperhatikan (observations) numbering skips or repeats: an item may be lost."},
    {"decision-numbering-gap", W, "decree",
     "The dictums (KESATU, KEDUA, …) skip or repeat: a dictum may be lost."},
    {"decision-text-unassigned", W, "decree",
     "Text in the decision part that belongs to no dictum; quoted in the message."},
    {"date-unreadable", W, "decree",
     "The enactment date is not a valid day, Indonesian month name and year."},
    {"enacted-year-mismatch", W, "decree",
     "The enactment year differs from the decree's year (NOMOR … TAHUN …)."},
    {"signatory-mismatch", W, "decree",
     "The decree and the annex signature blocks name different chairs."},
    {"signature-ambiguous", W, "decree",
     "A name in the flattened two-column signature could be the chair's or the "
     "certifier's: neither was set."},
    {"signature-cross-block", I, "decree",
     "The chair's name was confirmed across the flattened two-column signature layout."},
    {"signature-text-ignored", I, "decree",
     "Text in a signature block that is neither a title nor a name was ignored."},
    {"region-matched", I, "decree",
     "The issuing regency/city was matched in the gazetteer (names its codes)."},
    {"region-unknown", W, "decree",
     "The issuer's regency/city is not in the gazetteer: kept as printed, without codes."},
    {"region-missing", E, "decree",
     "No issuing regency/city found: the decree cannot be filed under a region."},
    // citations: Mengingat items
    {"citation-text-unparsed", W, "citations",
     "Part of a legal-basis citation could not be parsed; it is kept in the item text."},
    {"citation-prefix-ignored", W, "citations",
     "Text before the instrument's type in a citation was ignored."},
    {"citation-number-missing", W, "citations", "A cited instrument has no number."},
    {"citation-number-space", W, "citations",
     "A cited number holds a space that may split two numbers; kept as printed."},
    {"citation-number-spacing", I, "citations",
     "Spaces inside a cited number were normalized."},
    {"citation-year-unclear", W, "citations", "A cited instrument's year is unclear."},
    {"citation-year-from-number", I, "citations",
     "A cited instrument's year was read from its number."},
    {"citation-parenthesis-unbalanced", W, "citations",
     "A citation's parentheses do not balance: gazette details may be misread."},
    {"citation-gazette-unrecognized", W, "citations",
     "A citation's gazette reference (Lembaran/Berita Negara …) could not be read."},
    // table: annex lines → rows
    {"table-not-found", E, "table",
     "No action-plan table (header with NO, AREA PERUBAHAN, … columns) was found."},
    {"table-layout-assumed", W, "table",
     "The header names neither KET nor PENANGGUNG JAWAB as last column; text after the "
     "marks is kept as a note."},
    {"page-artifact-removed", W, "table",
     "A page artefact (page number, running title) inside the table was removed; the "
     "message quotes it (info for plain page numbers)."},
    {"truncated", W, "table",
     "The file seems cut off: its last table row is short, or it ends before the "
     "enactment (Ditetapkan di), signature and annex."},
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
    {"multi-item", I, "reconcile",
     "One cell lists several numbered sub-activities; kept as one record with shared months."},
    {"multi-row", I, "reconcile",
     "One sub-activity spans several physical rows (its indicators with their own marks); "
     "kept as one record, months the union."},
    {"numbering-restart", W, "reconcile",
     "Sub-activity numbering restarts with no activity in its row: an activity row seems "
     "lost."},
    {"name-missing", W, "reconcile", "An area or activity number has no name beside it."},
    {"activity-missing", W, "reconcile",
     "A sub-activity comes before any activity of its area: placed under an unnamed one."},
    {"sub-activity-missing", W, "reconcile",
     "Indicators or marks with an empty SUB KEGIATAN cell: recorded with an empty text."},
    {"responsible-conflict", W, "reconcile",
     "A sub-activity has two different responsible units; the first is kept."},
    {"responsible-inherited", I, "reconcile",
     "A row's responsible unit was taken from the vertically merged cell it shares "
     "(a warning when the span is doubtful)."},
    {"responsible-own-line", I, "reconcile",
     "A responsible unit printed alone on its own line was attached to its rows."},
    {"text-unassigned", W, "reconcile",
     "Table text that could not be placed is kept verbatim here instead of being guessed."},
    // check: rules over the result
    {"date-invalid", E, "check", "The enactment date is not a real calendar date."},
    {"date-in-future", E, "check",
     "The enactment date is after today: a typo in the day, month or year."},
    {"plan-year-mismatch", W, "check",
     "The plan year differs from the year in the title or from the decree year."},
    {"area-missing", E, "check",
     "One of the 8 national areas of change (PermenPANRB) is absent from the plan."},
    {"area-order", W, "check",
     "An area of change appears out of the canonical order 1..8."},
    {"area-duplicate", W, "check", "An area of change appears more than once."},
    {"area-unknown", W, "reconcile",
     "An area's name matches none of the 8 canonical areas of change."},
    {"area-empty", W, "check", "An area of change has no activity."},
    {"activity-empty", W, "check", "An activity (KEGIATAN) has no sub-activity."},
    {"indicators-none", W, "check",
     "A sub-activity has no success indicator (INDIKATOR KEBERHASILAN)."},
    {"months-invalid", E, "check",
     "A sub-activity's months are outside 1..12, unsorted or repeated (a contract breach)."},
    {"responsible-missing", W, "check",
     "The table has a PENANGGUNG JAWAB column but a sub-activity has no responsible unit."},
    // command line
    {"io-error", E, "cli", "The input cannot be read (missing, unreadable, a directory)."},
    {"no-input-files", E, "cli", "A directory given as input holds no *.txt file."},
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
