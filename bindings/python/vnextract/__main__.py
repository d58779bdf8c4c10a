# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""python -m vnextract: the extract CLI's job from Python.

Reads pages (files, folders, '-' for standard input, JSON Lines of records)
and writes their documents as JSON, JSON Lines or CSV -- the same bytes as
the `extract` program for the same inputs and options, so either can feed
the same spreadsheets. Run ``python -m vnextract --help``.
"""

import argparse
import collections
import concurrent.futures
import os
import sys

from . import RECORD_FIELDS, Extractor, Options, __version__
from .batch import (csv_header, failure_name, format_document, format_from_name, parse_date,
                    parse_size, process, tasks)

PROG = "python -m vnextract"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extracts the economic indicators of Vietnamese government news-portal "
                    "pages and writes them as JSON, JSON Lines, or CSV with one row per "
                    "indicator -- the same output as the extract program.",
        epilog="Exit status: 0 all inputs extracted, 1 some failed (reported on standard "
               "error, the rest still written), 2 bad usage or the output cannot be written.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a file, a folder (read recursively: .html .htm .aspx as HTML, "
                             ".txt as text dumps, .jsonl as JSON Lines) or '-'")
    parser.add_argument("--format", choices=["json", "jsonl", "csv"], default="json",
                        help="json: pretty JSON (an array unless there is one input file); "
                             "jsonl: one document per line; csv: one row per indicator with "
                             "the columns " + ", ".join(RECORD_FIELDS) + " (default: json)")
    parser.add_argument("--input-format", choices=["html", "text", "jsonl"],
                        help="read every input this way instead of by its name")
    parser.add_argument("--published", type=parse_date, metavar="YYYY-MM-DD",
                        help="publication date of text input; periods resolve against it")
    parser.add_argument("--max-input-bytes", type=parse_size, default=16 << 20, metavar="N",
                        help="reject inputs over N bytes; K, M, G multiply by 1024 "
                             "(default: 16M)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output")
    parser.add_argument("--unique", action="store_true",
                        help="leave out the indicators that restate another (a title or lead "
                             "figure repeated further down), so that each fact counts once")
    parser.add_argument("--bom", action="store_true",
                        help="begin the CSV with a UTF-8 byte-order mark (for Excel)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="extract N inputs at a time in threads (the GIL is released "
                             "while extracting); the output is the same for every N")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    parser.add_argument("--version", action="version", version=f"vnextract {__version__}")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs takes a positive number")

    extractor = Extractor(Options(max_input_bytes=args.max_input_bytes))
    try:
        out = open(args.output, "wb") if args.output else sys.stdout.buffer
    except OSError as error:
        print(f"{PROG}: {args.output}: cannot open for writing ({error.strerror})",
              file=sys.stderr)
        return 2

    single = (args.format == "json" and len(args.inputs) == 1
              and (args.inputs[0] == "-" or not os.path.isdir(args.inputs[0]))
              and (args.input_format or ("html" if args.inputs[0] == "-" else
                                         format_from_name(args.inputs[0]) or "html")) != "jsonl")
    array = args.format == "json" and not single
    counters = collections.Counter()
    files = documents = indicators = failures = 0

    def write(text):
        out.write(text.encode("utf-8"))

    def emit(task, doc, error):
        nonlocal files, documents, indicators, failures
        files += task.ends_file
        if error is not None:
            print(f"{PROG}: {failure_name(task)}: {error}", file=sys.stderr)
            failures += 1
        if doc is None:
            return
        if args.unique:
            doc = doc.without_restatements()
        if array and documents:
            write(",\n")
        write(format_document(doc, args.format))
        if single:
            write("\n")
        documents += 1
        indicators += len(doc.indicators)

    try:
        if args.bom:
            out.write(b"\xef\xbb\xbf")
        if args.format == "csv":
            write(csv_header())
        if array:
            write("[\n")
        work = tasks(args.inputs, args.input_format, counters)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            # A bounded window of tasks in flight, written in input order.
            window = collections.deque()
            for task in work:
                window.append((task, pool.submit(process, task, extractor, args.max_input_bytes,
                                                 args.published)))
                while len(window) > 4 * args.jobs or (window and window[0][1].done()):
                    done, future = window.popleft()
                    emit(done, *future.result())
            while window:
                done, future = window.popleft()
                emit(done, *future.result())
        if array:
            write("\n]\n" if documents else "]\n")
        out.flush()
        if args.output:
            out.close()
    except OSError as error:
        print(f"{PROG}: {args.output or 'standard output'}: write error ({error.strerror})",
              file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"{PROG}: {files} files, {documents} documents, {indicators} indicators, "
              f"{failures} failed, {counters['skipped']} skipped", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
