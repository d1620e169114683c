#include "months.h"

#include <algorithm>

#include <bit>
#include <charconv>
#include <functional>
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

// One range of a list ("6–9", ", 11", ", 14, 15"), written into a few
// bytes here and appended to the message at once: an append costs more
// than writing its bytes, and a range would take up to four of them.
class RangeText {
 public:
  void Add(int n) {
    auto [end, ec] = std::to_chars(bytes_ + size_, bytes_ + sizeof bytes_, n);
    (void)ec;  // two ints and two separators always fit
    size_ = static_cast<std::size_t>(end - bytes_);
  }
  void Add(std::string_view text) {
    std::copy(text.begin(), text.end(), bytes_ + size_);
    size_ += text.size();
  }
  std::string_view view() const { return {bytes_, size_}; }

 private:
  char bytes_[2 * 11 + 2 * 3];  // two ints, ", " and "–" (3 bytes) or ", "
  std::size_t size_ = 0;
};

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
  // Sorted and unique is each month below the next: one pass tells.
  if (std::adjacent_find(months.begin(), months.end(), std::greater_equal<>()) != months.end()) {
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
    RangeText range;
    if (i != 0) range.Add(", ");
    range.Add(sorted[i]);
    if (j >= i + 2) {
      range.Add("–");
      range.Add(sorted[j]);
    } else if (j == i + 1) {
      range.Add(", ");
      range.Add(sorted[j]);
    }
    AppendText(out, range.view());
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
