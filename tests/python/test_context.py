# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Issue 20 in Python: concept, area and restates on the records, each fact
once (to_dataframe(unique=True), python -m vnextract --unique) and the panel
of the page fixtures, checked by hand."""
import os
import pathlib
import subprocess
import sys

import pytest

import vnextract

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
SEED_HTML = ROOT / "data" / "seed" / "seed-page.html"

pandas = pytest.importorskip("pandas")


# The fixtures whose panel was read by hand (the pages suite has more: pages
# added for other issues are not in this hand-checked panel).
PANEL_PAGES = sorted([
    "generic_visible_date.html", "generic_wordpress.html", "ministry_mic.html",
    "ministry_vjst.html", "news_chinhphu.html", "news_conflict.html", "nfd_bnews.html",
    "portal_cao_bang.html", "portal_export_q1.html", "portal_export_q2.html",
    "portal_export_q3.html", "sp2013_page_fields.html", "table_report.html",
    "windows1258.html",
])


def fixture_documents():
    return [vnextract.extract_html((PAGES / name).read_bytes(), source=name)
            for name in PANEL_PAGES]


def panel_folder(tmp_path):
    """The hand-checked fixtures alone, in a folder of their own."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in PANEL_PAGES:
        (folder / name).write_bytes((PAGES / name).read_bytes())
    return folder


def test_seed_areas_concepts_and_restatements():
    doc = vnextract.extract_html(SEED_HTML.read_bytes(), source="seed.html")
    assert {(i.area, i.area_level) for i in doc.indicators} == {
        ("KCN Thanh Bình", "industrial_zone")}
    restating = {k: i.restates for k, i in enumerate(doc.indicators) if i.restates is not None}
    # The title's 1.500 tỷ đồng is the last paragraph's target; the
    # caption's 64.000 m3 is the body's plywood output.
    assert restating == {0: 10, 1: 2}
    assert doc.indicators[10].surface == "1.500 tỷ đồng" and doc.indicators[10].section == "body"
    assert doc.indicators[2].surface == "64.000 m3" and doc.indicators[2].section == "body"
    wood = doc.indicators[2]
    assert (wood.concept, wood.concept_label) == ("plywood_output", "Sản lượng gỗ dán")
    assert isinstance(doc.indicators[0].restates, int)


def test_to_dataframe_unique_drops_restatements():
    doc = vnextract.extract_html(SEED_HTML.read_bytes(), source="seed.html")
    every = vnextract.to_dataframe([doc])
    unique = vnextract.to_dataframe([doc], unique=True)
    assert list(unique.columns) == list(vnextract.RECORD_FIELDS)
    assert len(every) == len(doc.indicators) == len(unique) + 2
    assert unique["restates"].isna().all()
    assert set(every["section"]) - set(unique["section"]) == {"title", "caption"}
    # Each fact once: the 1.500 tỷ đồng target counted once.
    assert (unique["value"] == 1500e9).sum() == 1 and (every["value"] == 1500e9).sum() == 2
    without = doc.without_restatements()
    assert [i.surface for i in without.indicators] == list(unique["surface"])
    assert all(i.restates is None for i in without.indicators)


def test_module_unique_writes_what_the_extract_program_writes(tmp_path):
    cli = os.environ.get("VNEXTRACT_EXTRACT_CLI")
    if not cli:
        pytest.skip("set VNEXTRACT_EXTRACT_CLI to the extract binary")
    pages = panel_folder(tmp_path)
    for fmt in ("csv", "jsonl"):
        args = ["--unique", "--format", fmt, "-q", str(pages), str(SEED_HTML)]
        ours = subprocess.run([sys.executable, "-m", "vnextract", *args], capture_output=True)
        theirs = subprocess.run([cli, *args], capture_output=True)
        assert ours.returncode == theirs.returncode == 0, ours.stderr.decode()
        assert ours.stdout == theirs.stdout
        every = subprocess.run([cli, "--format", fmt, "-q", str(pages), str(SEED_HTML)],
                               capture_output=True)
        if fmt == "csv":
            rows = theirs.stdout.decode().splitlines()
            # 13 restatements among the fixtures and the seed: every title figure
            # found again further down, the seed's caption.
            assert len(every.stdout.decode().splitlines()) - len(rows) == 13
            assert all(line.endswith(",") for line in rows[1:])  # restates: empty


# The panel of the page fixtures, worked out by hand from their text: every
# figure with a concept, an area and a period, no target, no restatement.
# (concept, area, period, value, unit, kind, n_sources, conflict)
PANEL = [
    ("budget_revenue", "huyện Tân Phú", "2023-Q1", 2150e9, "VND", "actual", 1, False),
    ("budget_revenue_domestic", "huyện Tân Phú", "2023-Q1", 1870e9, "VND", "actual", 1, False),
    ("budget_revenue_growth", "huyện Tân Phú", "2023-Q1", 5.8, "percent", "change", 1, False),
    ("budget_revenue_soe", "huyện Tân Phú", "2023-Q1", 412e9, "VND", "actual", 1, False),
    ("budget_spending", "huyện Tân Phú", "2023-Q1", 960e9, "VND", "actual", 1, False),
    ("border_trade_value", "cửa khẩu Trà Lĩnh", "2023-01/2023-09", 42e6, "USD", "actual", 1,
     False),
    ("export_growth", "cả nước", "2021-01", 50.5, "percent", "change", 1, False),
    ("export_growth", "tỉnh Bình Phước", "2019-01/2019-09", 11.2, "percent", "change", 1, False),
    ("export_growth", "tỉnh Bắc Kạn", "2023-H1", 7.2, "percent", "change", 1, False),
    ("export_growth", "tỉnh Bắc Kạn", "2023-Q1", 6.5, "percent", "change", 1, False),
    # The portal says 9,5%, the news page 6,3%: both kept, flagged.
    ("export_growth", "tỉnh Bắc Kạn", "2023-Q3", 6.3, "percent", "change", 1, True),
    ("export_growth", "tỉnh Bắc Kạn", "2023-Q3", 9.5, "percent", "change", 1, True),
    ("export_seafood", "cả nước", "2022-01/2022-07", 6.5e9, "USD", "actual", 1, False),
    ("export_seafood", "cả nước", "2022-07", 950e6, "USD", "actual", 1, False),
    ("export_value", "cả nước", "2021-01", 24.4e9, "USD", "actual", 1, False),
    ("export_value", "cả nước", "2023-Q1", 79.3e9, "USD", "actual", 1, False),
    ("export_value", "tỉnh Bình Phước", "2019-01/2019-09", 312e6, "USD", "estimate", 1, False),
    ("export_value", "tỉnh Bắc Kạn", "2023-01/2023-09", 28.3e6, "USD", "actual", 2, False),
    ("export_value", "tỉnh Bắc Kạn", "2023-H1", 17.9e6, "USD", "actual", 1, False),
    ("export_value", "tỉnh Bắc Kạn", "2023-Q1", 8.2e6, "USD", "estimate", 1, False),
    ("export_value", "tỉnh Bắc Kạn", "2023-Q2", 9.7e6, "USD", "actual", 1, False),
    # The portal says 10,4 triệu USD, the news page 10,1: both kept, flagged.
    ("export_value", "tỉnh Bắc Kạn", "2023-Q3", 10.1e6, "USD", "actual", 1, True),
    ("export_value", "tỉnh Bắc Kạn", "2023-Q3", 10.4e6, "USD", "actual", 1, True),
    ("export_value", "tỉnh Cao Bằng", "2023-01/2023-09", 95.6e6, "USD", "actual", 1, False),
    ("export_value", "tỉnh Cao Bằng", "2023-Q1", 28.1e6, "USD", "actual", 1, False),
    ("export_value", "tỉnh Cao Bằng", "2023-Q2", 31.4e6, "USD", "actual", 1, False),
    ("export_value", "tỉnh Cao Bằng", "2023-Q3", 36.1e6, "USD", "estimate", 1, False),
    ("import_value", "tỉnh Bình Phước", "2019-01/2019-09", 148.5e6, "USD", "estimate", 1, False),
    ("import_value", "tỉnh Bắc Kạn", "2023-Q1", 3.1e6, "USD", "actual", 1, False),
    ("industrial_output_value", "KCN Thanh Bình", "2023-Q3", 185e9, "VND", "actual", 1, False),
    # "Tính đến ngày 30/6/2023, toàn tỉnh có 61 xã đạt chuẩn": a stock on that day.
    ("new_rural_communes", "tỉnh Bắc Kạn", "2023-06-30", 61, "commune", "actual", 1, False),
    ("retail_sales", "tỉnh Bình Phước", "2019-01/2019-09", 21450e9, "VND", "estimate", 1, False),
    ("retail_sales", "tỉnh Bắc Kạn", "2023-Q1", 2140e9, "VND", "estimate", 1, False),
    ("telecom_revenue", "cả nước", "2022-H1", 67500e9, "VND", "estimate", 1, False),
    ("telecom_revenue_growth", "cả nước", "2022-H1", 3.1, "percent", "change", 1, False),
]


def test_panel_of_the_page_fixtures_read_by_hand():
    panel = vnextract.to_panel(fixture_documents())
    assert list(panel.index.names) == ["concept", "area", "period"]
    assert list(panel.columns) == ["concept_label", "area_level", "value", "value_min",
                                   "value_max", "unit", "kind", "compare_to", "label",
                                   "sources", "n_sources", "conflict"]
    got = sorted((c, a, p, row.value, row.unit, row.kind, row.n_sources, bool(row.conflict))
                 for (c, a, p), row in panel.iterrows())
    assert got == sorted(PANEL)
    # Where the merged cell came from: the portal and the news page.
    [cell] = panel.loc[[("export_value", "tỉnh Bắc Kạn", "2023-01/2023-09")]].itertuples()
    assert sorted(cell.sources) == ["news_conflict.html#2", "portal_export_q3.html#3"]
    conflicts = panel[panel.conflict]
    assert sorted(conflicts["value"]) == [6.3, 9.5, 10.1e6, 10.4e6]
    # Targets only when asked: the 2022 seafood export target and the
    # telecom plan.
    with_targets = vnextract.to_panel(fixture_documents(), targets=True)
    targets = with_targets[with_targets.kind == "target"]
    assert sorted(targets.index.get_level_values("concept")) == ["export_value",
                                                                 "telecom_revenue"]


def test_panel_of_nothing_is_an_empty_frame():
    panel = vnextract.to_panel([])
    assert len(panel) == 0 and list(panel.index.names) == ["concept", "area", "period"]


def test_panel_example_draws_the_fixtures(tmp_path):
    pytest.importorskip("matplotlib")
    script = ROOT / "examples" / "python" / "panel.py"
    picture = tmp_path / "panel.png"
    out = subprocess.run([sys.executable, str(script), str(panel_folder(tmp_path)), "--output",
                          str(picture)],
                         capture_output=True, env=dict(os.environ), timeout=300)
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert "14 documents, 35 panel rows, 4 rows where articles disagree" in text
    assert "export_value by quarter, 2 areas" in text
    assert picture.read_bytes().startswith(b"\x89PNG")
