#include "months.h"

#include <algorithm>

#include <bit>
#include <charconv>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace renaksi::rec {

std::vector<int> MonthSet::Months() const {
  // The set bits from the lowest, written out once into the list.
  int months[12];
  std::size_t count = 0;
  for (unsigned bits = bits_; bits != 0; bits &= bits - 1) {
    months[count++] = std::countr_zero(bits);
  }
  return std::vector<int>(months, months + count);
}

namespace {

// A month or column number, appended without a temporary string.
template <typename Out>
void AppendNumber(Out& out, int n) {
  char digits[12];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  (void)ec;  // an int always fits
  out.append(digits, end);
}

template <typename Out>
void AppendText(Out& out, std::string_view text) {
  out.append(text.data(), text.data() + text.size());
}

}  // namespace

template <typename Out>
void AppendMonths(Out& out, const std::vector<int>& months) {
  // Marks are read left to right, so the list is nearly always sorted and
  // unique already: it is copied and sorted only when it is not.
  std::vector<int> copy;
  const std::vector<int>* list = &months;
  if (!std::is_sorted(months.begin(), months.end()) ||
      std::adjacent_find(months.begin(), months.end()) != months.end()) {
    copy = months;
    std::sort(copy.begin(), copy.end());
    copy.erase(std::unique(copy.begin(), copy.end()), copy.end());
    list = &copy;
  }
  const std::vector<int>& sorted = *list;
  if (sorted.empty()) {
    AppendText(out, "none");
    return;
  }
  std::size_t i = 0;
  while (i < sorted.size()) {
    std::size_t j = i;
    while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) ++j;
    if (i != 0) AppendText(out, ", ");
    AppendNumber(out, sorted[i]);
    if (j >= i + 2) {
      AppendText(out, "–");
      AppendNumber(out, sorted[j]);
    } else if (j == i + 1) {
      AppendText(out, ", ");
      AppendNumber(out, sorted[j]);
    }
    i = j + 1;
  }
}

template void AppendMonths(std::string& out, const std::vector<int>& months);
template void AppendMonths(fmt::memory_buffer& out, const std::vector<int>& months);

std::string FormatMonths(const std::vector<int>& months) {
  std::string out;
  AppendMonths(out, months);
  return out;
}

}  // namespace renaksi::rec
