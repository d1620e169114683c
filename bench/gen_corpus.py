#!/usr/bin/python3
"""Writes a benchmark corpus: N decree copies made by varying the samples.

Each copy takes one of the real samples in samples/ and changes what differs
from one regency's decree to the next, plus the conversion noise real copies
show, so the benchmark measures renaksi on realistic bytes:

  * the issuing region: a kabupaten or kota from data/regions.csv, replacing
    the sample's own region in every form it is printed in ("KABUPATEN X",
    "Kabupaten X", "Kab.X") with the new kind and name in the same case;
    the place of enactment and the region's BPS code in document numbers;
  * the decree number, the year and the enactment date (Indonesian months);
  * extra page breaks between table rows (a blank line and the file's own
    three header lines), some preceded by a page-number line ("- 7 -");
  * noise: CRLF line ends, a BOM, non-breaking spaces, ✓/✔ for √.

Deterministic: the same --seed and --n give the same bytes (Debian's python3,
standard library only). Usage:

    bench/gen_corpus.py [--n 2000] [--seed 1] [--out bench/corpus]
"""

import argparse
import csv
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAMP = ".gen_corpus"  # marks a folder this script owns (safe to clear)

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember"]
YEARS = range(2025, 2029)  # the samples cite regulations up to 2025
CHECK = "\u221a"  # √
CHECK_VARIANTS = ["\u2713", "\u2714"]  # ✓ ✔
NBSP = "\u00a0"


def load_regions(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f)
                if row["kind"] in ("kabupaten", "kota")]


def squash(name):
    return re.sub(r"[^A-Z0-9]", "", name.upper())


def title_case(name):
    # "BATANG HARI" → "Batang Hari", "TOLI-TOLI" → "Toli-Toli".
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), name.lower())


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Template:
    """One sample with what identifies it located: region, number, year."""

    def __init__(self, path, regions):
        with open(path, encoding="utf-8-sig") as f:
            self.text = f.read().replace("\r\n", "\n").replace("\r", "\n")
        self.name = os.path.basename(path)
        self.region = self._find_region(regions)
        m = re.search(r"NOMOR\s+(\d+)\s+TAHUN\s+(\d{4})", self.text)
        if not m:
            sys.exit(f"gen_corpus: {self.name}: no 'NOMOR n TAHUN y' heading")
        self.number, self.year = m.group(1), m.group(2)
        self.header = self._find_header()

    def _find_region(self, regions):
        by_key = {(r["kind"], squash(r["name"])): r for r in regions}
        for m in re.finditer(r"\b(KABUPATEN|KOTA)[ \t]+([A-Z][A-Z .'-]*[A-Z])",
                             self.text):
            region = by_key.get((m.group(1).lower(), squash(m.group(2))))
            if region:
                self.printed_name = m.group(2)
                return region
        sys.exit(f"gen_corpus: {self.name}: issuing region not in regions.csv")

    def _find_header(self):
        # The three repeated header lines: column titles, months, column numbers.
        lines = self.text.split("\n")
        for i, line in enumerate(lines):
            if is_header_title(line):
                return lines[i:i + 3]
        sys.exit(f"gen_corpus: {self.name}: no table header line")


def region_pattern(printed_name):
    # Spacing may differ between mentions ("BATANG HARI", "Batanghari").
    words = [re.escape(w) for w in printed_name.split()]
    name = r"[ \t\u00a0]*".join(words)
    # The kind word, then the name in any case ("Kab." may touch the name).
    return re.compile(r"(KABUPATEN|Kabupaten|KOTA|Kota|Kab\.)([ \t\u00a0]*)(" +
                      name + r")\b", re.IGNORECASE)


def replace_region(text, template, region):
    upper = region["name"].upper()
    title = title_case(region["name"])
    is_kota = region["kind"] == "kota"

    def repl(m):
        kind, space, printed = m.groups()
        if kind.isupper():
            new_kind = "KOTA" if is_kota else "KABUPATEN"
        elif kind == "Kab." and not is_kota:
            new_kind = "Kab."
        else:
            new_kind = "Kota" if is_kota else "Kabupaten"
        if not space and not new_kind.endswith("."):
            space = " "
        return new_kind + space + (upper if printed.isupper() else title)

    # Only the kind words the sample itself used: keeps "Kabupaten/Kota" intact.
    text = region_pattern(template.printed_name).sub(repl, text)
    old_code = template.region["bps_code"]
    return text.replace(f"/{old_code}/", f"/{region['bps_code']}/")


def vary_identity(text, template, rng, region, number, year):
    text = replace_region(text, template, region)
    text = re.sub(r"NOMOR(\s+)" + template.number + r"(\s+)TAHUN",
                  lambda m: f"NOMOR{m.group(1)}{number}{m.group(2)}TAHUN", text)
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    text = re.sub(r"(pada\s+tanggal\s+)\d{1,2}\s+[A-Za-z]+\s+\d{4}",
                  lambda m: m.group(1) + date, text, count=1)
    place = title_case(region["name"])
    text = re.sub(r"^(\W*Ditetapkan\s+di\s+)\S.*?([ \t]*)$",
                  lambda m: m.group(1) + place + m.group(2), text, count=1,
                  flags=re.MULTILINE)
    return re.sub(r"(?<!\d)" + template.year + r"(?!\d)", str(year), text)


def is_row(line):
    return line.count("\t") >= 4


def is_header_title(line):
    return "\t" in line and "AREA PERUBAHAN" in line.upper()


def add_page_breaks(lines, header, rng, page_numbers):
    """Inserts page breaks between adjacent table rows; numbers the pages."""
    header_start = next(i for i, l in enumerate(lines) if l == header[0])
    out = lines[:header_start]
    page = rng.randint(2, 5)
    breaks = rng.randint(2, 8)
    rows = [i for i in range(header_start + 3, len(lines) - 1)
            if is_row(lines[i]) and is_row(lines[i + 1])]
    chosen = set(rng.sample(rows, min(breaks, len(rows))))
    for i in range(header_start, len(lines)):
        line = lines[i]
        if page_numbers and i != header_start and is_header_title(line):
            out.insert(len(out) - 1 if out and out[-1] == "" else len(out),
                       f"- {page} -")
            page += 1
        out.append(line)
        if i in chosen:
            if page_numbers:
                out.append(f"- {page} -")
                page += 1
            out.append("")
            out.extend(header)
    return out


def add_noise(text, rng):
    style = rng.random()
    if style < 0.15:
        text = text.replace(CHECK, CHECK_VARIANTS[0])
    elif style < 0.30:
        text = re.sub(CHECK, lambda m: rng.choice(CHECK_VARIANTS + [CHECK]), text)
    if rng.random() < 0.2:
        spaces = [m.start() for m in re.finditer(" ", text)]
        picks = set(rng.sample(spaces, min(len(spaces), rng.randint(3, 30))))
        text = "".join(NBSP if i in picks else c for i, c in enumerate(text))
    return text


def make_copy(template, rng, region, number, year):
    text = vary_identity(template.text, template, rng, region, number, year)
    lines = text.split("\n")
    lines = add_page_breaks(lines, template.header, rng,
                            page_numbers=rng.random() < 0.4)
    text = add_noise("\n".join(lines), rng)
    if rng.random() < 0.15:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.10:
        data = b"\xef\xbb\xbf" + data
    return data


def prepare_out(out):
    os.makedirs(out, exist_ok=True)
    entries = [e for e in os.listdir(out) if e != STAMP]
    if entries and not os.path.exists(os.path.join(out, STAMP)):
        sys.exit(f"gen_corpus: {out} is not empty and was not written by "
                 "gen_corpus.py; refusing to clear it")
    for e in entries:
        if e.endswith(".txt"):
            os.remove(os.path.join(out, e))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="number of decrees")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "corpus"))
    ap.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--regions", default=os.path.join(ROOT, "data", "regions.csv"))
    args = ap.parse_args()

    regions = load_regions(args.regions)
    templates = [Template(os.path.join(args.samples, f), regions)
                 for f in sorted(os.listdir(args.samples)) if f.endswith(".txt")]
    if not templates:
        sys.exit(f"gen_corpus: no *.txt samples in {args.samples}")
    prepare_out(args.out)

    used = set()
    total = 0
    for i in range(args.n):
        rng = random.Random(args.seed * 1_000_003 + i)
        template = templates[rng.randrange(len(templates))]
        region = regions[rng.randrange(len(regions))]
        year = rng.choice(YEARS)
        number = rng.randint(1, 300)
        # One decree per (region, number, year): outputs order by year then
        # number, so duplicates would make the expected order ambiguous.
        while (region["bps_code"], number, year) in used:
            number += 1
        used.add((region["bps_code"], number, year))
        data = make_copy(template, rng, region, number, year)
        name = f"kpu-{region['kind']}-{slugify(region['name'])}-{number}-{year}.txt"
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        total += len(data)
    with open(os.path.join(args.out, STAMP), "w", encoding="utf-8") as f:
        f.write(f"n={args.n} seed={args.seed}\n")
    print(f"gen_corpus: wrote {args.n} decrees, {total / 1e6:.1f} MB, "
          f"into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
