// Citation parser tests: every field of every parse is asserted (absent
// values as null), so a regression in any part shows.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "renaksi/citation.h"
#include "renaksi/reader.h"
#include "test_support.h"

namespace renaksi {
namespace {

// The expected parse. Fields left out in a designated initializer are null
// (or empty for amended_by), and are asserted as such.
struct Want {
  std::string type = {};
  std::optional<std::string> number = {};
  std::optional<int> year = {};
  std::optional<std::string> title = {};
  std::optional<Gazette> gazette = {};
  std::optional<std::string> supplement = {};
  std::vector<Want> amended_by = {};
};

Gazette LN(int year, std::string number) { return {"LN", year, number}; }
Gazette BN(int year, std::string number) { return {"BN", year, number}; }
Gazette LD(int year, std::string number) { return {"LD", year, number}; }
Gazette BD(int year, std::string number) { return {"BD", year, number}; }

constexpr const char* kUud =
    "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945";
constexpr const char* kPanRb =
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

void CheckCitation(const Citation& got, const Want& want,
                   const std::string& where) {
  INFO("at ", where);
  CHECK(got.type == want.type);
  CHECK(got.number == want.number);
  CHECK(got.year == want.year);
  CHECK(got.title == want.title);
  REQUIRE(got.gazette.has_value() == want.gazette.has_value());
  if (want.gazette) {
    CHECK(got.gazette->series == want.gazette->series);
    CHECK(got.gazette->year == want.gazette->year);
    CHECK(got.gazette->number == want.gazette->number);
  }
  CHECK(got.supplement == want.supplement);
  REQUIRE(got.amended_by.size() == want.amended_by.size());
  for (size_t i = 0; i < want.amended_by.size(); ++i) {
    CheckCitation(got.amended_by[i], want.amended_by[i],
                  where + " > amended_by[" + std::to_string(i) + "]");
  }
}

// Parses `text` and checks the full result; returns the diagnostic codes.
std::vector<std::string> Expect(const std::string& text, const Want& want) {
  INFO("text: ", text);
  Diagnostics diags;
  std::optional<Citation> got = ParseCitation(text, 7, diags);
  REQUIRE(got.has_value());
  CheckCitation(*got, want, "citation");
  // The plain overload gives the same parse.
  std::optional<Citation> plain = ParseCitation(text);
  REQUIRE(plain.has_value());
  CheckCitation(*plain, want, "plain overload");
  std::vector<std::string> codes;
  for (const Diagnostic& d : diags.items()) {
    CHECK(d.line == 7);
    codes.push_back(d.code);
  }
  return codes;
}

using Codes = std::vector<std::string>;

// ---------------------------------------------------------------------------
// Constitution

TEST_CASE("citation: constitution, official name") {
  CHECK(Expect("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
               {.type = kUud, .year = 1945}) == Codes{});
}

TEST_CASE("citation: constitution, short printed forms") {
  CHECK(Expect("Undang-Undang Dasar 1945", {.type = kUud, .year = 1945}) ==
        Codes{});
  CHECK(Expect("UUD NRI Tahun 1945", {.type = kUud, .year = 1945}) ==
        Codes{});
}

TEST_CASE("citation: constitution with an article before it") {
  CHECK(Expect("Pasal 22E ayat (5) Undang-Undang Dasar Negara Republik "
               "Indonesia Tahun 1945;",
               {.type = kUud, .year = 1945}) ==
        Codes{"citation-prefix-ignored"});
}

// ---------------------------------------------------------------------------
// Undang-Undang and Perppu

TEST_CASE("citation: law amended twice, 'diubah beberapa kali terakhir'") {
  CHECK(Expect(
            "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
            "Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 "
            "Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor 5234) "
            "sebagaimana telah diubah beberapa kali terakhir dengan "
            "Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas "
            "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
            "Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2022 "
            "Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor "
            "6801);",
            {.type = "Undang-Undang",
             .number = "12",
             .year = 2011,
             .title = "Pembentukan Peraturan Perundang-undangan",
             .gazette = LN(2011, "82"),
             .supplement = "5234",
             .amended_by = {{.type = "Undang-Undang",
                             .number = "13",
                             .year = 2022,
                             .title = "Perubahan Kedua atas Undang-Undang "
                                      "Nomor 12 Tahun 2011 tentang "
                                      "Pembentukan Peraturan "
                                      "Perundang-undangan",
                             .gazette = LN(2022, "143"),
                             .supplement = "6801"}}}) == Codes{});
}

TEST_CASE("citation: two amendments joined by 'dan'") {
  CHECK(
      Expect(
          "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah "
          "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan "
          "Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah "
          "diubah dengan Undang-Undang Nomor 2 Tahun 2015 tentang Penetapan "
          "Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2014 "
          "tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2014 tentang "
          "Pemerintahan Daerah menjadi Undang-Undang (Lembaran Negara Republik "
          "Indonesia Tahun 2015 Nomor 24, Tambahan Lembaran Negara Republik "
          "Indonesia Nomor 5657) dan Undang-Undang Nomor 9 Tahun 2015 tentang "
          "Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang "
          "Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 "
          "Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679);",
          {.type = "Undang-Undang",
           .number = "23",
           .year = 2014,
           .title = "Pemerintahan Daerah",
           .gazette = LN(2014, "244"),
           .supplement = "5587",
           .amended_by = {
               {.type = "Undang-Undang",
                .number = "2",
                .year = 2015,
                .title = "Penetapan Peraturan Pemerintah Pengganti "
                         "Undang-Undang Nomor 2 Tahun 2014 tentang Perubahan "
                         "atas Undang-Undang Nomor 23 Tahun 2014 tentang "
                         "Pemerintahan Daerah menjadi Undang-Undang",
                .gazette = LN(2015, "24"),
                .supplement = "5657"},
               {.type = "Undang-Undang",
                .number = "9",
                .year = 2015,
                .title = "Perubahan Kedua atas Undang-Undang Nomor 23 Tahun "
                         "2014 tentang Pemerintahan Daerah",
                .gazette = LN(2015, "58"),
                .supplement = "5679"}}}) == Codes{});
}

TEST_CASE("citation: 'Undang Undang' without hyphen, ', dan' list end") {
  CHECK(Expect("Undang Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil "
               "Negara (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 6, "
               "Tambahan Lembaran Negara Republik Indonesia Nomor 5494); dan",
               {.type = "Undang-Undang",
                .number = "5",
                .year = 2014,
                .title = "Aparatur Sipil Negara",
                .gazette = LN(2014, "6"),
                .supplement = "5494"}) == Codes{});
}

TEST_CASE("citation: shouted law without gazette") {
  CHECK(Expect("UNDANG-UNDANG NOMOR 20 TAHUN 2023 TENTANG APARATUR SIPIL "
               "NEGARA",
               {.type = "Undang-Undang",
                .number = "20",
                .year = 2023,
                .title = "APARATUR SIPIL NEGARA"}) == Codes{});
}

TEST_CASE("citation: lower-case 'undang-undang' and 'nomor'") {
  CHECK(Expect("undang-undang nomor 14 tahun 2008 tentang Keterbukaan "
               "Informasi Publik.",
               {.type = "Undang-Undang",
                .number = "14",
                .year = 2008,
                .title = "Keterbukaan Informasi Publik"}) == Codes{});
}

TEST_CASE("citation: abbreviated law with LN RI / TLN RI and number/year") {
  CHECK(Expect("UU No. 7/2017 tentang Pemilu (LN RI Tahun 2017 No. 182, TLN "
               "RI No. 6109)",
               {.type = "Undang-Undang",
                .number = "7/2017",
                .year = 2017,
                .title = "Pemilu",
                .gazette = LN(2017, "182"),
                .supplement = "6109"}) == Codes{"citation-year-from-number"});
}

TEST_CASE("citation: Perppu enacted as law, amendment without title") {
  CHECK(
      Expect("Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 "
             "tentang Pemilihan Gubernur, Bupati, dan Walikota (Lembaran "
             "Negara Republik Indonesia Tahun 2014 Nomor 245, Tambahan "
             "Lembaran Negara Republik Indonesia Nomor 5588) yang telah "
             "ditetapkan menjadi Undang-Undang dengan Undang-Undang Nomor 1 "
             "Tahun 2015 (Lembaran Negara Republik Indonesia Tahun 2015 Nomor "
             "23, Tambahan Lembaran Negara Republik Indonesia Nomor 5656);",
             {.type = "Peraturan Pemerintah Pengganti Undang-Undang",
              .number = "1",
              .year = 2014,
              .title = "Pemilihan Gubernur, Bupati, dan Walikota",
              .gazette = LN(2014, "245"),
              .supplement = "5588",
              .amended_by = {{.type = "Undang-Undang",
                              .number = "1",
                              .year = 2015,
                              .gazette = LN(2015, "23"),
                              .supplement = "5656"}}}) == Codes{});
}

TEST_CASE("citation: Perppu 'sebagaimana telah ditetapkan menjadi'") {
  CHECK(Expect(
            "Peraturan Pemerintah Pengganti Undang Undang Nomor 2 Tahun 2022 "
            "tentang Cipta Kerja (Lembaran Negara Republik Indonesia Tahun "
            "2022 Nomor 238, Tambahan Lembaran Negara Republik Indonesia "
            "Nomor 6841) sebagaimana telah ditetapkan menjadi Undang-Undang "
            "dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan "
            "Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 "
            "tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara "
            "Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara "
            "Republik Indonesia Nomor 6856);",
            {.type = "Peraturan Pemerintah Pengganti Undang-Undang",
             .number = "2",
             .year = 2022,
             .title = "Cipta Kerja",
             .gazette = LN(2022, "238"),
             .supplement = "6841",
             .amended_by = {{.type = "Undang-Undang",
                             .number = "6",
                             .year = 2023,
                             .title = "Penetapan Peraturan Pemerintah "
                                      "Pengganti Undang-Undang Nomor 2 Tahun "
                                      "2022 tentang Cipta Kerja menjadi "
                                      "Undang-Undang",
                             .gazette = LN(2023, "41"),
                             .supplement = "6856"}}}) == Codes{});
}

// ---------------------------------------------------------------------------
// Peraturan Pemerintah, Presiden

TEST_CASE("citation: government regulation amended once") {
  CHECK(Expect("Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen "
               "Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun "
               "2017 Nomor 63, Tambahan Lembaran Negara Republik Indonesia "
               "Nomor 6037) sebagaimana telah diubah dengan Peraturan "
               "Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas "
               "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen "
               "Pegawai Negeri Sipil (Lembaran Negara Republik Indonesia Tahun "
               "2020 Nomor 68, Tambahan Lembaran Negara Republik Indonesia "
               "Nomor 6477);",
               {.type = "Peraturan Pemerintah",
                .number = "11",
                .year = 2017,
                .title = "Manajemen Pegawai Negeri Sipil",
                .gazette = LN(2017, "63"),
                .supplement = "6037",
                .amended_by = {{.type = "Peraturan Pemerintah",
                                .number = "17",
                                .year = 2020,
                                .title = "Perubahan atas Peraturan Pemerintah "
                                         "Nomor 11 Tahun 2017 tentang "
                                         "Manajemen Pegawai Negeri Sipil",
                                .gazette = LN(2020, "68"),
                                .supplement = "6477"}}}) == Codes{});
}

TEST_CASE("citation: 'No.', line breaks and doubled spaces") {
  CHECK(Expect("Peraturan  Pemerintah No. 94 Tahun 2021\ntentang Disiplin "
               "Pegawai\n\nNegeri Sipil (Lembaran Negara Republik Indonesia\n"
               "Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik "
               "Indonesia Nomor  6718);",
               {.type = "Peraturan Pemerintah",
                .number = "94",
                .year = 2021,
                .title = "Disiplin Pegawai Negeri Sipil",
                .gazette = LN(2021, "202"),
                .supplement = "6718"}) == Codes{});
}

TEST_CASE("citation: 'NOMOR' upper case, 'Tentang' capitalized") {
  CHECK(Expect("Peraturan Pemerintah NOMOR 60 Tahun 2008 Tentang Sistem "
               "Pengendalian Intern Pemerintah (Lembaran Negara Republik "
               "Indonesia Tahun 2008 nomor 127, Tambahan Lembaran Negara "
               "Republik Indonesia Nomor 4890).",
               {.type = "Peraturan Pemerintah",
                .number = "60",
                .year = 2008,
                .title = "Sistem Pengendalian Intern Pemerintah",
                .gazette = LN(2008, "127"),
                .supplement = "4890"}) == Codes{});
}

TEST_CASE("citation: presidential regulation, gazette without supplement") {
  CHECK(Expect("Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design "
               "Reformasi Birokrasi 2010-2025 (Lembaran Negara Republik "
               "Indonesia Tahun 2010 Nomor 138);",
               {.type = "Peraturan Presiden",
                .number = "81",
                .year = 2010,
                .title = "Grand Design Reformasi Birokrasi 2010-2025",
                .gazette = LN(2010, "138")}) == Codes{});
}

TEST_CASE("citation: 'Republik Indonesia' after the issuer is dropped; a "
          "parenthesis in the title stays") {
  CHECK(Expect("Peraturan Presiden Republik Indonesia Nomor 95 Tahun 2018 "
               "tentang Sistem Pemerintahan Berbasis Elektronik (SPBE) "
               "(Lembaran Negara Republik Indonesia Tahun 2018 Nomor 182);",
               {.type = "Peraturan Presiden",
                .number = "95",
                .year = 2018,
                .title = "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                .gazette = LN(2018, "182")}) == Codes{});
}

TEST_CASE("citation: abbreviated Perpres") {
  CHECK(Expect("Perpres Nomor 12 Tahun 2025 tentang Rencana Pembangunan "
               "Jangka Menengah Nasional Tahun 2025-2029",
               {.type = "Peraturan Presiden",
                .number = "12",
                .year = 2025,
                .title = "Rencana Pembangunan Jangka Menengah Nasional Tahun "
                         "2025-2029"}) == Codes{});
}

TEST_CASE("citation: presidential decree with 'Nomor :'") {
  CHECK(Expect("Keputusan Presiden Nomor : 7 Tahun 2020 tentang Gugus Tugas "
               "Percepatan Penanganan Corona Virus Disease 2019 (COVID-19);",
               {.type = "Keputusan Presiden",
                .number = "7",
                .year = 2020,
                .title = "Gugus Tugas Percepatan Penanganan Corona Virus "
                         "Disease 2019 (COVID-19)"}) == Codes{});
}

TEST_CASE("citation: presidential instruction without title") {
  CHECK(Expect("Instruksi Presiden Nomor 1 Tahun 2022;",
               {.type = "Instruksi Presiden", .number = "1", .year = 2022}) ==
        Codes{});
}

TEST_CASE("citation: Inpres abbreviation") {
  CHECK(Expect("Inpres Nomor 9 Tahun 2000 tentang Pengarusutamaan Gender "
               "Dalam Pembangunan Nasional",
               {.type = "Instruksi Presiden",
                .number = "9",
                .year = 2000,
                .title = "Pengarusutamaan Gender Dalam Pembangunan "
                         "Nasional"}) == Codes{});
}

// ---------------------------------------------------------------------------
// Ministerial regulations

TEST_CASE("citation: shouted Permendagri with Berita Negara") {
  CHECK(Expect("PERATURAN MENTERI DALAM NEGERI NOMOR 80 TAHUN 2015 TENTANG "
               "PEMBENTUKAN PRODUK HUKUM DAERAH (BERITA NEGARA REPUBLIK "
               "INDONESIA TAHUN 2015 NOMOR 2036)",
               {.type = "Peraturan Menteri Dalam Negeri",
                .number = "80",
                .year = 2015,
                .title = "PEMBENTUKAN PRODUK HUKUM DAERAH",
                .gazette = BN(2015, "2036")}) == Codes{});
}

TEST_CASE("citation: Permendagri amended, 'sebagaimana diubah dengan'") {
  CHECK(Expect("Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang "
               "Pembentukan Produk Hukum Daerah (Berita Negara Republik "
               "Indonesia Tahun 2015 Nomor 2036) sebagaimana diubah dengan "
               "Permendagri Nomor 120 Tahun 2018 tentang Perubahan atas "
               "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang "
               "Pembentukan Produk Hukum Daerah (Berita Negara Republik "
               "Indonesia Tahun 2019 Nomor 157);",
               {.type = "Peraturan Menteri Dalam Negeri",
                .number = "80",
                .year = 2015,
                .title = "Pembentukan Produk Hukum Daerah",
                .gazette = BN(2015, "2036"),
                .amended_by = {{.type = "Peraturan Menteri Dalam Negeri",
                                .number = "120",
                                .year = 2018,
                                .title = "Perubahan atas Peraturan Menteri "
                                         "Dalam Negeri Nomor 80 Tahun 2015 "
                                         "tentang Pembentukan Produk Hukum "
                                         "Daerah",
                                .gazette = BN(2019, "157")}}}) == Codes{});
}

TEST_CASE("citation: Minister of Finance regulation") {
  CHECK(Expect("Peraturan Menteri Keuangan Nomor 62 Tahun 2023 tentang "
               "Perencanaan Anggaran, Pelaksanaan Anggaran, serta Akuntansi "
               "dan Pelaporan Keuangan (Berita Negara Republik Indonesia Tahun "
               "2023 Nomor 470);",
               {.type = "Peraturan Menteri Keuangan",
                .number = "62",
                .year = 2023,
                .title = "Perencanaan Anggaran, Pelaksanaan Anggaran, serta "
                         "Akuntansi dan Pelaporan Keuangan",
                .gazette = BN(2023, "470")}) == Codes{});
}

TEST_CASE("citation: PANRB regulation amended, abbreviated amendment") {
  CHECK(Expect("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
               "Birokrasi Republik Indonesia Nomor 25 Tahun 2020 tentang Road "
               "Map Reformasi Birokrasi 2020-2024 (Berita Negara Republik "
               "Indonesia Tahun 2020 Nomor 1441) sebagaimana telah diubah "
               "dengan Peraturan Menteri PAN-RB Nomor 3 Tahun 2023 tentang "
               "Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara "
               "dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang Road Map "
               "Reformasi Birokrasi 2020-2024 (Berita Negara Republik "
               "Indonesia Tahun 2023 Nomor 243);",
               {.type = kPanRb,
                .number = "25",
                .year = 2020,
                .title = "Road Map Reformasi Birokrasi 2020-2024",
                .gazette = BN(2020, "1441"),
                .amended_by = {{.type = kPanRb,
                                .number = "3",
                                .year = 2023,
                                .title = "Perubahan atas Peraturan Menteri "
                                         "Pendayagunaan Aparatur Negara dan "
                                         "Reformasi Birokrasi Nomor 25 Tahun "
                                         "2020 tentang Road Map Reformasi "
                                         "Birokrasi 2020-2024",
                                .gazette = BN(2023, "243")}}}) == Codes{});
}

TEST_CASE("citation: PermenPANRB written as one word") {
  CHECK(Expect("PermenPANRB Nomor 9 Tahun 2023 tentang Evaluasi Reformasi "
               "Birokrasi",
               {.type = kPanRb,
                .number = "9",
                .year = 2023,
                .title = "Evaluasi Reformasi Birokrasi"}) == Codes{});
}

TEST_CASE("citation: ministerial decree, number carries the year") {
  CHECK(Expect("Keputusan Menteri Pendayagunaan Aparatur Negara Nomor "
               "63/KEP/M.PAN/7/2003 tentang Pedoman Umum Penyelenggaraan "
               "Pelayanan Publik;",
               {.type = "Keputusan Menteri Pendayagunaan Aparatur Negara",
                .number = "63/KEP/M.PAN/7/2003",
                .year = 2003,
                .title = "Pedoman Umum Penyelenggaraan Pelayanan Publik"}) ==
        Codes{"citation-year-from-number"});
}

TEST_CASE("citation: circular letter") {
  CHECK(Expect("Surat Edaran Menteri PANRB Nomor B/185/M.SM.02.03/2022 "
               "tentang Status Kepegawaian di Lingkungan Instansi Pemerintah "
               "Pusat dan Instansi Pemerintah Daerah",
               {.type = "Surat Edaran Menteri Pendayagunaan Aparatur Negara "
                        "dan Reformasi Birokrasi",
                .number = "B/185/M.SM.02.03/2022",
                .year = 2022,
                .title = "Status Kepegawaian di Lingkungan Instansi "
                         "Pemerintah Pusat dan Instansi Pemerintah Daerah"}) ==
        Codes{"citation-year-from-number"});
}

// ---------------------------------------------------------------------------
// Election bodies: KPU, Bawaslu, DKPP

TEST_CASE("citation: KPU regulation, abbreviated, 'No.', '; dan'") {
  CHECK(Expect("Peraturan KPU RI No. 3 Tahun 2024 tentang Tata Kerja; dan",
               {.type = "Peraturan Komisi Pemilihan Umum",
                .number = "3",
                .year = 2024,
                .title = "Tata Kerja"}) == Codes{});
}

TEST_CASE("citation: PKPU with amendments listed by 'dan', no gazettes") {
  CHECK(Expect("PKPU Nomor 3 Tahun 2022 tentang Tahapan dan Jadwal "
               "Penyelenggaraan Pemilihan Umum Tahun 2024 (Berita Negara "
               "Republik Indonesia Tahun 2022 Nomor 657) sebagaimana diubah "
               "dengan Peraturan KPU Nomor 5 Tahun 2023 dan Peraturan KPU "
               "Nomor 6 Tahun 2024;",
               {.type = "Peraturan Komisi Pemilihan Umum",
                .number = "3",
                .year = 2022,
                .title = "Tahapan dan Jadwal Penyelenggaraan Pemilihan Umum "
                         "Tahun 2024",
                .gazette = BN(2022, "657"),
                .amended_by = {{.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "5",
                                .year = 2023},
                               {.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "6",
                                .year = 2024}}}) == Codes{});
}

TEST_CASE("citation: amendments with titles split at 'dan'") {
  CHECK(Expect("Peraturan Komisi Pemilihan Umum Nomor 7 Tahun 2022 tentang "
               "Penyusunan Daftar Pemilih sebagaimana telah diubah dengan "
               "Peraturan Komisi Pemilihan Umum Nomor 7 Tahun 2023 tentang "
               "Perubahan Pertama, dan Peraturan Komisi Pemilihan Umum Nomor 2 "
               "Tahun 2024 tentang Perubahan Kedua",
               {.type = "Peraturan Komisi Pemilihan Umum",
                .number = "7",
                .year = 2022,
                .title = "Penyusunan Daftar Pemilih",
                .amended_by = {{.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "7",
                                .year = 2023,
                                .title = "Perubahan Pertama"},
                               {.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "2",
                                .year = 2024,
                                .title = "Perubahan Kedua"}}}) == Codes{});
}

TEST_CASE("citation: two amendment clauses in a row make one flat list") {
  CHECK(Expect("Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang "
               "Tata Kerja (Berita Negara Republik Indonesia Tahun 2019 Nomor "
               "320) sebagaimana telah diubah dengan Peraturan Komisi "
               "Pemilihan Umum Nomor 21 Tahun 2020 (Berita Negara Republik "
               "Indonesia Tahun 2020 Nomor 1237) dan terakhir diubah dengan "
               "Peraturan Komisi Pemilihan Umum Nomor 12 Tahun 2023 (Berita "
               "Negara Republik Indonesia Tahun 2023 Nomor 377), sebagaimana "
               "telah diubah lagi dengan Peraturan Komisi Pemilihan Umum Nomor "
               "1 Tahun 2025;",
               {.type = "Peraturan Komisi Pemilihan Umum",
                .number = "8",
                .year = 2019,
                .title = "Tata Kerja",
                .gazette = BN(2019, "320"),
                .amended_by = {{.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "21",
                                .year = 2020,
                                .gazette = BN(2020, "1237")},
                               {.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "12",
                                .year = 2023,
                                .gazette = BN(2023, "377")},
                               {.type = "Peraturan Komisi Pemilihan Umum",
                                .number = "1",
                                .year = 2025}}}) == Codes{});
}

TEST_CASE("citation: KPU decree numbered 'N Tahun Y'") {
  CHECK(Expect("Keputusan Komisi Pemilihan Umum Nomor 1382 Tahun 2024 tentang "
               "Pedoman Teknis Penyusunan Rencana Aksi;",
               {.type = "Keputusan Komisi Pemilihan Umum",
                .number = "1382",
                .year = 2024,
                .title = "Pedoman Teknis Penyusunan Rencana Aksi"}) ==
        Codes{});
}

TEST_CASE("citation: KPU decree with a Kpt number") {
  CHECK(Expect("Keputusan KPU Nomor 8/HK.03.1-Kpt/03/KPU/I/2024 tentang "
               "Pedoman Pengelolaan Arsip",
               {.type = "Keputusan Komisi Pemilihan Umum",
                .number = "8/HK.03.1-Kpt/03/KPU/I/2024",
                .year = 2024,
                .title = "Pedoman Pengelolaan Arsip"}) ==
        Codes{"citation-year-from-number"});
}

TEST_CASE("citation: Kpt number with OCR spaces at its joins is repaired") {
  CHECK(Expect("Keputusan Komisi Pemilihan Umum Nomor 21/PP.01- Kpt/03/ "
               "KPU/II/2022 tentang Pedoman Teknis",
               {.type = "Keputusan Komisi Pemilihan Umum",
                .number = "21/PP.01-Kpt/03/KPU/II/2022",
                .year = 2022,
                .title = "Pedoman Teknis"}) ==
        Codes{"citation-number-spacing", "citation-year-from-number"});
}

TEST_CASE("citation: Kpt number with a space where a join was is kept") {
  CHECK(Expect("Keputusan Komisi Pemilihan Umum Nomor 12/HK.03 Kpt/02/KPU/"
               "III/2023 tentang Standar Pelayanan",
               {.type = "Keputusan Komisi Pemilihan Umum",
                .number = "12/HK.03 Kpt/02/KPU/III/2023",
                .year = 2023,
                .title = "Standar Pelayanan"}) ==
        Codes{"citation-number-space", "citation-year-from-number"});
}

TEST_CASE("citation: Bawaslu regulation, long and short issuer names") {
  Want want{.type = "Peraturan Badan Pengawas Pemilihan Umum",
            .number = "1",
            .year = 2023,
            .title = "Pengawasan Pemilihan Umum",
            .gazette = BN(2023, "103")};
  std::string tail =
      " Nomor 1 Tahun 2023 tentang Pengawasan Pemilihan Umum (Berita Negara "
      "Republik Indonesia Tahun 2023 Nomor 103);";
  CHECK(Expect("Peraturan Badan Pengawas Pemilihan Umum" + tail, want) ==
        Codes{});
  CHECK(Expect("Peraturan Bawaslu" + tail, want) == Codes{});
  CHECK(Expect("Perbawaslu" + tail, want) == Codes{});
}

TEST_CASE("citation: DKPP regulation amended") {
  const char* kDkpp =
      "Peraturan Dewan Kehormatan Penyelenggara Pemilihan Umum";
  CHECK(Expect("Peraturan DKPP Nomor 2 Tahun 2017 tentang Kode Etik dan "
               "Pedoman Perilaku Penyelenggara Pemilihan Umum (Berita Negara "
               "Republik Indonesia Tahun 2017 Nomor 1404) sebagaimana telah "
               "diubah dengan Peraturan Dewan Kehormatan Penyelenggara "
               "Pemilihan Umum Nomor 1 Tahun 2022 tentang Perubahan atas "
               "Peraturan Dewan Kehormatan Penyelenggara Pemilihan Umum Nomor 2 "
               "Tahun 2017 tentang Kode Etik dan Pedoman Perilaku "
               "Penyelenggara Pemilihan Umum (Berita Negara Republik Indonesia "
               "Tahun 2022 Nomor 1019);",
               {.type = kDkpp,
                .number = "2",
                .year = 2017,
                .title = "Kode Etik dan Pedoman Perilaku Penyelenggara "
                         "Pemilihan Umum",
                .gazette = BN(2017, "1404"),
                .amended_by = {{.type = kDkpp,
                                .number = "1",
                                .year = 2022,
                                .title = "Perubahan atas Peraturan Dewan "
                                         "Kehormatan Penyelenggara Pemilihan "
                                         "Umum Nomor 2 Tahun 2017 tentang Kode "
                                         "Etik dan Pedoman Perilaku "
                                         "Penyelenggara Pemilihan Umum",
                                .gazette = BN(2022, "1019")}}}) == Codes{});
}

// ---------------------------------------------------------------------------
// Regional instruments

TEST_CASE("citation: provincial regulation with Lembaran Daerah and supplement") {
  CHECK(Expect("Peraturan Daerah Provinsi Jambi Nomor 5 Tahun 2016 tentang "
               "Pembentukan dan Susunan Perangkat Daerah Provinsi Jambi "
               "(Lembaran Daerah Provinsi Jambi Tahun 2016 Nomor 5, Tambahan "
               "Lembaran Daerah Provinsi Jambi Nomor 52);",
               {.type = "Peraturan Daerah Provinsi Jambi",
                .number = "5",
                .year = 2016,
                .title = "Pembentukan dan Susunan Perangkat Daerah Provinsi "
                         "Jambi",
                .gazette = LD(2016, "5"),
                .supplement = "52"}) == Codes{});
}

TEST_CASE("citation: regency regulation with a register number piece") {
  CHECK(Expect("Peraturan Daerah Kabupaten Tanjung Jabung Barat Nomor 6 Tahun "
               "2016 tentang Pembentukan Perangkat Daerah (Lembaran Daerah "
               "Kabupaten Tanjung Jabung Barat Tahun 2016 Nomor 6, Noreg "
               "Peraturan Daerah Kabupaten Tanjung Jabung Barat: 6/75/2016)",
               {.type = "Peraturan Daerah Kabupaten Tanjung Jabung Barat",
                .number = "6",
                .year = 2016,
                .title = "Pembentukan Perangkat Daerah",
                .gazette = LD(2016, "6")}) ==
        Codes{"citation-gazette-unrecognized"});
}

TEST_CASE("citation: Perda abbreviation, upper-case region") {
  CHECK(Expect("Perda Kabupaten MUARO JAMBI Nomor 3 Tahun 2019 tentang "
               "Rencana Pembangunan Jangka Menengah Daerah (Lembaran Daerah "
               "Kabupaten Muaro Jambi Tahun 2019 Nomor 3)",
               {.type = "Peraturan Daerah Kabupaten MUARO JAMBI",
                .number = "3",
                .year = 2019,
                .title = "Rencana Pembangunan Jangka Menengah Daerah",
                .gazette = LD(2019, "3")}) == Codes{});
}

TEST_CASE("citation: regent regulation with Berita Daerah") {
  CHECK(Expect("Peraturan Bupati Batang Hari Nomor 45 Tahun 2021 tentang "
               "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata "
               "Kerja Inspektorat (Berita Daerah Kabupaten Batang Hari Tahun "
               "2021 Nomor 45);",
               {.type = "Peraturan Bupati Batang Hari",
                .number = "45",
                .year = 2021,
                .title = "Kedudukan, Susunan Organisasi, Tugas dan Fungsi "
                         "serta Tata Kerja Inspektorat",
                .gazette = BD(2021, "45")}) == Codes{});
}

TEST_CASE("citation: mayor and governor regulations") {
  CHECK(Expect("Peraturan Walikota Jambi Nomor 24 Tahun 2022 tentang Sistem "
               "Pengendalian Intern (Berita Daerah Kota Jambi Tahun 2022 "
               "Nomor 24)",
               {.type = "Peraturan Walikota Jambi",
                .number = "24",
                .year = 2022,
                .title = "Sistem Pengendalian Intern",
                .gazette = BD(2022, "24")}) == Codes{});
  CHECK(Expect("Pergub Jambi Nomor 40 Tahun 2020 tentang Reformasi Birokrasi",
               {.type = "Peraturan Gubernur Jambi",
                .number = "40",
                .year = 2020,
                .title = "Reformasi Birokrasi"}) == Codes{});
}

TEST_CASE("citation: Aceh qanun, gazette number with leading zero") {
  CHECK(Expect("Qanun Aceh Nomor 3 Tahun 2008 tentang Partai Politik Lokal "
               "Peserta Pemilihan Umum Anggota Dewan Perwakilan Rakyat Aceh "
               "(Lembaran Daerah Aceh Tahun 2008 Nomor 03, Tambahan Lembaran "
               "Daerah Aceh Nomor 03)",
               {.type = "Qanun Aceh",
                .number = "3",
                .year = 2008,
                .title = "Partai Politik Lokal Peserta Pemilihan Umum "
                         "Anggota Dewan Perwakilan Rakyat Aceh",
                .gazette = LD(2008, "03"),
                .supplement = "03"}) == Codes{});
}

// ---------------------------------------------------------------------------
// Other issuers and the "Republik Indonesia" rule

TEST_CASE("citation: MPR decree with a roman-numeral number") {
  CHECK(Expect("Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia "
               "Nomor XI/MPR/1998 tentang Penyelenggara Negara yang Bersih dan "
               "Bebas Korupsi, Kolusi, dan Nepotisme;",
               {.type = "Ketetapan Majelis Permusyawaratan Rakyat",
                .number = "XI/MPR/1998",
                .year = 1998,
                .title = "Penyelenggara Negara yang Bersih dan Bebas Korupsi, "
                         "Kolusi, dan Nepotisme"}) ==
        Codes{"citation-year-from-number"});
}

TEST_CASE("citation: 'Negara Republik Indonesia' in an institution is kept") {
  CHECK(Expect("Peraturan Kepala Kepolisian Negara Republik Indonesia Nomor 6 "
               "Tahun 2019 tentang Penyidikan Tindak Pidana (Berita Negara "
               "Republik Indonesia Tahun 2019 Nomor 1311);",
               {.type = "Peraturan Kepala Kepolisian Negara Republik Indonesia",
                .number = "6",
                .year = 2019,
                .title = "Penyidikan Tindak Pidana",
                .gazette = BN(2019, "1311")}) == Codes{});
}

// ---------------------------------------------------------------------------
// Damaged citations: best reading plus a diagnostic

TEST_CASE("citation: 'Berita Acara' is not mapped onto Berita Negara") {
  CHECK(Expect("Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang "
               "Pedoman Teknis Pengelolaan Keuangan Daerah (Berita Acara "
               "Republik Indonesia Tahun 2020 Nomor 1781);",
               {.type = "Peraturan Menteri Dalam Negeri",
                .number = "77",
                .year = 2020,
                .title = "Pedoman Teknis Pengelolaan Keuangan Daerah"}) ==
        Codes{"citation-gazette-unrecognized"});
}

TEST_CASE("citation: title without 'tentang' is reported, gazette still read") {
  CHECK(Expect("Peraturan Pemerintah Nomor 11 Tahun 2017 Manajemen Pegawai "
               "Negeri Sipil (Lembaran Negara Republik Indonesia Tahun 2017 "
               "Nomor 63)",
               {.type = "Peraturan Pemerintah",
                .number = "11",
                .year = 2017,
                .gazette = LN(2017, "63")}) ==
        Codes{"citation-text-unparsed"});
}

TEST_CASE("citation: gazette parenthesis never closed before the amendment") {
  CHECK(Expect("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum "
               "(Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, "
               "Tambahan Lembaran Negara Republik Indonesia Nomor 6109 "
               "sebagaimana telah diubah dengan Undang-Undang Nomor 7 Tahun "
               "2023 (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 54",
               {.type = "Undang-Undang",
                .number = "7",
                .year = 2017,
                .title = "Pemilihan Umum",
                .gazette = LN(2017, "182"),
                .supplement = "6109",
                .amended_by = {{.type = "Undang-Undang",
                                .number = "7",
                                .year = 2023,
                                .gazette = LN(2023, "54")}}}) ==
        Codes{"citation-parenthesis-unbalanced",
              "citation-parenthesis-unbalanced"});
}

TEST_CASE("citation: gazette whose opening parenthesis was lost") {
  CHECK(Expect("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, "
               "Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112)",
               {.type = "Undang-Undang",
                .number = "25",
                .year = 2009,
                .title = "Pelayanan Publik",
                .gazette = LN(2009, "112")}) ==
        Codes{"citation-parenthesis-unbalanced"});
}

TEST_CASE("citation: 'Nomor' without a number, 'Tahun' without a year") {
  CHECK(Expect("Peraturan Pemerintah Nomor Tahun 2020 tentang Disiplin",
               {.type = "Peraturan Pemerintah",
                .year = 2020,
                .title = "Disiplin"}) == Codes{"citation-number-missing"});
  CHECK(Expect("Peraturan Pemerintah Nomor 30 Tahun tentang Disiplin",
               {.type = "Peraturan Pemerintah",
                .number = "30",
                .title = "Disiplin"}) == Codes{"citation-year-unclear"});
}

TEST_CASE("citation: amendment clause followed by no instrument") {
  CHECK(Expect("Undang-Undang Nomor 30 Tahun 2002 tentang Komisi "
               "Pemberantasan Tindak Pidana Korupsi (Lembaran Negara Republik "
               "Indonesia Tahun 2002 Nomor 137) sebagaimana telah diubah "
               "beberapa kali",
               {.type = "Undang-Undang",
                .number = "30",
                .year = 2002,
                .title = "Komisi Pemberantasan Tindak Pidana Korupsi",
                .gazette = LN(2002, "137")}) ==
        Codes{"citation-text-unparsed"});
}

TEST_CASE("citation: a revocation clause is reported, not read as title") {
  CHECK(Expect("Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah "
               "(Lembaran Negara Republik Indonesia Tahun 2004 Nomor 125) "
               "sebagaimana telah dicabut dengan Undang-Undang Nomor 23 Tahun "
               "2014",
               {.type = "Undang-Undang",
                .number = "32",
                .year = 2004,
                .title = "Pemerintahan Daerah",
                .gazette = LN(2004, "125")}) ==
        Codes{"citation-text-unparsed"});
  CHECK(Expect("Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah "
               "yang telah dicabut",
               {.type = "Undang-Undang",
                .number = "32",
                .year = 2004,
                .title = "Pemerintahan Daerah"}) ==
        Codes{"citation-text-unparsed"});
}

TEST_CASE("citation: colon-joined 'Nomor:' and 'Tahun:', issuer kept whole") {
  CHECK(Expect("Undang-Undang Nomor:7 Tahun:2017 tentang Pemilihan Umum",
               {.type = "Undang-Undang",
                .number = "7",
                .year = 2017,
                .title = "Pemilihan Umum"}) == Codes{});
  CHECK(Expect("Keputusan KPU Kabupaten Muaro Jambi Nomor "
               "12/PL.01-Kpt/1505/2024 tentang Penetapan Tim",
               {.type = "Keputusan Komisi Pemilihan Umum Kabupaten Muaro Jambi",
                .number = "12/PL.01-Kpt/1505/2024",
                .year = 2024,
                .title = "Penetapan Tim"}) ==
        Codes{"citation-year-from-number"});
}

TEST_CASE("citation: supplement in a parenthesis of its own") {
  CHECK(Expect("Peraturan Komisi Pemilihan Umum Nomor 1 Tahun 2022 (Berita "
               "Negara Republik Indonesia Tahun 2022 Nomor 100) (Tambahan "
               "Berita Negara Republik Indonesia Nomor 5)",
               {.type = "Peraturan Komisi Pemilihan Umum",
                .number = "1",
                .year = 2022,
                .gazette = BN(2022, "100"),
                .supplement = "5"}) == Codes{});
}

// ---------------------------------------------------------------------------
// Not citations, and hostile input

TEST_CASE("citation: empty and blank text") {
  CHECK_FALSE(ParseCitation("").has_value());
  CHECK_FALSE(ParseCitation(" \n\t ;").has_value());
}

TEST_CASE("citation: prose names no instrument") {
  CHECK_FALSE(ParseCitation("bahwa untuk melaksanakan reformasi birokrasi "
                            "perlu disusun rencana aksi;")
                  .has_value());
  CHECK_FALSE(
      ParseCitation("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
          .has_value());
  CHECK_FALSE(ParseCitation("Peraturan tentang tata kerja").has_value());
  // A reference deep inside a sentence is not an item's citation.
  CHECK_FALSE(ParseCitation("Dalam rangka melaksanakan ketentuan yang diatur "
                            "lebih lanjut sesuai dengan Undang-Undang Nomor 7 "
                            "Tahun 2017")
                  .has_value());
  CHECK_FALSE(ParseCitation("(Lembaran Negara Republik Indonesia Tahun 2017 "
                            "Nomor 182)")
                  .has_value());
}

TEST_CASE("citation: unbalanced parentheses alone") {
  CHECK_FALSE(ParseCitation("((((((").has_value());
  CHECK_FALSE(ParseCitation(")))) Nomor (((").has_value());
}

TEST_CASE("citation: 10 MB of 'Nomor Nomor …' returns") {
  std::string text;
  text.reserve(10 << 20);
  while (text.size() < (10u << 20)) text += "Nomor ";
  CHECK_FALSE(ParseCitation(text).has_value());
}

TEST_CASE("citation: 10 MB after a real head returns a bounded parse") {
  std::string filler;
  filler.reserve(10 << 20);
  while (filler.size() < (10u << 20)) filler += "Nomor ";
  Diagnostics diags;
  std::optional<Citation> c =
      ParseCitation("Undang-Undang Nomor " + filler, 3, diags);
  REQUIRE(c.has_value());
  CHECK(c->type == "Undang-Undang");
  CHECK_FALSE(c->number.has_value());
  CHECK(diags.HasCode("citation-number-missing"));
  CHECK(diags.HasCode("citation-text-unparsed"));
  for (const Diagnostic& d : diags.items()) CHECK(d.message.size() < 400);

  std::string parens;
  parens.reserve(10 << 20);
  while (parens.size() < (10u << 20)) parens += "(Lembaran ";
  c = ParseCitation("Undang-Undang Nomor 1 Tahun 2000 tentang X " + parens);
  REQUIRE(c.has_value());
  CHECK(c->title == "X");
}

TEST_CASE("citation: 10 MB amendment list is read to its end") {
  std::string text = "Undang-Undang Nomor 1 Tahun 2000 sebagaimana diubah dengan";
  constexpr int kCount = 250000;
  for (int i = 0; i < kCount; ++i) text += " Undang-Undang Nomor 2 Tahun 2001 dan";
  std::optional<Citation> c = ParseCitation(text);
  REQUIRE(c.has_value());
  CHECK(c->amended_by.size() == kCount);
  CHECK(c->amended_by.back().number == "2");
}

// ---------------------------------------------------------------------------
// Every Mengingat item of the two samples

// Mengingat items of a sample as the segment stage will hand them over: label
// removed, lines of one item joined by newlines (the parser collapses them).
std::map<std::string, std::string> LegalBasisItems(const char* path) {
  Diagnostics diags;
  ReadResult read = ReadDocument(testing::ReadProjectFile(path), diags);
  REQUIRE(read.ok);
  std::map<std::string, std::string> items;
  std::string* current = nullptr;
  bool inside = false;
  for (const SourceLine& line : read.lines) {
    std::string text = line.text;
    if (!inside) {
      size_t at = text.find("Mengingat");
      if (at == std::string::npos) continue;
      inside = true;
      size_t colon = text.find(':', at);
      text = colon == std::string::npos ? "" : text.substr(colon + 1);
    } else if (text.find("MEMUTUSKAN") != std::string::npos ||
               text.find("M E M U T U S K A N") != std::string::npos) {
      break;
    }
    size_t p = text.find_first_not_of(" -");
    size_t digits = p == std::string::npos
                        ? std::string::npos
                        : text.find_first_not_of("0123456789", p);
    if (digits != std::string::npos && digits > p && text[digits] == '.' &&
        digits + 1 < text.size() && text[digits + 1] == ' ') {
      current = &items[text.substr(p, digits - p)];
      *current = text.substr(digits + 2);
    } else if (current != nullptr) {
      *current += "\n" + text;
    }
  }
  return items;
}

struct SampleItem {
  Want want;
  Codes codes;
};

void CheckSample(const char* path,
                 const std::map<std::string, SampleItem>& expected) {
  std::map<std::string, std::string> items = LegalBasisItems(path);
  std::vector<std::string> labels, expected_labels;
  for (const auto& [label, text] : items) labels.push_back(label);
  for (const auto& [label, item] : expected) expected_labels.push_back(label);
  REQUIRE(labels == expected_labels);
  for (const auto& [label, item] : expected) {
    INFO(path, " item ", label);
    CHECK(Expect(items[label], item.want) == item.codes);
  }
}

const char* kPkpu = "Peraturan Komisi Pemilihan Umum";
const char* kKpuDecree = "Keputusan Komisi Pemilihan Umum";

TEST_CASE("citation: every legal-basis item of the Batang Hari decree") {
  const std::string kTataKerja =
      "Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan "
      "Komisi Pemilihan Umum Kabupaten/Kota";
  const std::string kSekretariat =
      "Tugas, Fungsi, Susunan Organisasi, dan Tata Kerja Sekretariat Jenderal "
      "Komisi Pemilihan Umum, Sekretariat Komisi Pemilihan Umum Provinsi, dan "
      "Sekretariat Komisi Pemilihan Umum Kabupaten/Kota";
  std::map<std::string, SampleItem> expected = {
      {"1",
       {{.type = "Undang-Undang",
         .number = "30",
         .year = 2002,
         .title = "Komisi Pemberantasan Tindak Pidana Korupsi",
         .gazette = LN(2002, "137"),
         .supplement = "4250",
         .amended_by = {{.type = "Undang-Undang",
                         .number = "19",
                         .year = 2019,
                         .title = "Perubahan Kedua atas Undang-Undang Nomor 30 "
                                  "Tahun 2002 tentang Komisi Pemberantasan "
                                  "Tindak Pidana Korupsi",
                         .gazette = LN(2019, "197"),
                         .supplement = "6409"}}},
        {}}},
      {"2",
       {{.type = "Undang-Undang",
         .number = "7",
         .year = 2017,
         .title = "Pemilihan Umum",
         .gazette = LN(2017, "182"),
         .supplement = "6109",
         .amended_by = {{.type = "Undang-Undang",
                         .number = "7",
                         .year = 2023,
                         .title = "Penetapan Peraturan Pemerintah Pengganti "
                                  "Undang-Undang Nomor 1 Tahun 2022 tentang "
                                  "Perubahan atas Undang-Undang Nomor 7 Tahun "
                                  "2017 tentang Pemilihan Umum menjadi "
                                  "Undang-Undang",
                         .gazette = LN(2023, "54"),
                         .supplement = "6863"}}},
        {}}},
      {"3",
       {{.type = "Undang-Undang",
         .number = "59",
         .year = 2024,
         .title = "Rencana Pembangunan Jangka Panjang Nasional Tahun "
                  "2025-2045",
         .gazette = LN(2024, "194"),
         .supplement = "6987"},
        {}}},
      {"4",
       {{.type = "Peraturan Presiden",
         .number = "12",
         .year = 2025,
         .title = "Rencana Pembangunan Jangka Menengah Nasional Tahun "
                  "2025-2029",
         .gazette = LN(2025, "19")},
        {}}},
      {"5",
       {{.type = kPanRb,
         .number = "27",
         .year = 2014,
         .title = "Pedoman Pembangunan Agen Perubahan di Instansi "
                  "Pemerintah"},
        {"citation-gazette-unrecognized"}}},
      {"6",
       {{.type = kPanRb,
         .number = "9",
         .year = 2023,
         .title = "Evaluasi Reformasi Birokrasi",
         .gazette = BN(2023, "601")},
        {}}},
      {"7",
       {{.type = kPkpu,
         .number = "8",
         .year = 2019,
         .title = kTataKerja,
         .gazette = BN(2019, "320"),
         .amended_by = {{.type = kPkpu,
                         .number = "12",
                         .year = 2023,
                         .title = "Perubahan Kelima atas Peraturan Komisi "
                                  "Pemilihan Umum Nomor 8 Tahun 2019 tentang " +
                                  kTataKerja,
                         .gazette = BN(2023, "377")}}},
        {}}},
      {"8",
       {{.type = kPkpu,
         .number = "14",
         .year = 2020,
         .title = kSekretariat,
         .gazette = BN(2020, "1236"),
         .amended_by = {{.type = kPkpu,
                         .number = "21",
                         .year = 2023,
                         .title = "Perubahan Kedua atas Peraturan Komisi "
                                  "Pemilihan Umum Nomor 14 Tahun 2020 tentang " +
                                  kSekretariat,
                         .gazette = BN(2023, "826")}}},
        {}}},
      {"9",
       {{.type = kPkpu,
         .number = "5",
         .year = 2025,
         .title = "Rencana Strategis Komisi Pemilihan Umum Tahun 2025-2029",
         .gazette = BN(2025, "1188")},
        {}}},
      {"10",
       {{.type = kKpuDecree,
         .number = "314/ORT.07 Kpt/01/KPU/V/2021",
         .year = 2021,
         .title = "Petunjuk Teknis Pelaksanaan Reformasi Birokrasi di "
                  "Lingkungan Komisi Pemilihan Umum, Komisi Pemilihan Umum "
                  "Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota"},
        {"citation-number-space", "citation-year-from-number"}}},
  };
  CheckSample(testing::kBatangHari, expected);
}

TEST_CASE("citation: every legal-basis item of the Muaro Jambi decree") {
  const std::string kTataKerjaPrinted =
      "Tata Kerja Komisi Pemilihan Umum, Kerja Komisi Pemilihan Umum "
      "Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota";
  const std::string kTataKerja =
      "Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan "
      "Komisi Pemilihan Umum Kabupaten/Kota";
  const std::string kSekretariat =
      "Susunan Organisasi dan Tata kerja Sekretariat Jenderal Komisi "
      "Pemilihan Umum. Sekretariat Komisi Pemilihan Umum Provinsi dan "
      "Sekretariat Komisi Pemilihan Umum Kabupaten/Kota";
  std::map<std::string, SampleItem> expected = {
      {"1",
       {{.type = "Undang-Undang",
         .number = "28",
         .year = 1999,
         .title = "Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, "
                  "Kolusi, dan Nepotisme",
         .gazette = LN(1999, "75"),
         .supplement = "3851"},
        {}}},
      {"2",
       {{.type = "Undang-Undang",
         .number = "14",
         .year = 2008,
         .title = "Keterbukaan Informasi Publik",
         .gazette = LN(2008, "61"),
         .supplement = "4846"},
        {}}},
      {"3",
       {{.type = "Undang-Undang",
         .number = "25",
         .year = 2009,
         .title = "Pelayanan Publik",
         .gazette = LN(2009, "112"),
         .supplement = "5038"},
        {}}},
      {"4",
       {{.type = "Undang-Undang",
         .number = "7",
         .year = 2017,
         .title = "Pemilihan Umum",
         .gazette = LN(2017, "182"),
         .supplement = "6109",
         .amended_by = {{.type = "Undang-Undang",
                         .number = "7",
                         .year = 2023,
                         .title = "Penetapan Peraturan Pemerintah Pengganti "
                                  "Undang-Undang Nomor 1 Tahun 2022 tentang "
                                  "Perubahan atas Undang-Undang Nomor 7 Tahun "
                                  "2017 tentang Pemilihan Umum menjadi "
                                  "Undang-Undang",
                         .gazette = LN(2022, "224"),
                         .supplement = "6832"}}},
        {}}},
      {"5",
       {{.type = "Undang-Undang",
         .number = "20",
         .year = 2023,
         .title = "Aparatur Sipil Negara",
         .gazette = LN(2023, "141"),
         .supplement = "5897"},
        {}}},
      {"6",
       {{.type = "Peraturan Pemerintah",
         .number = "60",
         .year = 2008,
         .title = "Sistem Pengendalian Intern Pemerintah",
         .gazette = LN(2008, "127"),
         .supplement = "4890"},
        {}}},
      {"7",
       {{.type = kPkpu,
         .number = "8",
         .year = 2019,
         .title = kTataKerjaPrinted,
         .gazette = BN(2019, "320"),
         .amended_by = {{.type = kPkpu,
                         .number = "12",
                         .year = 2023,
                         .title = "Perubahan Kelima atas Peraturan Komisi "
                                  "Pemilihan Umum Nomor 8 Tahun 2019 tentang " +
                                  kTataKerja,
                         .gazette = BN(2023, "377")}}},
        {}}},
      {"8",
       {{.type = kPkpu,
         .number = "14",
         .year = 2020,
         .title = kSekretariat,
         .gazette = BN(2020, "1236"),
         .amended_by = {{.type = kPkpu,
                         .number = "21",
                         .year = 2023,
                         .title = "Perubahan Kedua atas Peraturan Komisi "
                                  "Pemilihan Umum Nomor 14 Tahun 2020 tentang " +
                                  kSekretariat,
                         .gazette = BN(2023, "826")}}},
        {}}},
      {"11",
       {{.type = kPanRb,
         .number = "9",
         .year = 2023,
         .title = "Evaluasi Reformasi Birokrasi",
         .gazette = BN(2023, "601")},
        {}}},
      {"13",
       {{.type = kKpuDecree,
         .number = "314/ORT.07-Kpt/01/KPU/V/2021",
         .year = 2021,
         .title = "Petunjuk Teknis Pelaksanaan Reformasi Birokrasi di "
                  "Lingkungan Komisi Pemilihan Umum, Komisi Pemilihan Umum "
                  "Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota"},
        {"citation-year-from-number"}}},
  };
  CheckSample(testing::kMuaroJambi, expected);
}

}  // namespace
}  // namespace renaksi

namespace renaksi {
namespace {

// Collapsed text is parsed in place, other text collapsed first: a line
// break, TAB or doubled space anywhere (around the 16-byte blocks the
// collapsed test reads) gives the parse of the collapsed text.
TEST_CASE("citation: any stray whitespace reads as the collapsed text") {
  const std::string collapsed =
      "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik "
      "Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109)";
  const Want want{.type = "Undang-Undang",
                  .number = "7",
                  .year = 2017,
                  .title = "Pemilihan Umum",
                  .gazette = LN(2017, "182"),
                  .supplement = "6109"};
  Expect(collapsed, want);
  for (std::size_t at = 0; at <= collapsed.size(); ++at) {
    // Only where whitespace may go: at the ends and next to a space.
    if (at != 0 && at != collapsed.size() && collapsed[at - 1] != ' ') continue;
    for (const char* stray : {"\n", "\t", " ", "\r\n", "\f", "\v"}) {
      std::string text = collapsed;
      text.insert(at, stray);
      Expect(text, want);
      if (at > 0 && at < collapsed.size()) {
        text.erase(at - 1, 1);  // the stray instead of the space
        Expect(text, want);
      }
    }
  }
}

}  // namespace
}  // namespace renaksi
