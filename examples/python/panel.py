#!/usr/bin/env python3
# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""One table across many articles, and one indicator over time per place.

    PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/panel.py FOLDER \\
        [--concept export_value] [--output panel.png]

Reads every page in FOLDER (.html .htm .aspx, .txt text dumps), builds
``vnextract.to_panel(docs)`` -- one row per concept, area and period, the
sources behind it, disagreements flagged, restatements and targets left
out -- prints it, and draws one concept over its periods, one line per area
(matplotlib, Debian's python3-matplotlib). Without --concept it draws the
concept with the most area-period cells. Periods of one kind are drawn
(quarters, months, years...: the kind the concept has most of), so that a
nine-month total never sits between two quarters. Where two articles give
different values for one cell, each is drawn as a cross and the line skips
the cell: nothing is averaged. An area with a single period of that kind is left out
of the picture (it is in the printed table).
"""

import argparse
import collections
import datetime
import pathlib
import re
import sys

import vnextract

PAGE_SUFFIXES = {".html", ".htm", ".aspx", ".txt"}


def documents(folder):
    docs = []
    for path in sorted(pathlib.Path(folder).rglob("*")):
        if path.suffix.lower() not in PAGE_SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        try:
            if path.suffix.lower() == ".txt":
                docs.append(vnextract.extract_text(data, source=path.name))
            else:
                docs.append(vnextract.extract_html(data, source=path.name))
        except vnextract.Error as error:
            print(f"panel.py: {path}: {error}", file=sys.stderr)
    return docs


# A period's kind and the day it ends (for the time axis).
PERIODS = [
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$"),
     lambda m: (int(m[1]), 3 * int(m[2]))),
    ("half", re.compile(r"^(\d{4})-H([12])$"), lambda m: (int(m[1]), 6 * int(m[2]))),
    ("month", re.compile(r"^(\d{4})-(\d{2})$"), lambda m: (int(m[1]), int(m[2]))),
    ("year", re.compile(r"^(\d{4})$"), lambda m: (int(m[1]), 12)),
    ("to date", re.compile(r"^(\d{4})-01/\d{4}-(\d{2})$"), lambda m: (int(m[1]), int(m[2]))),
]


def period_kind(period):
    for kind, pattern, end in PERIODS:
        m = pattern.match(period)
        if m:
            year, month = end(m)
            return kind, datetime.date(year, month, 1)
    return "other", None


def scale(values):
    """A divisor and its Vietnamese name for the figures' magnitude."""
    top = max(abs(v) for v in values) if values else 0
    for divisor, name in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")):
        if top >= divisor:
            return divisor, name
    return 1, ""


def draw(panel, concept, output):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = panel.loc[[concept]].reset_index()
    rows = rows[rows["value"].notna()]
    rows = rows[rows["compare_to"].isna()]  # levels, not changes against a base
    kinds = collections.Counter(period_kind(p)[0] for p in rows["period"])
    kind = max(kinds, key=lambda k: (k != "other", kinds[k]))
    rows = rows[[period_kind(p)[0] == kind for p in rows["period"]]]
    # A line needs two periods: an area with one is in the table, not drawn.
    spans = rows.groupby("area")["period"].nunique()
    rows = rows[rows["area"].map(spans) >= 2]
    periods = sorted(set(rows["period"]), key=lambda p: period_kind(p)[1] or datetime.date.min)
    x_of = {p: k for k, p in enumerate(periods)}
    divisor, magnitude = scale(list(rows["value"]))
    unit = rows["unit"].iloc[0]

    fig, ax = plt.subplots(figsize=(7.5, 4.2), dpi=110)
    for area, group in rows.groupby("area", sort=True):
        clean = group[~group["conflict"]].sort_values("period", key=lambda s: s.map(x_of))
        line, = ax.plot([x_of[p] for p in clean["period"]], clean["value"] / divisor,
                        marker="o", label=area)
        disputed = group[group["conflict"]].sort_values("value")
        for k, (period, value, sources) in enumerate(
                zip(disputed["period"], disputed["value"] / divisor, disputed["sources"])):
            # Side by side, each with its value and where it was read.
            x = x_of[period] + (0.05 if k % 2 else -0.05)
            ax.scatter([x], [value], marker="x", s=70, color=line.get_color(), zorder=3)
            ax.annotate(f"{value:g} ({sources[0].split('#')[0]})", (x, value),
                        textcoords="offset points", xytext=(-6 if k % 2 == 0 else 6, 8 - 18 * (k % 2)),
                        ha="right" if k % 2 == 0 else "left", fontsize=7,
                        color=line.get_color())
    if rows["conflict"].any():
        ax.scatter([], [], marker="x", color="grey", label="articles disagree (both kept)")
    ax.set_xticks(range(len(periods)), periods)
    ax.set_xlim(-0.35, len(periods) - 1 + 1.0)  # room for the notes beside disputed cells
    ax.set_ylabel(f"{magnitude} {unit}".strip())
    ax.set_title(f"{rows['concept_label'].iloc[0]} ({concept}), by {kind}")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(output)
    print(f"panel.py: {concept} by {kind}, {rows['area'].nunique()} areas -> {output}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of saved pages")
    parser.add_argument("--concept", help="the concept to draw (default: the one with most cells)")
    parser.add_argument("--output", default="panel.png", help="the picture (default: panel.png)")
    args = parser.parse_args(argv)

    docs = documents(args.folder)
    panel = vnextract.to_panel(docs)
    print(f"{len(docs)} documents, {len(panel)} panel rows, "
          f"{int(panel['conflict'].sum())} rows where articles disagree")
    with __import__("pandas").option_context("display.width", 200, "display.max_rows", 200,
                                             "display.max_columns", 10,
                                             "display.max_colwidth", 40):
        print(panel[["value", "unit", "kind", "n_sources", "conflict"]])
    if panel.empty:
        return 1
    concept = args.concept
    if concept is None:
        levels = panel[panel["compare_to"].isna()]
        concept = levels.groupby(level="concept").size().idxmax()
    draw(panel, concept, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
