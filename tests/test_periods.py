"""Tests for ofsted_ie.rules._periods and the scope of figures (issue 21): a figure's date
from its level, sentence, list, paragraph or article, and figures of no council."""

from __future__ import annotations

from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies._figure_periods import carried_periods, period_percentages
from ofsted_ie.strategies._figures import DatedKey, dated_percentage_texts


@given(dated_percentage_texts())
@settings(max_examples=300, deadline=None)
def test_generated_dated_percentages(case: tuple[str, frozenset[DatedKey]]) -> None:
    """Each figure takes its data period, its sentence's opening date, its list's lead-in
    or its level's date, and no council when it is a nation's, a region's, councils' in
    general or stated before any council is named; the negatives keep the present."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(p.authority, p.value, p.when[:4] if p.when else None) for p in doc.percentages} == expected


def test_a_paragraph_s_opening_date_dates_its_later_sentences() -> None:
    """A paragraph's opening date dates a later sentence of it that states none, but not
    one that speaks of its own present."""
    text = ("Headline\n\nFriday, July 7, 2021\n\nAt the end of March 2019 the vacancy rate in Kent was 12%. "
            "Agency staff made up 8% of the workforce. Turnover is now 15%.")
    found = {(p.value, p.when) for p in ofsted_ie.extract(text).percentages}
    assert found == {(12.0, "2019-03"), (8.0, "2019-03"), (15.0, "2021")}


def test_a_period_ends_at_its_last_date() -> None:
    """ "Between 2010 and 2014, ... grew by 4.9%": the change is the period's end's."""
    text = "Headline\n\nFriday, July 7, 2021\n\nBetween 2010 and 2014, the workforce in Kent grew by 4.9%."
    assert {(p.value, p.when) for p in ofsted_ie.extract(text).percentages} == {(4.9, "2014")}


def test_a_headline_figure_stated_again_is_the_council_s() -> None:
    """A figure before the first council is named is none of theirs, unless the article
    states it again after naming one (a headline telling the council's figure early)."""
    text = "Vacancy rate hits 23%\n\nKent's vacancy rate has reached 23%, the council said."
    assert {(p.authority, p.value) for p in ofsted_ie.extract(text).percentages} == {("Kent", 23.0)}


@given(period_percentages())
@example(("Headline\n\nFriday, July 7, 2023\n\nRutland's vacancy rate rose to 20% between 2019 and 2021.",
          frozenset({("Rutland", 20.0, "2021")})))
@example(("Headline\n\nFriday, July 7, 2023\n\nRutland's vacancy rate has risen to 20% since 2019.",
          frozenset({("Rutland", 20.0, "2023")})))
@example(("Headline\n\nFriday, July 7, 2023\n\nRutland's vacancy rate was 20% in the 2019-2020 financial year.",
          frozenset({("Rutland", 20.0, "2020")})))
@settings(max_examples=200, deadline=None)
def test_a_figure_and_the_period_its_sentence_names(case: tuple[str, frozenset[DatedKey]]) -> None:
    """A level reached over a period after it is the period's end's; a change "since" a
    year is the present's; a financial year in full or named as a period is a date (bugs
    caught: "between 2019 and 2021" after the figure gave 2019, "since 2019" gave 2019, and
    "the 2019-2020 financial year" or "the 2019 financial year" gave the dateline's year,
    and "Rutland's 2019 vacancy rate of 20%" or "the 2019 figure" gave it too)."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(p.authority, p.value, p.when[:4] if p.when else None) for p in doc.percentages} == expected


@given(carried_periods())
@settings(max_examples=40, deadline=None)
def test_a_period_after_a_share_carries_and_a_grade_s_aside_dates_nothing(case: tuple[str, frozenset[DatedKey]]) -> None:
    """"rose to 18% in the year to 30 September 2021. Across England the figure was 15%":
    both 2021; "Kent, rated inadequate in 2017, lost 21% of its social workers": the present
    (bugs caught: the later figure took the dateline's year, and the figure took the grade's)."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(p.authority, p.value, p.when[:4] if p.when else None) for p in doc.percentages} == expected
