# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""examples/dask/extract_dask.py on a LocalCluster of two workers (issue 10):
its parts, concatenated, are the extract program's output for the same
folder; bad inputs are in the summary; a worker killed in the middle of a
partition costs nothing but a retry.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask", reason="Dask is not installed (Debian: python3-dask)")
pytest.importorskip("distributed", reason="Dask's scheduler is not installed "
                    "(Debian: python3-distributed)")

from test_package import PAGES, SEED_HTML, SEED_TXT, extract_cli  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "dask" / "extract_dask.py"


@pytest.fixture
def crawl(tmp_path):
    pages = tmp_path / "crawl"
    (pages / "b" / "deeper").mkdir(parents=True)
    # Nine of the fixtures (the count below depends on it, not on later ones).
    for name in ("generic_visible_date", "generic_wordpress", "ministry_mic", "ministry_vjst",
                 "news_chinhphu", "nfd_bnews", "sp2013_page_fields", "table_report",
                 "windows1258"):
        shutil.copy(PAGES / f"{name}.html", pages / f"{name}.html")
    for i in range(6):
        shutil.copy(SEED_HTML, pages / "b" / f"seed_{i}.html")
    shutil.copy(SEED_TXT, pages / "b" / "deeper" / "dump.txt")
    (pages / "b" / "broken.html").write_bytes(b"<p>h\xc6\xa1n 5 t\xe1\xbb")  # not UTF-8
    (pages / "b" / "readme.md").write_text("not a page\n")
    records = [json.dumps({"id": "r1", "published": "2023-07-10",
                           "text": "Tin\nTrong 6 tháng đầu năm, tổng doanh thu hơn 664 tỷ đồng.\n"},
                          ensure_ascii=False),
               '{"id": "broken", "text": ']
    (pages / "b" / "deeper" / "crawl.jsonl").write_text("\n".join(records) + "\n",
                                                        encoding="utf-8")
    return pages


def cli(fmt, folder):
    out = subprocess.run([extract_cli(), "--format", fmt, "--jobs", "1", str(folder)],
                         capture_output=True)
    assert out.returncode == 1
    return out.stdout, out.stderr.decode()


def test_dask_parts_equal_the_cli_output_and_failures_are_reported(crawl, tmp_path):
    out_dir = tmp_path / "out"
    marker = tmp_path / "crashed"
    env = dict(os.environ, VNEXTRACT_DASK_CRASH_ONCE=str(marker))
    run = subprocess.run([sys.executable, str(SCRIPT), str(crawl), "--output", str(out_dir),
                          "--workers", "2", "--partition-size", "3"],
                         capture_output=True, env=env, timeout=300)
    err = run.stderr.decode()
    assert run.returncode == 1, err  # 1: some inputs failed, the rest written
    # Partition 0's first attempt killed its worker; Dask ran it again.
    assert marker.read_text() == "crashed once\n"

    # 9 fixture pages + 6 seed copies + broken.html + dump.txt + crawl.jsonl
    # = 18 files in 6 partitions of 3, named part-00000 .. part-00005.
    parts = sorted(p.name for p in out_dir.glob("part-*"))
    assert parts == [f"part-{i:05d}.{ext}" for i in range(6) for ext in ("csv", "jsonl")]

    jsonl = b"".join((out_dir / f"part-{i:05d}.jsonl").read_bytes() for i in range(6))
    cli_jsonl, cli_err = cli("jsonl", crawl)
    assert jsonl == cli_jsonl
    docs = [json.loads(line) for line in jsonl.splitlines()]
    assert len(docs) == 17  # 18 files, one bad; the JSON Lines file: 1 good record of 2
    header = b"source,published,title,section,label,value,value_min,value_max,value_of,unit,unit_text," \
             b"qualifier,period,period_basis,kind,compare_to,surface,concept,area,area_level,restates\n"
    csv_parts = [(out_dir / f"part-{i:05d}.csv").read_bytes() for i in range(6)]
    assert all(part.startswith(header) for part in csv_parts)
    cli_csv, _ = cli("csv", crawl)
    assert header + b"".join(part[len(header):] for part in csv_parts) == cli_csv

    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    cli_counts = re.search(r"(\d+) files, (\d+) documents, (\d+) indicators, (\d+) failed, "
                           r"(\d+) skipped", cli_err).groups()
    assert [str(summary[k]) for k in ("files", "documents", "indicators", "failed", "skipped")] \
        == list(cli_counts)
    assert (summary["files"], summary["documents"], summary["failed"], summary["skipped"]) == (
        18, 17, 2, 1)
    assert summary["documents"] + summary["failed"] == 19  # every input accounted for
    assert summary["partitions"] == 6
    failed = {f["input"]: f["reason"] for f in summary["failures"]}
    assert set(failed) == {str(crawl / "b" / "broken.html"),
                           str(crawl / "b" / "deeper" / "crawl.jsonl") + ":2"}
    assert "UTF-8" in failed[str(crawl / "b" / "broken.html")]
    assert failed[str(crawl / "b" / "deeper" / "crawl.jsonl") + ":2"].startswith("malformed JSON")
    assert f"extract_dask: {crawl / 'b' / 'broken.html'}: " in err
    assert "18 files, 17 documents" in err


def test_dask_glob_and_usage_errors(crawl, tmp_path):
    out_dir = tmp_path / "globbed"
    run = subprocess.run([sys.executable, str(SCRIPT), str(crawl / "b" / "seed_*.html"),
                          "--output", str(out_dir), "--workers", "1"],
                         capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode()
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    assert (summary["files"], summary["documents"], summary["failed"]) == (6, 6, 0)
    sources = [json.loads(line)["source"] for line in
               (out_dir / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sources == [str(crawl / "b" / f"seed_{i}.html") for i in range(6)]
    bad = subprocess.run([sys.executable, str(SCRIPT), str(crawl), "--output", str(out_dir),
                          "--partition-size", "0"], capture_output=True, timeout=60)
    assert bad.returncode == 2
