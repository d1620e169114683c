// The whole pipeline for one input: read → segment → decree/citations →
// table → reconcile → check. Pure: no I/O, same bytes give the same Document.
#pragma once

#include <string>
#include <string_view>

#include "renaksi/check.h"
#include "renaksi/document.h"
#include "renaksi/region.h"

namespace renaksi {

Document ExtractDocument(std::string path, std::string_view bytes,
                         const Gazetteer& gazetteer,
                         const CheckOptions& check_options = {});

}  // namespace renaksi
