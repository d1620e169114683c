// The next position of one byte value in a text, asked for from positions
// that only grow.
#pragma once

#include <cstddef>
#include <string_view>

namespace renaksi {

// Asked at each start in turn (line starts, piece starts), it calls memchr
// again only once the position it found has been passed, so the text is
// scanned once per byte value however many starts there are.
class NextByte {
 public:
  NextByte(std::string_view bytes, char c) : bytes_(bytes), c_(c), next_(bytes.find(c)) {}
  // The first position of the byte at or after `start` (npos when none);
  // `start` must not be smaller than in the call before.
  std::size_t From(std::size_t start) {
    if (next_ < start) next_ = bytes_.find(c_, start);
    return next_;
  }

 private:
  std::string_view bytes_;
  char c_;
  std::size_t next_;
};

}  // namespace renaksi
