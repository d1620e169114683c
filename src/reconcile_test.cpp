#include <doctest/doctest.h>

#include <algorithm>

#include "cell_text.h"
#include "plan_work.h"
#include "table_test_support.h"

namespace renaksi {
namespace {

using testing::PageHeader;
using testing::Row;
using testing::WithMarks;

TEST_CASE("reconcile: a quoted excerpt is cell::Excerpt in quotes") {
  for (std::string_view text : {"pendek", "Penyusunan dokumen rencana aksi reformasi birokrasi",
                                "Kéé ééé éé", "\xE2\x88\x9A\xE2\x88\x9A\xE2\x88\x9A"}) {
    for (std::size_t max : {0, 1, 4, 7, 10, 70}) {
      CHECK(rec::Message(FMT_COMPILE("{}"), rec::Quoted(text, max)) ==
            "\"" + cell::Excerpt(text, max) + "\"");
    }
  }
}

Plan Run(const std::string& text, Diagnostics& diags) {
  testing::Extracted e = testing::ExtractTable(text);
  diags = e.diags;
  return e.plan;
}

bool HasFlag(const SubActivity& s, const std::string& flag) {
  return std::find(s.flags.begin(), s.flags.end(), flag) != s.flags.end();
}

TEST_CASE("reconcile: responsible units of merged cells, never across an area") {
  std::string pj = "PENANGGUNG JAWAB";
  std::string text =
      PageHeader(pj) +
      Row(WithMarks({"1.", "Manajemen Perubahan", "Kegiatan A", "1. Sub satu", "Ind"}, {5}), 18) + "\t\tSubbag Umum\n" +
      Row(WithMarks({"", "", "", "2. Sub dua", "Ind"}, {6})) + "\n" +
      Row(WithMarks({"", "", "Kegiatan B", "1. Sub tiga", "Ind"}, {7})) + "\n" +
      Row(WithMarks({"", "", "", "2. Sub empat", "Ind"}, {8})) + "\n" +
      Row({"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Subbag Hukum"}) + "\n" +
      Row(WithMarks({"2.", "Penguatan Pengawasan", "Kegiatan C", "1. Sub lima", "Ind"}, {9})) + "\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  REQUIRE(p.areas.size() == 2);
  const auto& a = p.areas[0].activities;
  CHECK(a[0].sub_activities[0].responsible == "Subbag Umum");
  CHECK(a[0].sub_activities[1].responsible == "Subbag Umum");  // span printed on its first row
  CHECK(HasFlag(a[0].sub_activities[1], "responsible-inherited"));
  CHECK(a[1].sub_activities[0].responsible == "Subbag Hukum");  // printed alone after its last row
  CHECK(HasFlag(a[1].sub_activities[0], "responsible-inherited"));
  CHECK(a[1].sub_activities[1].responsible == "Subbag Hukum");
  CHECK_FALSE(HasFlag(a[1].sub_activities[1], "responsible-inherited"));
  // the next area does not inherit across its boundary
  CHECK(p.areas[1].activities[0].sub_activities[0].responsible == std::nullopt);
  CHECK(diags.HasCode("responsible-own-line"));
}

TEST_CASE("reconcile: KET layout keeps text right of the marks as a note") {
  std::string text = PageHeader("KET") +
                     Row(WithMarks({"1.", "Manajemen Perubahan", "K", "1. S", "I"}, {5}), 18) +
                     "\tcatatan khusus\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  const auto& s = p.areas.at(0).activities.at(0).sub_activities.at(0);
  CHECK(s.note == "catatan khusus");
  CHECK(s.responsible == std::nullopt);
  CHECK(s.months == std::vector<int>{1});
}

TEST_CASE("reconcile: multi-row sub-activity, months-none, numbering gap and duplicate") {
  std::string text = PageHeader() +
                     Row(WithMarks({"1.", "Manajemen Perubahan", "K", "1. Sub", "1. Ind satu"}, {5})) + "\n" +
                     Row(WithMarks({"", "", "", "", "2. Ind dua"}, {9, 10})) + "\n" +
                     Row({"", "", "", "3. Sub tanpa tanda", "Ind"}) + "\n" +
                     Row(WithMarks({"", "", "", "3. Sub lagi", "Ind"}, {6})) + "\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  const auto& subs = p.areas.at(0).activities.at(0).sub_activities;
  REQUIRE(subs.size() == 3);
  CHECK(subs[0].months == std::vector<int>{1, 5, 6});
  CHECK(subs[0].indicators == std::vector<std::string>{"Ind satu", "Ind dua"});
  CHECK(HasFlag(subs[0], "multi-row"));
  CHECK(HasFlag(subs[1], "months-none"));
  CHECK(HasFlag(subs[1], "numbering-gap"));
  CHECK(HasFlag(subs[2], "numbering-duplicate"));
  CHECK(subs[2].no == 3);
}

TEST_CASE("reconcile: an activity in the NO column of a shifted row is named where it is printed") {
  std::string text = PageHeader("PENANGGUNG JAWAB") +
                     Row(WithMarks({"1.", "Penguatan Pengawasan", "Kegiatan A", "1. Sub satu", "Ind"}, {5}), 18) +
                     "\tSubbag Umum\n" +
                     Row(WithMarks({"", "", "", "2. Sub dua", "Ind"}, {6})) + "\n" +
                     Row({"Kegiatan B", "", "1. Sub tiga", "Ind tiga", "", "\u221a"}) + "\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  REQUIRE(p.areas.size() == 1);
  REQUIRE(p.areas[0].activities.size() == 2);
  CHECK(p.areas[0].activities[1].name == "Kegiatan B");
  bool named = false;
  for (const auto& d : diags.items()) {
    if (d.code == "row-shift-repaired" && d.message.find("\"Kegiatan B\" printed in column 1 (NO)") != std::string::npos) {
      named = true;
    }
  }
  CHECK(named);
}

// The message of the first diagnostic with `code`, or "" when there is none.
std::string MessageOf(const Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.items()) {
    if (d.code == code) return d.message;
  }
  return "";
}

TEST_CASE("reconcile: numbering carried on from the previous activity is said so") {
  std::string text = PageHeader() +
                     Row(WithMarks({"1.", "Manajemen Perubahan", "Kegiatan A", "1. Sub satu", "I"}, {5})) + "\n" +
                     Row(WithMarks({"", "", "", "2. Sub dua", "I"}, {6})) + "\n" +
                     Row(WithMarks({"", "", "Kegiatan B", "3. Sub tiga", "I"}, {7})) + "\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  REQUIRE(p.areas.at(0).activities.size() == 2);
  CHECK(p.areas[0].activities[1].sub_activities.at(0).no == 1);
  CHECK(MessageOf(diags, "numbering-gap").find("carries on the numbering of the previous one "
                                               "(which ends at 2)") != std::string::npos);
}

TEST_CASE("reconcile: an unnumbered first sub-activity says the labels after it lag") {
  std::string text = PageHeader() +
                     Row(WithMarks({"1.", "Manajemen Perubahan", "Kegiatan A", "Sub tanpa nomor", "I"}, {5})) + "\n" +
                     Row(WithMarks({"", "", "", "1. Sub satu", "I"}, {6})) + "\n" +
                     Row(WithMarks({"", "", "", "2. Sub dua", "I"}, {7})) + "\n";
  Diagnostics diags;
  Plan p = Run(text, diags);
  const auto& subs = p.areas.at(0).activities.at(0).sub_activities;
  REQUIRE(subs.size() == 3);
  CHECK(subs[1].label == "1.");
  CHECK(subs[1].no == 2);
  CHECK(MessageOf(diags, "numbering-inferred")
            .find("the printed labels after it run 1 below their position (\"1.\" is number 2)") !=
        std::string::npos);
}

TEST_CASE("reconcile: no table gives an empty plan") {
  Diagnostics diags;
  Plan p = Reconcile(RawTable{}, diags);
  CHECK_FALSE(p.table_found);
  CHECK(p.areas.empty());
}

}  // namespace
}  // namespace renaksi
