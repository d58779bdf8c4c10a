# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Batches lose nothing (issue 9): every input ends as a document or as a
reported failure with a reason, and an oversized JSON Lines record is
reported while the batch goes on.

Run with the other CLI tests (tests/cli/cli_tests.cmake):
    VNEXTRACT_EXTRACT=<path of extract> /usr/bin/python3 -m pytest -q tests/cli
"""

import json
import os
import re
import subprocess

import pytest

EXTRACT = os.environ.get("VNEXTRACT_EXTRACT")
if not EXTRACT:
    pytest.skip("set VNEXTRACT_EXTRACT to the extract binary", allow_module_level=True)

SUMMARY = re.compile(r"^extract: (\d+) files, (\d+) documents, (\d+) indicators, "
                     r"(\d+) failed, (\d+) skipped$", re.M)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def run(*args, stdin=b""):
    p = subprocess.run([EXTRACT, *map(str, args)], input=stdin, capture_output=True, timeout=600)
    return p.returncode, p.stdout, p.stderr.decode("utf-8")


def summary(stderr):
    m = SUMMARY.search(stderr)
    assert m, f"no summary line in stderr:\n{stderr[-2000:]}"
    return dict(zip(["files", "documents", "indicators", "failed", "skipped"],
                    map(int, m.groups())))


def page(i):
    """A small dated page whose one figure is i + 1 tỷ đồng."""
    return (f"<html><head><title>Tin số {i}</title></head><body><h1>Tin số {i}</h1>"
            f"<p>Ngày 02/08/2022</p><p>Trong 6 tháng đầu năm, tổng doanh thu của đơn vị {i} "
            f"đạt hơn {i + 1} tỷ đồng.</p></body></html>")


# Five kinds of bad input, each with the reason the CLI must give.
BAD = [
    (lambda i: "<p>doanh thu đạt ".encode() + b"\xc0\xaf " + str(i).encode() + b"</p>",
     "invalid_encoding"),
    (lambda i: PNG, "looks like a PNG image"),
    (lambda i: b"%PDF-1.4\n" + bytes(range(256)), "looks like a PDF document"),
    (lambda i: b"<p>" + b"x" * 5000 + b"</p>", "input_too_large"),
    (lambda i: b"\x1f\x8b\x08\x00" + bytes(200), "looks like gzip-compressed data"),
]


def test_a_thousand_files_with_five_percent_bad_all_accounted_for(tmp_path):
    good, bad = {}, {}
    for i in range(1000):
        folder = tmp_path / f"d{i % 7}"
        folder.mkdir(exist_ok=True)
        path = folder / f"page{i:04}.html"
        if i % 20 == 7:  # 50 bad inputs, spread through the batch
            make, reason = BAD[(i // 20) % len(BAD)]
            path.write_bytes(make(i))
            bad[str(path)] = reason
        else:
            path.write_text(page(i), encoding="utf-8")
            good[str(path)] = i + 1
    status, out, err = run("--format", "jsonl", "--jobs", "2", "--max-input-bytes", "4K",
                           tmp_path)
    assert status == 1  # something failed
    s = summary(err)
    assert (s["files"], s["documents"], s["failed"], s["skipped"]) == (1000, 950, 50, 0)
    assert s["documents"] + s["failed"] == s["files"]
    docs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    sources = [d["source"] for d in docs]
    assert len(sources) == len(set(sources)) == 950
    assert set(sources) == set(good)
    for d in docs:  # each good document is the one its file holds
        [ind] = d["indicators"]
        assert (ind["value"], ind["unit"], ind["period"]) == (good[d["source"]] * 1e9, "VND",
                                                              "2022-H1")
    # Every failure names its input and the reason, once.
    for path, reason in bad.items():
        lines = [l for l in err.splitlines() if l.startswith(f"extract: {path}: ")]
        assert len(lines) == 1, (path, lines)
        assert reason in lines[0], lines[0]


def test_a_thousand_jsonl_records_with_five_percent_bad_all_accounted_for(tmp_path):
    lines, good, bad = [], {}, {}
    for i in range(1000):
        if i % 20 == 3:
            kind = (i // 20) % 5
            bad[i + 1] = kind
            lines.append([
                '{"id": "r%d", "html": ' % i,                              # malformed JSON
                json.dumps({"id": f"r{i}", "html": "\u0000" * 2000}),   # binary
                json.dumps({"id": f"r{i}", "text": "x", "published": "2022-02-30"}),
                json.dumps({"id": f"r{i}", "html": "<p>" + "x" * 5000 + "</p>"}),  # too large
                json.dumps({"id": f"r{i}"}),                               # no content
            ][kind])
        else:
            lines.append(json.dumps({"id": f"r{i}", "html": page(i)}, ensure_ascii=False))
            good[f"r{i}"] = i + 1
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run("--format", "jsonl", "--jobs", "2", "--max-input-bytes", "4K", crawl)
    assert status == 1
    s = summary(err)
    assert (s["files"], s["documents"], s["failed"]) == (1, 950, 50)
    docs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert sorted(d["source"] for d in docs) == sorted(good)
    for d in docs:
        assert d["indicators"][0]["value"] == good[d["source"]] * 1e9
    reasons = ["malformed JSON", "looks like binary data", "'published' is not a date",
               "input_too_large", "neither 'html' nor 'text'"]
    for line_number, kind in bad.items():
        hits = [l for l in err.splitlines() if l.startswith(f"extract: {crawl}:{line_number}: ")]
        assert len(hits) == 1 and reasons[kind] in hits[0], (line_number, hits)


@pytest.mark.parametrize("limit, reason", [
    # The default limit (16 MiB per record): the 50 MB line is read, parsed
    # and its html refused.
    (None, "input_too_large: the record's html is 52428800 bytes, over the limit of 16777216"),
    # A 1 MiB limit: the line itself (over 6 x 1 MiB + 1 MiB) is skipped unread.
    ("1M", "input_too_large: line is longer than 7340032 bytes"),
])
def test_a_50_mb_jsonl_line_is_reported_and_the_batch_goes_on(tmp_path, limit, reason):
    crawl = tmp_path / "crawl.jsonl"
    with open(crawl, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "before", "html": page(1)}, ensure_ascii=False) + "\n")
        f.write('{"id": "huge", "html": "' + "a" * (50 << 20) + '"}\n')
        f.write(json.dumps({"id": "after", "html": page(2)}, ensure_ascii=False) + "\n")
    args = ["--max-input-bytes", limit] if limit else []
    status, out, err = run("--format", "jsonl", *args, crawl)
    assert status == 1
    assert [json.loads(l)["source"] for l in out.decode("utf-8").splitlines()] == [
        "before", "after"]
    [line] = [l for l in err.splitlines() if l.startswith(f"extract: {crawl}:2: ")]
    assert reason in line, line
    s = summary(err)
    assert (s["files"], s["documents"], s["failed"]) == (1, 2, 1)
