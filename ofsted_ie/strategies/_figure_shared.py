"""What a workforce figure shares with the figures around it (issue 21; a sweep of 30
invented whole articles): the date of a figure it is listed or compared with ("Kent's
rate stood at 18% and Bury's at 27% at 30 September 2023": both), a region's figure
after a council's ("The South East average was 17.2%": no council's), and the measure a
figure referring back ("the figure", "the rate", "the proportions") stands for, across a
paragraph break; councils paired "respectively" with figures in any unit ("14pc and 22pc");
a figure "at the same point" is of the date told before; councils' figures told by a word
referring back ("the lowest rate in the region, at 6.2%", "Kent's rate fell from 15%")
are of the measure named before, a sentence or a paragraph back.
Negatives: two figures of a change keep their own times ("fell from 22% in 2019 to 15%").

Each frame returns a text after a dateline and the shares it states as ``(authority,
value, measure, year)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..gazetteer import _WORD_NAMES
from ..records import Measure
from ._base import MONTHS, authority_names
from ._inspections import datelines

#: ``(authority, value, measure, year of when)``.
SharedKey = tuple[str | None, float, Measure, str | None]
_Frame = Callable[[st.DrawFn], tuple[str, set[SharedKey]]]

_RATES: Final[tuple[tuple[str, Measure], ...]] = (
    ("vacancy rate", "vacancy_rate"), ("agency rate", "agency_staff"), ("turnover rate", "turnover"))
_REGIONS: Final = ("South East", "North West", "East Midlands", "West Midlands", "North East", "South West")


def _two_councils(draw: st.DrawFn) -> tuple[str, str]:
    a, b = draw(st.lists(authority_names().filter(lambda x: "," not in x), min_size=2, max_size=2, unique=True))
    return a, b


def _values(draw: st.DrawFn, n: int) -> list[float]:
    return [float(v) for v in draw(st.lists(st.integers(3, 45), min_size=n, max_size=n, unique=True))]


def _listed_then_dated(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """Two councils' figures listed, one date after the last: the date of both; or a
    figure compared with one dated before it: that date."""
    (a, b), (x, y) = _two_councils(draw), _values(draw, 2)
    rate, measure = draw(st.sampled_from(_RATES))
    year = draw(st.integers(2008, 2011))  # before every dateline (2012 on)
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    text = draw(st.sampled_from([
        f"{a}'s {rate} stood at {x:g} per cent and {b}'s at {y:g} per cent at {day} {MONTHS[month - 1]} {year}.",
        f"{a}'s {rate} was {x:g}% at the end of {MONTHS[month - 1]} {year}, compared with {y:g}% in {b}.",
        f"{a} and {b} had a {rate} of {x:g}% and {y:g}% respectively in {year}.",
    ]))
    return text, {(a, x, measure, str(year)), (b, y, measure, str(year))}


def _change_keeps_its_times(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A change from one figure to another: each keeps its own time (the later one the
    dateline's year), however near the first's date."""
    a = draw(authority_names().filter(lambda x: "," not in x))
    x, y = _values(draw, 2)
    rate, measure = draw(st.sampled_from(_RATES))
    year = draw(st.integers(2008, 2011))
    return f"{a}'s {rate} fell from {x:g}% in {year} to {y:g}% this year.", {(a, x, measure, str(year)), (a, y, measure, None)}


def _region_after_council(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A council's figure, then a region's as a whole: the region's is no council's, and
    of the measure the council's named."""
    a = draw(authority_names().filter(lambda x: "," not in x))
    x, y = _values(draw, 2)
    rate, measure = draw(st.sampled_from(_RATES))
    region = draw(st.sampled_from(_REGIONS))
    second = draw(st.sampled_from([f"The {region} average was {y:g} per cent.", f"Across the {region} the rate was {y:g}%.",
                                   f"In the {region} as a whole the figure was {y:g}%.",
                                   f"The average for the {region} was {y:g}%."]))
    gap = draw(st.sampled_from([" ", "\n\n"]))
    return f"{a}'s {rate} was {x:g}%.{gap}{second}", {(a, x, measure, None), (None, y, measure, None)}


def _refers_back_across_a_break(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A paragraph of one sentence whose figure refers back ("In Bury the figure was 21%")
    to the measure the paragraph before named."""
    (a, b), (x, y) = _two_councils(draw), _values(draw, 2)
    rate, measure = draw(st.sampled_from(_RATES))
    second = draw(st.sampled_from([f"In {b} the figure was {y:g}%.", f"In {b}, the rate was {y:g} per cent."]))
    return f"{a}'s {rate} was {x:g}%.\n\n{second}", {(a, x, measure, None), (b, y, measure, None)}


def _respective_in_pc(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A council's figure, then two councils' "respectively" in any unit ("14pc and 22pc
    respectively"), told as "the proportions" of the measure named before."""
    # (no council also a word before "the": "and Bury the proportions" reads as the verb)
    a, (b, c) = draw(authority_names().filter(lambda x: "," not in x)), draw(st.lists(
        authority_names().filter(lambda x: "," not in x and x not in _WORD_NAMES),
        min_size=2, max_size=2, unique=True))
    if a in (b, c):
        a = "Rutland" if "Rutland" not in (b, c) else "Wigan"
    x, y, z = _values(draw, 3)
    rate, measure = draw(st.sampled_from(_RATES))
    unit = draw(st.sampled_from(["pc", "%", " per cent"]))
    back = draw(st.sampled_from(["the proportions were", "the rates were", "the figures were"]))
    return (f"{a}'s {rate} was {x:g}{unit}. In {b} and {c} {back} {y:g}{unit} and {z:g}{unit} respectively.",
            {(a, x, measure, None), (b, y, measure, None), (c, z, measure, None)})


def _at_the_same_point(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A figure dated, then another "at the same point" (or "time") with no date of its own:
    the first's date."""
    a = draw(authority_names().filter(lambda x: "," not in x))
    x, y = _values(draw, 2)
    (rate, measure), (rate2, measure2) = draw(st.lists(st.sampled_from(_RATES), min_size=2, max_size=2, unique=True))
    year = draw(st.integers(2008, 2011))
    same = draw(st.sampled_from(["at the same point", "at the same time", "over the same period"]))
    return (f"{a}'s {rate} was {x:g}% in September {year}. Its {rate2} was {y:g}% {same}.",
            {(a, x, measure, str(year)), (a, y, measure2, str(year))})


def _spread_refers_back(draw: st.DrawFn) -> tuple[str, set[SharedKey]]:
    """A region's figure naming its measure, then councils' figures told by a word
    referring back to it, a sentence or a paragraph later: "the lowest rate in the
    region, at 6.2%, while B had the highest, at 38.6%", "A's rate fell from 15% to 11%"
    (each of the measure named first)."""
    (a, b), (x, y, z, w) = _two_councils(draw), _values(draw, 4)
    rate, measure = draw(st.sampled_from(_RATES))
    region = draw(st.sampled_from(_REGIONS))
    lead = f"The {rate} across the {region} was {x:g}%."
    gap = draw(st.sampled_from([" ", "\n\n", " Behind the regional figure lies a wide spread. "]))
    if draw(st.booleans()):
        return (f"{lead}{gap}{a} reported the lowest rate in the region, at {y:g} per cent, while {b} had the highest, at {z:g} per cent.",
                {(None, x, measure, None), (a, y, measure, None), (b, z, measure, None)})
    return (f"{lead}{gap}{a}'s rate fell from {y:g}% to {w:g}%.",
            {(None, x, measure, None), (a, y, measure, None), (a, w, measure, None)})


#: Frames by phenomenon (``change_keeps_its_times`` a negative).
FIGURE_SHARED_FRAMES: Final[dict[str, _Frame]] = {
    "listed_then_dated": _listed_then_dated, "change_keeps_its_times": _change_keeps_its_times,
    "region_after_council": _region_after_council, "refers_back_across_a_break": _refers_back_across_a_break,
    "respective_in_pc": _respective_in_pc, "at_the_same_point": _at_the_same_point,
    "spread_refers_back": _spread_refers_back,
}


@st.composite
def figure_shared(draw: st.DrawFn, phenomenon: str) -> tuple[str, set[SharedKey], int]:
    """A text of ``phenomenon`` after a dateline, its shares (a ``None`` year standing for
    the dateline's), and the dateline's year."""
    line, day = draw(datelines())
    text, keys = FIGURE_SHARED_FRAMES[phenomenon](draw)
    year = str(day.year)
    return f"{line}\n\n{text}", {(a, v, m, y or year) for a, v, m, y in keys}, day.year


__all__ = ["FIGURE_SHARED_FRAMES", "SharedKey", "figure_shared"]
