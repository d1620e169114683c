// JSON emission of the output contract (schema version 1).
//
// A region file is `{"schema_version": 1, "region": {…}, "decrees": […]}`.
// Decrees are rendered one at a time (RenderDecreeJson) so a batch can write
// each to its region file as soon as it is extracted, without holding every
// document in memory.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "renaksi/citation.h"
#include "renaksi/document.h"
#include "renaksi/region.h"

namespace renaksi {

inline constexpr int kSchemaVersion = 1;

using Json = nlohmann::ordered_json;

Json CitationToJson(const Citation& citation);
Json RegionToJson(const Region& region);
Json DiagnosticToJson(const Diagnostic& diagnostic);
Json DecreeToJson(const Document& doc);  // one element of "decrees"

// The decree object, pretty-printed and indented to sit inside the
// "decrees" array of a region file.
std::string RenderDecreeJson(const Document& doc);

// A region file is RegionJsonHead, then each fragment preceded by
// RegionJsonSeparator(its index), then RegionJsonTail(the count): the pieces
// let a batch lay fragments out in a file as they arrive (region_file.h).
std::string RegionJsonHead(const Region& region);
std::string_view RegionJsonSeparator(std::size_t index);
std::string_view RegionJsonTail(std::size_t decrees);

// Assembles a region file from rendered decree fragments, in the given order.
std::string RenderRegionJson(const Region& region,
                             const std::vector<std::string>& decree_fragments);

}  // namespace renaksi
