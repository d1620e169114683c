#include "renaksi/schema.h"

namespace renaksi {

// Kept as literal JSON so it reads like the document it describes. A change
// to the output contract must change this schema too: the end-to-end tests
// validate the samples' output against it.
std::string_view RegionJsonSchema() {
  return R"json({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://renaksi.invalid/schema/region-v1.json",
  "title": "renaksi region file (schema version 1)",
  "description": "Every decree of one regency or city found in a batch, ordered by year then number.",
  "type": "object",
  "required": ["schema_version", "region", "decrees"],
  "additionalProperties": false,
  "properties": {
    "schema_version": {"const": 1},
    "region": {"$ref": "#/$defs/region"},
    "decrees": {"type": "array", "items": {"$ref": "#/$defs/decree"}}
  },
  "$defs": {
    "nullable_string": {"type": ["string", "null"], "minLength": 1},
    "nullable_int": {"type": ["integer", "null"]},
    "line": {"type": "integer", "minimum": 0},
    "region": {
      "type": "object",
      "required": ["kind", "name", "slug", "bps_code", "kemendagri_code", "province"],
      "additionalProperties": false,
      "properties": {
        "kind": {"enum": ["kabupaten", "kota", null]},
        "name": {"$ref": "#/$defs/nullable_string"},
        "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "bps_code": {"type": ["string", "null"], "pattern": "^[0-9]{4}$"},
        "kemendagri_code": {"type": ["string", "null"], "pattern": "^[0-9]{4}$"},
        "province": {"$ref": "#/$defs/nullable_string"}
      }
    },
    "labeled": {
      "type": "object",
      "required": ["label", "text"],
      "additionalProperties": false,
      "properties": {"label": {"type": "string"}, "text": {"type": "string"}}
    },
    "gazette": {
      "type": "object",
      "required": ["series", "year", "number"],
      "additionalProperties": false,
      "properties": {
        "series": {"enum": ["LN", "BN", "LD", "BD"]},
        "year": {"$ref": "#/$defs/nullable_int"},
        "number": {"$ref": "#/$defs/nullable_string"}
      }
    },
    "citation": {
      "type": "object",
      "required": ["type", "number", "year", "title", "gazette", "supplement", "amended_by"],
      "additionalProperties": false,
      "properties": {
        "type": {"type": "string", "minLength": 1},
        "number": {"$ref": "#/$defs/nullable_string"},
        "year": {"$ref": "#/$defs/nullable_int"},
        "title": {"$ref": "#/$defs/nullable_string"},
        "gazette": {"oneOf": [{"$ref": "#/$defs/gazette"}, {"type": "null"}]},
        "supplement": {"$ref": "#/$defs/nullable_string"},
        "amended_by": {"type": "array", "items": {"$ref": "#/$defs/citation"}}
      }
    },
    "legal_basis_item": {
      "type": "object",
      "required": ["label", "text", "citation"],
      "additionalProperties": false,
      "properties": {
        "label": {"type": "string"},
        "text": {"type": "string"},
        "citation": {"oneOf": [{"$ref": "#/$defs/citation"}, {"type": "null"}]}
      }
    },
    "person": {
      "type": "object",
      "required": ["position", "name"],
      "additionalProperties": false,
      "properties": {
        "position": {"$ref": "#/$defs/nullable_string"},
        "name": {"$ref": "#/$defs/nullable_string"}
      }
    },
    "sub_activity": {
      "type": "object",
      "required": ["no", "label", "text", "indicators", "months", "responsible", "note", "lines", "flags"],
      "additionalProperties": false,
      "properties": {
        "no": {"type": "integer", "minimum": 1},
        "label": {"$ref": "#/$defs/nullable_string"},
        "text": {"type": "string"},
        "indicators": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "months": {
          "type": "array",
          "items": {"type": "integer", "minimum": 1, "maximum": 12},
          "uniqueItems": true
        },
        "responsible": {"$ref": "#/$defs/nullable_string"},
        "note": {"$ref": "#/$defs/nullable_string"},
        "lines": {"type": "array", "items": {"$ref": "#/$defs/line"}, "minItems": 2, "maxItems": 2},
        "flags": {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}}
      }
    },
    "activity": {
      "type": "object",
      "required": ["no", "label", "name", "line", "sub_activities"],
      "additionalProperties": false,
      "properties": {
        "no": {"type": "integer", "minimum": 1},
        "label": {"$ref": "#/$defs/nullable_string"},
        "name": {"$ref": "#/$defs/nullable_string"},
        "line": {"$ref": "#/$defs/line"},
        "sub_activities": {"type": "array", "items": {"$ref": "#/$defs/sub_activity"}}
      }
    },
    "area": {
      "type": "object",
      "required": ["no", "label", "name", "canonical", "line", "activities"],
      "additionalProperties": false,
      "properties": {
        "no": {"type": "integer", "minimum": 1},
        "label": {"$ref": "#/$defs/nullable_string"},
        "name": {"type": "string"},
        "canonical": {"enum": ["manajemen-perubahan", "deregulasi-kebijakan", "penataan-organisasi",
                               "penataan-tatalaksana", "manajemen-sdm", "penguatan-akuntabilitas",
                               "penguatan-pengawasan", "pelayanan-publik", null]},
        "line": {"$ref": "#/$defs/line"},
        "activities": {"type": "array", "items": {"$ref": "#/$defs/activity"}}
      }
    },
    "diagnostic": {
      "type": "object",
      "required": ["severity", "code", "line", "message"],
      "additionalProperties": false,
      "properties": {
        "severity": {"enum": ["error", "warning", "info"]},
        "code": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "line": {"$ref": "#/$defs/line"},
        "message": {"type": "string", "minLength": 1}
      }
    },
    "decree": {
      "type": "object",
      "required": ["source", "issuer", "number", "year", "title", "plan_year", "enacted",
                   "signatory", "certifier", "considerations", "legal_basis", "decisions",
                   "plan", "diagnostics"],
      "additionalProperties": false,
      "properties": {
        "source": {
          "type": "object",
          "required": ["path", "sha256", "bytes"],
          "additionalProperties": false,
          "properties": {
            "path": {"type": "string", "minLength": 1},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "bytes": {"type": "integer", "minimum": 0}
          }
        },
        "issuer": {"$ref": "#/$defs/nullable_string"},
        "number": {"$ref": "#/$defs/nullable_string"},
        "year": {"$ref": "#/$defs/nullable_int"},
        "title": {"$ref": "#/$defs/nullable_string"},
        "plan_year": {"$ref": "#/$defs/nullable_int"},
        "enacted": {
          "type": "object",
          "required": ["place", "date"],
          "additionalProperties": false,
          "properties": {
            "place": {"$ref": "#/$defs/nullable_string"},
            "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
          }
        },
        "signatory": {"$ref": "#/$defs/person"},
        "certifier": {"$ref": "#/$defs/person"},
        "considerations": {"type": "array", "items": {"$ref": "#/$defs/labeled"}},
        "legal_basis": {"type": "array", "items": {"$ref": "#/$defs/legal_basis_item"}},
        "decisions": {"type": "array", "items": {"$ref": "#/$defs/labeled"}},
        "plan": {
          "type": "object",
          "required": ["areas"],
          "additionalProperties": false,
          "properties": {"areas": {"type": "array", "items": {"$ref": "#/$defs/area"}}}
        },
        "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}}
      }
    }
  }
}
)json";
}

}  // namespace renaksi
