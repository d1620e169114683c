#include "json_writer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>
#include <utf8proc.h>

namespace renaksi::json {

namespace {

// True when none of the eight bytes of `word` is a control byte (< 0x20) or
// non-ASCII (>= 0x80): the SWAR "has byte less than" test, after masking out
// bytes with the high bit set.
bool AllPlainAscii(std::uint64_t word) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  constexpr std::uint64_t kSpaces = 0x2020202020202020ULL;
  return ((word | (word - kSpaces)) & kHigh) == 0;
}

// True when no byte of `word` is '"' or '\\' (the SWAR zero-byte test on
// the word XORed with each).
bool NoQuoteOrBackslash(std::uint64_t word) {
  constexpr std::uint64_t kLow = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t v) { return ((v - kLow) & ~v & kHigh) != 0; };
  return !has_zero(word ^ (kLow * '"')) && !has_zero(word ^ (kLow * '\\'));
}

#if defined(__SSE2__)
// One bit per byte of `chunk` that is a control byte, non-ASCII, '"' or
// '\\' (or only the first two, when `quotes_seen`: then the other two no
// longer change the answer).
unsigned SpecialBits(__m128i chunk, bool quotes_seen) {
  // Signed compare: bytes >= 0x80 are negative, so "< ' '" catches them
  // together with the control bytes.
  __m128i special = _mm_cmplt_epi8(chunk, _mm_set1_epi8(' '));
  if (!quotes_seen) {
    special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('"')),
                                                 _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'))));
  }
  return static_cast<unsigned>(_mm_movemask_epi8(special));
}

unsigned SpecialBits(const unsigned char* p, bool quotes_seen) {
  return SpecialBits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), quotes_seen);
}

// The (up to) sixteen bytes at `bytes` in one block, padded with plain
// bytes: strings shorter than a block are tested and copied whole too.
__m128i PaddedBlock(const unsigned char* bytes, std::size_t size) {
  unsigned char block[16];
  std::memset(block, 'a', sizeof block);
  std::memcpy(block, bytes, size);
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
}

void Store(char* at, __m128i chunk) { _mm_storeu_si128(reinterpret_cast<__m128i*>(at), chunk); }
#endif

// How many leading bytes of `bytes` (a multiple of 16, possibly 0) are
// printable ASCII other than '"' and '\\' (or other than nothing, when
// `quotes_seen`).
std::size_t PlainAsciiRun(const unsigned char* bytes, std::size_t size, bool quotes_seen) {
  std::size_t run = 0;
#if defined(__SSE2__)
  for (; run + 16 <= size; run += 16) {
    if (SpecialBits(bytes + run, quotes_seen) != 0) break;
  }
#else
  (void)bytes, (void)size, (void)quotes_seen;
#endif
  return run;
}

// Copies the leading bytes of `text` that are printable ASCII other than
// '"' and '\\' to `out`; returns how many that is (text.size() when all
// are). It copies in whole 16-byte blocks, so it may write up to 16 bytes
// past what it returns. Most strings of a decree are plain and shorter than
// a few blocks, so the last partial block is done whole too: as the final
// sixteen bytes of a longer string (bytes before `i` were tested already and
// are plain), or copied into a padded block when the string is shorter.
std::size_t CopyPlainAscii(std::string_view text, char* out) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= size; i += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    Store(out + i, chunk);
    if (unsigned bits = SpecialBits(chunk, false)) {
      return i + static_cast<std::size_t>(std::countr_zero(bits));
    }
  }
  if (i == size) return size;
  unsigned bits;
  if (size >= 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + size - 16));
    Store(out + size - 16, chunk);
    bits = SpecialBits(chunk, false) >> (i - (size - 16));
  } else {
    __m128i chunk = PaddedBlock(bytes, size);
    Store(out, chunk);
    bits = SpecialBits(chunk, false);
  }
  return bits != 0 ? i + static_cast<std::size_t>(std::countr_zero(bits)) : size;
#else
  for (; i < size; ++i) {
    unsigned char c = bytes[i];
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
    out[i] = static_cast<char>(c);
  }
  return i;
#endif
}

// The offset of the first byte of `bytes` that is a control byte,
// non-ASCII, '"' or '\\'; `size` if there is none (as CopyPlainAscii, without
// the copy).
std::size_t FirstSpecial(const unsigned char* bytes, std::size_t size) {
#if defined(__SSE2__)
  std::size_t i = 0;
  for (; i + 16 <= size; i += 16) {
    if (unsigned bits = SpecialBits(bytes + i, false)) {
      return i + static_cast<std::size_t>(std::countr_zero(bits));
    }
  }
  if (i == size) return size;
  unsigned bits = size >= 16 ? SpecialBits(bytes + size - 16, false) >> (i - (size - 16))
                             : SpecialBits(PaddedBlock(bytes, size), false);
  return bits != 0 ? i + static_cast<std::size_t>(std::countr_zero(bits)) : size;
#else
  std::size_t i = 0;
  while (i < size && bytes[i] >= 0x20 && bytes[i] < 0x80 && bytes[i] != '"' && bytes[i] != '\\') {
    ++i;
  }
  return i;
#endif
}

// Steps over one valid UTF-8 sequence at `at`; false if there is none.
bool SkipValidNonAscii(const unsigned char* bytes, std::size_t size, std::size_t& at) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n =
      utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(size - at), &cp);
  if (n <= 0) return false;
  at += static_cast<std::size_t>(n);
  return true;
}

}  // namespace

Escapes ClassifyEscapes(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  Escapes found = Escapes::kNone;
  std::size_t i = FirstSpecial(bytes, text.size());
  while (i < text.size()) {
    // Decree text is nearly all printable ASCII: skip it sixteen bytes at a
    // time where SSE2 is there (every x86-64), else eight.
    if (std::size_t plain = PlainAsciiRun(bytes + i, text.size() - i, found != Escapes::kNone)) {
      i += plain;
      continue;
    }
    std::uint64_t word;
    if (i + sizeof word <= text.size()) {
      std::memcpy(&word, bytes + i, sizeof word);
      if (AllPlainAscii(word) && (found != Escapes::kNone || NoQuoteOrBackslash(word))) {
        i += sizeof word;
        continue;
      }
    }
    unsigned char c = bytes[i];
    if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' ||
        c == '\r') {
      found = Escapes::kAlike;  // both libraries write these the same way
      ++i;
    } else if (c < 0x20) {
      return Escapes::kDiffer;  // \u00XX: hex digits in different case
    } else if (c < 0x80) {
      ++i;
    } else if (!SkipValidNonAscii(bytes, text.size(), i)) {
      return Escapes::kDiffer;  // RapidJSON would pass it on, nlohmann writes U+FFFD
    }
  }
  return found;
}

std::string EscapedByNlohmann(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

NestedPrettyWriter::NestedPrettyWriter(int depth, std::size_t expected_size)
    : indent_(static_cast<std::size_t>(depth) * 2) {
  out_.reserve(expected_size);
  std::memset(Push(indent_), ' ', indent_);
}

void NestedPrettyWriter::String(std::string_view text) {
  char* p = Begin(text.size() + 2);  // CopyPlainAscii's overrun fits in kSlack
  *p++ = '"';
  std::size_t plain = CopyPlainAscii(text, p);
  if (plain != text.size()) {
    SpecialString(text, plain, p);
    return;
  }
  p[text.size()] = '"';
}

void NestedPrettyWriter::SpecialString(std::string_view text, std::size_t from, char* at) {
  // The bytes before `from` are printable ASCII that needs no escape, so the
  // rest alone decides (and no UTF-8 sequence starts before it).
  Escapes escapes = ClassifyEscapes(text.substr(from));
  if (escapes == Escapes::kNone) {  // valid UTF-8 beyond ASCII: still verbatim
    std::memcpy(at + from, text.data() + from, text.size() - from);
    at[text.size()] = '"';
    return;
  }
  Pop(text.size() + 2);  // the quoted string; its line break stays
  std::string nlohmann_literal;
  std::string_view literal;
  if (escapes == Escapes::kAlike) {
    escaped_.Clear();
    CompactWriter writer(escaped_);  // no container open: the string alone
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    literal = std::string_view(escaped_.GetString(), escaped_.GetSize());
  } else {
    nlohmann_literal = EscapedByNlohmann(text);
    literal = nlohmann_literal;
  }
  std::memcpy(Push(literal.size()), literal.data(), literal.size());
}

void NestedPrettyWriter::MakeRoom(std::size_t size) {
  if (top_ != block_.get()) out_.append(block_.get(), static_cast<std::size_t>(top_ - block_.get()));
  const std::size_t needed = std::max(kBlock, size + kSlack);
  if (!block_ || static_cast<std::size_t>(end_ - block_.get()) < needed) {
    block_ = std::make_unique_for_overwrite<char[]>(needed);
    end_ = block_.get() + needed;
  }
  top_ = block_.get();
}

std::string NestedPrettyWriter::Finish() {
  MakeRoom(0);
  return std::move(out_);
}

std::string Reindent(std::string_view text, std::string_view indent) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);  // +indent per line; lines run > 16 bytes
  // Whole lines at a time: decree fragments are tens of kilobytes.
  for (std::size_t newline; (newline = text.find('\n')) != std::string_view::npos;) {
    out.append(text.substr(0, newline + 1));
    out.append(indent);
    text.remove_prefix(newline + 1);
  }
  out.append(text);
  return out;
}

}  // namespace renaksi::json
