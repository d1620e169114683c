#include <doctest/doctest.h>

#include <re2/re2.h>

#include "cell_text.h"

namespace renaksi {
namespace {

TEST_CASE("cell text: check marks are the pattern \\s*(?:√+|[Vv])\\s*") {
  static const RE2 kMark(R"(\s*(?:√+|[Vv])\s*)");
  for (const char* text :
       {"√", " √ ", "√√√", "V", "v", "\tv\r\n", "\f√\f", "", " ", "VV", "Vv", "√V", "√ √",
        "\xE2\x88", "\xE2\x88\x9A\xE2", "x√", "√x", "\xE2\x9C\x93", "vote", "\v√"}) {
    INFO("cell: \"", text, "\"");
    CHECK(cell::IsCheckMark(text) == RE2::FullMatch(text, kMark));
  }
}

TEST_CASE("cell text: trimming removes spaces, TABs, CRs and LFs only") {
  CHECK(cell::TrimmedView(" \t a b \r\n") == "a b");
  CHECK(cell::TrimmedView("\f a") == "\f a");
  CHECK(cell::TrimmedView("  ").empty());
  CHECK(cell::Trim(" x ") == "x");
}

TEST_CASE("cell text: fragments join with one space") {
  CHECK(cell::JoinFragment(" Pembangunan ", " zona integritas ") == "Pembangunan zona integritas");
  CHECK(cell::JoinFragment("", " b") == "b");
  CHECK(cell::JoinFragment("a ", "") == "a");
  CHECK(cell::EndsComplete("selesai. "));
  CHECK_FALSE(cell::EndsComplete(" "));
}

TEST_CASE("cell text: KeepOnly cuts a string down to a view into it, in place") {
  std::string text = "  1. Rapat koordinasi ;  ";
  const std::string_view part = std::string_view(text).substr(5, 16);
  REQUIRE(part == "Rapat koordinasi");
  cell::KeepOnly(text, part);
  CHECK(text == "Rapat koordinasi");
  std::string whole = "abc";
  cell::KeepOnly(whole, whole);
  CHECK(whole == "abc");
  cell::KeepOnly(whole, std::string_view(whole).substr(3));
  CHECK(whole.empty());
}

}  // namespace
}  // namespace renaksi
