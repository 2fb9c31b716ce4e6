"""A council's figure and the period its sentence names: a level reached over a period
after it is the period's end's ("rose to 20% between 2021 and 2022": 2022); a change
"since" a year is no figure of that year ("has risen to 20% since 2021": the present); a
financial year written in full or named as a period ("in the 2021-2022 financial year",
"in the 2021 financial year", "in the year 2021 to 2022") is a date, not the present, and a
figure for a span of years is its last year's ("in 2021-22": 2022); a
year naming the figure itself ("Kent's 2019 vacancy rate of 17%", "the 2018 figure") is
its date; a publication's date ("data published in May 2022", "a report in 2022") is not,
when the sentence has another; a statement that the figures are for a date referred back
to ("All the figures below are for that date") takes the previous sentence's date; a period
stated right after a share ("in the year to 30 September 2021") dates the paragraph's later
figures told in the past; a grade's date in an aside of the council ("Kent, rated inadequate
in 2017, ...") dates no figure."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import authority_names
from ._draws import _pick
from ._figures import DatedKey

#: The dateline every text carries, and so its present's year.
_DATELINE: Final = "Headline\n\nFriday, July 7, 2023\n\n"
_PRESENT: Final = "2023"
_MEASURES: Final = ("vacancy rate", "agency staff rate", "turnover rate", "share of agency workers")


@st.composite
def period_percentages(draw: st.DrawFn) -> tuple[str, frozenset[DatedKey]]:
    """A dated text with one council's figure and a period, and the (council, value, year) it states."""
    a = draw(authority_names())
    value = float(draw(st.integers(5, 60)))
    y1 = draw(st.integers(2012, 2020))
    y2 = y1 + draw(st.integers(1, 2))
    measure = _pick(draw, *_MEASURES)
    verb = _pick(draw, "rose", "fell", "climbed", "dropped")
    frames = [
        (f"{a}'s {measure} {verb} to {value:g}% between {y1} and {y2}.", str(y2)),
        (f"{a}'s {measure} {verb} to {value:g}% from {y1} to {y2}.", str(y2)),
        (f"{a}'s {measure} has {_pick(draw, 'risen', 'fallen', 'climbed')} to {value:g}% since {y1}.", _PRESENT),
        (f"{a}'s {measure} was {value:g}% in the {y1}-{y1 + 1} financial year.", str(y1 + 1)),
        (f"{a}'s {measure} was {value:g}% in {y1}-{(y1 + 1) % 100:02d}.", str(y1 + 1)),
        (f"{a}'s {measure} was {value:g}% in {y1}/{(y1 + 1) % 100:02d}.", str(y1 + 1)),
        (f"{a}'s {measure} was {value:g}% in the {y1} {_pick(draw, 'financial', 'calendar', 'academic')} year.", str(y1)),
        (f"{a}'s {measure} in the year {y1} to {y1 + 1} was {value:g}%.", str(y1 + 1)),
        (f"{a}'s {y1} {measure} of {value:g}% was its highest yet.", str(y1)),
        (f"The {y1} figure for {a} was {value:g}%.", str(y1)),
        (f"Data published in May {y2} show that {a}'s {measure} was {value:g}% at September {y1}.", str(y1)),
        (f"A report in {y2} said {a}'s {measure} had been {value:g}% in {y1}.", str(y1)),
        # the article's period, stated and then referred back to: "... at 30 September 2019. The figures are for that date"
        (f"The release gives a picture of the workforce at 30 September {y1}. "
         f"{_pick(draw, 'All the figures below are for that date.', 'The data relate to that period.')}\n\n"
         f"{a}'s {measure} was {value:g}%.", str(y1)),
    ]
    text, year = draw(st.sampled_from(frames))
    return _DATELINE + text, frozenset({(a, value, year)})


@st.composite
def carried_periods(draw: st.DrawFn) -> tuple[str, frozenset[DatedKey]]:
    """A period stated once right after a share ("rose to 18% in the year to 30 September
    2021"), which the paragraph's later figures told in the past share; and a grade's date
    in an aside of the figure's council ("Kent, rated inadequate in 2017, lost 21% ..."),
    which dates no figure."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    v1, v2 = (float(x) for x in draw(st.lists(st.integers(5, 60), min_size=2, max_size=2, unique=True)))
    y, y0 = draw(st.integers(2012, 2022)), draw(st.integers(2009, 2016))
    measure = _pick(draw, *_MEASURES)
    grade = _pick(draw, "rated inadequate", "judged good", "graded outstanding", "last inspected")
    frames: list[tuple[str, set[DatedKey]]] = [
        (f"{a}'s {measure} rose to {v1:g}% in the year to 30 September {y}. Across England the figure was {v2:g}%.",
         {(a, v1, str(y)), (None, v2, str(y))}),
        (f"{a}'s {measure} fell to {v1:g}% in the financial year ending 31 March {y}. {b}'s {measure} was {v2:g}%.",
         {(a, v1, str(y)), (b, v2, str(y))}),
        (f"Figures show {v1:g}% of {a}'s social workers left in the year to 31 March {y}, compared with {v2:g}% in the year to "
         f"March {y - 2}.\n\nAgency workers now fill 9% of its posts.", {(a, v1, str(y)), (a, v2, str(y - 2)), (a, 9.0, _PRESENT)}),
        (f"{a}, {grade} in {y0} and yet to be re-inspected, lost {v1:g}% of its social workers.", {(a, v1, _PRESENT)}),
        (f"{a}, {grade} in {y0}, had a {measure} of {v1:g}%.", {(a, v1, _PRESENT)}),
    ]
    text, keys = draw(st.sampled_from(frames))
    return _DATELINE + text, frozenset(keys)
