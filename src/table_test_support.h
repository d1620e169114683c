// Helpers for the table and reconcile tests: synthetic annex tables and a
// normalized dump of a Plan for comparing runs.
#pragma once

#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "renaksi/diagnostic.h"
#include "renaksi/plan.h"
#include "renaksi/reader.h"
#include "renaksi/reconcile.h"
#include "renaksi/table.h"

namespace renaksi::testing {

// The lines from the first line holding a TAB through the last, as the
// segmenter hands them to the table stage.
inline SourceLines TableLines(const SourceLines& lines) {
  SourceLines out;
  std::size_t first = lines.size(), last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.find('\t') == std::string::npos) continue;
    first = std::min(first, i);
    last = i;
  }
  for (std::size_t i = first; i < lines.size() && i <= last; ++i) out.push_back(lines[i]);
  return out;
}

struct Extracted {
  RawTable table;
  Plan plan;
  Diagnostics diags;
};

inline Extracted ExtractTable(const std::string& bytes) {
  Extracted e;
  ReadResult read = ReadDocument(bytes, e.diags);
  e.table = ReadTable(TableLines(read.lines), e.diags);
  e.plan = Reconcile(e.table, e.diags);
  return e;
}

// A row of 18 cells (more if given), TAB-separated.
inline std::string Row(std::vector<std::string> cells, std::size_t width = 18) {
  if (cells.size() < width) cells.resize(width);
  return fmt::format("{}", fmt::join(cells, "\t"));
}

// The three header lines each page repeats.
inline std::string PageHeader(const std::string& last = "KET") {
  std::vector<std::string> titles = {"NO", "AREA PERUBAHAN", "KEGIATAN", "SUB KEGIATAN",
                                     "INDIKATOR KEBERHASILAN", "PELAKSANAAN (BULAN)"};
  titles.resize(17);
  titles.push_back(last);
  std::vector<std::string> months(5);
  for (int m = 1; m <= 12; ++m) months.push_back(std::to_string(m));
  std::vector<std::string> numbers;
  for (int n = 1; n <= 18; ++n) numbers.push_back(std::to_string(n));
  return Row(titles) + "\n" + Row(months) + "\n" + Row(numbers) + "\n";
}

// Marks in the given canonical month columns (1..12 → column 5..16).
inline std::vector<std::string> WithMarks(std::vector<std::string> cells,
                                          std::vector<int> columns) {
  for (int c : columns) {
    if (static_cast<int>(cells.size()) <= c) cells.resize(static_cast<std::size_t>(c) + 1);
    cells[static_cast<std::size_t>(c)] = "√";
  }
  return cells;
}

// Every record with its place and values, one line each: two runs that
// read the same table the same way dump the same text.
inline std::string DumpPlan(const Plan& plan) {
  std::string out;
  for (const auto& a : plan.areas) {
    out += fmt::format("A{} {} [{}] {}\n", a.no, a.label.value_or("-"), a.canonical.value_or("?"),
                       a.name);
    for (const auto& act : a.activities) {
      out += fmt::format(" K{} {} {}\n", act.no, act.label.value_or("-"),
                         act.name.value_or("<null>"));
      for (const auto& s : act.sub_activities) {
        out += fmt::format("  S{} {} {} | ind={} | m={} | pj={} | note={} | flags={}\n", s.no,
                           s.label.value_or("-"), s.text, fmt::join(s.indicators, " || "),
                           fmt::join(s.months, ","), s.responsible.value_or("-"),
                           s.note.value_or("-"), fmt::join(s.flags, ","));
      }
    }
  }
  return out;
}

inline std::vector<const Diagnostic*> WithCode(const Diagnostics& diags, const std::string& code) {
  std::vector<const Diagnostic*> out;
  for (const auto& d : diags.items()) {
    if (d.code == code) out.push_back(&d);
  }
  return out;
}

inline bool HasDiagnostic(const Diagnostics& diags, const std::string& code, int line) {
  for (const auto& d : diags.items()) {
    if (d.code == code && d.line == line) return true;
  }
  return false;
}

}  // namespace renaksi::testing
