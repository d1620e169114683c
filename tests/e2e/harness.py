"""Tiny harness shared by the end-to-end tests.

ctest runs each tests/e2e/test_*.py with RENAKSI=<path to the binary> and the
repository root as working directory. A test module defines test_* functions;
run_tests() runs them all, prints one line per failure, and ends with the
plain closing line `N passed, M failed`.
"""
import os
import subprocess
import sys
import tempfile
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RENAKSI = os.environ.get("RENAKSI", os.path.join(ROOT, "build", "renaksi"))
SAMPLES = sorted(
    os.path.join("samples", name) for name in os.listdir(os.path.join(ROOT, "samples"))
    if name.endswith(".txt"))


def run(*args, stdin=None, cwd=ROOT):
    """Runs renaksi; returns (exit code, stdout bytes, stderr text)."""
    proc = subprocess.run([RENAKSI, *args], input=stdin, cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def tempdir():
    return tempfile.TemporaryDirectory(prefix="renaksi-e2e-")


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def tree(path):
    """{relative path: bytes} of every file under path."""
    out = {}
    for base, _, files in os.walk(path):
        for name in files:
            full = os.path.join(base, name)
            out[os.path.relpath(full, path)] = read_bytes(full)
    return out


def run_tests(namespace):
    tests = sorted((name, fn) for name, fn in namespace.items()
                   if name.startswith("test_") and callable(fn))
    passed = failed = 0
    for name, fn in tests:
        try:
            fn()
            passed += 1
            print(f"ok   {name}")
        except Exception:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print(f"FAIL {name}\n{traceback.format_exc()}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not tests else 0)
