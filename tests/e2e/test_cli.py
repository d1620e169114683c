"""End-to-end behaviour of `renaksi extract`, `schema` and `cite` (issue 2)."""
import csv
import io
import json
import os
import stat

from harness import RENAKSI, ROOT, SAMPLES, read_bytes, run, run_tests, tempdir, tree

CSV_HEADER = ("region_code,region,decree_number,decree_year,plan_year,area_no,area,"
              "area_canonical,activity_no,activity,sub_activity_no,sub_activity,indicators,"
              "m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,responsible,note,source,"
              "line_start,line_end,flags")


def extract_samples(out):
    code, _, err = run("extract", "samples/", "-o", out)
    assert code in (0, 1), (code, err)
    return code, err


def test_samples_produce_contract_files():
    with tempdir() as out:
        extract_samples(out)
        names = set(os.listdir(out))
        for expected in ("manifest.json", "kabupaten-muaro-jambi.json", "kabupaten-muaro-jambi.csv",
                         "kabupaten-batang-hari.json", "kabupaten-batang-hari.csv"):
            assert expected in names, (expected, names)
        manifest = json.loads(read_bytes(os.path.join(out, "manifest.json")))
        assert manifest["totals"]["decrees"] == 2, manifest["totals"]


def test_output_validates_against_schema():
    import jsonschema  # Debian python3-jsonschema
    code, schema_bytes, _ = run("schema")
    assert code == 0
    schema = json.loads(schema_bytes)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    with tempdir() as out:
        extract_samples(out)
        for name in ("kabupaten-muaro-jambi.json", "kabupaten-batang-hari.json"):
            doc = json.loads(read_bytes(os.path.join(out, name)))
            errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
            assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
            assert doc["decrees"], name


def test_schema_rejects_a_broken_document():
    import jsonschema
    schema = json.loads(run("schema")[1])
    with tempdir() as out:
        extract_samples(out)
        doc = json.loads(read_bytes(os.path.join(out, "kabupaten-muaro-jambi.json")))
        doc["decrees"][0]["number"] = ""  # empty strings are not allowed: null instead
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(doc))


def test_csv_header_and_round_trip():
    with tempdir() as out:
        extract_samples(out)
        for slug in ("kabupaten-muaro-jambi", "kabupaten-batang-hari"):
            raw = read_bytes(os.path.join(out, slug + ".csv")).decode("utf-8")
            assert raw.split("\r\n", 1)[0] == CSV_HEADER
            rows = list(csv.DictReader(io.StringIO(raw, newline="")))
            doc = json.loads(read_bytes(os.path.join(out, slug + ".json")))
            subs = [s for d in doc["decrees"] for a in d["plan"]["areas"]
                    for act in a["activities"] for s in act["sub_activities"]]
            assert len(rows) == len(subs), (len(rows), len(subs))
            for row, sub in zip(rows, subs):
                assert row["sub_activity"] == sub["text"]
                assert row["indicators"] == " | ".join(sub["indicators"])
                months = [m for m in range(1, 13) if row[f"m{m:02d}"] == "1"]
                assert months == sub["months"], (months, sub["months"])


def test_csv_field_with_comma_quote_newline_round_trips():
    # A decree whose table cell holds commas and quotes; the newline case is
    # covered by the emitter's unit test (a table cell cannot span lines).
    text = read_bytes(os.path.join(ROOT, SAMPLES[0])).decode("utf-8")
    marker = "Pembangunan Sistem Merit"
    assert marker in text
    tricky = 'Sistem "Merit", tahap 1, "uji"'
    with tempdir() as work:
        path = os.path.join(work, "tricky.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(marker, tricky))
        code, out, err = run("extract", path, "--stdout", "--format", "csv")
        assert code in (0, 1), err
        rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
        assert any(tricky in field for row in rows for field in row), "field lost"


def test_extract_twice_is_byte_identical():
    with tempdir() as a, tempdir() as b:
        extract_samples(a)
        extract_samples(b)
        assert tree(a) == tree(b)


def test_inputs_after_format_are_inputs():
    # `--format json,csv FILE…`: the files are inputs, not more formats.
    with tempdir() as out:
        code, _, err = run("extract", "-o", out, "--format", "json,ndjson", *SAMPLES)
        assert code in (0, 1), (code, err)
        names = set(os.listdir(out))
        assert "kabupaten-batang-hari.ndjson" in names, names
        assert "kabupaten-batang-hari.csv" not in names, names


def test_stdin_input():
    sample = read_bytes(os.path.join(ROOT, SAMPLES[0]))
    with tempdir() as out:
        code, _, err = run("extract", "-", "-o", out, stdin=sample)
        assert code in (0, 1), err
        manifest = json.loads(read_bytes(os.path.join(out, "manifest.json")))
        assert manifest["files"][0]["path"] == "-"
        assert manifest["files"][0]["bytes"] == len(sample)


def bad_input_case(name, content):
    with tempdir() as work, tempdir() as out:
        path = os.path.join(work, name)
        with open(path, "wb") as f:
            f.write(content)
        code, _, err = run("extract", path, "-o", out)
        manifest = json.loads(read_bytes(os.path.join(out, "manifest.json")))
        return code, err, manifest


def test_empty_file():
    code, err, manifest = bad_input_case("empty.txt", b"")
    assert code == 1, (code, err)
    assert "[empty-input]" in err
    assert manifest["files"][0]["status"] == "no-decree"
    assert manifest["regions"] == []


def test_binary_file():
    code, err, _ = bad_input_case("binary.txt", bytes(range(256)) * 10)
    assert code == 1 and "[binary-input]" in err, (code, err)


def test_invalid_utf8():
    code, err, _ = bad_input_case("latin1.txt", "KEPUTUSAN KOMISI PEMILIHAN UMUM\nNo\u00e9l\n".encode("latin-1"))
    assert code == 1 and "latin1.txt:2: error:" in err and "[invalid-utf8]" in err, (code, err)


def test_ten_megabyte_single_line():
    code, err, manifest = bad_input_case("big.txt", b"kata " * (2 * 1024 * 1024))
    assert code == 1, (code, err)
    assert manifest["files"][0]["bytes"] == 10 * 1024 * 1024
    assert "[not-a-decree]" in err


def test_non_decree_prose():
    code, err, manifest = bad_input_case(
        "prose.txt", b"Hari ini cuaca cerah. Kami pergi ke pasar membeli sayur.\n")
    assert code == 1 and "[not-a-decree]" in err, (code, err)
    assert manifest["totals"]["decrees"] == 0


def test_directory_without_txt():
    with tempdir() as work, tempdir() as out:
        with open(os.path.join(work, "notes.md"), "w") as f:
            f.write("x")
        code, _, err = run("extract", work, "-o", out)
        assert code == 1, (code, err)
        assert "no *.txt" in err


def test_missing_file_does_not_stop_the_batch():
    with tempdir() as out:
        code, _, err = run("extract", "does-not-exist.txt", SAMPLES[0], "-o", out)
        assert code == 3, (code, err)
        assert "does-not-exist.txt:0: error:" in err
        assert any(n.endswith(".json") and n != "manifest.json" for n in os.listdir(out))


def test_unwritable_output_folder_exit_3_no_partial_files():
    with tempdir() as work:
        blocker = os.path.join(work, "blocker")
        with open(blocker, "w") as f:
            f.write("x")
        code, _, err = run("extract", SAMPLES[0], "-o", os.path.join(blocker, "out"))
        assert code == 3, (code, err)
        assert os.listdir(work) == ["blocker"]
        if os.geteuid() != 0:  # root ignores permission bits
            ro = os.path.join(work, "ro")
            os.mkdir(ro)
            os.chmod(ro, stat.S_IRUSR | stat.S_IXUSR)
            code, _, err = run("extract", SAMPLES[0], "-o", ro)
            assert code == 3, (code, err)
            assert os.listdir(ro) == []


def test_usage_errors_exit_2():
    assert run("extract")[0] == 2
    assert run("extract", SAMPLES[0], "--format", "xml")[0] == 2
    assert run("extract", SAMPLES[0], "--stdout", "--format", "json,csv")[0] == 2
    assert run("no-such-command")[0] == 2
    assert run()[0] == 2


def test_help_teaches_with_examples():
    for args in ((), ("extract",), ("validate",), ("schema",), ("cite",)):
        code, out, _ = run(*args, "--help")
        assert code == 0, args
        assert b"Example" in out, args


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith(b"renaksi ")


def test_cite_prints_one_json_line_per_input():
    code, out, _ = run("cite", "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
                       "bukan sebuah kutipan")
    lines = out.decode().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1]) is None
    assert code == 1  # one input did not parse


if __name__ == "__main__":
    run_tests(globals())
