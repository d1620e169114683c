#include "renaksi/reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>

#include <re2/re2.h>

#include "test_support.h"

namespace renaksi {
namespace {

ReadResult Read(std::string_view bytes, Diagnostics& diags) { return ReadDocument(bytes, diags); }

std::string OnlyLine(std::string_view bytes) {
  Diagnostics diags;
  ReadResult r = Read(bytes, diags);
  REQUIRE(r.ok);
  REQUIRE(r.lines.size() == 1);
  return r.lines[0].text;
}

// Reads bytes that must be refused with exactly one diagnostic (an error
// stops the reader before any normalization info), and returns it.
Diagnostic OnlyError(std::string_view bytes) {
  Diagnostics diags;
  ReadResult r = Read(bytes, diags);
  CHECK_FALSE(r.ok);
  CHECK(r.lines.empty());
  REQUIRE(diags.items().size() == 1);
  return diags.items()[0];
}

TEST_CASE("reader: keeps original line numbers across LF, CRLF and lone CR") {
  Diagnostics diags;
  ReadResult r = Read("a\r\nb\rc\n\nd", diags);
  REQUIRE(r.ok);
  REQUIRE(r.lines.size() == 5);
  CHECK(r.lines[0].text == "a");
  CHECK(r.lines[1].text == "b");
  CHECK(r.lines[2].text == "c");
  CHECK(r.lines[3].text == "");
  CHECK(r.lines[4].number == 5);
  CHECK(r.lines[4].text == "d");
  CHECK(diags.HasCode("line-endings-normalized"));
}

TEST_CASE("reader: a final newline does not add an empty line") {
  Diagnostics diags;
  CHECK(Read("a\nb\n", diags).lines.size() == 2);
}

TEST_CASE("reader: BOM removed and reported as info") {
  Diagnostics diags;
  ReadResult r = Read("\xEF\xBB\xBFSALINAN\n", diags);
  REQUIRE(r.ok);
  CHECK(r.lines[0].text == "SALINAN");
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].code == "bom-removed");
  CHECK(diags.items()[0].severity == Severity::kInfo);
}

TEST_CASE("reader: NBSP and other Unicode spaces become one plain space") {
  CHECK(OnlyLine("Ditetapkan\xC2\xA0\xC2\xA0" "di\xE2\x80\x83Sengeti") == "Ditetapkan di Sengeti");
  CHECK(OnlyLine("zero\xE2\x80\x8Bwidth") == "zerowidth");
}

TEST_CASE("reader: spaces trimmed around TAB cells, TABs kept") {
  CHECK(OnlyLine("  1. \t Manajemen  Perubahan \t\t") == "1.\tManajemen Perubahan\t\t");
}

TEST_CASE("reader: HTML tags removed, block tags separate words") {
  CHECK(OnlyLine("Penerapan <i>assessment</i> untuk") == "Penerapan assessment untuk");
  CHECK(OnlyLine("<ol style=\"x\"> <li>1. Satu</li> <li>2. Dua</li> </ol>") == "1. Satu 2. Dua");
  CHECK(OnlyLine("a<br/>b") == "a b");
}

TEST_CASE("reader: text that merely looks like a tag stays") {
  CHECK(OnlyLine("nilai < 5 dan > 2") == "nilai < 5 dan > 2");
}

TEST_CASE("reader: HTML entities decoded, unknown ones kept") {
  CHECK(OnlyLine("Reward &amp; Punishment&nbsp;&#8730;") == "Reward & Punishment \xE2\x88\x9A");
  CHECK(OnlyLine("&bogus; &lt;i&gt;") == "&bogus; <i>");
}

TEST_CASE("reader: Markdown emphasis markers removed") {
  Diagnostics diags;
  ReadResult r = Read("- Menimbang** :\n**KABUPATEN MUARO JAMBI**", diags);
  CHECK(r.lines[0].text == "- Menimbang :");
  CHECK(r.lines[1].text == "KABUPATEN MUARO JAMBI");
  CHECK(diags.HasCode("emphasis-removed"));
}

TEST_CASE("reader: check-mark variants read as the canonical mark") {
  std::string check(kCheckMark);
  CHECK(OnlyLine("\xE2\x9C\x93\t\xE2\x9C\x94\t\xE2\x88\x9A") == check + "\t" + check + "\t" + check);
}

TEST_CASE("reader: form feeds and other controls removed, reported") {
  Diagnostics diags;
  ReadResult r = Read("a\fb\x01" "c", diags);
  CHECK(r.lines[0].text == "abc");
  CHECK(diags.HasCode("control-removed"));
}

TEST_CASE("reader: empty input is an error, no lines") {
  Diagnostics diags;
  ReadResult r = Read("", diags);
  CHECK_FALSE(r.ok);
  CHECK(diags.HasCode("empty-input"));
}

TEST_CASE("reader: binary input (NUL byte) is an error with its line") {
  Diagnostic d = OnlyError(std::string("line one\nline\0two", 17));
  CHECK(d.code == "binary-input");
  CHECK(d.line == 2);
}

TEST_CASE("reader: invalid UTF-8 is an error, never substituted") {
  for (std::string bad : {std::string("ok\nbad \xC3\x28 here"), std::string("\xFF"),
                          std::string("trunc \xE2\x88"), std::string("over \xC0\xAF")}) {
    Diagnostics diags;
    ReadResult r = Read(bad, diags);
    CHECK_FALSE(r.ok);
    CHECK(r.lines.empty());
    CHECK(diags.HasCode("invalid-utf8"));
  }
  Diagnostics diags;
  Read("ok\nbad \xC3\x28 here", diags);
  CHECK(diags.items()[0].line == 2);
}

// The lines are validated as they are read: the first fault found must still
// be reported as a check of the whole file first would report it.
TEST_CASE("reader: a NUL anywhere wins over invalid UTF-8; offsets count the BOM") {
  Diagnostic nul = OnlyError(std::string("bad \xFF\nlater\0nul", 15));
  CHECK(nul.code == "binary-input");
  CHECK(nul.line == 2);
  CHECK(nul.message.find("offset 11") != std::string::npos);

  Diagnostic bom = OnlyError("\xEF\xBB\xBFok\r\nbad \xC3\r\nmore");
  CHECK(bom.code == "invalid-utf8");
  CHECK(bom.line == 2);
  CHECK(bom.message.find("offset 11 (byte 0xC3)") != std::string::npos);

  Diagnostic cut = OnlyError("ok \xE2\x88\x9A\t\xE2\x9C\x93\n\xE2\x88");  // cut at the end
  CHECK(cut.code == "invalid-utf8");
  CHECK(cut.line == 2);
}

TEST_CASE("reader: a 10 MB single line is read whole") {
  std::string big(10 * 1024 * 1024, 'a');
  big[5000] = '\t';
  Diagnostics diags;
  ReadResult r = Read(big, diags);
  REQUIRE(r.ok);
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0].text.size() == big.size());
}

TEST_CASE("reader: samples read without errors and keep their line count") {
  for (const char* path : {testing::kMuaroJambi, testing::kBatangHari}) {
    std::string bytes = testing::ReadProjectFile(path);
    Diagnostics diags;
    ReadResult r = Read(bytes, diags);
    REQUIRE(r.ok);
    CHECK(diags.Count(Severity::kError) == 0);
    std::size_t newlines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    CHECK(r.lines.size() == newlines);
    for (const auto& line : r.lines) {
      CHECK(line.text.find("<i>") == std::string::npos);
      CHECK(line.text.find("**") == std::string::npos);
    }
  }
}

TEST_CASE("reader: only runs of two or more emphasis markers are removed") {
  Diagnostics diags;
  ReadResult r = Read("a * b _c_ ***d*** __e__ _ f**", diags);
  CHECK(r.lines[0].text == "a * b _c_ d e _ f");
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].code == "emphasis-removed");
  CHECK(diags.items()[0].message.find("5 in all") != std::string::npos);
}

// The reader's spacing rule as first written, one character at a time.
std::string TidyReference(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ') {
      pending_space = true;
      continue;
    }
    if (pending_space && c != '\t' && !out.empty() && out.back() != '\t') out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// A line's expected text when its only characters to map are these.
std::string NormalizeReference(std::string text) {
  const std::array<std::pair<std::string_view, std::string_view>, 5> kMapped = {{
      {"\xC2\xA0", " "}, {"\xE2\x9C\x93", "\xE2\x88\x9A"}, {"\x01", ""}, {"\x7F", " "},
      {"\xE2\x80\x8B", ""}}};
  for (const auto& [from, to] : kMapped) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return TidyReference(text);
}

TEST_CASE("reader: word-at-a-time normalization agrees with the plain rules") {
  static constexpr std::array<const char*, 22> kPieces = {
      "a", "bc", "Reformasi", "12345678", "Birokrasi.", " ", " ", " ", "  ", "   ", "\t", "\t\t",
      "\xC2\xA0", "\xE2\x88\x9A", "\xE2\x9C\x93", "\x7F", "\x01", "\xE2\x80\x8B", "\xC3\xA9",
      "x y", "(1)", "-"};
  testing::Lcg rng{7};
  for (int n = 0; n < 5000; ++n) {
    std::string line = testing::LineOfPieces(rng, kPieces, 1 + n % 40);
    INFO("line: \"", line, "\"");
    // Plain, and with a '<' that sends it through the markup passes.
    CHECK(OnlyLine(line) == NormalizeReference(line));
    CHECK(OnlyLine(line + "\t<") == NormalizeReference(line + "\t<"));
    // Inside a file, where the line is read on past its end to find it.
    Diagnostics diags;
    ReadResult two = Read(line + "\r\n" + line + "\n", diags);
    REQUIRE(two.lines.size() == 2);
    CHECK(two.lines[0].text == NormalizeReference(line));
    CHECK(two.lines[1].text == NormalizeReference(line));
  }
}

// The entities the test's pieces can form, decoded as the reader decodes
// them: two named ones (others are kept), numeric ones to their UTF-8.
std::string DecodeTestEntity(const std::string& name) {
  if (name == "amp") return "&";
  if (name == "quot") return "\"";
  if (name[0] != '#') return {};
  bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
  long cp = std::strtol(name.c_str() + (hex ? 2 : 1), nullptr, hex ? 16 : 10);
  if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  auto byte = [](long bits) { return static_cast<char>(bits); };
  if (cp < 0x80) return {byte(cp)};
  if (cp < 0x800) return {byte(0xC0 | (cp >> 6)), byte(0x80 | (cp & 0x3F))};
  if (cp < 0x10000) {
    return {byte(0xE0 | (cp >> 12)), byte(0x80 | ((cp >> 6) & 0x3F)), byte(0x80 | (cp & 0x3F))};
  }
  return {byte(0xF0 | (cp >> 18)), byte(0x80 | ((cp >> 12) & 0x3F)),
          byte(0x80 | ((cp >> 6) & 0x3F)), byte(0x80 | (cp & 0x3F))};
}

TEST_CASE("reader: entities are found as the entity pattern's repeated search would") {
  static const RE2 kEntity(R"(&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});)");
  static constexpr std::array<const char*, 26> kPieces = {
      "&", "&", "#", "&#", "&#x", "x", "X", "4", "1", "0", "9", "a", "F", ";", ";", "amp",
      "quot", "zz", "abcdefg", " ", "1234567", "ABCDEF", "&#65;", "&#x10FFFF;", "\t", "\xC3\xA9"};
  testing::Lcg rng{13};
  for (int n = 0; n < 5000; ++n) {
    std::string line = testing::LineOfPieces(rng, kPieces, 1 + n % 24);
    std::string expected;
    re2::StringPiece input(line);
    const char* copied = line.data();
    std::string name;
    while (RE2::FindAndConsume(&input, kEntity, &name)) {
      std::string decoded = DecodeTestEntity(name);
      if (decoded.empty()) continue;
      const char* match_begin = input.data() - (name.size() + 2);
      expected.append(copied, static_cast<std::size_t>(match_begin - copied)) += decoded;
      copied = input.data();
    }
    expected.append(copied, static_cast<std::size_t>(line.data() + line.size() - copied));
    INFO("line: \"", line, "\"");
    CHECK(OnlyLine(line) == TidyReference(expected));
  }
}

TEST_CASE("reader: tags are removed as the tag patterns' global replaces would") {
  static const RE2 kBlockTag(R"((?i)</?(?:li|ol|ul|p|div|br|tr|td|th|table|h[1-6])\b[^<>]*>)");
  static const RE2 kAnyTag(R"(</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)");
  static constexpr std::array<const char*, 24> kPieces = {
      "<", ">", "/", "i", "b", "Div", "x1", " ", "\t", "=\"a\"", "9", "-", "<i>", "</b", "br/>", "<<",
      "p", "Li", "h3", "H7", "TABLE", "_x", "t", "\xC3\xA9"};  // no "__": emphasis
  testing::Lcg rng{11};
  for (int n = 0; n < 5000; ++n) {
    std::string line = testing::LineOfPieces(rng, kPieces, 1 + n % 24);
    std::string expected = line;
    RE2::GlobalReplace(&expected, kBlockTag, " ");
    RE2::GlobalReplace(&expected, kAnyTag, "");
    INFO("line: \"", line, "\"");
    CHECK(OnlyLine(line) == TidyReference(expected));
  }
}

}  // namespace
}  // namespace renaksi
