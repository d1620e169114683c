#include "indonesian_date.h"

#include <doctest/doctest.h>

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

TEST_CASE("IndonesianMonth ignores case") {
  CHECK(IndonesianMonth("MEI") == 5);
  CHECK(IndonesianMonth("desember") == 12);
  CHECK_FALSE(IndonesianMonth("Mai").has_value());
}

}  // namespace renaksi
