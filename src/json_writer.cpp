#include "json_writer.h"

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

// A byte is special when it may change how a string is written: a control
// byte, non-ASCII, or (unless `quotes_seen`) '"' or '\\'. Once a quote or
// backslash is seen the string needs RapidJSON's escaping anyway and more of
// them change nothing, so from then on only the bytes that could make it
// kDiffer count.

#if defined(__SSE2__)
// One bit per byte of `chunk` that is special.
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

__m128i Load(const unsigned char* at) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
}

void Store(char* at, __m128i chunk) { _mm_storeu_si128(reinterpret_cast<__m128i*>(at), chunk); }

// The `size` (< 16) bytes at `bytes` as one block, padded with plain bytes:
// strings shorter than a block are tested (and copied) whole too.
__m128i PaddedBlock(const unsigned char* bytes, std::size_t size) {
  unsigned char block[16];
  std::memset(block, 'a', sizeof block);
  std::memcpy(block, bytes, size);
  return Load(block);
}

// The offset of the first special byte of `bytes`, `size` if there is none,
// looking at whole 16-byte blocks and copying each to `out` first when
// there is an `out` (which then needs room for 16 bytes past `size`). Most
// strings of a decree have no special byte and are shorter than a few
// blocks, so the last partial block is done whole too: as the final sixteen
// bytes of a longer string (the bytes before `i` were tested already and
// are plain), or padded when the string is shorter than a block.
std::size_t ScanBlocks(const unsigned char* bytes, std::size_t size, bool quotes_seen,
                       char* out) {
  std::size_t i = 0;
  for (; i + 16 <= size; i += 16) {
    __m128i chunk = Load(bytes + i);
    if (out) Store(out + i, chunk);
    if (unsigned bits = SpecialBits(chunk, quotes_seen)) {
      return i + static_cast<std::size_t>(std::countr_zero(bits));
    }
  }
  if (i == size) return size;
  unsigned bits;
  if (size >= 16) {
    __m128i chunk = Load(bytes + size - 16);
    if (out) Store(out + size - 16, chunk);
    bits = SpecialBits(chunk, quotes_seen) >> (i - (size - 16));
  } else {
    __m128i chunk = PaddedBlock(bytes, size);
    if (out) Store(out, chunk);
    bits = SpecialBits(chunk, quotes_seen);
  }
  return bits != 0 ? i + static_cast<std::size_t>(std::countr_zero(bits)) : size;
}
#else
bool IsSpecial(unsigned char c, bool quotes_seen) {
  return c < 0x20 || c >= 0x80 || (!quotes_seen && (c == '"' || c == '\\'));
}

std::size_t ScanBlocks(const unsigned char* bytes, std::size_t size, bool quotes_seen,
                       char* out) {
  std::size_t i = 0;
  for (; i < size && !IsSpecial(bytes[i], quotes_seen); ++i) {
    if (out) out[i] = static_cast<char>(bytes[i]);
  }
  return i;
}
#endif

// One past the offset of the last special byte of `bytes`; 0 if none. The
// same blocks from the end: the text after a string's last quote or
// non-ASCII letter is most of it, in a decree's messages.
std::size_t SpecialEnd(const unsigned char* bytes, std::size_t size) {
#if defined(__SSE2__)
  std::size_t end = size;
  for (; end >= 16; end -= 16) {
    if (unsigned bits = SpecialBits(Load(bytes + end - 16), false)) {
      return end - 16 + static_cast<std::size_t>(std::bit_width(bits));
    }
  }
  if (end == 0) return 0;
  unsigned bits = SpecialBits(PaddedBlock(bytes, end), false);
  return static_cast<std::size_t>(std::bit_width(bits));
#else
  while (size > 0 && !IsSpecial(bytes[size - 1], false)) --size;
  return size;
#endif
}

// The offset of the first special byte of `bytes`; `size` if none.
std::size_t FirstSpecial(const unsigned char* bytes, std::size_t size, bool quotes_seen) {
  return ScanBlocks(bytes, size, quotes_seen, nullptr);
}

// Copies the leading bytes of `text` that are not special (printable ASCII
// other than '"' and '\\') to `out`; returns how many that is (text.size()
// when all are). It may write up to 16 bytes past what it returns.
std::size_t CopyPlainAscii(std::string_view text, char* out) {
  return ScanBlocks(reinterpret_cast<const unsigned char*>(text.data()), text.size(), false,
                    out);
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
  const std::size_t size = text.size();
  Escapes found = Escapes::kNone;
  for (std::size_t i = 0;;) {
    // Decree text is nearly all printable ASCII: skip it sixteen bytes at a
    // time where SSE2 is there (every x86-64).
    i += FirstSpecial(bytes + i, size - i, found != Escapes::kNone);
    if (i == size) return found;
    unsigned char c = bytes[i];
    if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' ||
        c == '\r') {
      found = Escapes::kAlike;  // both libraries write these the same way
      ++i;
    } else if (c < 0x20) {
      return Escapes::kDiffer;  // \u00XX: hex digits in different case
    } else if (!SkipValidNonAscii(bytes, size, i)) {
      return Escapes::kDiffer;  // RapidJSON would pass it on, nlohmann writes U+FFFD
    }
  }
}

std::string EscapedByNlohmann(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

NestedPrettyWriter::NestedPrettyWriter(int depth, std::size_t expected_size)
    : indent_(static_cast<std::size_t>(depth) * 2) {
  out_.Reserve(expected_size);
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
  // Only the middle of the string, from its first special byte to its
  // last, can need escaping: around it is printable ASCII without quotes or
  // backslashes, which decides nothing (and no UTF-8 sequence runs into it).
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t to = from + SpecialEnd(bytes + from, text.size() - from);
  const std::string_view middle = text.substr(from, to - from);
  const Escapes escapes = ClassifyEscapes(middle);
  if (escapes == Escapes::kNone) {  // valid UTF-8 beyond ASCII: still verbatim
    std::memcpy(at + from, text.data() + from, text.size() - from);
    at[text.size()] = '"';
    return;
  }
  Pop(text.size() + 2);  // the quoted string; its line break stays
  if (escapes == Escapes::kDiffer) {
    std::string literal = EscapedByNlohmann(text);
    std::memcpy(Push(literal.size()), literal.data(), literal.size());
    return;
  }
  // RapidJSON writes a string as its characters between quotes, each
  // escaped on its own, and the plain text around the middle comes out of
  // it unchanged: RapidJSON escapes just the middle, in place between the
  // two.
  escaped_.Clear();
  CompactWriter writer(escaped_);  // no container open: the string alone
  writer.String(middle.data(), static_cast<rapidjson::SizeType>(middle.size()));
  const std::string_view escaped(escaped_.GetString() + 1, escaped_.GetSize() - 2);
  const std::string_view suffix = text.substr(to);
  char* p = Push(1 + from + escaped.size() + suffix.size() + 1);
  *p++ = '"';
  std::memcpy(p, text.data(), from);
  std::memcpy(p + from, escaped.data(), escaped.size());
  std::memcpy(p + from + escaped.size(), suffix.data(), suffix.size());
  p[from + escaped.size() + suffix.size()] = '"';
}

void NestedPrettyWriter::DeepBreak(char* p, std::size_t separator) const {
  std::memcpy(p, kBreak.data() + 2 - separator, separator);
  std::memset(p + separator, ' ', indent_);
}

std::string NestedPrettyWriter::Finish() { return out_.Finish(); }

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
