#include "renaksi/check.h"
namespace renaksi {
void Check(const Document&, const CheckOptions&, Diagnostics&) {}
}  // namespace renaksi
