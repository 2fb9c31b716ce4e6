"""Tests for ofsted_ie.dates: datelines, bylines, date expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from ofsted_ie import dates

DATELINES = [
    ("Headline\n\nJoe Lepper\nFriday, July 7, 2017\n\nBody text here.", dt.date(2017, 7, 7)),
    ("Headline\n\nBy Joe Lepper\n\n| 24 March 2017\n\nBody.", dt.date(2017, 3, 24)),
    ("Headline\n\nPublished 3 May 2019\n\nBody.", dt.date(2019, 5, 3)),
    ("Headline\n\nWednesday 11th January 2017\n\nBody.", dt.date(2017, 1, 11)),
    (" date 2018-02-15 Photo: someone\n\nBody.", dt.date(2018, 2, 15)),
    ("Oxford,\n30\nJune\n2016\n|\n\nBody.", dt.date(2016, 6, 30)),
    ("Headline\n\nPublished\n20.11.2020\n\nBody.", dt.date(2020, 11, 20)),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[str(d) for _, d in DATELINES])
def test_dateline_forms(text: str, expected: dt.date) -> None:
    """The genre's dateline forms give the publication date."""
    found = dates.find_dateline(text)
    assert found is not None and found.date == expected


def test_no_dateline_in_a_body_date() -> None:
    """A date inside a long body sentence is not a dateline."""
    text = "Headline\n\n" + "The council was rated inadequate by Ofsted in August 2014 and has been working with partners since then to improve."
    assert dates.find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nJoe Lepper\nFriday, July 7, 2017\n\nBody.", "Joe Lepper"),
        ("Headline\n\nBy Neil Puffett\n\n| 09 December 2016", "Neil Puffett"),
        ("William Eichler 06 April 2016\n\nHeadline", "William Eichler"),
        ("More child services 'inadequate'\n\nBaby P\nBaby P died shortly before\n\nText", None),
    ],
)
def test_byline(text: str, expected: str | None) -> None:
    """Bylines: "By X", a name line before the dateline, a name opening the dateline line."""
    assert dates.find_byline(text, dates.find_dateline(text)) == expected


REF = dt.date(2017, 3, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in August 2014", "2014-08"),
        ("in 2015", "2015"),
        ("a 2013 inspection", "2013"),
        ("last August", "2016-08"),
        ("last month", "2017-02"),
        ("last year", "2016"),
        ("last Summer", "2016"),
        ("in March", "2017-03"),
        ("in May", "2016-05"),
        ("since 2015", "2015"),
        ("two years after", "2015"),
    ],
)
def test_expressions_resolve_against_the_reference(text: str, expected: str) -> None:
    """Explicit and relative expressions resolve by calendar arithmetic."""
    assert [d.value for d in dates.find_dates(text, REF)] == [expected]


@pytest.mark.parametrize("text", ["may", "We", "now", "From £15 / month", "in just two years", "Theresa May said"])
def test_words_that_only_look_like_dates(text: str) -> None:
    """No date from words that merely resemble dates."""
    assert dates.find_dates(text, REF) == ()


def test_relative_needs_a_reference() -> None:
    """With no reference date a relative expression resolves to None, never today."""
    assert [d.value for d in dates.find_dates("rated inadequate last August", None)] == [None]


def test_same_year_takes_the_previous_explicit_year() -> None:
    """ "the same year" means the last explicit year before it."""
    found = dates.find_dates("rated inadequate in 2014. Knowsley in the same year.", None)
    assert [d.value for d in found] == ["2014", "2014"]
