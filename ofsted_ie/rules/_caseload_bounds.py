"""Guards of the caseload rules that read the words around a figure: another unit after
it ("40 staff"), a worker's bound that makes a weak verb's figure a caseload ("social
workers were working with as many as 40 families"), and a series of figures that follows
a caseload's first figure ("caseloads of 30, 35 and even 40")."""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ._caseload_patterns import ABOVE, MAXIMA

__all__ = ["OTHER_UNIT", "series_of_caseloads", "worker_bound"]

#: A unit after a figure that makes it no caseload: "40 days", "40 staff".
OTHER_UNIT: Final = timed(
    r"(?i:\ (?:visits?|days?|weeks?|months?|years?|hours?|minutes?|miles?|pupils?|staff|posts?|families|homes|beds|places|points?)\b)"
)

#: A worker right before the verb, with only a tense or hedge between: "social workers were".
_WORKER_JUST_BEFORE: Final = timed(
    r"(?i:\b(?:social\ workers?|practitioners?|caseworkers?|team\ members|members\ of\ staff|NQSWs?|ASYEs?)(?:\ (?:in|at)\ [\w'&,\ -]{1,60}?)?\ (?:(?:are|were|is|was|have\ been|had\ been)\ )?"
    r"(?P<typically>(?:now|currently|often|each|all|typically|usually|generally|normally)\ )?$)")


def worker_bound(m: regex.Match[str], before: str) -> bool:
    """Whether a weak verb's figure is a worker's own by its bound: a worker just before
    it and an upper bound, a lower one, a range or "on average" ("social workers were
    working with as many as 40 families", "have 25 to 33 families", "work with more than
    16 families", "practitioners are supporting 15 children on average"), or an adverb of
    what is usual ("social workers typically have 15-20 children"), not a service's
    count ("staff had 40 children in care")."""
    qualifier = (m.group("qualifier") or "").lower()
    bound = qualifier in MAXIMA or qualifier in ABOVE or m.group("low") is not None or m.group("on_average") is not None
    worker = _WORKER_JUST_BEFORE.search(before)
    return worker is not None and (bound or _TYPICAL.fullmatch(worker.group("typically") or "") is not None)


#: An adverb of what is usual for each worker: "social workers typically have 15-20 children".
_TYPICAL: Final = timed(r"(?i:(?:typically|usually|generally|normally)\ )")


#: A series' start: a caseload and its first figure, "caseloads of 30", "caseloads were 17, 19".
_SERIES_START: Final = timed(
    r"(?i:(?:caseloads?|case\ loads?)\ (?:of|at|were|are|was|is|averag\w*|reached|between|from|ranging\ from)\ "
    r"(?:(?:as\ high\ as|up\ to|around|about|over|more\ than)\ )?\d[\d.]*(?:,\ \d[\d.]*)*(?:,?\ (?:and|or))?$)")
#: How far back from a series' figure its start is looked for (bounded per figure).
_SERIES_REACH: Final = 160
#: The rest of a series of figures, to the unit after its last: ", 35 and 40 staff".
_SERIES_REST: Final = timed(r"(?:(?:,\ |,?\ (?i:and|or)\ )(?:(?i:even|sometimes|occasionally)\ )?\d[\d.]*)*")


def series_of_caseloads(ctx: Context, m: regex.Match[str], before: str) -> bool:
    """Whether a figure in a series ("caseloads of 30, 35 and even 40") follows a
    caseload's first figure, and the series ends in no other unit ("... 40 staff")."""
    if _SERIES_START.search(before, max(0, len(before) - _SERIES_REACH)) is None:
        return False
    rest = _SERIES_REST.match(ctx.text, m.end("value"))
    return OTHER_UNIT.match(ctx.text, rest.end() if rest is not None else m.end("value")) is None
