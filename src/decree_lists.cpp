#include "decree_lists.h"

#include <array>
#include <functional>

#include <fmt/format.h>

#include "ascii.h"
#include "decree_text.h"

namespace renaksi {
namespace {

using text::HasAt;
using text::IsDigit;
using text::IsRegexSpace;
using text::SkipRegexSpaces;

struct ItemStart {
  std::string label;
  std::string rest;  // text after the label on the same line
};

// Decides whether a line (list noise stripped) opens a new item, given the
// label of the item before it (nullptr for the first).
using LabelReader = std::optional<ItemStart> (*)(std::string_view line,
                                                 const std::string* previous);

// A block's own label, printed at the start of its first line ("Menimbang
// :", "M E M U T U S K A N :").
struct BlockLabel {
  std::string_view word;  // lower case
  bool letter_spaced;     // its letters may be spaced apart
};

// Past the label at the start of `line`, or 0: ^LABEL\s*:?\s* in any case,
// with \s* between the letters when they may be spaced.
std::size_t BlockLabelEnd(std::string_view line, BlockLabel label) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < label.word.size(); ++i) {
    if (i > 0 && label.letter_spaced) pos = SkipRegexSpaces(line, pos);
    if (pos >= line.size() || ascii::ToLower(line[pos]) != label.word[i]) return 0;
    ++pos;
  }
  pos = SkipRegexSpaces(line, pos);
  if (pos < line.size() && line[pos] == ':') ++pos;
  return SkipRegexSpaces(line, pos);
}

// Reads a list block; the block's label is removed from its first line.
std::vector<LabeledText> ReadItems(const SourceLines& lines, BlockLabel block_label,
                                   LabelReader read_label) {
  std::vector<LabeledText> items;
  bool first_line = true;
  for (const auto& line : lines) {
    if (text::IsBlank(line.text)) continue;
    std::string_view content = text::StripListNoise(line.text);
    if (first_line) {
      content = text::StripListNoise(content.substr(BlockLabelEnd(content, block_label)));
      first_line = false;
    }
    // A colon left alone on a line (the block label's, wrapped) carries no text.
    if (content.empty() || content == ":") continue;
    const std::string* previous = items.empty() ? nullptr : &items.back().label;
    if (auto start = read_label(content, previous)) {
      items.push_back({std::move(start->label), "", line.number});
      text::AppendWrapped(items.back().text, start->rest);
      continue;
    }
    if (items.empty()) items.push_back({"", "", line.number});  // unlabelled first item
    // The label's colon wrapped onto the text's line ("KESATU" / ": text").
    // (AppendWrapped collapses the rest's spaces.)
    if (items.back().text.empty() && content.front() == ':') content.remove_prefix(1);
    text::AppendWrapped(items.back().text, content);
  }
  return items;
}

bool StartsLikeClause(const std::string& rest) {
  return !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
}


// Reads "LABEL. rest", "LABEL) rest" or "LABEL." whose label is the line's
// first `label_size` characters (the caller checked their shape), i.e. the
// line matches ^LABEL[.)](?:\s+(.*))?$. The punctuation must end the line or
// be followed by whitespace: "1.5 juta" opens no item.
std::optional<ItemStart> SplitLabel(std::string_view line, std::size_t label_size) {
  if (line.size() <= label_size || (line[label_size] != '.' && line[label_size] != ')')) {
    return std::nullopt;
  }
  std::size_t rest = label_size + 1;
  if (rest < line.size() && !IsRegexSpace(line[rest])) return std::nullopt;
  while (rest < line.size() && IsRegexSpace(line[rest])) ++rest;
  // Source lines hold no line break (the reader splits on them), so `.*`
  // takes the whole rest.
  return ItemStart{std::string(line.substr(0, label_size)), std::string(line.substr(rest))};
}

std::optional<ItemStart> ReadLetterLabel(std::string_view line, const std::string* previous) {
  if (line.empty() || !ascii::IsLetter(line[0])) return std::nullopt;
  std::optional<ItemStart> start = SplitLabel(line, 1);
  if (!start) return std::nullopt;
  char c = line[0];
  char lower = ascii::ToLower(c);
  char expected = previous == nullptr || previous->size() != 1 ? 'a'
                                                               : static_cast<char>((*previous)[0] + 1);
  bool after_previous = previous == nullptr || previous->size() != 1 || lower > (*previous)[0];
  // Lower-case letters in sequence open items; an upper-case one only when it
  // is exactly the next letter (a capital "I." may start a wrapped sentence).
  if ((c == lower && after_previous) || lower == expected) {
    start->label = std::string(1, lower);
    return start;
  }
  return std::nullopt;
}

std::optional<ItemStart> ReadNumberLabel(std::string_view line, const std::string* previous) {
  std::size_t digits = 0;
  while (digits < line.size() && digits < 4 && IsDigit(line[digits])) ++digits;
  if (digits == 0 || digits > 3) return std::nullopt;  // one to three digits
  std::optional<ItemStart> start = SplitLabel(line, digits);
  if (!start || previous == nullptr || previous->empty()) return start;
  int value = std::stoi(start->label);
  int before = std::stoi(*previous);
  if (value > before || StartsLikeClause(start->rest)) return start;
  return std::nullopt;
}

// Reports labels that skip or go back, keeping them as printed.
void CheckNumbering(const std::vector<LabeledText>& items, const std::string& code,
                    const char* what, const std::function<std::optional<int>(const std::string&)>& ordinal,
                    Diagnostics& diags) {
  std::optional<int> before;
  std::string before_label;
  for (const auto& item : items) {
    auto value = ordinal(item.label);
    if (!value) continue;
    int expected = before ? *before + 1 : 1;
    if (*value > expected) {
      diags.Warning(code, item.line,
                    before ? fmt::format("{} numbering jumps from \"{}\" to \"{}\": {} "
                                         "item(s) missing; printed labels kept",
                                         what, before_label, item.label, *value - expected)
                           : fmt::format("{} numbering starts at \"{}\"; printed labels kept",
                                         what, item.label));
    } else if (*value < expected) {
      diags.Warning(code, item.line,
                    fmt::format("{} label \"{}\" repeats or goes back after \"{}\"; kept as "
                                "printed",
                                what, item.label, before_label));
    }
    before = value;
    before_label = item.label;
  }
}

std::optional<int> LetterOrdinal(const std::string& label) {
  if (label.size() != 1 || label[0] < 'a' || label[0] > 'z') return std::nullopt;
  return label[0] - 'a' + 1;
}

std::optional<int> NumberOrdinal(const std::string& label) {
  if (label.empty() || label.size() > 3) return std::nullopt;
  for (char c : label) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::stoi(label);
}

// Item texts are built by AppendWrapped, so their spaces are collapsed.
void StripSeparators(std::vector<LabeledText>& items) {
  for (auto& item : items) text::TrimItemSeparator(item.text);
}

// A labeled list block (Menimbang, Mengingat, Memperhatikan): its items, item
// separators ("; dan") stripped, numbering gaps reported under `gap_code`.
std::vector<LabeledText> ReadLabeledList(
    const SourceLines& lines, BlockLabel block_label, LabelReader read_label,
    const std::function<std::optional<int>(const std::string&)>& ordinal,
    const std::string& gap_code, const char* what, Diagnostics& diags) {
  auto items = ReadItems(lines, block_label, read_label);
  StripSeparators(items);
  CheckNumbering(items, gap_code, what, ordinal, diags);
  return items;
}

// `word` (in capitals) at `pos`: in any case when `any_case`, else as is.
bool HasLabelWord(std::string_view key, std::size_t pos, std::string_view word, bool any_case) {
  if (pos > key.size() || key.size() - pos < word.size()) return false;
  std::string_view printed = key.substr(pos, word.size());
  return any_case ? ascii::EqualsIgnoreCase(printed, word) : printed == word;
}

// Length of the dictum ordinal opening `key`, or 0:
// PERTAMA|KE(?:SATU|SEPULUH|SEBELAS|(?:DUA|…|SEMBILAN)(?:\s*BELAS)?).
// "BELAS" is taken whenever it follows: what may come after an ordinal (a
// colon, or the end) never starts with it.
std::size_t DictumLength(std::string_view key, bool any_case) {
  auto has = [&](std::size_t pos, std::string_view word) {
    return HasLabelWord(key, pos, word, any_case);
  };
  if (has(0, "PERTAMA")) return 7;
  if (!has(0, "KE")) return 0;
  for (std::string_view word : {"SATU", "SEPULUH", "SEBELAS"}) {
    if (has(2, word)) return 2 + word.size();
  }
  for (std::string_view unit :
       {"DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN", "SEMBILAN"}) {
    if (!has(2, unit)) continue;
    std::size_t end = 2 + unit.size();
    std::size_t belas = SkipRegexSpaces(key, end);
    return has(belas, "BELAS") ? belas + 5 : end;
  }
  return 0;
}

// The text after "Menetapkan" alone or "Menetapkan : text", or nullopt:
// ^Menetapkan\s*(?::\s*(.*))?$ in any case.
std::optional<std::string_view> AfterEstablishes(std::string_view key) {
  if (!HasAt(key, 0, "menetapkan")) return std::nullopt;
  std::size_t after = SkipRegexSpaces(key, 10);
  if (after == key.size()) return key.substr(after);
  if (key[after] != ':') return std::nullopt;
  return key.substr(SkipRegexSpaces(key, after + 1));
}

std::optional<ItemStart> ReadDecisionLabel(std::string_view line, const std::string*) {
  // Every label starts with M (Menetapkan), P (PERTAMA) or K (KE…), and the
  // line is list-noise stripped, so its first byte is the key's: other lines
  // are not keyed at all.
  if (line.empty() || std::string_view("MmPpKk").find(line[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  std::string key = text::CollapseLetterSpacing(line);
  if (auto rest = AfterEstablishes(key)) return ItemStart{"Menetapkan", std::string(*rest)};
  // Any case with a colon; without one only the upper-case word alone on its
  // line, so running text ("kedua belah pihak") never opens a dictum.
  bool colon = key.find(':') != std::string::npos;
  std::size_t length = DictumLength(key, /*any_case=*/colon);
  if (length == 0) return std::nullopt;
  std::size_t after = SkipRegexSpaces(key, length);
  std::string rest;
  if (colon) {
    if (after == key.size() || key[after] != ':') return std::nullopt;
    rest = key.substr(SkipRegexSpaces(key, after + 1));
  } else if (after != key.size()) {
    return std::nullopt;
  }
  return ItemStart{ascii::Uppered(text::CollapseSpaces(key.substr(0, length))), std::move(rest)};
}

}  // namespace

std::optional<int> DictumOrdinal(std::string_view label) {
  static constexpr std::array<std::pair<std::string_view, int>, 12> kUnits = {{
      {"PERTAMA", 1}, {"KESATU", 1}, {"KEDUA", 2}, {"KETIGA", 3}, {"KEEMPAT", 4},
      {"KELIMA", 5}, {"KEENAM", 6}, {"KETUJUH", 7}, {"KEDELAPAN", 8},
      {"KESEMBILAN", 9}, {"KESEPULUH", 10}, {"KESEBELAS", 11},
  }};
  const std::string upper = ascii::Uppered(label);
  // KE(DUA|…|SEMBILAN)\s*BELAS: ten more than the unit.
  for (const auto& [word, value] : kUnits) {
    if (value < 2 || value > 9 || std::string_view(upper).substr(0, word.size()) != word) continue;
    std::size_t belas = SkipRegexSpaces(upper, word.size());
    if (std::string_view(upper).substr(belas) == "BELAS") return value + 10;
  }
  for (const auto& [word, value] : kUnits) {
    if (upper == word) return value;
  }
  return std::nullopt;
}

std::vector<LabeledText> ParseConsiderations(const SourceLines& lines, Diagnostics& diags) {
  constexpr BlockLabel kLabel{"menimbang", false};
  return ReadLabeledList(lines, kLabel, ReadLetterLabel, LetterOrdinal,
                         "consideration-numbering-gap", "consideration (Menimbang)", diags);
}

std::vector<LegalBasisItem> ParseLegalBasis(const SourceLines& lines, Diagnostics& diags) {
  constexpr BlockLabel kLabel{"mengingat", false};
  auto items = ReadLabeledList(lines, kLabel, ReadNumberLabel, NumberOrdinal,
                               "legal-basis-numbering-gap", "legal basis (Mengingat)", diags);
  std::vector<LegalBasisItem> out;
  out.reserve(items.size());
  for (auto& item : items) {
    out.push_back({std::move(item.label), std::move(item.text), item.line, std::nullopt});
  }
  return out;
}

std::vector<LabeledText> ParseObservations(const SourceLines& lines, Diagnostics& diags) {
  constexpr BlockLabel kLabel{"memperhatikan", false};
  return ReadLabeledList(lines, kLabel, ReadNumberLabel, NumberOrdinal,
                         "observation-numbering-gap", "observation (Memperhatikan)", diags);
}

DecisionPart ParseDecision(const SourceLines& lines, Diagnostics& diags) {
  // The MEMUTUSKAN line carries no item; letter-spaced or not, it is dropped
  // as the block label.
  constexpr BlockLabel kLabel{"memutuskan", true};
  auto items = ReadItems(lines, kLabel, ReadDecisionLabel);
  DecisionPart part;
  for (auto& item : items) {
    // The text is collapsed already: ReadItems builds it with AppendWrapped.
    if (item.label == "Menetapkan") {
      if (!part.establishes) part.establishes = std::move(item);
    } else if (item.label.empty()) {
      diags.Warning("decision-text-unassigned", item.line,
                    fmt::format("text before the first dictum belongs to no dictum: \"{}\"",
                                item.text));
    } else {
      part.dictums.push_back(std::move(item));
    }
  }
  CheckNumbering(part.dictums, "decision-numbering-gap", "dictum",
                 [](const std::string& label) { return DictumOrdinal(label); }, diags);
  return part;
}

}  // namespace renaksi
