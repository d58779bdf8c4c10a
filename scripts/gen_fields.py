#!/usr/bin/env python3
# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Writes what the field table (src/record/fields.inc) decides outside C++:
the record classes of the Python stub (bindings/python/vnextract/__init__.pyi)
and the field tables of docs/DESIGN.md, each between its BEGIN/END FIELDS
markers.

    python3 scripts/gen_fields.py           rewrite them
    python3 scripts/gen_fields.py --check   exit 1 if either is stale (a test)
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLE = ROOT / "src/record/fields.inc"
STUB = ROOT / "bindings/python/vnextract/__init__.pyi"
DESIGN = ROOT / "docs/DESIGN.md"

ROW = re.compile(r'^VNX_FIELD\((\w+), (\w+), (\w+), (\w+), (\w+), "((?:[^"\\]|\\.)*)"\)$')

# type -> (Python type, JSON type as the docs say it)
TYPES = {
    "kInt": ("int", "int"),
    "kText": ("str", "string"),
    "kSentence": ("str", "string"),
    "kOptText": ("str | None", "string or null"),
    "kNumber": ("float | None", "number or null"),
    "kSpan": ("tuple[int, int]", "[begin, end]"),
    "kDate": ("datetime.date | None", '"YYYY-MM-DD" or null'),
    "kTexts": ("list[str]", "[string]"),
    "kIndicators": ("list[Indicator]", "[Indicator]"),
    "kDiagnostics": ("list[Diagnostic]", "[Diagnostic]"),
    "kIndex": ("int | None", "int or null"),
}
# kName: the enum each field names.
ENUMS = {"section": "Section", "qualifier": "Qualifier", "kind": "Kind", "code": "str"}
PRESENCE = {"kAlways": "", "kIfSet": " (left out when null)",
            "kIfRange": " (only when qualifier is range)"}


def read_table():
    rows = []
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("VNX_FIELD("):
            continue
        m = ROW.match(line)
        if not m:
            sys.exit(f"{TABLE}:{number}: not a VNX_FIELD row of the documented form")
        record, name, type_, json, csv, doc = m.groups()
        rows.append({"record": record, "name": name, "type": type_, "json": json,
                     "csv": csv == "kCsv", "doc": doc.replace('\\"', '"')})
    return rows


def fields_of(rows, record):
    holds = {"DOCUMENT": {"DOCUMENT"}, "INDICATOR": {"INDICATOR", "QUANTITY"},
             "QUANTITY": {"QUANTITY"}, "DIAGNOSTIC": {"DIAGNOSTIC"}}[record]
    return [r for r in rows if r["record"] in holds]


def python_type(row):
    if row["type"] == "kName":
        return ENUMS[row["name"]]
    return TYPES[row["type"]][0]


def json_type(row):
    if row["type"] == "kName":
        return "string (a name)"
    return TYPES[row["type"]][1]


def stub(rows):
    out = ["# BEGIN FIELDS (written by scripts/gen_fields.py from src/record/fields.inc)"]
    classes = [("Quantity", "QUANTITY", None), ("Indicator", "INDICATOR", "Quantity"),
               ("Diagnostic", "DIAGNOSTIC", None), ("Document", "DOCUMENT", None)]
    methods = {
        "Quantity": ["    def to_dict(self) -> dict[str, Any]: ...",
                     "    def to_json(self) -> str: ..."],
        "Indicator": ["    def to_dict(self) -> dict[str, Any]: ...",
                      "    def to_json(self) -> str: ..."],
        "Diagnostic": [],
        "Document": ["    def to_dict(self) -> dict[str, Any]: ...",
                     "    def to_json(self, indent: int | None = None) -> str: ...",
                     "    def to_records(self) -> list[dict[str, Any]]: ...",
                     "    def to_csv(self) -> str: ...",
                     "    def without_restatements(self) -> Document: ..."],
    }
    for name, record, base in classes:
        out.append(f"class {name}({base}):" if base else f"class {name}:")
        for row in fields_of(rows, record):
            out.append("    @property")
            out.append(f"    def {row['name']}(self) -> {python_type(row)}: ...")
        out.extend(methods[name])
        out.append("")
    out.append("# END FIELDS")
    return "\n".join(out)


def design(rows):
    out = ["<!-- BEGIN FIELDS (written by scripts/gen_fields.py from src/record/fields.inc) -->"]
    for title, record in (("Document", "DOCUMENT"), ("Indicator (one mention)", "INDICATOR"),
                          ("Diagnostic", "DIAGNOSTIC")):
        out += ["", f"#### {title}", "", "| field | JSON | CSV | meaning |", "|---|---|---|---|"]
        for row in fields_of(rows, record):
            csv = "column" if row["csv"] else ""
            quantity = " Also a `Quantity` field." if row["record"] == "QUANTITY" else ""
            out.append(f"| `{row['name']}` | {json_type(row)}{PRESENCE[row['json']]} | {csv} | "
                       f"{row['doc']}{quantity} |")
    out += ["", "<!-- END FIELDS -->"]
    return "\n".join(out)


def replace_block(text, begin, end, block, path):
    a, b = text.find(begin), text.find(end)
    if a < 0 or b < 0:
        sys.exit(f"{path}: no {begin!r} ... {end!r} block")
    b += len(end)
    line_end = text.find("\n", b)
    return text[:a] + block + text[b if line_end < 0 else line_end:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args()
    rows = read_table()
    stale = []
    for path, begin, end, block in (
            (STUB, "# BEGIN FIELDS", "# END FIELDS", stub(rows)),
            (DESIGN, "<!-- BEGIN FIELDS", "<!-- END FIELDS -->", design(rows))):
        old = path.read_text(encoding="utf-8")
        new = replace_block(old, begin, end, block, path)
        if new != old:
            stale.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and stale:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run python3 scripts/gen_fields.py",
                  file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
