#include <doctest/doctest.h>

#include "area_names.h"

namespace renaksi {
namespace {

TEST_CASE("area names: printed variants map to the canonical ids") {
  CHECK(CanonicalArea("Manajemen Perubahan") == "manajemen-perubahan");
  CHECK(CanonicalArea("Penataan Peraturan Perundangan/ Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Penataan Peraturan Perundang-undangan/Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Deregulasi Kebijakan") == "deregulasi-kebijakan");
  CHECK(CanonicalArea("Penguatan Organisasi/Kelembagaan") == "penataan-organisasi");
  CHECK(CanonicalArea("Penataan Organisasi/Kelembagaan") == "penataan-organisasi");
  CHECK(CanonicalArea("Penataan Tata Laksana") == "penataan-tatalaksana");
  CHECK(CanonicalArea("PENATAAN TATALAKSANA") == "penataan-tatalaksana");
  CHECK(CanonicalArea("Sistem Manajemen Sumber Daya Manusia") == "manajemen-sdm");
  CHECK(CanonicalArea("Penataan Sistem Manajemen SDM Aparatur") == "manajemen-sdm");
  CHECK(CanonicalArea("Penguatan Akuntabilitas") == "penguatan-akuntabilitas");
  CHECK(CanonicalArea("Pengawasan") == "penguatan-pengawasan");
  CHECK(CanonicalArea("Penguatan Pengawasan") == "penguatan-pengawasan");
  CHECK(CanonicalArea("Pelayanan Publik") == "pelayanan-publik");
  CHECK(CanonicalArea("Peningkatan Kualitas Pelayanan Publik") == "pelayanan-publik");
  CHECK(CanonicalAreaNumber("pelayanan-publik") == 8);
}

TEST_CASE("area names: activity names on an area's theme are not areas") {
  CHECK_FALSE(CanonicalArea("Pelaksanaan manajemen perubahan."));
  CHECK_FALSE(CanonicalArea("Peningkatan Akuntabilitas Pengadaan Barang/Jasa"));
  CHECK_FALSE(CanonicalArea("Peningkatan SPIP di lingkungan unit/satuan kerja"));
  CHECK_FALSE(CanonicalArea("Pembangunan Zona Hijau Pelayanan Publik"));
  CHECK_FALSE(CanonicalArea(""));
}

TEST_CASE("area names: the longest spelling still matches, separators do not count") {
  // 87 bytes once normalized: the longest key the patterns accept.
  CHECK(CanonicalArea("12. AREA Peningkatan Kualitas Sistem Manajemen Sumber Daya Manusia "
                      "Aparatur Sipil Negara") == "manajemen-sdm");
  CHECK(CanonicalArea("  Pelayanan   --  Publik  ") == "pelayanan-publik");
  CHECK_FALSE(CanonicalArea("12 Area Peningkatan Kualitas Sistem Manajemen Sumber Daya Manusia "
                            "Aparatur Sipil Negara X"));
}

}  // namespace
}  // namespace renaksi
