"""PDF input: the text of a PDF's pages (the ``pdf`` extra), as one text with its page starts.

``read_pdf`` turns a PDF (a path, bytes or a binary file) into a ``PdfText``: the
pages' text as pypdf extracts it, joined by newlines, with the offset where each page
starts and the reading text ``pages.reading_text`` makes of it (same length, so an
offset into one is an offset into the other). A PDF that cannot be read raises
``PdfError`` with the reason; pypdf missing raises ``ImportError`` naming the extra.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import os
from collections.abc import Callable
from typing import Any, BinaryIO

import attrs

from .pages import reading_text
from .records import RECORD_TYPES, Document

__all__ = ["PdfError", "PdfText", "extract_with", "read_pdf", "with_pages"]

#: What to install when a PDF is given and pypdf is missing.
INSTALL_HINT = 'reading PDFs needs the pdf extra: pip install "ofsted_ie[pdf]" (or pip install pypdf)'


class PdfError(ValueError):
    """A PDF that cannot be read: damaged, encrypted, or with no text (scanned pages)."""


@attrs.frozen
class PdfText:
    """The text of a PDF's pages and where each page starts."""

    #: The pages' text as extracted, joined by a newline.
    text: str
    #: The offset in ``text`` where each page starts (the first is 0).
    page_starts: tuple[int, ...]
    #: ``text`` made ready for reading (running heads blanked, wrapped lines joined): the
    #: same length as ``text``, so offsets index both.
    reading: str

    def page_of(self, offset: int) -> int:
        """The 1-based number of the page holding ``offset``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))


def read_pdf(source: str | os.PathLike[str] | bytes | BinaryIO) -> PdfText:
    """Read the text of every page of a PDF.

    Args:
        source: a path, the PDF's bytes, or a binary file open for reading.

    Raises:
        ImportError: pypdf (the ``pdf`` extra) is not installed.
        PdfError: the PDF is damaged, encrypted, or has no text layer.
        OSError: a path that cannot be opened.
    """
    try:
        import pypdf
        from pypdf.errors import PdfReadError
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    stream: BinaryIO | str
    if isinstance(source, bytes):
        stream = io.BytesIO(source)
    elif isinstance(source, (str, os.PathLike)):
        stream = os.fspath(source)
    else:
        stream = source
    try:
        reader = pypdf.PdfReader(stream)
        if reader.is_encrypted:
            raise PdfError("the PDF is encrypted: its text cannot be read without the password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError) as exc:
        raise PdfError(f"not a readable PDF: {exc}") from exc
    if not pages:
        raise PdfError("the PDF has no pages")
    if not any(p.strip() for p in pages):
        raise PdfError("the PDF has no text layer (scanned images?): nothing to read without OCR")
    starts: list[int] = []
    at = 0
    for page in pages:
        starts.append(at)
        at += len(page) + 1
    text = "\n".join(pages)
    return PdfText(text=text, page_starts=tuple(starts), reading=reading_text(text, starts))


def with_pages(doc: Document, pdf: PdfText) -> Document:
    """``doc`` (extracted from ``pdf.reading``) with the PDF's text and page starts, and
    each record's page."""
    paged: dict[str, Any] = {
        kind: tuple(attrs.evolve(r, page=pdf.page_of(r.start)) if r.start is not None else r for r in getattr(doc, kind))
        for kind in RECORD_TYPES
    }
    paged.update(text=pdf.text, pages=pdf.page_starts)
    return attrs.evolve(doc, **paged)


def extract_with(
    extract: Callable[..., Document],
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    id: str | None = None,
    reference_date: dt.date | str | None = None,
) -> Document:
    """The Document ``extract`` (an ``Extractor.extract``) makes of a PDF's reading text,
    with its pages (``Extractor.extract_pdf``); one with ``error`` for a PDF that cannot be
    read. Raises ``ImportError`` without pypdf."""
    if id is None and isinstance(source, (str, os.PathLike)):
        id = os.fspath(source)
    try:
        pdf = read_pdf(source)
    except PdfError as exc:
        return Document(id=id, error=str(exc))
    except OSError as exc:
        return Document(id=id, error=f"cannot read: {exc.strerror or exc}")
    return with_pages(extract(pdf.reading, id=id, reference_date=reference_date), pdf)
