// renaksi schema: print the JSON Schema of a region file.
#include <iostream>

#include "commands.h"
#include "renaksi/schema.h"

namespace renaksi::cli {

void AddSchemaCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "schema", "Print the JSON Schema (draft 2020-12) of the per-region JSON files");
  cmd->footer("Example:\n  renaksi schema > renaksi-region.schema.json");
  cmd->callback([exit_code] {
    std::cout << RegionJsonSchema();
    std::cout.flush();
    *exit_code = std::cout ? kExitOk : kExitIo;
  });
}

}  // namespace renaksi::cli
