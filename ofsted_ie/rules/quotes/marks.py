"""Marks: where a quotation's marks open and close, over paragraphs if need be.

Straight marks (the text is normalised to straight ones), double or single;
apostrophes inside words are not marks. A paragraph that opens a quotation and does
not close it continues into following paragraphs that open with a mark (or that carry
on a line broken mid-sentence); in single marks, a quotation left open at its
paragraph's end does the same, nested quotations kept. Grade labels ('inadequate')
and single capitalised words or acronyms ("ILACS") are not quotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ..._timed import timed
from ..._vocab import GRADE_PHRASES
from ...context import Context

#: A plural's possessive mark inside a quotation in single marks, where the quotation goes
#: on to close a sentence later in its line: "'Leaders' grip on practice is weak.'" (a
#: quoted plural standing alone, "'needs' were unmet", closes at its own mark).
_GOES_ON_TO_CLOSE = r"\ \p{Ll}(?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?=\ \p{Ll})){0,600}[.!?,]'(?!\w)"
_PLURAL_POSSESSIVE_AFTER = rf"(?<=s'){_GOES_ON_TO_CLOSE}"
_PLURAL_POSSESSIVE = rf"(?<=s)'(?={_GOES_ON_TO_CLOSE})"
_DOUBLE = r"""
    (?<![\w"])"(?P<body>[^"\n]{1,2000})(?:"|(?=\n|$))          # "..." or a paragraph left open
"""
_SINGLE = rf"""
    (?<![\w'])'(?P<body>(?:[^'\n]|'(?=\w)|{_PLURAL_POSSESSIVE}){{1,600}}?)'(?!\w)(?!{_PLURAL_POSSESSIVE_AFTER})  # '...', apostrophes inside words kept
"""
#: A paragraph with a single mark in it that does not end with one, before a paragraph
#: that opens with one: perhaps a quotation over several paragraphs; or a paragraph that
#: opens with one and never closes it (the next paragraph's mark left out).
_SINGLE_OPENING = r"""
    (?<![\w'])'(?=\w)[^\n]{0,2000}+(?<!'[.,!?;:]?[ ]?)(?=(?:[ ]?\n){1,3}[ ]?')
  | (?<=^|\n)'(?=\p{Lu})[^\n]{0,2000}+(?<!'[.,!?;:]?[ ]?)(?=\n|$)   # a paragraph opening a quotation it leaves open
"""

#: A single capitalised word or acronym (a name, "ILACS"), no quotation.
_ONE_NAME: Final = timed(r"\p{Lu}[\w&-]*")
_WORD_CHAR: Final = timed(r"\w")
_LINE_BREAKS: Final = timed(r"[\r\n]+")


def _is_label(body: str) -> bool:
    words = body.strip(" .,;:!?'\"").strip()
    folded = " ".join(words.lower().split())
    if folded in GRADE_PHRASES or folded.removeprefix("overall ").removesuffix(" overall") in GRADE_PHRASES:
        return True  # a grade label, "overall" with it or not ('overall good')
    return _ONE_NAME.fullmatch(words) is not None or not _WORD_CHAR.search(words)



def _continuation_end(ctx: Context, end: int) -> int:
    """End of a quotation left open at a paragraph end, through the paragraphs it runs
    into: those opening with a mark, and those that carry on a line broken mid-sentence
    (the line before ends with no stop, the next opens in lower case)."""
    paragraphs = ctx.prepared.paragraphs
    text = ctx.text
    first = i = ctx.prepared.paragraph_index(end - 1) + 1
    while i < len(paragraphs) and i - first < _MAX_PARAGRAPHS:
        p_start, p_end = paragraphs[i]
        wrapped = text[p_start : p_start + 1].islower() and text[end - 1 : end] not in ".!?:;"
        if not (text.startswith('"', p_start) or wrapped):
            return end
        close = ctx.text.find('"', p_start + 1, p_end)
        if close != -1:
            return close + 1
        end = p_end
        i += 1
    return end


#: A single mark opening a quotation (no word before, one after) or closing one (a word
#: or stop before, no word after); one between two letters is an apostrophe.
_SINGLE_MARK: Final = timed(r"(?P<open>(?<!\w)'(?=\w))|(?P<close>(?<=[\w.,!?;:)])'(?!\w))")


def _marks(ctx: Context, pos: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The single marks in ``[pos, end)`` (at most ``_PARAGRAPH_REACH`` characters):
    ``(start, end, opening)``."""
    for mark in _SINGLE_MARK.finditer(ctx.text, pos, min(end, pos + _PARAGRAPH_REACH)):
        yield mark.start(), mark.end(), bool(mark.group("open"))


def singles_in(ctx: Context, pos: int, end: int) -> list[tuple[int, int]]:
    """The quotations in single marks inside ``[pos, end)`` (a double-quoted body), each
    closed before ``end``: ``(start, end)`` of its marks. A mark left open names none."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for a, b, opening in _marks(ctx, pos, end):
        if opening:
            start = a if depth == 0 else start
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, b))
    return spans


def _walk(
    ctx: Context, pos: int, end: int, depth: int, *, stop_at_close: bool
) -> tuple[int, int, list[tuple[int, int]], int | None]:
    """Follow the single marks of ``[pos, end)`` from ``depth`` open quotations: the depth
    at the end, where the last quotation opened from depth 0 starts, the quotations
    nested one level in it, and (with ``stop_at_close``) where depth first falls to 0."""
    start, inner = -1, -1
    nested: list[tuple[int, int]] = []
    for a, b, opening in _marks(ctx, pos, end):
        if opening:
            if depth == 0:
                start, nested = a, []
            elif depth == 1:
                inner = a
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 1 and inner != -1:
                nested.append((inner, b))
                inner = -1
            elif depth == 0 and stop_at_close:
                return 0, start, nested, b
    return depth, start, nested, None


def _left_open(ctx: Context, pos: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The quotation in single marks that ``[pos, end)`` leaves open, and those nested
    in it: its opening mark's offset and the nested ones' spans; ``None`` if none is."""
    depth, start, nested, _ = _walk(ctx, pos, end, 0, stop_at_close=False)
    return (start, nested) if depth else None


def _single_paragraphs(ctx: Context, pos: int) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The quotation in single marks left open in the paragraph holding ``pos`` (from
    ``pos`` on) and continued by the paragraphs after it that open with a mark: its
    start, its end, and the quotations nested in it. ``None`` if every quotation there
    closes in the paragraph, or the paragraph itself continues an open one."""
    text, paragraphs = ctx.text, ctx.prepared.paragraphs
    first = i = ctx.prepared.paragraph_index(pos)
    if pos == paragraphs[i][0] and i > 0 and _left_open(ctx, *paragraphs[i - 1]) is not None:
        return None  # a paragraph continuing the one before: that one's quotation
    found = _left_open(ctx, pos, paragraphs[i][1])
    if found is None:
        return None
    start, nested = found
    while i - first < _MAX_PARAGRAPHS:
        i += 1
        if i >= len(paragraphs) or text[paragraphs[i][0] : paragraphs[i][0] + 1] != "'":
            return start, paragraphs[i - 1][1], nested  # left open: to its last paragraph's end
        # a paragraph continuing the quotation reopens it: its first mark is no new one
        _, _, more, closed = _walk(ctx, paragraphs[i][0] + 1, paragraphs[i][1], 1, stop_at_close=True)
        nested.extend(more)
        if closed is not None:
            return start, closed, nested
    return start, paragraphs[i][1], nested


#: A quotation runs over at most this many paragraphs, and its marks are looked for in
#: at most this many characters of each (work stays linear in hostile text).
_MAX_PARAGRAPHS: Final = 20
_PARAGRAPH_REACH: Final = 2000


#: Marks that open a continuing paragraph of quotation, in the caller's text.
_OPENING_MARKS: Final = "\"'\u201c\u201d\u2018\u2019\u201e"
