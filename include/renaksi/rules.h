// The registry of every diagnostic code renaksi can emit: its default
// severity, the stage that emits it and a one-line rationale.
//
// It is the single source of the SARIF `tool.driver.rules` list and of the
// README's rule table, and a unit test checks that every code the source
// tree emits is listed here, so documentation cannot drift from behaviour.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "renaksi/diagnostic.h"

namespace renaksi {

struct Rule {
  std::string_view code;         // stable kebab-case
  Severity severity;             // the severity it is normally emitted at
  std::string_view stage;        // "read", "segment", "decree", "table", …
  std::string_view description;  // one line: what it means and why it matters
};

// Every known rule, grouped by stage in pipeline order.
std::span<const Rule> AllRules();

// The rule of `code`, or nullptr for a code not in the registry.
const Rule* FindRule(std::string_view code);

// The README rule table (markdown: code | severity | stage | rationale).
std::string RulesMarkdownTable();

}  // namespace renaksi
