"""Quotations told twice: a quoted crosshead, or a headline's or standfirst's quotation
repeating words said in the body, takes the side of the telling whose speaker is named."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from ...context import Context
from ...records import Quote, Source

__all__ = ["told_again"]

#: How many words a headline's quotation needs to be told again in the body.
_ECHO_WORDS: Final = 3
#: How many paragraphs open a text as its headline and standfirst.
_HEADLINE_PARAGRAPHS: Final = 3


def told_again(ctx: Context, quotes: list[Quote], crossheads: Sequence[int]) -> list[Quote]:
    """``quotes`` (in text order), the crossheads at ``crossheads`` given the side of a
    quotation holding their words, and a headline's quotation that of a later one with a
    speaker ("'We have earned it': Kent rated good" above "..., the director said: 'We
    have earned it.'")."""
    out = list(quotes)
    for i in crossheads:
        side = _side_of_the_same_words(out[i], out)
        out[i] = attrs.evolve(out[i], source=side) if side is not None else out[i]
    for i, q in enumerate(out):
        if _in_headline(ctx, q.start or 0) and len(q.text.split()) >= _ECHO_WORDS:
            side = _side_of_the_same_words(q, [b for b in out if (b.start or 0) > (q.end or 0) and b.speaker is not None])
            out[i] = attrs.evolve(q, source=side) if side is not None else q
    return out


def _in_headline(ctx: Context, start: int) -> bool:
    """Whether ``start`` lies in a line of the text's first paragraphs that ends with no
    full stop (a headline or standfirst, not a sentence of the body)."""
    index = ctx.prepared.paragraph_index(start)
    p_start, p_end = ctx.prepared.paragraphs[index]
    return index < _HEADLINE_PARAGRAPHS and ctx.text[p_start:p_end].rstrip()[-1:] not in ".!?"


def _side_of_the_same_words(told: Quote, quotes: Iterable[Quote]) -> Source | None:
    """The side of a quotation among ``quotes`` holding the words of ``told``."""
    words = " ".join(told.text.lower().split())
    for q in quotes:
        if q is not told and q.source is not None and words in " ".join(q.text.lower().split()):
            return q.source
    return None
