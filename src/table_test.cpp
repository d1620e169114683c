#include <doctest/doctest.h>

#include "table_test_support.h"

namespace renaksi {
namespace {

using testing::PageHeader;
using testing::Row;
using testing::TableLines;

RawTable Read(const std::string& text, Diagnostics& diags) {
  ReadResult read = ReadDocument(text, diags);
  return ReadTable(TableLines(read.lines), diags);
}

TEST_CASE("table: repeated page headers are dropped whatever their trailing cells") {
  std::string text = "LAMPIRAN\n" + PageHeader("PENANGGUNG JAWAB") +
                     Row({"1.", "Manajemen Perubahan", "Kegiatan A", "1. Sub A", "Indikator A", "√"}) +
                     "\n\n" + PageHeader("PENANG GUNG JAWAB") + "\t\t\t\tlanjutan teks\t\t\t\n" +
                     // a repeated header whose trailing empty cells differ
                     "No\tAREA PERUBAHAN\tKEGIATAN\tSUB KEGIATAN\tINDIKATOR KEBERHASILAN\n"
                     "\t\t\t\t\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\n"
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t\t\t\n" +
                     Row({"", "", "", "2. Sub B", "Indikator B", "", "√"}) + "\n";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  REQUIRE(t.found);
  CHECK(t.last_column == LastColumn::kPenanggungJawab);
  CHECK(t.header_line == 2);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].cells[1] == "Manajemen Perubahan");
  CHECK_FALSE(t.rows[0].starts_page);
  CHECK(t.rows[1].starts_page);
  CHECK(t.rows[1].cells[4] == "lanjutan teks");
  CHECK(t.rows[2].starts_page);
  CHECK(t.rows[2].cells[3] == "2. Sub B");
  CHECK(t.header_lines.size() == 9);
}

TEST_CASE("table: number header lines are known by their numbers 1..k, k >= 10, in order") {
  std::string text = PageHeader() +
                     "\t (1) \t2)\t(3\t4\t5\t6\t7\t8\t9\t10\t\t\n" +         // 4: header
                     Row({"1.", "Manajemen Perubahan", "K", "S", "I", "√"}) + "\n" +  // 5
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\n" +                           // 6: only nine
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t12\n" +                   // 7: 11 missing
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t010\t11\n" +                  // 8: three digits
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t1 0\t11\n" +                  // 9: a space inside
                     "1\t2\t3\t4\t5\t6\t7\t8\t9\t((10)\n" +                     // 10: two '('
                     "01\t2\t3\t4\t5\t6\t7\t8\t9\t10\n";                        // 11: header
  Diagnostics diags;
  RawTable t = Read(text, diags);
  CHECK(t.header_lines == std::vector<int>{1, 2, 3, 4, 11});
  std::vector<int> row_lines;
  for (const auto& row : t.rows) row_lines.push_back(row.line);
  CHECK(row_lines == std::vector<int>{5, 6, 7, 8, 9, 10});
  CHECK(t.rows.back().starts_page == false);
}

TEST_CASE("table: KET layout and a content row mentioning a column title is data") {
  std::string text = PageHeader("KET") +
                     Row({"1.", "Manajemen Perubahan", "Kegiatan", "Tim terdiri dari 8 Area Perubahan",
                          "Indikator", "√"}) + "\n";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  CHECK(t.last_column == LastColumn::kKet);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].line == 4);
}

TEST_CASE("table: page-number and other lines between rows are reported and mark a page start") {
  std::string text = PageHeader() + Row({"1.", "Manajemen Perubahan", "K", "S", "I", "√"}) +
                     "\n- 5 -\n" + Row({"", "", "", "S2", "I2", "√"}) + "\nWebsite KPU Kabupaten X\n" +
                     Row({"", "", "", "S3", "I3", "√"}) + "\n";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].starts_page);
  CHECK(t.rows[2].starts_page);
  auto removed = testing::WithCode(diags, "page-artifact-removed");
  REQUIRE(removed.size() == 2);
  CHECK(removed[0]->severity == Severity::kInfo);
  CHECK(removed[0]->message.find("- 5 -") != std::string::npos);
  CHECK(removed[1]->severity == Severity::kWarning);
  CHECK(removed[1]->message.find("Website KPU Kabupaten X") != std::string::npos);
}

TEST_CASE("table: V and v typed as check marks are read as marks") {
  std::string text = PageHeader() + Row({"1.", "Manajemen Perubahan", "K", "S", "I", "V", " v "}) + "\n";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].cells[5] == "√");
  CHECK(t.rows[0].cells[6] == "√");
  CHECK(diags.HasCode("check-mark-normalized"));
}

TEST_CASE("table: a running footer inside a cell is removed and quoted") {
  std::string text = PageHeader() +
                     Row({"", "", "", "S", "1. Sarana pengaduan, Maret Laporan Reformasi Birokrasi Page 24 2. Pejabat", "√"}) +
                     "\n";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].cells[4] == "1. Sarana pengaduan, 2. Pejabat");
  auto removed = testing::WithCode(diags, "page-artifact-removed");
  REQUIRE(removed.size() == 1);
  CHECK(removed[0]->message.find("Maret Laporan Reformasi Birokrasi Page 24") != std::string::npos);
}

TEST_CASE("table: column titles are matched whatever their case and spacing, as whole cells") {
  // Three title cells make a title line; each spelling below is tried as
  // the third, after two plain titles.
  auto is_header = [](const std::string& third) {
    std::string text = "No\tKegiatan\t" + third + "\n" +
                       Row({"1.", "Manajemen Perubahan", "Kegiatan A", "1. Sub A", "Ind", "√"}) + "\n";
    Diagnostics diags;
    return Read(text, diags).found;
  };
  for (const char* title :
       {"no.", "Nomor", "Area  Perubahan", "AREAPERUBAHAN", "Sub Kegiatan", "subkegiatan",
        "Indikator", "Indikator Keberhasilan", "Pelaksanaan", "Pelaksanaan (Bulan)",
        "PELAKSANAAN(BULAN", "Pelaksanaan Bulan)", "Ket", "Ket.", "Keterangan.",
        "Penang Gung Jawab", "PENANGGUNGJAWAB"}) {
    CAPTURE(title);
    CHECK(is_header(title));
  }
  for (const char* other :
       {"N o", "No..", "Nomor Urut", "Area", "Pelaksanaan ( Bulan )", "Pelaksanaan (Bulan))",
        "Kete rangan", "Indikator Keberhasilan Kinerja", "Sub  Kegiatan A", "P"}) {
    CAPTURE(other);
    CHECK_FALSE(is_header(other));
  }
}

TEST_CASE("table: the header's last column title decides the layout") {
  struct Case {
    const char* last;
    LastColumn layout;
    bool assumed;  // neither title found: table-layout-assumed
  };
  for (const Case& c : {Case{"Penanggung Jawab", LastColumn::kPenanggungJawab, false},
                        Case{"PENANG GUNG JAWAB", LastColumn::kPenanggungJawab, false},
                        Case{"Penanggungjawab", LastColumn::kPenanggungJawab, false},
                        Case{"Penang  gung   jawab", LastColumn::kPenanggungJawab, false},
                        Case{"Unit Penanggung Jawabnya", LastColumn::kPenanggungJawab, false},
                        Case{"Penanggung", LastColumn::kKet, true},
                        Case{"Ket", LastColumn::kKet, false},
                        Case{"Keterangan", LastColumn::kKet, false},
                        Case{"Ket.", LastColumn::kKet, false},
                        Case{"(Ket)", LastColumn::kKet, false},
                        Case{"\xC3\x89ket", LastColumn::kKet, false},
                        Case{"Ketua", LastColumn::kKet, true},
                        Case{"KeteranganX", LastColumn::kKet, true},
                        Case{"_Ket", LastColumn::kKet, true},
                        Case{"1Ket", LastColumn::kKet, true},
                        Case{"Catatan", LastColumn::kKet, true}}) {
    CAPTURE(c.last);
    std::string text = "No\tKegiatan\tSub Kegiatan\t" + std::string(c.last) + "\n" +
                       Row({"1.", "Manajemen Perubahan", "Kegiatan A", "1. Sub A", "Ind", "√"}) +
                       "\n";
    Diagnostics diags;
    RawTable t = Read(text, diags);
    REQUIRE(t.found);
    CHECK(t.last_column == c.layout);
    CHECK(diags.HasCode("table-layout-assumed") == c.assumed);
  }
}

TEST_CASE("table: a header repeated byte for byte is a header again, read once") {
  std::string text = PageHeader("Catatan") + Row({"1.", "Manajemen Perubahan", "K", "S", "I", "√"}) +
                     "\n" + PageHeader("Catatan") + Row({"", "", "", "S2", "I2", "√"}) + "\n" +
                     PageHeader("Catatan");
  Diagnostics diags;
  RawTable t = Read(text, diags);
  CHECK(t.header_line == 1);
  CHECK(t.header_lines == std::vector<int>{1, 2, 3, 5, 6, 7, 9, 10, 11});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].starts_page);
  CHECK(testing::WithCode(diags, "table-layout-assumed").size() == 1);
}

TEST_CASE("table: no header means no table") {
  Diagnostics diags;
  RawTable t = Read("a\tb\tc\n", diags);
  CHECK_FALSE(t.found);
  CHECK(diags.HasCode("table-not-found"));
  Diagnostics none;
  CHECK_FALSE(ReadTable({}, none).found);
  CHECK(none.HasCode("table-not-found"));
}

TEST_CASE("table: a last row cut short reports truncation") {
  std::string text = PageHeader() + Row({"1.", "Manajemen Perubahan", "K", "S", "I", "√"}) + "\n" +
                     "\t\t\t2. Sub yang terpot";
  Diagnostics diags;
  RawTable t = Read(text, diags);
  REQUIRE(t.rows.size() == 2);
  CHECK(testing::HasDiagnostic(diags, "truncated", 5));
  Diagnostics whole;
  Read(PageHeader() + Row({"1.", "Manajemen Perubahan", "K", "S", "I", "√"}) + "\n" +
           Row({"", "", "", "S2", "I2", "√"}) + "\n", whole);
  CHECK_FALSE(whole.HasCode("truncated"));
}

}  // namespace
}  // namespace renaksi
