# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Batches of inputs, the way the `extract` program reads and writes them.

The building blocks of ``python -m vnextract`` and of examples/dask, public so
that other drivers (a job queue, a notebook, a cluster) produce the same
output as the `extract` program, byte for byte:

    inputs = list(vnextract.batch.tasks(["saved-pages/"], counters=collections.Counter()))
    for task in inputs:
        doc, error = vnextract.batch.process(task, extractor, max_input_bytes=16 << 20)

Order: folders are read depth first, entries sorted by their path bytes;
.html .htm .aspx are pages, .txt text dumps, .jsonl JSON Lines of records
({"id", "html" | "text", "published", "url"}); other files are skipped.
"""

import argparse
import contextlib
import datetime
import json
import os
import sys

from . import Error
from ._vnextract import csv_header as _csv_header

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
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("takes a date YYYY-MM-DD, e.g. 2022-08-02") from None


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


def files(inputs, forced=None, counters=None):
    """The input files of `inputs` (files, folders, '-'), in output order:
    (path, kind) pairs, kind 'html', 'text' or 'jsonl'; an unreadable folder
    comes as a failure Task instead.

    `forced`: 'html', 'text' or 'jsonl' to read every input that way (files
    in folders are still chosen by their extension). `counters['skipped']`
    counts non-page files and links to folders."""
    if counters is None:
        counters = {"skipped": 0}
    for given in inputs:
        if given != "-" and os.path.isdir(given):
            for path in walk(given, counters):
                if isinstance(path, Task):
                    yield path
                else:
                    yield path, forced or format_from_name(path)
        else:
            by_name = "html" if given == "-" else (format_from_name(given) or "html")
            yield given, forced or by_name


def file_tasks(path, kind):
    """The tasks of one input file: itself, or one per JSON Lines record
    followed by an 'end' task (blank lines are skipped, numbers kept)."""
    if kind != "jsonl":
        yield Task(path, kind, ends_file=True)
        return
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as error:
        yield Task(path, "failure", error=f"cannot open ({error.strerror})", ends_file=True)
        return
    with contextlib.nullcontext(stream) if path == "-" else stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield Task(path, "record", data=raw, line=number)
    yield Task(path, "end", ends_file=True)


def tasks(inputs, forced=None, counters=None):
    """Every unit of work for `inputs` (files, folders, '-'), in output order."""
    for item in files(inputs, forced, counters):
        if isinstance(item, Task):  # an unreadable folder
            yield item
        else:
            yield from file_tasks(*item)


def process(task, extractor, max_input_bytes=16 << 20, published=None):
    """Runs one task: -> (Document or None, error message or None).

    `published` (a datetime.date) dates text inputs without a date of their
    own, as the extract program's --published. Never raises for bad input:
    the reason comes back as the error message."""
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
            if len(content.encode("utf-8")) > max_input_bytes:
                what = "html" if is_html else "text"
                return None, (f"input_too_large: the record's {what} is over the limit of "
                              f"{max_input_bytes} bytes (raise --max-input-bytes to accept it)")
            if is_html:
                return extractor.extract_html(content, source, published), None
            return extractor.extract_text(content, source, published or published), None
        data = read_input(task.name, max_input_bytes)
        if task.kind == "text":
            return extractor.extract_text(data, task.name, published), None
        return extractor.extract_html(data, task.name), None
    except (Error, ValueError) as error:
        return None, str(error)
    except OSError as error:
        return None, f"cannot read ({error.strerror})"




def csv_header():
    """The CSV header line (the library's vnextract.csv_header())."""
    return _csv_header()


def format_document(doc, fmt):
    """A document as the extract program writes it: 'jsonl' one line, 'csv'
    its rows (no header), 'json' pretty (indent 2, no trailing newline).
    JSON and CSV are the library's writers, as in the program."""
    if fmt == "csv":
        return doc.to_csv()
    if fmt == "jsonl":
        return doc.to_json() + "\n"
    return doc.to_json(indent=2)


def failure_name(task):
    """FILE or FILE:LINE, as failures are reported."""
    return f"{task.name}:{task.line}" if task.line else task.name
