// Inputs: command-line arguments → the files to process, and their bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace renaksi {

struct InputProblem {
  std::string path;
  std::string message;
};

struct CollectedInputs {
  std::vector<std::string> files;     // in argument order; a directory's files sorted
  std::vector<InputProblem> problems;  // missing paths, directories without *.txt
};

// Each argument is a file, a directory (searched recursively for *.txt) or
// "-" for standard input. A file named twice is processed once.
CollectedInputs CollectInputs(const std::vector<std::string>& arguments);

// Reads a whole file ("-" reads standard input). On failure returns nullopt
// and sets *error to a message naming the cause.
std::optional<std::string> ReadInputBytes(const std::string& path, std::string* error);

}  // namespace renaksi
