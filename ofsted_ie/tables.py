"""Flat rows of records, for tables (pandas, CSV): one dict per record, with its
document's fields; one row for a document with no record or an error."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from .records import RECORD_TYPES, Document

__all__ = ["COLUMNS", "DOCUMENT_COLUMNS", "inert_cell", "to_rows", "when_range"]

#: The document's fields each row repeats (after ``doc_id`` and ``type``).
DOCUMENT_COLUMNS: Final = ("published", "byline", "error")
#: Every column a row may have, in a stable order: doc_id, type, the document's fields,
#: the union of the record fields in contract order, then the record's evidence.
COLUMNS: Final = tuple(
    dict.fromkeys(
        ["doc_id", "type", *DOCUMENT_COLUMNS, *(f.name for cls in RECORD_TYPES.values() for f in attrs.fields(cls)),
         "when_start", "when_end", "evidence"]
    )
)

#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, quoted with a leading ``'`` as
    OWASP advises; numbers and other text are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def when_range(when: str) -> tuple[str, str]:
    """The first and last day an ISO partial date covers, for tools that want whole dates
    ("2014" is 2014-01-01 to 2014-12-31, "2014-08" the days of August 2014).

    Example:
        >>> when_range("2016-02")
        ('2016-02-01', '2016-02-29')
    """
    parts = [int(p) for p in when.split("-")]
    year = parts[0]
    if len(parts) == 3:
        return when, when
    if len(parts) == 2:
        last = calendar.monthrange(year, parts[1])[1]
        return f"{year:04d}-{parts[1]:02d}-01", f"{year:04d}-{parts[1]:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def to_rows(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """Yield one flat dict per record, with its document's ``doc_id``, ``published``,
    ``byline`` and ``error``, its ``type`` (singular field name), the first and last day
    its ``when`` covers (``when_start``, ``when_end``: whole dates for pandas) and its
    ``evidence``; a
    document with no record, or with an error, gives one row of ``type`` "document", so
    that no input vanishes from a table.

    Raises:
        TypeError: an item of ``docs`` is not a Document (its position is named).

    Example:
        >>> from ofsted_ie import Document, Rating
        >>> next(to_rows([Document(id="a", ratings=[Rating(authority="Kent", grade="good")])]))["type"]
        'rating'
    """
    singular = {"authorities": "authority", "ratings": "rating", "percentages": "percentage",
                "caseloads": "caseload", "quotes": "quote", "inspections": "inspection", "people": "person"}
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"to_rows() takes Documents, got {type(doc).__name__} at position {i}")
        about = {"published": doc.published, "byline": doc.byline, "error": doc.error}
        empty = True
        for field in RECORD_TYPES:
            for record in getattr(doc, field):
                empty = False
                row = {"doc_id": doc.id, "type": singular[field], **about, **attrs.asdict(record, recurse=False)}
                if row.get("when"):
                    row["when_start"], row["when_end"] = when_range(row["when"])
                yield {**row, "evidence": doc.evidence(record)}
        if empty or doc.error is not None:
            yield {"doc_id": doc.id, "type": "document", **about}
