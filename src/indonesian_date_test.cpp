#include "indonesian_date.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include <fmt/format.h>
#include <re2/re2.h>

namespace renaksi {

TEST_CASE("ParseIndonesianDate reads day, Indonesian month and year") {
  CHECK(ParseIndonesianDate("6 Januari 2026") == "2026-01-06");
  CHECK(ParseIndonesianDate("22 Januari 2026") == "2026-01-22");
  CHECK(ParseIndonesianDate("1 Maret 2025") == "2025-03-01");
  CHECK(ParseIndonesianDate("01 Desember 2025") == "2025-12-01");
  CHECK(ParseIndonesianDate("17 AGUSTUS 1945") == "1945-08-17");
  CHECK(ParseIndonesianDate("3 Pebruari 2020") == "2020-02-03");
  CHECK(ParseIndonesianDate("30 Nopember 2019") == "2019-11-30");
  CHECK(ParseIndonesianDate("29 Februari 2024") == "2024-02-29");
}

TEST_CASE("ParseIndonesianDate rejects what is not a real date") {
  CHECK_FALSE(ParseIndonesianDate("29 Februari 2025").has_value());
  CHECK_FALSE(ParseIndonesianDate("31 April 2025").has_value());
  CHECK_FALSE(ParseIndonesianDate("0 Mei 2025").has_value());
  CHECK_FALSE(ParseIndonesianDate("6 January 2026").has_value());
  CHECK_FALSE(ParseIndonesianDate("6 Januari").has_value());
  CHECK_FALSE(ParseIndonesianDate("").has_value());
}

TEST_CASE("ParseIndonesianDate reads the text as its pattern does") {
  static const RE2 kDate(R"(\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*)");
  for (std::string text :
       {"6 Mei 2026", " \t6  Mei\f2026\r\n", "06 Mei 2026", "006 Mei 2026", "6Mei 2026", "6 Mei2026",
        "6 Mei 202", "6 Mei 20261", "6 Mei 2026 x", "x6 Mei 2026", "6 Me-i 2026", "6 Mei 2026.",
        "00 Mei 2026", "31 Juni 0000", "29 Februari 2000", "29 Februari 1900", "6  MEI  2026 "}) {
    INFO("text: ", text);
    int day = 0;
    int year = 0;
    std::string month;
    std::optional<std::string> expected;
    if (RE2::FullMatch(text, kDate, &day, &month, &year)) {
      auto number = IndonesianMonth(month);
      if (number && day >= 1 && day <= 31) {
        expected = fmt::format("{:04d}-{:02d}-{:02d}", year, *number, day);
      }
    }
    std::optional<std::string> got = ParseIndonesianDate(text);
    // Days past the month's end are rejected too; the pattern decides the rest.
    if (got) CHECK(got == expected);
    if (!expected) CHECK_FALSE(got.has_value());
  }
}

TEST_CASE("IndonesianMonth ignores case") {
  CHECK(IndonesianMonth("MEI") == 5);
  CHECK(IndonesianMonth("desember") == 12);
  CHECK_FALSE(IndonesianMonth("Mai").has_value());
}

}  // namespace renaksi
