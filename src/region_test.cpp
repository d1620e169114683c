#include "renaksi/region.h"

#include <doctest/doctest.h>

#include "renaksi/decree.h"

namespace renaksi {
namespace {

Decree DecreeOf(std::string kind, std::string name) {
  Decree decree;
  decree.region_kind = std::move(kind);
  decree.region_name = std::move(name);
  decree.field_lines["region"] = 10;
  return decree;
}

}  // namespace

TEST_CASE("FromCsv reads RFC 4180 rows by header name") {
  Gazetteer g = Gazetteer::FromCsv(
      "kind,name,bps_code,kemendagri_code,province_bps_code,province\r\n"
      "kabupaten,\"KEPULAUAN SERIBU\",3101,3101,31,DKI JAKARTA\r\n"
      "kota,\"SORONG, \"\"KOTA\"\"\",9271,,92,PAPUA BARAT DAYA\r\n"
      ",MISSING KIND,1,,1,X\r\n");
  REQUIRE(g.entries().size() == 2);
  CHECK(g.entries()[0].bps_code == "3101");
  CHECK(g.entries()[0].name == "KEPULAUAN SERIBU");
  CHECK(g.entries()[1].name == "SORONG, \"KOTA\"");
  CHECK(g.entries()[1].kemendagri_code.empty());
  CHECK(Gazetteer::FromCsv("").entries().empty());
  CHECK(Gazetteer::FromCsv("a,b\n1,2\n").entries().empty());
}

TEST_CASE("The builtin gazetteer holds every regency and city") {
  const Gazetteer& g = Gazetteer::Builtin();
  CHECK(g.entries().size() == 514);
  CHECK(&g == &Gazetteer::Builtin());  // parsed once
}

TEST_CASE("Find ignores case, spacing and punctuation") {
  const Gazetteer& g = Gazetteer::Builtin();
  const GazetteerEntry* batang_hari = g.Find("kabupaten", "Batang Hari");
  REQUIRE(batang_hari);
  CHECK(batang_hari->name == "BATANGHARI");
  CHECK(batang_hari->bps_code == "1504");
  CHECK(g.Find("Kabupaten", "BATANG  HARI") == batang_hari);
  CHECK(g.Find("kab.", "batang-hari") == batang_hari);
  REQUIRE(g.Find("kabupaten", "MUARO JAMBI"));
  CHECK(g.Find("kabupaten", "MUARO JAMBI")->bps_code == "1505");
  CHECK(g.Find("kabupaten", "Kep. Seribu") == g.Find("kabupaten", "KEPULAUAN SERIBU"));
  REQUIRE(g.Find("kabupaten", "Kep. Seribu"));
}

TEST_CASE("Find never returns a merely similar name") {
  const Gazetteer& g = Gazetteer::Builtin();
  const GazetteerEntry* batang = g.Find("kabupaten", "Batang");
  REQUIRE(batang);
  CHECK(batang->province == "JAWA TENGAH");
  CHECK(batang != g.Find("kabupaten", "Batang Hari"));
  CHECK(g.Find("kabupaten", "Batang Har") == nullptr);
  CHECK(g.Find("kabupaten", "Muaro Jambu") == nullptr);
  CHECK(g.Find("kabupaten", "") == nullptr);
}

TEST_CASE("Find tells a regency from a city of the same name") {
  const Gazetteer& g = Gazetteer::Builtin();
  REQUIRE(g.Find("kota", "Sorong"));
  REQUIRE(g.Find("kabupaten", "Sorong"));
  CHECK(g.Find("kota", "Sorong")->bps_code == "9271");
  CHECK(g.Find("kabupaten", "Sorong")->bps_code == "9202");
  CHECK(g.Find("", "Sorong") == nullptr);  // ambiguous without a kind
  CHECK(g.Find("kota", "Muaro Jambi") == nullptr);
}

TEST_CASE("IdentifyRegion gives codes and province of a matched regency") {
  Diagnostics diags;
  Region r = IdentifyRegion(DecreeOf("kabupaten", "BATANG HARI"), Gazetteer::Builtin(), diags);
  CHECK(r.matched);
  CHECK(r.kind == "kabupaten");
  CHECK(r.name == "Batang Hari");
  CHECK(r.slug == "kabupaten-batang-hari");
  CHECK(r.bps_code == "1504");
  CHECK(r.kemendagri_code == "1504");
  CHECK(r.province == "Jambi");
  CHECK(diags.HasCode("region-matched"));
  CHECK_FALSE(diags.HasCode("region-unknown"));
}

TEST_CASE("IdentifyRegion handles a city, acronym provinces and missing Kemendagri codes") {
  Diagnostics diags;
  Region kota = IdentifyRegion(DecreeOf("kota", "YOGYAKARTA"), Gazetteer::Builtin(), diags);
  CHECK(kota.slug == "kota-yogyakarta");
  CHECK(kota.bps_code == "3471");
  CHECK(kota.province == "DI Yogyakarta");

  Region seribu =
      IdentifyRegion(DecreeOf("kabupaten", "KEPULAUAN SERIBU"), Gazetteer::Builtin(), diags);
  CHECK(seribu.province == "DKI Jakarta");

  Region merauke = IdentifyRegion(DecreeOf("kabupaten", "MERAUKE"), Gazetteer::Builtin(), diags);
  CHECK(merauke.matched);
  CHECK(merauke.bps_code == "9501");
  CHECK_FALSE(merauke.kemendagri_code.has_value());
  CHECK(merauke.province == "Papua Selatan");
}

TEST_CASE("IdentifyRegion keeps an unknown name as printed, with a warning") {
  Diagnostics diags;
  Region r = IdentifyRegion(DecreeOf("kabupaten", "BATANG HILIR"), Gazetteer::Builtin(), diags);
  CHECK_FALSE(r.matched);
  CHECK(r.name == "Batang Hilir");
  CHECK(r.slug == "kabupaten-batang-hilir");
  CHECK_FALSE(r.bps_code.has_value());
  CHECK_FALSE(r.kemendagri_code.has_value());
  CHECK_FALSE(r.province.has_value());
  REQUIRE(diags.HasCode("region-unknown"));
  CHECK(diags.items().back().line == 10);
  CHECK(diags.items().back().severity == Severity::kWarning);
}

TEST_CASE("IdentifyRegion without a region gives the unknown slug and an error") {
  Diagnostics diags;
  Region r = IdentifyRegion(Decree{}, Gazetteer::Builtin(), diags);
  CHECK(r.slug == kUnknownRegionSlug);
  CHECK_FALSE(r.matched);
  CHECK(diags.HasCode("region-missing"));
  CHECK(diags.Count(Severity::kError) == 1);
}

TEST_CASE("Slugify makes safe ASCII slugs from any text") {
  CHECK(Slugify("kabupaten Muaro Jambi") == "kabupaten-muaro-jambi");
  CHECK(Slugify("  Kota  Tidore Kepulauan ") == "kota-tidore-kepulauan");
  CHECK(Slugify("Bénoa Ñusa") == "benoa-nusa");
  CHECK(Slugify("../../etc/passwd") == "etc-passwd");
  CHECK(Slugify("a/b\\c..d") == "a-b-c-d");
  CHECK(Slugify("ＡＢＣ") == "abc");  // full-width letters
  CHECK(Slugify("---") == "");
  CHECK(Slugify("") == "");
  CHECK(Slugify("日本") == "");
  CHECK(Slugify(std::string_view("ok\xFF\xFEname", 8)) == "ok-name");  // invalid UTF-8
}

}  // namespace renaksi
