# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Extract a crawl on a Dask cluster: the extract program's job, scaled out.

    extract_dask.py INPUT... --output DIR [--scheduler ADDRESS] [--partition-size N]

INPUT: files, folders (read recursively) or quoted globs ('crawl/**/*.html')
of saved pages (.html .htm .aspx), text dumps (.txt) and JSON Lines crawls
(.jsonl: one {"id", "html" | "text", "published"} record per line). The file
list is made here, in the extract program's order, and cut into partitions
of --partition-size files; each partition becomes one Dask task that a worker
runs with its own vnextract.Extractor (made once per worker process, by a
worker plugin). Pages are read by the workers, so they must see the same
paths: shared storage on a cluster, and absolute paths (a worker resolves a
relative one against its own working directory).

Output in DIR (names stable: the Nth partition is always part-N):
  part-00000.jsonl  one document per line, as `extract --format jsonl`
  part-00000.csv    one row per indicator, as `extract --format csv` (with a
                    header, so each part reads on its own)
  summary.json      files, documents, indicators, failures (each with its
                    input and reason), skipped, partitions, seconds
Concatenated in name order, the parts are exactly the extract program's
output for the same inputs. A failed input is listed in summary.json and on
standard error; it never disappears. A task whose worker dies is run again
by Dask (the scheduler's allowed-failures; --retries for errors raised).

Without --scheduler, a LocalCluster of --workers processes runs on this
machine; with --scheduler tcp://HOST:8786 the work goes to that cluster. Exit
status: 0 all inputs extracted, 1 some failed, 2 usage or cluster errors.
"""

import argparse
import collections
import glob
import json
import os
import sys
import time
from pathlib import Path

import vnextract
from vnextract import batch

PROG = "extract_dask"
PLUGIN = "vnextract-extractor"
GLOB_CHARS = set("*?[")


def list_files(inputs, counters):
    """(path, kind) pairs and failures (unreadable folders), in the extract
    program's order; globs are expanded (sorted) first."""
    expanded = []
    for given in inputs:
        if GLOB_CHARS & set(given) and not os.path.exists(given):
            matches = sorted(glob.glob(given, recursive=True), key=os.fsencode)
            matched_pages = [m for m in matches if os.path.isdir(m) or batch.format_from_name(m)]
            counters["skipped"] += len(matches) - len(matched_pages)
            if not matched_pages:
                yield batch.Task(given, "failure", error="no file matches this pattern")
            expanded.extend(matched_pages)
        else:
            expanded.append(given)
    yield from batch.files(expanded, None, counters)


class ExtractorPlugin:
    """Gives every worker process one vnextract.Extractor, made when the
    worker starts (or joins later) and shared by the worker's threads."""

    name = PLUGIN

    def __init__(self, max_input_bytes):
        self.max_input_bytes = max_input_bytes
        self.extractor = None

    def setup(self, worker):
        self.extractor = vnextract.Extractor(
            vnextract.Options(max_input_bytes=self.max_input_bytes))

    def teardown(self, worker):
        self.extractor = None


def extract_partition(index, items, out_dir, max_input_bytes, published):
    """Runs on a worker: extracts the files of one partition and writes
    part-<index>.jsonl and .csv (through temporary names, so a retried or
    killed task never leaves half a part). Returns the partition's counts."""
    from distributed import get_worker

    crash_marker = os.environ.get("VNEXTRACT_DASK_CRASH_ONCE")
    if crash_marker and index == 0 and not os.path.exists(crash_marker):
        # Test hook: the first attempt of partition 0 kills its worker
        # process, as an out-of-memory kill would; Dask must run it again.
        Path(crash_marker).write_text("crashed once\n")
        os._exit(70)

    extractor = get_worker().plugins[PLUGIN].extractor
    out = Path(out_dir)
    stem = f"part-{index:05d}"
    suffix = f".tmp-{os.getpid()}"
    counts = {"partition": index, "files": 0, "documents": 0, "indicators": 0, "failures": []}
    with open(out / f"{stem}.jsonl{suffix}", "wb") as jsonl, \
            open(out / f"{stem}.csv{suffix}", "wb") as csv:
        csv.write(batch.csv_header().encode())
        for path, kind in items:
            for task in batch.file_tasks(path, kind):
                doc, error = batch.process(task, extractor, max_input_bytes, published)
                counts["files"] += task.ends_file
                if error is not None:
                    counts["failures"].append({"input": batch.failure_name(task),
                                               "reason": error})
                if doc is not None:
                    jsonl.write(batch.format_document(doc, "jsonl").encode())
                    csv.write(batch.format_document(doc, "csv").encode())
                    counts["documents"] += 1
                    counts["indicators"] += len(doc.indicators)
    for ext in ("jsonl", "csv"):
        os.replace(out / f"{stem}.{ext}{suffix}", out / f"{stem}.{ext}")
    return counts


def parse_args(argv):
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, folders or quoted globs of pages, dumps and .jsonl crawls")
    parser.add_argument("--output", required=True, metavar="DIR",
                        help="where part-NNNNN.jsonl/.csv and summary.json go (created)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                             "(default: a LocalCluster on this machine)")
    parser.add_argument("--partition-size", type=int, default=2000, metavar="N",
                        help="files per partition (default 2000: ~1-3 s of work per task)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="LocalCluster worker processes (default: the number of CPUs)")
    parser.add_argument("--retries", type=int, default=2, metavar="N",
                        help="times Dask reruns a task that raised (default 2)")
    parser.add_argument("--published", type=batch.parse_date, metavar="YYYY-MM-DD",
                        help="publication date of text dumps without one")
    parser.add_argument("--max-input-bytes", type=batch.parse_size, default=16 << 20,
                        metavar="N", help="reject inputs over N bytes (default 16M)")
    args = parser.parse_args(argv)
    if args.partition_size < 1 or args.workers < 1 or args.retries < 0:
        parser.error("--partition-size and --workers must be positive, --retries not negative")
    return args


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        print(f"{PROG}: needs Dask (Debian: apt install python3-dask python3-distributed)",
              file=sys.stderr)
        return 2

    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*out.glob("part-*.jsonl"), *out.glob("part-*.csv"), out / "summary.json"]:
        stale.unlink(missing_ok=True)  # parts of an earlier, larger run

    counters = collections.Counter()
    failures, items = [], []
    for item in list_files(args.inputs, counters):
        if isinstance(item, batch.Task):
            failures.append({"input": item.name, "reason": item.error})
        else:
            items.append(item)
    partitions = [items[i:i + args.partition_size]
                  for i in range(0, len(items), args.partition_size)]

    cluster = None
    try:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        print(f"{PROG}: cannot reach the Dask scheduler: {error}", file=sys.stderr)
        return 2

    totals = collections.Counter()
    results = []
    try:
        client.register_worker_plugin(ExtractorPlugin(args.max_input_bytes), name=PLUGIN)
        futures = [client.submit(extract_partition, index, part, str(out.resolve()),
                                 args.max_input_bytes, args.published, retries=args.retries,
                                 pure=False, key=f"vnextract-part-{index:05d}-{os.getpid()}")
                   for index, part in enumerate(partitions)]
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - a lost partition is reported
                index = futures.index(future)
                names = [path for path, _ in partitions[index]]
                reason = f"partition {index} failed after retries: {error!r}"
                failures.extend({"input": name, "reason": reason} for name in names)
                totals["files"] += len(names)
                continue
            results.append(result)
            for key in ("files", "documents", "indicators"):
                totals[key] += result[key]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    results.sort(key=lambda r: r["partition"])
    for result in results:
        failures.extend(result["failures"])
    for failure in failures:
        print(f"{PROG}: {failure['input']}: {failure['reason']}", file=sys.stderr)
    seconds = time.monotonic() - started
    summary = {
        "files": totals["files"],
        "documents": totals["documents"],
        "indicators": totals["indicators"],
        "failed": len(failures),
        "skipped": counters["skipped"],
        "partitions": len(partitions),
        "seconds": round(seconds, 3),
        "failures": failures,
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    print(f"{PROG}: {summary['files']} files, {summary['documents']} documents, "
          f"{summary['indicators']} indicators, {summary['failed']} failed, "
          f"{summary['skipped']} skipped; {len(partitions)} partitions in {seconds:.1f} s",
          file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
