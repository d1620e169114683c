// Table stage: the annex lines → physical rows.
//
// Each page of the annex repeats three header lines (column titles, month
// numbers 1..12, column numbers 1..18) whose trailing empty cells vary from
// page to page, so they are recognized by content, never by position.
// (A line whose exact bytes were already found to be a header is known
// again by them, as a memo of that content test.) What is left is one RawRow per physical table row, with the
// page breaks remembered: a row cut by a page break continues on the first
// row after it, and only the reconcile stage can decide that.
#include "renaksi/table.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "ascii.h"
#include "cell_text.h"
#include "decree_text.h"
#include "page_artifacts.h"

namespace renaksi {
namespace {

// Upper-cased words of the cell, single-spaced, appended to `key`.
void AppendTitleKey(std::string& key, std::string_view cell) {
  std::size_t i = 0;
  while (i < cell.size()) {
    while (i < cell.size() && (cell[i] == ' ' || cell[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < cell.size() && cell[i] != ' ' && cell[i] != '\t') ++i;
    if (i == start) continue;
    if (!key.empty()) key += ' ';
    for (char c : cell.substr(start, i - start)) key += ascii::ToUpper(c);
  }
}

// Upper-cased words of the non-empty cells, single-spaced, for matching
// column titles whatever their case and spacing.
std::string TitleKey(const std::vector<std::string_view>& cells) {
  std::string key;
  for (auto c : cells) AppendTitleKey(key, c);
  return key;
}

// Every title starts with two letters no space may split: NO, AR, KE, SU,
// IN or PE (the key is the cell's upper-cased words, and a trimmed cell
// starts with its first word).
bool StartsLikeTitle(std::string_view cell) {
  if (cell.size() < 2) return false;
  char second = ascii::ToUpper(cell[1]);
  switch (ascii::ToUpper(cell[0])) {
    case 'N': return second == 'O';
    case 'A': return second == 'R';
    case 'K': return second == 'E';
    case 'S': return second == 'U';
    case 'I': return second == 'N';
    case 'P': return second == 'E';
    default: return false;
  }
}

// What SplitCells learns about a line on the way, so that the header and
// blank-line tests, which would each walk the cells again, run only on the
// lines that can pass them.
struct LineShape {
  int filled = 0;      // non-empty cells: a blank line has none
  int title_like = 0;  // cells that StartsLikeTitle: a title line has >= 3
};

// The trimmed cells of a TAB-separated line, as views into it; `cells` is
// reused from line to line so that header and blank lines, which are
// dropped, never copy their text. Most cells of a table line are empty (the
// converter pads each row to the header's width), so a TAB right at the
// cell's start is taken without a memchr call.
LineShape SplitCells(std::string_view line, std::vector<std::string_view>& cells) {
  LineShape shape;
  cells.clear();
  const char* start = line.data();
  const char* const end = start + line.size();
  while (true) {
    if (start != end && *start == '\t') {
      cells.emplace_back();
      ++start;
      continue;
    }
    auto tab = static_cast<const char*>(
        start == end ? nullptr : std::memchr(start, '\t', static_cast<std::size_t>(end - start)));
    auto size = static_cast<std::size_t>((tab == nullptr ? end : tab) - start);
    std::string_view cell = cell::TrimmedView(std::string_view(start, size));
    cells.push_back(cell);
    if (!cell.empty()) {
      ++shape.filled;
      shape.title_like += StartsLikeTitle(cell);
    }
    if (tab == nullptr) break;
    start = tab + 1;
  }
  return shape;
}

// Whether a cell can be a column title at all, before it is matched. The
// longest title ("INDIKATOR KEBERHASILAN") has 21 non-blank characters, so
// a cell of more than 24 non-blank characters is none; one of at most 24
// bytes needs no count.
bool MayBeTitle(std::string_view cell) {
  constexpr std::size_t kMaxTitleChars = 24;
  if (!StartsLikeTitle(cell)) return false;
  if (cell.size() <= kMaxTitleChars) return true;
  std::size_t chars = 0;
  for (char ch : cell) {
    chars += ch != ' ' && ch != '\t';
    if (chars > kMaxTitleChars) return false;
  }
  return true;
}

// The column titles, as the whole-key pattern
//
//   NO\.?|NOMOR|AREA\s*PERUBAHAN|KEGIATAN|SUB\s*KEGIATAN|INDIKATOR(?:\s*KEBERHASILAN)?|
//   PELAKSANAAN(?:\s*\(?BULAN\)?)?|KET(?:ERANGAN)?\.?|PENANG\s*GUNG\s*JAWAB
//
// spelled out, each alternative and optional part as a title of its own and
// each \s* as '_'. A key is single-spaced with no space at either end, so
// \s* matches one space or none there; it runs on every title-like cell of
// every table line, where RE2 cost more than the rest of the line's tests.
constexpr std::string_view kTitles[] = {
    "NO",          "NO.",
    "NOMOR",       "AREA_PERUBAHAN",
    "KEGIATAN",    "SUB_KEGIATAN",
    "INDIKATOR",   "INDIKATOR_KEBERHASILAN",
    "PELAKSANAAN", "PELAKSANAAN_BULAN",
    "PELAKSANAAN_(BULAN",  "PELAKSANAAN_BULAN)",
    "PELAKSANAAN_(BULAN)", "KET",
    "KET.",        "KETERANGAN",
    "KETERANGAN.", "PENANG_GUNG_JAWAB",
};

bool IsKeySpace(char c) { return c == ' ' || c == '\t'; }

// Whether the cell's title key (see AppendTitleKey) is the title, '_'
// matching one space or none. The key is read straight off the trimmed
// cell: upper-cased bytes, each run of spaces and TABs one space. No '_' is
// followed by a space in a title, so taking a space whenever there is one
// is the only way to match.
bool KeyIsTitle(std::string_view cell, std::string_view title) {
  std::size_t k = 0;
  for (char t : title) {
    if (t == '_') {
      while (k < cell.size() && IsKeySpace(cell[k])) ++k;
      continue;
    }
    if (k == cell.size() || IsKeySpace(cell[k]) || ascii::ToUpper(cell[k]) != t) return false;
    ++k;
  }
  return k == cell.size();
}

bool IsTitleCell(std::string_view cell) {
  if (!MayBeTitle(cell)) return false;
  char first = ascii::ToUpper(cell.front());
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view title) {
    return title.front() == first && KeyIsTitle(cell, title);
  });
}

// A column-title line: at least three of its cells are, each as a whole,
// one of the table's column titles (content words like "8 Area Perubahan"
// inside a sentence do not count).
bool IsTitleRow(const std::vector<std::string_view>& cells) {
  int titles = 0;
  for (auto c : cells) {
    if (IsTitleCell(c) && ++titles == 3) return true;
  }
  return false;
}

// The spaces cell::TrimmedView takes off a cell, but the TAB that ends it.
// Bytes above ' ', nearly all, are turned away by one comparison.
bool IsCellSpace(char c) {
  return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\r' || c == '\n');
}

constexpr int kMinHeaderNumbers = 10;

// The bytes at `p` that spell `expected` bare (`7`, `12`) up to the end of
// its cell, a TAB or the line's end, or 0 when they do not: how the
// converter writes nearly every header number, so ReadHeaderNumber is
// seldom needed.
std::size_t BareNumberAt(const char* p, const char* end, int expected) {
  auto ends_cell = [end](const char* q) { return q == end || *q == '\t'; };
  if (expected < 10) return p != end && *p == '0' + expected && ends_cell(p + 1) ? 1 : 0;
  if (expected > 99 || end - p < 2) return 0;
  bool spelled = p[0] == '0' + expected / 10 && p[1] == '0' + expected % 10;
  return spelled && ends_cell(p + 2) ? 2 : 0;
}

// A filled cell at `p` (its leading spaces skipped) that is the header
// number `expected`: the pattern \(?(\d{1,2})\)? on the trimmed cell. On
// success `p` is left at the cell's end, a TAB or the line's end.
bool ReadHeaderNumber(const char*& p, const char* end, int expected) {
  if (*p == '(') ++p;
  if (p == end || !ascii::IsDigit(*p)) return false;
  int value = *p++ - '0';
  if (p != end && ascii::IsDigit(*p)) value = value * 10 + (*p++ - '0');
  if (value != expected) return false;
  if (p != end && *p == ')') ++p;
  while (p != end && IsCellSpace(*p)) ++p;
  return p == end || *p == '\t';  // not a third digit, nor any other byte
}

// The month-number and column-number header lines: their non-empty cells
// are exactly 1, 2, 3, … k (k ≥ 10), in order, each one or two digits,
// optionally in parentheses (`7`, `(7)`, `(7`, `7)`).
//
// Read straight off the line's bytes, with no SplitCells: a third of the
// annex lines are these, and any other line is turned away at its first
// byte no header number holds (a letter, a '.', a √), a few bytes in.
bool IsNumberLine(std::string_view line) {
  const char* p = line.data();
  const char* const end = p + line.size();
  int expected = 1;
  while (true) {
    if (std::size_t bare = BareNumberAt(p, end, expected)) {
      p += bare;
      ++expected;
    } else {
      while (p != end && IsCellSpace(*p)) ++p;
      bool filled = p != end && *p != '\t';
      if (filled && !ReadHeaderNumber(p, end, expected)) return false;
      expected += filled;
    }
    if (p == end) break;
    ++p;  // the TAB
  }
  return expected - 1 >= kMinHeaderNumbers;
}

// Whether `words`, each after a run of \s (RE2's [\t\n\f\r ]) or none,
// follow `at` in the key; returns where they end.
std::optional<std::size_t> FollowedBy(std::string_view key, std::size_t at,
                                      std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    at = text::SkipRegexSpaces(key, at);
    if (!key.substr(at).starts_with(word)) return std::nullopt;
    at += word.size();
  }
  return at;
}

// PENANG\s*GUNG\s*JAWAB|PENANGGUNGJAWAB anywhere in the key, spelled out
// (the second alternative is the first with no spaces). A word cannot
// start with a space, so skipping all of a run is the only way to match.
bool NamesResponsible(std::string_view key) {
  constexpr std::string_view kHead = "PENANG";
  for (auto at = key.find(kHead); at != std::string_view::npos; at = key.find(kHead, at + 1)) {
    if (FollowedBy(key, at + kHead.size(), {"GUNG", "JAWAB"})) return true;
  }
  return false;
}

// \bKET(?:ERANGAN)?\b anywhere in the key, spelled out: KET at a word
// boundary, with another right after it or after KETERANGAN. (RE2's \w is
// ASCII only, as text::IsWordChar is: the bytes of other UTF-8 characters
// are all >= 0x80.)
bool NamesRemarks(std::string_view key) {
  constexpr std::string_view kShort = "KET";
  constexpr std::string_view kLong = "KETERANGAN";
  for (auto at = key.find(kShort); at != std::string_view::npos; at = key.find(kShort, at + 1)) {
    if (!text::IsWordBoundary(key, at)) continue;
    if (text::IsWordBoundary(key, at + kShort.size())) return true;
    if (key.substr(at).starts_with(kLong) && text::IsWordBoundary(key, at + kLong.size())) {
      return true;
    }
  }
  return false;
}

// The header line's last column: PENANGGUNG JAWAB if named, else KET.
// Matched by hand on the title key: the two patterns run once per file,
// where RE2 cost more than reading the rest of the header line.
LastColumn DetectLastColumn(const std::vector<std::string_view>& cells, int line,
                            Diagnostics& diags) {
  std::string key = TitleKey(cells);
  if (NamesResponsible(key)) return LastColumn::kPenanggungJawab;
  if (!NamesRemarks(key)) {
    diags.Warning("table-layout-assumed", line,
                  "the table header names neither KET nor PENANGGUNG JAWAB as its "
                  "last column; text after the month marks is kept as a note");
  }
  return LastColumn::kKet;
}

void ReportArtifactLine(const SourceLine& line, Diagnostics& diags) {
  std::string text = cell::Trim(line.text);
  if (IsPageNumberLine(text)) {
    diags.Info("page-artifact-removed", line.number,
               fmt::format("page number \"{}\" between table rows removed", text));
  } else {
    diags.Warning("page-artifact-removed", line.number,
                  fmt::format("line without cells between table rows removed as a page "
                              "artefact (running header or site name?): \"{}\"",
                              cell::Excerpt(text, 120)));
  }
}

// The header lines met so far, by their bytes. Each page repeats the same
// header lines, nearly always byte for byte, and whether a line is a title
// or number line depends on its bytes alone, so a line equal to one met is
// one without its cells being read again; the table's header fields were
// set when the first title line was met, so nothing else is missed. Lines
// that are none cost a few length comparisons; the count is capped for
// tables whose headers vary a lot.
class KnownHeaders {
 public:
  bool Contains(std::string_view text) const {
    return std::find(texts_.begin(), texts_.end(), text) != texts_.end();
  }
  void Add(std::string_view text) {
    if (texts_.size() < kMaxTexts) texts_.push_back(text);
  }

 private:
  static constexpr std::size_t kMaxTexts = 16;
  std::vector<std::string_view> texts_;  // views into the table's lines
};

// The typed stand-ins for √ (V or v) met so far, for one note at the end.
struct TypedMarks {
  int count = 0;
  int first_line = 0;
};

// A cell with a running page header/footer in it, without it; each removed
// piece is reported, quoting the cell as it was.
std::string StripFooters(std::string_view cell, int line, Diagnostics& diags) {
  StrippedCell stripped = StripPageArtifacts(cell);
  for (const auto& removed : stripped.removed) {
    diags.Warning("page-artifact-removed", line,
                  fmt::format("running page header/footer \"{}\" removed from the cell "
                              "\"{}\"",
                              removed, cell::Excerpt(cell, 80)));
  }
  return std::move(stripped.text);
}

// The cells of one data row as the row keeps them, each built once from its
// view: check marks as √, running footers out of cells.
void AppendCleanCells(const std::vector<std::string_view>& cells, std::string_view line_text,
                      RawRow& row, TypedMarks& marks, Diagnostics& diags) {
  constexpr std::string_view kMark = "√";
  // A marker word inside a cell is inside its line, so one test of the line
  // spares the cells of nearly every row theirs. Cells are trimmed already,
  // so one without a marker word is kept as it is.
  bool may_hold_artifact = MayHoldPageArtifact(line_text);
  row.cells.reserve(cells.size());
  for (std::string_view c : cells) {
    // Empty cells and plain √ marks, most cells of a row, are settled first.
    if (c.empty()) {
      row.cells.emplace_back();
    } else if (c == kMark) {
      row.cells.emplace_back(kMark);
    } else if (cell::IsCheckMark(c)) {  // V, v or √√: counted as typed
      if (marks.count++ == 0) marks.first_line = row.line;
      row.cells.emplace_back(kMark);
    } else if (may_hold_artifact && MayHoldPageArtifact(c)) {
      row.cells.push_back(StripFooters(c, row.line, diags));
    } else {
      row.cells.emplace_back(c);
    }
  }
}

// A file cut off inside the table ends with a row shorter than the rows the
// converter pads to the header's width.
void CheckTruncation(const RawTable& table, std::size_t header_width, Diagnostics& diags) {
  if (table.rows.size() < 2 || header_width < 17) return;
  const RawRow& last = table.rows.back();
  if (last.cells.size() + 3 < header_width) {
    diags.Warning("truncated", last.line,
                  fmt::format("the table's last row has {} cells where rows have about {}: "
                              "the file seems cut off inside the table",
                              last.cells.size(), header_width));
  }
}

}  // namespace

RawTable ReadTable(const SourceLines& table_lines, Diagnostics& diags) {
  RawTable table;
  std::size_t header_width = 0;
  bool page_start = false;
  TypedMarks marks;
  KnownHeaders known_headers;
  std::vector<std::string_view> cells;
  // Most annex lines are data rows: room for all of them at once, so that
  // rows (each a vector of strings) are never moved as the table grows.
  table.rows.reserve(table_lines.size());
  auto take_header = [&](const SourceLine& line) {
    table.header_lines.push_back(line.number);
    page_start = !table.rows.empty();
  };
  for (const auto& line : table_lines) {
    if (known_headers.Contains(line.text)) {
      take_header(line);
      continue;
    }
    // Tested before the split: a number line has ten cells or more and no
    // title-like one, so the no-TAB and title-line tests below, which used
    // to come first, would have let it through anyway.
    if (IsNumberLine(line.text)) {
      known_headers.Add(line.text);
      take_header(line);
      continue;
    }
    LineShape shape = SplitCells(line.text, cells);
    if (cells.size() == 1) {  // no TAB: blank, or not table content
      if (cells.front().empty()) continue;
      if (table.found) {
        ReportArtifactLine(line, diags);
        page_start = !table.rows.empty();
      }
      continue;
    }
    if (shape.title_like >= 3 && IsTitleRow(cells)) {
      if (!table.found) {
        table.found = true;
        table.header_line = line.number;
        table.last_column = DetectLastColumn(cells, line.number, diags);
        header_width = cells.size();
      }
      known_headers.Add(line.text);
      take_header(line);
      continue;
    }
    if (shape.filled == 0) continue;  // a blank line
    if (!table.found) {
      diags.Warning("text-unassigned", line.number,
                    fmt::format("table row before the table header, not read: \"{}\"",
                                cell::Excerpt(TitleKey(cells), 120)));
      continue;
    }
    RawRow& row = table.rows.emplace_back();
    row.line = line.number;
    row.starts_page = page_start;
    AppendCleanCells(cells, line.text, row, marks, diags);
    page_start = false;
  }
  if (!table.found) {
    diags.Error("table-not-found", table_lines.empty() ? 0 : table_lines.front().number,
                "no action-plan table found: no header row naming AREA PERUBAHAN / "
                "KEGIATAN / INDIKATOR");
    return table;
  }
  if (marks.count > 0) {
    diags.Info("check-mark-normalized", marks.first_line,
               fmt::format("{} check marks typed as V/v read as √", marks.count));
  }
  CheckTruncation(table, header_width, diags);
  return table;
}

}  // namespace renaksi
