// Text appended to a std::string through a block of a few kilobytes.
//
// The emitters write tens of kilobytes per decree in pieces of a few bytes:
// a std::string append per piece (capacity check, copy call, terminator)
// cost more than the pieces, and building the whole text in a separate
// buffer cost a copy of it at the end. Here a writer asks for room, fills
// it with plain pointer stores and gives back what it did not use; the
// block goes to the end of the string whenever it is full, and at Finish.
//
// Room comes with kSlack more bytes after it, so a write may run a little
// past what it claims (a fixed-size copy, a whole 16-byte block of a
// string): the next write overwrites whatever lands there.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>

namespace renaksi {

class BlockOutput {
 public:
  static constexpr std::size_t kSlack = 64;

  // The string will grow to about `size`: it is allocated once.
  void Reserve(std::size_t size) { out_.reserve(size); }

  // `size` bytes for the caller to fill, followed by kSlack more bytes.
  char* Push(std::size_t size) {
    if (static_cast<std::size_t>(end_ - top_) < size + kSlack) [[unlikely]] {
      MakeRoom(size);
    }
    char* p = top_;
    top_ += size;
    return p;
  }
  // Takes back the last `size` bytes pushed.
  void Pop(std::size_t size) { top_ -= size; }

  // Everything written.
  std::string Finish() {
    Flush();
    return std::move(out_);
  }

 private:
  static constexpr std::size_t kBlock = 4096;

  void Flush();
  // Empties the block into the string and makes sure it has room for
  // `size` bytes and the slack: a longer piece than usual gets a bigger
  // block. Out of line, so that Push stays a few instructions.
  void MakeRoom(std::size_t size);

  std::string out_;
  std::unique_ptr<char[]> block_;
  char* top_ = nullptr;  // the end of what is written in the block
  char* end_ = nullptr;  // the end of the block
};

}  // namespace renaksi
