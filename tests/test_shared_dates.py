"""Tests for what a grade shares with the words around it (``ofsted_ie.strategies._shared``):
judgements coordinated before it or after its overall grade, the date after two paired
grades, and the date of the inspection the sentence before states."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings

import ofsted_ie
from ofsted_ie.strategies._dated import Dated, DatedRatingKey
from ofsted_ie.strategies._shared import SHARED_FRAMES, shared_ratings


def _keys(case: Dated) -> set[DatedRatingKey]:
    doc = ofsted_ie.extract(case.text)
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in doc.ratings}


@pytest.mark.parametrize("phenomenon", sorted(SHARED_FRAMES))
def test_a_grade_shares_judgements_and_dates_with_its_neighbours(phenomenon: str) -> None:
    """Each phenomenon, for random councils, grades, judgements, quote styles and dates."""
    @given(shared_ratings((phenomenon,)))
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(case: Dated) -> None:
        assert _keys(case) == case.ratings

    run()


@given(shared_ratings(("listed_before",)))
@example(Dated("In Rutland, the help and protection of children and adoption were all rated 'good' in 2016.",
               frozenset({("Rutland", "good", "help_and_protection", "2016", True),
                          ("Rutland", "good", "adoption", "2016", True)})))
@settings(max_examples=5, deadline=None)
def test_help_and_protection_of_children_opens_a_list(case: Dated) -> None:
    """"The help and protection of children and adoption": two judgements, not one."""
    assert _keys(case) == case.ratings


@given(shared_ratings(("overall_and_for",)))
@example(Dated("Rutland was rated 'good' overall in 2018 and for leadership and adoption.",
               frozenset({("Rutland", "good", j, "2018", True) for j in ("overall", "leadership", "adoption")})))
@settings(max_examples=5, deadline=None)
def test_the_overall_grade_stays_beside_the_judgements_added_after_it(case: Dated) -> None:
    """"'good' overall in 2018 and for leadership": the overall grade is not lost to the
    judgement after it, nor the date read as a judgement's gap."""
    assert _keys(case) == case.ratings


@given(shared_ratings(("paired_date",)))
@example(Dated("Rutland and Bury were judged 'outstanding' and 'good' respectively in 2017.",
               frozenset({("Rutland", "outstanding", "overall", "2017", True), ("Bury", "good", "overall", "2017", True)})))
@settings(max_examples=5, deadline=None)
def test_a_date_after_two_paired_grades_is_both(case: Dated) -> None:
    assert _keys(case) == case.ratings


@given(shared_ratings(("inspection_before",)))
@example(Dated("Friday 12 July 2019\n\nOfsted inspected Rutland Council in March 2016. Inspectors rated the council 'good'.",
               frozenset({("Rutland", "good", "overall", "2016", True)}), 2019))
@settings(max_examples=5, deadline=None)
def test_an_inspection_stated_before_dates_its_grade(case: Dated) -> None:
    assert _keys(case) == case.ratings


@given(shared_ratings(("with_judgement",)))
@example(Dated("Rutland Council was rated 'requires improvement' with outstanding leadership in 2017.",
               frozenset({("Rutland", "requires_improvement", "overall", "2017", True),
                          ("Rutland", "outstanding", "leadership", "2017", True)})))
@settings(max_examples=5, deadline=None)
def test_a_grade_with_a_judgements_grade(case: Dated) -> None:
    """"Rated X with outstanding leadership in 2017": two ratings, both of 2017."""
    assert _keys(case) == case.ratings


@given(shared_ratings(("headline",)))
@example(Dated("Rutland children's services inadequate, says Ofsted\n\nThe report was published on Tuesday.",
               frozenset({("Rutland", "inadequate", "overall", None, True)})))
@settings(max_examples=5, deadline=None)
def test_a_headline_leaves_out_is(case: Dated) -> None:
    assert _keys(case) == case.ratings


def test_an_adjective_in_a_headline_is_no_grade() -> None:
    assert ofsted_ie.extract("Good news for Rutland\n\nThe report was published on Tuesday.").ratings == ()
    assert ofsted_ie.extract("Rutland Council good practice\n\nThe report was published on Tuesday.").ratings == ()


@given(shared_ratings(("word_council_object",)))
@example(Dated("In 2016 Ofsted told Reading that its services were 'good'.",
               frozenset({("Reading", "good", "overall", "2016", True)})))
@settings(max_examples=5, deadline=None)
def test_a_word_named_council_as_an_object(case: Dated) -> None:
    assert _keys(case) == case.ratings


def test_a_word_named_council_opening_a_sentence_is_still_a_verb() -> None:
    assert ofsted_ie.extract("Reading the report, the council was worried.").authorities == ()
