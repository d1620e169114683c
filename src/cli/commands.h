// The subcommands of the `renaksi` executable. Each Add*Command registers a
// CLI11 subcommand whose callback stores the process exit code in *exit_code:
// 0 success, 1 the input has errors, 2 usage error, 3 I/O error.
#pragma once

#include <CLI/CLI.hpp>

namespace renaksi::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitIo = 3;

void AddExtractCommand(CLI::App& app, int* exit_code);
void AddValidateCommand(CLI::App& app, int* exit_code);
void AddSchemaCommand(CLI::App& app, int* exit_code);
void AddCiteCommand(CLI::App& app, int* exit_code);

}  // namespace renaksi::cli
