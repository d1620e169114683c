// Citation parser: one Mengingat item → type, number, year, title, gazette,
// supplement and the instruments that amended it.
//
// The text is read left to right, once:
//
//   TYPE Nomor NUMBER Tahun YEAR tentang TITLE (GAZETTE, SUPPLEMENT)
//     [sebagaimana telah … diubah … dengan AMENDMENT [dan AMENDMENT …]] …
//
// where each AMENDMENT has the same shape (without a clause of its own; a
// later clause adds to the same flat list). The title runs to the first gazette
// parenthesis or amendment clause, so an amending law's title may itself name
// other instruments ("Penetapan Peraturan Pemerintah Pengganti Undang-Undang
// Nomor 1 Tahun 2022 tentang … menjadi Undang-Undang") without being split.
//
// Hostile input: every step moves forward; the searches are RE2 (linear); the
// word scans are bounded (type phrase, number, gazette window), so a 10 MB
// string costs one pass or a few.
#include "renaksi/citation.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <re2/re2.h>

#include "citation_internal.h"

namespace renaksi {
namespace citation_internal {

std::string Quote(std::string_view text) {
  constexpr size_t kMax = 100;
  if (text.size() <= kMax) return fmt::format("\"{}\"", text);
  size_t cut = kMax;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return fmt::format("\"{}…\"", text.substr(0, cut));
}

std::string_view TrimSeparators(std::string_view text) {
  constexpr std::string_view kSeparators = " ,;.:";
  size_t begin = text.find_first_not_of(kSeparators);
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(kSeparators);
  return text.substr(begin, end - begin + 1);
}

}  // namespace citation_internal

namespace {

using namespace citation_internal;
using re2::StringPiece;

constexpr int kMaxTypeWords = 20;     // longest ministry names are ~12 words
constexpr int kMaxPrefixWords = 8;    // "Pasal 22E ayat (5) dan Pasal 23"
constexpr int kMaxNumberWords = 3;    // "314/ORT.07 Kpt/01/KPU/V/2021" is two
constexpr size_t kMaxGazetteChars = 800;  // real ones are under 200

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Line-break joins, tabs and doubled spaces become single spaces.
std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// Drops the list punctuation that ends an item: "…6109);", "…6109); dan".
std::string_view StripItemEnd(std::string_view text) {
  for (;;) {
    text = TrimSeparators(text);
    constexpr std::string_view kDan = " dan";
    if (text.size() > kDan.size() &&
        ascii::EqualsIgnoreCase(text.substr(text.size() - kDan.size()), kDan)) {
      text.remove_suffix(kDan.size());
      continue;
    }
    return text;
  }
}


bool IsNomorWord(std::string_view word) {
  static const RE2 kNomor(R"((?i)(?:nomor|nomer|no)(?:[.:]|$))");
  StringPiece piece(word.data(), word.size());
  return RE2::Consume(&piece, kNomor);
}

bool IsTahunWord(std::string_view word) {
  static const RE2 kTahun(R"((?i)tahun(?:[:0-9]|$))");
  StringPiece piece(word.data(), word.size());
  return RE2::Consume(&piece, kTahun);
}

bool IsYearWord(std::string_view word) {
  static const RE2 kYear(R"((?:19|20)[0-9][0-9][,;.]?)");
  return RE2::FullMatch(StringPiece(word.data(), word.size()), kYear);
}

// Words that end a number: what follows it in a citation.
bool EndsNumber(std::string_view word) {
  if (word.empty() || word.front() == '(') return true;
  if (IsTahunWord(word)) return true;
  std::string lower = ascii::Lowered(TrimSeparators(word));
  return lower == "tentang" || lower == "sebagaimana" || lower == "yang" ||
         lower == "telah" || lower == "dan" || lower == "serta";
}

bool IsPlausibleNumber(std::string_view number) {
  static const RE2 kNumber(R"([^0-9]*[0-9].*|[IVXLCDM]+)");
  return RE2::FullMatch(StringPiece(number.data(), number.size()), kNumber);
}

// The pattern pieces that end a title (or whatever follows a number).
const std::string& GazetteStartRegex() {
  static const std::string kRegex =
      R"(\(\s*(?:lembaran|berita|tambahan|lnri|bnri|ln|bn|ld|bd|tln|tbn|tld)\b)";
  return kRegex;
}
const std::string& BareGazetteRegex() {
  static const std::string kRegex =
      R"((?:tambahan\s+)?(?:lembaran|berita)\s+(?:negara|daerah)\b)";
  return kRegex;
}
const std::string& ClauseRegex() {
  static const std::string kRegex =
      R"(\b(?:sebagaimana|yang|telah)(?:[\s,]+(?:telah|beberapa|kali|terakhir))*)"
      R"([\s,]+(?:diubah|ditetapkan\s+menjadi\s+undang\s*-?\s*undang)\b)";
  return kRegex;
}
// A revocation has no field of its own: it only ends the title, and what
// follows is reported as unparsed rather than read as part of the title.
const std::string& RevocationRegex() {
  static const std::string kRegex =
      R"(\b(?:sebagaimana|yang)\s+(?:telah\s+)?dicabut\b)";
  return kRegex;
}
// "… dan Peraturan …" between two amendments; group 1 is the head, which the
// parser still has to confirm (a title may say "dan Peraturan …" too).
const std::string& SplitRegex() {
  static const std::string kRegex =
      R"((?:[,;]?\s*\b(?:dan|serta)|;)\s+()" + InstrumentHeadRegex() + ")";
  return kRegex;
}

struct Word {
  size_t begin = 0;
  size_t end = 0;
};

enum class Stop { kNomor, kTahun, kBareYear };

// The instrument's name up to its number (or year).
struct Head {
  size_t begin = 0;
  std::string type;
  Stop stop = Stop::kNomor;
  size_t stop_pos = 0;
};

class Parser {
 public:
  Parser(std::string_view text, Notes& notes) : s_(text), notes_(notes) {}

  std::optional<Citation> Parse() {
    std::optional<Head> head = FindFirstHead();
    if (!head) return std::nullopt;
    if (head->begin > 0) {
      notes_.Warning(
          "citation-prefix-ignored",
          fmt::format("{} before the instrument's name is not part of the "
                      "citation; left out",
                      Quote(TrimSeparators(View(0, head->begin)))));
    }
    Citation citation;
    size_t pos = ReadOne(*head, /*in_amendment=*/false, &citation);
    pos = ReadAmendments(pos, &citation);
    std::string_view rest = TrimSeparators(View(pos, s_.size()));
    if (!rest.empty()) {
      notes_.Warning("citation-text-unparsed",
                     fmt::format("{} at the end of the citation could not be "
                                 "read; left out",
                                 Quote(rest)));
    }
    return citation;
  }

 private:
  std::string_view View(size_t begin, size_t end) const {
    return s_.substr(begin, end - begin);
  }

  std::optional<Word> WordAt(size_t pos) const {
    while (pos < s_.size() && s_[pos] == ' ') ++pos;
    if (pos >= s_.size()) return std::nullopt;
    size_t end = s_.find(' ', pos);
    if (end == std::string_view::npos) end = s_.size();
    return Word{pos, end};
  }

  size_t SkipSpaces(size_t pos) const {
    while (pos < s_.size() && s_[pos] == ' ') ++pos;
    return pos;
  }

  // Consumes `re` anchored at `pos`; returns the end, or npos.
  size_t ConsumeAt(const RE2& re, size_t pos, StringPiece* group = nullptr,
                   int groups = 0) const {
    StringPiece text(s_.data() + pos, s_.size() - pos);
    StringPiece match[2];
    if (!re.Match(text, 0, text.size(), RE2::ANCHOR_START, match, 1 + groups)) {
      return std::string_view::npos;
    }
    if (group != nullptr && groups > 0) *group = match[1];
    return pos + match[0].size();
  }

  // The instrument name starting at `pos`, when a number or year follows it
  // within a few words; nullopt for prose ("Keputusan ini mulai berlaku …").
  std::optional<Head> ReadHead(size_t pos) const {
    if (ConsumeAt(InstrumentHeadPattern(), pos) == std::string_view::npos) {
      return std::nullopt;
    }
    Head head;
    head.begin = pos;
    size_t phrase_end = pos;
    size_t p = pos;
    for (int words = 0;; ++words) {
      std::optional<Word> w = WordAt(p);
      if (!w || words == kMaxTypeWords) return std::nullopt;
      std::string_view word = View(w->begin, w->end);
      if (words > 0 && IsNomorWord(word)) {
        head.stop = Stop::kNomor;
      } else if (words > 0 && IsTahunWord(word)) {
        head.stop = Stop::kTahun;
      } else if (words > 0 && IsYearWord(word) &&
                 IsConstitution(CanonicalType(View(pos, phrase_end)))) {
        head.stop = Stop::kBareYear;  // "Undang-Undang Dasar 1945"
      } else if (ascii::EqualsIgnoreCase(word, "tentang") ||
                 word.find_first_of("(),;") != std::string_view::npos) {
        return std::nullopt;
      } else {
        phrase_end = w->end;
        p = w->end;
        continue;
      }
      head.stop_pos = w->begin;
      break;
    }
    head.type = CanonicalType(View(pos, phrase_end));
    return head;
  }

  // The first instrument name among the first few words; none means prose.
  std::optional<Head> FindFirstHead() const {
    size_t limit = 0;
    for (int i = 0; i < kMaxPrefixWords; ++i) {
      std::optional<Word> w = WordAt(limit);
      if (!w) break;
      limit = w->end;
    }
    limit = SkipSpaces(limit);
    StringPiece text(s_.data(), s_.size());
    size_t pos = 0;
    while (pos <= limit && pos < s_.size()) {
      StringPiece match;
      if (!InstrumentHeadPattern().Match(text, pos, s_.size(), RE2::UNANCHORED,
                                         &match, 1)) {
        return std::nullopt;
      }
      size_t start = static_cast<size_t>(match.data() - s_.data());
      if (start > limit) return std::nullopt;
      if (std::optional<Head> head = ReadHead(start)) return head;
      pos = start + match.size();
    }
    return std::nullopt;
  }

  // Reads one instrument from its head; returns the position after it (after
  // its gazette when it has one).
  size_t ReadOne(const Head& head, bool in_amendment, Citation* c) {
    c->type = head.type;
    size_t pos = head.stop_pos;
    switch (head.stop) {
      case Stop::kNomor:
        pos = ReadNumber(pos, c);
        pos = ReadYear(pos, c);
        break;
      case Stop::kTahun:
        pos = ReadYear(pos, c);
        break;
      case Stop::kBareYear: {
        Word w = *WordAt(pos);
        c->year = std::stoi(std::string(TrimSeparators(View(w.begin, w.end))));
        pos = w.end;
        break;
      }
    }
    if (IsConstitution(c->type) && c->year == 1945) {
      c->type = std::string(kConstitution);
    }
    if (!c->year && c->number) YearFromNumber(c);
    pos = ReadTitle(pos, in_amendment, c);
    return ReadGazettes(pos, c);
  }

  size_t ReadNumber(size_t pos, Citation* c) {
    static const RE2 kNomor(R"((?i)(?:nomor|nomer|no)\.?\s*:?\s*)");
    pos = ConsumeAt(kNomor, pos);
    size_t begin = pos;
    size_t end = pos;
    size_t first_word_end = pos;
    int count = 0;
    for (;;) {
      std::optional<Word> w = WordAt(end);
      if (!w) break;
      std::string_view word = View(w->begin, w->end);
      if (EndsNumber(word)) break;
      if (count == kMaxNumberWords) {
        end = first_word_end;  // not a number's shape: keep its first word
        break;
      }
      end = w->end;
      if (++count == 1) first_word_end = end;
      if (word.back() == ',' || word.back() == ';') break;
    }
    std::string_view raw = TrimSeparators(View(begin, end));
    if (raw.empty() || !IsPlausibleNumber(raw)) {
      notes_.Warning("citation-number-missing",
                     fmt::format("\"Nomor\" is not followed by a number{}; "
                                 "number left null",
                                 raw.empty() ? "" : " (found " + Quote(raw) + ")"));
      return end;
    }
    c->number = CleanNumber(raw);
    return end;
  }

  // OCR puts spaces around the joins of long numbers ("01/ KPU"): a number
  // never holds one there, so they go. Any other space stays (it may stand
  // for a lost '-' or '/', which we do not guess) and is reported.
  std::string CleanNumber(std::string_view raw) {
    static const RE2 kSpacedJoin(R"( ?([/-]) ?)");
    std::string number(raw);
    RE2::GlobalReplace(&number, kSpacedJoin, R"(\1)");
    if (number != raw) {
      notes_.Info("citation-number-spacing",
                  fmt::format("spaces around '/' or '-' removed from number {} "
                              "→ \"{}\"",
                              Quote(raw), number));
    }
    if (number.find(' ') != std::string::npos) {
      notes_.Warning("citation-number-space",
                     fmt::format("number \"{}\" contains a space (a '-' or '/' "
                                 "may be missing); kept as printed",
                                 number));
    }
    return number;
  }

  size_t ReadYear(size_t pos, Citation* c) {
    static const RE2 kYear(
        R"(\s*,?\s*(?i:tahun)(?:\s*:?\s*([0-9]{4})\b|\b))");
    StringPiece digits;
    size_t end = ConsumeAt(kYear, pos, &digits, 1);
    if (end == std::string_view::npos) return pos;
    if (digits.empty()) {
      notes_.Warning("citation-year-unclear",
                     "\"Tahun\" is not followed by a four-digit year; year "
                     "left null");
    } else {
      c->year = std::stoi(std::string(digits.data(), digits.size()));
    }
    return end;
  }

  // Numbers like "314/ORT.07-Kpt/01/KPU/V/2021" end with their year.
  void YearFromNumber(Citation* c) {
    static const RE2 kTrailingYear(R"((?:.*/)?((?:19|20)[0-9]{2}))");
    int year = 0;
    if (!RE2::FullMatch(*c->number, kTrailingYear, &year)) return;
    if (c->number->find('/') == std::string::npos) return;
    c->year = year;
    notes_.Info("citation-year-from-number",
                fmt::format("no \"Tahun\" printed: year {} read from the end "
                            "of number \"{}\"",
                            year, *c->number));
  }

  size_t ReadTitle(size_t pos, bool in_amendment, Citation* c) {
    static const RE2 kTentang(R"([\s,:]*(?i:tentang)\b[\s:]*)");
    size_t title_begin = ConsumeAt(kTentang, pos);
    bool has_title = title_begin != std::string_view::npos;
    size_t begin = has_title ? title_begin : pos;
    size_t end = FindPartEnd(begin, in_amendment);
    std::string_view span = TrimSeparators(View(begin, end));
    if (has_title) {
      if (!span.empty()) c->title = std::string(span);
    } else if (!span.empty()) {
      notes_.Warning("citation-text-unparsed",
                     fmt::format("{} follows the number without \"tentang\"; "
                                 "not read as a title, left out",
                                 Quote(span)));
    }
    return end;
  }

  // Where a title ends: a gazette, an amendment clause, or (inside an
  // amendment list) the next amending instrument.
  size_t FindPartEnd(size_t from, bool in_amendment) const {
    static const RE2 kMainEnd("(?i)" + GazetteStartRegex() + "|" +
                              BareGazetteRegex() + "|" + ClauseRegex() + "|" +
                              RevocationRegex());
    static const RE2 kAmendmentEnd("(?i)" + GazetteStartRegex() + "|" +
                                   BareGazetteRegex() + "|" + ClauseRegex() +
                                   "|" + RevocationRegex() + "|" +
                                   SplitRegex());
    return Search(in_amendment ? kAmendmentEnd : kMainEnd, from, s_.size());
  }

  // Where an unclosed gazette parenthesis ends: an amendment clause or the
  // next amending instrument.
  size_t FindBreak(size_t from, size_t to) const {
    static const RE2 kBreak("(?i)" + ClauseRegex() + "|" + SplitRegex());
    return Search(kBreak, from, to);
  }

  // Start of the first match of `re` in [from, to) (`to` when none). A match
  // whose group 1 (a split before an instrument head) is set counts only when
  // a real instrument name starts there.
  size_t Search(const RE2& re, size_t from, size_t to) const {
    StringPiece text(s_.data(), to);
    size_t pos = from;
    while (pos < to) {
      StringPiece match[2];
      int groups = re.NumberOfCapturingGroups() >= 1 ? 2 : 1;
      if (!re.Match(text, pos, to, RE2::UNANCHORED, match, groups)) return to;
      size_t start = static_cast<size_t>(match[0].data() - s_.data());
      if (groups == 1 || match[1].data() == nullptr) return start;
      size_t head = static_cast<size_t>(match[1].data() - s_.data());
      if (ReadHead(head)) return start;
      pos = head + match[1].size();
    }
    return to;
  }

  // Gazette parentheses after a title: "(Lembaran Negara … Nomor 182,
  // Tambahan … Nomor 6109)". Also takes one whose "(" was lost.
  size_t ReadGazettes(size_t pos, Citation* c) {
    static const RE2 kParen("(?i)" + GazetteStartRegex());
    static const RE2 kBare("(?i)" + BareGazetteRegex());
    for (;;) {
      size_t start = pos;
      while (start < s_.size() && (s_[start] == ' ' || s_[start] == ',')) {
        ++start;
      }
      bool paren = ConsumeAt(kParen, start) != std::string_view::npos;
      if (!paren && ConsumeAt(kBare, start) == std::string_view::npos) {
        return pos;
      }
      pos = ReadGazette(start, paren, c);
    }
  }

  size_t ReadGazette(size_t start, bool paren, Citation* c) {
    size_t inner_begin = paren ? start + 1 : start;
    size_t window_end = std::min(s_.size(), start + kMaxGazetteChars);
    size_t close = std::string_view::npos;
    int depth = paren ? 0 : 1;
    for (size_t i = start; i < window_end; ++i) {
      if (s_[i] == '(') ++depth;
      if (s_[i] == ')' && --depth == 0) {
        close = i;
        break;
      }
    }
    size_t inner_end = close == std::string_view::npos ? window_end : close;
    size_t cut = FindBreak(inner_begin, inner_end);
    bool closed = close != std::string_view::npos && cut == inner_end;
    if (!closed) inner_end = cut;
    std::string_view inside = View(inner_begin, inner_end);
    if (!closed || !paren) {
      notes_.Warning("citation-parenthesis-unbalanced",
                     fmt::format("gazette {} is missing its {} parenthesis; "
                                 "read up to {}",
                                 Quote(TrimSeparators(inside)),
                                 paren ? "closing" : "opening",
                                 inner_end == s_.size() ? "the end"
                                                        : "the next clause"));
    }
    Merge(ReadGazetteText(inside, notes_), c);
    return closed ? close + 1 : inner_end;
  }

  void Merge(GazetteParts parts, Citation* c) {
    if (parts.gazette) {
      if (c->gazette) {
        notes_.Warning("citation-gazette-unrecognized",
                       "a second gazette parenthesis ignored");
      } else {
        c->gazette = std::move(parts.gazette);
      }
    }
    if (parts.supplement && !c->supplement) c->supplement = parts.supplement;
  }

  // "sebagaimana telah (beberapa kali) diubah (terakhir) dengan A (…) dan B
  // (…)", possibly several clauses in a row: all go into one list, in order.
  size_t ReadAmendments(size_t pos, Citation* c) {
    static const RE2 kClause(
        "(?i)[\\s,;]*" + ClauseRegex() +
        R"((?:[\s,]+(?:beberapa|kali|terakhir|dengan|untuk|kedua|ketiga|)"
        R"(keempat|kelima|kalinya|lagi))*[\s,]*)");
    static const RE2 kSeparator(
        R"((?i)[\s,;]*(?:(?:dan|serta)\b)?(?:[\s,]+(?:terakhir|diubah|)"
        R"(dengan|telah|kali|beberapa|kedua|ketiga))*[\s,]*)");
    for (;;) {
      size_t after_clause = ConsumeAt(kClause, pos);
      if (after_clause == std::string_view::npos) return pos;
      std::optional<Head> head = ReadHead(SkipSpaces(after_clause));
      if (!head) return pos;  // reported as unparsed text by the caller
      for (;;) {
        Citation amendment;
        pos = ReadOne(*head, /*in_amendment=*/true, &amendment);
        c->amended_by.push_back(std::move(amendment));
        size_t next = SkipSpaces(ConsumeAt(kSeparator, pos));
        head = ReadHead(next);
        if (!head) break;
      }
    }
  }

  std::string_view s_;
  Notes& notes_;
};

std::optional<Citation> Parse(std::string_view text, Notes& notes) {
  std::string collapsed = CollapseSpaces(text);
  std::string_view item = StripItemEnd(collapsed);
  if (item.empty()) return std::nullopt;
  return Parser(item, notes).Parse();
}

}  // namespace

std::optional<Citation> ParseCitation(std::string_view text) {
  Notes notes(nullptr, 0);
  return Parse(text, notes);
}

std::optional<Citation> ParseCitation(std::string_view text, int line,
                                      Diagnostics& diags) {
  Notes notes(&diags, line);
  return Parse(text, notes);
}

}  // namespace renaksi
