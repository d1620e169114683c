#include <doctest/doctest.h>

#include "page_artifacts.h"

namespace renaksi {
namespace {

TEST_CASE("page artefacts: page-number lines") {
  CHECK(IsPageNumberLine("5"));
  CHECK(IsPageNumberLine("- 5 -"));
  CHECK(IsPageNumberLine("Page 3 of 20"));
  CHECK(IsPageNumberLine("Halaman 4 dari 9"));
  CHECK_FALSE(IsPageNumberLine("KPU Kabupaten Batang Hari"));
  CHECK_FALSE(IsPageNumberLine("2026 Laporan"));
}

TEST_CASE("page artefacts: a running footer inside a cell") {
  auto s = StripPageArtifacts(
      "1. Tersedianya sarana penyampaian pengaduan, Maret Laporan Reformasi Birokrasi Page 24 2. Adanya pejabat");
  CHECK(s.text == "1. Tersedianya sarana penyampaian pengaduan, 2. Adanya pejabat");
  REQUIRE(s.removed.size() == 1);
  CHECK(s.removed[0] == "Maret Laporan Reformasi Birokrasi Page 24");
  auto halaman = StripPageArtifacts("Laporan pengadaan Rencana Aksi Halaman 3 dari 12");
  CHECK(halaman.text == "Laporan pengadaan");
  auto keep = StripPageArtifacts("Prosentase sesuai perpres 16 Tahun 2018, 100% dan 2 (dua) kali");
  CHECK(keep.removed.empty());
  CHECK(keep.text == "Prosentase sesuai perpres 16 Tahun 2018, 100% dan 2 (dua) kali");
}

}  // namespace
}  // namespace renaksi
