// Tests of the RapidJSON-based writer: it must give nlohmann's bytes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_writer.h"

namespace renaksi::json {
namespace {

std::string Written(std::string_view text) {
  Buffer buffer;
  CompactWriter writer(buffer);
  String(writer, text);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool Differs(std::string_view text) { return ClassifyEscapes(text) == Escapes::kDiffer; }
bool Verbatim(std::string_view text) { return ClassifyEscapes(text) == Escapes::kNone; }

std::string Nlohmann(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST_CASE("json writer: plain text and UTF-8 go through RapidJSON") {
  CHECK(!Differs("Manajemen Perubahan, \"FGD\" \\ 100%"));
  CHECK(!Differs("√ tanda \xE2\x80\x94 centang"));
  CHECK(!Differs("tab\tand\nnewline\r\b\f"));
  CHECK(!Differs(""));
}

TEST_CASE("json writer: control bytes and invalid UTF-8 are left to nlohmann") {
  CHECK(Differs("bell\x07"));
  CHECK(Differs("unit separator \x1F here"));
  CHECK(Differs("cut \xC3"));
  CHECK(Differs("\xFF\xFE"));
  CHECK(Differs("surrogate \xED\xA0\x80"));
  // Past the eight-byte fast path too.
  CHECK(Differs("abcdefghijklmnop\x01qrstuvwx"));
  CHECK(Differs("abcdefghijklmnop\xC3qrstuvwx"));
}

TEST_CASE("json writer: every string is written as nlohmann writes it") {
  const std::vector<std::string> cases = {
      "", "plain", "quote \" and backslash \\", "tab\tnew\nline", "\x01\x0B\x0E\x1A\x1F",
      "del \x7F", "√ ✓ ✔", "cut \xC3", "\xFF lone", "abcdefgh\x0Bijklmnop", "é",
      std::string("nul \0 inside", 12)};
  for (const auto& text : cases) {
    CAPTURE(text);
    CHECK(Written(text) == Nlohmann(text));
  }
}

TEST_CASE("json writer: pretty output matches dump(2), reindented") {
  Buffer buffer;
  PrettyWriter writer(buffer);
  IndentLikeDump(writer);
  writer.StartObject();
  Key(writer, "a");
  writer.StartArray();
  writer.Int(1);
  writer.Int(2);
  writer.EndArray();
  Key(writer, "empty");
  writer.StartObject();
  writer.EndObject();
  Key(writer, "none");
  writer.StartArray();
  writer.EndArray();
  Key(writer, "s");
  String(writer, "x\x01");
  writer.EndObject();
  std::string pretty(buffer.GetString(), buffer.GetSize());
  nlohmann::ordered_json expected = {{"a", {1, 2}},
                                     {"empty", nlohmann::ordered_json::object()},
                                     {"none", nlohmann::ordered_json::array()},
                                     {"s", "x\x01"}};
  CHECK(pretty == expected.dump(2));
  CHECK(Reindent("{\n  \"a\": 1\n}", "    ") == "{\n      \"a\": 1\n    }");
}

TEST_CASE("json writer: a special byte is found at any offset of a long text") {
  // Past both fast paths (16 bytes with SSE2, 8 without) and in their tails.
  const std::string plain(40, 'a');
  const std::vector<std::pair<std::string, Escapes>> specials = {
      {"\"", Escapes::kAlike}, {"\\", Escapes::kAlike}, {"\n", Escapes::kAlike},
      {"\x01", Escapes::kDiffer}, {"\xC3", Escapes::kDiffer}, {"\xC3\xA9", Escapes::kNone}};
  for (const auto& [special, expected] : specials) {
    for (std::size_t at = 0; at <= plain.size(); ++at) {
      std::string text = plain.substr(0, at) + special + plain.substr(at);
      CAPTURE(text);
      CHECK(ClassifyEscapes(text) == expected);
      CHECK(Written(text) == Nlohmann(text));
    }
  }
  // Strings shorter than a block, and ones ending in a partial block, with
  // the special byte anywhere in them.
  for (std::size_t length = 0; length <= 33; ++length) {
    for (const auto& [special, expected] : specials) {
      for (std::size_t at = 0; at <= length; ++at) {
        std::string text = plain.substr(0, at) + special + plain.substr(0, length - at);
        CAPTURE(text);
        CHECK(ClassifyEscapes(text) == expected);
      }
    }
    CHECK(ClassifyEscapes(plain.substr(0, length)) == Escapes::kNone);
  }
  // A quote early does not hide a control byte later.
  CHECK(ClassifyEscapes("\"" + plain + "\x02" + plain) == Escapes::kDiffer);
}

TEST_CASE("json writer: only text with nothing to escape is copied verbatim") {
  CHECK(Verbatim("Manajemen Perubahan 2026, tahap (1)"));
  CHECK(Verbatim("√ tanda \xE2\x80\x94 centang é"));
  CHECK(Verbatim(""));
  CHECK(!Verbatim("a \"quoted\" word"));
  CHECK(!Verbatim("back\\slash"));
  CHECK(!Verbatim("tab\there"));
  CHECK(!Verbatim("cut \xC3"));
  CHECK(!Verbatim("abcdefghijklmnop\"qrstuvwx"));
  CHECK(!Verbatim("abcdefghijklmnop\\qrstuvwx"));
}

TEST_CASE("json writer: the nested writer's strings are nlohmann's too") {
  const std::vector<std::string> cases = {
      "", "plain words of a decree", "quote \" and backslash \\", "tab\tnew\nline",
      "\x01\x0B", "√ ✓ ✔", "cut \xC3", "abcdefghijklmnop\"qrstuvwx"};
  NestedPrettyWriter writer(0, 0);
  writer.StartArray();
  for (const auto& text : cases) String(writer, text);
  writer.EndArray();
  nlohmann::json expected = cases;
  CHECK(writer.Finish() ==
        expected.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST_CASE("json writer: the nested writer escapes a string's middle wherever it lies") {
  // Special bytes after and before plain runs of every length around the
  // 16-byte blocks, alone and several in one string.
  const std::string plain(40, 'a');
  const std::vector<std::string> specials = {
      "\"",         "\\",     "\n",        "\x01",           "\xC3",
      "\xC3\xA9",   "\"x\"",   "\xE2\x80\xA6", "\"\xE2\x80\xA6\"", "\xC3\xA9 \"x\" \x7F \xC3\xA9"};
  std::vector<std::string> cases;
  for (const auto& special : specials) {
    for (std::size_t before = 0; before <= 33; ++before) {
      for (std::size_t after : {0, 1, 15, 16, 17, 33}) {
        cases.push_back(plain.substr(0, before) + special + plain.substr(0, after));
      }
    }
  }
  NestedPrettyWriter writer(0, 0);
  writer.StartArray();
  for (const auto& text : cases) String(writer, text);
  writer.EndArray();
  nlohmann::json expected = cases;
  CHECK(writer.Finish() == expected.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST_CASE("json writer: the nested writer takes strings longer than its block") {
  std::string text(10000, 'x');
  text[5000] = '"';
  NestedPrettyWriter writer(0, 0);
  writer.StartArray();
  String(writer, std::string(9000, 'y'));
  String(writer, text);
  writer.EndArray();
  nlohmann::json expected = {std::string(9000, 'y'), text};
  CHECK(writer.Finish() == expected.dump(2));
}

TEST_CASE("json writer: a nested writer indents as if spliced two levels deep") {
  NestedPrettyWriter writer(2, 0);
  writer.StartObject();
  Key(writer, "lines");
  writer.StartArray();
  writer.Int(3);
  writer.EndArray();
  Key(writer, "empty");
  writer.StartArray();
  writer.EndArray();
  writer.EndObject();
  nlohmann::ordered_json expected = {{"lines", {3}}, {"empty", nlohmann::ordered_json::array()}};
  CHECK(writer.Finish() == "    " + Reindent(expected.dump(2), "    "));
}

TEST_CASE("json writer: the nested writer indents deeper than its fast path") {
  constexpr int kDepth = 40;  // 80 spaces at the innermost level
  NestedPrettyWriter writer(0, 0);
  nlohmann::json expected = 1;
  for (int i = 0; i < kDepth; ++i) {
    writer.StartArray();
    expected = nlohmann::json::array({expected, "s"});
  }
  writer.Int(1);
  for (int i = 0; i < kDepth; ++i) {
    String(writer, "s");
    writer.EndArray();
  }
  CHECK(writer.Finish() == expected.dump(2));
}

TEST_CASE("json writer: the nested writer lays out any nesting as dump(2) does") {
  NestedPrettyWriter writer(0, 0);
  writer.StartObject();
  Key(writer, "none");
  writer.Null();
  Key(writer, "big");
  writer.Uint64(18446744073709551615ULL);
  Key(writer, "negative");
  writer.Int(-7);
  Key(writer, "deep");
  writer.StartArray();
  writer.StartObject();
  Key(writer, "empty");
  writer.StartObject();
  writer.EndObject();
  Key(writer, "list");
  writer.StartArray();
  writer.StartArray();
  writer.EndArray();
  String(writer, "tab\t");
  writer.EndArray();
  writer.EndObject();
  writer.EndArray();
  writer.EndObject();
  nlohmann::ordered_json expected = {
      {"none", nullptr},
      {"big", 18446744073709551615ULL},
      {"negative", -7},
      {"deep",
       {{{"empty", nlohmann::ordered_json::object()},
         {"list", {nlohmann::ordered_json::array(), "tab\t"}}}}}};
  CHECK(writer.Finish() == expected.dump(2));
}

}  // namespace
}  // namespace renaksi::json
