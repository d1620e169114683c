#include "commands.h"

namespace renaksi::cli {

void AddSchemaCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("schema", "(not built yet)");
  cmd->callback([exit_code] { *exit_code = kExitUsage; });
}

}  // namespace renaksi::cli
