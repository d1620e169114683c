// SHA-256 of a byte string as lowercase hex, to identify a source file.
#pragma once

#include <string>
#include <string_view>

namespace renaksi {

std::string Sha256Hex(std::string_view bytes);

}  // namespace renaksi
