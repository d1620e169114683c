#include <doctest/doctest.h>

#include "months.h"

namespace renaksi::rec {
namespace {

TEST_CASE("months: sorted, unique, clamped past December") {
  auto c = ClampMonths({{6, 10}, {13, 17}, {6, 10}, {1, 5}});
  CHECK(c.months == std::vector<int>{1, 6, 12});
  REQUIRE(c.overflow.size() == 1);
  CHECK(c.overflow[0].column == 17);
  CHECK(ClampMonths({}).months.empty());
}

TEST_CASE("months: compact formatting") {
  CHECK(FormatMonths({1, 2, 3, 4, 6, 12}) == "1–4, 6, 12");
  CHECK(FormatMonths({3, 4}) == "3, 4");
  CHECK(FormatMonths({}) == "none");
}

TEST_CASE("months: a month set is ClampMonths' months of all its marks") {
  const std::vector<MarkedMonth> first = {{6, 10}, {13, 17}, {0, 4}};
  const std::vector<MarkedMonth> second = {{1, 5}, {6, 10}};
  MonthSet set;
  set.Add(first);
  set.Add(second);
  std::vector<MarkedMonth> all = first;
  all.insert(all.end(), second.begin(), second.end());
  CHECK(set.Months() == ClampMonths(all).months);
  CHECK(MonthSet().Months().empty());
}

TEST_CASE("months: ranges appended to a text") {
  std::string out = "months ";
  AppendMonths(out, {3, 1, 2, 2, 7});
  CHECK(out == "months 1–3, 7");
}

}  // namespace
}  // namespace renaksi::rec
