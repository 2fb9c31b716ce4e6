"""Helpers the quotation frames share: quote marks, invented people and words, a
frame's type and its record builder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated

_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'"))
#: Invented people.
_NAMES: Final = ("Amy Lee", "Jane Doe", "Tom Ashcroft", "Priya Nandra", "Owen Pask", "Ruth Kellaway", "Sam Idowu")
_CLAIMS: Final = ("We are proud of our staff.", "There is more to do.", "Children are at the heart of this.",
                  "Leaders are ambitious.", "Some plans are weak.", "Our families deserve better.")
_PHRASES: Final = ("highly effective", "too slow", "a big recruitment drive", "act on every recommendation",
                   "a turning point", "a new package of support")

Frame = Callable[[st.DrawFn], Generated]


def _pick(draw: st.DrawFn, options: list[tuple[str, Source]]) -> tuple[str, Source]:
    return draw(st.sampled_from(options))


def _q(draw: st.DrawFn, text: str) -> str:
    op, cl = draw(st.sampled_from(_MARKS))
    return f"{op}{text}{cl}"


def _gen(text: str, *pairs: tuple[str, Source | None]) -> Generated:
    return Generated(text, quotes=frozenset((t, None, s) for t, s in pairs))
