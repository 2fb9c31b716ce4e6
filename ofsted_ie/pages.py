"""Pages as one reading text: running heads blanked, wrapped lines joined, same length.

A PDF's text breaks every line where the page did: a sentence runs over several lines,
a page's running head ("Inspection of Kent local authority children's services / 2 to 13
May 2024 4") cuts into it, a word hyphenated at a line's end is split, and a report's
table row ("The experiences and progress of / children in care / Good") spans three
lines. ``reading_text`` gives back a text of the same length in which a line that
continues the one before it is joined to it by spaces, a hyphenated word is closed
(zero-width spaces, which preparation drops), and running heads and page numbers are
blanked, so that an offset into it is an offset into the pages' text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

from ._timed import timed
from ._vocab import GRADE_PHRASES

__all__ = ["reading_text"]

#: How many lines at a page's top and foot may be a running head or foot.
_EDGE_LINES: Final = 3
#: A line made only of a grade: a report's table cell on its own line ("Requires
#: improvement to be good"), or the first word of one split over two ("Requires").
_GRADE_LINE: Final = timed(
    r"\s*(?i:\L<grades>|requires?|requiring)[ .]*", grades=[g for g in GRADE_PHRASES if not g.startswith("perform") and g != "ri"]
)
#: A line that opens an item: a bullet, or a numbered paragraph ("12. ", "2.1 ").
_ITEM: Final = timed(r"\s*(?:[\u2022\u25aa\u25fc\u25cf\u25a0\uf06e\uf02d\uf0b7\u00ad*-]|\d{1,3}(?:\.\d{1,2})*\.?\s)")
#: The end of a sentence, or of a line that leads into the next (a colon or semicolon).
_CLOSED: Final = timed(r"[.!?:;][\"')\]\u2019\u201d\d]*\s*$")
#: A line's end that leaves its phrase open: a comma, a conjunction, a preposition, an article.
_OPEN_END: Final = timed(r"(?:,|\b(?i:and|or|of|the|a|an|to|in|for|with|on|by|from|at))\s*$")
#: A word hyphenated at a line's end: "inter-".
_HYPHENATED: Final = timed(r"\p{L}-\s*$")
#: Digits, for telling a running head from its page number.
_DIGITS: Final = timed(r"\d+")


def reading_text(text: str, page_starts: Sequence[int] = (0,)) -> str:
    """``text`` with its page furniture blanked and its wrapped lines joined.

    Args:
        text: pages' text, pages joined by newlines.
        page_starts: where each page starts in ``text``.

    Returns:
        A string of ``len(text)``: running heads and page numbers become spaces, the line
        break between a line and one that continues it becomes spaces, and one inside a
        hyphenated word becomes zero-width spaces.

    Example:
        >>> reading_text("The experiences and progress of\\nchildren in care\\nGood\\nNext line.")
        'The experiences and progress of children in care Good\\nNext line.'
    """
    lines = _lines(text)
    heads = _running_heads(text, lines, page_starts)
    out = list(text)
    for start, end in heads:
        out[start:end] = " " * (end - start)
    content = [(s, e) for s, e in lines if (s, e) not in heads and text[s:e].strip()]
    width = _full_width(text, content)
    for (ps, pe), (ls, le), nxt in zip(content, content[1:], [*content[2:], None], strict=False):
        prev, line = text[ps:pe].rstrip(), text[ls:le]
        following = text[nxt[0] : nxt[1]] if nxt is not None else ""
        if _HYPHENATED.search(prev) and line[:1].isalpha():
            fill = "\u200b"
        elif _continues(prev, line, following, width):
            fill = " "
        else:
            continue
        gap_start = ps + len(prev)
        out[gap_start:ls] = fill * (ls - gap_start)
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    at = 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _running_heads(text: str, lines: list[tuple[int, int]], page_starts: Sequence[int]) -> set[tuple[int, int]]:
    """Lines at the top or foot of pages that, digits aside, recur on at least half of them."""
    if len(page_starts) < 2:
        return set()
    bounds = [*page_starts, len(text) + 1]
    edges: list[list[tuple[int, int]]] = []
    k = 0
    for p in range(len(page_starts)):
        page: list[tuple[int, int]] = []
        while k < len(lines) and lines[k][0] < bounds[p + 1]:
            if text[lines[k][0] : lines[k][1]].strip():
                page.append(lines[k])
            k += 1
        edges.append(page[:_EDGE_LINES] + page[-_EDGE_LINES:] if len(page) > 2 * _EDGE_LINES else page)
    keys = Counter(key for page in edges for key in {_key(text, s, e) for s, e in page})
    recurring = {key for key, n in keys.items() if n >= max(2, len(page_starts) // 2) and len(key) < 160}
    return {span for page in edges for span in page if _key(text, *span) in recurring}


def _key(text: str, start: int, end: int) -> str:
    return _DIGITS.sub("#", " ".join(text[start:end].split()))


def _full_width(text: str, content: list[tuple[int, int]]) -> int:
    """The length of a full line of prose: the 90th percentile of the lines' lengths."""
    lengths = sorted(len(text[s:e].rstrip()) for s, e in content)
    return max(40, lengths[int(len(lengths) * 0.9)] if lengths else 0)


def _continues(prev: str, line: str, following: str, width: int) -> bool:
    """Whether ``line`` continues ``prev`` (``following`` is the line after it)."""
    if _ITEM.match(line) or not prev.strip():
        return False
    if _CLOSED.search(prev):
        return False
    stripped = line.strip()
    if stripped[:1].islower():
        return True  # a wrapped sentence, label or heading: "children in care"
    if _GRADE_LINE.fullmatch(line) and not _GRADE_LINE.fullmatch(prev):
        if stripped.lower().rstrip(" .") in ("requires", "require", "requiring"):
            return following.strip().lower().startswith("improvement")
        return True  # a table cell under its label: "children in care / Good"
    if prev.rstrip().lower().endswith(("requires", "require", "requiring")):
        return stripped.lower().startswith("improvement")
    if _OPEN_END.search(prev):
        return True  # "Inspection of Bournemouth, / Christchurch and Poole ..."
    return len(prev.rstrip()) >= 0.8 * width
