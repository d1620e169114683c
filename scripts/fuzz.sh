#!/usr/bin/env bash
# Bounded libFuzzer run over the whole pipeline (tests/fuzz/fuzz_pipeline.cpp)
# with AddressSanitizer and UndefinedBehaviorSanitizer.
#
#     bash scripts/fuzz.sh [SECONDS]      # default 60
#
# Builds build-fuzz/ with clang, seeds a scratch corpus (tests/fuzz/corpus-work/,
# gitignored) from samples/*.txt and tests/fuzz/seeds/, and fuzzes for SECONDS.
# On a crash libFuzzer writes build-fuzz/crash-* (or leak-*/timeout-*) and this
# script exits non-zero; minimize it with
#     build-fuzz/renaksi_fuzz -minimize_crash=1 -runs=10000 CRASH_FILE
# and add the result to tests/fuzz/regressions/ (src/regression_test.cpp runs
# every file there through the pipeline).
set -euo pipefail

seconds="${1:-60}"
cd "$(dirname "$0")/.."

bash scripts/setup.sh fuzz

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DRENAKSI_FUZZ=ON \
  -DRENAKSI_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target renaksi_fuzz

work=tests/fuzz/corpus-work
mkdir -p "$work"
cp -f samples/*.txt tests/fuzz/seeds/* "$work"/
[ -d tests/fuzz/regressions ] && cp -f tests/fuzz/regressions/* "$work"/ 2>/dev/null || true

# Crash artifacts land in build-fuzz/ (gitignored), never in the worktree root.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
build-fuzz/renaksi_fuzz "$work" -dict=tests/fuzz/decree.dict \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix=build-fuzz/ -print_final_stats=1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "fuzz.sh: the fuzzer found a failure (exit $status); artifacts:" >&2
  ls -1 build-fuzz/crash-* build-fuzz/leak-* build-fuzz/timeout-* build-fuzz/oom-* 2>/dev/null >&2 || true
fi
exit "$status"
