#include <doctest/doctest.h>

#include "row_roles.h"
#include "table_test_support.h"

namespace renaksi::rec {
namespace {

RawRow Raw(std::vector<std::string> cells) { return RawRow{10, std::move(cells), false}; }

TEST_CASE("row roles: a lone label joins the next cell and shifts the rest") {
  const RawRow row_raw = Raw(testing::WithMarks(
      {"2.", "Penataan Peraturan", "1.", "Evaluasi berkala", "Pemetaan", "Adanya data"}, {6, 7}));
  ParsedRow row = ParseRow(row_raw);
  REQUIRE(row.leading.size() == 5);
  CHECK(row.leading[0].number->text == "2.");
  CHECK(row.leading[2].col == kActivity);
  CHECK(row.leading[2].number->text == "1.");
  CHECK(row.leading[2].text == "Evaluasi berkala");
  CHECK(row.leading[4].col == kIndicator);
  CHECK(row.marks == std::vector<int>{5, 6});
  REQUIRE(row.joined_numbers.size() == 1);  // "2." in the NO column is not joined
  CHECK(row.joined_numbers[0].label == "1.");
  CHECK_FALSE(row.joined_numbers[0].next_empty);
  Reading r = ChooseReading(row, Context{});
  CHECK(r.shift == 0);
  CHECK(r.Months() == std::vector<int>{1, 2});
  REQUIRE(r.area);
  CHECK(r.area->text == "Penataan Peraturan");
}

TEST_CASE("row roles: an empty name after a lone label stays empty") {
  const RawRow row_raw = Raw(testing::WithMarks({"", "", "2.", "", "1. Sub", "1. Ind"}, {6}));
  ParsedRow row = ParseRow(row_raw);
  Reading r = ChooseReading(row, Context{true, 1, 1, LabelStyle::kDot, 1, 1, LabelStyle::kDot, 0});
  REQUIRE(r.activity);
  CHECK(r.activity->text.empty());
  CHECK(r.activity->number->number == 2);
  CHECK(r.Months() == std::vector<int>{1});
  // The repair message must not claim a name was joined: none was printed.
  REQUIRE(row.joined_numbers.size() == 1);
  CHECK(row.joined_numbers[0].label == "2.");
  CHECK(row.joined_numbers[0].next_empty);
}

TEST_CASE("row roles: marks in the indicator column force a left shift") {
  // sub-activity in the activity column, indicator in the sub column, mark in column 4
  const RawRow row_raw = Raw(testing::WithMarks({"", "", "2) Diskusi", "2. Rencana"}, {4}));
  ParsedRow row = ParseRow(row_raw);
  Context c{true, 1, 1, LabelStyle::kParen, 1, 1, LabelStyle::kParen, 0};
  Reading r = ChooseReading(row, c);
  CHECK(r.shift == -1);
  REQUIRE(r.sub);
  CHECK(r.sub->text == "2) Diskusi");
  CHECK(r.Months() == std::vector<int>{1});
}

TEST_CASE("row roles: numbering decides between activity and sub-activity") {
  // "8." follows sub-activities 1..7: a sub-activity read one column left
  const RawRow row_raw = Raw(testing::WithMarks({"", "", "8. Pelaporan", "Tepat waktu"}, {6}));
  ParsedRow row = ParseRow(row_raw);
  Context after_seven{true, 1, std::nullopt, std::nullopt, 7, 7, LabelStyle::kDot, 0};
  Reading sub = ChooseReading(row, after_seven);
  CHECK(sub.shift == -1);
  REQUIRE(sub.sub);
  CHECK(sub.Months() == std::vector<int>{3});
  // "4." follows activities 1..3: an activity with its sub-activity, by the header
  const RawRow act_row_raw = Raw(testing::WithMarks({"", "", "4. Partisipasi", "1. A 2. B"},
                                                      {5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
  ParsedRow act_row = ParseRow(act_row_raw);
  Context after_three{true, 3, 3, LabelStyle::kDot, 1, std::nullopt, std::nullopt, 0};
  Reading act = ChooseReading(act_row, after_three);
  CHECK(act.shift == 0);
  REQUIRE(act.activity);
  CHECK(act.Months().size() == 12);
}

TEST_CASE("row roles: text past the indicator column means a right shift") {
  const RawRow row_raw = Raw(testing::WithMarks({"", "", "", "", "2. Sub", "Indikator"}, {17}));
  ParsedRow row = ParseRow(row_raw);
  Reading r = ChooseReading(row, Context{true, 1, 1, LabelStyle::kDot, 1, 1, LabelStyle::kDot, 0});
  CHECK(r.shift == 1);
  CHECK(r.Months() == std::vector<int>{12});
}

TEST_CASE("row roles: an activity name in the NO or AREA column") {
  const RawRow row_raw =
      Raw(testing::WithMarks({"Peningkatan SPIP di lingkungan", "", "1. Pembangunan", "Adanya tim"}, {5}));
  ParsedRow row = ParseRow(row_raw);
  Reading r = ChooseReading(row, Context{true, 4, std::nullopt, std::nullopt, 3, 3, LabelStyle::kDot, 0});
  REQUIRE(r.activity);
  CHECK(r.activity->text == "Peningkatan SPIP di lingkungan");
  CHECK(r.activity_source != ActivitySource::kColumn);
  REQUIRE(r.sub);
  CHECK(r.sub->text == "1. Pembangunan");
  // an unnumbered area name in the AREA column is an area
  const RawRow area_raw = Raw(testing::WithMarks(
      {"", "Peningkatan Kualitas Pelayanan Publik", "Budaya prima", "1. Usaha", "Dokumen"}, {7}));
  ParsedRow area = ParseRow(area_raw);
  Reading ra = ChooseReading(area, Context{true, 8, std::nullopt, std::nullopt, 1, 1, LabelStyle::kDot, 0});
  REQUIRE(ra.area);
  CHECK_FALSE(ra.area_label);
  CHECK(ra.Months() == std::vector<int>{3});
}

TEST_CASE("row roles: tail text right of the marks") {
  const RawRow row_raw = Raw(testing::WithMarks({"", "", "", "S", "I", "", "", "", "", "", "", "",
                                                   "", "", "", "", "", "", "", "Subbag Umum"},
                                                  {5}));
  ParsedRow row = ParseRow(row_raw);
  REQUIRE(row.tail.size() == 1);
  CHECK(row.tail[0].text == "Subbag Umum");
}

TEST_CASE("row roles: the text after a label is LeadingLabel's rest") {
  for (std::string_view text : {"1. Penyusunan SOP", "2)\f  Rapat ", "a.\tEvaluasi;", "3.", "12) x"}) {
    std::string rest;
    const std::optional<Label> label = LeadingLabel(text, &rest);
    REQUIRE(label);
    CHECK(TextAfterLabel(text, *label) == rest);
  }
}

TEST_CASE("row roles: a cell keeps its label and area-name answers") {
  const Cell cell(kActivity, kActivity, "1. Penataan Organisasi", std::nullopt);
  const std::optional<Label>& label = CellLabel(cell);
  REQUIRE(label);
  CHECK(label->number == 1);
  CHECK(&CellLabel(cell) == &label);  // the kept answer, not worked out again
  CHECK(IsAreaNameCell(cell));
  CHECK_FALSE(IsAreaNameCell(Cell(kActivity, kActivity, "Penyusunan SOP", std::nullopt)));
}

}  // namespace
}  // namespace renaksi::rec
