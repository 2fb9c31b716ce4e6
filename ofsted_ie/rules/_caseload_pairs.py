"""Caseloads told of several councils in one list and their figures in another, paired
in order: "Bury and Bolton had the highest caseloads, at 27 and 25 respectively", "Bury,
Bolton and Wigan had average caseloads of 27, 25 and 24". The rule is in ``caseloads``'
``RULES``; this module holds its pattern and build.

The match runs from the sentence's start to the end of the figures' list, so that it
outranks the shorter matches inside it that would give every figure to the last council
named (``prefer_longest``); it gives records only when the councils'
list and the figures' list are as long as each other.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ..records import Caseload, Statistic
from ._caseload_patterns import ADULTS, CASELOAD_CONTEXT, MOST_CASES, NOT_CASELOAD
from ._common import number_value

__all__ = ["PAIRED", "build_paired"]

_FIG = r"\d{1,3}(?:\.\d{1,2})?"
#: From a sentence's start to a list of two or more figures, and "respectively" after it.
PAIRED = rf"""
    (?<=^|\n|[.!?:]["'\u201d\u2019)]?\ |\u2022\ )\p{{Lu}}[^.!?\n;%]{{0,200}}?(?<![\d.,])   # from the sentence's start
    (?P<figures>{_FIG}(?:,\ {_FIG})*,?\ (?i:and|&)\ {_FIG})(?![\d%]|\.\d|\ ?%|\ (?i:per\ ?cent|percent))   # "27, 25 and 24"
    (?:\ (?i:cases|children))?(?P<respectively>,?\ (?i:respectively))?
"""
#: What joins the councils of one list: "Bury, Bolton and Wigan", "Bury & Bolton".
_JOIN: Final = timed(r",\ |,?\ (?i:and|&)\ ")
_FIGURE: Final = timed(_FIG)
#: A range's opening right before the figures: "between", "from", "ranging from".
_RANGE_BEFORE: Final = timed(r"(?i:\b(?:between|from)\ $)")
#: How far into its sentence a list of councils, as its subject, may start.
_SUBJECT_START: Final = 40


def build_paired(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """Each council of a list paired with the figure at its place in the list of figures,
    in a sentence about caseloads and no other measure."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    before = ctx.text[m.start():m.start("figures")]
    if CASELOAD_CONTEXT.search(before) is None or NOT_CASELOAD.search(before) is not None or ADULTS.search(before) is not None:
        return []
    if _RANGE_BEFORE.search(before) is not None:
        return []  # "caseloads of between 20 and 25": a range's ends, not a pair's
    figures = list(_FIGURE.finditer(ctx.text, *m.span("figures")))
    runs: list[list[tuple[int, int, str]]] = []
    for x in ctx.mentions_in(m.start(), m.start("figures")):
        if runs and _JOIN.fullmatch(ctx.text, runs[-1][-1][1], x.start) is not None:
            runs[-1].append((x.start, x.end, x.name))
        else:
            runs.append([(x.start, x.end, x.name)])
    paired = [r for r in runs if len(r) == len(figures)]
    if not paired:
        return []
    names = paired[-1]
    if m.group("respectively") is None and names[0][0] - s_start > _SUBJECT_START:
        return []  # with no "respectively", only a list of councils as the sentence's subject
    statistic: Statistic | None = "average" if "averag" in before.lower() else None
    out = []
    for (_, _, name), figure in zip(names, figures, strict=True):
        value = number_value(figure.group())
        if value is None or value > MOST_CASES:
            return []
        a, b = figure.span()
        ctx.note_why(a, b, "authority", name, "the council at its place in a list of councils paired with a list of figures")
        out.append(Caseload(authority=name, value=value, statistic=statistic, when=ctx.when_for(a, b), start=a, end=b))
    return out
