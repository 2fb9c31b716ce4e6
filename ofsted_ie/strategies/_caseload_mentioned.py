"""Caseloads told in words no phrasing rule has (issue 21), read by the fallback rule
``caseloads.mentioned``, and the numbers in caseload sentences it must leave alone.

- A statistic of cases per worker told as a change or a spread: "Cases held by each social
  worker in Kent dropped on average to 16.4", "The mean number of cases each social worker
  held ranged from 11 to 29 between councils" (no council's).
- Negatives: shares, dates, ages, durations and sums in caseload sentences; counts of
  cases ("looked at 48 cases", "14 of 80 cases", "15 case files", "under 12
  unallocated cases"); counts of bodies; adults' social workers.

Councils are random draws; numbers are drawn in the range caseloads take.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import Generated, authority_names

_Frame = Callable[[st.DrawFn], Generated]


def _council(draw: st.DrawFn) -> str:
    return draw(authority_names().filter(lambda x: "," not in x))


def _value(draw: st.DrawFn) -> float:
    return float(draw(st.sampled_from((14, 16.4, 17.3, 19, 21, 22.5, 24, 27))))


def _shown(v: float) -> str:
    return f"{v:g}"


def _told_in_other_words(draw: st.DrawFn) -> Generated:
    """A council's caseload statistic told as a fall or a rise to a number."""
    council, v = _council(draw), _value(draw)
    verb = draw(st.sampled_from(("fell to", "rose again to", "has dropped to")))
    return Generated(f"Ofsted praised the council's progress.\n\nCases held by each social worker in {council} {verb} "
                     f"{_shown(v)} on average, its own figures show.", caseloads=frozenset({(council, v, "average", None)}))


def _spread_across_councils(draw: st.DrawFn) -> Generated:
    """"The mean number of cases each social worker held ranged from 11 to 29 between councils": no council's."""
    low, high = draw(st.sampled_from(((11.0, 29.0), (13.0, 28.0), (9.0, 31.0))))
    return Generated(f"New figures were published on Thursday.\n\nThe mean number of cases each social worker held last year "
                     f"ranged from {_shown(low)} to {_shown(high)} between councils.",
                     caseloads=frozenset({(None, low, "average", None), (None, high, "average", None)}))


_NOT_CASELOADS: Final = (
    "{c}'s caseloads fell by {n} per cent over the year.",
    "Caseloads at {c} were counted on {n} September.",
    "Inspectors looked at {n} cases during their visit to {c} and found most were well planned.",
    "Inspectors raised worries in {n} of 80 cases they sampled in {c}.",
    "The inspectors at {c} read {n} case files in depth.",
    "Some 90 councils reported under {n} unallocated cases, but {c} reported more.",
    "In {c}, social workers in adult services hold caseloads of between {n} and 70.",
    "{c}'s cases were reviewed by {n} social workers from a neighbouring council.",
    "Some cases in {c} had been open for {n} weeks without a visit.",
)


def _no_caseload(draw: st.DrawFn) -> Generated:
    """A number in a caseload sentence that is a share, a date, a count or an adults' figure: none."""
    council = _council(draw)
    n = draw(st.sampled_from((10, 12, 17, 20, 25, 30, 40, 57)))
    return Generated(draw(st.sampled_from(_NOT_CASELOADS)).format(c=council, n=n))


#: Frames by the phenomenon each generates.
MENTIONED_CASELOAD_FRAMES: Final[dict[str, _Frame]] = {
    "told-in-other-words": _told_in_other_words, "spread-across-councils": _spread_across_councils, "no-caseload": _no_caseload,
}

__all__ = ["MENTIONED_CASELOAD_FRAMES"]
