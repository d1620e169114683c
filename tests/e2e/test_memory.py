#!/usr/bin/python3
"""Memory stays bounded when writing stalls, and stalls change no byte.

Run by ctest with RENAKSI=<binary>, from the repo root. A batch keeps
rendered decrees in memory until its pending budget is full, then one
worker writes while the others extract. If that write stalls (a busy disk,
a descheduled CPU), the others must not pile up rendered decrees without
limit. The test makes every 10th pwritev sleep 50 ms (an LD_PRELOAD shim
built here with the system C compiler), runs `extract -j 2` on a generated
corpus of 300 decrees (10.7 MB in, about 46 MB out), and checks that its
peak RSS stays within 16 MB of an unstalled `-j 1` run's (twice the 8 MB
budget), and that its output is byte-identical to that run's. Before the
bound was enforced this run peaked at 57 MB against 24 MB; now about 30.

Skipped in sanitizer builds (RENAKSI_SANITIZED set): ASan must be the
first library loaded, and its shadow memory would swamp the figures.
Prints `N passed, M failed` last; exits 1 on any failure.
"""

import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N_DECREES = 300
SEED = 11
SLACK_MB = 16

STALL_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <sys/uio.h>
#include <unistd.h>

static atomic_int calls;

ssize_t pwritev(int fd, const struct iovec* iov, int n, off_t offset) {
  static ssize_t (*real)(int, const struct iovec*, int, off_t);
  if (!real) real = (ssize_t (*)(int, const struct iovec*, int, off_t))dlsym(RTLD_NEXT, "pwritev");
  if (atomic_fetch_add(&calls, 1) % 10 == 9) usleep(50000);
  return real(fd, iov, n, offset);
}
"""

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


def extract(renaksi, corpus, out, jobs, env=None):
    """Runs extract; returns (exit code, peak RSS in MB, stderr)."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [renaksi, "extract", corpus, "-o", out, "-j", str(jobs), "--quiet",
             "--format", "json,csv"],
            stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        err.seek(0)
        return (os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024.0,
                err.read().decode(errors="replace"))


def main():
    renaksi = os.environ.get("RENAKSI")
    if not renaksi or not os.access(renaksi, os.X_OK):
        print(f"FAIL setup: RENAKSI must name the built renaksi binary (got {renaksi!r})")
        print("0 passed, 1 failed")
        return 1
    if os.environ.get("RENAKSI_SANITIZED"):
        print("skip: sanitizer build (ASan must load first; shadow memory swamps RSS)")
        print("0 passed, 0 failed")
        return 0

    with tempfile.TemporaryDirectory(prefix="renaksi-memory-") as tmp:
        cc = shutil.which("cc") or shutil.which("gcc")
        shim = os.path.join(tmp, "stall.so")
        source = os.path.join(tmp, "stall.c")
        with open(source, "w") as f:
            f.write(STALL_SHIM)
        built = cc is not None and subprocess.run(
            [cc, "-O2", "-shared", "-fPIC", "-o", shim, source, "-ldl"],
            capture_output=True, text=True).returncode == 0
        check("the stalling pwritev shim builds", built, f"compiler: {cc!r}")

        corpus = os.path.join(tmp, "corpus")
        gen = subprocess.run(
            [sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"),
             "--n", str(N_DECREES), "--seed", str(SEED), "--out", corpus],
            capture_output=True, text=True)
        check("gen_corpus writes the corpus", gen.returncode == 0, gen.stderr.strip())
        if not built or gen.returncode != 0:
            print(f"{passed} passed, {failed} failed")
            return 1

        plain_out = os.path.join(tmp, "plain")
        code, plain_rss, err = extract(renaksi, corpus, plain_out, 1)
        check("extract -j 1 completes (exit 0 or 1)", code in (0, 1), err[-800:])

        stalled_out = os.path.join(tmp, "stalled")
        env = dict(os.environ, LD_PRELOAD=shim)
        code, stalled_rss, err = extract(renaksi, corpus, stalled_out, 2, env)
        check("extract -j 2 with stalled writes completes (exit 0 or 1)",
              code in (0, 1), err[-800:])

        check(f"peak RSS with stalled writes stays within {SLACK_MB} MB of -j 1's",
              stalled_rss <= plain_rss + SLACK_MB,
              f"-j 2 stalled {stalled_rss:.1f} MB, -j 1 {plain_rss:.1f} MB")
        plain = tree(plain_out)
        check("stalled -j 2 output is byte-identical to -j 1",
              bool(plain) and tree(stalled_out) == plain)

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
