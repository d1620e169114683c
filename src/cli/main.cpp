// renaksi: Indonesian KPU decree copies (Rencana Aksi Reformasi Birokrasi)
// → normalized JSON and CSV, with every repair reported.
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "renaksi: turn OCR/PDF-text copies of KPU regency/city decrees adopting a\n"
      "Rencana Aksi Reformasi Birokrasi into normalized JSON and CSV, reconcile\n"
      "the action-plan table, and validate new decrees in CI.",
      "renaksi"};
  app.set_version_flag("--version", std::string("renaksi ") + RENAKSI_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  renaksi extract samples/ -o out/        JSON+CSV per regency in out/\n"
      "  renaksi validate --strict decrees/*.txt  CI gate: exit 1 on warnings\n"
      "  renaksi schema > renaksi.schema.json     JSON Schema of the output\n"
      "Exit codes: 0 ok, 1 input has errors, 2 usage error, 3 I/O error.");

  int exit_code = renaksi::cli::kExitOk;
  renaksi::cli::AddExtractCommand(app, &exit_code);
  renaksi::cli::AddValidateCommand(app, &exit_code);
  renaksi::cli::AddSchemaCommand(app, &exit_code);
  renaksi::cli::AddCiteCommand(app, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with code 0; every real parse error
    // is a usage error, exit 2, whatever CLI11's own code for it.
    return app.exit(e) == 0 ? renaksi::cli::kExitOk : renaksi::cli::kExitUsage;
  }
  return exit_code;
}
