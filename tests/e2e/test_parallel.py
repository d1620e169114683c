#!/usr/bin/python3
"""Parallel extraction gives the same bytes as sequential extraction.

Run by ctest with RENAKSI=<binary>, from the repo root. Generates a small
corpus with bench/gen_corpus.py (40 decrees, seed 7), runs
`renaksi extract -j 1`, `-j 2` and `-j 4` into separate folders and checks
that the trees are byte-identical, that they hold real output (a manifest
listing every input, region JSON and CSV files) and that the diagnostics on
stderr come in the same order. Prints `N passed, M failed` last; exits 1 on
any failure.
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N_DECREES = 40
SEED = 7

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def tree(root):
    """{relative path: bytes} of every file under root."""
    files = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def describe_difference(a, b):
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    differ = sorted(p for p in set(a) & set(b) if a[p] != b[p])
    parts = []
    if only_a:
        parts.append(f"only in -j1: {only_a[:5]}")
    if only_b:
        parts.append(f"only in the parallel run: {only_b[:5]}")
    if differ:
        parts.append(f"different bytes: {differ[:5]}")
    return "; ".join(parts)


def first_difference(a, b):
    a_lines, b_lines = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(a_lines, b_lines)):
        if x != y:
            return f"stderr line {i + 1}: -j1 {x!r} vs {y!r}"
    return f"stderr has {len(a_lines)} lines with -j1, {len(b_lines)} in parallel"


def extract(renaksi, corpus, out, jobs):
    return subprocess.run(
        [renaksi, "extract", corpus, "-o", out, "-j", str(jobs),
         "--format", "json,csv,ndjson"],
        capture_output=True, text=True, timeout=600)


def main():
    renaksi = os.environ.get("RENAKSI")
    if not renaksi or not os.access(renaksi, os.X_OK):
        print(f"FAIL setup: RENAKSI must name the built renaksi binary (got {renaksi!r})")
        print("0 passed, 1 failed")
        return 1

    with tempfile.TemporaryDirectory(prefix="renaksi-parallel-") as tmp:
        corpus = os.path.join(tmp, "corpus")
        gen = subprocess.run(
            [sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"),
             "--n", str(N_DECREES), "--seed", str(SEED), "--out", corpus],
            capture_output=True, text=True)
        check("gen_corpus writes the corpus", gen.returncode == 0 and
              len([f for f in os.listdir(corpus) if f.endswith(".txt")]) == N_DECREES,
              gen.stderr.strip())

        runs = {}
        for jobs in (1, 2, 4):
            out = os.path.join(tmp, f"out-j{jobs}")
            proc = extract(renaksi, corpus, out, jobs)
            # 0: clean; 1: some input has errors but the batch completed.
            check(f"extract -j {jobs} completes (exit 0 or 1)",
                  proc.returncode in (0, 1),
                  f"exit {proc.returncode}: {proc.stderr.strip()[-800:]}")
            # The summary names the output folder; that is the one expected
            # difference between the runs' stderr.
            runs[jobs] = (tree(out) if os.path.isdir(out) else {},
                          proc.stderr.replace(out, "OUT"))

        j1, stderr1 = runs[1]
        manifest = j1.get("manifest.json")
        check("-j 1 writes manifest.json", manifest is not None)
        if manifest is not None:
            data = json.loads(manifest)
            check(f"manifest lists all {N_DECREES} inputs",
                  len(data.get("files", [])) == N_DECREES,
                  f"{len(data.get('files', []))} listed")
        regions_json = [p for p in j1 if p.endswith(".json") and p != "manifest.json"]
        regions_csv = [p for p in j1 if p.endswith(".csv")]
        check("-j 1 writes at least one region JSON", len(regions_json) >= 1,
              "no <slug>.json written: extract found no decree in the generated "
              "corpus (have the decree/table stages landed?)")
        check("-j 1 writes a CSV per region JSON",
              len(regions_csv) == len(regions_json) and len(regions_csv) >= 1,
              f"{len(regions_json)} JSON, {len(regions_csv)} CSV")
        unknown = [p for p in regions_json if p.startswith("unknown-region")]
        check("every generated decree's region is identified", not unknown,
              f"{unknown}")

        for jobs in (2, 4):
            tree_j, stderr_j = runs[jobs]
            check(f"-j {jobs} output is byte-identical to -j 1",
                  bool(j1) and tree_j == j1, describe_difference(j1, tree_j))
            check(f"-j {jobs} prints the diagnostics in the -j 1 order",
                  stderr_j == stderr1, first_difference(stderr1, stderr_j))

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
