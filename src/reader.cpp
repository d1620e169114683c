#include "renaksi/reader.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii.h"
#include "next_byte.h"

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

// Lines are copied a 64-bit word at a time where nothing needs mapping or
// tidying. A word's bytes are numbered from its low end (byte 0 is the
// lowest), whatever the machine's byte order, and each mask below has the
// high bit of every byte it flags. None of the per-byte sums carries into
// the next byte, so every flag is exact.
constexpr std::size_t kWordBytes = sizeof(std::uint64_t);
constexpr std::uint64_t kEachByte = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x80 * kEachByte;

// The (up to eight) bytes at `p` as a word; bytes past `n` read as NUL.
std::uint64_t LoadWord(const char* p, std::size_t n) {
  unsigned char bytes[kWordBytes] = {};
  if (n == kWordBytes) {
    std::memcpy(bytes, p, kWordBytes);  // a plain load, not a call
  } else {
    std::memcpy(bytes, p, n);
  }
  std::uint64_t word = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&word, bytes, kWordBytes);
  } else {
    for (std::size_t k = kWordBytes; k-- > 0;) word = (word << 8) | bytes[k];
  }
  return word;
}

// Bytes equal to `b`: x + 0x7F reaches 0x80 for every non-zero 7-bit x.
constexpr std::uint64_t BytesEqual(std::uint64_t word, unsigned char b) {
  std::uint64_t x = word ^ (b * kEachByte);
  return ~(((x & ~kHigh) + ~kHigh) | x) & kHigh;
}

// Bytes other than printable ASCII without the space (0x21 … 0x7E): per
// 7-bit byte x, x + 0x5F reaches 0x80 exactly when x >= 0x21, and x + 0x01
// exactly when x == 0x7F.
constexpr std::uint64_t NotPrintableNonSpace(std::uint64_t word) {
  std::uint64_t low7 = word & ~kHigh;
  std::uint64_t from_0x21 = low7 + 0x5F * kEachByte;
  std::uint64_t del = low7 + kEachByte;
  return (word | ~from_0x21 | del) & kHigh;
}

// Bytes the code-point mapping cannot copy unchanged: anything but
// printable ASCII and TAB.
constexpr std::uint64_t MapStops(std::uint64_t word) {
  return NotPrintableNonSpace(word) & ~BytesEqual(word, ' ') & ~BytesEqual(word, '\t');
}

// Bytes the space tidying cannot copy unchanged as well: every space but a
// lone one between two printable non-space bytes. A space is flagged when
// the byte after it is not printable non-space, when a TAB is before it, or
// when it is the word's first or last byte (a neighbour lies outside). One
// that passes has a printable non-space byte on both sides (a space before
// it would itself be flagged), which is exactly the space tidying keeps as
// it is; a TAB with no space beside it is kept as it is too.
constexpr std::uint64_t TidyStops(std::uint64_t word) {
  constexpr std::uint64_t kEnds = 0x80 | (std::uint64_t{0x80} << 56);
  std::uint64_t not_plain = NotPrintableNonSpace(word);
  std::uint64_t spaces = BytesEqual(word, ' ');
  std::uint64_t tabs = BytesEqual(word, '\t');
  std::uint64_t others = not_plain & ~spaces & ~tabs;
  return others | (spaces & ((not_plain >> 8) | (tabs << 8) | kEnds));
}

// Index of the first flagged byte of a non-zero mask.
std::size_t FirstFlaggedByte(std::uint64_t mask) {
  return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
}

// The same tests sixteen bytes at a time where SSE2 is there (every x86-64
// has it): copying lines is most of what reading costs, and a block needs
// a handful of vector instructions where two words need some fifty scalar
// ones. Bit k of each mask flags byte k. MapBlockStops and TidyBlockStops
// follow MapStops and TidyStops above exactly; TidyRunBlockStops ends some
// runs elsewhere (see its comment), so the paths write the same bytes, not
// always in the same runs.
#if defined(__SSE2__)
constexpr std::size_t kBlockBytes = 16;
constexpr unsigned kAllBlockBits = 0xFFFF;

// Printable ASCII other than the space, 0x21 … 0x7E: adding 0x5F (mod 256)
// takes exactly those bytes to 0x80 … 0xDD, the signed bytes below -34.
__m128i PlainBytes(__m128i bytes) {
  return _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(0x5F)), _mm_set1_epi8(-34));
}

struct BlockClasses {
  unsigned not_plain;  // not printable ASCII other than the space
  unsigned spaces;
  unsigned tabs;
};

BlockClasses ClassifyBlock(const char* p) {
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i plain = PlainBytes(bytes);
  auto bits = [](__m128i flags) { return static_cast<unsigned>(_mm_movemask_epi8(flags)); };
  return {~bits(plain) & kAllBlockBits, bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '))),
          bits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')))};
}

// As MapStops.
unsigned MapBlockStops(const char* p) {
  BlockClasses c = ClassifyBlock(p);
  return c.not_plain & ~c.spaces & ~c.tabs;
}

// As TidyStops: a space is flagged when the byte after it is not printable
// non-space, when a TAB is before it, or at either end of the block.
unsigned TidyBlockStops(const char* p) {
  constexpr unsigned kEnds = 1u | (1u << (kBlockBytes - 1));
  BlockClasses c = ClassifyBlock(p);
  unsigned others = c.not_plain & ~c.spaces & ~c.tabs;
  return (others | (c.spaces & ((c.not_plain >> 1) | (c.tabs << 1) | kEnds))) & kAllBlockBits;
}

// As TidyBlockStops, but for a block inside a run, whose byte after is there
// to be read: a space is flagged when the byte after it is not printable
// non-space, and a TAB when a space follows it (rather than that space, as
// TidyStops does: the run then ends one byte earlier, at the TAB, which the
// writer puts as it would have copied it). A block's ends are then no
// reason to flag: a space at its start has the run's byte before it, which
// is printable non-space (a run starts with no space, see
// TidyWriter::PutRun, and neither a space nor a TAB before a space passes).
// A space at either end of a block ended a run early at about every third
// block.
unsigned TidyRunBlockStops(const char* p) {
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i after = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  __m128i kept_tabs = _mm_andnot_si128(_mm_cmpeq_epi8(after, _mm_set1_epi8(' ')),
                                       _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')));
  __m128i kept_spaces = _mm_and_si128(PlainBytes(after), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')));
  __m128i kept = _mm_or_si128(PlainBytes(bytes), _mm_or_si128(kept_tabs, kept_spaces));
  return ~static_cast<unsigned>(_mm_movemask_epi8(kept)) & kAllBlockBits;
}
#endif

// The bytes at the start of `text` that need no mapping (MapStops) or
// neither mapping nor tidying (TidyStops), and their block forms.
struct MapRule {
  static constexpr std::uint64_t Word(std::uint64_t word) { return MapStops(word); }
#if defined(__SSE2__)
  static unsigned Block(const char* p) { return MapBlockStops(p); }
  static unsigned RunBlock(const char* p) { return MapBlockStops(p); }
#endif
};
struct TidyRule {
  static constexpr std::uint64_t Word(std::uint64_t word) { return TidyStops(word); }
#if defined(__SSE2__)
  static unsigned Block(const char* p) { return TidyBlockStops(p); }
  static unsigned RunBlock(const char* p) { return TidyRunBlockStops(p); }
#endif
};

// Copies the bytes at the start of `text` up to the first one the rule
// flags to `out`, a block or a word at a time, and returns how many were
// copied. A whole block or word is stored even when only part of it
// belongs to the run; `out` never runs ahead of the text (see the
// writers), so it has room for that. Blocks are read while a byte follows
// them (Rule::RunBlock may look at it); the last sixteen bytes are tested on
// their own. Past the end of the text the last word reads NUL, which every
// rule flags. It is inlined into each writer: as a call, saving and
// restoring registers cost about as much as copying a short run.
template <typename Rule>
[[gnu::always_inline]] inline std::size_t CopyRun(std::string_view text, char* out) {
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; text.size() - i > kBlockBytes; i += kBlockBytes) {
    unsigned flagged = Rule::RunBlock(text.data() + i);
    std::memcpy(out + i, text.data() + i, kBlockBytes);
    if (flagged != 0) return i + static_cast<std::size_t>(std::countr_zero(flagged));
  }
  if (i < text.size() && text.size() >= kBlockBytes) {
    // The tail is tested as the text's last sixteen bytes, which overlap the
    // run copied so far: no byte of the run is flagged, so the first
    // flagged byte from `i` on is the run's end, and storing the block
    // rewrites copied bytes with themselves. (A byte before `i` is a real
    // neighbour here, never a block end: that only flags less.)
    std::size_t tail_start = text.size() - kBlockBytes;
    unsigned flagged = Rule::Block(text.data() + tail_start) >> (i - tail_start);
    std::memcpy(out + tail_start, text.data() + tail_start, kBlockBytes);
    return flagged != 0 ? i + static_cast<std::size_t>(std::countr_zero(flagged)) : text.size();
  }
#endif
  for (; text.size() - i >= kWordBytes; i += kWordBytes) {
    std::uint64_t flagged = Rule::Word(LoadWord(text.data() + i, kWordBytes));
    std::memcpy(out + i, text.data() + i, kWordBytes);
    if (flagged != 0) return i + FirstFlaggedByte(flagged);
  }
  if (i == text.size()) return i;
  std::size_t run = FirstFlaggedByte(Rule::Word(LoadWord(text.data() + i, text.size() - i)));
  std::memcpy(out + i, text.data() + i, run);
  return i + run;
}

constexpr bool IsPrintableNonSpace(char c) { return c > 0x20 && c < 0x7F; }

// What a tidied run can start with: printable ASCII other than the space,
// or TAB.
constexpr bool StartsRun(char c) { return IsPrintableNonSpace(c) || c == '\t'; }

// The writers below fill a buffer as long as the text they are given (a
// line, or all of the file from a line's start on): neither the code-point
// mapping nor space tidying ever lengthens a line (every replacement is at
// most as long as what it replaces), so no write needs a capacity check,
// and what is left of the text always fits behind what has been written.
class PlainWriter {
 public:
  explicit PlainWriter(char* out) : begin_(out), end_(out) {}
  void Put(char c) { *end_++ = c; }
  void Put(std::string_view bytes) {
    std::memcpy(end_, bytes.data(), bytes.size());
    end_ += bytes.size();
  }
  // Copies the printable ASCII and TABs at the start of `rest`, all of them
  // kept as they are; returns how many bytes.
  std::size_t PutRun(std::string_view rest) {
    std::size_t n = CopyRun<MapRule>(rest, end_);
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
  // Copies the printable ASCII and TABs at the start of `rest` that tidying
  // keeps as they are (see TidyStops); returns how many bytes. A space
  // first is left to Put.
  std::size_t PutRun(std::string_view rest) {
    if (rest.empty() || !StartsRun(rest.front())) return 0;
    if (pending_space_) WritePendingSpace(rest.front());
    std::size_t n = CopyRun<TidyRule>(rest, end_);
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

// What MapCodepoints wrote, and where in the text it stopped: at the end,
// at a CR or LF (the line's end), or at a fault, a NUL or the start of an
// invalid UTF-8 sequence.
template <typename Writer>
struct Mapped {
  Writer out;
  std::size_t end;
  bool fault;
};

// Maps one line's code points, up to its CR or LF: Unicode spaces → ' ',
// check marks → √, zero-width and control characters dropped. A kept
// character's bytes are its one valid encoding (utf8proc_iterate checked
// it), so they are copied as they are. Validating here, in the one pass over
// the bytes that also copies them, saves a pass of its own. The writer is
// taken and returned by value so that its state stays in registers.
template <typename Writer>
Mapped<Writer> MapCodepoints(std::string_view text, int line, NormalizationLog& log, Writer out) {
  std::size_t i = 0;
  while (i < text.size()) {
    i += out.PutRun(text.substr(i));
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') {
      out.Put(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c < 0x80) {
      if (c == '\r' || c == '\n' || c == '\0') return {out, i, c == '\0'};
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
    auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                   static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (length <= 0) return {out, i, true};
    auto n = static_cast<std::size_t>(length);
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
  return {out, i, false};
}

bool IsHexDigit(char c) {
  return ascii::IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The name of the entity &(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});
// at `at` (a '&'), between the '&' and the ';'; empty when none is there.
// Spelled out because the regex cost more to compile than all a file's
// entities to find. Each alternative's run stops at the first byte it
// cannot take, and only a ';' there ends the entity, so the run's length
// decides; '#' then 'x' or 'X' can only start the hex form.
std::string_view EntityNameAt(std::string_view text, std::size_t at) {
  std::size_t first = at + 1;
  std::size_t run_start = first;
  bool (*takes)(char) = ascii::IsLetter;
  std::size_t min_run = 2;
  std::size_t max_run = 8;
  if (first < text.size() && text[first] == '#') {
    bool hex = first + 1 < text.size() && (text[first + 1] == 'x' || text[first + 1] == 'X');
    run_start = first + (hex ? 2 : 1);
    takes = hex ? IsHexDigit : ascii::IsDigit;
    min_run = 1;
    max_run = hex ? 6 : 7;
  }
  std::size_t end = run_start;
  while (end < text.size() && takes(text[end])) ++end;
  std::size_t run = end - run_start;
  if (run < min_run || run > max_run || end == text.size() || text[end] != ';') return {};
  return text.substr(first, end - first);
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

// Whether some '<' is followed (after an optional '/') by a letter a block
// tag's name can start with; (?i) folds none of them to a non-ASCII letter.
// Most tags in copies are inline (<i>, <b>), so the block-tag pass is
// usually skipped.
bool MayHoldBlockTag(std::string_view text) {
  constexpr std::string_view kFirstLetters = "lLoOuUpPdDbBtThH";
  for (auto at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    std::size_t name = at + 1;
    if (name < text.size() && text[name] == '/') ++name;
    if (name < text.size() && kFirstLetters.find(text[name]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool IsAsciiAlnum(char c) { return ascii::IsLetter(c) || ascii::IsDigit(c); }
using ascii::IsRegexSpace;

// The end of the tag </?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?> at `at` (a
// '<'), or npos. Spelled out because it runs on every line with a '<', where
// RE2's global replace cost thousands of instructions a line. No step can
// take back what it matched: the name stops at a byte no name holds; after
// a space, [^<>]* runs to the first '<' or '>' and only a '>' there ends
// the tag (the /? before it is part of the run); without one, only "/>" or
// ">" can follow the name.
std::size_t TagEnd(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  if (i == text.size() || !ascii::IsLetter(text[i])) return std::string_view::npos;
  while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
  if (i < text.size() && IsRegexSpace(text[i])) {
    std::size_t stop = text.find_first_of("<>", i);
    return stop != std::string_view::npos && text[stop] == '>' ? stop + 1 : std::string_view::npos;
  }
  if (i < text.size() && text[i] == '/') ++i;
  return i < text.size() && text[i] == '>' ? i + 1 : std::string_view::npos;
}

// The end of the block tag (?i)</?(?:li|ol|ul|p|div|br|tr|td|th|table|h[1-6])\b[^<>]*>
// at `at` (a '<'), or npos. No name is a prefix of another, so at most one
// can match, and none folds to a non-ASCII letter under (?i).
std::size_t BlockTagEnd(std::string_view text, std::size_t at) {
  static constexpr std::string_view kNames[] = {"li", "ol", "ul", "p",  "div", "br",
                                                "tr", "td", "th", "table"};
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  std::size_t name = 0;
  for (std::string_view candidate : kNames) {
    std::string_view here = text.substr(i, candidate.size());
    if (here.size() == candidate.size() && ascii::EqualsIgnoreCase(here, candidate)) {
      name = candidate.size();
      break;
    }
  }
  if (name == 0 && i + 1 < text.size() && (text[i] == 'h' || text[i] == 'H') &&
      text[i + 1] >= '1' && text[i + 1] <= '6') {
    name = 2;
  }
  if (name == 0) return std::string_view::npos;
  i += name;
  if (i < text.size() && (IsAsciiAlnum(text[i]) || text[i] == '_')) return std::string_view::npos;  // \b
  std::size_t stop = text.find_first_of("<>", i);
  return stop != std::string_view::npos && text[stop] == '>' ? stop + 1 : std::string_view::npos;
}

// Replaces every tag that `tag_end` finds, leftmost first, as RE2's global
// replace of its pattern would; returns how many.
template <typename TagEndFn>
int ReplaceTags(std::string& text, TagEndFn tag_end, std::string_view replacement) {
  std::string out;
  std::size_t copied = 0;
  int replaced = 0;
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at)) {
    std::size_t end = tag_end(text, at);
    if (end == std::string_view::npos) {
      ++at;
      continue;
    }
    // No replacement is longer than a tag, so the text's length is room
    // enough for all of them.
    if (replaced == 0) out.reserve(text.size());
    out.append(text, copied, at - copied);
    out += replacement;
    copied = at = end;
    ++replaced;
  }
  if (replaced > 0) {
    out.append(text, copied, std::string::npos);
    text = std::move(out);
  }
  return replaced;
}

std::string StripHtml(std::string text, int line, NormalizationLog& log) {
  if (text.find('<') != std::string::npos) {
    // Block-level tags separate words; inline ones (<i>, <b>) do not.
    int removed = MayHoldBlockTag(text) ? ReplaceTags(text, BlockTagEnd, " ") : 0;
    removed += ReplaceTags(text, TagEnd, "");
    log.Note(kHtmlTag, line, removed);
  }
  if (text.find('&') != std::string::npos) {
    // Leftmost first, each search going on after the entity before, as the
    // pattern's repeated search would.
    std::string out;
    std::size_t copied = 0;
    int decoded = 0;
    for (std::size_t at = text.find('&'); at != std::string::npos; at = text.find('&', at)) {
      std::string_view name = EntityNameAt(text, at);
      if (name.empty()) {
        ++at;
        continue;
      }
      std::size_t end = at + name.size() + 2;
      std::string replacement = DecodeEntity(std::string(name));
      if (!replacement.empty()) {  // an unknown entity is kept as printed
        out.append(text, copied, at - copied);
        out += replacement;
        copied = end;
        ++decoded;
      }
      at = end;
    }
    if (decoded > 0) {
      out.append(text, copied, std::string::npos);
      text = std::move(out);
      log.Note(kHtmlEntity, line, decoded);
    }
  }
  return text;
}

// Removes every run of two or more '*' and of two or more '_', as a global
// replace of \*\*+|__+ would; returns how many runs it removed.
int RemoveEmphasisMarkers(std::string& text) {
  std::size_t kept = 0;
  int removed = 0;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '*' || c == '_') {
      std::size_t run = text.find_first_not_of(c, i);
      if (run == std::string::npos) run = text.size();
      if (run - i >= 2) {
        ++removed;
        i = run;
        continue;
      }
    }
    text[kept++] = c;
    ++i;
  }
  text.resize(kept);
  return removed;
}

std::string StripEmphasis(std::string text, int line, NormalizationLog& log) {
  if (text.find("**") != std::string::npos || text.find("__") != std::string::npos) {
    log.Note(kEmphasis, line, RemoveEmphasisMarkers(text));
  }
  return text;
}

std::string TidySpaces(std::string_view text) {
  std::string out(text.size(), '\0');
  TidyWriter writer(out.data());
  for (std::size_t i = 0; i < text.size();) {
    i += writer.PutRun(text.substr(i));
    if (i < text.size()) writer.Put(text[i++]);
  }
  out.resize(writer.size());
  return out;
}

// A line holding markup bytes (see MarkupBytes) is read again from its
// text: mapped first, its markup stripped, then tidied. Its mapping notes
// were taken when it was first read (the same code points, so the same
// notes), so they are not taken twice.
std::string NormalizeMarkupLine(std::string_view raw, int line, NormalizationLog& log) {
  std::string text(raw.size(), '\0');
  NormalizationLog noted_already;
  text.resize(MapCodepoints(raw, line, noted_already, PlainWriter(text.data())).out.size());
  text = StripHtml(std::move(text), line, log);
  text = StripEmphasis(std::move(text), line, log);
  // Entities may have produced NBSP-like or check-mark characters; they are
  // plain ASCII or √ by construction, so a second mapping is not needed.
  return TidySpaces(text);
}

// Only '<' and '&' (HTML) and "**" or "__" (emphasis) give the markup passes
// anything to do, and the code-point mapping never produces these bytes (it
// drops characters, makes spaces or √): lines without them need no markup
// pass.
class MarkupBytes {
 public:
  explicit MarkupBytes(std::string_view bytes)
      : next_{NextByte(bytes, '<'), NextByte(bytes, '&'), NextByte(bytes, '*'),
              NextByte(bytes, '_')},
        first_(FirstFrom(0)) {}
  // Whether [start, end) holds one; `start` must not be smaller than in the
  // call before. The first markup byte at or after the last start is kept,
  // so most lines (they hold none) cost one comparison.
  bool In(std::size_t start, std::size_t end) {
    if (first_ < start) first_ = FirstFrom(start);
    return first_ < end;
  }

 private:
  std::size_t FirstFrom(std::size_t start) {
    std::size_t first = std::string_view::npos;
    for (NextByte& next : next_) first = std::min(first, next.From(start));
    return first;
  }

  std::array<NextByte, 4> next_;
  std::size_t first_;
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

// Reports the fault the line pass stopped at, `at` in `bytes`: every byte
// before it is text, so the first NUL is there or after it, and a NUL
// rejects the file wherever it lies, before its encoding is looked at.
void ReportFault(std::string_view bytes, std::size_t at, Diagnostics& diags) {
  if (auto nul = bytes.find('\0', at); nul != std::string_view::npos) {
    diags.Error("binary-input", LineOfOffset(bytes, nul),
                fmt::format("the file holds a NUL byte at offset {}: binary data, not a "
                            "text copy of a decree",
                            nul));
    return;
  }
  diags.Error("invalid-utf8", LineOfOffset(bytes, at),
              fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X}); convert the "
                          "file to UTF-8 first",
                          at, static_cast<unsigned char>(bytes[at])));
}

// Reads the lines of `body` into `lines`, each mapped and tidied in one pass
// that also finds its end (the CR or LF the pass stops at) and validates
// its bytes. Returns the offset in `body` of the first NUL or invalid UTF-8
// sequence, or npos.
std::size_t ReadLines(std::string_view body, NormalizationLog& log, SourceLines& lines) {
  // Every line is written here first: the pass reads on past the line's end
  // to find it, and never writes ahead of what it read, so the buffer needs
  // the body's length. It is left uninitialized: only what a line wrote is
  // read back.
  auto scratch = std::make_unique_for_overwrite<char[]>(body.size());
  MarkupBytes markup(body);
  for (std::size_t start = 0, number = 1; start < body.size(); ++number) {
    const int line = static_cast<int>(number);
    auto mapped = MapCodepoints(body.substr(start), line, log, TidyWriter(scratch.get()));
    if (mapped.fault) return start + mapped.end;
    std::size_t end = start + mapped.end;
    lines.push_back({line, markup.In(start, end)
                               ? NormalizeMarkupLine(body.substr(start, end - start), line, log)
                               : std::string(scratch.get(), mapped.out.size())});
    if (end == body.size()) break;
    if (body[end] == '\r') {
      log.Note(kLineEnds, line);
      if (end + 1 < body.size() && body[end + 1] == '\n') ++end;
    }
    start = end + 1;
  }
  return std::string_view::npos;
}

}  // namespace

ReadResult ReadDocument(std::string_view bytes, Diagnostics& diags) {
  ReadResult result;
  if (bytes.empty()) {
    diags.Error("empty-input", 0, "the file is empty");
    return result;
  }

  NormalizationLog log;
  constexpr std::string_view kBomBytes = "\xEF\xBB\xBF";
  std::string_view body = bytes;
  if (body.substr(0, 3) == kBomBytes) {
    body.remove_prefix(3);
    log.Note(kBom, 1);
  }

  // Room for the lines at once, guessed from the size (decree lines are
  // rarely shorter on average), so that they are not moved as they grow.
  constexpr std::size_t kShortAverageLine = 40;
  result.lines.reserve(body.size() / kShortAverageLine + 1);
  if (std::size_t fault = ReadLines(body, log, result.lines); fault != std::string_view::npos) {
    ReportFault(bytes, fault + (bytes.size() - body.size()), diags);
    result.lines.clear();
    return result;
  }
  log.Report(diags);
  result.ok = true;
  return result;
}

}  // namespace renaksi
