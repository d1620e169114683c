// ExtractDecree: runs the decree's readers over their segments. Each reader
// lives in its own file (decree_header, decree_lists, signature) and reports
// what it could not find; this file only orders them and attaches citations.
#include "renaksi/decree.h"

#include <fmt/format.h>

#include "decree_header.h"
#include "decree_lists.h"
#include "signature.h"

namespace renaksi {
namespace {

int FirstLine(const SourceLines& lines) { return lines.empty() ? 0 : lines.front().number; }

void ReportEmptyList(bool empty, const char* field, const SourceLines& block,
                     const char* what, Diagnostics& diags) {
  if (!empty) return;
  diags.Missing(Severity::kWarning, field, FirstLine(block),
            block.empty() ? fmt::format("no {} block found", what)
                          : fmt::format("the {} block holds no item", what));
}

}  // namespace

Decree ExtractDecree(const Segments& segments, Diagnostics& diags) {
  Decree decree;
  DecisionPart decision = ParseDecision(segments.decision, diags);
  decree.decisions = std::move(decision.dictums);
  if (decision.establishes) {
    decree.establishes = decision.establishes->text;
    decree.field_lines["establishes"] = decision.establishes->line;
  }

  ExtractHeader(segments, decision.establishes, decree, diags);

  decree.considerations = ParseConsiderations(segments.considerations, diags);
  decree.legal_basis = ParseLegalBasis(segments.legal_basis, diags);
  for (auto& item : decree.legal_basis) {
    item.citation = ParseCitation(item.text, item.line, diags);
  }
  decree.observations = ParseObservations(segments.observations, diags);

  ExtractEnactment(segments.signature, decree, diags);
  ExtractSignatures(segments.signature, segments.annex_signature, decree, diags);

  ReportEmptyList(decree.considerations.empty(), "considerations", segments.considerations,
                  "considerations (Menimbang)", diags);
  ReportEmptyList(decree.legal_basis.empty(), "legal_basis", segments.legal_basis,
                  "legal basis (Mengingat)", diags);
  ReportEmptyList(decree.decisions.empty(), "decisions", segments.decision,
                  "dictums (KESATU, KEDUA, …)", diags);
  if (!decree.considerations.empty()) {
    decree.field_lines["considerations"] = decree.considerations.front().line;
  }
  if (!decree.legal_basis.empty()) {
    decree.field_lines["legal_basis"] = decree.legal_basis.front().line;
  }
  if (!decree.decisions.empty()) decree.field_lines["decisions"] = decree.decisions.front().line;
  return decree;
}

}  // namespace renaksi
