// Files that appear whole or not at all: write to a temporary file in the
// same folder, then rename over the target.
#pragma once

#include <string>
#include <string_view>

namespace renaksi {

// Writes `content` to a fresh temporary file beside `path` and returns the
// temporary's path; empty (with *error set) on failure, leaving nothing.
std::string WriteTemporary(const std::string& path, std::string_view content,
                           std::string* error);

// Moves a temporary written by WriteTemporary onto its target.
bool CommitTemporary(const std::string& temporary, const std::string& path,
                     std::string* error);

// WriteTemporary + CommitTemporary.
bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error);

}  // namespace renaksi
