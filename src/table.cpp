#include "renaksi/table.h"
namespace renaksi {
RawTable ReadTable(const SourceLines&, Diagnostics&) { return {}; }
}  // namespace renaksi
