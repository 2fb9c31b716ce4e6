"""Properties of a second council named beside the article's before "the council" or "it"
is given a grade (``ofsted_ie.strategies._side_councils``): a council in a side role
(workplace, comparison, helper) is no antecedent; a main clause's subject is."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._side_councils import SIDE_COUNCIL_FRAMES, side_councils


def _keys(text: str) -> set[tuple[str | None, str, str, bool]]:
    return {(r.authority, r.grade, r.judgement, r.current) for r in ofsted_ie.extract(text).ratings}


@pytest.mark.parametrize("phenomenon", sorted(SIDE_COUNCIL_FRAMES))
def test_the_antecedent_of_the_council(phenomenon: str) -> None:
    """Each phenomenon, for random councils, side roles, anaphors, grades and quote styles."""
    @given(side_councils(phenomenon))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case.text) == case.ratings

    run()


@given(side_councils("side_council"))
@example(Generated("New director for Rutland\n\nRutland Council has published its latest inspection report.\n\n"
                   "Its director, Jane Holloway, previously worked at Bury Council.\n\nIt was judged 'good' by inspectors.",
                   ratings=frozenset({("Rutland", "good", "overall", True)})))
@settings(max_examples=5, deadline=None)
def test_a_former_employer_is_no_antecedent(case: Generated) -> None:
    assert _keys(case.text) == case.ratings
