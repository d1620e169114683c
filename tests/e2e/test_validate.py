"""End-to-end behaviour of `renaksi validate` (issue 4).

Each broken copy is derived from a real sample inside the test (written to a
temporary directory), located by CONTENT (a NOMOR line, an area's name, a
numbered sub-activity row), never by the sample's line numbers, and the
expected line is computed from the broken copy itself.
"""
import json
import os
import re

from harness import ROOT, SAMPLES, read_bytes, run, run_tests, tempdir

TODAY = "2026-11-21"  # fixed, so date-in-future is reproducible
CHECK = "\u221a"
MARK = re.compile(r"^(\u221a|\u2713|\u2714|V|v)$")
NUMBERED = re.compile(r"^\d+[.)]\s+\S")
# An area's first row: its printed name in the AREA PERUBAHAN cell.
AREA_NAMES = [
    ("manajemen-perubahan", r"Manajemen Perubahan"),
    ("deregulasi-kebijakan", r"Peraturan Perundang|Deregulasi"),
    ("penataan-organisasi", r"Organisasi"),
    ("penataan-tatalaksana", r"Tata ?laksana"),
    ("manajemen-sdm", r"Manajemen (Sumber Daya|SDM)"),
    ("penguatan-akuntabilitas", r"Akuntabilitas"),
    ("penguatan-pengawasan", r"Pengawasan"),
    ("pelayanan-publik", r"Pelayanan Publik"),
]


# ---------------------------------------------------------------- helpers

def sample_lines(sample):
    return read_bytes(os.path.join(ROOT, sample)).decode("utf-8").split("\n")


def write(directory, name, lines):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))
    return path


def validate_json(*args):
    code, out, err = run("validate", "--format", "json", "--today", TODAY, *args)
    assert out, f"no output (exit {code}): {err}"
    return code, json.loads(out)


def diags(report, code):
    return [d for d in report["diagnostics"] if d["code"] == code]


def describe(report):
    return "\n".join(f'{d["line"]}: {d["severity"]}: {d["message"]} [{d["code"]}]'
                     for d in report["diagnostics"])


def cells(line):
    return line.split("\t")


def is_header(line):
    c = [x.strip() for x in cells(line)]
    joined = " ".join(c).upper()
    if "AREA PERUBAHAN" in joined or "PELAKSANAAN" in joined:
        return True
    numbers = [x for x in c if x]
    return bool(numbers) and all(x.isdigit() for x in numbers) and len(numbers) >= 12


def is_row(line):
    return "\t" in line and not is_header(line)


def area_starts(lines):
    """{canonical id: 0-based index of the area's first row}."""
    starts = {}
    for i, line in enumerate(lines):
        if not is_row(line):
            continue
        area_cell = " ".join(x.strip() for x in cells(line)[:2])
        for canonical, pattern in AREA_NAMES:
            if canonical not in starts and re.search(pattern, area_cell, re.I) \
                    and not re.search(r"^\s*(Pelaksanaan|Pembangunan)\b", area_cell):
                starts[canonical] = i
    return starts


def sub_activity_row(lines):
    """Index of a plain sub-activity row: a numbered sub-activity with marks,
    between two rows that are numbered sub-activities too (so it is neither a
    continuation nor a row sharing its record with a neighbour)."""
    def numbered(i):
        c = [x.strip() for x in cells(lines[i])]
        return is_row(lines[i]) and len(c) > 5 and NUMBERED.match(c[3]) is not None

    def marked(i):
        return any(MARK.match(x.strip()) for x in cells(lines[i])[5:17])

    for i in range(1, len(lines) - 1):
        if numbered(i - 1) and numbered(i) and numbered(i + 1) and marked(i):
            return i
    raise AssertionError("no plain sub-activity row found")


def report_for(sample_name, mutate):
    """Writes mutate(lines) of the sample and validates it: (exit, report, lines)."""
    with tempdir() as work:
        lines = mutate(sample_lines(sample_name))
        path = write(work, os.path.basename(sample_name), lines)
        code, reports = validate_json(path)
        assert len(reports) == 1
        return code, reports[0], lines


# ---------------------------------------------------------------- samples

def test_samples_exit_0_unless_errors_and_strict_fails_iff_warnings():
    for sample in SAMPLES:
        code, reports = validate_json(sample)
        report = reports[0]
        assert report["path"] == sample
        assert code == (1 if report["errors"] else 0), (code, describe(report))
        strict_code, strict_reports = validate_json("--strict", sample)
        has_warnings = strict_reports[0]["warnings"] > 0
        assert strict_code == (1 if report["errors"] or has_warnings else 0), strict_code
        assert strict_reports[0]["passed"] == (strict_code == 0)


def test_samples_have_no_errors():
    # Waits on the decree and table stages: with them in place, a careful
    # reading of both samples finds nothing that makes the decree unusable.
    for sample in SAMPLES:
        code, reports = validate_json(sample)
        errors = [d for d in reports[0]["diagnostics"] if d["severity"] == "error"]
        assert not errors, (sample, describe(reports[0]))
        assert code == 0


def test_text_format_lines_and_summary():
    code, out, _ = run("validate", "--today", TODAY, *SAMPLES)
    text = out.decode("utf-8")
    line_re = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?P<sev>error|warning): .+ \[[a-z0-9-]+\]$")
    summary_re = re.compile(r"^(?P<path>[^:]+): (passed|failed|unreadable): \d+ errors?, "
                            r"\d+ warnings?, \d+ info$")
    lines = text.splitlines()
    assert lines[-1].startswith(f"{len(SAMPLES)} files: "), lines[-1]
    for line in lines[:-1]:
        assert line_re.match(line) or summary_re.match(line), line
    for sample in SAMPLES:
        assert any(summary_re.match(l) and l.startswith(sample + ":") for l in lines), sample
    # info lines only with --verbose
    assert ": info: " not in text
    _, verbose, _ = run("validate", "-v", "--today", TODAY, *SAMPLES)
    assert b": info: " in verbose
    assert code in (0, 1)


def test_today_in_the_past_makes_the_date_an_error():
    for sample in SAMPLES:
        lines = sample_lines(sample)
        date_lines = {i + 1 for i, l in enumerate(lines)
                      if re.search(r"Ditetapkan di|pada tanggal \d", l)}
        code, out, _ = run("validate", "--format", "json", "--today", "2020-01-01", sample)
        report = json.loads(out)[0]
        future = diags(report, "date-in-future")
        assert len(future) == 1, describe(report)
        assert future[0]["severity"] == "error"
        assert future[0]["line"] in date_lines, (future[0], date_lines)
        assert code == 1


# ---------------------------------------------------------------- broken copies

def test_missing_decree_number():
    def drop_number(lines):
        return [l for l in lines if not re.match(r"^\s*NOMOR\s+\d+\s+TAHUN\s+\d{4}\s*$", l, re.I)]
    for sample in SAMPLES:
        code, report, lines = report_for(sample, drop_number)
        # The number is expected under the KEPUTUSAN heading: that is the line
        # a user has to fix.
        heading = next(i + 1 for i, l in enumerate(lines) if re.match(r"^\s*KEPUTUSAN\b", l))
        errors = [d for d in diags(report, "field-missing") if d["severity"] == "error"]
        about_number = [d for d in errors if re.match(r"no decree number\b", d["message"])]
        assert len(about_number) == 1, describe(report)
        assert about_number[0]["line"] == heading, (about_number, heading)
        assert code == 1


def test_missing_area_of_change():
    def drop_organisation(lines):
        starts = area_starts(lines)
        first, after = starts["penataan-organisasi"], starts["penataan-tatalaksana"]
        assert first < after
        return [l for i, l in enumerate(lines) if not (first <= i < after and is_row(l))]
    for sample in SAMPLES:
        code, report, lines = report_for(sample, drop_organisation)
        missing = diags(report, "area-missing")
        assert len(missing) == 1, describe(report)
        assert missing[0]["severity"] == "error"
        assert "penataan-organisasi" in missing[0]["message"]
        # reported where it belongs: at the next area's first row
        assert missing[0]["line"] == area_starts(lines)["penataan-tatalaksana"] + 1
        assert code == 1


def test_sub_activity_without_month():
    for sample in SAMPLES:
        target = {}

        def blank_marks(lines):
            i = sub_activity_row(lines)
            target["line"] = i + 1
            c = cells(lines[i])
            c[5:17] = ["" if MARK.match(x.strip()) else x for x in c[5:17]]
            lines[i] = "\t".join(c)
            return lines
        code, report, _ = report_for(sample, blank_marks)
        none = diags(report, "months-none")
        assert [d["line"] for d in none].count(target["line"]) == 1, (target, describe(report))
        assert all(d["severity"] == "warning" for d in none)
        # a warning: the copy passes, but not with --strict
        assert report["errors"] == 0 and code == 0, describe(report)
        with tempdir() as work:
            path = write(work, "copy.txt", blank_marks(sample_lines(sample)))
            assert validate_json("--strict", path)[0] == 1


def test_month_mark_in_a_13th_column():
    for sample in SAMPLES:
        target = {}

        def mark_13(lines):
            i = sub_activity_row(lines)
            target["line"] = i + 1
            c = cells(lines[i])
            while len(c) < 18:
                c.append("")
            c[5] = CHECK    # month 1 …
            c[17] = CHECK   # … and a 13th month: no shift reads both as 1..12
            lines[i] = "\t".join(c)
            return lines
        code, report, _ = report_for(sample, mark_13)
        overflow = [d for d in diags(report, "months-overflow") if d["line"] == target["line"]]
        assert len(overflow) == 1, (target, describe(report))
        assert overflow[0]["severity"] == "warning"
        assert report["errors"] == 0 and code == 0, describe(report)
        with tempdir() as work:
            path = write(work, "copy.txt", mark_13(sample_lines(sample)))
            assert validate_json("--strict", path)[0] == 1


def test_truncated_file():
    for sample in SAMPLES:
        target = {}

        def cut(lines):
            rows = [i for i, l in enumerate(lines) if is_row(l)]
            i = rows[len(rows) // 2]
            line = lines[i]
            target["line"] = i + 1
            return lines[:i] + [line[: len(line) // 2]]
        code, report, _ = report_for(sample, cut)
        truncated = diags(report, "truncated")
        assert len(truncated) == 1, describe(report)
        assert truncated[0]["line"] == target["line"], (truncated, target)
        # the cut also loses the areas after it: those are errors
        assert diags(report, "area-missing"), describe(report)
        assert code == 1


def test_file_truncated_inside_the_decree_body():
    for sample in SAMPLES:
        target = {}

        def cut(lines):
            # the middle of the second legal-basis (Mengingat) item
            items = [i for i, l in enumerate(lines) if re.match(r"^\W*2\.\s+\S", l)
                     and any("Mengingat" in x for x in lines[:i])]
            i = items[0]
            target["line"] = i + 1
            return lines[:i] + [lines[i][: len(lines[i]) // 2]]
        code, report, _ = report_for(sample, cut)
        truncated = diags(report, "truncated")
        assert len(truncated) == 1, describe(report)
        assert truncated[0]["line"] == target["line"], (truncated, target)
        assert "Mengingat" in truncated[0]["message"], truncated
        # no table follows the cut: the decree cannot serve, so it fails
        assert diags(report, "table-not-found")[0]["severity"] == "error"
        assert code == 1


def test_non_decree_text():
    prose = ["Laporan kegiatan", "",
             "Pada hari Senin tim melakukan kunjungan ke lapangan untuk meninjau "
             "pelaksanaan program dan mencatat hasilnya dalam buku harian.", ""]
    with tempdir() as work:
        path = write(work, "catatan.txt", prose)
        empty = write(work, "kosong.txt", [""])
        code, reports = validate_json(path, empty)
        assert code == 1
        by_path = {r["path"]: r for r in reports}
        not_decree = diags(by_path[path], "not-a-decree")
        assert len(not_decree) == 1 and not_decree[0]["line"] == 0, describe(by_path[path])
        assert not_decree[0]["severity"] == "error"
        # prose is not a decree cut short
        assert not diags(by_path[path], "truncated"), describe(by_path[path])
        empty_input = diags(by_path[empty], "empty-input")
        assert len(empty_input) == 1 and empty_input[0]["line"] == 0, describe(by_path[empty])
        assert empty_input[0]["severity"] == "error"
        for one in (path, empty):
            assert validate_json(one)[0] == 1


# ---------------------------------------------------------------- options

def test_ignore_silences_a_code_and_changes_the_verdict():
    def drop_number(lines):
        return [l for l in lines if not re.match(r"^\s*NOMOR\s+\d+\s+TAHUN\s+\d{4}\s*$", l, re.I)]
    with tempdir() as work:
        path = write(work, "copy.txt", drop_number(sample_lines(SAMPLES[0])))
        code, reports = validate_json(path)
        codes = {d["code"] for d in reports[0]["diagnostics"] if d["severity"] == "error"}
        assert "field-missing" in codes and code == 1
        ignore = [arg for c in sorted(codes) for arg in ("--ignore", c)]
        code, reports = validate_json(*ignore, path)
        assert not [d for d in reports[0]["diagnostics"] if d["code"] in codes]
        assert reports[0]["errors"] == 0 and code == 0
        # an unknown code is a warning on stderr, not a failure
        c, _, err = run("validate", "--ignore", "no-such-code", "--today", TODAY, SAMPLES[0])
        assert "no-such-code" in err and c in (0, 1)


def test_unreadable_file_in_a_batch():
    missing = os.path.join("samples", "does-not-exist.txt")
    code, reports = validate_json(SAMPLES[0], missing, SAMPLES[1])
    assert code == 3  # an unreadable input outranks failed checks
    by_path = {r["path"]: r for r in reports}
    assert set(by_path) == {SAMPLES[0], missing, SAMPLES[1]}
    gone = by_path[missing]
    assert gone["readable"] is False and gone["sha256"] is None and gone["passed"] is False
    assert [d["code"] for d in gone["diagnostics"]] == ["io-error"]
    for sample in SAMPLES:  # the others were still checked
        assert by_path[sample]["readable"] is True
        assert len(by_path[sample]["sha256"]) == 64
    code, out, _ = run("validate", "--today", TODAY, missing)
    assert code == 3 and f"{missing}:0: error:".encode() in out


def test_usage_errors_exit_2():
    assert run("validate", "--format", "xml", SAMPLES[0])[0] == 2
    assert run("validate", "--today", "2026-02-30", SAMPLES[0])[0] == 2
    assert run("validate", "--today", "21-11-2026", SAMPLES[0])[0] == 2
    assert run("validate")[0] == 2


def test_list_rules_prints_the_registry():
    code, out, _ = run("validate", "--list-rules")
    text = out.decode("utf-8")
    assert code == 0
    for code_name in ("field-missing", "area-missing", "months-overflow", "io-error"):
        assert f"| `{code_name}` |" in text


# ---------------------------------------------------------------- SARIF

SARIF_SUBSET = {
    # The parts of the SARIF 2.1.0 schema (OASIS) that renaksi's output uses,
    # with their required properties and value constraints.
    "type": "object",
    "required": ["version", "$schema", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"const": "https://json.schemastore.org/sarif-2.1.0.json"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object",
            "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name"], "properties": {
                        "name": {"type": "string"},
                        "version": {"type": "string"},
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"], "properties": {
                                "id": {"type": "string"},
                                "shortDescription": {"type": "object", "required": ["text"]},
                                "defaultConfiguration": {"type": "object", "properties": {
                                    "level": {"enum": ["none", "note", "warning", "error"]}}},
                            }}},
                    }}}},
                "originalUriBaseIds": {"type": "object", "additionalProperties": {
                    "type": "object", "properties": {
                        "uri": {"type": "string", "pattern": "/$"}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["ruleId", "level", "message", "locations"], "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"],
                                    "properties": {"text": {"type": "string"}}},
                        "locations": {"type": "array", "minItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"], "properties": {
                                "physicalLocation": {
                                    "type": "object", "required": ["artifactLocation", "region"],
                                    "properties": {
                                        "artifactLocation": {
                                            "type": "object", "required": ["uri"],
                                            "properties": {"uri": {"type": "string",
                                                                   "format": "uri-reference"}}},
                                        "region": {"type": "object", "required": ["startLine"],
                                                   "properties": {"startLine": {
                                                       "type": "integer", "minimum": 1}}},
                                    }}}}},
                    }}},
            }}},
    },
}


def test_sarif_is_valid_2_1_0():
    import jsonschema  # Debian python3-jsonschema
    missing = os.path.join("samples", "does-not-exist.txt")
    code, out, _ = run("validate", "--format", "sarif", "--today", TODAY, *SAMPLES, missing)
    assert code == 3
    log = json.loads(out)
    jsonschema.Draft7Validator(SARIF_SUBSET).validate(log)
    run0 = log["runs"][0]
    driver = run0["tool"]["driver"]
    assert driver["name"] == "renaksi"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    _, listed, _ = run("validate", "--list-rules")
    registry = re.findall(r"^\| `([a-z0-9-]+)` \|", listed.decode("utf-8"), re.M)
    assert rule_ids[: len(registry)] == registry  # every known code is a rule
    uris = set()
    for result in run0["results"]:
        assert result["ruleId"] in rule_ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning")  # notes only with -v
        location = result["locations"][0]["physicalLocation"]
        uris.add(location["artifactLocation"]["uri"])
        assert location["region"]["startLine"] >= 1
    assert "samples/does-not-exist.txt" in uris
    assert uris <= set(SAMPLES) | {"samples/does-not-exist.txt"}, uris
    # The same findings as the JSON report, at the same lines (a whole-file
    # finding, line 0, goes to line 1: SARIF lines start at 1).
    _, reports = validate_json(*SAMPLES, missing)
    expected = sorted((r["path"], max(d["line"], 1), d["code"], d["severity"])
                      for r in reports for d in r["diagnostics"] if d["severity"] != "info")
    got = sorted((x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                  x["locations"][0]["physicalLocation"]["region"]["startLine"],
                  x["ruleId"], x["level"]) for x in run0["results"])
    assert got == expected


def test_sarif_uri_is_relative_to_the_working_directory():
    with tempdir() as work:
        sub = os.path.join(work, "kpu jambi")
        os.mkdir(sub)
        write(sub, "keputusan.txt", ["bukan keputusan"])
        code, out, _ = run("validate", "--format", "sarif", "kpu jambi/keputusan.txt", cwd=work)
        assert code == 1
        result = json.loads(out)["runs"][0]["results"][0]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "kpu%20jambi/keputusan.txt", uri
        _, out, _ = run("validate", "--format", "sarif", os.path.join(sub, "keputusan.txt"),
                        cwd=sub)
        result = json.loads(out)["runs"][0]["results"][0]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
            "keputusan.txt"


if __name__ == "__main__":
    run_tests(globals())
