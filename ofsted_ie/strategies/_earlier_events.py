"""Inspection mentions told beside an earlier event: "since the 2018 inspection" (earlier
than the latest one), "the number of" things since the last inspection (no count of councils)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ._base import InspectionKey, authority_names

_Keys = set[InspectionKey]


def _number_of_things(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"the number of" care leavers, visits or plans is no count of councils in general."""
    a = draw(authority_names())
    things = draw(st.sampled_from(["care leavers in apprenticeships", "children with a plan", "agency staff",
                                   "foster carers"]))
    change = draw(st.sampled_from(["There has been a rise in", "Leaders have cut", "The report praised a fall in"]))
    return f"Ofsted wrote to {a} Council on Tuesday.\n\n\u2022 {change} the number of {things} since the last inspection.", {
        (a, "inspection", None, None)}


def _latest_since_dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The latest inspection, undated, is not the one "since the 2018 inspection" names."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 2))
    since = draw(st.sampled_from([f"since the {year} inspection", f"since the inspection in {year}"]))
    lead = draw(st.sampled_from(["Ofsted's latest inspection of", "The most recent inspection of", "A new inspection of"]))
    return f"{lead} {a} Council found that services had improved {since}.", {
        (a, "inspection", None, None), (a, "inspection", f"{year}", None)}
