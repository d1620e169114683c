// renaksi cite: parse legal citations given as arguments or one per stdin line.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "renaksi/citation.h"
#include "renaksi/emit_json.h"

namespace renaksi::cli {
namespace {

// One JSON line per input, `null` for text naming no legal instrument, so
// output lines stay aligned with input lines.
bool PrintCitation(const std::string& text) {
  std::optional<Citation> citation = ParseCitation(text);
  std::cout << (citation ? CitationToJson(*citation) : Json(nullptr))
                   .dump(-1, ' ', false, Json::error_handler_t::replace)
            << '\n';
  return citation.has_value();
}

}  // namespace

void AddCiteCommand(CLI::App& app, int* exit_code) {
  auto texts = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "cite", "Parse Indonesian legal citations into JSON (one object per line)");
  cmd->add_option("TEXT", *texts, "Citation texts; without any, one citation per stdin line");
  cmd->footer(
      "Prints the `citation` object of the output contract per input, or null when the\n"
      "text names no legal instrument (exit 1 if any did not parse).\n"
      "Example:\n"
      "  renaksi cite \"Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum\"");
  cmd->callback([texts, exit_code] {
    bool all_parsed = true;
    if (!texts->empty()) {
      for (const auto& text : *texts) all_parsed = PrintCitation(text) && all_parsed;
    } else {
      std::string line;
      while (std::getline(std::cin, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        all_parsed = PrintCitation(line) && all_parsed;
      }
    }
    std::cout.flush();
    *exit_code = all_parsed ? kExitOk : kExitInputErrors;
  });
}

}  // namespace renaksi::cli
