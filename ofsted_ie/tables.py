"""Flat rows of records, for tables (pandas, CSV): one dict per record."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from .records import RECORD_TYPES, Document

__all__ = ["COLUMNS", "to_rows"]

#: Every column a row may have, in a stable order: document, type, then the union of
#: the record fields in contract order.
COLUMNS: Final = tuple(
    dict.fromkeys(
        ["doc_id", "type", *(f.name for cls in RECORD_TYPES.values() for f in attrs.fields(cls)), "evidence"]
    )
)


def to_rows(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """Yield one flat dict per record, with ``doc_id`` and ``type`` (singular field name).

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
        for field in RECORD_TYPES:
            for record in getattr(doc, field):
                yield {"doc_id": doc.id, "type": singular[field], **attrs.asdict(record, recurse=False),
                       "evidence": doc.evidence(record)}
