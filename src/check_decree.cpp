// Decree header rules: the fields a decree cannot be identified without, and
// the consistency of its dates and years.
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <re2/re2.h>

#include "check_rules.h"

namespace renaksi::check {
namespace {

int LineOf(const Decree& decree, const std::string& field) {
  auto it = decree.field_lines.find(field);
  return it == decree.field_lines.end() ? 0 : it->second;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const RE2& MentionsNumber() {
  static const RE2 re(R"(\b(number|nomor)\b)");
  return re;
}
const RE2& MentionsYear() {
  // "plan year" is another field; it is removed from the text before matching.
  static const RE2 re(R"(\b(year|tahun)\b)");
  return re;
}
const RE2& MentionsRegion() {
  static const RE2 re(R"(\b(region|issuer|kabupaten|kota)\b)");
  return re;
}
const RE2& MentionsTitle() {
  static const RE2 re(R"(\b(title|tentang)\b)");
  return re;
}
const RE2& MentionsDate() {
  static const RE2 re(R"(\b(date|enacted|enactment|tanggal|ditetapkan)\b)");
  return re;
}
const RE2& MentionsSignatory() {
  static const RE2 re(R"(\b(signatory|signer|ketua|ttd)\b)");
  return re;
}

// Did an earlier stage already report this field missing? The decree stage
// owns `field-missing` for whatever it could not find; Check reports only a
// required field nobody mentioned, so each absence is reported exactly once.
bool AlreadyReported(const Earlier& earlier, const RE2& mentioned) {
  static const RE2 plan_year(R"(plan[ _]year)");
  for (const Diagnostic& d : earlier.items()) {
    if (d.code != "field-missing") continue;
    std::string message = Lower(d.message);
    RE2::GlobalReplace(&message, plan_year, "");
    if (RE2::PartialMatch(message, mentioned)) return true;
  }
  return false;
}

void CheckRequiredFields(const Document& doc, const Earlier& earlier, Diagnostics& diags) {
  const Decree& d = doc.decree;
  struct Field {
    bool present;
    const RE2& mentioned;
    int line;
    const char* message;
  };
  const Field fields[] = {
      {d.number.has_value(), MentionsNumber(), 0,
       "decree number not found: expected a line like 'NOMOR 10 TAHUN 2026' under the "
       "KEPUTUSAN heading"},
      {d.year.has_value(), MentionsYear(), LineOf(d, "number"),
       "decree year not found: expected 'TAHUN <year>' after the decree number"},
      {!d.region_name.empty(), MentionsRegion(), LineOf(d, "issuer"),
       "issuing region not found: expected 'KOMISI PEMILIHAN UMUM KABUPATEN/KOTA <name>'"},
      {d.title.has_value(), MentionsTitle(), LineOf(d, "number"),
       "decree title not found: expected the text after 'TENTANG'"},
      {d.enacted.date.has_value(), MentionsDate(), LineOf(d, "enacted"),
       "enactment date not found: expected 'pada tanggal <day> <month> <year>' after "
       "'Ditetapkan di'"},
      {d.signatory.name.has_value(), MentionsSignatory(), LineOf(d, "signatory"),
       "signatory name not found: expected the chair's (KETUA) name below the signature"},
  };
  for (const Field& f : fields) {
    if (f.present || AlreadyReported(earlier, f.mentioned)) continue;
    // The region stage reports a missing region under its own code.
    if (&f.mentioned == &MentionsRegion() && earlier.Has("region-missing")) continue;
    diags.Error("field-missing", f.line, f.message);
  }
}

void CheckEnactmentDate(const Document& doc, const CheckOptions& options,
                        const Earlier& earlier, Diagnostics& diags) {
  const Decree& d = doc.decree;
  if (!d.enacted.date) return;
  const int line = LineOf(d, "enacted");
  std::optional<Date> date = ParseIsoDate(*d.enacted.date);
  if (!date) {
    if (!earlier.HasAt("date-invalid", line)) {
      diags.Error("date-invalid", line,
                  fmt::format("enactment date '{}' is not a real calendar date",
                              *d.enacted.date));
    }
    return;
  }
  if (options.today) {
    std::optional<Date> today = ParseIsoDate(*options.today);
    if (today && *date > *today) {
      diags.Error("date-in-future", line,
                  fmt::format("enactment date {} is after today ({}): check the day, "
                              "month and year",
                              *d.enacted.date, *options.today));
    }
  }
  if (d.year && date->year != *d.year) {
    diags.Warning("date-year-mismatch", line,
                  fmt::format("enacted in {} but numbered as a decree of year {} "
                              "(NOMOR … TAHUN {}): one of them is wrong",
                              date->year, *d.year, *d.year));
  }
}

// The last "TAHUN <yyyy>" of the title: the plan's year as the title states it.
std::optional<int> TitleYear(const std::string& title) {
  static const RE2 tahun(R"((?i)\btahun\s+((?:19|20)\d\d)\b)");
  re2::StringPiece input(title);
  std::optional<int> last;
  int year = 0;
  while (RE2::FindAndConsume(&input, tahun, &year)) last = year;
  return last;
}

void CheckPlanYear(const Document& doc, Diagnostics& diags) {
  const Decree& d = doc.decree;
  if (!d.plan_year) return;
  int line = LineOf(d, "plan_year");
  if (line == 0) line = LineOf(d, "title");
  if (d.title) {
    std::optional<int> stated = TitleYear(*d.title);
    if (stated && *stated != *d.plan_year) {
      diags.Warning("plan-year-mismatch", line,
                    fmt::format("plan year {} differs from the year {} in the title",
                                *d.plan_year, *stated));
    }
  }
  if (d.year && *d.year != *d.plan_year) {
    diags.Warning("plan-year-mismatch", line,
                  fmt::format("plan year {} differs from the decree year {} (NOMOR … "
                              "TAHUN {}): check which one is right",
                              *d.plan_year, *d.year, *d.year));
  }
}

}  // namespace

std::optional<Date> ParseIsoDate(const std::string& text) {
  static const RE2 iso(R"((\d{4})-(\d{2})-(\d{2}))");
  Date date;
  if (!RE2::FullMatch(text, iso, &date.year, &date.month, &date.day)) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  const int days = kDays[date.month - 1] + (date.month == 2 && leap ? 1 : 0);
  if (date.day > days) return std::nullopt;
  return date;
}

void CheckDecree(const Document& doc, const CheckOptions& options, const Earlier& earlier,
                 Diagnostics& diags) {
  CheckRequiredFields(doc, earlier, diags);
  CheckEnactmentDate(doc, options, earlier, diags);
  CheckPlanYear(doc, diags);
}

}  // namespace renaksi::check
