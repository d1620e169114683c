#!/usr/bin/env bash
# Installs missing dependencies, then configures and builds renaksi (Release)
# in build/. Used by run.sh and test.sh; safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DRENAKSI_WERROR=ON >/dev/null
fi
cmake --build build -j "$jobs"
