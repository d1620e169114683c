#include "months.h"

#include <algorithm>

#include <bit>
#include <string>

namespace renaksi::rec {

ClampedMonths ClampMonths(const std::vector<MarkedMonth>& marks) {
  ClampedMonths out;
  // Months are 1..12 once clamped: a bit per month sorts and de-duplicates
  // them without a sort.
  unsigned seen = 0;
  for (const auto& m : marks) {
    if (m.month > 12) {
      out.overflow.push_back(m);
      seen |= 1u << 12;
    } else if (m.month >= 1) {
      seen |= 1u << m.month;
    }
  }
  out.months.reserve(static_cast<std::size_t>(std::popcount(seen)));
  for (int month = 1; month <= 12; ++month) {
    if (seen & (1u << month)) out.months.push_back(month);
  }
  return out;
}

std::string FormatMonths(const std::vector<int>& months) {
  std::vector<int> sorted = months;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (sorted.empty()) return "none";
  std::string out;
  std::size_t i = 0;
  while (i < sorted.size()) {
    std::size_t j = i;
    while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) ++j;
    if (!out.empty()) out += ", ";
    if (j >= i + 2) {
      out += std::to_string(sorted[i]);
      out += "–";
      out += std::to_string(sorted[j]);
    } else {
      out += std::to_string(sorted[i]);
      if (j == i + 1) out += ", " + std::to_string(sorted[j]);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace renaksi::rec
