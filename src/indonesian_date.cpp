#include "indonesian_date.h"

#include <array>
#include <cctype>

#include <fmt/format.h>

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
  // The whole text must be \s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*, read by
  // hand: its parts are runs of disjoint classes, so each is taken whole.
  std::size_t pos = 0;
  auto run = [&](auto in_class) {
    std::size_t begin = pos;
    while (pos < text.size() && in_class(text[pos])) ++pos;
    return text.substr(begin, pos - begin);
  };
  auto number = [](std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
  };
  run(ascii::IsRegexSpace);
  std::string_view day_digits = run(ascii::IsDigit);
  bool spaced = !run(ascii::IsRegexSpace).empty();
  std::string_view month_name = run(ascii::IsLetter);
  spaced = spaced && !run(ascii::IsRegexSpace).empty();
  std::string_view year_digits = run(ascii::IsDigit);
  run(ascii::IsRegexSpace);
  if (day_digits.empty() || day_digits.size() > 2 || !spaced || month_name.empty() ||
      year_digits.size() != 4 || pos != text.size()) {
    return std::nullopt;
  }
  const int day = number(day_digits);
  const int year = number(year_digits);
  auto month = IndonesianMonth(month_name);
  if (!month || day < 1 || day > DaysInMonth(year, *month)) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", year, *month, day);
}

}  // namespace renaksi
