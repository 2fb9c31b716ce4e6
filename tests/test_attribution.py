"""Tests for ofsted_ie.attribution: whose and when a mention is, and the one policy for
present-tense statements the text leaves undated."""

from __future__ import annotations

import datetime as dt

import pytest

import ofsted_ie


def _when(text: str, value: float, reference: dt.date | None = None) -> str | None:
    doc = ofsted_ie.extract(text, reference_date=reference)
    return next(p.when for p in doc.percentages if p.value == value)


def test_an_undated_figure_takes_the_datelines_year() -> None:
    """With a dateline, a present-tense figure the text does not date is of its year."""
    assert _when("London, 3 May 2019\nVacancy rates in Kent stand at 20 per cent.", 20.0) == "2019"


def test_without_a_dateline_the_latest_year_the_text_states() -> None:
    """With no dateline or reference date, it is of the latest year the text states
    outright (the time of its latest figures), not of today."""
    text = ("Figures published in September 2021 showed 18% of posts vacant nationally. "
            "Vacancy rates in Kent stand at 20 per cent, against 12% in 2017.")
    assert _when(text, 20.0) == "2021"
    assert _when(text, 12.0) == "2017"


def test_a_text_stating_no_year_dates_nothing() -> None:
    """No dateline, no reference date and no year in the text: the figure is undated."""
    assert _when("Vacancy rates in Kent stand at 20 per cent.", 20.0) is None


def test_the_callers_reference_date_wins_over_years_in_the_text() -> None:
    """A reference date given by the caller dates undated statements before any year
    the text states."""
    text = "Vacancy rates in Kent stand at 20 per cent, against 12% in 2017."
    assert _when(text, 20.0, dt.date(2019, 5, 3)) == "2019"


@pytest.mark.parametrize("place", ["Children placed within the county or in Medway are visited regularly.",
                                   "Children placed in Medway are visited regularly.",
                                   "Some children live outside Medway."])
def test_a_council_named_as_where_children_are_placed_is_no_antecedent(place: str) -> None:
    """A council named as the place children are placed in, or beyond, is no actor: a
    later sentence naming none is still about the council the text is about."""
    text = f"Kent County Council was inspected. {place} The graded judgement for adoption is that it requires improvement."
    assert {(r.authority, r.judgement) for r in ofsted_ie.extract(text).ratings} == {("Kent", "adoption")}


def test_a_council_children_live_in_is_still_an_antecedent() -> None:
    """"Children live in X" is how a report speaks of its own council: X stays the antecedent."""
    text = ("The report covers three councils: Kent, Medway and Surrey. Most children live in Surrey. "
            "The graded judgement for adoption is that it requires improvement.")
    assert {(r.authority, r.judgement) for r in ofsted_ie.extract(text).ratings} == {("Surrey", "adoption")}
