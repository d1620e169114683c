#!/usr/bin/env bash
# Unit and end-to-end tests under AddressSanitizer + UndefinedBehaviorSanitizer.
#
#     bash scripts/sanitize.sh
#
# Configures build-asan/ (-DRENAKSI_SANITIZE=ON, RelWithDebInfo, the default
# compiler), builds everything, runs the unit tests and then ctest. Any
# sanitizer report aborts the test that hit it, so the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

cmake -S . -B build-asan -G Ninja -DRENAKSI_SANITIZE=ON -DRENAKSI_WERROR=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-asan -j2

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
build-asan/renaksi_tests
ctest --test-dir build-asan --output-on-failure -j2
