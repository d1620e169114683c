// Hostile input for the segment and decree stages: random streams of the
// genre's own keywords and noise (fixed seed, so the test is repeatable).
// Whatever the order, the stages must not crash and must never produce an
// empty string where a value is optional, or an unsafe slug.
#include <random>

#include <doctest/doctest.h>

#include "renaksi/decree.h"
#include "renaksi/reader.h"

namespace renaksi {

TEST_CASE("Random keyword soup never crashes or yields empty values") {
  const char* const kWords[] = {
      "KEPUTUSAN", "KOMISI PEMILIHAN UMUM", "KABUPATEN", "KOTA", "NOMOR", "TAHUN", "2026",
      "TENTANG", "Menimbang", ":", "a.", "b.", "1.", "13.", "Mengingat", "M E M U T U S K A N",
      "Menetapkan", "KESATU", "KEDUA BELAS", "Ditetapkan di", "pada tanggal", "31", "Februari",
      "LAMPIRAN", "KETUA", "ttd.", "Salinan sesuai dengan aslinya", "Kepala", "\t", "-", "**",
      ",", ".", "/", "\xE2\x88\x9A", "\xC3\xA9", "Kep.", "", "\r\n"};
  constexpr std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);
  std::mt19937 rng(20260106);
  for (int iteration = 0; iteration < 500; ++iteration) {
    std::string document;
    const unsigned length = rng() % 200;
    for (unsigned i = 0; i < length; ++i) {
      document += kWords[rng() % kWordCount];
      document += (rng() % 4 == 0) ? "\n" : " ";
    }
    Diagnostics diags;
    ReadResult read = ReadDocument(document, diags);
    Decree d = ExtractDecree(Segment(read.lines, diags), diags);
    Region region = IdentifyRegion(d, Gazetteer::Builtin(), diags);
    CHECK(region.slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
          std::string::npos);
    CHECK_FALSE(region.slug.empty());
    for (const auto* value : {&d.issuer, &d.number, &d.title, &d.enacted.place,
                              &d.enacted.date, &d.signatory.position, &d.signatory.name,
                              &d.certifier.position, &d.certifier.name}) {
      if (value->has_value()) CHECK_FALSE((*value)->empty());
    }
    for (const auto& item : d.legal_basis) CHECK(item.line > 0);
  }
}

}  // namespace renaksi
