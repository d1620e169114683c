#include "renaksi/reader.h"

#include <array>
#include <cstdint>
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

// Maps one line's code points: Unicode spaces → ' ', check marks → √,
// zero-width and control characters dropped. The bytes were validated
// before, so iteration cannot fail here.
std::string MapCodepoints(std::string_view text, int line, NormalizationLog& log) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // Printable ASCII and TABs, nearly all of a copy, are kept as they are:
    // copy each run at once.
    std::size_t run = i;
    while (run < text.size() && ((text[run] >= 0x20 && text[run] < 0x7F) || text[run] == '\t')) {
      ++run;
    }
    if (run > i) {
      out.append(text.substr(i, run - i));
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\t' || c >= 0x20) {
        out.push_back(static_cast<char>(c == 0x7F ? ' ' : c));
        if (c == 0x7F) log.Note(kControl, line);
      } else {
        log.Note(kControl, line);
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    i += static_cast<std::size_t>(n);
    if (IsCheckMarkVariant(cp)) {
      out.append(kCheckMark);
      log.Note(kCheckMarkVariant, line);
    } else if (IsZeroWidth(cp)) {
      log.Note(kUnicodeSpace, line);
    } else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
      out.push_back(' ');
      log.Note(kUnicodeSpace, line);
    } else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CC ||
               cp == 0x2028 || cp == 0x2029) {
      log.Note(kControl, line);
    } else {
      AppendCodepoint(out, cp);
    }
  }
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

// Collapses runs of spaces and trims them around TABs and at both ends, so a
// cell's text never carries converter padding.
std::string TidySpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ') {
      pending_space = true;
      continue;
    }
    if (pending_space && c != '\t' && !out.empty() && out.back() != '\t') {
      out.push_back(' ');
    }
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string NormalizeLine(std::string_view raw, int line, NormalizationLog& log) {
  std::string text = MapCodepoints(raw, line, log);
  text = StripHtml(std::move(text), line, log);
  text = StripEmphasis(std::move(text), line, log);
  // Entities may have produced NBSP-like or check-mark characters; they are
  // plain ASCII or √ by construction, so a second mapping is not needed.
  return TidySpaces(text);
}

// Returns the 0-based offset of the first invalid UTF-8 sequence, or npos.
std::size_t FindInvalidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
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

  int number = 1;
  std::size_t start = 0;
  while (start <= bytes.size()) {
    std::size_t end = bytes.find_first_of("\r\n", start);
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
