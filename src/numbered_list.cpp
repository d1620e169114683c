#include "numbered_list.h"

#include <algorithm>
#include <array>

#include "ascii.h"
#include "cell_text.h"
#include "decree_text.h"

namespace renaksi {

LabelText::LabelText(std::string_view text)
    : size_(static_cast<unsigned char>(std::min(text.size(), kMaxSize))) {
  std::copy_n(text.data(), size_, bytes_);
}

namespace {

LabelStyle StyleOf(bool letter, char closer) {
  if (letter) return closer == '.' ? LabelStyle::kLetterDot : LabelStyle::kLetterParen;
  return closer == '.' ? LabelStyle::kDot : LabelStyle::kParen;
}

using ascii::IsDigit;
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsCloser(char c) { return c == '.' || c == ')'; }
// RE2's \s, which the label shape was first written with.
using ascii::IsRegexSpace;

// Parses a label at the very start of `text`; `consumed` gets its length
// including the spaces after it. The shape is `(\d{1,2}|[a-z])[.)](\s+|$)`,
// read by hand: FindMarkers tries every word start of every list, so a
// regex call per word (most are not labels) was the hot spot of the stage.
std::optional<Label> LabelAt(std::string_view text, std::size_t* consumed) {
  // One optional for every return, so it is built in place of the result.
  std::optional<Label> label;
  // The shortest label is two bytes: the number or letter and its closer.
  if (text.size() < 2) return label;
  const char first = text[0];
  const bool letter = IsLetter(first);
  std::size_t head = 1;  // length of the number or letter
  int number = 0;
  if (letter) {
    number = first - 'a' + 1;
  } else if (IsDigit(first)) {
    // Two digits not followed by a closer cannot match with one digit
    // either: the second digit is no closer.
    if (IsDigit(text[1])) {
      head = 2;
      number = (first - '0') * 10 + (text[1] - '0');
    } else {
      number = first - '0';
    }
  } else {
    return label;
  }
  if (head >= text.size() || !IsCloser(text[head])) return label;
  std::size_t end = head + 1;
  if (end < text.size() && !IsRegexSpace(text[end])) return label;
  if (number == 0) return label;  // "0." is not a list label
  label.emplace();
  label->text = LabelText(text.substr(0, end));
  label->number = number;
  label->style = StyleOf(letter, text[head]);
  end = text::SkipRegexSpaces(text, end);
  if (consumed != nullptr) *consumed = end;
  return label;
}

bool IsLowerAt(std::string_view text, std::size_t pos) {
  return pos < text.size() && cell::StartsLowercase(text.substr(pos));
}

char PreviousNonSpace(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    char c = text[--pos];
    if (c != ' ' && c != '\t') return c;
  }
  return '\0';
}

// Trimmed, without trailing list punctuation; one copy at the end.
std::string CleanItem(std::string_view text) { return std::string(CleanItemText(text)); }

}  // namespace

namespace {

// Where a label ending with the closer at `closer` would start: two digits
// before it, else one digit or letter; npos when neither.
std::size_t LabelStartBefore(std::string_view text, std::size_t closer) {
  if (closer >= 2 && IsDigit(text[closer - 2]) && IsDigit(text[closer - 1])) return closer - 2;
  if (closer >= 1 && (IsDigit(text[closer - 1]) || IsLetter(text[closer - 1]))) return closer - 1;
  return std::string_view::npos;
}

bool IsWordStart(std::string_view text, std::size_t pos) {
  return pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\t';
}

}  // namespace

std::vector<Marker> FindMarkers(std::string_view text) {
  std::vector<Marker> markers;
  // A label is tried at each word start (0, or after a space or tab) that
  // no label found before has consumed. Its closer is its 2nd or 3rd byte,
  // so rather than stopping at every word, the scan jumps from closer to
  // closer (memchr) and tries the one word start each could close (when
  // two digits precede a closer, the second has a digit before it and
  // starts no word, so only the two-digit start is a candidate).
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t free_from = 0;  // bytes before it belong to a label found
  std::size_t dot = text.find('.');
  std::size_t paren = text.find(')');
  while (dot != npos || paren != npos) {
    const std::size_t closer = std::min(dot, paren);
    if (closer == dot) {
      dot = text.find('.', closer + 1);
    } else {
      paren = text.find(')', closer + 1);
    }
    const std::size_t start = LabelStartBefore(text, closer);
    if (start == npos || start < free_from || !IsWordStart(text, start)) continue;
    std::size_t consumed = 0;
    if (auto label = LabelAt(text.substr(start), &consumed)) {
      if (markers.empty()) markers.reserve(8);  // lists run to a few items
      markers.push_back({start, start + consumed, std::move(*label)});
      free_from = start + consumed;
    }
  }
  return markers;
}

std::optional<Label> LeadingLabel(std::string_view text, std::string* rest) {
  std::size_t consumed = 0;
  auto label = LabelAt(text, &consumed);
  if (label && rest != nullptr) *rest = std::string(cell::TrimmedView(text.substr(consumed)));
  return label;
}

std::optional<Label> BareLabel(std::string_view cell) {
  // The shape, over the trimmed cell, is `\(?(\d{1,2})([.)]?)\)?|([a-z])([.)])`
  // (numbered_list_test compares it with that regex), read by hand: it is
  // asked of every leading cell of every row, nearly all of them names or
  // sentences that fail at their first bytes.
  const std::string_view trimmed = cell::TrimmedView(cell);
  if (trimmed.empty() || trimmed.size() > LabelText::kMaxSize) return std::nullopt;
  Label label;
  label.text = LabelText(trimmed);
  if (IsLetter(trimmed[0])) {
    if (trimmed.size() != 2 || !IsCloser(trimmed[1])) return std::nullopt;
    label.number = trimmed[0] - 'a' + 1;
    label.style = StyleOf(true, trimmed[1]);
    return label;
  }
  std::size_t i = trimmed[0] == '(' ? 1 : 0;
  const std::size_t digits_from = i;
  while (i < trimmed.size() && i - digits_from < 2 && IsDigit(trimmed[i])) ++i;
  const std::size_t digits = i - digits_from;
  if (digits == 0) return std::nullopt;
  // The optional closer takes a `)` before the optional closing `)` does.
  char closer = ')';
  if (i < trimmed.size() && IsCloser(trimmed[i])) closer = trimmed[i++];
  if (i < trimmed.size() && trimmed[i] == ')') ++i;
  if (i != trimmed.size()) return std::nullopt;
  label.number = digits == 2 ? (trimmed[digits_from] - '0') * 10 + (trimmed[digits_from + 1] - '0')
                             : trimmed[digits_from] - '0';
  label.style = StyleOf(false, closer);
  return label;
}

std::optional<int> LastMarkerNumber(std::string_view text, LabelStyle style) {
  std::optional<int> last;
  for (const auto& m : FindMarkers(text)) {
    if (m.label.style == style) last = m.label.number;
  }
  return last;
}

namespace {

// The words that introduce a list, lower case: the pattern is
//   (?i)(?:\b(?:meliputi|antara lain|yaitu|yakni|berupa|sebagai berikut|
//   terdiri (?:atas|dari)|serta|sbb\.?)|:)\s*$
// (numbered_list_test compares the reading below with it). It is read by
// hand from the lead's end: an unanchored regex search over every lead
// cost more than the rest of the split.
constexpr std::array<std::string_view, 11> kIntroducers = {
    "meliputi", "antara lain", "yaitu", "yakni", "berupa", "sebagai berikut",
    "terdiri atas", "terdiri dari", "serta", "sbb", "sbb."};

// Where `word` starts if it ends at `end` of `text`, compared as RE2's (?i)
// compares: ASCII case aside, k also matches KELVIN SIGN and s LONG S (no
// other character folds to an ASCII letter); npos when it does not.
std::size_t StartOfWordEndingAt(std::string_view text, std::size_t end, std::string_view word) {
  for (std::size_t i = word.size(); i-- > 0;) {
    const char c = word[i];
    if (end > 0 && ascii::ToLower(text[end - 1]) == c) {
      --end;
      continue;
    }
    const std::string_view fold = text::RegexFoldOf(c);
    if (fold.empty() || end < fold.size() || text.substr(end - fold.size(), fold.size()) != fold) {
      return std::string_view::npos;
    }
    end -= fold.size();
  }
  return end;
}

// Whether the lead ends with a colon or an introducing word (at a word
// start, \b judged within the lead), spaces aside.
bool EndsWithIntroducer(std::string_view lead) {
  std::size_t end = lead.size();
  while (end > 0 && IsRegexSpace(lead[end - 1])) --end;
  if (end > 0 && lead[end - 1] == ':') return true;
  for (std::string_view word : kIntroducers) {
    std::size_t start = StartOfWordEndingAt(lead, end, word);
    if (start != std::string_view::npos && text::IsWordBoundary(lead, start)) return true;
  }
  return false;
}

// Where a numbered list starts after an unnumbered lead text ("Renstra hasil
// reviu 1. Adanya dokumen … 2. Capaian …"), if it does: a digit label 1 at a
// word start, not before a lowercase word, followed by its 2 of the same style.
// A lead that introduces the list (a colon, or a word such as "meliputi")
// keeps it nested inside one item, as the SPEC asks.
std::optional<std::size_t> ListAfterLead(std::string_view text, const std::vector<Marker>& markers) {
  for (std::size_t k = 0; k < markers.size(); ++k) {
    const Marker& one = markers[k];
    bool digit = one.label.style == LabelStyle::kDot || one.label.style == LabelStyle::kParen;
    if (!digit || one.label.number != 1 || IsLowerAt(text, one.body)) continue;
    const std::string_view lead = cell::TrimmedView(text.substr(0, one.pos));
    if (lead.empty() || EndsWithIntroducer(lead)) return std::nullopt;
    for (std::size_t j = k + 1; j < markers.size(); ++j) {
      if (markers[j].label.style == one.label.style && markers[j].label.number == 2) return one.pos;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// The items of a numbered list (SplitList's rule), each handed to `emit`
// as its label (null for an unnumbered item) and its raw slice of the text.
// SplitList cleans and copies the slices; ListLabels needs none of them.
// `markers` are FindMarkers(text), found by the caller.
template <typename Emit>
void WalkMarkers(std::string_view text, const std::vector<Marker>& markers, Emit&& emit);

template <typename Emit>
void WalkList(std::string_view text, Emit&& emit) {
  WalkMarkers(text, FindMarkers(text), emit);
}

template <typename Emit>
void WalkMarkers(std::string_view text, const std::vector<Marker>& markers, Emit&& emit) {
  if (markers.empty()) {
    emit(nullptr, text);
    return;
  }
  if (markers.front().pos != 0) {
    auto start = ListAfterLead(text, markers);
    emit(nullptr, start ? text.substr(0, *start) : text);
    if (start) WalkList(text.substr(*start), emit);
    return;
  }
  // Each item runs from its label to the next item's: it is emitted once
  // that next start is found, so the starts need no list of their own.
  const Marker* item = &markers.front();
  auto emit_item_until = [&](std::size_t end) {
    emit(&item->label, text.substr(item->body, end - item->body));
  };
  LabelStyle top = markers.front().label.style;
  int last_top = markers.front().label.number;
  bool nested = false;
  LabelStyle nested_style = top;
  int nested_last = 0;
  for (std::size_t k = 1; k < markers.size(); ++k) {
    const Marker& m = markers[k];
    int n = m.label.number;
    if (nested && m.label.style == nested_style && n == nested_last + 1) {
      nested_last = n;
      continue;
    }
    if (m.label.style == top && (n == last_top + 1 || n == last_top + 2)) {
      bool lower = IsLowerAt(text, m.body);
      char before = PreviousNonSpace(text, m.pos);
      bool after_punctuation = before == ';' || before == '.' || before == ',' || before == ':';
      if (!lower || (n == last_top + 1 && after_punctuation)) {
        emit_item_until(m.pos);
        item = &m;
        last_top = n;
        nested = false;
        continue;
      }
    }
    if (n == 1) {
      nested = true;
      nested_style = m.label.style;
      nested_last = 1;
    }
  }
  emit_item_until(text.size());
}

}  // namespace

std::string_view CleanItemText(std::string_view text) {
  std::string_view out = cell::TrimmedView(text);
  while (!out.empty() && (out.back() == ';' || out.back() == ',')) {
    out.remove_suffix(1);
    out = cell::TrimmedView(out);
  }
  return out;
}

std::vector<ListItem> SplitList(std::string_view text) {
  std::vector<ListItem> items;
  WalkList(text, [&items](const Label* label, std::string_view slice) {
    // A label's text is its number or letter and closer: nothing to trim.
    if (label == nullptr) {
      items.push_back(ListItem{std::nullopt, 0, CleanItem(slice)});
    } else {
      items.push_back(ListItem{label->text, label->number, CleanItem(slice)});
    }
  });
  return items;
}

void AppendItemTexts(std::string&& text, std::vector<std::string>& out) {
  const std::vector<Marker> markers = FindMarkers(text);
  if (markers.empty()) {
    // The whole text is the one item (as WalkMarkers finds): most cells
    // are, and the item is cut out of the text in place and moved.
    cell::KeepOnly(text, CleanItemText(text));
    if (!text.empty()) out.push_back(std::move(text));
    return;
  }
  WalkMarkers(text, markers, [&out](const Label*, std::string_view slice) {
    const std::string_view item = CleanItemText(slice);
    if (!item.empty()) out.emplace_back(item);
  });
}

std::vector<ItemLabel> ListLabels(std::string_view text) {
  std::vector<ItemLabel> labels;
  WalkList(text, [&labels](const Label* label, std::string_view) {
    if (label == nullptr) {
      labels.push_back(ItemLabel{std::nullopt, 0});
    } else {
      labels.push_back(ItemLabel{label->text, label->number});
    }
  });
  return labels;
}

}  // namespace renaksi
