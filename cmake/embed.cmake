# Writes OUTPUT, a C++ source defining renaksi::BuiltinRegionsCsv() that
# returns the bytes of INPUT. Hex-encoded, so no byte of the data can break
# the generated source.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT}
"// Generated from data/regions.csv by cmake/embed.cmake. Do not edit.
#include <string_view>
#include \"renaksi/region.h\"
namespace renaksi {
namespace {
constexpr char kRegionsCsv[] = {
${bytes}
};
}  // namespace
std::string_view BuiltinRegionsCsv() { return {kRegionsCsv, ${size}}; }
}  // namespace renaksi
")
