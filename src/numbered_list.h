// Item labels ("1.", "2)", "a.") and numbered lists inside a cell.
//
// Decrees number their items `1.` or `1)` (sometimes `a.`), nest a second
// list after a colon ("dokumentasi : 1) Surat … 2) Surat …"), and carry
// numbers that are not labels at all ("Page 24", "Perpres 16 Tahun 2018",
// "100%", "2 (dua) kali"). A label is a 1–2 digit number or a single
// lowercase letter followed by `.` or `)` and a space, at a word start.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace renaksi {

enum class LabelStyle { kDot, kParen, kLetterDot, kLetterParen };

// A label as printed, at most "(12))": 5 bytes. Kept inline, so finding,
// copying and dropping a label (every sub-activity text, list marker and
// row cell is asked for one) allocates and constructs no string.
class LabelText {
 public:
  static constexpr std::size_t kMaxSize = 5;

  LabelText() = default;
  // Keeps at most kMaxSize bytes: the label shapes are no longer.
  explicit LabelText(std::string_view text);

  std::string_view view() const { return {bytes_, size_}; }
  std::string str() const { return std::string(view()); }
  bool operator==(std::string_view other) const { return view() == other; }
  bool operator==(const LabelText& other) const { return view() == other.view(); }

 private:
  char bytes_[kMaxSize] = {};
  unsigned char size_ = 0;
};

struct Label {
  LabelText text;  // as printed: "1.", "2)", "a."
  int number = 0;    // letters count a=1, b=2, …
  LabelStyle style = LabelStyle::kDot;
};

struct Marker {
  std::size_t pos = 0;   // where the label starts
  std::size_t body = 0;  // where the text after the label starts
  Label label;
};

// Every label-shaped token at a word start, in order.
std::vector<Marker> FindMarkers(std::string_view text);

// The label the text starts with, if any; `rest` gets the text after it.
std::optional<Label> LeadingLabel(std::string_view text, std::string* rest = nullptr);

// A cell holding nothing but a label: "1.", "2)", "(3)", "4".
std::optional<Label> BareLabel(std::string_view cell);

// The number of the last label of `style` inside the text, if any.
std::optional<int> LastMarkerNumber(std::string_view text, LabelStyle style);

struct ListItem {
  std::optional<LabelText> label;  // null for an unnumbered text
  int number = 0;
  std::string text;                  // without its label and list punctuation
};

// Splits a numbered list into its items. A text that starts with a label is
// a list; so is an unnumbered lead followed by a list from 1 (the lead becomes
// an unnumbered first item) unless the lead introduces the list with a colon
// or a word such as "meliputi". Its items are the labels of the same style that continue
// the sequence (one skipped number is tolerated: converters drop labels).
// A list nested after a colon (another style, or restarting at 1) stays
// inside its item. A label followed by a lowercase word is read as a
// garbled number inside the text unless it is the next number right after
// list punctuation (`; 2. di …`).
std::vector<ListItem> SplitList(std::string_view text);

// The texts of SplitList(text)'s items that are not empty, appended to
// `out` in order: what a list of indicators keeps. No list of items is
// built on the way (an indicator cell is split once, its labels dropped),
// and a text that is one unnumbered item is cut down to it and moved in:
// the text is used up.
void AppendItemTexts(std::string&& text, std::vector<std::string>& out);

// A text as SplitList gives an item's: trimmed, without trailing list
// punctuation.
std::string_view CleanItemText(std::string_view text);

struct ItemLabel {
  std::optional<LabelText> label;  // null for an unnumbered text
  int number = 0;
};

// The labels and numbers of SplitList(text)'s items, without their texts.
std::vector<ItemLabel> ListLabels(std::string_view text);

}  // namespace renaksi
