#include "next_byte.h"

#include <string_view>

#include <doctest/doctest.h>

namespace renaksi {
namespace {

TEST_CASE("next byte: the next position from growing starts") {
  constexpr std::string_view text = "a,b,,c";
  NextByte comma(text, ',');
  CHECK(comma.From(0) == 1);
  CHECK(comma.From(1) == 1);
  CHECK(comma.From(2) == 3);
  CHECK(comma.From(4) == 4);
  CHECK(comma.From(5) == std::string_view::npos);
  CHECK(comma.From(text.size()) == std::string_view::npos);
}

TEST_CASE("next byte: a byte the text lacks is never found") {
  NextByte semicolon("a,b", ';');
  CHECK(semicolon.From(0) == std::string_view::npos);
  CHECK(semicolon.From(3) == std::string_view::npos);
}

}  // namespace
}  // namespace renaksi
