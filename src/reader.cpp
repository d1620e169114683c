#include "renaksi/reader.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include <fmt/format.h>
#include <re2/re2.h>
#include <utf8proc.h>

namespace renaksi {
namespace {

// Each kind of routine normalization is reported once per file, as info, at
// the first line where it happened, with a count: enough to trace it without
// burying real findings.
enum Normalization {
  kBom,
  kLineEnds,
  kUnicodeSpace,
  kControl,
  kHtmlTag,
  kHtmlEntity,
  kEmphasis,
  kCheckMarkVariant,
  kNormalizationCount
};

struct NormalizationInfo {
  const char* code;
  const char* what;
};

constexpr std::array<NormalizationInfo, kNormalizationCount> kInfo = {{
    {"bom-removed", "byte-order mark removed"},
    {"line-endings-normalized", "CR/CRLF line endings normalized"},
    {"unicode-space-normalized", "non-breaking or other Unicode spaces made plain"},
    {"control-removed", "control characters (form feed etc.) removed"},
    {"html-removed", "HTML tags removed"},
    {"html-entity-decoded", "HTML entities decoded"},
    {"emphasis-removed", "Markdown emphasis markers removed"},
    {"check-mark-normalized", "check-mark variants (✓ ✔ …) read as √"},
}};

class NormalizationLog {
 public:
  void Note(Normalization kind, int line, int count = 1) {
    if (count <= 0) return;
    if (counts_[kind] == 0) first_line_[kind] = line;
    counts_[kind] += count;
  }
  void Report(Diagnostics& diags) const {
    for (int k = 0; k < kNormalizationCount; ++k) {
      if (counts_[k] == 0) continue;
      diags.Info(kInfo[k].code, first_line_[k],
                 fmt::format("{} ({} in all, first on this line)", kInfo[k].what,
                             counts_[k]));
    }
  }

 private:
  std::array<int, kNormalizationCount> counts_{};
  std::array<int, kNormalizationCount> first_line_{};
};

bool IsCheckMarkVariant(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x2713:   // ✓ CHECK MARK
    case 0x2714:   // ✔ HEAVY CHECK MARK
    case 0x2705:   // ✅ WHITE HEAVY CHECK MARK
    case 0x2611:   // ☑ BALLOT BOX WITH CHECK
    case 0x1F5F8:  // 🗸 LIGHT CHECK MARK
      return true;
    default:
      return false;
  }
}

bool IsZeroWidth(utf8proc_int32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF;
}

void AppendCodepoint(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Printable ASCII other than the space: the bytes that both the code-point
// mapping and the space tidying copy unchanged, nearly all of a copy.
constexpr bool IsPlain(unsigned char c) { return c > 0x20 && c < 0x7F; }

// The high bit of each byte of `word` that is not plain. Per byte b < 0x80,
// b + 0x5F reaches 0x80 exactly when b >= 0x21 and b + 0x01 exactly when
// b == 0x7F, and neither sum carries into the next byte.
constexpr std::uint64_t NonPlainBytes(std::uint64_t word) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint64_t low7 = word & ~kHigh;
  std::uint64_t above_space = (low7 + 0x5F5F5F5F5F5F5F5FULL) & kHigh;
  std::uint64_t del = (low7 + 0x0101010101010101ULL) & kHigh;
  return (word & kHigh) | (~above_space & kHigh) | del;
}

// Index of the first flagged byte of a non-zero NonPlainBytes mask.
int FirstFlaggedByte(std::uint64_t mask) {
  if constexpr (std::endian::native == std::endian::little) {
    return std::countr_zero(mask) / 8;
  } else {
    return std::countl_zero(mask) / 8;
  }
}

// Copies the plain bytes at the start of `text` to `out`, eight at a time,
// and returns how many there were. Each word is stored before it is known
// how much of it is plain, so `out` must have room for all of `text`.
std::size_t CopyPlainRun(std::string_view text, char* out) {
  std::size_t i = 0;
  for (; text.size() - i >= sizeof(std::uint64_t); i += sizeof(std::uint64_t)) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, sizeof word);
    std::memcpy(out + i, &word, sizeof word);
    if (std::uint64_t stops = NonPlainBytes(word)) {
      return i + static_cast<std::size_t>(FirstFlaggedByte(stops));
    }
  }
  for (; i < text.size() && IsPlain(static_cast<unsigned char>(text[i])); ++i) out[i] = text[i];
  return i;
}

// The writers below fill a buffer as long as the input line: neither the
// code-point mapping nor space tidying ever lengthens a line (every
// replacement is at most as long as what it replaces), so no write needs a
// capacity check, and what is left of the line always fits behind what has
// been written.
class PlainWriter {
 public:
  explicit PlainWriter(char* out) : begin_(out), end_(out) {}
  void Put(char c) { *end_++ = c; }
  void Put(std::string_view bytes) {
    std::memcpy(end_, bytes.data(), bytes.size());
    end_ += bytes.size();
  }
  // Copies the plain bytes at the start of `rest`; returns how many.
  std::size_t PutPlainRun(std::string_view rest) {
    std::size_t n = CopyPlainRun(rest, end_);
    end_ += n;
    return n;
  }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }

 private:
  char* begin_;
  char* end_;
};

// Collapses runs of spaces and trims them around TABs and at both ends while
// writing, so a cell's text never carries converter padding.
class TidyWriter {
 public:
  explicit TidyWriter(char* out) : begin_(out), end_(out) {}
  void Put(char c) {
    if (c == ' ') {
      pending_space_ = true;
      return;
    }
    if (pending_space_) WritePendingSpace(c);
    *end_++ = c;
  }
  void Put(std::string_view bytes) {
    for (char c : bytes) Put(c);
  }
  std::size_t PutPlainRun(std::string_view rest) {
    if (rest.empty() || !IsPlain(static_cast<unsigned char>(rest.front()))) return 0;
    if (pending_space_) WritePendingSpace(rest.front());
    std::size_t n = CopyPlainRun(rest, end_);
    end_ += n;
    return n;
  }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }

 private:
  // The spaces before `next` become one, unless they touch a TAB or the
  // start of the line.
  void WritePendingSpace(char next) {
    if (next != '\t' && end_ != begin_ && end_[-1] != '\t') *end_++ = ' ';
    pending_space_ = false;
  }

  char* begin_;
  char* end_;
  bool pending_space_ = false;
};

// Maps one line's code points: Unicode spaces → ' ', check marks → √,
// zero-width and control characters dropped. The bytes were validated
// before, so iteration cannot fail here, and a kept character's bytes are
// its one valid encoding: they are copied as they are. The writer is taken
// and returned by value so that its state stays in registers.
template <typename Writer>
Writer MapCodepoints(std::string_view text, int line, NormalizationLog& log, Writer out) {
  std::size_t i = 0;
  while (i < text.size()) {
    i += out.PutPlainRun(text.substr(i));
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') {
      out.Put(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c < 0x80) {
      if (c == 0x7F) out.Put(' ');
      log.Note(kControl, line);
      ++i;
      continue;
    }
    // √ itself, the commonest non-ASCII character of a table, is kept.
    if (text.substr(i, kCheckMark.size()) == kCheckMark) {
      out.Put(kCheckMark);
      i += kCheckMark.size();
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = static_cast<std::size_t>(
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &cp));
    if (IsCheckMarkVariant(cp)) {
      out.Put(kCheckMark);
      log.Note(kCheckMarkVariant, line);
    } else if (IsZeroWidth(cp)) {
      log.Note(kUnicodeSpace, line);
    } else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
      out.Put(' ');
      log.Note(kUnicodeSpace, line);
    } else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CC ||
               cp == 0x2028 || cp == 0x2029) {
      log.Note(kControl, line);
    } else {
      out.Put(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

template <typename Writer>
std::string MapLine(std::string_view text, int line, NormalizationLog& log) {
  std::string out(text.size(), '\0');
  out.resize(MapCodepoints(text, line, log, Writer(out.data())).size());
  return out;
}

// Block-level tags separate words; inline ones (<i>, <b>) do not.
const RE2& BlockTag() {
  static const RE2 re(R"((?i)</?(?:li|ol|ul|p|div|br|tr|td|th|table|h[1-6])\b[^<>]*>)");
  return re;
}
const RE2& AnyTag() {
  static const RE2 re(R"(</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)");
  return re;
}
const RE2& Entity() {
  static const RE2 re(R"(&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});)");
  return re;
}

std::string DecodeEntity(const std::string& name) {
  if (name[0] == '#') {
    long cp = (name.size() > 1 && (name[1] == 'x' || name[1] == 'X'))
                  ? std::strtol(name.c_str() + 2, nullptr, 16)
                  : std::strtol(name.c_str() + 1, nullptr, 10);
    if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp)) || cp == 0) return {};
    std::string out;
    AppendCodepoint(out, static_cast<utf8proc_int32_t>(cp));
    return out;
  }
  static const std::array<std::pair<const char*, const char*>, 9> kNamed = {{
      {"nbsp", " "}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""},
      {"apos", "'"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
      {"check", "\xE2\x88\x9A"},
  }};
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) return text;
  }
  return {};
}

std::string StripHtml(std::string text, int line, NormalizationLog& log) {
  if (text.find('<') != std::string::npos) {
    int removed = RE2::GlobalReplace(&text, BlockTag(), " ");
    removed += RE2::GlobalReplace(&text, AnyTag(), "");
    log.Note(kHtmlTag, line, removed);
  }
  if (text.find('&') != std::string::npos) {
    std::string out;
    re2::StringPiece input(text);
    const char* copied = text.data();
    std::string name;
    int decoded = 0;
    while (RE2::FindAndConsume(&input, Entity(), &name)) {
      const char* match_end = input.data();
      const char* match_begin = match_end - (name.size() + 2);
      std::string replacement = DecodeEntity(name);
      if (replacement.empty()) continue;  // unknown entity: keep as printed
      out.append(copied, static_cast<std::size_t>(match_begin - copied));
      out += replacement;
      copied = match_end;
      ++decoded;
    }
    if (decoded > 0) {
      out.append(copied, static_cast<std::size_t>(text.data() + text.size() - copied));
      text = std::move(out);
      log.Note(kHtmlEntity, line, decoded);
    }
  }
  return text;
}

std::string StripEmphasis(std::string text, int line, NormalizationLog& log) {
  static const RE2 kMarkers(R"(\*\*+|__+)");
  if (text.find("**") != std::string::npos || text.find("__") != std::string::npos) {
    log.Note(kEmphasis, line, RE2::GlobalReplace(&text, kMarkers, ""));
  }
  return text;
}

std::string TidySpaces(std::string_view text) {
  std::string out(text.size(), '\0');
  TidyWriter writer(out.data());
  writer.Put(text);
  out.resize(writer.size());
  return out;
}

// Only '<' and '&' (HTML) and "**" or "__" (emphasis) give the markup passes
// anything to do, and the code-point mapping never produces these bytes
// (it drops characters, makes spaces or √): a line without them is mapped
// and tidied in one pass.
bool MayHoldMarkup(std::string_view raw) {
  for (char c : {'<', '&', '*', '_'}) {
    if (raw.find(c) != std::string_view::npos) return true;
  }
  return false;
}

std::string NormalizeLine(std::string_view raw, int line, NormalizationLog& log) {
  if (!MayHoldMarkup(raw)) return MapLine<TidyWriter>(raw, line, log);
  std::string text = MapLine<PlainWriter>(raw, line, log);
  text = StripHtml(std::move(text), line, log);
  text = StripEmphasis(std::move(text), line, log);
  // Entities may have produced NBSP-like or check-mark characters; they are
  // plain ASCII or √ by construction, so a second mapping is not needed.
  return TidySpaces(text);
}

// Returns the 0-based offset of the first invalid UTF-8 sequence, or npos.
std::size_t FindInvalidUtf8(std::string_view bytes) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
  while (i < bytes.size()) {
    // Eight ASCII bytes at a time: none of them can start a bad sequence.
    std::uint64_t word = 0;
    if (bytes.size() - i >= sizeof word) {
      std::memcpy(&word, bytes.data() + i, sizeof word);
      if ((word & kHighBits) == 0) {
        i += sizeof word;
        continue;
      }
    }
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                              static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

// The next line end (CR or LF) from a position on. The next CR and the next
// LF are each found with memchr and remembered until passed, so a file that
// uses only one of them is still scanned once.
class LineEnds {
 public:
  explicit LineEnds(std::string_view bytes)
      : bytes_(bytes), next_cr_(bytes.find('\r')), next_lf_(bytes.find('\n')) {}
  std::size_t From(std::size_t start) {
    if (next_cr_ < start) next_cr_ = bytes_.find('\r', start);
    if (next_lf_ < start) next_lf_ = bytes_.find('\n', start);
    return std::min(next_cr_, next_lf_);
  }

 private:
  std::string_view bytes_;
  std::size_t next_cr_;
  std::size_t next_lf_;
};

int LineOfOffset(std::string_view bytes, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
    }
  }
  return line;
}

}  // namespace

ReadResult ReadDocument(std::string_view bytes, Diagnostics& diags) {
  ReadResult result;
  if (bytes.empty()) {
    diags.Error("empty-input", 0, "the file is empty");
    return result;
  }
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    diags.Error("binary-input", LineOfOffset(bytes, nul),
                fmt::format("the file holds a NUL byte at offset {}: binary data, not a "
                            "text copy of a decree",
                            nul));
    return result;
  }
  if (auto bad = FindInvalidUtf8(bytes); bad != std::string_view::npos) {
    diags.Error("invalid-utf8", LineOfOffset(bytes, bad),
                fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X}); convert the "
                            "file to UTF-8 first",
                            bad, static_cast<unsigned char>(bytes[bad])));
    return result;
  }

  NormalizationLog log;
  constexpr std::string_view kBomBytes = "\xEF\xBB\xBF";
  if (bytes.substr(0, 3) == kBomBytes) {
    bytes.remove_prefix(3);
    log.Note(kBom, 1);
  }

  LineEnds line_ends(bytes);
  int number = 1;
  std::size_t start = 0;
  while (start <= bytes.size()) {
    std::size_t end = line_ends.From(start);
    std::string_view raw = bytes.substr(start, end == std::string_view::npos
                                                   ? std::string_view::npos
                                                   : end - start);
    if (end == std::string_view::npos && raw.empty()) break;  // final newline
    result.lines.push_back({number, NormalizeLine(raw, number, log)});
    if (end == std::string_view::npos) break;
    if (bytes[end] == '\r') {
      log.Note(kLineEnds, number);
      if (end + 1 < bytes.size() && bytes[end + 1] == '\n') ++end;
    }
    start = end + 1;
    ++number;
  }
  log.Report(diags);
  result.ok = true;
  return result;
}

}  // namespace renaksi
