# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""The peer vnextract must beat: the same job in Python with lxml and `re`,
over the same generated pages, in the same run.

    /usr/bin/python3 bench/compare_python.py --build build/perf [--pages 1000] [--repeat 3]

It writes the corpus with <build>/bench/gen_pages (the pages bench_pages
generates in memory for the same --pages and --seed), then times, for the
recognised (SharePoint BanTin) and the generic pages apart:

  * Python: read the file, lxml.html parse of the whole page, find the
    article by the web-part markers (BanTin) or by <meta>/<h1> and text
    density (generic), NFC-normalise, split sentences, a regular expression
    for Vietnamese numbers with qualifier, scale word and unit, a label and a
    period per figure, one dict per indicator, json.dumps per document;
  * C++: the extract CLI with --jobs 1 --format jsonl over the same folder
    (reading files and writing JSON Lines, like the Python side).

It prints pages/s (wall clock and CPU time) for both and the ratio. Nothing
is asserted: it is a benchmark. Debian's python3-lxml; /usr/bin/python3.
"""

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]

# --- the Python pipeline -----------------------------------------------------

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
UNITS = {
    "đồng": "VND", "USD": "USD", "%": "percent", "tấn": "tonne", "m3": "m3",
    "ha": "ha", "kWh": "kWh", "lao động": "worker", "doanh nghiệp": "enterprise",
    "lượt khách": "visitor", "con": "head", "dự án": "project", "sản phẩm": "product",
    "hộ": "household", "người": "person",
}
QUALIFIERS = {"hơn": "more_than", "trên": "more_than", "gần": "nearly", "khoảng": "approx",
              "xấp xỉ": "approx", "dưới": "less_than"}
FIGURE = re.compile(
    r"(?:(?P<qual>hơn|trên|gần|khoảng|xấp xỉ|dưới)\s+)?"
    r"(?P<num>" + NUMBER + r")"
    r"(?:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ))?"
    r"\s*(?P<unit>%|đồng|USD|tấn|m3|ha|kWh|lao động|doanh nghiệp|lượt khách|con|dự án|"
    r"sản phẩm|hộ|người)(?!\w)")
LABEL = re.compile(r"(?:^|[,;:]\s*|\bcó\s+|\bcho\s+)((?:[^\W\d_]+\s+){1,8}?)(?:ước đạt|đạt|là|có)?\s*$")
PERIOD = re.compile(r"(6 tháng đầu năm|\d+ tháng(?: năm \d{4})?|[Qq]uý [IV]+(?:/\d{4})?|"
                    r"[Tt]háng \d{1,2}(?:/\d{4})?|[Nn]ăm \d{4}|[Tt]ừ đầu năm đến nay)")
DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ0-9])")
SPACES = re.compile(r"\s+")


def clean(text):
    return unicodedata.normalize("NFC", SPACES.sub(" ", text).strip())


def value_of(num, scale):
    v = float(num.replace(".", "").replace(",", "."))
    return v * SCALES.get(scale, 1.0)


def indicators(text, section, published):
    out = []
    for sentence in SENTENCE.split(text):
        period = PERIOD.search(sentence)
        for m in FIGURE.finditer(sentence):
            label = LABEL.search(sentence[:m.start()])
            kind = "change" if re.search(r"(tăng|giảm)\s*$", sentence[:m.start()]) else "actual"
            out.append({
                "section": section,
                "label": label.group(1).strip() if label else None,
                "value": value_of(m.group("num"), m.group("scale")),
                "unit": UNITS[m.group("unit")],
                "qualifier": QUALIFIERS.get(m.group("qual"), "exact"),
                "period": period.group(1) if period else None,
                "kind": kind,
                "surface": m.group(0),
                "span": [m.start(), m.end()],
                "sentence": sentence,
                "published": published,
            })
    return out


def web_parts(tree):
    """{'Block_BanTin_Toolbar': body element, ...} from the SharePoint chrome."""
    parts = {}
    for title in tree.xpath('//*[starts-with(@id, "WebPartTitleWPQ")]'):
        number = title.get("id")[len("WebPartTitleWPQ"):]
        name = title.get("title") or title.text_content()
        body = tree.xpath('//*[@id="WebPartWPQ%s"]' % number)
        for marker in ("Block_BanTin_Toolbar", "Block_BanTin_ViewData"):
            if marker in name and body and marker not in parts:
                parts[marker] = body[0]
    return parts


def texts(element, tags=("p", "h1", "h2", "h3")):
    return [clean(e.text_content()) for e in element.iter(*tags)]


def extract(html, source):
    tree = lxml.html.fromstring(html)
    parts = web_parts(tree)
    published = title = lead = None
    paragraphs = []
    if "Block_BanTin_ViewData" in parts:
        layout = "sharepoint_bantin"
        toolbar = parts.get("Block_BanTin_Toolbar")
        viewdata = parts["Block_BanTin_ViewData"]
        if toolbar is not None:
            date = DATE.search(toolbar.text_content())
            if date:
                published = "%s-%02d-%02d" % (date.group(3), int(date.group(2)), int(date.group(1)))
        head = texts(toolbar) if toolbar is not None else []
        fields = tree.xpath('//*[contains(@class, "article-fields")]')
        if fields:
            head += texts(fields[0])
        body = [t for t in texts(viewdata) if t and "display:none" not in t]
        lines = [t for t in head + body if t]
        if lines:
            title, lines = lines[0], lines[1:]
        if lines and lines[0].endswith("."):
            lead, lines = lines[0], lines[1:]
        paragraphs = lines
    else:
        layout = "generic"
        og = tree.xpath('//meta[@property="og:title"]/@content')
        title = clean(og[0]) if og else None
        meta = tree.xpath('//meta[@property="article:published_time"]/@content')
        published = meta[0][:10] if meta else None
        best, best_len = None, 0
        for div in tree.iter("div"):
            n = sum(len(p.text_content()) for p in div.findall("p"))
            if n > best_len:
                best, best_len = div, n
        paragraphs = [clean(p.text_content()) for p in best.findall("p")] if best is not None else []
        if paragraphs:
            lead, paragraphs = paragraphs[0], paragraphs[1:]
    inds = []
    for section, text in [("title", title), ("lead", lead)] + [("body", p) for p in paragraphs]:
        if text:
            inds += indicators(text, section, published)
    doc = {"source": source, "layout": layout, "published": published, "title": title,
           "lead": lead, "paragraphs": paragraphs, "indicators": inds}
    return json.dumps(doc, ensure_ascii=False)


def python_run(files, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for f in files:
            with open(f, "rb") as fh:
                out.write(extract(fh.read(), str(f)) + "\n")


# --- the harness ---------------------------------------------------------------

def timed(fn):
    """Wall and CPU seconds of fn() (CPU: this process and its children)."""
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    fn()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum((a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime) for a, b in zip(after, before))
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=str(ROOT / "build" / "perf"),
                    help="a build tree with bench/gen_pages and examples/extract/extract")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20220802)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each side; medians reported")
    ap.add_argument("--workdir", help="where the corpus is written (default: a temporary folder)")
    args = ap.parse_args()

    build = Path(args.build)
    gen = build / "bench" / "gen_pages"
    cli = build / "examples" / "extract" / "extract"
    for exe in (gen, cli):
        if not exe.exists():
            sys.exit("compare_python: %s missing (build with VNEXTRACT_BUILD_BENCH=ON and the examples)" % exe)

    with tempfile.TemporaryDirectory(prefix="vnextract-pages-") as tmp:
        work = Path(args.workdir or tmp)
        subprocess.run([str(gen), "--out", str(work), "--pages", str(args.pages),
                        "--seed", str(args.seed)], check=True)
        print("load average before: %.2f %.2f %.2f" % os.getloadavg())
        print("%-11s %6s  %22s  %22s  %13s" % ("pages", "files", "Python pages/s",
                                               "C++ pages/s", "ratio"))
        print("%-11s %6s  %22s  %22s  %13s" % ("", "", "wall (cpu)", "wall (cpu)", "wall (cpu)"))
        for kind in ("bantin", "generic"):
            folder = work / kind
            files = sorted(folder.glob("*.html"))
            (work / "out").mkdir(exist_ok=True)
            py_out = work / "out" / ("python-%s.jsonl" % kind)
            cc_out = work / "out" / ("cpp-%s.jsonl" % kind)
            cmd = [str(cli), "--jobs", "1", "--format", "jsonl", "-o", str(cc_out), str(folder)]
            py_times, cc_times = [], []
            for r in range(args.repeat):  # alternate, so load hits both alike
                cc_times.append(timed(lambda: subprocess.run(cmd, check=True, capture_output=True)))
                py_times.append(timed(lambda: python_run(files, py_out)))
            n = len(files)
            py_wall = n / statistics.median(t[0] for t in py_times)
            py_cpu = n / statistics.median(t[1] for t in py_times)
            cc_wall = n / statistics.median(t[0] for t in cc_times)
            cc_cpu = n / statistics.median(t[1] for t in cc_times)
            label = "recognised" if kind == "bantin" else "generic"
            print("%-11s %6d  %10.0f (%9.0f)  %10.0f (%9.0f)  %5.1fx (%5.1fx)" % (
                label, n, py_wall, py_cpu, cc_wall, cc_cpu, cc_wall / py_wall, cc_cpu / py_cpu))
            with open(py_out, encoding="utf-8") as f:
                py_inds = sum(len(json.loads(line)["indicators"]) for line in f)
            with open(cc_out, encoding="utf-8") as f:
                cc_inds = sum(len(json.loads(line)["indicators"]) for line in f)
            print("%-11s indicators found: Python %d, C++ %d" % ("", py_inds, cc_inds))
        print("load average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
