"""Tests for what the words around a grade say of it (``ofsted_ie.strategies._grade_contexts``):
a feeling about a grade given, the same grade as before, an event dated before a grade
it gave; and the negatives, a grade avoided and an unnamed neighbour's grade."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._dated import Dated, DatedRatingKey, dated_by
from ofsted_ie.strategies._grade_contexts import GRADE_CONTEXT_FRAMES


@st.composite
def _cases(draw: st.DrawFn, phenomenon: str) -> Dated:
    return dated_by(draw, GRADE_CONTEXT_FRAMES[phenomenon])


def _keys(case: Dated) -> set[DatedRatingKey]:
    doc = ofsted_ie.extract(case.text)
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in doc.ratings}


@pytest.mark.parametrize("phenomenon", sorted(GRADE_CONTEXT_FRAMES))
def test_the_words_around_a_grade(phenomenon: str) -> None:
    """Each phenomenon, for random councils, grades, quote styles and years, with a dateline or none."""
    @given(_cases(phenomenon))
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(case: Dated) -> None:
        assert _keys(case) == case.ratings

    run()


@given(_cases("feeling"))
@example(Dated('Rutland Council published its inspection report on Tuesday.\n\nIts director, Jane Holloway, said: '
               '"We are delighted to be rated \'good\'."', frozenset({("Rutland", "good", "overall", None, True)})))
@settings(max_examples=5, deadline=None)
def test_delighted_to_be_rated_is_no_hope(case: Dated) -> None:
    assert _keys(case) == case.ratings


@given(_cases("event_graded"))
@example(Dated("Rutland Council had been rated 'good' before the inspection in 2016 found it 'inadequate'.",
               frozenset({("Rutland", "good", "overall", None, False), ("Rutland", "inadequate", "overall", "2016", True)})))
@settings(max_examples=5, deadline=None)
def test_an_event_dated_before_a_grade_gave_it(case: Dated) -> None:
    assert _keys(case) == case.ratings


def test_a_grade_avoided_is_none() -> None:
    text = "Rutland Council narrowly avoided an 'inadequate' rating and was judged 'requires improvement' in 2017."
    assert _keys(Dated(text, frozenset())) == {("Rutland", "requires_improvement", "overall", "2017", True)}
