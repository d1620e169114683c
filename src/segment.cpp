#include "renaksi/segment.h"
namespace renaksi {
Segments Segment(const SourceLines& lines, Diagnostics&) {
  Segments s;
  s.preamble = lines;  // placeholder until the segment stage lands
  return s;
}
}  // namespace renaksi
