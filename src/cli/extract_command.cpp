#include "commands.h"

namespace renaksi::cli {

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("extract", "(not built yet)");
  cmd->callback([exit_code] { *exit_code = kExitUsage; });
}

}  // namespace renaksi::cli
