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

}  // namespace
}  // namespace renaksi::rec
