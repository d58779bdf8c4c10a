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
import json
import math
import os
import sys

from . import (
    RECORD_FIELDS,
    Error,
    Extractor,
    Options,
    __version__,
)

PROG = "python -m vnextract"
PAGE_FORMATS = {".html": "html", ".htm": "html", ".aspx": "html", ".txt": "text",
                ".jsonl": "jsonl"}


def format_from_name(path):
    """'html', 'text' or 'jsonl' by the file's extension, else None."""
    return PAGE_FORMATS.get(os.path.splitext(os.path.basename(path))[1].lower())


def parse_size(text):
    """'16M' -> 16 MiB; K, M, G multiply by 1024 (the extract CLI's rule)."""
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    factor = 1
    if text and text[-1].upper() in scale:
        factor = scale[text[-1].upper()]
        text = text[:-1]
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(
            "takes a positive number of bytes, e.g. 16M (K, M, G multiply by 1024)")
    return int(text) * factor


def parse_date(text):
    import datetime
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("takes a date YYYY-MM-DD, e.g. 2022-08-02") from None


def format_number(value):
    """A number as the extract CLI writes it in CSV: whole numbers up to 1e15
    as integers, others in the shortest form that reads back exactly
    (C++ std::to_chars: fixed or scientific, whichever is shorter)."""
    if math.isfinite(value) and value == math.trunc(value) and abs(value) <= 1e15:
        return str(int(value))
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    sign = "-" if value < 0 else ""
    digits, point = _shortest_digits(abs(value))  # value == 0.digits * 10**point
    n = len(digits)
    if point <= 0:
        fixed = "0." + "0" * (-point) + digits
    elif point >= n:
        fixed = digits + "0" * (point - n)
    else:
        fixed = digits[:point] + "." + digits[point:]
    sci_exp = point - 1
    sci = digits[0] + ("." + digits[1:] if n > 1 else "")
    sci += "e" + ("-" if sci_exp < 0 else "+") + f"{abs(sci_exp):02d}"
    return sign + (fixed if len(fixed) <= len(sci) else sci)


def _shortest_digits(x):
    """(digits, exponent) with x == 0.digits * 10**exponent, digits the
    shortest that round-trip (Python's repr guarantees that)."""
    r = repr(x)
    if "e" in r:
        m, e = r.split("e")
        e = int(e)
    else:
        m, e = r, 0
    if "." in m:
        whole, frac = m.split(".")
    else:
        whole, frac = m, ""
    if frac == "0":
        frac = ""
    digits = (whole + frac).lstrip("0")
    leading = len(whole + frac) - len((whole + frac).lstrip("0"))
    exponent = len(whole) + e - leading
    digits = digits.rstrip("0") or "0"
    return digits, exponent


def csv_field(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_rows(doc):
    lines = []
    for record in doc.to_records():
        cells = []
        for field in RECORD_FIELDS:
            v = record[field]
            if v is None:
                cells.append("")
            elif isinstance(v, float):
                cells.append(format_number(v))
            else:
                cells.append(csv_field(v))
        lines.append(",".join(cells) + "\n")
    return "".join(lines)


class Task:
    __slots__ = ("name", "kind", "data", "line", "published", "error", "ends_file")

    def __init__(self, name, kind, data=None, line=0, published=None, error=None,
                 ends_file=False):
        self.name, self.kind, self.data, self.line = name, kind, data, line
        self.published, self.error, self.ends_file = published, error, ends_file


def walk(folder, counters):
    """Pages under `folder`, depth first, entries sorted by their path bytes
    (the extract CLI's order); other files and links to folders are counted
    as skipped; an unreadable folder is a failure."""
    try:
        entries = sorted((os.path.join(folder, e) for e in os.listdir(folder)),
                         key=os.fsencode)
    except OSError as error:
        yield Task(folder, "failure", error=f"cannot read folder ({error.strerror})",
                   ends_file=False)
        return
    for path in entries:
        if os.path.isdir(path) and not os.path.islink(path):
            yield from walk(path, counters)
        elif os.path.islink(path) and os.path.isdir(path):
            counters["skipped"] += 1
        elif format_from_name(path):
            yield path
        else:
            counters["skipped"] += 1


def read_input(path, max_bytes):
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"input_too_large: input is more than {max_bytes} bytes, over the limit "
                         f"(raise --max-input-bytes to accept it)")
    return data


def parse_record(line):
    """A JSON Lines record -> (is_html, content, id, published); ValueError
    with the reason otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"malformed JSON: {error}") from None
    if not isinstance(record, dict):
        raise ValueError("malformed record: a line must be a JSON object")
    html, text = record.get("html"), record.get("text")
    if (html is None) == (text is None):
        raise ValueError("malformed record: it has both 'html' and 'text'; give one"
                         if html is not None else
                         "malformed record: it has neither 'html' nor 'text'")
    content = html if html is not None else text
    if not isinstance(content, str):
        raise ValueError(f"malformed record: '{'html' if html is not None else 'text'}' "
                         "must be a string")
    rid = record.get("id")
    if rid is not None:
        if isinstance(rid, bool) or not isinstance(rid, (str, int)):
            raise ValueError("malformed record: 'id' must be a string or an integer")
        rid = str(rid)
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise ValueError("malformed record: 'url' must be a string")
    published = record.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise ValueError("malformed record: 'published' must be a string")
        try:
            published = parse_date(published)
        except argparse.ArgumentTypeError:
            raise ValueError("malformed record: 'published' is not a date YYYY-MM-DD") from None
    return html is not None, content, rid, published


def tasks(inputs, forced, max_bytes, counters):
    """Every unit of work, in output order."""
    for given in inputs:
        if given != "-" and os.path.isdir(given):
            paths = walk(given, counters)
        else:
            paths = [given]
        for path in paths:
            if isinstance(path, Task):  # an unreadable folder
                yield path
                continue
            by_name = "html" if path == "-" else (format_from_name(path) or "html")
            kind = forced or (by_name if given == path else format_from_name(path))
            if kind != "jsonl":
                yield Task(path, kind, ends_file=True)
                continue
            try:
                stream = (sys.stdin.buffer if path == "-" else open(path, "rb"))
            except OSError as error:
                yield Task(path, "failure", error=f"cannot open ({error.strerror})",
                           ends_file=True)
                continue
            with stream if path != "-" else _nullcontext(stream):
                for number, raw in enumerate(stream, start=1):
                    if not raw.strip():
                        continue
                    yield Task(path, "record", data=raw, line=number)
            yield Task(path, "end", ends_file=True)


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


def process(task, extractor, args):
    """-> (document or None, error or None)."""
    try:
        if task.kind == "failure":
            return None, task.error
        if task.kind == "end":
            return None, None
        if task.kind == "record":
            try:
                line = task.data.decode("utf-8")
            except UnicodeDecodeError as error:
                return None, f"malformed JSON: invalid UTF-8 at byte {error.start}"
            is_html, content, rid, published = parse_record(line)
            source = rid if rid is not None else str(task.line)
            if len(content.encode("utf-8")) > args.max_input_bytes:
                what = "html" if is_html else "text"
                return None, (f"input_too_large: the record's {what} is over the limit of "
                              f"{args.max_input_bytes} bytes (raise --max-input-bytes to accept it)")
            if is_html:
                return extractor.extract_html(content, source, published), None
            return extractor.extract_text(content, source, published or args.published), None
        data = read_input(task.name, args.max_input_bytes)
        if task.kind == "text":
            return extractor.extract_text(data, task.name, args.published), None
        return extractor.extract_html(data, task.name), None
    except (Error, ValueError) as error:
        return None, str(error)
    except OSError as error:
        return None, f"cannot read ({error.strerror})"


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

    try:
        if args.bom:
            out.write(b"\xef\xbb\xbf")
        if args.format == "csv":
            write(",".join(RECORD_FIELDS) + "\n")
        if array:
            write("[\n")
        work = tasks(args.inputs, args.input_format, args.max_input_bytes, counters)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            window = collections.deque()
            for task in work:
                window.append((task, pool.submit(process, task, extractor, args)))
                while len(window) > 4 * args.jobs or (window and window[0][1].done()):
                    done_task, future = window.popleft()
                    f, d, i = _emit(done_task, *future.result(), args, write, array, single,
                                    documents)
                    files, documents, indicators, failures = (
                        files + done_task.ends_file, documents + d, indicators + i,
                        failures + f)
            while window:
                done_task, future = window.popleft()
                f, d, i = _emit(done_task, *future.result(), args, write, array, single,
                                documents)
                files, documents, indicators, failures = (
                    files + done_task.ends_file, documents + d, indicators + i, failures + f)
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


def _emit(task, doc, error, args, write, array, single, documents_so_far):
    """Writes one outcome; -> (failures, documents, indicators) added."""
    if error is not None:
        where = f"{task.name}:{task.line}" if task.line else task.name
        print(f"{PROG}: {where}: {error}", file=sys.stderr)
        return 1, 0, 0
    if doc is None:
        return 0, 0, 0
    if args.format == "csv":
        write(csv_rows(doc))
    elif args.format == "jsonl":
        write(doc.to_json() + "\n")
    else:
        if array and documents_so_far:
            write(",\n")
        write(doc.to_json(indent=2))
        if single:
            write("\n")
    return 0, 1, len(doc.indicators)


if __name__ == "__main__":
    sys.exit(main())
