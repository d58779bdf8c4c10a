# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Do Python threads scale? One thread extracting a whole batch against two
threads extracting half each, with one shared vnextract.Extractor (the GIL is
released while extracting). Prints wall times and the speed-up; it asserts
nothing (a benchmark, not a test). A 2-core machine can give at most 2x.

    PYTHONPATH=build/release/python /usr/bin/python3 bench/python_threads.py [PAGE] [--pages N] [--repeat R]
"""

import argparse
import statistics
import threading
import time
from pathlib import Path

import vnextract

ROOT = Path(__file__).resolve().parents[1]


def extract_all(extractor, pages):
    for page in pages:
        extractor.extract_html(page)


def one_thread(extractor, batch):
    start = time.perf_counter()
    extract_all(extractor, batch)
    return time.perf_counter() - start


def two_threads(extractor, batch):
    halves = [batch[: len(batch) // 2], batch[len(batch) // 2:]]
    threads = [threading.Thread(target=extract_all, args=(extractor, h)) for h in halves]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default=str(ROOT / "data" / "seed" / "seed-page.html"))
    parser.add_argument("--pages", type=int, default=2000, help="batch size (default 2000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args()
    page = Path(args.page).read_bytes()
    batch = [page] * args.pages
    extractor = vnextract.Extractor()
    extract_all(extractor, batch[:50])  # warm up
    ones, twos = [], []
    for _ in range(args.repeat):  # interleaved, so load changes hit both alike
        ones.append(one_thread(extractor, batch))
        twos.append(two_threads(extractor, batch))
    one, two = statistics.median(ones), statistics.median(twos)
    print(f"{args.pages} pages of {len(page)} bytes ({Path(args.page).name}), "
          f"median of {args.repeat} runs")
    print(f"  1 thread, whole batch : {one:.3f} s  ({args.pages / one:,.0f} pages/s)")
    print(f"  2 threads, half each  : {two:.3f} s  ({args.pages / two:,.0f} pages/s)")
    print(f"  speed-up              : {one / two:.2f}x")


if __name__ == "__main__":
    main()
