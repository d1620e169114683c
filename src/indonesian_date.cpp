#include "indonesian_date.h"

#include <array>
#include <cctype>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ascii.h"

namespace renaksi {
namespace {

struct MonthName {
  const char* name;
  int month;
};

// Old spellings are still printed in regional decrees.
constexpr std::array<MonthName, 14> kMonths = {{
    {"januari", 1}, {"februari", 2}, {"pebruari", 2}, {"maret", 3},
    {"april", 4}, {"mei", 5}, {"juni", 6}, {"juli", 7}, {"agustus", 8},
    {"september", 9}, {"oktober", 10}, {"november", 11}, {"nopember", 11},
    {"desember", 12},
}};

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<int> IndonesianMonth(std::string_view name) {
  const std::string lower = ascii::Lowered(name);
  for (const auto& m : kMonths) {
    if (lower == m.name) return m.month;
  }
  return std::nullopt;
}

std::optional<std::string> ParseIndonesianDate(std::string_view text) {
  static const RE2 kDate(R"(\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*)");
  int day = 0;
  int year = 0;
  std::string month_name;
  if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), kDate, &day,
                      &month_name, &year)) {
    return std::nullopt;
  }
  auto month = IndonesianMonth(month_name);
  if (!month || day < 1 || day > DaysInMonth(year, *month)) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", year, *month, day);
}

}  // namespace renaksi
