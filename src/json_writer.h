// Streaming JSON output through RapidJSON's SAX writers.
//
// The decree fragments are the bulk of renaksi's output (about four bytes
// out for every byte in), and building an nlohmann DOM only to dump it cost
// as much as reading the decree. RapidJSON's Writer (compact) and
// PrettyWriter (2-space indent) write straight into a buffer, in exactly the
// text nlohmann's dump(-1) / dump(2) gives for the same values: same
// separators (", " never, ",\n" and ": " when pretty), "[]" and "{}" for
// empty containers, integers in decimal.
//
// The one place the two libraries differ is string escaping outside plain
// text: RapidJSON writes control characters as \u001F where nlohmann writes
// \u001f, and RapidJSON passes invalid UTF-8 through where nlohmann (with the
// `replace` handler renaksi uses) writes U+FFFD. The reader guarantees valid
// text without control characters for everything taken from a decree, but a
// path on the command line guarantees nothing, so such strings are escaped by
// nlohmann and spliced in as a raw value: the output stays what the contract
// always said it was.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2  // vectorized scan for runs that need no escaping
#endif
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "block_output.h"

namespace renaksi::json {

using Buffer = rapidjson::StringBuffer;
using CompactWriter = rapidjson::Writer<Buffer>;
using PrettyWriter = rapidjson::PrettyWriter<Buffer>;

// Makes a PrettyWriter indent like nlohmann's dump(2).
inline void IndentLikeDump(PrettyWriter& writer) { writer.SetIndent(' ', 2); }

// Writes what a PrettyWriter indented like dump(2) writes, for a root value
// that sits `depth` arrays deep: what it writes can be spliced into a larger
// document without re-indenting every line. It opens with the indentation a
// value at that depth gets (the newline before it is the caller's).
//
// Why not PrettyWriter itself: its per-value bookkeeping (level stack,
// prefix dispatch, buffer growth) was most of the cost of a decree's JSON.
// The layout is small enough to state here in full: a container's first
// member goes on a new line, the others after ",\n", each indented two
// spaces per level; ": " after a key; "[]" / "{}" when empty. Strings are
// still escaped by the libraries (see String below).
//
// The text goes straight into the string Finish returns, through a
// BlockOutput; a write may run into its slack (a fixed-size copy of the
// indentation, whole 16-byte blocks of a string).
class NestedPrettyWriter {
 public:
  // `expected_size` is a guess at the whole text, so the result grows once.
  NestedPrettyWriter(int depth, std::size_t expected_size);

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Null() { Literal("null"); }
  void Int(int value) { Number(value); }
  void Uint64(std::uint64_t value) { Number(value); }
  // A key the caller knows needs no escaping: a string literal, so that
  // its length is a constant and the copy a store or two.
  template <std::size_t N>
  void VerbatimKey(const char (&key)[N]) {
    constexpr std::size_t kLength = N - 1;
    char* p = Begin(kLength + 4);
    *p++ = '"';
    std::memcpy(p, key, kLength);
    std::memcpy(p + kLength, "\": ", 3);
    separator_ = 0;  // the value follows on the same line
  }
  // A string value, escaped by the libraries where it needs escaping.
  void String(std::string_view text);
  // A string literal, quotes and escapes included.
  void Literal(std::string_view literal) {
    std::memcpy(Begin(literal.size()), literal.data(), literal.size());
  }
  // The text written, once the root value is complete.
  std::string Finish();

 private:
  static constexpr std::size_t kSlack = BlockOutput::kSlack;
  // ",\n" and the spaces of most documents' deepest indentation, copied in
  // one fixed-size piece: a few vector stores instead of a call.
  static constexpr std::size_t kFastIndent = 46;
  static constexpr std::size_t kBreakCopy = 2 + kFastIndent;
  static_assert(kBreakCopy <= kSlack);
  static constexpr std::array<char, kBreakCopy + 1> kBreak = [] {
    std::array<char, kBreakCopy + 1> text{};
    text.fill(' ');
    text[0] = ',';
    text[1] = '\n';
    return text;
  }();

  char* Push(std::size_t size) { return out_.Push(size); }
  void Pop(std::size_t size) { out_.Pop(size); }
  // Writes the line break and indentation the next value or key needs
  // (none after a key, or for the root value), followed by room for `size`
  // bytes, which it returns.
  char* Begin(std::size_t size) {
    const std::size_t separator = separator_;
    separator_ = 2;  // any value after this one is a later member
    if (separator == 0) return Push(size);
    char* p = Push(separator + indent_ + size);
    if (indent_ <= kFastIndent) {
      // ",\n" or "\n", then the indentation; the rest lands in the slack.
      std::memcpy(p, kBreak.data() + 2 - separator, kBreakCopy);
    } else {
      DeepBreak(p, separator);
    }
    return p + separator + indent_;
  }
  // Begin's line break when the indentation is deeper than kFastIndent.
  void DeepBreak(char* p, std::size_t separator) const;
  void Open(char bracket) {
    *Begin(1) = bracket;
    indent_ += 2;
    separator_ = 1;  // the first member goes on a new line, without a comma
  }
  void Close(char bracket) {
    indent_ -= 2;
    // Right after the opening bracket it makes "[]" / "{}"; after members
    // it goes on a line of its own.
    separator_ = separator_ == 1 ? 0 : 1;
    *Begin(1) = bracket;
  }
  template <typename T>
  void Number(T value) {
    constexpr std::size_t kMaxDigits = 20;  // 18446744073709551615
    char* p = Begin(kMaxDigits);
    char* end = std::to_chars(p, p + kMaxDigits, value).ptr;
    Pop(static_cast<std::size_t>(p + kMaxDigits - end));
  }
  // String's rare path: `text` has a quote, a backslash, a control byte or
  // non-ASCII bytes from offset `from` on, and its first `from` bytes are
  // already copied to `at`, after the opening quote.
  void SpecialString(std::string_view text, std::size_t from, char* at);

  BlockOutput out_;
  Buffer escaped_;      // RapidJSON's escaping of a string, reused
  std::size_t indent_;  // spaces before a member of the innermost container
  // What goes before the next value or key: 0 nothing (after a key, and for
  // the root value), 1 "\n" (a container's first member), 2 ",\n".
  std::size_t separator_ = 0;
};

// What writing `text` as a JSON string takes.
enum class Escapes {
  kNone,    // nothing: the literal is the text between two quotes
  kAlike,   // only escapes RapidJSON writes exactly as nlohmann (", \\, \t, \n, …)
  kDiffer,  // other control bytes or invalid UTF-8: only nlohmann's output is right
};
Escapes ClassifyEscapes(std::string_view text);

// `text` as a JSON string literal, escaped by nlohmann (the slow, rare path).
std::string EscapedByNlohmann(std::string_view text);

// Keys are the contract's own ASCII identifiers: never escaped.
template <typename Writer>
void Key(Writer& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}
template <typename Writer, std::size_t N>
void Key(Writer& w, const char (&key)[N]) {
  if constexpr (std::is_same_v<Writer, NestedPrettyWriter>) {
    w.VerbatimKey(key);
  } else {
    Key(w, std::string_view(key, N - 1));
  }
}

template <typename Writer>
void String(Writer& w, std::string_view text) {
  if constexpr (std::is_same_v<Writer, NestedPrettyWriter>) {
    w.String(text);
  } else if (ClassifyEscapes(text) != Escapes::kDiffer) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else {
    std::string literal = EscapedByNlohmann(text);
    w.RawValue(literal.data(), literal.size(), rapidjson::kStringType);
  }
}

template <typename Writer, typename Text>  // std::string or std::string_view
void OptionalString(Writer& w, const std::optional<Text>& text) {
  if (text) {
    String(w, *text);
  } else {
    w.Null();
  }
}

// Empty means absent: some fields keep "" in memory for "not found".
template <typename Writer>
void NonEmptyString(Writer& w, const std::string& text) {
  if (text.empty()) {
    w.Null();
  } else {
    String(w, text);
  }
}

template <typename Writer>
void OptionalInt(Writer& w, const std::optional<int>& value) {
  if (value) {
    w.Int(*value);
  } else {
    w.Null();
  }
}

template <typename Writer>
void Strings(Writer& w, const std::vector<std::string>& items) {
  w.StartArray();
  for (const auto& item : items) String(w, item);
  w.EndArray();
}

template <typename Writer>
void Ints(Writer& w, const std::vector<int>& items) {
  w.StartArray();
  for (int item : items) w.Int(item);
  w.EndArray();
}

// Indents every line after the first by `indent`, so a value written at the
// root can be spliced into a deeper position of a pretty-printed document.
// Correct for JSON text because a string never holds a raw newline.
std::string Reindent(std::string_view text, std::string_view indent);

}  // namespace renaksi::json
