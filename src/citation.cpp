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
// Hostile input: every step moves forward; the pattern scans look a bounded
// way ahead of each position (a failed amendment clause is not rescanned from
// inside it); the word scans are bounded (type phrase, number, gazette
// window), so a 10 MB string costs one pass or a few.
#include "renaksi/citation.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

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
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    if (pos == text.size()) break;
    // Copy each run of words joined by single spaces in one piece.
    size_t end = pos;
    for (;;) {
      // Bytes above ' ' are never spaces: the common case costs one test.
      while (end < text.size() &&
             (static_cast<unsigned char>(text[end]) > ' ' || !IsSpace(text[end]))) {
        ++end;
      }
      if (end + 1 >= text.size() || text[end] != ' ' || IsSpace(text[end + 1])) break;
      ++end;
    }
    if (!out.empty()) out += ' ';
    out.append(text.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

// Whether CollapseSpaces would return `text` unchanged: no whitespace but
// single spaces between words. The legal-basis items are built collapsed,
// so this is the common case; 16 bytes are tested at once where SSE2 is
// there (each with the byte after it), then the last few one by one.
bool IsCollapsed(std::string_view text) {
  if (text.empty()) return true;
  if (IsSpace(text.front()) || IsSpace(text.back())) return false;
  std::size_t pos = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i tab_to_cr = _mm_set1_epi8('\r' - '\t');  // \t \n \v \f \r
  for (; pos + 17 <= text.size(); pos += 16) {
    __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos + 1));
    // c - '\t' <= '\r' - '\t' as unsigned bytes: c is one of \t … \r.
    __m128i offset = _mm_sub_epi8(here, tab);
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(offset, tab_to_cr), offset);
    __m128i doubled = _mm_and_si128(_mm_cmpeq_epi8(here, space), _mm_cmpeq_epi8(next, space));
    if (_mm_movemask_epi8(_mm_or_si128(control, doubled)) != 0) return false;
  }
#endif
  for (; pos < text.size(); ++pos) {
    if (text[pos] == ' ' ? pos + 1 < text.size() && text[pos + 1] == ' ' : IsSpace(text[pos])) {
      return false;
    }
  }
  return true;
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


// Word tests. A word is a run of non-spaces; its tests read it alone.

// "Nomor", "Nomer" or "No", alone or with a '.'/':' after it:
// (?:nomor|nomer|no)(?:[.:]|$) at the word's start.
bool IsNomorWord(std::string_view word) {
  for (std::string_view nomor : {"nomor", "nomer", "no"}) {
    if (!HasAt(word, 0, nomor)) continue;
    if (word.size() == nomor.size() || word[nomor.size()] == '.' ||
        word[nomor.size()] == ':') {
      return true;
    }
  }
  return false;
}

// "Tahun", alone or followed by ':' or a digit: tahun(?:[:0-9]|$).
bool IsTahunWord(std::string_view word) {
  return HasAt(word, 0, "tahun") &&
         (word.size() == 5 || word[5] == ':' || IsDigit(word[5]));
}

// (?:19|20)[0-9][0-9][,;.]? as the whole word.
bool IsYearWord(std::string_view word) {
  if (word.size() != 4 && word.size() != 5) return false;
  bool century = word.substr(0, 2) == "19" || word.substr(0, 2) == "20";
  bool separator = word.size() == 4 || word[4] == ',' || word[4] == ';' || word[4] == '.';
  return century && IsDigit(word[2]) && IsDigit(word[3]) && separator;
}

// Words that end a number: what follows it in a citation.
bool EndsNumber(std::string_view word) {
  if (word.empty() || word.front() == '(') return true;
  if (IsTahunWord(word)) return true;
  std::string_view bare = TrimSeparators(word);
  for (std::string_view next : {"tentang", "sebagaimana", "yang", "telah", "dan", "serta"}) {
    if (ascii::EqualsIgnoreCase(bare, next)) return true;
  }
  return false;
}

// A number holds a digit, or is a Roman numeral ([^0-9]*[0-9].*|[IVXLCDM]+;
// the collapsed text holds no line break for `.` to miss).
bool IsPlausibleNumber(std::string_view number) {
  if (std::any_of(number.begin(), number.end(), IsDigit)) return true;
  return !number.empty() && number.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// --- The patterns that end a title -------------------------------------------
//
// Each `…At(text, pos)` tells whether its pattern (given in its comment)
// matches at `pos` of `text`, \b judged within `text`. A keyword the pattern
// does not follow with \b matches as a prefix.

// [\s,]+ : returns the end of the run (== pos when there is none).
std::size_t SkipCommaSpaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (IsRegexSpace(text[pos]) || text[pos] == ',')) ++pos;
  return pos;
}

// \(\s*(?:lembaran|berita|tambahan|lnri|bnri|ln|bn|ld|bd|tln|tbn|tld)\b
bool GazetteStartAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != '(') return false;
  std::string_view word = WordCharsAt(text, SkipRegexSpaces(text, pos + 1));
  for (std::string_view series : {"lembaran", "berita", "tambahan", "lnri", "bnri", "ln", "bn",
                                  "ld", "bd", "tln", "tbn", "tld"}) {
    if (ascii::EqualsIgnoreCase(word, series)) return true;
  }
  return false;
}

// (?:tambahan\s+)?(?:lembaran|berita)\s+(?:negara|daerah)\b
bool BareGazetteAt(std::string_view text, std::size_t pos) {
  if (HasAt(text, pos, "tambahan")) {
    std::size_t next = SkipRegexSpaces(text, pos + 8);
    if (next > pos + 8) pos = next;
  }
  std::size_t kind = PrefixAt(text, pos, {"lembaran", "berita"});
  if (kind == 0) return false;
  std::size_t scope = SkipRegexSpaces(text, pos + kind);
  return scope > pos + kind &&
         (HasWordAt(text, scope, "negara") || HasWordAt(text, scope, "daerah"));
}

// The amendment clause; its end, or npos:
//   \b(?:sebagaimana|yang|telah)(?:[\s,]+(?:telah|beberapa|kali|terakhir))*
//   [\s,]+(?:diubah|ditetapkan\s+menjadi\s+undang\s*-?\s*undang)\b
// The filler words and the closing verbs start with different letters, so
// the fillers can be taken greedily: the verb can only follow the last one.
// On failure `*chain_end` (when given) gets the end of the opener and filler
// words read: no clause starts inside them either, since the only opener
// among them ("telah") leads to the same words and the same verb test.
std::size_t ClauseEndAt(std::string_view text, std::size_t pos,
                        std::size_t* chain_end = nullptr) {
  // Every opener starts with s, y or t: test that before anything else.
  if (pos >= text.size()) return std::string_view::npos;
  char first = ascii::ToLower(text[pos]);
  if (first != 's' && first != 'y' && first != 't') return std::string_view::npos;
  if (!IsWordBoundary(text, pos)) return std::string_view::npos;
  std::size_t opener = PrefixAt(text, pos, {"sebagaimana", "yang", "telah"});
  if (opener == 0) return std::string_view::npos;
  std::size_t end = pos + opener;
  for (;;) {
    std::size_t next = SkipCommaSpaces(text, end);
    std::size_t filler = next > end ? PrefixAt(text, next, {"telah", "beberapa", "kali", "terakhir"}) : 0;
    if (filler == 0) break;
    end = next + filler;
  }
  if (chain_end != nullptr) *chain_end = end;
  std::size_t verb = SkipCommaSpaces(text, end);
  if (verb == end) return std::string_view::npos;
  if (HasWordAt(text, verb, "diubah")) return verb + 6;
  if (!HasAt(text, verb, "ditetapkan")) return std::string_view::npos;
  std::size_t menjadi = SkipRegexSpaces(text, verb + 10);
  if (menjadi == verb + 10 || !HasAt(text, menjadi, "menjadi")) return std::string_view::npos;
  std::size_t law = SkipRegexSpaces(text, menjadi + 7);
  if (law == menjadi + 7) return std::string_view::npos;
  std::size_t length = UndangUndangLength(text, law);
  return length > 0 ? law + length : std::string_view::npos;
}

// A revocation has no field of its own: it only ends the title, and what
// follows is reported as unparsed rather than read as part of the title.
//   \b(?:sebagaimana|yang)\s+(?:telah\s+)?dicabut\b
bool RevocationAt(std::string_view text, std::size_t pos) {
  if (!IsWordBoundary(text, pos)) return false;
  std::size_t opener = PrefixAt(text, pos, {"sebagaimana", "yang"});
  if (opener == 0) return false;
  std::size_t next = SkipRegexSpaces(text, pos + opener);
  if (next == pos + opener) return false;
  if (HasAt(text, next, "telah")) {
    std::size_t after = SkipRegexSpaces(text, next + 5);
    if (after > next + 5) next = after;
  }
  return HasWordAt(text, next, "dicabut");
}

// A gazette start, a bare gazette or a revocation at `pos`, each tried
// only at the byte it starts with.
bool GazetteOrRevocationAt(std::string_view text, std::size_t pos) {
  switch (ascii::ToLower(text[pos])) {
    case '(':
      return GazetteStartAt(text, pos);
    case 't':  // "tambahan lembaran …"
    case 'l':
    case 'b':
      return BareGazetteAt(text, pos);
    case 's':
    case 'y':
      return RevocationAt(text, pos);
    default:
      return false;
  }
}

// " ?([/-]) ?" replaced by the join alone: "01 / KPU" → "01/KPU".
std::string WithoutSpacedJoins(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    bool join_next = i + 1 < raw.size() && (raw[i + 1] == '/' || raw[i + 1] == '-');
    if (raw[i] == ' ' && join_next) continue;
    out += raw[i];
    if ((raw[i] == '/' || raw[i] == '-') && i + 1 < raw.size() && raw[i + 1] == ' ') ++i;
  }
  return out;
}

// The bytes a title end can start with, by the patterns a search tries
// (MayEndTitleAt then tests the byte after): a gazette start "(", a bare
// gazette "tambahan"/"lembaran"/"berita", a revocation "sebagaimana"/"yang",
// an amendment clause "sebagaimana"/"yang"/"telah", and a split: ',', ';',
// \s before "dan"/"serta", or "dan"/"serta" itself. The scan skips the
// other bytes in a tight loop.
using FirstBytes = std::array<bool, 256>;

constexpr FirstBytes FirstBytesOf(std::string_view bytes) {
  FirstBytes table{};
  for (char c : bytes) {
    table[static_cast<unsigned char>(c)] = true;
    table[static_cast<unsigned char>(ascii::ToUpper(c))] = true;
  }
  return table;
}

constexpr FirstBytes kGazetteOrClauseFirstBytes = FirstBytesOf("(tlbsy");
constexpr FirstBytes kClauseOrSplitFirstBytes = FirstBytesOf("syt,; \t\n\f\rd");
constexpr FirstBytes kAnyEndFirstBytes = FirstBytesOf("(tlbsy,; \t\n\f\rd");

const FirstBytes& FirstBytesFor(bool gazettes, bool splits) {
  if (!splits) return kGazetteOrClauseFirstBytes;
  return gazettes ? kAnyEndFirstBytes : kClauseOrSplitFirstBytes;
}

// Whether any title end can start at `pos`: its first two letters must be
// those of a word the patterns above start with, and words that need a \b
// must start a word. Most bytes of a title fail this at once.
bool MayEndTitleAt(std::string_view text, std::size_t pos) {
  char c = text[pos];
  if (IsRegexSpace(c)) {  // a split's "\s*dan"
    std::size_t next = SkipRegexSpaces(text, pos);
    if (next == text.size()) return false;
    char n = ascii::ToLower(text[next]);
    return n == 'd' || n == 's';
  }
  char next = pos + 1 < text.size() ? ascii::ToLower(text[pos + 1]) : '\0';
  switch (ascii::ToLower(c)) {
    case '(':  // gazette
    case ',':  // split
    case ';':
      return true;
    case 't':  // "tambahan" (bare gazette, no \b needed), "telah" (clause)
      return next == 'a' || (next == 'e' && IsWordBoundary(text, pos));
    case 'l':  // "lembaran", "berita" (bare gazette)
    case 'b':
      return next == 'e';
    case 's':  // "sebagaimana" (clause, revocation), "serta" (split)
      return next == 'e' && IsWordBoundary(text, pos);
    case 'y':  // "yang"
    case 'd':  // "dan"
      return next == 'a' && IsWordBoundary(text, pos);
    default:
      return false;
  }
}

struct Span {
  size_t begin = 0;
  size_t size = 0;
};

// "… dan Peraturan …" between two amendments; returns the head, which the
// parser still has to confirm (a title may say "dan Peraturan …" too).
//   (?:[,;]?\s*\b(?:dan|serta)|;)\s+(HEAD)
std::optional<Span> SplitHeadAt(std::string_view text, std::size_t pos) {
  auto head_after = [&](std::size_t word_end) -> std::optional<Span> {
    std::size_t head = SkipRegexSpaces(text, word_end);
    if (head == word_end) return std::nullopt;
    std::size_t length = InstrumentHeadLength(text, head);
    if (length == 0) return std::nullopt;
    return Span{head, length};
  };
  std::size_t word = pos;
  if (word < text.size() && (text[word] == ',' || text[word] == ';')) ++word;
  word = SkipRegexSpaces(text, word);
  if (IsWordBoundary(text, word)) {
    if (std::size_t conj = PrefixAt(text, word, {"dan", "serta"})) {
      if (auto head = head_after(word + conj)) return head;
    }
  }
  if (pos < text.size() && text[pos] == ';') return head_after(pos + 1);
  return std::nullopt;
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

  // The text from `pos` on: the anchored patterns judge \b as if the text
  // started there.
  std::string_view From(size_t pos) const { return s_.substr(pos); }

  // The instrument name starting at `pos`, when a number or year follows it
  // within a few words; nullopt for prose ("Keputusan ini mulai berlaku …").
  std::optional<Head> ReadHead(size_t pos) const {
    if (InstrumentHeadLength(From(pos), 0) == 0) return std::nullopt;
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
                 std::any_of(word.begin(), word.end(), [](char c) {
                   return c == '(' || c == ')' || c == ',' || c == ';';
                 })) {
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
    size_t pos = 0;
    while (pos <= limit && pos < s_.size()) {
      size_t length = InstrumentHeadLength(s_, pos);
      if (length == 0) {
        ++pos;
        continue;
      }
      if (std::optional<Head> head = ReadHead(pos)) return head;
      pos += length;
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
    pos = SkipNomor(pos);
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

  // Past (?:nomor|nomer|no)\.?\s*:?\s* at `pos` (a word IsNomorWord took).
  size_t SkipNomor(size_t pos) const {
    pos += HasAt(s_, pos, "nomor") || HasAt(s_, pos, "nomer") ? 5 : 2;
    if (pos < s_.size() && s_[pos] == '.') ++pos;
    pos = SkipRegexSpaces(s_, pos);
    if (pos < s_.size() && s_[pos] == ':') ++pos;
    return SkipRegexSpaces(s_, pos);
  }

  // OCR puts spaces around the joins of long numbers ("01/ KPU"): a number
  // never holds one there, so they go. Any other space stays (it may stand
  // for a lost '-' or '/', which we do not guess) and is reported.
  std::string CleanNumber(std::string_view raw) {
    std::string number = WithoutSpacedJoins(raw);
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

  // " Tahun 2017", ", tahun: 2017" at `pos`:
  // \s*,?\s*tahun(?:\s*:?\s*([0-9]{4})\b|\b). Returns the end (`pos` when
  // absent); `digits` gets the year, empty when "Tahun" has none.
  size_t MatchYear(size_t pos, std::string_view* digits) const {
    std::string_view text = From(pos);
    size_t at = SkipRegexSpaces(text, 0);
    if (at < text.size() && text[at] == ',') ++at;
    at = SkipRegexSpaces(text, at);
    if (!HasAt(text, at, "tahun")) return pos;
    size_t word_end = at + 5;
    size_t year = SkipRegexSpaces(text, word_end);
    if (year < text.size() && text[year] == ':') ++year;
    year = SkipRegexSpaces(text, year);
    if (text.size() - year >= 4 && std::all_of(text.begin() + year, text.begin() + year + 4, IsDigit) &&
        IsWordBoundary(text, year + 4)) {
      *digits = text.substr(year, 4);
      return pos + year + 4;
    }
    *digits = {};
    return IsWordBoundary(text, word_end) ? pos + word_end : pos;
  }

  size_t ReadYear(size_t pos, Citation* c) {
    std::string_view digits;
    size_t end = MatchYear(pos, &digits);
    if (end == pos) return pos;
    if (digits.empty()) {
      notes_.Warning("citation-year-unclear",
                     "\"Tahun\" is not followed by a four-digit year; year "
                     "left null");
    } else {
      c->year = std::stoi(std::string(digits));
    }
    return end;
  }

  // Numbers like "314/ORT.07-Kpt/01/KPU/V/2021" end with their year.
  void YearFromNumber(Citation* c) {
    // The number ends with "/19xx" or "/20xx".
    const std::string& number = *c->number;
    if (number.size() < 5 || number[number.size() - 5] != '/') return;
    std::string_view digits = std::string_view(number).substr(number.size() - 4);
    if (!IsYearWord(digits)) return;
    int year = std::stoi(std::string(digits));
    c->year = year;
    notes_.Info("citation-year-from-number",
                fmt::format("no \"Tahun\" printed: year {} read from the end "
                            "of number \"{}\"",
                            year, *c->number));
  }

  size_t ReadTitle(size_t pos, bool in_amendment, Citation* c) {
    size_t title_begin = SkipTentang(pos);
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

  // Past [\s,:]*tentang\b[\s:]* at `pos`, or npos.
  size_t SkipTentang(size_t pos) const {
    while (pos < s_.size() && (IsRegexSpace(s_[pos]) || s_[pos] == ',' || s_[pos] == ':')) ++pos;
    if (!HasAt(s_, pos, "tentang") || !IsWordBoundary(s_, pos + 7)) {
      return std::string_view::npos;
    }
    pos += 7;
    while (pos < s_.size() && (IsRegexSpace(s_[pos]) || s_[pos] == ':')) ++pos;
    return pos;
  }

  // Where a title ends: a gazette, an amendment clause, or (inside an
  // amendment list) the next amending instrument.
  size_t FindPartEnd(size_t from, bool in_amendment) const {
    return Search(from, s_.size(), /*gazettes=*/true, /*splits=*/in_amendment);
  }

  // Where an unclosed gazette parenthesis ends: an amendment clause or the
  // next amending instrument.
  size_t FindBreak(size_t from, size_t to) const {
    return Search(from, to, /*gazettes=*/false, /*splits=*/true);
  }

  // Start of the first match in [from, to) (`to` when none) of an amendment
  // clause, with `gazettes` of a gazette start or a revocation, and with
  // `splits` of a split before an instrument head. A split counts only when
  // a real instrument name starts there; else the search goes on after that
  // head. The text ends at `to` for the patterns' \b.
  size_t Search(size_t from, size_t to, bool gazettes, bool splits) const {
    std::string_view text = s_.substr(0, to);
    const FirstBytes& first = FirstBytesFor(gazettes, splits);
    size_t no_clause_before = 0;
    size_t pos = from;
    while (pos < to) {
      while (pos < to && !first[static_cast<unsigned char>(text[pos])]) ++pos;
      if (pos == to) break;
      if (!MayEndTitleAt(text, pos)) {
        ++pos;
        continue;
      }
      if (gazettes && GazetteOrRevocationAt(text, pos)) return pos;
      if (pos >= no_clause_before &&
          ClauseEndAt(text, pos, &no_clause_before) != std::string_view::npos) {
        return pos;
      }
      if (splits) {
        if (std::optional<Span> head = SplitHeadAt(text, pos)) {
          if (ReadHead(head->begin)) return pos;
          pos = head->begin + head->size;
          continue;
        }
      }
      ++pos;
    }
    return to;
  }

  // Gazette parentheses after a title: "(Lembaran Negara … Nomor 182,
  // Tambahan … Nomor 6109)". Also takes one whose "(" was lost.
  size_t ReadGazettes(size_t pos, Citation* c) {
    for (;;) {
      size_t start = pos;
      while (start < s_.size() && (s_[start] == ' ' || s_[start] == ',')) {
        ++start;
      }
      bool paren = GazetteStartAt(From(start), 0);
      if (!paren && !BareGazetteAt(From(start), 0)) return pos;
      pos = ReadGazette(start, paren, c);
    }
  }

  size_t ReadGazette(size_t start, bool paren, Citation* c) {
    size_t inner_begin = paren ? start + 1 : start;
    size_t window_end = std::min(s_.size(), start + kMaxGazetteChars);
    size_t close = FindClose(View(start, window_end), paren ? 0 : 1);
    if (close != std::string_view::npos) close += start;
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

  // Where the parenthesis open `depth` times before `window` closes: the
  // ')' that brings the depth to 0, or npos. The parentheses are found with
  // memchr, in order, rather than testing every byte twice.
  static size_t FindClose(std::string_view window, int depth) {
    size_t open = window.find('(');
    size_t shut = window.find(')');
    while (shut != std::string_view::npos) {
      if (open < shut) {
        ++depth;
        open = window.find('(', open + 1);
        continue;
      }
      if (--depth == 0) return shut;
      shut = window.find(')', shut + 1);
    }
    return std::string_view::npos;
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

  // Past [\s,;]*CLAUSE(?:[\s,]+(?:beberapa|kali|terakhir|dengan|untuk|kedua|
  // ketiga|keempat|kelima|kalinya|lagi))*[\s,]* at `pos`, or npos. The
  // words after the clause are prefixes: the pattern's end always matches,
  // so each is taken as soon as it is there.
  size_t SkipClause(size_t pos) const {
    std::string_view text = From(pos);
    size_t at = 0;
    while (at < text.size() && (IsRegexSpace(text[at]) || text[at] == ',' || text[at] == ';')) ++at;
    size_t end = ClauseEndAt(text, at);
    if (end == std::string_view::npos) return std::string_view::npos;
    end = SkipWords(text, end, {"beberapa", "kali", "terakhir", "dengan", "untuk", "kedua",
                                "ketiga", "keempat", "kelima", "kalinya", "lagi"});
    return pos + SkipCommaSpaces(text, end);
  }

  // Past what joins two amendments at `pos`:
  // [\s,;]*(?:(?:dan|serta)\b)?(?:[\s,]+(?:terakhir|diubah|dengan|telah|kali|
  // beberapa|kedua|ketiga))*[\s,]* (which always matches).
  size_t SkipSeparator(size_t pos) const {
    std::string_view text = From(pos);
    size_t at = 0;
    while (at < text.size() && (IsRegexSpace(text[at]) || text[at] == ',' || text[at] == ';')) ++at;
    if (HasWordAt(text, at, "dan")) {
      at += 3;
    } else if (HasWordAt(text, at, "serta")) {
      at += 5;
    }
    at = SkipWords(text, at, {"terakhir", "diubah", "dengan", "telah", "kali", "beberapa",
                              "kedua", "ketiga"});
    return pos + SkipCommaSpaces(text, at);
  }

  // (?:[\s,]+(?:WORDS))* from `pos`, greedily: the end of the last word.
  static size_t SkipWords(std::string_view text, size_t pos,
                          std::initializer_list<std::string_view> words) {
    for (;;) {
      size_t next = SkipCommaSpaces(text, pos);
      size_t word = next > pos ? PrefixAt(text, next, words) : 0;
      if (word == 0) return pos;
      pos = next + word;
    }
  }

  // "sebagaimana telah (beberapa kali) diubah (terakhir) dengan A (…) dan B
  // (…)", possibly several clauses in a row: all go into one list, in order.
  size_t ReadAmendments(size_t pos, Citation* c) {
    for (;;) {
      size_t after_clause = SkipClause(pos);
      if (after_clause == std::string_view::npos) return pos;
      std::optional<Head> head = ReadHead(SkipSpaces(after_clause));
      if (!head) return pos;  // reported as unparsed text by the caller
      for (;;) {
        Citation amendment;
        pos = ReadOne(*head, /*in_amendment=*/true, &amendment);
        c->amended_by.push_back(std::move(amendment));
        size_t next = SkipSpaces(SkipSeparator(pos));
        head = ReadHead(next);
        if (!head) break;
      }
    }
  }

  std::string_view s_;
  Notes& notes_;
};

std::optional<Citation> Parse(std::string_view text, Notes& notes) {
  std::string collapsed;
  if (!IsCollapsed(text)) {
    collapsed = CollapseSpaces(text);
    text = collapsed;
  }
  std::string_view item = StripItemEnd(text);
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
