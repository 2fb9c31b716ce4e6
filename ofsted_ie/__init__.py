"""Structured records from English text about Ofsted inspections of councils'
children's services: ratings, workforce percentages, caseloads, quotations,
inspections, people and authorities, each with its evidence span.

Example:
    >>> import ofsted_ie
    >>> doc = ofsted_ie.extract("Kent County Council was rated 'good' by Ofsted.")
    >>> [(r.authority, r.grade, r.judgement) for r in doc.ratings]
    [('Kent', 'good', 'overall')]
"""

from __future__ import annotations

import datetime as _dt
import functools as _functools
import os as _os
import sys as _sys
import types as _types
import warnings as _warnings
from collections.abc import Iterable as _Iterable
from collections.abc import Iterator as _Iterator
from collections.abc import Sized as _Sized
from typing import Any as _Any
from typing import BinaryIO as _BinaryIO

from .explanation import Explanation
from .extractor import Extractor
from .facts import Fact
from .history import Citation, Claim, Conflict, Entry, History, history
from .history_html import render_history_html
from .records import (
    FRAMEWORKS,
    GRADES,
    INSPECTION_KINDS,
    JUDGEMENTS,
    MEASURES,
    QUALIFIERS,
    SCHEMA,
    SOURCES,
    STATISTICS,
    Authority,
    Caseload,
    Document,
    Inspection,
    Percentage,
    Person,
    Quote,
    Rating,
    Record,
)
from .render import render_html
from .rule import FailedInput, Rule, RuleTimeout
from .tables import to_rows

__version__ = "0.1.0"

__all__ = [
    "Authority",
    "Caseload",
    "Citation",
    "Claim",
    "Conflict",
    "Document",
    "Entry",
    "Explanation",
    "Extractor",
    "FRAMEWORKS",
    "Fact",
    "FailedInput",
    "GRADES",
    "History",
    "INSPECTION_KINDS",
    "Inspection",
    "JUDGEMENTS",
    "MEASURES",
    "Percentage",
    "Person",
    "QUALIFIERS",
    "Quote",
    "Rating",
    "Record",
    "Rule",
    "RuleTimeout",
    "SCHEMA",
    "SOURCES",
    "STATISTICS",
    "__version__",
    "default_extractor",
    "explain",
    "extract",
    "extract_many",
    "extract_pdf",
    "history",
    "render_history_html",
    "render_html",
    "to_rows",
]


class _CallableModule(_types.ModuleType):
    """The ``ofsted_ie.records`` module, still callable as the function it was once
    shadowed by: ``ofsted_ie.records(docs)`` warns and returns ``ofsted_ie.to_rows(docs)``.
    Kept for one release after ``to_rows`` was added; then remove it and the line below."""

    def __call__(self, docs: _Iterable[Document]) -> _Iterator[dict[str, _Any]]:
        _warnings.warn(
            "ofsted_ie.records(docs) is deprecated; use ofsted_ie.to_rows(docs)",
            DeprecationWarning,
            stacklevel=2,
        )
        return to_rows(docs)


# ``from .records import ...`` above made ``ofsted_ie.records`` the records module again
# (``import ofsted_ie.records as r`` gives the module); this keeps the old call working.
_sys.modules[f"{__name__}.records"].__class__ = _CallableModule


@_functools.cache
def default_extractor() -> Extractor:
    """The extractor ``extract`` uses: every packaged rule (built on first use, then
    shared; a rule compiles when a text first asks for it)."""
    return Extractor()


def extract(text: str, *, id: str | None = None, reference_date: _dt.date | str | None = None) -> Document:
    """Extract every record from one text with the default rules.

    Args:
        text: the article or report text.
        id: an identifier to carry on the Document.
        reference_date: what relative dates resolve against when the text has no dateline.

    Returns:
        The Document (empty lists when nothing was found).

    Raises:
        TypeError: ``text`` is not a ``str``; decode bytes first.
    """
    return default_extractor().extract(text, id=id, reference_date=reference_date)


def extract_pdf(
    source: str | _os.PathLike[str] | bytes | _BinaryIO,
    *,
    id: str | None = None,
    reference_date: _dt.date | str | None = None,
) -> Document:
    """Extract every record from a PDF with the default rules (the ``pdf`` extra); see
    ``Extractor.extract_pdf``."""
    return default_extractor().extract_pdf(source, id=id, reference_date=reference_date)


def extract_many(
    texts: _Iterable[str | FailedInput],
    *,
    ids: _Iterable[str | None] | None = None,
    reference_date: _dt.date | str | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> _Iterator[Document]:
    """Extract from many texts, yielding Documents in input order; see
    ``Extractor.extract_many``. With ``progress=True`` a line on stderr counts the
    Documents as they come (``ofsted_ie.progress``)."""
    docs = default_extractor().extract_many(texts, ids=ids, reference_date=reference_date, jobs=jobs)
    if not progress:
        return docs
    from .progress import progress as _progress

    total = len(texts) if isinstance(texts, _Sized) else None
    return _progress(docs, total)


def explain(text: str, *, reference_date: _dt.date | str | None = None) -> Explanation:
    """Why each thing in ``text`` was or was not extracted, with the default rules; see
    ``Extractor.explain``.

    Example:
        >>> import ofsted_ie
        >>> why = ofsted_ie.explain("Essex has good practice in adoption.")
        >>> [(m.text, m.outcome, m.reason) for m in why.of("grade")]
        [('good', 'vetoed', 'an ordinary adjective')]
    """
    return default_extractor().explain(text, reference_date=reference_date)
