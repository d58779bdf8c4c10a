# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Typed, auditable economic indicators from Vietnamese government news-portal pages.

    >>> import vnextract
    >>> doc = vnextract.extract_html(open("page.html", "rb").read(), source="page.html")
    >>> doc.published, doc.title
    >>> for ind in doc.indicators:
    ...     print(ind.label, ind.value, ind.unit, ind.qualifier, ind.period, ind.kind)
    >>> import pandas
    >>> pandas.DataFrame(doc.to_records())

Functions (module-level ones use an Extractor with default Options):
    extract_html(html, source=None, published=None) -> Document
    extract_text(text, source=None, published=None) -> Document
    find_quantities(text) -> list[Quantity]
    decode_html(html) -> str            the text that spans index into
    to_records(documents) -> list[dict] flat rows of many documents
    to_dataframe(documents, unique=False) the same as a pandas.DataFrame
                                        (unique: each fact once, restatements left out)
    to_panel(documents)                 one row per concept, area and period, the
                                        sources behind it, disagreements flagged
    csv_header(), csv_rows(documents)   the extract CLI's CSV, byte for byte
    format_number(value) -> str         a number as JSON and CSV write it
Repeated use with other settings:
    Extractor(Options(max_input_bytes=..., reference_date=...))
Records (read-only; ``to_dict()`` / ``to_json()`` give the JSON record):
    Document, Indicator, Quantity, Diagnostic
Enums (``str(x)`` is the JSON name and ``Qualifier.MORE_THAN == "more_than"``):
    Section, Qualifier, Kind
Errors (all subclasses of ``Error``):
    EncodingError, InputTooLargeError, InvalidArgumentError
Command line: ``python -m vnextract --help`` (the extract CLI's formats).

Spans are ``(begin, end)`` byte offsets into the UTF-8 input: for a str
``html``, ``html.encode()[begin:end].decode() == indicator.surface``.
Extraction releases the GIL and may run from many threads at once.
"""

from ._vnextract import (
    RECORD_FIELDS,
    SCHEMA_VERSION,
    Diagnostic,
    Document,
    EncodingError,
    Error,
    Extractor,
    Indicator,
    InputTooLargeError,
    InvalidArgumentError,
    Kind,
    Options,
    Qualifier,
    Quantity,
    Section,
    decode_html,
    extract_html,
    csv_header,
    csv_rows,
    extract_text,
    find_quantities,
    format_number,
    to_records,
    version,
)

__version__ = version

__all__ = [
    "Diagnostic",
    "Document",
    "EncodingError",
    "Error",
    "Extractor",
    "Indicator",
    "InputTooLargeError",
    "InvalidArgumentError",
    "Kind",
    "Options",
    "Qualifier",
    "Quantity",
    "RECORD_FIELDS",
    "SCHEMA_VERSION",
    "Section",
    "__version__",
    "csv_header",
    "csv_rows",
    "decode_html",
    "extract_html",
    "extract_text",
    "find_quantities",
    "format_number",
    "to_dataframe",
    "to_panel",
    "to_records",
    "version",
]


def _pandas(caller):
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the machine
        raise ImportError(
            f"vnextract.{caller}() needs pandas (Debian: apt install python3-pandas); "
            "vnextract.to_records(documents) gives the rows as dicts"
        ) from error
    return pandas


def to_dataframe(documents, unique=False):
    """The flat records of many documents as a pandas.DataFrame.

    One row per indicator, columns RECORD_FIELDS in order (also when there is
    no row). With ``unique=True`` the indicators that restate another (a
    title or lead figure repeated further down: ``restates`` is set) are left
    out, so that a sum counts each fact once -- the extract CLI's --unique.
    pandas is imported here, not by ``import vnextract``; without it this
    raises ImportError saying how to get it.

        >>> df = vnextract.to_dataframe(docs, unique=True)
        >>> df.pivot_table(index="concept", columns="period", values="value", aggfunc="first")
    """
    pandas = _pandas("to_dataframe")
    rows = to_records(documents)
    if unique:
        rows = [r for r in rows if r["restates"] is None]
    return pandas.DataFrame(rows, columns=list(RECORD_FIELDS))


PANEL_COLUMNS = ["concept_label", "area_level", "value", "value_min", "value_max", "unit",
                 "kind", "compare_to", "label", "sources", "n_sources", "conflict"]


def to_panel(documents, targets=False):
    """One table across many articles: a pandas.DataFrame indexed by
    (concept, area, period) with the value and the sources behind it.

    Rows come from the indicators that have a concept, an area and a period,
    each fact once (restatements left out); targets (kind "target": plans,
    not measurements) only with ``targets=True``. Articles that give the
    same value (same unit and comparison) for a cell make one row, their
    sources listed in ``sources`` (``n_sources`` of them; a source is the
    document's source, then "#" and the indicator's index). When they give
    different values for one cell -- the same concept, area, period, kind of
    comparison and unit -- every value is kept, one row each, and
    ``conflict`` is True on all of them: nothing is averaged. A rate
    measured against different bases (CPI against the previous month and
    against the same month last year) is two rows of one cell told apart by
    ``compare_to``, not a conflict.

    Columns: concept_label, area_level, value, value_min, value_max, unit,
    kind ("actual", "estimate", or both joined by "," when an estimate and a
    result agree), compare_to, label (the first source's), sources,
    n_sources, conflict.

        >>> panel = vnextract.to_panel(docs)
        >>> panel.loc["export_value"]          # every area and period
        >>> panel[panel.conflict]              # what the articles disagree on
    """
    pandas = _pandas("to_panel")
    cells = {}
    for doc in documents:
        for index, ind in enumerate(doc.indicators):
            if ind.restates is not None or ind.concept is None or ind.area is None:
                continue
            if ind.period is None or (ind.kind == "target" and not targets):
                continue
            cell = (ind.concept, ind.area, ind.period, ind.compare_to, ind.unit,
                    ind.kind == "target")
            value = (ind.value, ind.value_min, ind.value_max)
            rows = cells.setdefault(cell, {})
            row = rows.get(value)
            if row is None:
                row = rows[value] = {
                    "concept": ind.concept, "area": ind.area, "period": ind.period,
                    "concept_label": ind.concept_label, "area_level": ind.area_level,
                    "value": ind.value, "value_min": ind.value_min,
                    "value_max": ind.value_max, "unit": ind.unit, "kinds": set(),
                    "compare_to": ind.compare_to, "label": ind.label, "sources": []}
            row["kinds"].add(str(ind.kind))
            source = f"{doc.source}#{index}"
            if source not in row["sources"]:
                row["sources"].append(source)
    records = []
    for rows in cells.values():
        conflict = len(rows) > 1
        for row in rows.values():
            kinds = row.pop("kinds")
            records.append(dict(row, kind=",".join(sorted(kinds)), n_sources=len(row["sources"]),
                                conflict=conflict))
    frame = pandas.DataFrame(records, columns=["concept", "area", "period"] + PANEL_COLUMNS)
    frame = frame.sort_values(["concept", "area", "period", "compare_to", "value"],
                              na_position="first", kind="stable")
    return frame.set_index(["concept", "area", "period"])


# Show the public names as vnextract.X (in tracebacks, repr and pickling)
# rather than vnextract._vnextract.X.
for _obj in (Error, EncodingError, InputTooLargeError, InvalidArgumentError):
    _obj.__module__ = __name__
del _obj
