#include <doctest/doctest.h>

#include "continuation.h"

namespace renaksi::rec {
namespace {

// The texts are literals: a Cell views its text.
Cell At(int col, std::string_view text) { return Cell{col, col, text, std::nullopt}; }

TEST_CASE("continuation: links") {
  Context c{true, 1, std::nullopt, std::nullopt, 3, 3, LabelStyle::kDot, 0};
  std::string open = "terutama yang terkait dengan";
  std::string done = "minimal 2 (dua) kali dalam setahun;";
  std::string colon = "3. Penyelenggaraan Integritas di lingkungan kerja:";
  std::string inner = "Terselenggaranya: 1) A 2) B";
  CHECK(Classify(At(3, "elayanan kepada publik;"), kSub, &open, c) == Link::kStrong);
  CHECK(Classify(At(4, "/ pemberian reward"), kIndicator, &open, c) == Link::kStrong);
  CHECK(Classify(At(3, "1) Penandatanganan Pakta"), kSub, &colon, c) == Link::kStrong);
  CHECK(Classify(At(4, "3) Kegiatan pengendalian"), kIndicator, &inner, c) == Link::kStrong);
  CHECK(Classify(At(4, "Perubahan di lingkungan"), kIndicator, &open, c) == Link::kWeak);
  CHECK(Classify(At(4, "Perubahan di lingkungan"), kIndicator, &done, c) == Link::kNeutral);
  CHECK(Classify(At(3, "4. Sub berikut"), kSub, &open, c) == Link::kStarts);
  CHECK(Classify(At(1, "Penguatan Pengawasan"), kArea, &open, c) == Link::kStarts);
  CHECK(Classify(At(4, "lanjutan"), kIndicator, nullptr, c) == Link::kNoTarget);
}

TEST_CASE("continuation: a fragment right of the header is right-aligned") {
  ParsedRow row;
  row.leading = {At(4, "Benturan Kepentingan bagi Anggota"), At(5, "benturan kepentingan dari")};
  auto cells = MapFragment(row);
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].role == kSub);
  CHECK(cells[1].role == kIndicator);
  ParsedRow activity;
  activity.leading = {At(2, "kerja/satuan kerja")};
  CHECK(MapFragment(activity)[0].role == kActivity);
}

TEST_CASE("continuation: plan for a row with and without marks") {
  Context c{true, 1, std::nullopt, std::nullopt, 5, 5, LabelStyle::kDot, 0};
  std::string sub = "5. Pembangunan instrumen terutama yang";
  std::string ind = "1. Tersedianya instrumen.";
  PreviousTexts prev;
  prev.line = 94;
  prev.by_role[kSub] = &sub;
  prev.by_role[kIndicator] = &ind;
  ParsedRow with_marks;
  with_marks.leading = {At(3, "terkait dengan pelayanan kepada publik."), At(4, "2. Pembangunan survei")};
  with_marks.marks = {10, 16};
  auto plan = PlanContinuation(with_marks, prev, c, std::nullopt);
  REQUIRE(plan.merge.size() == 1);
  CHECK(plan.merge[0].role == kSub);
  ParsedRow no_marks = with_marks;
  ParsedRow rest = with_marks;
  DropPlanned(rest, PlanContinuation(rest, prev, c, std::nullopt));
  REQUIRE(rest.leading.size() == 1);
  CHECK(rest.leading[0].text == "2. Pembangunan survei");

  no_marks.marks.clear();
  CHECK(PlanContinuation(no_marks, prev, c, std::nullopt).merge.size() == 2);

  ParsedRow starter;
  starter.leading = {At(3, "6. Sub baru"), At(4, "lanjutan kecil")};
  CHECK(PlanContinuation(starter, prev, c, std::nullopt).merge.empty());
}

TEST_CASE("continuation: a lowercase fragment of a lost row is an orphan") {
  Context c{true, 1, std::nullopt, std::nullopt, 1, 1, LabelStyle::kDot, 0};
  std::string ind = "Survei dilakukan minimal 2 (dua) kali dalam setahun;";
  PreviousTexts prev;
  prev.by_role[kIndicator] = &ind;
  ParsedRow row;
  row.leading = {At(4, "offline;")};
  auto gap = PlanContinuation(row, prev, c, 3);
  CHECK(gap.merge.empty());
  CHECK(gap.orphans.size() == 1);
  auto no_gap = PlanContinuation(row, prev, c, 2);
  CHECK(no_gap.merge.size() == 1);
}

}  // namespace
}  // namespace renaksi::rec
