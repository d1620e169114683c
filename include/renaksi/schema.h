// The JSON Schema (draft 2020-12) of a region file, printed by
// `renaksi schema` and used by the tests to validate real output.
#pragma once

#include <string_view>

namespace renaksi {

std::string_view RegionJsonSchema();

}  // namespace renaksi
