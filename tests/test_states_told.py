"""Tests for grades and visits a second slot sweep found unread
(``ofsted_ie.strategies._states_told``): verbs of becoming, "to be judged" as a
sentence's subject, "Inspectors judge", and bare visits counted past the first."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings

import ofsted_ie
from ofsted_ie.strategies._base import InspectionKey
from ofsted_ie.strategies._dated import Dated, DatedRatingKey
from ofsted_ie.strategies._states_told import (
    STATED_FRAMES,
    counted_visits,
    first_inspected,
    reported_events,
    stated_ratings,
)


def _keys(case: Dated) -> set[DatedRatingKey]:
    doc = ofsted_ie.extract(case.text)
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in doc.ratings}


@pytest.mark.parametrize("phenomenon", sorted(STATED_FRAMES))
def test_a_grade_stated_by_its_verb_is_read(phenomenon: str) -> None:
    """Each phenomenon, for random councils, council forms, grades, quote styles and dates."""
    @given(stated_ratings((phenomenon,)))
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(case: Dated) -> None:
        assert _keys(case) == case.ratings

    run()


@given(stated_ratings(("became",)))
@example(Dated("Rutland's children's services have become 'good', Ofsted said.",
               frozenset({("Rutland", "good", "overall", None, True)})))
@example(Dated("Rutland became outstanding in 2018.", frozenset({("Rutland", "outstanding", "overall", "2018", True)})))
@settings(max_examples=5, deadline=None)
def test_a_verb_of_becoming_before_a_grade_gives_it(case: Dated) -> None:
    """"Has become 'good'" is a grade given; only "to become" after a wish is a hope."""
    assert _keys(case) == case.ratings


@given(stated_ratings(("infinitive_subject",)))
@example(Dated("Ann Okafor, leader of Rutland Council, said: \u201cTo be judged 'good' by Ofsted is testament to our staff.\u201d",
               frozenset({("Rutland", "good", "overall", None, True)})))
@settings(max_examples=5, deadline=None)
def test_to_be_judged_as_a_subject_is_no_hope(case: Dated) -> None:
    """"To be judged 'good' ... is testament": a feeling about a grade given."""
    assert _keys(case) == case.ratings


@given(stated_ratings(("not_stated",)))
@example(Dated("Rutland Council said: \u201cTo be rated 'outstanding' is our ambition.\u201d", frozenset()))
@example(Dated("Rutland Council lost the case. A judge said the council's response was inadequate.", frozenset()))
@settings(max_examples=5, deadline=None)
def test_hopes_and_a_courts_judge_give_no_grade(case: Dated) -> None:
    """"To be rated X is our ambition", "aims to become X" and a court's judge: no rating."""
    assert _keys(case) == case.ratings


@given(counted_visits())
@example(("During the third visit to Rutland in May 2016, inspectors found improvements.",
          frozenset({("Rutland", "monitoring_visit", "2016", 3)})))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_bare_visit_counted_past_the_first_is_a_monitoring_visit(case: tuple[str, frozenset[InspectionKey]]) -> None:
    """"The third visit to Kent": a monitoring visit, ordinal 3."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(i.authority, i.kind, i.when[:4] if i.when else None, i.ordinal) for i in doc.inspections} == expected


@given(stated_ratings(("news_after_history",)))
@example(Dated("Rutland Council has been rated 'good' by Ofsted. It was last inspected in 2016, when it was judged "
               "'inadequate'. Leadership was judged 'outstanding'.",
               frozenset({("Rutland", "good", "overall", None, True), ("Rutland", "inadequate", "overall", "2016", False),
                          ("Rutland", "outstanding", "leadership", None, True)})))
@settings(max_examples=5, deadline=None)
def test_grades_after_an_earlier_inspection_told_with_its_grade_are_the_news(case: Dated) -> None:
    """"It was last inspected in 2016, when it was judged X. Leadership was judged Y.": Y
    is the current report's, not 2016's."""
    assert _keys(case) == case.ratings


@given(stated_ratings(("since_change",)))
@example(Dated("Rutland has been rated 'good' since 2019, when it moved up from 'inadequate'.",
               frozenset({("Rutland", "good", "overall", "2019", True), ("Rutland", "inadequate", "overall", None, False)})))
@settings(max_examples=5, deadline=None)
def test_a_grade_held_since_a_change_takes_its_year(case: Dated) -> None:
    """"Rated X since 2019, when it moved up from Y": 2019 is X's; Y is past, undated."""
    assert _keys(case) == case.ratings


@given(first_inspected())
@example(("Rutland was one of the first councils to be inspected under ILACS, in May 2018.",
          frozenset({("Rutland", "inspection", "2018", None)})))
@example(("Rutland Council is due to be inspected in May 2018.", frozenset()))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_first_council_to_be_inspected_was_inspected(case: tuple[str, frozenset[InspectionKey]]) -> None:
    """"The first council to be inspected ..., in May 2018": an inspection; "due to be inspected": none."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(i.authority, i.kind, i.when[:4] if i.when else None, i.ordinal) for i in doc.inspections} == expected


@given(reported_events())
@example(("A monitoring report on Rutland, published in May 2018, found that progress had been made.",
          frozenset({("Rutland", "monitoring_visit", "2018", None)})))
@example(("Ofsted inspected Rutland in December 2017. Its report, published in May 2018, said services had improved.",
          frozenset({("Rutland", "inspection", "2017", None)})))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_an_event_told_by_its_report_takes_the_reports_date(case: tuple[str, frozenset[InspectionKey]]) -> None:
    """A report's publication dates its event, unless the text dates the event itself."""
    text, expected = case
    doc = ofsted_ie.extract(text)
    assert {(i.authority, i.kind, i.when[:4] if i.when else None, i.ordinal) for i in doc.inspections} == expected
