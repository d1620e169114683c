#include "renaksi/citation.h"
namespace renaksi {
std::optional<Citation> ParseCitation(std::string_view) { return std::nullopt; }
}  // namespace renaksi
