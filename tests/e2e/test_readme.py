"""The README documents every diagnostic code the tool can emit.

The SPEC names a minimum set of codes; the README's table is a copy of the rule
registry (refresh: scripts/update-readme-rules.py; src/rules_test.cpp checks the
copy is exact).
"""
import os
import re

from harness import ROOT, run_tests

README = os.path.join(ROOT, "README.md")
# The SPEC names these codes as the minimum the README must document.
SPEC_CODES = ["months-overflow", "months-none", "row-shift-repaired", "continuation-merged",
              "numbering-gap", "numbering-duplicate", "numbering-inferred", "multi-item",
              "responsible-inherited", "page-artifact-removed", "text-unassigned",
              "legal-basis-numbering-gap", "table-not-found", "field-missing", "truncated"]


def readme_table():
    with open(README, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"<!-- rule-table -->\n(.*?)<!-- /rule-table -->", text, re.S)
    assert match, "README.md lost its rule-table markers"
    return match.group(1)


def test_readme_documents_the_codes_the_spec_requires():
    table = readme_table()
    missing = [code for code in SPEC_CODES if f"| `{code}` |" not in table]
    assert not missing, missing


if __name__ == "__main__":
    run_tests(globals())
