// Slugify: the only way a file name is made from document text, so it must
// be safe for any input: ASCII [a-z0-9] words joined by single hyphens.
#include <cstdlib>
#include <string>

#include <utf8proc.h>

#include "ascii.h"
#include "renaksi/decree.h"

namespace renaksi {
namespace {

// NFKD with combining marks dropped turns "Bénoa" into "Benoa" and
// compatibility forms (full-width letters, ligatures) into plain ASCII.
// Invalid UTF-8 yields the input unchanged; its non-ASCII bytes then count
// as separators below.
std::string Decompose(std::string_view text) {
  utf8proc_uint8_t* out = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                 UTF8PROC_STRIPMARK);
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &out, options);
  if (n < 0) return std::string(text);
  std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (char raw : Decompose(text)) {
    const char c = ascii::ToLower(raw);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_hyphen = true;
      continue;
    }
    if (pending_hyphen && !slug.empty()) slug.push_back('-');
    pending_hyphen = false;
    slug.push_back(c);
  }
  return slug;
}

}  // namespace renaksi
