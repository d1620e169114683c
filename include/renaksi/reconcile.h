// Reconcile: raw rows → areas, activities and sub-activities.
#pragma once

#include "renaksi/diagnostic.h"
#include "renaksi/plan.h"
#include "renaksi/table.h"

namespace renaksi {

Plan Reconcile(const RawTable& table, Diagnostics& diags);

}  // namespace renaksi
