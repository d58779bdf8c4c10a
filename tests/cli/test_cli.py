# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of the extract CLI (examples/extract/).

Run by CTest (tests/cli/cli_tests.cmake) as
    VNEXTRACT_EXTRACT=<path of extract> /usr/bin/python3 -m pytest -q tests/cli
or by hand the same way from the repository root.

The expected rows were checked by hand against the Vietnamese text of the
pages: data/seed/seed-page.html ("Trong 6 tháng đầu năm, sản lượng gỗ dán đạt
hơn 64.000 m3; ... tổng doanh thu hơn 664 tỷ đồng; giá trị xuất khẩu hơn 14,9
triệu USD", dated 02/08/2022), its text dump data/seed/000_af0604fd0860093f.txt,
and tests/data/bantin_viewdata_sp2010.html ("kim ngạch xuất khẩu ước đạt 125,4
triệu USD, tăng 12,5% so với cùng kỳ năm 2021", dated 15/07/2022).
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(os.environ.get("VNEXTRACT_SOURCE_DIR", Path(__file__).resolve().parents[2]))
EXTRACT = os.environ.get("VNEXTRACT_EXTRACT")
if not EXTRACT:
    pytest.skip("set VNEXTRACT_EXTRACT to the extract binary", allow_module_level=True)

SEED_HTML = ROOT / "data" / "seed" / "seed-page.html"
SEED_TXT = ROOT / "data" / "seed" / "000_af0604fd0860093f.txt"
SP2010_HTML = ROOT / "tests" / "data" / "bantin_viewdata_sp2010.html"

COLUMNS = ["source", "published", "title", "section", "label", "value", "value_min",
           "value_max", "value_of", "unit", "unit_text", "qualifier", "period", "period_basis", "kind",
           "compare_to", "surface", "concept", "area", "area_level", "restates"]
SUMMARY = re.compile(r"^extract: (\d+) files, (\d+) documents, (\d+) indicators, "
                     r"(\d+) failed, (\d+) skipped$", re.M)
MAX_BYTES = 20000  # above every good page (the seed page is ~12 KB), below big.html


def run(*args, stdin=b"", cwd=None):
    """Runs extract; returns (exit status, stdout bytes, stderr text)."""
    p = subprocess.run([EXTRACT, *map(str, args)], input=stdin, capture_output=True,
                       cwd=cwd, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8")


def summary(stderr):
    m = SUMMARY.search(stderr)
    assert m, f"no summary line in stderr:\n{stderr}"
    files, documents, indicators, failed, skipped = map(int, m.groups())
    return dict(files=files, documents=documents, indicators=indicators, failed=failed,
                skipped=skipped)


def csv_rows(data):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == COLUMNS
    assert all(len(r) == len(COLUMNS) for r in rows), "every row has 14 cells"
    return [dict(zip(COLUMNS, r)) for r in rows[1:]]


def number_cell(v):
    """The CSV rule: whole numbers up to 1e15 as integers, else shortest repr."""
    if v is None:
        return ""
    if float(v).is_integer() and abs(v) <= 1e15:
        return str(int(v))
    return repr(float(v))


def find(rows, **want):
    hits = [r for r in rows if all(r[k] == v for k, v in want.items())]
    assert hits, f"no row with {want}"
    return hits


@pytest.fixture
def tree(tmp_path):
    """A folder of pages: three good ones, a non-page file, an oversized page."""
    pages = tmp_path / "pages"
    (pages / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(SEED_HTML, pages / "a_seed.html")
    shutil.copy(SEED_TXT, pages / "sub" / "dump.txt")
    shutil.copy(SP2010_HTML, pages / "sub" / "deeper" / "sp2010.HTM")
    (pages / "notes.md").write_text("not a page\n", encoding="utf-8")
    big = SEED_HTML.read_bytes() + b"<!--" + b"x" * MAX_BYTES + b"-->"
    (pages / "big.html").write_bytes(big)
    return tmp_path


def test_folder_to_csv_reports_bad_inputs_and_keeps_the_rest(tree):
    missing = tree / "missing.html"
    status, out, err = run("--format", "csv", "--jobs", "2", "--max-input-bytes", MAX_BYTES,
                           tree / "pages", missing)
    assert status == 1, err
    # Both bad inputs are named on stderr with the reason, as FILE: reason.
    assert f"extract: {missing}: cannot open file (No such file or directory)" in err
    assert re.search(r"^extract: .*/pages/big\.html: input_too_large: input is \d+ bytes, "
                     r"over the limit of 20000 bytes", err, re.M), err
    s = summary(err)
    assert s["files"] == 5 and s["documents"] == 3 and s["failed"] == 2 and s["skipped"] == 1

    rows = csv_rows(out)
    assert s["indicators"] == len(rows)
    # Sorted traversal: a_seed.html, (big.html fails), (notes.md skipped), sub/dump.txt,
    # sub/deeper/sp2010.HTM comes before sub/dump.txt ("deeper" < "dump.txt").
    order = []
    for r in rows:
        if not order or order[-1] != r["source"]:
            order.append(r["source"])
    pages = tree / "pages"
    assert order == [str(pages / "a_seed.html"), str(pages / "sub" / "deeper" / "sp2010.HTM"),
                     str(pages / "sub" / "dump.txt")]

    seed = [r for r in rows if r["source"].endswith("a_seed.html")]
    # "Trong 6 tháng đầu năm, sản lượng gỗ dán đạt hơn 64.000 m3" on a page of 02/08/2022.
    [wood] = find(seed, label="sản lượng gỗ dán", section="body")
    assert wood == {
        "source": str(pages / "a_seed.html"), "published": "2022-08-02",
        "title": "Ban Quản lý các Khu công nghiệp tỉnh phấn đấu tổng sản phẩm năm 2022 "
                 "đạt trên 1.500 tỷ đồng",
        "section": "body", "label": "sản lượng gỗ dán", "value": "64000", "value_min": "",
        "value_max": "", "value_of": "", "unit": "m3", "unit_text": "m3", "qualifier": "more_than",
        "period": "2022-H1", "period_basis": "stated",
        "kind": "actual", "compare_to": "", "surface": "64.000 m3",
        "concept": "plywood_output", "area": "KCN Thanh Bình",
        "area_level": "industrial_zone", "restates": ""}
    # "tổng doanh thu hơn 664 tỷ đồng": 664 * 10^9, written without an exponent.
    [revenue] = find(seed, label="tổng doanh thu")
    assert (revenue["value"], revenue["unit"], revenue["qualifier"], revenue["period"],
            revenue["kind"], revenue["surface"]) == (
        "664000000000", "VND", "more_than", "2022-H1", "actual", "664 tỷ đồng")
    # "giá trị xuất khẩu hơn 14,9 triệu USD": the surface has a comma, so it is quoted.
    [export] = find(seed, label="giá trị xuất khẩu")
    assert (export["value"], export["unit"], export["surface"]) == (
        "14900000", "USD", "14,9 triệu USD")
    assert b'"14,9 tri\xe1\xbb\x87u USD"' in out
    # A label with commas: "thực phẩm chế biến từ mơ, gừng, kiệu, rau cải đạt hơn 352 tấn".
    [food] = find(seed, label="thực phẩm chế biến từ mơ, gừng, kiệu, rau cải")
    assert (food["value"], food["unit"], food["qualifier"]) == ("352", "tonne", "more_than")
    # "chiết nạp gas gần 410 tấn".
    [gas] = find(seed, label="chiết nạp gas")
    assert (gas["value"], gas["unit"], gas["qualifier"]) == ("410", "tonne", "nearly")
    # The title: "... phấn đấu tổng sản phẩm năm 2022 đạt trên 1.500 tỷ đồng" is a target.
    [title] = find(seed, section="title")
    assert (title["label"], title["value"], title["unit"], title["period"], title["kind"]) == (
        "tổng sản phẩm", "1500000000000", "VND", "2022", "target")

    # The text dump of the same article gives the same body figures.
    dump = [r for r in rows if r["source"].endswith("dump.txt")]
    [dump_wood] = find(dump, label="sản lượng gỗ dán", section="body")
    assert {k: v for k, v in dump_wood.items() if k != "source"} == {
        k: v for k, v in wood.items() if k != "source"}

    sp = [r for r in rows if r["source"].endswith("sp2010.HTM")]
    assert {r["published"] for r in sp} == {"2022-07-15"}
    # "tăng 12,5% so với cùng kỳ năm 2021": a change, not an integer.
    [change] = find(sp, value="12.5")
    assert (change["label"], change["unit"], change["kind"], change["compare_to"],
            change["period"]) == ("kim ngạch xuất khẩu", "percent", "change",
                                  "same_period_last_year", "2022-H1")
    # "Riêng tháng 6/2022, kim ngạch xuất khẩu đạt 23,1 triệu USD".
    [june] = find(sp, period="2022-06")
    assert (june["value"], june["unit"], june["kind"]) == ("23100000", "USD", "actual")


def test_csv_matches_jsonl_of_the_same_run(tree):
    pages = tree / "pages"
    _, out_csv, _ = run("--format", "csv", "--max-input-bytes", MAX_BYTES, pages)
    _, out_jsonl, _ = run("--format", "jsonl", "--max-input-bytes", MAX_BYTES, pages)
    expected = []
    for line in out_jsonl.decode("utf-8").splitlines():
        doc = json.loads(line)
        for i in doc["indicators"]:
            expected.append({
                "source": doc["source"], "published": doc["published"] or "",
                "title": doc["title"] or "", "section": i["section"], "label": i["label"],
                "value": number_cell(i["value"]), "value_min": number_cell(i.get("value_min")),
                "value_max": number_cell(i.get("value_max")),
                "value_of": number_cell(i.get("value_of")), "unit": i["unit"],
                "unit_text": i["unit_text"], "qualifier": i["qualifier"], "period": i["period"] or "",
                "period_basis": i["period_basis"] or "", "kind": i["kind"],
                "compare_to": i.get("compare_to") or "", "surface": i["surface"],
                "concept": i["concept"] or "", "area": i["area"] or "",
                "area_level": i["area_level"] or "", "restates": number_cell(i["restates"])})
    assert csv_rows(out_csv) == expected
    assert b"\r\n" not in out_csv  # rows end with LF, as --help says


def test_ranges_and_numbers_in_csv():
    text = ("Tin\nNăm 2022, doanh thu đạt từ 10 đến 12,5 tỷ đồng; tỷ lệ đạt 0,125%.\n")
    status, out, err = run("--format", "csv", "--input-format", "text", "--published",
                           "2022-08-02", "-", stdin=text.encode("utf-8"))
    assert status == 0, err
    rows = csv_rows(out)
    [rng] = find(rows, label="doanh thu")
    assert (rng["value"], rng["value_min"], rng["value_max"], rng["qualifier"]) == (
        "", "10000000000", "12500000000", "range")
    [ratio] = find(rows, unit="percent")
    assert ratio["value"] == "0.125"


def test_stdin(tree):
    status, out, err = run("--format", "jsonl", "-", stdin=SEED_HTML.read_bytes())
    assert status == 0, err
    [doc] = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert doc["source"] == "-"
    assert doc["published"] == "2022-08-02"
    assert any(i["surface"] == "64.000 m3" for i in doc["indicators"])
    assert summary(err) == dict(files=1, documents=1, indicators=len(doc["indicators"]),
                                failed=0, skipped=0)

    # Text from stdin with --published; mixed with a file argument, in order.
    note = "Tin\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n".encode("utf-8")
    status, out, err = run("--format", "csv", "--input-format", "text", "--published",
                           "2022-08-02", SEED_TXT, "-", stdin=note)
    assert status == 0, err
    rows = csv_rows(out)
    assert rows[0]["source"] == str(SEED_TXT) and rows[-1]["source"] == "-"
    assert (rows[-1]["label"], rows[-1]["value"], rows[-1]["period"]) == (
        "tổng doanh thu", "664000000000", "2022-H1")


def jsonl_input(path):
    seed = SEED_HTML.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "seed-1", "url": "https://example.vn/1", "html": seed},
                   ensure_ascii=False),
        "",  # blank lines are ignored (but counted in line numbers)
        json.dumps({"id": 42, "published": "2022-08-02",
                    "text": "Tin\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n"},
                   ensure_ascii=False),
        '{"id": "broken", "text": ',  # line 4: malformed
        json.dumps({"text": "Tin\nNăm 2021, doanh thu đạt 5 tỷ đồng.\n"}, ensure_ascii=False),
        json.dumps({"id": "both", "html": "<p>x</p>", "text": "x"}),  # line 6
        json.dumps({"id": "bad-date", "text": "x", "published": "02/08/2022"}),  # line 7
        # A record's "published" overrides the date printed on an HTML page.
        json.dumps({"id": "dated", "published": "2024-08-01", "html": seed}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_input_keeps_ids_and_reports_bad_lines(tmp_path):
    src = jsonl_input(tmp_path / "crawl.jsonl")
    for args, stdin, name in [((src,), b"", str(src)),  # by the .jsonl extension
                              (("--input-format", "jsonl", "-"), src.read_bytes(), "-")]:
        status, out, err = run("--format", "jsonl", *args, stdin=stdin)
        assert status == 1, err
        docs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
        # id is the source; a record without one gets its line number.
        assert [d["source"] for d in docs] == ["seed-1", "42", "5", "dated"]
        assert docs[0]["published"] == "2022-08-02"
        assert docs[1]["published"] == "2022-08-02"
        # The page says 02/08/2022; the record says 2024-08-01, so "6 tháng
        # đầu năm" is the first half of 2024 and the printed date is not kept.
        assert (docs[3]["published"], docs[3]["published_text"]) == ("2024-08-01", None)
        assert {i["period"] for i in docs[3]["indicators"] if i["label"] == "sản lượng gỗ dán"} \
            == {"2024-H1"}
        [rev] = docs[1]["indicators"]
        assert (rev["label"], rev["value"], rev["period"]) == (
            "tổng doanh thu", 664000000000, "2022-H1")
        assert f"extract: {name}:4: malformed JSON" in err
        assert f"extract: {name}:6: malformed record: it has both 'html' and 'text'" in err
        assert f"extract: {name}:7: malformed record: 'published' is not a date" in err
        s = summary(err)
        assert (s["files"], s["documents"], s["failed"]) == (1, 4, 3)


def test_jobs_give_byte_identical_output(tree):
    pages = tree / "pages"
    # More inputs than the window, with failures among them.
    for i in range(40):
        src = [SEED_HTML, SP2010_HTML, SEED_TXT][i % 3]
        shutil.copy(src, pages / f"copy{i:02}{src.suffix}")
    crawl = jsonl_input(tree / "crawl.jsonl")
    for fmt in ["jsonl", "csv", "json"]:
        results = [run("--format", fmt, "--jobs", jobs, "--max-input-bytes", MAX_BYTES, pages,
                       crawl, tree / "missing.html")
                   for jobs in (1, 2, 5)]
        assert results[0][0] == 1
        assert results[0][1], fmt
        for other in results[1:]:
            assert other == results[0], f"--format {fmt}: output depends on --jobs"


def test_json_is_one_object_for_one_page_and_an_array_otherwise(tree):
    status, out, _ = run(SEED_HTML)
    assert status == 0
    assert json.loads(out)["published"] == "2022-08-02"
    status, out, _ = run("--max-input-bytes", MAX_BYTES, tree / "pages")
    docs = json.loads(out)
    assert isinstance(docs, list) and len(docs) == 3
    status, out, _ = run(tree / "nothing-here.html", SEED_HTML)
    assert status == 1 and len(json.loads(out)) == 1
    empty = tree / "empty"
    empty.mkdir()
    status, out, err = run(empty)
    assert (status, json.loads(out)) == (0, [])
    assert summary(err)["files"] == 0


def test_output_file(tree):
    target = tree / "out.csv"
    status, out, err = run("--format", "csv", "-o", target, SEED_HTML)
    assert status == 0 and out == b""
    assert len(csv_rows(target.read_bytes())) == summary(err)["indicators"]
    status, _, err = run("--format", "csv", "--bom", f"--output={target}", SEED_HTML)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfsource,published,")
    status, out, err = run("-o", tree / "no-such-dir" / "x.csv", SEED_HTML)
    assert status == 2
    assert "no-such-dir/x.csv: cannot open for writing" in err


def test_invalid_utf8_names_the_file(tmp_path):
    bad = tmp_path / "cp1258.html"
    bad.write_bytes("<p>Doanh thu đạt 5 tỷ đồng</p>".encode("utf-8").replace(b"\xc4\x91", b"\xf0"))
    status, out, err = run("--format", "jsonl", bad, SEED_HTML)
    assert status == 1
    assert re.search(rf"^extract: {re.escape(str(bad))}: invalid_encoding: .*UTF-8", err, re.M)
    assert len(out.decode("utf-8").splitlines()) == 1  # the good page is still there


@pytest.mark.parametrize("args, message", [
    ([], "no input"),
    (["--format", "xml", "x.html"], "--format takes json, jsonl or csv"),
    (["--input-format", "pdf", "x.html"], "--input-format takes html, text or jsonl"),
    (["--bogus", "x.html"], "unknown option '--bogus'"),
    (["--jobs", "0", "x.html"], "--jobs takes a number"),
    (["-j", "two", "x.html"], "--jobs takes a number"),
    (["--published", "2022-02-30", "x.html"], "--published takes a date YYYY-MM-DD"),
    (["--max-input-bytes", "-1", "x.html"], "--max-input-bytes takes a positive size"),
    (["--max-input-bytes", "0", "x.html"], "--max-input-bytes takes a positive size"),
    (["x.html", "--format"], "option '--format' needs a value"),
    (["--quiet=yes", "x.html"], "takes no value"),
    (["--bom", "x.html"], "--bom is for --format csv only"),
    (["-", "-"], "standard input"),
])
def test_usage_errors_exit_2(args, message):
    status, out, err = run(*args)
    assert status == 2
    assert out == b""
    assert err.startswith("extract: ") and message in err, err
    assert "Try 'extract --help'" in err


def test_help_and_version():
    status, out, err = run("--help")
    assert status == 0 and err == ""
    text = out.decode("utf-8")
    for option in ["--format", "--input-format", "--published", "--max-input-bytes", "--output",
                   "--jobs", "--quiet", "--bom", "--help", "--version"]:
        assert option in text
    assert "exit status" in text and "2  usage error" in text
    assert text.count("e.g. extract") >= 12
    status, out, _ = run("--version")
    assert status == 0 and re.match(rb"extract \(vnextract\) \d+\.\d+\.\d+\n$", out)


def test_quiet_keeps_errors_and_no_bar_without_terminal(tree):
    status, _, err = run("-q", "--format", "csv", tree / "missing.html", SEED_HTML)
    assert status == 1
    assert err == f"extract: {tree / 'missing.html'}: cannot open file (No such file or directory)\n"
    # stderr is a pipe here: a summary but no progress bar.
    status, _, err = run("--format", "csv", SEED_HTML)
    assert "\r" not in err and "pages/s" not in err
    assert err.count("\n") == 1 and SUMMARY.search(err)


def test_progress_bar_in_a_terminal():
    """Runs extract in a tmux pane with stderr on the terminal.

    The inputs are a folder of 200 copies of the seed page and then '-': once
    the pages are done extract waits for the terminal (standard input), so the
    bar stays on screen, "200/201 files", until the test sends Ctrl-D.
    """
    tmux = shutil.which("tmux")
    if not tmux:
        pytest.skip("tmux is not installed")
    work = Path(tempfile.mkdtemp(prefix="vnx-tmux-"))  # short: the socket path is limited
    try:
        pages = work / "pages"
        pages.mkdir()
        seed = SEED_HTML.read_bytes()
        for i in range(200):
            (pages / f"p{i:03}.html").write_bytes(seed)
        out, rc = work / "out.csv", work / "rc"
        script = work / "run.sh"
        script.write_text(
            f"'{EXTRACT}' --jobs 2 --format csv -o '{out}' '{pages}' -\n"
            f"echo $? > '{rc}.tmp' && mv '{rc}.tmp' '{rc}'\n"
            "exec sleep 600\n", encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "TMUX"}
        env["TERM"] = "xterm"

        def tmux_do(*args):
            return subprocess.run([tmux, "-S", str(work / "sock"), "-f", "/dev/null", *args],
                                  env=env, capture_output=True, text=True, timeout=30)

        started = tmux_do("new-session", "-d", "-x", "150", "-y", "20", "sh", str(script))
        assert started.returncode == 0, started.stderr
        try:
            screen = ""
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and "200/201 files" not in screen:
                time.sleep(0.1)
                screen = tmux_do("capture-pane", "-p").stdout
            assert "200/201 files" in screen, screen
            bar = next(line for line in screen.splitlines() if "200/201 files" in line)
            assert re.search(r"^\[#+-*\] 200/201 files  \d+(\.\d)? pages/s  ETA \d+:\d\d", bar), bar

            tmux_do("send-keys", "C-d")  # end of standard input: an empty page
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not rc.exists():
                time.sleep(0.1)
            assert rc.read_text().strip() == "0"
            screen = tmux_do("capture-pane", "-p").stdout
            assert "pages/s" not in screen, "the bar is cleared at the end:\n" + screen
            assert re.search(r"^extract: 201 files, 201 documents, \d+ indicators, 0 failed, "
                             r"0 skipped$", screen, re.M), screen
            assert len({r["source"] for r in csv_rows(out.read_bytes())}) == 200
        finally:
            tmux_do("kill-server")
    finally:
        shutil.rmtree(work, ignore_errors=True)
