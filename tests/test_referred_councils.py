"""Properties of councils a grade's clause refers to rather than names
(``ofsted_ie.strategies._referred_councils``): a count named by the next sentence, a list
referred back to ("Each of the three authorities", "Both"), councils added by "as was"
or "joined"; a council abolished before the text's date no antecedent for "the council"
once its successor is named (it still is in a text dated before the change); and a count
no sentence names."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._referred_councils import REFERRED_COUNCIL_FRAMES, referred_councils


def _keys(text: str) -> set[tuple[str | None, str, str, bool]]:
    return {(r.authority, r.grade, r.judgement, r.current) for r in ofsted_ie.extract(text).ratings}


@pytest.mark.parametrize("phenomenon", sorted(REFERRED_COUNCIL_FRAMES))
def test_referred_councils_take_the_grade(phenomenon: str) -> None:
    """Each phenomenon, for random councils, counts, grades and quote styles."""
    @given(referred_councils(phenomenon))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case.text) == case.ratings

    run()


@given(referred_councils("referred_back"))
@example(Generated("Rutland, Bury and Wigan were inspected in May. Each of the three authorities was rated 'good'.",
                   ratings=frozenset({(n, "good", "overall", True) for n in ("Rutland", "Bury", "Wigan")})))
@settings(max_examples=5, deadline=None)
def test_each_of_the_three_authorities(case: Generated) -> None:
    """Not councils in general: the three the sentence before listed."""
    assert _keys(case.text) == case.ratings


@given(referred_councils("as_was"))
@example(Generated("Rutland Council was rated 'outstanding' in 2016, as was Bury.",
                   ratings=frozenset({(n, "outstanding", "overall", True) for n in ("Rutland", "Bury")})))
@settings(max_examples=5, deadline=None)
def test_as_was_a_council(case: Generated) -> None:
    assert _keys(case.text) == case.ratings
