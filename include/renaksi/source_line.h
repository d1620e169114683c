// A normalized line of a decree copy together with its line number in the
// original file, the unit every stage after `read` works on.
#pragma once

#include <string>
#include <vector>

namespace renaksi {

struct SourceLine {
  int number = 0;    // 1-based line number in the original file
  std::string text;  // normalized UTF-8; TAB kept as the table cell separator
};

using SourceLines = std::vector<SourceLine>;

}  // namespace renaksi
