// The two sample decrees: exact structure, nothing lost, and the same
// records after transformations a real copy may show.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "table_test_support.h"
#include "test_support.h"

namespace renaksi {
namespace {

using testing::DumpPlan;
using testing::Extracted;
using testing::ExtractTable;

const SubActivity& Sub(const Plan& p, int area, int act, int sub) {
  return p.areas.at(area - 1).activities.at(act - 1).sub_activities.at(sub - 1);
}

bool HasFlag(const SubActivity& s, const std::string& flag) {
  return std::find(s.flags.begin(), s.flags.end(), flag) != s.flags.end();
}

std::vector<int> Range(int a, int b) {
  std::vector<int> out;
  for (int m = a; m <= b; ++m) out.push_back(m);
  return out;
}

const std::vector<std::string> kCanonicalOrder = {
    "manajemen-perubahan", "deregulasi-kebijakan",    "penataan-organisasi",
    "penataan-tatalaksana", "manajemen-sdm",          "penguatan-akuntabilitas",
    "penguatan-pengawasan", "pelayanan-publik"};

void CheckShape(const Plan& plan, const std::vector<std::vector<int>>& subs_per_activity) {
  REQUIRE(plan.areas.size() == 8);
  for (std::size_t a = 0; a < 8; ++a) {
    CAPTURE(a);
    CHECK(plan.areas[a].canonical == kCanonicalOrder[a]);
    REQUIRE(plan.areas[a].activities.size() == subs_per_activity[a].size());
    for (std::size_t k = 0; k < subs_per_activity[a].size(); ++k) {
      CAPTURE(k);
      CHECK(plan.areas[a].activities[k].sub_activities.size() ==
            static_cast<std::size_t>(subs_per_activity[a][k]));
    }
  }
}

TEST_CASE("samples: Batang Hari plan structure and repaired rows") {
  Extracted e = ExtractTable(testing::ReadProjectFile(testing::kBatangHari));
  const Plan& p = e.plan;
  CHECK(p.has_responsible_column);
  CheckShape(p, {{3, 5, 3}, {1, 1, 1, 1, 1}, {1}, {1, 1, 2, 1}, {7, 1}, {8, 3},
                 {5, 4, 3, 3, 3, 3, 2, 1}, {2, 3, 1, 2}});
  CHECK(p.areas[7].label == std::nullopt);  // area printed without its number
  CHECK(p.areas[7].name == "Peningkatan Kualitas Pelayanan Publik");
  CHECK(p.areas[0].activities[1].name == "Pelaksanaan manajemen perubahan.");
  CHECK(p.areas[3].activities[3].name == std::nullopt);  // lost activity row
  CHECK(p.areas[6].activities[4].name == "Peningkatan SPIP di lingkungan unit/satuan kerja");
  CHECK(p.areas[6].activities[2].name == "Pelaksanaan Whistle Blowing System KPU.");

  // shifted one column left: months start after the row's own indicator
  CHECK(Sub(p, 1, 2, 1).months == std::vector<int>{1, 2, 3});
  CHECK(Sub(p, 1, 2, 2).months == Range(6, 12));
  CHECK(HasFlag(Sub(p, 1, 2, 2), "row-shift-repaired"));
  // continuation across the page break, into the roles it continues
  const SubActivity& integritas = Sub(p, 1, 2, 3);
  CHECK(integritas.text.find("lingkungan kerja: 1) Penandatanganan Pakta") != std::string::npos);
  REQUIRE(integritas.indicators.size() == 4);
  CHECK(integritas.indicators[0] ==
        "Persentase (%) penandatanganan Pakta Integritas baik Anggota dan ASN.");
  CHECK(integritas.indicators[3].find(": 1) Surat Pernyataan Potensi") != std::string::npos);
  CHECK(HasFlag(integritas, "continuation-merged"));
  // one sub-activity over two rows, a clamped mark, a continued text
  const SubActivity& reward = Sub(p, 1, 2, 5);
  CHECK(reward.text.find("terutama yang terkait dengan pelayanan kepada publik.") != std::string::npos);
  CHECK(reward.indicators.size() == 2);
  CHECK(reward.months == std::vector<int>{6, 12});
  CHECK(HasFlag(reward, "multi-row"));
  CHECK(HasFlag(reward, "months-overflow"));
  CHECK(reward.responsible == "Subbag Parmas dan SDM");
  // indicators on separate rows with their own marks (one continuing after a page break)
  const SubActivity& spbe = Sub(p, 4, 3, 2);
  CHECK(spbe.indicators.size() == 5);
  CHECK(spbe.months == Range(1, 12));
  CHECK(spbe.responsible == "Subbag Parmas dan SDM");
  CHECK(HasFlag(spbe, "responsible-inherited"));
  // a sub-activity copied from its indicators under a lost activity row
  const SubActivity& arsip = Sub(p, 4, 4, 1);
  CHECK(HasFlag(arsip, "numbering-restart"));
  CHECK(HasFlag(arsip, "multi-item"));
  CHECK(arsip.months == std::vector<int>{1, 4});
  CHECK(arsip.responsible == "Subbag Umum");
  // 15 marks clamped; lone √ in the PENANGGUNG JAWAB column clamped
  CHECK(Sub(p, 6, 1, 4).months == Range(1, 12));
  CHECK(HasFlag(Sub(p, 6, 1, 4), "months-overflow"));
  CHECK(Sub(p, 3, 1, 1).months == std::vector<int>{12});
  // "8." in the activity column after sub-activities 1..7
  CHECK(Sub(p, 6, 1, 8).label == "8.");
  CHECK(Sub(p, 6, 1, 8).months == std::vector<int>{3});
  // a sub-activity row with no indicator and no marks
  CHECK(Sub(p, 6, 1, 2).indicators.empty());
  CHECK(HasFlag(Sub(p, 6, 1, 2), "months-none"));
  // a garbled inner number is not a multi-item cell; the gap is reported
  CHECK_FALSE(HasFlag(Sub(p, 7, 2, 2), "multi-item"));
  CHECK(HasFlag(Sub(p, 7, 2, 3), "numbering-gap"));
  // activity in the NO column: the row is read one column left
  CHECK(Sub(p, 7, 5, 1).months == std::vector<int>{2});
  CHECK(Sub(p, 7, 5, 1).responsible == "Subbag Tekhum");
  // page footer removed from inside an indicator
  const SubActivity& pengaduan = Sub(p, 7, 6, 1);
  REQUIRE(pengaduan.indicators.size() == 4);
  CHECK(pengaduan.indicators[0] == "Tersedianya sarana penyampaian pengaduan");
  CHECK(testing::HasDiagnostic(e.diags, "page-artifact-removed", 201));
  // responsible unit alone on its own line closes its merged cell
  CHECK(Sub(p, 7, 7, 2).responsible == "Subbag Tekhum");
  CHECK_FALSE(HasFlag(Sub(p, 7, 7, 2), "responsible-inherited"));
  CHECK(Sub(p, 7, 7, 1).responsible == "Subbag Tekhum");
  CHECK(HasFlag(Sub(p, 7, 7, 1), "responsible-inherited"));
  // the orphan fragment of a lost row is quoted, not glued
  CHECK(testing::HasDiagnostic(e.diags, "text-unassigned", 231));
  CHECK(Sub(p, 8, 4, 1).indicators ==
        std::vector<std::string>{"Survei Kepuasan Masyarakat terhadap pelayanan dilakukan minimal 2 (dua) kali dalam setahun"});
  CHECK(Sub(p, 8, 4, 2).label == "3.");
  CHECK(HasFlag(Sub(p, 8, 4, 2), "numbering-gap"));
  CHECK(Sub(p, 8, 4, 2).months == std::vector<int>{1, 2, 3, 4, 5, 7, 8, 9, 10, 11});
  // multi-item cells stay one record
  CHECK(HasFlag(Sub(p, 8, 1, 1), "multi-item"));
  CHECK(Sub(p, 8, 1, 2).label == "4.");
  CHECK(Sub(p, 8, 3, 1).indicators.size() == 10);
}

TEST_CASE("samples: Muaro Jambi plan structure and repaired rows") {
  Extracted e = ExtractTable(testing::ReadProjectFile(testing::kMuaroJambi));
  const Plan& p = e.plan;
  CHECK_FALSE(p.has_responsible_column);
  CheckShape(p, {{3, 5, 3}, {1, 1, 1, 1, 2}, {1, 1}, {4, 1, 3, 1}, {7, 1}, {6, 3},
                 {4, 4, 3, 2, 3, 3, 2, 3}, {1, 3, 1, 1, 1}});
  CHECK(p.areas[6].name == "Pengawasan");
  CHECK(p.areas[7].name == "Pelayanan Publik");
  // "2)" in the activity column before the next activity "2)" is a sub-activity
  CHECK(Sub(p, 1, 1, 3).label == "2)");
  CHECK(Sub(p, 1, 1, 3).months == std::vector<int>{1});
  CHECK(p.areas[0].activities[1].label == "2)");
  // 13 marks clamped
  CHECK(Sub(p, 1, 1, 2).months == Range(1, 12));
  CHECK(HasFlag(Sub(p, 1, 1, 2), "months-overflow"));
  // shifted right: sub-activity in column 5, indicator in column 6
  CHECK(Sub(p, 1, 2, 2).months == Range(1, 11));
  CHECK(HasFlag(Sub(p, 1, 2, 2), "row-shift-repaired"));
  // lone √ in KET clamped to December, lowercase mid-word continuation
  const SubActivity& reward = Sub(p, 1, 2, 5);
  CHECK(reward.months == std::vector<int>{12});
  CHECK(reward.text.find("terkait dengan elayanan kepada publik;") != std::string::npos);
  CHECK(reward.indicators.size() == 2);
  // lone activity number, name in the next cell; the row's marks shift too
  CHECK(p.areas[1].activities[0].label == "1.");
  CHECK(Sub(p, 2, 1, 1).months == Range(1, 11));
  CHECK(p.areas[1].activities[0].name->find("di lingkungan unit kerja/satuan kerja") !=
        std::string::npos);
  CHECK(p.areas[2].activities[1].label == "2.");
  CHECK(p.areas[2].activities[1].name == std::nullopt);
  // a √ in KET of a row shifted right is month 12, no clamp
  CHECK(Sub(p, 5, 1, 2).months == std::vector<int>{12});
  CHECK_FALSE(HasFlag(Sub(p, 5, 1, 2), "months-overflow"));
  CHECK(Sub(p, 5, 1, 1).months == std::vector<int>{3, 6, 9, 12});
  // quarterly marks of a row joined after a lone "2."
  CHECK(Sub(p, 8, 2, 1).months == std::vector<int>{4, 7, 10, 12});
  CHECK(Sub(p, 8, 2, 1).indicators.at(1) == "Adanya regulasi/dere gulasi kebijakan pelayanan");
  // a continuation at other columns than its row (right-aligned)
  const SubActivity& benturan = Sub(p, 7, 4, 2);
  CHECK(HasFlag(benturan, "continuation-merged"));
  CHECK(benturan.indicators.size() == 1);
  CHECK(Sub(p, 7, 8, 2).indicators ==
        std::vector<std::string>{"Prosentase pelaksanaan pengadaan sesuai perpres 16 Tahun 2018"});
  // multi-item cells: sub-activities 1-3 in one cell, then 4
  CHECK(HasFlag(Sub(p, 6, 1, 1), "multi-item"));
  CHECK(Sub(p, 6, 1, 2).label == "4.");
  CHECK_FALSE(e.diags.HasCode("numbering-gap"));
  // activities 4 and 5 of area 8 read by the header, not as sub-activities
  CHECK(p.areas[7].activities[3].label == "4.");
  CHECK(Sub(p, 8, 4, 1).months == Range(1, 12));
  CHECK(Sub(p, 8, 5, 1).months == std::vector<int>{12});
}

// ---- nothing lost ----

std::multiset<std::string> WordsOf(const std::string& text) {
  static const RE2 kWord(R"((\pL{3,}))");
  std::multiset<std::string> out;
  re2::StringPiece input(text);
  std::string w;
  while (RE2::FindAndConsume(&input, kWord, &w)) {
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.insert(w);
  }
  return out;
}

void CheckNothingLost(const char* path) {
  std::string bytes = testing::ReadProjectFile(path);
  Extracted e = ExtractTable(bytes);
  Diagnostics d;
  ReadResult read = ReadDocument(bytes, d);
  std::set<int> headers(e.table.header_lines.begin(), e.table.header_lines.end());
  std::multiset<std::string> source;
  for (const auto& line : testing::TableLines(read.lines)) {
    if (headers.count(line.number)) continue;
    for (auto& w : WordsOf(line.text)) source.insert(w);
  }
  std::string output;
  for (const auto& a : e.plan.areas) {
    output += a.name + "\n";
    for (const auto& act : a.activities) {
      output += act.name.value_or("") + "\n";
      for (const auto& s : act.sub_activities) {
        output += s.text + "\n" + s.responsible.value_or("") + "\n" + s.note.value_or("") + "\n";
        for (const auto& i : s.indicators) output += i + "\n";
      }
    }
  }
  // Responsible units inherited by other rows count once, as printed.
  std::multiset<std::string> plan_words = WordsOf(output);
  for (const auto& diag : e.diags.items()) {
    if (diag.code == "text-unassigned" || diag.code == "page-artifact-removed") {
      for (auto& w : WordsOf(diag.message)) plan_words.insert(w);
    }
  }
  std::vector<std::string> missing;
  for (auto it = source.begin(); it != source.end(); it = source.upper_bound(*it)) {
    if (plan_words.count(*it) < source.count(*it)) missing.push_back(*it);
  }
  CAPTURE(path);
  CHECK(missing == std::vector<std::string>{});
}

TEST_CASE("samples: nothing in the table is lost") {
  CheckNothingLost(testing::kBatangHari);
  CheckNothingLost(testing::kMuaroJambi);
}

// ---- robustness ----

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto nl = text.find('\n', start);
    out.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out += lines[i];
  }
  return out;
}

struct Lcg {
  unsigned state;
  unsigned Next(unsigned bound) {
    state = state * 1103515245u + 12345u;
    return (state >> 16) % bound;
  }
};

// Indices of data rows (TAB lines that are not header lines, not the first).
std::vector<std::size_t> DataRows(const std::vector<std::string>& lines) {
  Extracted e = ExtractTable(Join(lines));
  std::vector<std::size_t> out;
  for (std::size_t k = 1; k < e.table.rows.size(); ++k) {
    out.push_back(static_cast<std::size_t>(e.table.rows[k].line - 1));
  }
  return out;
}

std::vector<std::string> HeaderOf(const std::vector<std::string>& lines) {
  Extracted e = ExtractTable(Join(lines));
  std::size_t h = static_cast<std::size_t>(e.table.header_line - 1);
  return {"", lines[h], lines[h + 1], lines[h + 2]};
}

std::string StripFlag(std::string dump, const std::string& flag) {
  RE2::GlobalReplace(&dump, RE2("(,?)" + flag + ",?"), "\\1");
  RE2::GlobalReplace(&dump, RE2(",\n"), "\n");
  return dump;
}

void CheckSame(const std::string& original, const std::string& transformed, const std::string& what) {
  CAPTURE(what);
  std::string want = DumpPlan(ExtractTable(original).plan);
  std::string got = DumpPlan(ExtractTable(transformed).plan);
  CHECK(got == want);
}

void RobustnessOf(const char* path, const std::string& regency, const std::string& other) {
  const std::string original = testing::ReadProjectFile(path);
  const std::vector<std::string> lines = Lines(original);
  const std::vector<std::string> header = HeaderOf(lines);
  std::vector<std::size_t> rows = DataRows(lines);
  REQUIRE(rows.size() > 20);

  SUBCASE("extra page breaks between arbitrary rows") {
    for (unsigned seed : {1u, 7u, 42u, 99u, 123u, 2024u}) {
      Lcg rng{seed};
      std::set<std::size_t> at;
      while (at.size() < 10) at.insert(rows[rng.Next(static_cast<unsigned>(rows.size()))]);
      std::vector<std::string> out;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (at.count(i)) out.insert(out.end(), header.begin(), header.end());
        out.push_back(lines[i]);
      }
      CheckSame(original, Join(out), "page breaks");
    }
  }

  SUBCASE("page-number lines between rows") {
    Lcg rng{3};
    const char* kPageLines[] = {"- 5 -", "Page 3 of 20", "5", "Halaman 7"};
    std::set<std::size_t> at;
    while (at.size() < 8) at.insert(rows[rng.Next(static_cast<unsigned>(rows.size()))]);
    std::vector<std::string> out;
    int k = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (at.count(i)) out.push_back(kPageLines[k++ % 4]);
      out.push_back(lines[i]);
    }
    CheckSame(original, Join(out), "page numbers");
  }

  SUBCASE("a long cell split across a page break") {
    static const RE2 kLabelWord(R"(\(?\d{1,2}[.)]|[a-z][.)])");
    Lcg rng{11};
    int done = 0;
    for (int attempt = 0; attempt < 400 && done < 12; ++attempt) {
      std::size_t row = rows[rng.Next(static_cast<unsigned>(rows.size()))];
      std::vector<std::string> cells;
      {
        std::string l = lines[row];
        std::size_t s = 0;
        while (true) {
          auto t = l.find('\t', s);
          cells.push_back(l.substr(s, t == std::string::npos ? std::string::npos : t - s));
          if (t == std::string::npos) break;
          s = t + 1;
        }
      }
      for (std::size_t c = 1; c < 6 && c < cells.size(); ++c) {
        std::string text = cells[c];
        if (text.size() < 60 || text.find('<') != std::string::npos) continue;
        // split at the first space past the middle that does not start a
        // numbered item nor follow a finished sentence
        std::size_t cut = std::string::npos;
        for (std::size_t i = text.size() / 2; i < text.size(); ++i) {
          if (text[i] != ' ') continue;
          std::string next = text.substr(i + 1, text.find(' ', i + 1) - i - 1);
          char before = text[i - 1];
          if (before == '.' || before == ';' || before == ':' || RE2::FullMatch(next, kLabelWord)) continue;
          cut = i;
          break;
        }
        if (cut == std::string::npos) continue;
        std::vector<std::string> head = cells, fragment(cells.size());
        head[c] = text.substr(0, cut);
        fragment[c] = text.substr(cut + 1);
        std::vector<std::string> out(lines.begin(), lines.begin() + static_cast<long>(row));
        std::string h, f;
        for (std::size_t j = 0; j < cells.size(); ++j) {
          h += (j ? "\t" : "") + head[j];
          f += (j ? "\t" : "") + fragment[j];
        }
        out.push_back(h);
        out.insert(out.end(), header.begin(), header.end());
        out.push_back(f);
        out.insert(out.end(), lines.begin() + static_cast<long>(row) + 1, lines.end());
        CAPTURE(row + 1);
        CAPTURE(c);
        std::string want = StripFlag(DumpPlan(ExtractTable(original).plan), "continuation-merged");
        std::string got = StripFlag(DumpPlan(ExtractTable(Join(out)).plan), "continuation-merged");
        CHECK(got == want);
        ++done;
        break;
      }
    }
    CHECK(done == 12);
  }

  SUBCASE("CRLF and BOM") {
    std::string crlf = "\xEF\xBB\xBF";
    for (char ch : original) {
      if (ch == '\n') crlf += '\r';
      crlf += ch;
    }
    CheckSame(original, crlf, "crlf+bom");
  }

  SUBCASE("check marks as ✓ ✔ V v") {
    const char* kMarks[] = {"\xE2\x9C\x93", "\xE2\x9C\x94", "V", "v"};
    std::string out;
    int k = 0;
    std::size_t i = 0;
    const std::string check = "\xE2\x88\x9A";
    while (i < original.size()) {
      if (original.compare(i, check.size(), check) == 0) {
        out += kMarks[k++ % 4];
        i += check.size();
      } else {
        out += original[i++];
      }
    }
    CHECK(k > 50);
    CheckSame(original, out, "check marks");
  }

  SUBCASE("a different regency name throughout") {
    auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
      for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
        s.replace(pos, from.size(), to);
      }
      return s;
    };
    auto upper = [](std::string s) {
      for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    };
    std::string renamed = replace_all(replace_all(original, regency, other), upper(regency), upper(other));
    std::string want = replace_all(DumpPlan(ExtractTable(original).plan), regency, other);
    CHECK(DumpPlan(ExtractTable(renamed).plan) == want);
  }
}

TEST_CASE("samples: Batang Hari records survive copy noise") {
  RobustnessOf(testing::kBatangHari, "Batang Hari", "Tanjung Jabung Barat");
}

TEST_CASE("samples: Muaro Jambi records survive copy noise") {
  RobustnessOf(testing::kMuaroJambi, "Muaro Jambi", "Sarolangun");
}

}  // namespace
}  // namespace renaksi
