"""Golden files: samples/*.txt → tests/golden/, compared byte for byte.

Regenerate after an intended change with `bash scripts/update-goldens.sh`,
then review `git diff tests/golden` before committing.
"""
import difflib
import os

from harness import ROOT, SAMPLES, read_bytes, run, run_tests, tempdir, tree

GOLDEN = os.path.join(ROOT, "tests", "golden")
TODAY = "2026-11-21"  # fixed, so the date rule of validate is reproducible


def first_difference(expected, actual, name):
    diff = difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                actual.decode("utf-8", "replace").splitlines(),
                                f"golden/{name}", f"actual/{name}", lineterm="", n=1)
    return "\n".join(list(diff)[:30])


def test_extract_matches_golden_files():
    expected = tree(os.path.join(GOLDEN, "out"))
    assert expected, "no golden files: run scripts/update-goldens.sh"
    with tempdir() as out:
        run("extract", *SAMPLES, "-o", out, "--format", "json,csv,ndjson", "--quiet")
        actual = tree(out)
    assert sorted(actual) == sorted(expected), (sorted(actual), sorted(expected))
    for name in sorted(expected):
        assert actual[name] == expected[name], first_difference(expected[name], actual[name], name)


def test_validate_matches_golden_report():
    expected = read_bytes(os.path.join(GOLDEN, "validate.json"))
    _, actual, _ = run("validate", *SAMPLES, "--format", "json", "--today", TODAY)
    assert actual == expected, first_difference(expected, actual, "validate.json")


if __name__ == "__main__":
    run_tests(globals())
