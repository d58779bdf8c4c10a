#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target into DIR (scripts/fuzz.sh).

Seeds come from the test fixtures: pages for the HTML and text targets,
corpus lines (src/*/corpus/*.tsv) for FindQuantities, the date finder and
the differential target (with the pages that fit its length),
JSON Lines records built from the pages for the record reader. Existing files
are kept, so a corpus grows across runs.
"""
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def pages():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests/data/**/*.html"), recursive=True))
    paths.append(os.path.join(ROOT, "data/seed/seed-page.html"))
    return [read(p) for p in paths]


def dumps():
    return [read(p) for p in sorted(glob.glob(os.path.join(ROOT, "data/seed/*.txt")))]


def corpus_lines():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "src/*/corpus/*.tsv"))):
        for line in read(path).split(b"\n"):
            if line and not line.startswith(b"#"):
                out.append(line.split(b"\t")[0])
    return out


DATES = [
    "02/08/2022", "Thứ Ba, 02/08/2022 09:15", "Thứ tư - 27/07/2022 09:33",
    "2024-04-16 11:18:24", "2022-08-02T09:15:00+07:00", "17:21 16/07/2015",
    "Cập nhật, 15:58, Thứ Ba, 29/10/2019 (GMT+7)", "15:20, 08/07/2022",
    "02-08-2022 - 09:15 AM", "ngày 02 tháng 8 năm 2022", "7:30 chiều ngày 20/4/2017",
    "mồng 3 tháng ba", "Nghị định số 35/2022/NĐ-CP",
]


def records():
    out = []
    for i, page in enumerate(pages()):
        text = page.decode("utf-8", "replace")
        out.append(json.dumps({"id": f"p{i}", "url": "https://x.gov.vn/a", "published": "2022-08-02",
                               "html": text}, ensure_ascii=False).encode())
    for dump in dumps():
        out.append(json.dumps({"id": 7, "text": dump.decode("utf-8", "replace")},
                              ensure_ascii=False).encode())
    out += ['{"id": -3, "html": "<p>hơn 5 tỷ đồng</p>"}'.encode(), b'{"text": null, "html": 1}',
            b'{"published": "2022-02-30", "text": "x"}', b'[1, 2]', b'{"html": "\\ud800"}']
    return out


def seeds(target):
    if target == "fuzz_extract_html":
        return pages()
    if target == "fuzz_extract_text":
        return dumps() + corpus_lines()
    if target == "fuzz_find_quantities":
        return corpus_lines()
    if target == "fuzz_dates":
        return [d.encode() for d in DATES] + corpus_lines()
    if target == "fuzz_jsonl_record":
        return records()
    if target == "fuzz_differential":
        # Phrases for the finders, small pages for the region parse.
        return corpus_lines() + [p for p in pages() if len(p) <= 4096]
    raise SystemExit(f"seeds.py: unknown target {target}")


def main():
    target, directory = sys.argv[1], sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    for seed in seeds(target):
        name = hashlib.sha1(seed).hexdigest()
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(seed)


if __name__ == "__main__":
    main()
