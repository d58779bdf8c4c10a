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
    to_dataframe(documents)             the same as a pandas.DataFrame
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
    "to_records",
    "version",
]


def to_dataframe(documents):
    """The flat records of many documents as a pandas.DataFrame.

    One row per indicator, columns RECORD_FIELDS in order (also when there is
    no row). pandas is imported here, not by ``import vnextract``; without it
    this raises ImportError saying how to get it.

        >>> df = vnextract.to_dataframe(docs)
        >>> df.pivot_table(index="label", columns="period", values="value", aggfunc="first")
    """
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the machine
        raise ImportError(
            "vnextract.to_dataframe() needs pandas (Debian: apt install python3-pandas); "
            "vnextract.to_records(documents) gives the same rows as dicts"
        ) from error
    return pandas.DataFrame(to_records(documents), columns=list(RECORD_FIELDS))


# Show the public names as vnextract.X (in tracebacks, repr and pickling)
# rather than vnextract._vnextract.X.
for _obj in (Error, EncodingError, InputTooLargeError, InvalidArgumentError):
    _obj.__module__ = __name__
del _obj
