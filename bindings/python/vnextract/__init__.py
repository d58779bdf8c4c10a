# Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
"""Typed, auditable economic indicators from Vietnamese government news-portal pages.

    >>> import vnextract
    >>> doc = vnextract.extract_html(open("page.html", "rb").read(), source="page.html")
    >>> doc.published, doc.title
    >>> for ind in doc.indicators:
    ...     print(ind.label, ind.value, ind.unit, ind.qualifier, ind.period, ind.kind)

Functions:
    extract_html(html, source=None) -> Document
    extract_text(text, source=None, published=None) -> Document
    find_quantities(text) -> list[Quantity]

Records (read-only; ``to_dict()`` / ``to_json()`` give the JSON record):
    Document, Indicator, Quantity, Diagnostic
Enums (``str(x)`` is the JSON name, e.g. ``str(Qualifier.MORE_THAN) == "more_than"``):
    Section, Qualifier, Kind
Errors (all subclasses of ``Error``):
    EncodingError, InputTooLargeError, InvalidArgumentError

Spans are ``(begin, end)`` byte offsets into the UTF-8 input: for a str
``html``, ``html.encode()[begin:end].decode() == indicator.surface``.
Extraction releases the GIL and may run from many threads at once.
"""

from ._vnextract import (
    SCHEMA_VERSION,
    Diagnostic,
    Document,
    EncodingError,
    Error,
    Indicator,
    InputTooLargeError,
    InvalidArgumentError,
    Kind,
    Qualifier,
    Quantity,
    Section,
    extract_html,
    extract_text,
    find_quantities,
    version,
)

__version__ = version

__all__ = [
    "Diagnostic",
    "Document",
    "EncodingError",
    "Error",
    "Indicator",
    "InputTooLargeError",
    "InvalidArgumentError",
    "Kind",
    "Qualifier",
    "Quantity",
    "SCHEMA_VERSION",
    "Section",
    "__version__",
    "extract_html",
    "extract_text",
    "find_quantities",
    "version",
]

# Show the public names as vnextract.X (in tracebacks, repr and pickling)
# rather than vnextract._vnextract.X.
for _obj in (Error, EncodingError, InputTooLargeError, InvalidArgumentError):
    _obj.__module__ = __name__
del _obj
