#!/usr/bin/env bash
# Sets up, builds and runs every test: doctest unit tests, then the
# end-to-end tests (golden files, CLI behaviour, schema, parallel output).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
