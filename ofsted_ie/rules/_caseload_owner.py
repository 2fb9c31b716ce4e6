"""Whose a caseload is: no council's when its own words make it national or regional,
else the council its figure is of (``figure_authority``), one told before any council is
named and again after, or the council its sentence opens with; each step noted for
``explain``."""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ._caseload_patterns import CASELOAD_CONTEXT
from ._common import NATIONAL_FIGURE, figure_authority

__all__ = ["caseload_authority", "is_national"]


def caseload_authority(ctx: Context, m: regex.Match[str], value: str, national: bool) -> str | None:
    """The authority of the caseload matched by ``m`` (its figure ``value``)."""
    if national:
        return ctx.note_why(m.start(), m.end(), "authority", None, "a national or regional caseload (its own words say so)")
    authority = figure_authority(ctx, m.start(), m.end(), clause=True)
    if authority is None:
        early = _told_early(ctx, m, value)
        if early is not None:
            return ctx.note_why(m.start(), m.end(), "authority", early,
                                "stated before any council is named, and again as the named council's")
        return None
    subject = _subject(ctx, m)
    if subject is not None:
        return ctx.note_why(m.start(), m.end(), "authority", subject, "the council its sentence opens with")
    return authority


#: What may stand before a sentence's subject council: "In Kent, ...", "At Kent, ...".
_SUBJECT_LEAD: Final = timed(r"\W*(?:(?i:in|at|for)\ )?$")


def _subject(ctx: Context, m: regex.Match[str]) -> str | None:
    """The council a sentence opens with, when others are named before the caseload only
    in asides or other clauses ("Kent, which is supported by Medway, has cut caseloads to
    18": Kent's), and none after the last comma before it ("..., but in Medway caseloads
    were 15": Medway's)."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    named = ctx.mentions_in(s_start, m.start())
    if len({x.name for x in named}) < 2 or not _SUBJECT_LEAD.match(ctx.text, s_start, named[0].start):
        return None
    last_comma = ctx.text.rfind(",", s_start, m.start())
    if any(x.start > last_comma for x in named):
        return None
    return named[0].name


def _told_early(ctx: Context, m: regex.Match[str], value: str) -> str | None:
    """The council of a caseload stated before any council is named (a headline's) and
    again, as a caseload, after the first council is: its figure told early."""
    if not ctx.mentions or m.end() > ctx.mentions[0].start:
        return None
    again = regex.compile(rf"(?<![\d.]){regex.escape(value)}(?!\d|\.\d|\ ?%|\ per\ ?cent)")
    for x in again.finditer(ctx.text, ctx.mentions[0].end):
        if CASELOAD_CONTEXT.search(ctx.text, *ctx.prepared.sentence_with_previous(x.start())):
            return ctx.authority_for(*x.span())
    return None


def is_national(ctx: Context, m: regex.Match[str]) -> bool:
    """Whether the caseload's own words (from the sentence's start, or the figure before
    it, to its figure) name a national or regional one: "above the national average of
    16.3" beside a council's own "average caseload is 19"."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    at = m.start("value") if m.groupdict().get("value") is not None else m.end()
    own = regex.split(r"\d(?=[^\d]*$)", ctx.text[s_start:at], maxsplit=1)[-1] if at > s_start else ""
    return NATIONAL_FIGURE.search(own) is not None
