"""The statistic a caseload figure's wording implies when none is named: a rate per
worker ("20 cases per social worker", "the caseload per practitioner is 16") is a mean,
a council's as a nation's; the ends of a range ("15 to 20 per worker") are no mean."""

from __future__ import annotations

from typing import Final

import regex

from .._timed import FROM_END, timed
from ..context import Context

__all__ = ["per_worker_rate"]

#: A rate per worker: "per (qualified children's) social worker", "per full-time practitioner",
#: "for every social worker", "per head".
_PER_WORKER: Final = timed(r"(?i:(?:\bper|\bfor\ (?:every|each))\ (?:[\w'()-]+\ ){0,3}?(?:social\ )?(?:workers?|practitioners?)\b|\bper\ head\b)")
#: How far after a caseload figure, in its sentence, a rate per worker is looked for.
_PER_REACH: Final = 60
#: Two figures joined as a range: "15 to 20", "between 15 and 20", "15-20"; not a change's
#: two levels ("from 25 to 18": each a rate).
_RANGE: Final = timed(r"(?i:(?<!\bfrom\ [\d.]*)\d\ ?(?:-|\u2013|to|and)\ ?\d)")
_RANGE_BEFORE: Final = timed(r"(?i:(?<!\bfrom\ [\d.]*)\d\ ?(?:-|\u2013|to|and)\ ?$)", FROM_END)
#: Some workers, not all, before the figure: their caseloads are no mean ("some had 30 per worker").
_SOME: Final = timed(r"(?i:\b(?:some|a\ few|several|one|many|individual|a\ number\ of|certain)\b)")


def per_worker_rate(ctx: Context, m: regex.Match[str]) -> bool:
    """Whether the caseload match ``m`` states one rate per worker (in its sentence, up to
    a little after it), and is no end of a range nor some workers' ("some had 30 per worker")."""
    if _RANGE.search(m.group()) or _RANGE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return False
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if _SOME.search(ctx.text, s_start, m.start()):
        return False
    return _PER_WORKER.search(ctx.text, s_start, min(max(s_end, m.end()), m.end() + _PER_REACH)) is not None

