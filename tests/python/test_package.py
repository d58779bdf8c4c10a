# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""The Python package around the records (issue 6): Extractor and Options,
flat records and pandas, enums that compare with their JSON names,
decode_html, `python -m vnextract`, the notebook example, and the offline
`pip install`.

Run from the repository root against a build with VNEXTRACT_BUILD_PYTHON=ON:

    PYTHONPATH=build/ci/python /usr/bin/python3 -m pytest -q tests/python

Expected values are read off the Vietnamese text by hand: the seed article
(data/seed/seed-page.html, published 02/08/2022) says "Trong 6 tháng đầu năm,
sản lượng gỗ dán đạt hơn 64.000 m3 ... tổng doanh thu hơn 664 tỷ đồng, giá
trị xuất khẩu hơn 14,9 triệu USD".
"""

import codecs
import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

import vnextract
from vnextract import Extractor, Kind, Options, Qualifier, Section

ROOT = Path(__file__).resolve().parents[2]
SEED_HTML = ROOT / "data" / "seed" / "seed-page.html"
SEED_TXT = ROOT / "data" / "seed" / "000_af0604fd0860093f.txt"
PAGES = ROOT / "tests" / "data" / "pages"
H1_NOTE = "Tin\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n"


@pytest.fixture(scope="module")
def seed():
    return vnextract.extract_html(SEED_HTML.read_bytes(), source="seed.html")


def build_dir():
    """The build tree the vnextract module was imported from."""
    return Path(vnextract.__file__).resolve().parents[2]


# ---- enums ----------------------------------------------------------------------


def test_enums_compare_equal_to_their_json_names():
    assert Qualifier.MORE_THAN == "more_than"
    assert "more_than" == Qualifier.MORE_THAN
    assert Kind.TARGET != "actual" and Kind.TARGET == Kind.TARGET
    assert Kind.TARGET != Kind.ACTUAL
    assert Section.BODY != Kind.ACTUAL  # different enums never meet
    assert Kind.TARGET != 2 and Kind.TARGET != None  # noqa: E711 - the point
    # == and hash agree, so members and names mix in sets and dict keys.
    assert hash(Kind.CHANGE) == hash("change")
    assert {"change": 1}[Kind.CHANGE] == 1
    assert Qualifier.NEARLY in {"nearly", "approx"}
    # Readable in repr and str.
    assert str(Kind.RATIO) == "ratio"
    assert "RATIO" in repr(Kind.RATIO)


def test_indicator_fields_filter_by_name(seed):
    body_more_than = [i.label for i in seed.indicators
                      if i.section == "body" and i.qualifier == "more_than"
                      and i.period == "2022-H1"]
    assert "sản lượng gỗ dán" in body_more_than
    assert "tổng doanh thu" in body_more_than


# ---- flat records ----------------------------------------------------------------


def test_record_fields_are_the_cli_csv_columns():
    assert vnextract.RECORD_FIELDS == (
        "source", "published", "title", "section", "label", "value", "value_min",
        "value_max", "value_of", "unit", "unit_text", "qualifier", "period", "period_basis", "kind",
        "compare_to", "surface", "concept", "area", "area_level", "restates")


def test_to_records_one_flat_row_per_indicator(seed):
    records = seed.to_records()
    assert len(records) == len(seed.indicators) > 10
    assert all(tuple(r) == vnextract.RECORD_FIELDS for r in records)
    [wood] = [r for r in records if r["label"] == "sản lượng gỗ dán" and r["section"] == "body"]
    assert wood == {
        "source": "seed.html",
        "published": "2022-08-02",
        "title": "Ban Quản lý các Khu công nghiệp tỉnh phấn đấu tổng sản phẩm năm 2022 "
                 "đạt trên 1.500 tỷ đồng",
        "section": "body",
        "label": "sản lượng gỗ dán",
        "value": 64000.0,
        "value_min": None,
        "value_max": None,
        "value_of": None,
        "unit": "m3",
        "unit_text": "m3",
        "qualifier": "more_than",
        "period": "2022-H1",
        "period_basis": "stated",
        "kind": "actual",
        "compare_to": None,
        "surface": "64.000 m3",
        "concept": "plywood_output",
        "area": "KCN Thanh Bình",
        "area_level": "industrial_zone",
        "restates": None,
    }
    # Every row is the record of its indicator, flattened.
    for ind, row in zip(seed.indicators, records):
        d = ind.to_dict()
        for field in ("label", "unit", "unit_text", "qualifier", "period", "period_basis", "kind",
                      "compare_to", "surface",
                      "section", "value", "value_min", "value_max", "concept", "area",
                      "area_level", "restates"):
            assert row[field] == d.get(field), field  # the JSON omits a null compare_to
    json.dumps(records)  # plain JSON values only


def test_to_records_of_many_documents_in_order(seed):
    note = vnextract.extract_text(H1_NOTE, source="note", published="2023-07-10")
    empty = vnextract.extract_text("Tin\nKhông có số liệu.\n", source="empty")
    rows = vnextract.to_records([note, empty, seed])
    assert rows == note.to_records() + seed.to_records()
    assert rows[0]["source"] == "note" and rows[0]["period"] == "2023-H1"
    assert vnextract.to_records(d for d in [note]) == note.to_records()  # any iterable
    with pytest.raises(TypeError, match="Document"):
        vnextract.to_records([note, "not a document"])


def test_dataframe_and_pivot(seed):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed "
                                 "(Debian: python3-pandas)")
    note = vnextract.extract_text(H1_NOTE, source="note", published="2023-07-10")
    df = pandas.DataFrame(vnextract.to_records([seed, note]))
    assert list(df.columns) == list(vnextract.RECORD_FIELDS)
    assert len(df) == len(seed.indicators) + 1
    pivot = df[df.section == "body"].pivot_table(index="label", columns="period",
                                                 values="value", aggfunc="first")
    assert pivot.loc["sản lượng gỗ dán", "2022-H1"] == 64000
    assert pivot.loc["tổng doanh thu", "2022-H1"] == 664e9
    assert pivot.loc["tổng doanh thu", "2023-H1"] == 664e9
    # to_dataframe keeps the columns even with no row.
    empty = vnextract.to_dataframe([])
    assert list(empty.columns) == list(vnextract.RECORD_FIELDS) and len(empty) == 0
    assert vnextract.to_dataframe([note]).equals(pandas.DataFrame(note.to_records()))


def test_import_does_not_import_pandas():
    code = ("import sys, vnextract; doc = vnextract.extract_text('Tin\\nthu 5 tỷ đồng.\\n'); "
            "doc.to_records(); vnextract.to_records([doc]); print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=dict(os.environ))
    assert out.stdout.strip() == "False"


# ---- Extractor and Options ------------------------------------------------------


def test_options_defaults_and_validation():
    o = Options()
    assert o.max_input_bytes == 16 << 20 and o.reference_date is None
    o = Options(max_input_bytes=1000, reference_date="2023-05-01")
    assert o.reference_date == datetime.date(2023, 5, 1)
    o.reference_date = datetime.date(2024, 1, 31)
    assert o.reference_date == datetime.date(2024, 1, 31)
    assert "max_input_bytes=1000" in repr(o)
    with pytest.raises(vnextract.InvalidArgumentError, match="2023-02-29"):
        Options(reference_date="2023-02-29")
    with pytest.raises(TypeError):
        Options(1000)  # keywords only: Options(max_input_bytes=...)
    with pytest.raises(vnextract.InvalidArgumentError, match="max_input_bytes"):
        Extractor(Options(max_input_bytes=0))
    for limit in ("max_parse_bytes", "max_paragraphs", "max_indicators"):
        with pytest.raises(vnextract.InvalidArgumentError, match=limit):
            Extractor(Options(**{limit: 0}))


def test_indicator_cap_cuts_with_a_diagnostic():
    # Three figures, a cap of two: the first two are kept, in order, and the
    # document says that some were left out.
    text = "Tin\nNăm 2021, doanh thu đạt 5 tỷ đồng, lợi nhuận 2 tỷ đồng, nộp ngân sách 1 tỷ đồng.\n"
    full = Extractor().extract_text(text, published="2022-01-10")
    assert [i.value for i in full.indicators] == [5e9, 2e9, 1e9]
    capped = Extractor(Options(max_indicators=2)).extract_text(text, published="2022-01-10")
    assert [i.value for i in capped.indicators] == [5e9, 2e9]
    assert "indicators_cut" in [d.code for d in capped.diagnostics]


def test_extractor_uses_its_options(seed):
    ex = Extractor(Options(max_input_bytes=100, reference_date="2024-08-01"))
    assert ex.options.max_input_bytes == 100
    # Undated text: "6 tháng đầu năm" resolves against the reference date
    # (August 2024, so the first half of 2024), and published stays None.
    doc = ex.extract_text(H1_NOTE)
    [rev] = doc.indicators
    assert (rev.period, doc.published) == ("2024-H1", None)
    with pytest.raises(vnextract.InputTooLargeError, match="100") as info:
        ex.extract_html(SEED_HTML.read_bytes())
    # The message says what to change, in Python's terms.
    assert "Options.max_input_bytes" in str(info.value) and "::" not in str(info.value)
    with pytest.raises(vnextract.InputTooLargeError):
        ex.find_quantities("5 tỷ đồng " * 20)
    # Default options: the same records as the module functions.
    default = Extractor()
    assert default.extract_html(SEED_HTML.read_bytes(), "seed.html").to_json() == seed.to_json()
    assert [q.to_json() for q in default.find_quantities("hơn 14,9 triệu USD")] == [
        q.to_json() for q in vnextract.find_quantities("hơn 14,9 triệu USD")]


def test_extractor_shared_by_threads(seed):
    ex = Extractor()
    page = SEED_HTML.read_bytes()
    results, errors = [], []

    def work():
        try:
            for _ in range(10):
                results.append(ex.extract_html(page, "seed.html").to_json())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 30
    assert set(results) == {seed.to_json()}


def test_extract_html_published_overrides_the_page(seed):
    # The page prints 02/08/2022; a crawler's date of 2024-08-01 wins, and
    # "6 tháng đầu năm" becomes the first half of 2024.
    doc = vnextract.extract_html(SEED_HTML.read_bytes(), published=datetime.date(2024, 8, 1))
    assert doc.published == datetime.date(2024, 8, 1) and doc.published_text is None
    wood = [i for i in doc.indicators if i.label == "sản lượng gỗ dán"]
    assert wood and all(i.period == "2024-H1" for i in wood)
    with pytest.raises(vnextract.InvalidArgumentError):
        vnextract.extract_html("<p>x</p>", published="2024-02-30")


# ---- decode_html -------------------------------------------------------------------


def test_decode_html_of_a_windows_1258_page():
    raw = (PAGES / "windows1258.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = vnextract.decode_html(raw)
    # Python's own cp1258 codec is an independent reading of the same bytes.
    assert text == codecs.decode(raw, "cp1258")
    doc = vnextract.extract_html(raw, source="windows1258.html")
    assert doc.indicators
    utf8 = text.encode("utf-8")
    for ind in doc.indicators:
        begin, end = ind.span
        assert unicodedata.normalize("NFC", utf8[begin:end].decode("utf-8")) == ind.surface
    # UTF-8 input comes back unchanged.
    assert vnextract.decode_html(SEED_HTML.read_bytes()) == SEED_HTML.read_text("utf-8")
    with pytest.raises(vnextract.EncodingError):
        vnextract.decode_html(b'<meta charset="utf-8"><p>h\xc6\xa1n 5 t\xe1\xbb')


# ---- python -m vnextract -----------------------------------------------------------


def extract_cli():
    """The extract program of the same build (scripts/test.sh sets
    VNEXTRACT_EXTRACT_CLI; otherwise it is looked up beside the module)."""
    given = os.environ.get("VNEXTRACT_EXTRACT_CLI")
    if given:
        assert Path(given).is_file(), f"VNEXTRACT_EXTRACT_CLI={given} does not exist"
        return given
    found = build_dir() / "examples" / "extract" / "extract"
    if not found.is_file():
        pytest.skip(f"no extract program at {found} (set VNEXTRACT_EXTRACT_CLI)")
    return str(found)


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    # Nine of the fixtures (the counts below depend on it, not on later ones).
    for name in ("generic_visible_date", "generic_wordpress", "ministry_mic", "ministry_vjst",
                 "news_chinhphu", "nfd_bnews", "sp2013_page_fields", "table_report",
                 "windows1258"):
        shutil.copy(PAGES / f"{name}.html", pages / f"{name}.html")
    shutil.copy(SEED_HTML, pages / "a_seed.html")
    shutil.copy(SEED_TXT, pages / "sub" / "dump.txt")
    (pages / "sub" / "notes.md").write_text("skipped: not a page\n")
    (pages / "sub" / "broken.html").write_bytes(b"<p>h\xc6\xa1n 5 t\xe1\xbb")  # bad UTF-8
    lines = [json.dumps({"id": "r1", "published": "2023-07-10", "text": H1_NOTE},
                        ensure_ascii=False),
             "",
             '{"id": "broken", "text": ',
             json.dumps({"html": SEED_HTML.read_text("utf-8"), "published": "2024-08-01"},
                        ensure_ascii=False)]
    (pages / "sub" / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pages


def run_module(*args, stdin=b""):
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "vnextract", *map(str, args)], input=stdin,
                          capture_output=True, env=env)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_module_cli_writes_what_the_extract_program_writes(folder, fmt):
    ours = run_module("--format", fmt, "--jobs", "2", folder)
    theirs = subprocess.run([extract_cli(), "--format", fmt, "--jobs", "2", str(folder)],
                            capture_output=True)
    assert theirs.returncode == 1 and ours.returncode == 1, ours.stderr.decode()
    assert ours.stdout == theirs.stdout
    # The same summary. Files: 9 fixtures + the seed, and in sub/ broken.html,
    # crawl.jsonl, dump.txt (notes.md is skipped). Documents: the 10 pages,
    # the dump and 2 of the 3 JSON Lines records; failed: broken.html and the
    # malformed line.
    summary = ours.stderr.decode().strip().splitlines()[-1]
    assert summary.replace("python -m vnextract", "extract") == \
        theirs.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("python -m vnextract: 13 files, 13 documents, ")
    assert summary.endswith(" indicators, 2 failed, 1 skipped")
    err = ours.stderr.decode()
    assert f"{folder / 'sub' / 'broken.html'}: " in err and "UTF-8" in err
    assert f"{folder / 'sub' / 'crawl.jsonl'}:3: malformed JSON" in err


def test_module_cli_jsonl_records_and_csv_reading(folder):
    out = run_module("--format", "csv", "--jobs", "1", folder / "sub" / "crawl.jsonl")
    assert out.returncode == 1
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8"))))
    assert tuple(rows[0]) == vnextract.RECORD_FIELDS
    [r1] = [r for r in rows if r["source"] == "r1"]
    assert (r1["label"], r1["value"], r1["period"]) == ("tổng doanh thu", "664000000000",
                                                        "2023-H1")
    # The record without an id is named by its line number (4) and dated by
    # its own "published": the first half of 2024.
    wood = [r for r in rows if r["source"] == "4" and r["label"] == "sản lượng gỗ dán"]
    assert wood and {r["published"] for r in wood} == {"2024-08-01"}
    assert {r["period"] for r in wood} == {"2024-H1"}


def test_module_cli_single_page_stdin_and_usage_errors(tmp_path):
    out = run_module("-", stdin=SEED_HTML.read_bytes())
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert doc["published"] == "2022-08-02" and doc["source"] == "-"
    target = tmp_path / "t.csv"
    out = run_module("--format", "csv", "--bom", "-o", target, SEED_HTML)
    assert out.returncode == 0 and target.read_bytes().startswith(b"\xef\xbb\xbfsource,")
    assert "1 files, 1 documents" in out.stderr.decode()
    for bad in (["--format", "xml", "x.html"], ["--published", "2022-02-30", "x.html"],
                ["--max-input-bytes", "0", "x.html"], []):
        assert run_module(*bad).returncode == 2, bad
    out = run_module(tmp_path / "missing.html")
    assert out.returncode == 1 and "missing.html" in out.stderr.decode()
    assert "usage" in run_module("--help").stdout.decode()


# ---- the notebook example ------------------------------------------------------------


def test_notebook_example_prints_a_pivot(folder):
    pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")
    script = ROOT / "examples" / "python" / "pages_to_dataframe.py"
    out = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True,
                         env=dict(os.environ))
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8")
    # The seed article's first-half figures, pivoted by label and period.
    assert "sản lượng gỗ dán" in text and "2022-H1" in text
    assert "64000" in text
    # Failures are listed, not hidden.
    assert "broken.html" in out.stderr.decode()
