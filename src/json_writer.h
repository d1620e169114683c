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

#include <cstring>
#include <new>
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

// A PrettyWriter (indented like dump(2)) whose root value sits `depth`
// arrays deep, so what it writes can be spliced into a larger document
// without re-indenting every line afterwards. It opens with the newline and
// indentation a value at that depth gets; callers drop that first byte.
// Uses Writer's protected level stack, the state PrettyWriter indents by.
class NestedPrettyWriter : public PrettyWriter {
 public:
  NestedPrettyWriter(Buffer& buffer, int depth) : PrettyWriter(buffer) {
    IndentLikeDump(*this);
    for (int i = 0; i < depth; ++i) {
      new (level_stack_.template Push<Level>()) Level(/*inArray_=*/true);
    }
  }

  // Writes a key or string value that needs no escaping at all (the caller
  // checked ClassifyEscapes) in one copy: RapidJSON's own String() looks up
  // every byte in its escape table, which made short keys and values the
  // bulk of the emitter's cost.
  void VerbatimString(std::string_view text) {
    PrettyPrefix(rapidjson::kStringType);
    char* out = os_->Push(text.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, text.data(), text.size());
    out[text.size() + 1] = '"';
  }
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
  if constexpr (std::is_same_v<Writer, NestedPrettyWriter>) {
    w.VerbatimString(key);
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
      return;
    }
  }
  if (escapes != Escapes::kDiffer) {
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
