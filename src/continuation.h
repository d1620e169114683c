// Continuations: the part of a row that a page break pushed onto the next
// page, printed after the repeated header as a row of its own (often
// lowercase, mid-word: "elayanan kepada publik;"), possibly at other columns
// than the row it continues.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "row_roles.h"

namespace renaksi::rec {

// The texts the previous physical row filled, by role (null: untouched).
struct PreviousTexts {
  int line = 0;
  std::array<const std::string*, 5> by_role{};  // indexed by Role
  std::optional<int> fragment_shift;  // columns of the fragment merged last, if any
};

enum class Link {
  kStarts,    // opens a new record: a label continuing the sequence, an area
  kStrong,    // lowercase/punctuation start, or the next inner list label
  kWeak,      // capitalized, but the previous text stopped mid-sentence
  kNeutral,   // nothing says either way
  kNoTarget,  // the previous row filled nothing in this role
};

// A cell of the fragment row, pointing into that row: the row must outlive
// its fragment cells and the plan made of them.
struct FragmentCell {
  const Cell* cell = nullptr;
  int role = kIndicator;
  Link link = Link::kNeutral;
};

// Roles of a fragment row's cells: by the header when they fit, else
// right-aligned so its last cell is the indicator (the previous row may
// have been shifted).
std::vector<FragmentCell> MapFragment(const ParsedRow& row);

// The same, choosing between the header's columns and the previous row's
// shift by which texts the fragment can continue (a text cut mid-phrase
// rather than one that ended a sentence).
std::vector<FragmentCell> MapFragment(const ParsedRow& row, const PreviousTexts& previous,
                                      int previous_shift);

Link Classify(const Cell& cell, int role, const std::string* previous,
              const Context& context);

struct ContinuationPlan {
  std::vector<FragmentCell> merge;    // append to the previous row's text (cells of the row planned)
  std::vector<FragmentCell> orphans;  // fragments of a lost row (cells of the row planned)
  int shift = 0;                      // the fragment's column shift
};

// Decides, for the first row after a page break, which cells continue the
// previous row. A row without marks merges whole when none of its cells
// opens a record and each has a text to continue; a row with marks keeps
// its last text (the indicator its marks belong to) and merges only cells
// that clearly continue. A lowercase fragment after a finished item, with
// a numbering gap right after it, is an orphan of a lost row.
ContinuationPlan PlanContinuation(const ParsedRow& row, const PreviousTexts& previous,
                                  const Context& context,
                                  std::optional<int> next_label);

// Removes from `row` the cells `plan` merges or keeps as orphans: the rest
// is read as an ordinary row. The plan's cells point into the row, so this
// comes after they have been used; the row is not copied to make the rest.
void DropPlanned(ParsedRow& row, const ContinuationPlan& plan);

}  // namespace renaksi::rec
