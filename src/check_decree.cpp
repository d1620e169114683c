// Decree header rules: the fields a decree cannot be identified without, and
// the consistency of its dates and years.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "check_rules.h"
#include "decree_text.h"

namespace renaksi::check {
namespace {

int LineOf(const Decree& decree, const std::string& field) {
  auto it = decree.field_lines.find(field);
  return it == decree.field_lines.end() ? 0 : it->second;
}

// Did an earlier stage already report this field missing? The decree stage
// owns `field-missing` for whatever it could not find (at the severity it
// judges right); Check reports only a required field nobody reported, so each
// absence is reported exactly once. `other_code` is a code that also covers
// the absence (a date that was printed but unreadable).
bool AlreadyReported(const Earlier& earlier, const char* field, const char* other_code) {
  if (other_code != nullptr && earlier.Has(other_code)) return true;
  for (const Diagnostic& d : earlier.items()) {
    if (d.code == "field-missing" && d.field == field) return true;
  }
  return false;
}

void CheckRequiredFields(const Document& doc, Reporter& diags) {
  const Decree& d = doc.decree;
  const Earlier& earlier = diags.earlier();
  struct Field {
    bool present;
    const char* field;
    const char* other_code;
    int line;
    const char* message;
  };
  const Field fields[] = {
      {d.number.has_value(), "number", nullptr, 0,
       "decree number not found: expected a line like 'NOMOR 10 TAHUN 2026' under the "
       "KEPUTUSAN heading"},
      {d.year.has_value(), "year", nullptr, LineOf(d, "number"),
       "decree year not found: expected 'TAHUN <year>' after the decree number"},
      {!d.region_name.empty(), "issuer", "region-missing", LineOf(d, "issuer"),
       "issuing region not found: expected 'KOMISI PEMILIHAN UMUM KABUPATEN/KOTA <name>'"},
      {d.title.has_value(), "title", nullptr, LineOf(d, "number"),
       "decree title not found: expected the text after 'TENTANG'"},
      {d.enacted.date.has_value(), "enacted.date", "date-unreadable", LineOf(d, "enacted"),
       "enactment date not found: expected 'pada tanggal <day> <month> <year>' after "
       "'Ditetapkan di'"},
      {d.signatory.name.has_value(), "signatory.name", nullptr, LineOf(d, "signatory"),
       "signatory name not found: expected the chair's (KETUA) name below the signature"},
  };
  for (const Field& f : fields) {
    if (f.present || AlreadyReported(earlier, f.field, f.other_code)) continue;
    diags.unfiltered().Missing(Severity::kError, f.field, f.line, f.message);
  }
}

void CheckEnactmentDate(const Document& doc, const CheckOptions& options, Reporter& diags) {
  const Decree& d = doc.decree;
  if (!d.enacted.date) return;
  const int line = LineOf(d, "enacted");
  std::optional<Date> date = ParseIsoDate(*d.enacted.date);
  if (!date) {
    diags.Error("date-invalid", line,
                fmt::format("enactment date '{}' is not a real calendar date",
                            *d.enacted.date));
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
}

// The last "TAHUN <yyyy>" of the title: the plan's year as the title states it.
// (\btahun\s+((?:19|20)\d\d)\b, any case.)
std::optional<int> TitleYear(std::string_view title) {
  std::optional<int> last;
  for (std::size_t pos = 0; pos < title.size(); ++pos) {
    if (!text::IsWordBoundary(title, pos) || !text::HasAt(title, pos, "tahun")) continue;
    std::size_t year = text::SkipRegexSpaces(title, pos + 5);
    if (year == pos + 5 || title.size() - year < 4 || !text::IsWordBoundary(title, year + 4)) {
      continue;
    }
    std::string_view digits = title.substr(year, 4);
    bool century = digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20";
    if (!century || !text::IsDigit(digits[2]) || !text::IsDigit(digits[3])) continue;
    last = std::stoi(std::string(digits));
    pos = year + 3;
  }
  return last;
}

void CheckPlanYear(const Document& doc, Reporter& diags) {
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
  // Exactly \d{4}-\d{2}-\d{2}: hyphens at 4 and 7, digits elsewhere.
  if (text.size() != 10) return std::nullopt;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool hyphen = i == 4 || i == 7;
    if (hyphen ? text[i] != '-' : !text::IsDigit(text[i])) return std::nullopt;
  }
  Date date;
  date.year = std::stoi(text.substr(0, 4));
  date.month = std::stoi(text.substr(5, 2));
  date.day = std::stoi(text.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  const int days = kDays[date.month - 1] + (date.month == 2 && leap ? 1 : 0);
  if (date.day > days) return std::nullopt;
  return date;
}

void CheckDecree(const Document& doc, const CheckOptions& options, Reporter& diags) {
  CheckRequiredFields(doc, diags);
  CheckEnactmentDate(doc, options, diags);
  CheckPlanYear(doc, diags);
}

}  // namespace renaksi::check
