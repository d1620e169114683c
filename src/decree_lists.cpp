#include "decree_lists.h"

#include <array>
#include <functional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ascii.h"
#include "decree_text.h"

namespace renaksi {
namespace {

struct ItemStart {
  std::string label;
  std::string rest;  // text after the label on the same line
};

// Decides whether a line (list noise stripped) opens a new item, given the
// label of the item before it (nullptr for the first).
using LabelReader =
    std::function<std::optional<ItemStart>(const std::string& line, const std::string* previous)>;

// Reads a list block. `block_label` matches the block's own label at the
// start of its first line ("Menimbang :"), which is removed.
std::vector<LabeledText> ReadItems(const SourceLines& lines, const RE2& block_label,
                                   const LabelReader& read_label) {
  std::vector<LabeledText> items;
  bool first_line = true;
  for (const auto& line : lines) {
    if (text::IsBlank(line.text)) continue;
    std::string content(text::StripListNoise(line.text));
    if (first_line) {
      RE2::Replace(&content, block_label, "");
      content = std::string(text::StripListNoise(content));
      first_line = false;
    }
    // A colon left alone on a line (the block label's, wrapped) carries no text.
    if (content.empty() || content == ":") continue;
    const std::string* previous = items.empty() ? nullptr : &items.back().label;
    if (auto start = read_label(content, previous)) {
      items.push_back({start->label, "", line.number});
      text::AppendWrapped(items.back().text, start->rest);
      continue;
    }
    if (items.empty()) items.push_back({"", "", line.number});  // unlabelled first item
    // The label's colon wrapped onto the text's line ("KESATU" / ": text").
    if (items.back().text.empty() && content.front() == ':') {
      content = text::CollapseSpaces(content.substr(1));
    }
    text::AppendWrapped(items.back().text, content);
  }
  return items;
}

bool StartsLikeClause(const std::string& rest) {
  return !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
}

using text::IsDigit;
using text::IsRegexSpace;
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

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

std::optional<ItemStart> ReadLetterLabel(const std::string& line, const std::string* previous) {
  if (line.empty() || !IsLetter(line[0])) return std::nullopt;
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

std::optional<ItemStart> ReadNumberLabel(const std::string& line, const std::string* previous) {
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

void StripSeparators(std::vector<LabeledText>& items) {
  for (auto& item : items) item.text = text::StripItemSeparator(item.text);
}

// A labeled list block (Menimbang, Mengingat, Memperhatikan): its items, item
// separators ("; dan") stripped, numbering gaps reported under `gap_code`.
std::vector<LabeledText> ReadLabeledList(
    const SourceLines& lines, const RE2& block_label, const LabelReader& read_label,
    const std::function<std::optional<int>(const std::string&)>& ordinal,
    const std::string& gap_code, const char* what, Diagnostics& diags) {
  auto items = ReadItems(lines, block_label, read_label);
  StripSeparators(items);
  CheckNumbering(items, gap_code, what, ordinal, diags);
  return items;
}

const char* const kDictumPattern =
    R"((PERTAMA|KE(?:SATU|SEPULUH|SEBELAS|(?:DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN)(?:\s*BELAS)?)))";

std::optional<ItemStart> ReadDecisionLabel(const std::string& line, const std::string*) {
  static const RE2 kEstablishes(R"((?i)^Menetapkan\s*(?::\s*(.*))?$)");
  // Any case with a colon; without one only the upper-case word alone on its
  // line, so running text ("kedua belah pihak") never opens a dictum.
  static const RE2 kDictumColon(fmt::format(R"((?i)^{}\s*:\s*(.*)$)", kDictumPattern));
  static const RE2 kDictumAlone(fmt::format(R"(^{}\s*$)", kDictumPattern));
  // Every pattern starts with M (Menetapkan), P (PERTAMA) or K (KE…), in
  // either case; \xE2 opens the KELVIN SIGN, which (?i) also takes for K.
  // The line is list-noise stripped, so its first byte is the key's.
  if (line.empty() || std::string_view("MmPpKk\xE2").find(line[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  std::string key = text::CollapseLetterSpacing(line);
  std::string label, rest;
  if (RE2::FullMatch(key, kEstablishes, &rest)) return ItemStart{"Menetapkan", rest};
  // A dictum alone on its line has no colon; one with its text has one.
  bool colon = key.find(':') != std::string::npos;
  if (colon ? RE2::FullMatch(key, kDictumColon, &label, &rest)
            : RE2::FullMatch(key, kDictumAlone, &label)) {
    return ItemStart{ascii::Uppered(text::CollapseSpaces(label)), rest};
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> DictumOrdinal(std::string_view label) {
  static const RE2 kTeen(R"((?i)KE(DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN)\s*BELAS)");
  static constexpr std::array<std::pair<std::string_view, int>, 12> kUnits = {{
      {"PERTAMA", 1}, {"KESATU", 1}, {"KEDUA", 2}, {"KETIGA", 3}, {"KEEMPAT", 4},
      {"KELIMA", 5}, {"KEENAM", 6}, {"KETUJUH", 7}, {"KEDELAPAN", 8},
      {"KESEMBILAN", 9}, {"KESEPULUH", 10}, {"KESEBELAS", 11},
  }};
  const std::string upper = ascii::Uppered(label);
  std::string unit;
  if (RE2::FullMatch(upper, kTeen, &unit)) {
    auto base = DictumOrdinal("KE" + unit);
    return base ? std::optional<int>(*base + 10) : std::nullopt;
  }
  for (const auto& [word, value] : kUnits) {
    if (upper == word) return value;
  }
  return std::nullopt;
}

std::vector<LabeledText> ParseConsiderations(const SourceLines& lines, Diagnostics& diags) {
  static const RE2 kLabel(R"((?i)^Menimbang\s*:?\s*)");
  return ReadLabeledList(lines, kLabel, ReadLetterLabel, LetterOrdinal,
                         "consideration-numbering-gap", "consideration (Menimbang)", diags);
}

std::vector<LegalBasisItem> ParseLegalBasis(const SourceLines& lines, Diagnostics& diags) {
  static const RE2 kLabel(R"((?i)^Mengingat\s*:?\s*)");
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
  static const RE2 kLabel(R"((?i)^Memperhatikan\s*:?\s*)");
  return ReadLabeledList(lines, kLabel, ReadNumberLabel, NumberOrdinal,
                         "observation-numbering-gap", "observation (Memperhatikan)", diags);
}

DecisionPart ParseDecision(const SourceLines& lines, Diagnostics& diags) {
  // The MEMUTUSKAN line carries no item; letter-spaced or not, it is dropped
  // as the block label.
  static const RE2 kLabel(R"((?i)^M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\s*:?\s*)");
  auto items = ReadItems(lines, kLabel, ReadDecisionLabel);
  DecisionPart part;
  for (auto& item : items) {
    item.text = text::CollapseSpaces(item.text);
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
