// A decree cut inside its body is `truncated` at its last line; a whole one,
// or one cut after the enactment, is not (by this rule).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "renaksi/check.h"
#include "renaksi/pipeline.h"
#include "renaksi/reader.h"
#include "renaksi/segment.h"
#include "test_support.h"

namespace renaksi {
namespace {

std::vector<Diagnostic> WithCode(const Document& doc, std::string_view code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : doc.diagnostics.items()) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

Document Extract(const std::string& bytes) {
  return ExtractDocument("cut.txt", bytes, Gazetteer::Builtin(), CheckOptions{});
}

// The 1-based number of the last line of `text` holding more than blanks.
int LastTextLine(std::string_view text) {
  int line = 0, last = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line;
    std::string_view l = text.substr(start, end - start);
    if (l.find_first_not_of(" \t\r") != std::string_view::npos) last = line;
    start = end + 1;
  }
  return last;
}

// The offset of the middle of the first line containing `marker`.
std::size_t MidLineAfter(const std::string& text, std::string_view marker) {
  std::size_t at = text.find(marker);
  REQUIRE(at != std::string::npos);
  std::size_t end = text.find('\n', at);
  return at + (end - at) / 2;
}

TEST_CASE("truncated: a sample cut inside its body is reported at its last line") {
  for (const char* sample : {testing::kMuaroJambi, testing::kBatangHari}) {
    const std::string whole = testing::ReadProjectFile(sample);
    // Cuts inside the considerations, the legal basis and the dictums, found
    // by the genre's markers, never by line number.
    for (std::string_view marker : {"bahwa", "Undang-Undang Nomor", "KESATU"}) {
      CAPTURE(sample);
      CAPTURE(marker);
      const std::string cut = whole.substr(0, MidLineAfter(whole, marker));
      Document doc = Extract(cut);
      REQUIRE(doc.is_decree);
      const auto truncated = WithCode(doc, "truncated");
      REQUIRE(truncated.size() == 1);
      CHECK(truncated[0].line == LastTextLine(cut));
      CHECK(truncated[0].severity == Severity::kWarning);
      CHECK(truncated[0].message.find("cut off") != std::string::npos);
      // Without its table the decree cannot serve: the verdict is a failure.
      CHECK(doc.diagnostics.Count(Severity::kError) > 0);
    }
  }
}

TEST_CASE("truncated: the message names the part the file ends in") {
  const std::string whole = testing::ReadProjectFile(testing::kBatangHari);
  const std::string cut = whole.substr(0, MidLineAfter(whole, "Undang-Undang Nomor"));
  const auto truncated = WithCode(Extract(cut), "truncated");
  REQUIRE(truncated.size() == 1);
  CHECK(truncated[0].message.find("legal basis (Mengingat)") != std::string::npos);
}

TEST_CASE("truncated: whole samples and a cut after the enactment are not body cuts") {
  for (const char* sample : {testing::kMuaroJambi, testing::kBatangHari}) {
    CAPTURE(sample);
    const std::string whole = testing::ReadProjectFile(sample);
    CHECK(WithCode(Extract(whole), "truncated").empty());
    // Cut right after "pada tanggal …": the body is whole; the missing table
    // is table-not-found's to report.
    const std::size_t enacted = whole.find("Ditetapkan di");
    REQUIRE(enacted != std::string::npos);
    std::size_t date = whole.find("pada tanggal", enacted);
    REQUIRE(date != std::string::npos);
    const std::string cut = whole.substr(0, whole.find('\n', date));
    Document doc = Extract(cut);
    CHECK(WithCode(doc, "truncated").empty());
    CHECK(doc.diagnostics.HasCode("table-not-found"));
  }
}

TEST_CASE("truncated: a body ending in blank lines points at its last text") {
  Diagnostics read_diags;
  const std::string text =
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN CONTOH\nNOMOR 3 TAHUN 2026\nTENTANG\n"
      "RENCANA AKSI\n\nMenimbang : a. bahwa untuk melaks\n\n\n";
  Segments segments = Segment(ReadDocument(text, read_diags).lines, read_diags);
  Diagnostics diags;
  CheckTruncatedBody(segments, diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].code == "truncated");
  CHECK(diags.items()[0].line == 6);
  CHECK(diags.items()[0].message.find("\"Menimbang : a. bahwa untuk melaks\"") !=
        std::string::npos);
}

}  // namespace
}  // namespace renaksi
