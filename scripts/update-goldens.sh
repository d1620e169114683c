#!/usr/bin/env bash
# Regenerates tests/golden/out/ from samples/ with the current build. Review
# the diff (`git diff tests/golden`) as you would a colleague's change before
# committing: every changed value must be explained by the behaviour change.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
rm -rf tests/golden/out
./build/renaksi extract samples/*.txt -o tests/golden/out --format json,csv,ndjson --quiet || true
./build/renaksi validate samples/*.txt --format json --today 2026-11-21 > tests/golden/validate.json || true
/usr/bin/python3 scripts/update-readme-rules.py build/renaksi
git status --short tests/golden README.md
