# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""The record contract three ways: JSON, CSV and the Python records and
attributes must agree on every field of the same documents (issue 16).

The documents: every bundled page and text dump, and a text written here
whose figures used to print in exponent form in the CSV.
"""

import csv
import io
import json
from pathlib import Path

import pytest

import vnextract

ROOT = Path(__file__).resolve().parents[2]

# Our own sentences. "1.784,8 nghìn tỷ đồng" is 1784.8 x 1e12 VND: JSON wrote
# 1784800000000000 and the CSV 1.7848e+15 before the field table.
EDGE_TEXT = (
    "Tin tài chính\n"
    "Năm 2023, tổng thu ngân sách nhà nước đạt 1.784,8 nghìn tỷ đồng, tăng 4,3% so với "
    "năm trước. Vốn điều lệ tăng từ 12 đến 15 nghìn tỷ đồng.\n"
)


def documents():
    docs = []
    for path in sorted((ROOT / "tests" / "data").rglob("*.html")) + [
            ROOT / "data" / "seed" / "seed-page.html"]:
        docs.append(vnextract.extract_html(path.read_bytes(), source=str(path)))
    docs.append(vnextract.extract_text(
        (ROOT / "data" / "seed" / "000_af0604fd0860093f.txt").read_bytes(), source="dump",
        published="2022-08-02"))
    docs.append(vnextract.extract_text(EDGE_TEXT, source="edge", published="2024-01-15"))
    return docs


@pytest.fixture(scope="module")
def docs():
    return documents()


def test_the_edge_text_holds_the_large_figure(docs):
    values = [i.value for i in docs[-1].indicators]
    assert 1784.8e12 in values  # worked out by hand from "1.784,8 nghìn tỷ đồng"


def test_json_csv_and_records_agree_on_every_cell(docs):
    header = vnextract.csv_header()
    assert header.rstrip("\n").split(",") == list(vnextract.RECORD_FIELDS)
    numbers = 0
    for doc in docs:
        # JSON's tokens as written: numbers kept as their text.
        tree = json.loads(doc.to_json(), parse_float=str, parse_int=str)
        rows = list(csv.DictReader(io.StringIO(header + doc.to_csv(), newline="")))
        records = doc.to_records()
        assert len(rows) == len(records) == len(tree["indicators"]) == len(doc.indicators)
        for ind_json, row, record in zip(tree["indicators"], rows, records):
            for field in vnextract.RECORD_FIELDS:
                value = record[field]
                cell = row[field]
                if field in ("source", "published", "title"):
                    expected = tree[field]
                else:
                    expected = ind_json.get(field)
                if value is None:
                    assert cell == "" and expected is None, field
                elif isinstance(value, float):
                    numbers += 1
                    assert cell == expected == vnextract.format_number(value), field
                    assert float(cell) == value
                    assert "e" not in cell.lower()
                else:
                    assert cell == expected == value, field
    assert numbers > 100


def test_python_attributes_are_the_json_keys(docs):
    for doc in docs:
        tree = doc.to_dict()
        for key, value in tree.items():
            if key in ("indicators", "diagnostics"):
                continue
            attr = getattr(doc, key)
            if key == "published":
                attr = attr.isoformat() if attr else None
            assert attr == value, key
        for ind, ind_json in zip(doc.indicators, tree["indicators"]):
            assert isinstance(ind, vnextract.Quantity)
            for key, value in ind_json.items():
                attr = getattr(ind, key)
                if key == "span":
                    attr = list(attr)
                assert attr == value, key
        for diag, diag_json in zip(doc.diagnostics, tree["diagnostics"]):
            assert diag.code == diag_json["code"] and diag.message == diag_json["message"]


def test_format_number_is_plain_and_exact():
    assert vnextract.format_number(664000000000.0) == "664000000000"
    assert vnextract.format_number(1.5e-7) == "0.00000015"
    assert vnextract.format_number(1e18) == "1000000000000000000"
    assert vnextract.format_number(-6.2) == "-6.2"
