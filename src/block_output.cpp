#include "block_output.h"

#include <algorithm>

namespace renaksi {

void BlockOutput::Flush() {
  if (top_ != block_.get()) {
    out_.append(block_.get(), static_cast<std::size_t>(top_ - block_.get()));
  }
  top_ = block_.get();
}

void BlockOutput::MakeRoom(std::size_t size) {
  Flush();
  const std::size_t needed = std::max(kBlock, size + kSlack);
  if (static_cast<std::size_t>(end_ - block_.get()) < needed) {
    block_ = std::make_unique_for_overwrite<char[]>(needed);
    top_ = block_.get();
    end_ = top_ + needed;
  }
}

}  // namespace renaksi
