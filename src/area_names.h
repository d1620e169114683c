// The 8 national areas of change (PermenPANRB) and their canonical ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renaksi {

// The canonical id of a printed area name ("Penataan Tata Laksana" →
// "penataan-tatalaksana"), or null when the text is not an area name. The
// whole text must be an area name (optionally with its number): activity
// names that merely mention an area's theme ("Peningkatan Akuntabilitas
// Pengadaan Barang/Jasa", "Pelaksanaan manajemen perubahan") do not match.
std::optional<std::string> CanonicalArea(std::string_view printed);

// The area's position 1..8 in the national list, 0 if unknown.
int CanonicalAreaNumber(std::string_view canonical_id);

}  // namespace renaksi
