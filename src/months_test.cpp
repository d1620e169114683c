#include <doctest/doctest.h>

#include "months.h"

namespace renaksi::rec {
namespace {

TEST_CASE("months: sorted, unique, clamped past December") {
  MonthSet set;
  set.Add({{6, 10}, {13, 17}, {6, 10}, {1, 5}});
  CHECK(set.Months() == std::vector<int>{1, 6, 12});
  MonthSet none;
  none.Add({});
  CHECK(none.Months().empty());
}

TEST_CASE("months: compact formatting") {
  CHECK(FormatMonths({1, 2, 3, 4, 6, 12}) == "1–4, 6, 12");
  CHECK(FormatMonths({3, 4}) == "3, 4");
  CHECK(FormatMonths({}) == "none");
  CHECK(FormatMonths({5, 4, 4, 9}) == "4, 5, 9");  // sorted and unique first
}

TEST_CASE("months: the widest ranges of numbers are written whole") {
  CHECK(FormatMonths({-2000000000, -1000000001, -1000000000, -999999999}) ==
        "-2000000000, -1000000001–-999999999");
  CHECK(FormatMonths({-2000000000, -1000000001, -1000000000}) ==
        "-2000000000, -1000000001, -1000000000");
}

TEST_CASE("months: a month set is the union of every row's marks") {
  const std::vector<MarkedMonth> first = {{6, 10}, {13, 17}, {0, 4}};
  const std::vector<MarkedMonth> second = {{1, 5}, {6, 10}, {2, 6}};
  MonthSet set;
  set.Add(first);
  set.Add(second);
  CHECK(set.Months() == std::vector<int>{1, 2, 6, 12});
  CHECK(MonthSet().Months().empty());
}

TEST_CASE("months: ranges appended to a text") {
  std::string out = "months ";
  AppendMonths(out, {3, 1, 2, 2, 7});
  CHECK(out == "months 1–3, 7");
}

}  // namespace
}  // namespace renaksi::rec
