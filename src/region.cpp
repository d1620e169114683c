#include "renaksi/region.h"
namespace renaksi {
Gazetteer Gazetteer::FromCsv(std::string_view) { return {}; }
const Gazetteer& Gazetteer::Builtin() { static const Gazetteer g; return g; }
const GazetteerEntry* Gazetteer::Find(std::string_view, std::string_view) const { return nullptr; }
}  // namespace renaksi
