# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""A folder of saved portal pages -> a pandas DataFrame -> a pivot of the
indicators by label and period. Written cell by cell, as in a notebook.

    /usr/bin/python3 examples/python/pages_to_dataframe.py saved-pages/

(With a build tree instead of an installed package:
PYTHONPATH=build/ci/python /usr/bin/python3 examples/python/pages_to_dataframe.py tests/data/pages)
"""

# %% Imports: vnextract, and pandas for the table (Debian: python3-pandas).
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

import vnextract

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "saved-pages")

# %% Every saved page under the folder: .html/.htm/.aspx as pages, .txt as
# text dumps (JSON Lines crawls: see `python -m vnextract --help`).
paths = sorted(p for p in folder.rglob("*")
               if p.suffix.lower() in {".html", ".htm", ".aspx", ".txt"})

# %% Extract in threads: one Extractor, shared (it releases the GIL). A page
# that cannot be read is reported with its reason, and the rest go on.
extractor = vnextract.Extractor()


def extract(path):
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".txt":
            return extractor.extract_text(data, source=str(path)), None
        return extractor.extract_html(data, source=str(path)), None
    except (vnextract.Error, OSError) as error:
        return None, f"{path}: {error}"


with ThreadPoolExecutor() as pool:
    results = list(pool.map(extract, paths))
docs = [doc for doc, _ in results if doc is not None]
failures = [error for _, error in results if error is not None]
for failure in failures:
    print("failed:", failure, file=sys.stderr)

# %% One row per indicator (columns: vnextract.RECORD_FIELDS).
df = vnextract.to_dataframe(docs)
print(f"{len(docs)} documents, {len(df)} indicators, {len(failures)} failed\n")

# %% Actual figures of the body text, by label and period. A label can have
# several values in one period (two pages, or a total and a part); the
# pivot shows the first and the count says how many there were.
actual = df[(df.kind == "actual") & (df.section == "body") & df.period.notna()]
pivot = actual.pivot_table(index=["label", "unit"], columns="period", values="value",
                           aggfunc="first")
with pd.option_context("display.max_rows", 60, "display.max_columns", None, "display.width", 200,
                       "display.float_format", "{:.15g}".format):
    print(pivot)

# %% The source of every number stays one lookup away: surface and source.
print()
print(df[["source", "label", "surface", "period", "kind"]].head(10).to_string(index=False))
