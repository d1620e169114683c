#!/usr/bin/python3
"""Rewrites the README's diagnostics table from `renaksi validate --list-rules`.

The rule registry (src/rules.cpp) is the one source of truth for codes,
severities and rationales; the README shows a copy between the markers
`<!-- rule-table -->` and `<!-- /rule-table -->`. src/rules_test.cpp fails
when the copy drifts. Usage: scripts/update-readme-rules.py [path/to/renaksi]
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN, END = "<!-- rule-table -->", "<!-- /rule-table -->"


def rule_table(renaksi):
    return subprocess.run([renaksi, "validate", "--list-rules"], check=True,
                          capture_output=True, text=True).stdout


def with_table(readme, table):
    block = f"{BEGIN}\n{table.rstrip()}\n{END}"
    pattern = re.compile(re.escape(BEGIN) + r"(.*?" + re.escape(END) + r")?", re.S)
    if not pattern.search(readme):
        sys.exit(f"README.md has no {BEGIN} marker")
    return pattern.sub(lambda _: block, readme, count=1)


def main():
    renaksi = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "renaksi")
    path = os.path.join(ROOT, "README.md")
    with open(path, encoding="utf-8") as f:
        readme = f.read()
    updated = with_table(readme, rule_table(renaksi))
    if updated != readme:
        with open(path, "w", encoding="utf-8") as f:
            f.write(updated)


if __name__ == "__main__":
    main()
