// One input file's result: where it came from, what the decree says, the
// plan of its annex and every diagnostic raised on the way.
#pragma once

#include <cstdint>
#include <string>

#include "renaksi/decree.h"
#include "renaksi/diagnostic.h"
#include "renaksi/plan.h"
#include "renaksi/region.h"

namespace renaksi {

struct Source {
  std::string path;    // as given on the command line ("-" for stdin)
  std::string sha256;  // lowercase hex of the raw bytes
  std::uint64_t bytes = 0;
};

struct Document {
  Source source;
  bool readable = false;   // bytes were valid, non-binary UTF-8 text
  bool is_decree = false;  // holds a decree (heading, number or plan table)
  Region region;
  Decree decree;
  Plan plan;
  Diagnostics diagnostics;
};

}  // namespace renaksi
