#!/usr/bin/env bash
# Benchmark: renaksi extract (-j 1, -j 2; JSON+CSV) against the Miller
# baseline on the same generated corpus. One command, from the repo root:
#
#     bash bench/run.sh [N]        # N decrees, default 2000
#
# Installs Miller if missing (scripts/setup.sh bench), builds Release in
# build-bench/, writes the corpus (bench/gen_corpus.py, seed 1) unless it is
# already there, then prints wall time, MB/s, decrees/s and peak RSS, and the
# ratio rows with PASS/FAIL. Exits 1 when a target fails.
set -euo pipefail

n="${1:-2000}"
seed=1
cd "$(dirname "$0")/.."

bash scripts/setup.sh bench

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DRENAKSI_TESTS=OFF >/dev/null
cmake --build build-bench -j2 --target renaksi

corpus=bench/corpus
[ "$n" = 2000 ] || corpus="bench/corpus-$n"
if [ "$(cat "$corpus/.gen_corpus" 2>/dev/null)" != "n=$n seed=$seed" ]; then
  /usr/bin/python3 bench/gen_corpus.py --n "$n" --seed "$seed" --out "$corpus"
fi

exec /usr/bin/python3 bench/measure.py --renaksi build-bench/renaksi --corpus "$corpus"
