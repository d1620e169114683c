#include "decree_lists.h"

#include <doctest/doctest.h>

namespace renaksi {
namespace {

SourceLines Numbered(std::initializer_list<const char*> texts) {
  SourceLines lines;
  int n = 1;
  for (const char* t : texts) lines.push_back({n++, t});
  return lines;
}

}  // namespace

TEST_CASE("DictumOrdinal reads KESATU … KEDUA BELAS") {
  CHECK(DictumOrdinal("KESATU") == 1);
  CHECK(DictumOrdinal("PERTAMA") == 1);
  CHECK(DictumOrdinal("Kedua") == 2);
  CHECK(DictumOrdinal("KESEPULUH") == 10);
  CHECK(DictumOrdinal("KESEBELAS") == 11);
  CHECK(DictumOrdinal("KEDUA BELAS") == 12);
  CHECK(DictumOrdinal("KESEMBILAN BELAS") == 19);
  CHECK_FALSE(DictumOrdinal("KEDUANYA").has_value());
}

TEST_CASE("Considerations: a wrapped line starting with a capital letter label stays text") {
  Diagnostics diags;
  auto items = ParseConsiderations(
      Numbered({"Menimbang : a. bahwa satu", "I. ini lanjutan;", "b. bahwa dua;",
                "c. bahwa tiga; dan", "d. bahwa empat."}),
      diags);
  REQUIRE(items.size() == 4);
  CHECK(items[0].text == "bahwa satu I. ini lanjutan");
  CHECK(items[2].text == "bahwa tiga");
  CHECK(items[3].text == "bahwa empat");
  CHECK(items[3].line == 5);
  CHECK(diags.empty());
}

TEST_CASE("Considerations: an unlabelled single consideration is kept") {
  Diagnostics diags;
  auto items = ParseConsiderations(Numbered({"Menimbang : bahwa hanya satu;"}), diags);
  REQUIRE(items.size() == 1);
  CHECK(items[0].label.empty());
  CHECK(items[0].text == "bahwa hanya satu");
}

TEST_CASE("Considerations: a skipped letter is reported, labels kept") {
  Diagnostics diags;
  auto items = ParseConsiderations(Numbered({"Menimbang :", "a. satu;", "c. tiga."}), diags);
  REQUIRE(items.size() == 2);
  CHECK(items[1].label == "c");
  CHECK(diags.HasCode("consideration-numbering-gap"));
}

TEST_CASE("Legal basis: a number that goes back opens an item only like a new clause") {
  Diagnostics diags;
  auto items = ParseLegalBasis(
      Numbered({"Mengingat :", "1. Undang-Undang A", "Tahun", "1. ditambah", "2) Peraturan B;",
                "2) Peraturan C;"}),
      diags);
  REQUIRE(items.size() == 3);
  CHECK(items[0].text == "Undang-Undang A Tahun 1. ditambah");
  CHECK(items[1].label == "2");
  CHECK(items[2].label == "2");
  CHECK(items[2].text == "Peraturan C");
  CHECK_FALSE(items[0].citation.has_value());  // filled by ExtractDecree, not here
  CHECK(diags.HasCode("legal-basis-numbering-gap"));
}

TEST_CASE("Legal basis numbering that starts late is reported") {
  Diagnostics diags;
  auto items = ParseLegalBasis(Numbered({"Mengingat : 3. Undang-Undang A;"}), diags);
  REQUIRE(items.size() == 1);
  CHECK(items[0].label == "3");
  CHECK(diags.HasCode("legal-basis-numbering-gap"));
}

TEST_CASE("Decision: Menetapkan is kept apart from the dictums") {
  Diagnostics diags;
  DecisionPart part = ParseDecision(
      Numbered({"M E M U T U S K A N :", "Menetapkan : KEPUTUSAN KOMISI", "TENTANG RENCANA.",
                "- KESATU : Menetapkan rencana", "aksi.", "K E D U A : Berlaku.",
                "KEEMPAT : Salah urut."}),
      diags);
  REQUIRE(part.establishes.has_value());
  CHECK(part.establishes->text == "KEPUTUSAN KOMISI TENTANG RENCANA.");
  CHECK(part.establishes->line == 2);
  REQUIRE(part.dictums.size() == 3);
  CHECK(part.dictums[0].label == "KESATU");
  CHECK(part.dictums[0].text == "Menetapkan rencana aksi.");
  CHECK(part.dictums[1].label == "KEDUA");
  CHECK(part.dictums[2].label == "KEEMPAT");
  CHECK(diags.HasCode("decision-numbering-gap"));
}

TEST_CASE("Decision: running text never opens a dictum") {
  Diagnostics diags;
  DecisionPart part = ParseDecision(
      Numbered({"MEMUTUSKAN", "KESATU : Kerja sama", "kedua belah pihak berlaku."}), diags);
  REQUIRE(part.dictums.size() == 1);
  CHECK(part.dictums[0].text == "Kerja sama kedua belah pihak berlaku.");
}

TEST_CASE("Observations (Memperhatikan) are read like the legal basis") {
  Diagnostics diags;
  auto items = ParseObservations(
      Numbered({"Memperhatikan : 1. Berita Acara Rapat Pleno;", "2. Surat Dinas."}), diags);
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "Berita Acara Rapat Pleno");
  CHECK(items[1].text == "Surat Dinas");
}

}  // namespace renaksi
