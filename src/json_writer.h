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

namespace renaksi::json {

using Buffer = rapidjson::StringBuffer;
using CompactWriter = rapidjson::Writer<Buffer>;
using PrettyWriter = rapidjson::PrettyWriter<Buffer>;

// Makes a PrettyWriter indent like nlohmann's dump(2).
inline void IndentLikeDump(PrettyWriter& writer) { writer.SetIndent(' ', 2); }

// Writes what a PrettyWriter indented like dump(2) writes, straight into a
// buffer, for a root value that sits `depth` arrays deep: what it writes can
// be spliced into a larger document without re-indenting every line. It
// opens with the indentation a value at that depth gets (the newline before
// it is the caller's).
//
// Why not PrettyWriter itself: its per-value bookkeeping (level stack,
// prefix dispatch, buffer growth) was most of the cost of a decree's JSON.
// The layout is small enough to state here in full: a container's first
// member goes on a new line, the others after ",\n", each indented two
// spaces per level; ": " after a key; "[]" / "{}" when empty. Strings are
// still escaped by the libraries (see String below).
class NestedPrettyWriter {
 public:
  NestedPrettyWriter(Buffer& out, int depth) : out_(out), open_(depth, 0) {
    // Push(0) on an empty buffer gives nullptr, which memset may not take.
    if (depth > 0) std::memset(out_.Push(Indentation()), ' ', Indentation());
  }

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Null() { Append("null"); }
  void Int(int value) { Number(value); }
  void Uint64(std::uint64_t value) { Number(value); }
  // A key the caller knows needs no escaping.
  void VerbatimKey(std::string_view key) {
    char* p = Reserve(key.size() + 4);
    *p++ = '"';
    std::memcpy(p, key.data(), key.size());
    p += key.size();
    std::memcpy(p, "\": ", 3);
    no_prefix_ = true;
  }
  // A string value that needs no escaping (ClassifyEscapes said kNone).
  void VerbatimString(std::string_view text) {
    char* p = Reserve(text.size() + 2);
    *p++ = '"';
    std::memcpy(p, text.data(), text.size());
    p[text.size()] = '"';
  }
  // A string literal, quotes and escapes included.
  void Literal(std::string_view literal) { Append(literal); }

 private:
  std::size_t Indentation() const { return open_.size() * 2; }

  // Room for the separator and indentation a value or key needs (none right
  // after a key, or for the root value, which the constructor indented),
  // followed by `size` bytes for the caller to fill.
  char* Reserve(std::size_t size) {
    if (no_prefix_) {
      no_prefix_ = false;
      return out_.Push(size);
    }
    bool first = open_.back() == 0;
    open_.back() = 1;
    std::size_t separator = first ? 1 : 2;
    char* p = out_.Push(separator + Indentation() + size);
    if (!first) *p++ = ',';
    *p++ = '\n';
    std::memset(p, ' ', Indentation());
    return p + Indentation();
  }
  void Append(std::string_view text) {
    std::memcpy(Reserve(text.size()), text.data(), text.size());
  }
  void Open(char bracket) {
    *Reserve(1) = bracket;
    open_.push_back(0);
  }
  void Close(char bracket) {
    bool had_members = open_.back() != 0;
    open_.pop_back();
    if (!had_members) {
      *out_.Push(1) = bracket;
      return;
    }
    char* p = out_.Push(Indentation() + 2);
    *p++ = '\n';
    std::memset(p, ' ', Indentation());
    p[Indentation()] = bracket;
  }
  template <typename T>
  void Number(T value) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    Append(std::string_view(digits, static_cast<std::size_t>(end - digits)));
  }

  Buffer& out_;
  std::vector<unsigned char> open_;  // per open container: has it members yet?
  bool no_prefix_ = true;            // after a key, and for the root value
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

// `text` as a JSON string literal, escaped by RapidJSON (for kAlike text).
std::string EscapedByRapidJson(std::string_view text);

// Keys are the contract's own ASCII identifiers: never escaped.
template <typename Writer>
void Key(Writer& w, std::string_view key) {
  if constexpr (std::is_same_v<Writer, NestedPrettyWriter>) {
    w.VerbatimKey(key);
  } else {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  }
}

template <typename Writer>
void String(Writer& w, std::string_view text) {
  Escapes escapes = ClassifyEscapes(text);
  if constexpr (std::is_same_v<Writer, NestedPrettyWriter>) {
    if (escapes == Escapes::kNone) {
      w.VerbatimString(text);
    } else if (escapes == Escapes::kAlike) {
      w.Literal(EscapedByRapidJson(text));
    } else {
      w.Literal(EscapedByNlohmann(text));
    }
  } else if (escapes != Escapes::kDiffer) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else {
    std::string literal = EscapedByNlohmann(text);
    w.RawValue(literal.data(), literal.size(), rapidjson::kStringType);
  }
}

template <typename Writer>
void OptionalString(Writer& w, const std::optional<std::string>& text) {
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
