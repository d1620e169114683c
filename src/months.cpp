#include "months.h"

#include <algorithm>

#include <fmt/format.h>

namespace renaksi::rec {

ClampedMonths ClampMonths(const std::vector<MarkedMonth>& marks) {
  ClampedMonths out;
  out.months.reserve(marks.size());
  for (const auto& m : marks) {
    if (m.month > 12) {
      out.overflow.push_back(m);
      out.months.push_back(12);
    } else if (m.month >= 1) {
      out.months.push_back(m.month);
    }
  }
  std::sort(out.months.begin(), out.months.end());
  out.months.erase(std::unique(out.months.begin(), out.months.end()), out.months.end());
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
      out += fmt::format("{}–{}", sorted[i], sorted[j]);
    } else {
      out += std::to_string(sorted[i]);
      if (j == i + 1) out += ", " + std::to_string(sorted[j]);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace renaksi::rec
