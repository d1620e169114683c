#!/usr/bin/python3
"""Measures renaksi against the Miller baseline on one corpus; prints a table.

Called by bench/run.sh (which builds renaksi and writes the corpus); usable
alone:  bench/measure.py --renaksi build-bench/renaksi --corpus bench/corpus

Every command reads the same files, listed in the same order on its command
line. The commands take turns: --runs rounds (default 5), each running
every command once, so that a busy minute on the host falls on all of them.
A ratio row (and its PASS/FAIL) is the median of the per-round ratios;
the best-vs-best ratio is printed beneath it. Wall time in the table is the
best of a command's runs (MB/s and decrees/s derive from it; CPU time,
user+sys, is shown because other load on the machine inflates wall time
but hardly CPU time); peak RSS is the largest maximum resident set of the
child process over those runs (from wait4, so it is the tool's own memory,
not this script's). Every run's output is synced to disk after it is
timed, so that no run shares the CPUs with the write-back of an earlier
one. Exit status: 0 when every target holds, 1 when one fails, 2 when the
benchmark cannot run.

Before every run, a scratch file of --recycle-mb megabytes (default: six
times the corpus, more than any one run writes and holds) is written and
deleted. On a virtual machine that backs guest memory lazily, as the one
these targets are set on does, the first write to a never-used page costs
far more than the copy itself: 300 MB into fresh page cache took 0.75 s
there, into just-freed pages 0.05 s. Without recycling, a tool's time would
depend on how much memory earlier runs happened to leave free and touched,
and a tool writing into a file it truncates (Miller's stdout, reopened each
run) would get its own freed pages back while one writing new files would
not. --recycle-mb 0 measures without it.

The scratch folder gets ext4's "top of directory hierarchy" attribute
(chattr +T) where the file system has it. ext4 without a journal, as on that
machine, passes over every free inode deleted in the last minutes when it
creates a file, so a batch creating a thousand files in the block group
where a test suite (or an earlier benchmark) just deleted thousands paid
for those deletions: 0.37-0.80 s of system time against 0.24-0.27 s with
+T, same build, alternating runs. +T spreads the run folders over block
groups the way top-level folders are spread.
"""

import argparse
import filecmp
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_VS_MLR = 2.0
TARGET_J2_VS_J1 = 1.6
TARGET_RSS_MB = 64.0


def die(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def run_once(argv, stdout_path, stderr_path):
    """Runs argv; returns (wall s, (user s, sys s), peak RSS in MB, exit code)."""
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, (usage.ru_utime, usage.ru_stime), usage.ru_maxrss / 1024.0, proc.returncode


def recycle_memory(scratch, megabytes):
    """Writes and deletes `megabytes` of zeros, so that the next run gets
    pages the hypervisor has backed already (see the module comment). One
    file, so ext4 has one deleted inode to skip, not thousands."""
    if megabytes <= 0:
        return
    path = os.path.join(scratch, "recycle.tmp")
    chunk = bytes(1 << 20)
    with open(path, "wb") as f:
        for _ in range(megabytes):
            f.write(chunk)
    os.unlink(path)


def warm_inputs(files):
    """Reads every input once, so that no run reads from disk. That machine
    pages out file cache left idle for about a minute (a DAMON "pageout"
    scheme on unmapped file pages), so without this whichever command ran
    first after a pause would pay for the disk and the others would not."""
    for path in files:
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass


class Command:
    """One measured command and its runs so far: wall and CPU times, and the
    largest peak RSS (rss_mb). The table's figures derive from the best."""

    def __init__(self, name, make_argv, ok_codes, bytes_in, docs):
        self.name, self.make_argv, self.ok_codes = name, make_argv, ok_codes
        self.bytes_in, self.docs = bytes_in, docs
        self.walls, self.cpus, self.rss_mb = [], [], 0.0

    @property
    def seconds(self):
        return min(self.walls)

    @property
    def cpu(self):
        return min(self.cpus)

    @property
    def mb_per_s(self):
        return self.bytes_in / 1e6 / self.seconds

    @property
    def docs_per_s(self):
        return self.docs / self.seconds

    def run(self, i, runs, scratch, files, recycle_mb):
        # Each run writes into a folder of its own, and all are removed only
        # after the last measurement: on ext4 without a journal, creating a
        # file skips every inode deleted in the last minutes, so deleting the
        # previous run's 1,000 files right before a run would charge the
        # harness's own cleanup to that run.
        out_dir = os.path.join(scratch, f"{self.name}.run{i + 1}.out")
        os.makedirs(out_dir)
        stdout = os.path.join(scratch, f"{self.name}.run{i + 1}.stdout")
        stderr = os.path.join(scratch, f"{self.name}.stderr")
        recycle_memory(scratch, recycle_mb)
        warm_inputs(files)
        seconds, (user, system), rss, code = run_once(self.make_argv(out_dir), stdout, stderr)
        if code not in self.ok_codes:
            with open(stderr, errors="replace") as f:
                tail = f.read()[-2000:]
            die(f"bench: {self.name} exited with {code}:\n{tail}")
        print(f"  {self.name:<14} run {i + 1}/{runs}: {seconds:7.2f} s  "
              f"cpu {user + system:7.2f} s (user {user:5.2f}, sys {system:5.2f})  "
              f"{rss:7.1f} MB", file=sys.stderr)
        self.walls.append(seconds)
        self.cpus.append(user + system)
        self.rss_mb = max(self.rss_mb, rss)
        # Write the run's output to disk now, outside the timing. Left dirty,
        # it would be written back 30 s later (vm.dirty_expire_centisecs) by
        # kernel threads on the same two CPUs, in the middle of some later
        # run: a -j2 run took 1.38 s of wall time for 0.97 s of CPU that way.
        os.sync()


def measure_interleaved(commands, runs, scratch, files, recycle_mb):
    """Runs every command once per round, `runs` rounds, and returns the
    commands with their runs. Interleaving puts each command
    into the same stretches of time, so that a minute when the host is
    busy slows all of them instead of whichever block of runs it hits."""
    os.sync()
    for i in range(runs):
        for command in commands:
            command.run(i, runs, scratch, files, recycle_mb)
    return commands


def trees_identical(a, b):
    """True when directories a and b hold the same files with the same bytes."""
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(trees_identical(os.path.join(a, d), os.path.join(b, d))
               for d in cmp.common_dirs)


def check_extract_available(renaksi, sample, scratch):
    out = os.path.join(scratch, "probe.out")
    os.makedirs(out, exist_ok=True)
    proc = subprocess.run([renaksi, "extract", sample, "-o", out, "--quiet"],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1) or \
            not os.path.exists(os.path.join(out, "manifest.json")):
        die("bench: `renaksi extract` is not available in this build "
                 f"(exit {proc.returncode}, no manifest.json written):\n"
                 f"{proc.stderr.strip()[-1500:]}\n"
                 "bench: merge the branch that implements extract, then rerun.")


def paired_ratio(slow, fast):
    """The median over rounds of slow's wall time over fast's in the same
    round, and the per-round ratios as text. Pairing by round cancels what
    drifts between rounds (the host's load); the median keeps one lucky or
    unlucky run of either command from deciding the verdict, which a ratio
    of best times does not."""
    ratios = [s / f for s, f in zip(slow.walls, fast.walls)]
    return statistics.median(ratios), " ".join(f"{r:.2f}" for r in ratios)


def verdict(ok):
    return "PASS" if ok else "FAIL"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--renaksi", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--mlr", default=shutil.which("mlr") or "mlr")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--recycle-mb", type=int, default=None,
                    help="MB written and deleted before each run (default: "
                         "6 × the corpus; 0: none)")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not files:
        die(f"bench: no *.txt files in {args.corpus}")
    total = sum(os.path.getsize(f) for f in files)
    docs = len(files)
    recycle_mb = (args.recycle_mb if args.recycle_mb is not None
                  else max(64, 6 * total >> 20))
    renaksi = os.path.abspath(args.renaksi)
    scratch = tempfile.mkdtemp(prefix="renaksi-bench-")
    spread = bool(shutil.which("chattr")) and subprocess.run(
        ["chattr", "+T", scratch], capture_output=True).returncode == 0
    try:
        check_extract_available(renaksi, files[0], scratch)
        print(f"bench: {docs} decrees, {total / 1e6:.1f} MB in {args.corpus}; "
              f"{os.cpu_count()} CPUs; best of {args.runs} interleaved rounds; "
              f"inputs read and {recycle_mb} MB recycled before each run; run folders "
              f"{'spread (chattr +T)' if spread else 'not spread (no chattr +T here)'}",
              file=sys.stderr)

        def extract(jobs):
            return lambda out: [renaksi, "extract", "-o", out, "--format",
                                "json,csv", "-j", str(jobs), "--quiet", *files]

        # Exit 1 only says some input has errors; the batch still completes.
        mlr_argv = lambda out: [
            args.mlr, "--itsv", "--ojson", "--allow-ragged-csv-input",
            "--implicit-tsv-header", "cat", *files]
        j1, j2, mlr = measure_interleaved([
            Command("renaksi -j1", extract(1), (0, 1), total, docs),
            Command("renaksi -j2", extract(2), (0, 1), total, docs),
            Command("mlr cat", mlr_argv, (0,), total, docs)],
            args.runs, scratch, files, recycle_mb)
        # Memory must not grow with the number of inputs: one -j2 run on a
        # tenth of the corpus gives the comparison point.
        subset = files[:max(1, docs // 10)]
        small, = measure_interleaved([Command(
            f"renaksi -j2 ({len(subset)})",
            lambda out: [renaksi, "extract", "-o", out, "--format",
                         "json,csv", "-j", "2", "--quiet", *subset],
            (0, 1), sum(os.path.getsize(f) for f in subset), len(subset))],
            1, scratch, subset, recycle_mb)
        identical = trees_identical(os.path.join(scratch, "renaksi -j1.run1.out"),
                                    os.path.join(scratch, "renaksi -j2.run1.out"))
        outputs = len(os.listdir(os.path.join(scratch, "renaksi -j1.run1.out")))

        print()
        print(f"corpus: {docs} decrees, {total / 1e6:.1f} MB ({args.corpus})")
        print(f"{'command':<14} {'wall s':>8} {'cpu s':>8} {'MB/s':>8} "
              f"{'decrees/s':>10} {'peak RSS MB':>12}")
        for r in (j1, j2, mlr):
            print(f"{r.name:<14} {r.seconds:8.2f} {r.cpu:8.2f} {r.mb_per_s:8.1f} "
                  f"{r.docs_per_s:10.1f} {r.rss_mb:12.1f}")
        print()
        vs_mlr, vs_mlr_rounds = paired_ratio(mlr, j1)
        speedup, speedup_rounds = paired_ratio(j1, j2)
        rss = max(j1.rss_mb, j2.rss_mb)
        rows = [
            (f"renaksi -j1 vs mlr: {vs_mlr:.2f}× (target ≥ {TARGET_VS_MLR:g}×)",
             vs_mlr >= TARGET_VS_MLR),
            (f"  rounds: {vs_mlr_rounds}; best vs best "
             f"{mlr.seconds / j1.seconds:.2f}×", None),
            (f"-j2 vs -j1: {speedup:.2f}× (target ≥ {TARGET_J2_VS_J1:g}×)",
             speedup >= TARGET_J2_VS_J1),
            (f"  rounds: {speedup_rounds}; best vs best "
             f"{j1.seconds / j2.seconds:.2f}×", None),
            (f"peak RSS: {rss:.0f} MB (target < {TARGET_RSS_MB:g} MB); "
             f"{small.rss_mb:.0f} MB for {len(subset)} decrees",
             rss < TARGET_RSS_MB),
            (f"-j1 and -j2 outputs byte-identical ({outputs} files): "
             f"{'yes' if identical else 'NO'}", identical),
        ]
        for text, ok in rows:
            print(text if ok is None else f"{text:<64} {verdict(ok)}")
        return 0 if all(ok is not False for _, ok in rows) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
