#include "renaksi/reconcile.h"
namespace renaksi {
Plan Reconcile(const RawTable&, Diagnostics&) { return {}; }
}  // namespace renaksi
