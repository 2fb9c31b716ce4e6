"""Whether an inspection mention tells of an event still to come: "next" (unless a past
date follows it: "by the time of its next inspection, in July 2022" counts from an earlier
event), "will", "due to", "preparing for", a return planned for it, or a predicate of the
future after it ("... is due to take place in May")."""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ._inspection_lists import YEAR_PATTERN
from ._inspection_vetoes import FUTURE, FUTURE_AFTER, FUTURE_WORD, RETURN_FOR

#: A date set right after a mention: "(its next inspection), in July 2022", "(the next visit) in 2019".
_DATE_SET_AFTER: Final = timed(r",?\ (?i:in|on|during)\ ")


def past_date_after(ctx: Context, end: int) -> bool:
    """Whether a mention ending at ``end`` has a date of its own right after it, with a
    year, before the text's reference date (any, when it has none)."""
    m = _DATE_SET_AFTER.match(ctx.text, end)
    if m is None:
        return False
    after = ctx.dates_in(m.end(), m.end() + 30)
    date = after[0] if after and after[0].start == m.end() else None
    if date is None or date.value is None or date.relative or not YEAR_PATTERN.search(ctx.text, date.start, date.end):
        return False
    return ctx.reference is None or date.value < ctx.reference.isoformat()[: len(date.value)]


def future_event(ctx: Context, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` tells of the future."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    before = ctx.text[max(s_start, start - 60) : start]
    future = FUTURE.search(before)
    nexted = (future is not None and FUTURE_WORD.match(future.group()) is not None) or FUTURE_WORD.search(ctx.text, start, end) is not None
    return bool(
        (future is not None and not nexted) or (nexted and not past_date_after(ctx, end))
        or RETURN_FOR.search(ctx.text, max(s_start, start - 90), start) or FUTURE_AFTER.match(ctx.text, end, max(s_end, end))
    )


__all__ = ["future_event", "past_date_after"]
