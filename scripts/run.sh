#!/usr/bin/env bash
# Sets up, builds and runs the main job: every decree in samples/ → out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
status=0
./build/renaksi extract samples/ -o out/ || status=$?
echo
echo "Output is in $(pwd)/out/: one <region>.json and <region>.csv per regency/city,"
echo "plus manifest.json. Diagnostics were printed above (path:line: severity: message [code])."
exit "$status"
