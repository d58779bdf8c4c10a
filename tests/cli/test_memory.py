# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Memory in proportion to the input (issue 16): one extract process per
input, its peak resident size as GNU time reports it, against 64 MiB + 40x
the input's size (a Dask worker told to live in 1 GB must be able to take any
page vnextract accepts). And a document of many indicators, which the CLI
writes piece by piece, comes out byte for byte as the library formats it.

Run with the other CLI tests (tests/cli/cli_tests.cmake):
    VNEXTRACT_EXTRACT=<path of extract> /usr/bin/python3 -m pytest -q tests/cli
GNU time is the Debian package `time` (scripts/install-deps.sh installs it).
"""

import csv
import io
import json
import os
import subprocess

import pytest

EXTRACT = os.environ.get("VNEXTRACT_EXTRACT")
if not EXTRACT:
    pytest.skip("set VNEXTRACT_EXTRACT to the extract binary", allow_module_level=True)

GNU_TIME = "/usr/bin/time"
MIB = 1 << 20


def sanitized():
    """A sanitizer build's memory says nothing about the program's."""
    with open(EXTRACT, "rb") as f:
        data = f.read()
    return b"__asan_init" in data or b"__tsan_init" in data or b"__msan_init" in data


def figures_page(count):
    """`count` figures in one paragraph: "12,5 tỷ đồng, " is 19 bytes."""
    return ("<p>" + "12,5 tỷ đồng, " * count + "</p>").encode("utf-8")


def one_word_paragraphs(count):
    """`count` paragraphs "<p>hơn</p>" of 11 bytes."""
    return ("<p>hơn</p>" * count).encode("utf-8")


def peak_bytes(path, fmt="jsonl"):
    """The extract process's maximum resident set size, in bytes."""
    assert os.path.exists(GNU_TIME), "GNU time is missing: run scripts/install-deps.sh"
    p = subprocess.run([GNU_TIME, "-f", "%M", EXTRACT, "--format", fmt, "-q", "-o", os.devnull,
                        str(path)], capture_output=True, timeout=600)
    err = p.stderr.decode("utf-8")
    assert p.returncode == 0, err
    return int(err.strip().splitlines()[-1]) * 1024  # GNU time's %M is in KiB


def bound(size):
    return 64 * MIB + 40 * size


@pytest.mark.skipif(sanitized(), reason="sanitizer build")
def test_one_word_paragraphs(tmp_path):
    # 1.1 MB, 100,000 paragraphs: 167 MB before issue 16 (a 256-byte text
    # and 1 KiB map reserved per paragraph), 60 MB after.
    page = tmp_path / "paragraphs.html"
    page.write_bytes(one_word_paragraphs(100_000))
    size = page.stat().st_size
    assert size == 1_100_000
    peak = peak_bytes(page)
    assert peak < bound(size), f"{peak / MIB:.1f} MiB for {size} bytes"


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """9.5 MB, 500,000 figures (100,000 indicators: Options::max_indicators):
    its size and the extract process's peak, measured once."""
    page = tmp_path_factory.mktemp("memory") / "figures.html"
    page.write_bytes(figures_page(500_000))
    return page.stat().st_size, peak_bytes(page)


@pytest.mark.skipif(sanitized(), reason="sanitizer build")
def test_half_a_million_figures(figures):
    # 708 MB before issue 16, 295 MB after: the JSON is written piece by
    # piece, the read buffer and the paragraph are not held twice.
    size, peak = figures
    assert size == 9_500_007
    assert peak < bound(size), f"{peak / MIB:.1f} MiB for {size} bytes"


@pytest.mark.parametrize("count", [1024, 1025, 2049, 2500])
def test_many_indicators_are_written_as_the_library_formats_them(tmp_path, count):
    # More than 1,024 indicators: extract writes the document in pieces
    # (examples/extract/output.h, the library's WriteJson / WriteCsvRows). The library's JSON is what Python's json
    # module writes for the same value (checked on documents written whole).
    title = 'Báo cáo "quý", số 1'
    html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            "<p>Ngày 02/08/2022</p><p>" + "Doanh thu đạt 12,5 tỷ đồng. " * count +
            "</p></body></html>").encode("utf-8")
    page = tmp_path / "many.html"
    page.write_bytes(html)

    def run(fmt, *paths):
        p = subprocess.run([EXTRACT, "--format", fmt, "-q", *map(str, paths)],
                           capture_output=True, timeout=600)
        assert p.returncode == 0, p.stderr.decode("utf-8")
        return p.stdout.decode("utf-8")

    pretty = run("json", page)
    doc = json.loads(pretty)
    assert len(doc["indicators"]) == count
    assert pretty == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    line = run("jsonl", page)
    assert line == json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    # Two documents in one array, the big one between small ones.
    small = tmp_path / "small.html"
    small.write_bytes("<p>Lợi nhuận đạt 7 tỷ đồng.</p>".encode("utf-8"))
    array = run("json", small, page, small)
    docs = json.loads(array)
    assert [len(d["indicators"]) for d in docs] == [1, count, 1]
    assert array == "[\n" + ",\n".join(json.dumps(d, indent=2, ensure_ascii=False)
                                       for d in docs) + "\n]\n"
    rows = list(csv.reader(io.StringIO(run("csv", page))))
    assert len(rows) == count + 1
    assert {r[2] for r in rows[1:]} == {title}
    assert [r[5] for r in rows[1:]] == ["12500000000"] * count
