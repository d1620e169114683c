// Months: √ marks → month numbers 1..12.
#pragma once

#include <string>
#include <vector>

namespace renaksi::rec {

struct MarkedMonth {
  int month = 0;       // as read: may exceed 12 when a row has too many marks
  int column = 0;      // source column of the mark (0-based)
};

// The months 1..12 some marks fall in: a mark past December (no consistent
// reading of its row keeps it in 1..12) is clamped to December, one before
// January counts as none. A bit per month, so the union over a record's
// rows needs no list of marks.
class MonthSet {
 public:
  void Add(const std::vector<MarkedMonth>& marks) {
    for (const MarkedMonth& m : marks) {
      if (m.month > 12) {
        bits_ |= 1u << 12;
      } else if (m.month >= 1) {
        bits_ |= 1u << m.month;
      }
    }
  }
  // Sorted and unique.
  std::vector<int> Months() const;

 private:
  unsigned bits_ = 0;
};

// "1–3, 6, 12": months as compact ranges for messages.
std::string FormatMonths(const std::vector<int>& months);
// The same, appended to `out`: a std::string or a fmt::memory_buffer (the
// two it is instantiated for).
template <typename Out>
void AppendMonths(Out& out, const std::vector<int>& months);

}  // namespace renaksi::rec
