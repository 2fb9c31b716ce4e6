"""Asides of a sentence whose dates are their own: between dashes, relative clauses after a
comma ("Kent, which had been rated good in 2017, ..."), and participle asides of a
council's grade or inspection ("Kent, rated inadequate in 2017 and yet to be re-inspected,
lost 21% of its staff"), whose dates date no figure outside them."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Final, Protocol, TypeVar

from ._timed import timed
from .gazetteer import Mention
from .text import Prepared, Span

_T = TypeVar("_T")


class _Reads(Protocol):
    """What the asides are read from (``ofsted_ie.context.Context`` has it)."""

    @property
    def prepared(self) -> Prepared: ...
    @property
    def text(self) -> str: ...
    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T: ...
    def mentions_in(self, start: int, end: int) -> list[Mention]: ...


#: A participle aside of a council's grade or inspection, set off by commas: its dates date
#: no figure outside it ("Kent, rated inadequate in 2017 and yet to be re-inspected, lost ...").
_GRADED_ASIDE: Final = timed(
    r"(?<=\w),\ (?:(?:last|first|most\ recently|recently|previously)\ )?(?:rated|judged|graded|branded|deemed|inspected|re-inspected)\b[^,;.!?\n]{1,100},"
)


def graded_aside(ctx: _Reads, at: int) -> Span | None:
    """The participle aside of a council's grade or inspection holding ``at``, if any
    ("Kent, rated inadequate in 2017 and yet to be re-inspected, ..."): its dates date no
    figure outside it."""
    s_start, s_end = ctx.prepared.sentence_at(at)
    spans = ctx.memo(("attribution", "graded-asides", s_start), lambda: [x.span() for x in _GRADED_ASIDE.finditer(ctx.text, s_start, s_end)])
    return next(((a, b) for a, b in spans if a <= at < b), None)


#: An aside between dashes: its dates are its own.
DASH_ASIDE: Final = timed(r"\ [-\u2013\u2014]\ [^-\u2013\u2014]{1,120}?\ [-\u2013\u2014](?=\ )")
#: A relative clause after a comma, to the next comma or the sentence's end: a date in it
#: is a claimant's in it, if it holds one ("Kent, which had been rated good in 2017, ...").
_RELATIVE_OPEN: Final = timed(
    r",\ (?:which|who|whose|(?:created|formed|set\ up|established|founded|carved\ out|made\ up|split\ off|formerly|previously|once)\b)"
)  # and a reduced one: "Westmorland and Furness, created when Cumbria was broken up, ..."
_CLAUSE_CLOSE: Final = timed(r"[,;:.!?\n]")


def relative_clauses(ctx: _Reads, s_start: int, s_end: int) -> tuple[Span, ...]:
    """The relative clauses of a sentence after a comma ("Kent, which shares a director
    with Medway, ..."), to the next comma or the sentence's end; found once."""
    def find() -> tuple[Span, ...]:
        out = []
        for opened in _RELATIVE_OPEN.finditer(ctx.text, s_start, s_end):
            names = [(m.start, m.end) for m in ctx.mentions_in(opened.end(), min(s_end, opened.end() + 160))]
            stop = min(s_end, opened.end() + 140)
            for close in _CLAUSE_CLOSE.finditer(ctx.text, opened.end(), stop):  # not the comma of "Bournemouth, Christchurch and Poole"
                if not any(a <= close.start() < b for a, b in names):
                    stop = close.start()
                    break
            out.append((opened.start(), stop))
        return tuple(out)

    return ctx.memo(("attribution", "relatives", s_start, s_end), find)


__all__ = ["DASH_ASIDE", "graded_aside", "relative_clauses"]
