// Dates as Indonesian decrees print them: "6 Januari 2026", "01 Desember
// 2025", old spellings ("Pebruari", "Nopember") included.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace renaksi {

// 1..12 for an Indonesian month name in any case; nullopt otherwise.
std::optional<int> IndonesianMonth(std::string_view name);

// "6 Januari 2026" → "2026-01-06". Nullopt when the text is not exactly such
// a date or names a day the month does not have (31 April, 29 Februari 2025).
std::optional<std::string> ParseIndonesianDate(std::string_view text);

}  // namespace renaksi
