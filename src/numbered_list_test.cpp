#include <doctest/doctest.h>

#include "numbered_list.h"

#include <string>
#include <vector>

#include <re2/re2.h>

#include "cell_text.h"

namespace renaksi {
namespace {

std::vector<std::string> Texts(const std::vector<ListItem>& items) {
  std::vector<std::string> out;
  for (const auto& it : items) out.push_back(it.text);
  return out;
}

TEST_CASE("numbered list: labels") {
  std::string rest;
  auto l = LeadingLabel("2) Focus Group Discussion", &rest);
  REQUIRE(l);
  CHECK(l->number == 2);
  CHECK(l->style == LabelStyle::kParen);
  CHECK(l->text == "2)");
  CHECK(rest == "Focus Group Discussion");
  CHECK_FALSE(LeadingLabel("2018. Laporan"));
  CHECK_FALSE(LeadingLabel("Kab.Batang Hari"));
  CHECK(BareLabel("1.")->number == 1);
  CHECK(BareLabel("7.")->style == LabelStyle::kDot);
  CHECK(BareLabel("1)")->style == LabelStyle::kParen);
  CHECK(BareLabel("(3)")->number == 3);
  CHECK_FALSE(BareLabel("1. Nama"));
  CHECK_FALSE(BareLabel("√"));
}

TEST_CASE("numbered list: items split, numbers inside text stay") {
  auto items = SplitList("1. Menurunnya jumlah pelanggaran; 2. Menurunnya angka pelanggaran disiplin ASN.");
  CHECK(Texts(items) == std::vector<std::string>{"Menurunnya jumlah pelanggaran",
                                                 "Menurunnya angka pelanggaran disiplin ASN."});
  CHECK(items[1].label == "2.");
  CHECK(SplitList("Prosentase pelaksanaan sesuai perpres 16 Tahun 2018 Page 24 100% 2 (dua) kali").size() == 1);
  CHECK(SplitList("1) Dapat diaksesnya JDIH. 2) Updatenya data JDIH").size() == 2);
  CHECK(SplitList("a. Surat pertama b. Surat kedua").size() == 2);
  // unnumbered text with numbers that are no list: one item
  CHECK(SplitList("Survei dilakukan minimal 2 (dua) kali; 1. kali pertama").size() == 1);
}

TEST_CASE("numbered list: a list after an unnumbered lead splits off the lead") {
  auto items = SplitList("Renstra hasil reviu 1. Adanya dokumen penetapan; 2. Capaian kinerja 3. Peta");
  CHECK(Texts(items) ==
        std::vector<std::string>{"Renstra hasil reviu", "Adanya dokumen penetapan", "Capaian kinerja", "Peta"});
  CHECK_FALSE(items[0].label.has_value());
  CHECK(items[2].label == "2.");
  // a lead ending in list punctuation, and duplicated labels inside the list
  auto messy = SplitList("Informasi layanan; 1. Pelaksanaan 2. Maklumat 3. Indeks; 3. Sengketa 5. Aduan");
  REQUIRE(messy.size() == 5);
  CHECK(messy[0].text == "Informasi layanan");
  CHECK(messy[3].text == "Indeks; 3. Sengketa");
  // a 1 without its 2 is no list
  CHECK(SplitList("Renstra hasil reviu 1. Adanya dokumen").size() == 1);
}

TEST_CASE("numbered list: a lead that introduces its list keeps it nested") {
  CHECK(SplitList("Terselenggaranya: 1) Lingkungan 2) Penilaian").size() == 1);
  CHECK(SplitList("Komponen meliputi 1. Dasar hukum 2. Persyaratan").size() == 1);
  CHECK(SplitList("Jumlah aplikasi, serta 1) Data pengunjung 2) Indeks").size() == 1);
  // the introducer is looked for at the lead's end only, whatever comes before
  CHECK(SplitList("Dokumen yang disusun oleh unit kerja sebagai berikut 1. Renstra 2. Renja").size() == 1);
  // (RE2's (?i) matches the 3-byte KELVIN SIGN for k)
  CHECK(SplitList("Kegiatan sebagai beri\xE2\x84\xAAut 1. Renstra 2. Renja").size() == 1);
  // … and it must start a word (\b judged against the byte before it)
  CHECK(SplitList("Dokumen kasebagai berikut 1. Renstra 2. Renja").size() == 3);
  CHECK(SplitList("Dokumen koserta 1. Renstra 2. Renja").size() == 3);
}

TEST_CASE("numbered list: a lead's introducer is read as its pattern reads it") {
  static const RE2 kIntroducer(
      R"((?i)(?:\b(?:meliputi|antara lain|yaitu|yakni|berupa|sebagai berikut|terdiri (?:atas|dari)|serta|sbb\.?)|:)\s*$)");
  std::vector<std::string> endings = {
      "meliputi", "MELIPUTI", "antara lain", "Antara  lain", "yaitu", "yakni", "ya\xE2\x84\xAAni",
      "berupa", "sebagai berikut", "\xC5\xBF" "ebagai berikut", "Sebagai Beri\xE2\x84\xAAut",
      "terdiri atas", "terdiri ata\xC5\xBF", "terdiri dari", "terdiri  dari", "serta", "\xC5\xBF" "erta",
      "sbb", "sbb.", "SBB.", "sbb..", ":", "::", "sebagai", "berikutnya", "tersebut", "lain", "tas"};
  for (const std::string& ending : endings) {
    for (std::string before : {"", "Kegiatan ", "Kegiatan x", "Kegiatan_", "(", "\xC5\xBF", "x\xC5\xBF"}) {
      for (std::string after : {"", " ", "\f", " \f "}) {
        std::string lead = before + ending + after;
        INFO("lead: ", lead);
        bool introduced = RE2::PartialMatch(cell::Trim(lead), kIntroducer);
        if (cell::Trim(lead).empty()) continue;
        CHECK(SplitList(lead + " 1. Renstra 2. Renja").size() == (introduced ? 1u : 3u));
      }
    }
  }
}

TEST_CASE("numbered list: an enumeration after a colon stays inside its item") {
  auto items = SplitList(
      "1. Persentase LHKPN. 2. Dokumen laporan berikut dokumentasi : 1) Surat Pernyataan Potensi. "
      "2) Surat Pernyataan Bebas. 3) Deklarasi. 3. Persentase LHKASN");
  REQUIRE(items.size() == 3);
  CHECK(items[1].text.find("3) Deklarasi") != std::string::npos);
  CHECK(items[2].text == "Persentase LHKASN");
  // the nested list in the same style restarts at 1 and stays nested
  auto same = SplitList("1. Layanan: 1. Pengaduan 2. Hukum 2. Data");
  REQUIRE(same.size() == 2);
  CHECK(same[0].text == "Layanan: 1. Pengaduan 2. Hukum");
  CHECK(SplitList("Menyampaikan Laporan: 1) SK Tim; 2) Rencana Aksi").size() == 1);
}

TEST_CASE("numbered list: a garbled number before a lowercase word is text") {
  auto garbled = SplitList("2. Pembangunan komitmen dan Diseminasi 3. atas peraturan gratifikasi;");
  CHECK(garbled.size() == 1);
  // ... unless it is the next number right after list punctuation
  auto after_semicolon = SplitList("1. Terbentuknya Tim; 2. di tandatanganinya Piagam");
  CHECK(after_semicolon.size() == 2);
  // one dropped label is tolerated
  auto skipped = SplitList("1. Dokumentasi monitoring 2. dan evaluasi 3. % pelaksanaan 4. Melaporkan");
  CHECK(Texts(skipped) == std::vector<std::string>{"Dokumentasi monitoring 2. dan evaluasi",
                                                   "% pelaksanaan", "Melaporkan"});
}

TEST_CASE("numbered list: markers sit at word starts only") {
  auto positions = [](std::string_view text) {
    std::vector<std::size_t> out;
    for (const auto& m : FindMarkers(text)) out.push_back(m.pos);
    return out;
  };
  CHECK(positions("1. a 2) b") == std::vector<std::size_t>{0, 5});
  // a label's spaces end with a newline: the next word is no word start
  CHECK(positions("1.\n2. x") == std::vector<std::size_t>{0});
  // three digits, a letter before the closer's digit, a word of two letters
  CHECK(positions("Page 24. 123. x1. ab. c.") == std::vector<std::size_t>{5, 22});
  CHECK(positions("0. 00. 1.5 (2) 3)") == std::vector<std::size_t>{15});
  auto markers = FindMarkers("a) b.  12) x");
  REQUIRE(markers.size() == 3);
  CHECK(markers[1].body == 7);
  CHECK(markers[2].label.number == 12);
  CHECK(markers[2].label.text == "12)");
}

TEST_CASE("numbered list: ListLabels gives SplitList's labels without texts") {
  for (const char* text :
       {"1. Menurunnya jumlah; 2. Menurunnya angka.", "Renstra hasil reviu 1. Adanya 2. Capaian",
        "Informasi layanan; 1. Pelaksanaan 2. Maklumat 3. Indeks; 3. Sengketa 5. Aduan",
        "1. Layanan: 1. Pengaduan 2. Hukum 2. Data", "Tanpa nomor", ""}) {
    auto items = SplitList(text);
    auto labels = ListLabels(text);
    REQUIRE(labels.size() == items.size());
    for (std::size_t k = 0; k < items.size(); ++k) {
      CHECK(labels[k].label == items[k].label);
      CHECK(labels[k].number == items[k].number);
    }
  }
}

TEST_CASE("numbered list: AppendItemTexts appends SplitList's texts that are not empty") {
  for (const char* text :
       {"1. Menurunnya jumlah; 2. Menurunnya angka.", "Renstra hasil reviu 1. Adanya 2. Capaian",
        "Informasi layanan; 1. Pelaksanaan 2. Maklumat 3. Indeks; 3. Sengketa 5. Aduan",
        "1. Layanan: 1. Pengaduan 2. Hukum 2. Data", "1. ; 2. Dokumen,", "Tanpa nomor ;", " ; ",
        ""}) {
    std::vector<std::string> expected = {"kept"};
    for (auto& item : SplitList(text)) {
      if (!item.text.empty()) expected.push_back(item.text);
    }
    std::vector<std::string> texts = {"kept"};  // appended after what is there
    AppendItemTexts(std::string(text), texts);
    CHECK(texts == expected);
  }
}

TEST_CASE("numbered list: last marker of a style") {
  CHECK(LastMarkerNumber("Integritas: 1) A; 2) B", LabelStyle::kParen) == 2);
  CHECK_FALSE(LastMarkerNumber("Integritas: 1) A; 2) B", LabelStyle::kDot));
}

}  // namespace
}  // namespace renaksi

namespace renaksi {
namespace {

TEST_CASE("numbered list: a label's text is kept inline, up to the longest shape") {
  CHECK(LabelText("12.").view() == "12.");
  CHECK(LabelText("(12))") == "(12))");
  CHECK(LabelText().view().empty());
  CHECK(BareLabel(" (12)) ")->text == "(12))");
  CHECK(LeadingLabel("a) Rapat")->text.str() == "a)");
}

}  // namespace
}  // namespace renaksi

namespace renaksi {
namespace {

// The bare label shape as it was first written, for the hand-written reader.
std::optional<Label> ReferenceBareLabel(const std::string& trimmed) {
  static const RE2 kBare(R"(\(?(\d{1,2})([.)]?)\)?|([a-z])([.)]))");
  std::string digits, closer, letter, letter_closer;
  if (!RE2::FullMatch(trimmed, kBare, &digits, &closer, &letter, &letter_closer)) {
    return std::nullopt;
  }
  Label label;
  label.text = LabelText(trimmed);
  if (!letter.empty()) {
    label.number = letter[0] - 'a' + 1;
    label.style = letter_closer == "." ? LabelStyle::kLetterDot : LabelStyle::kLetterParen;
  } else {
    label.number = std::stoi(digits);
    label.style = closer == "." ? LabelStyle::kDot : LabelStyle::kParen;
  }
  return label;
}

TEST_CASE("numbered list: bare labels read by hand as the regex read them") {
  // Every string of up to 5 bytes over the bytes the shape cares about.
  const std::string alphabet = "().09azA-";
  std::vector<std::string> cells = {""};
  for (std::size_t length = 1; length <= 5; ++length) {
    const std::size_t before = cells.size();
    for (std::size_t k = 0; k < before; ++k) {
      if (cells[k].size() != length - 1) continue;
      for (char c : alphabet) cells.push_back(cells[k] + c);
    }
  }
  int labels = 0;
  for (const auto& cell : cells) {
    const auto expected = ReferenceBareLabel(cell);
    const auto got = BareLabel(" " + cell + "\t");
    CAPTURE(cell);
    REQUIRE(got.has_value() == expected.has_value());
    if (!expected) continue;
    ++labels;
    CHECK(got->text == expected->text.view());
    CHECK(got->number == expected->number);
    CHECK(got->style == expected->style);
  }
  CHECK(labels > 50);
}

}  // namespace
}  // namespace renaksi
