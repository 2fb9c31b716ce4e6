"""Properties of grades given for a list of judgements after them
(ofsted_ie.strategies._judgement_lists): one rating per judgement listed, in any frame
that gives a grade, the items named or served ("support for care leavers") and joined by
commas, "and" or "as well as" (after "in all four areas", an adjunct may stand before
the colon); and none after a hope or a count of councils."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._judgement_lists import (
    JUDGEMENT_LIST_PHENOMENA,
    NOT_JUDGEMENT_LIST_PHENOMENA,
    judgement_list_sentences,
)
from ofsted_ie.strategies._tabled_history import tabled_history


def _keys(text: str) -> set[tuple[str | None, str, str, bool]]:
    return {(r.authority, r.grade, r.judgement, r.current) for r in ofsted_ie.extract(text).ratings}


@pytest.mark.parametrize("phenomenon", sorted(JUDGEMENT_LIST_PHENOMENA))
def test_a_grade_for_a_list_rates_each_judgement(phenomenon: str) -> None:
    """Each listed judgement gets the grade, for random councils, grades, items and joiners."""
    @given(judgement_list_sentences((phenomenon,)))
    @settings(max_examples=200, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case.text) == case.ratings

    run()


@pytest.mark.parametrize("phenomenon", sorted(NOT_JUDGEMENT_LIST_PHENOMENA))
def test_a_list_after_a_hope_or_a_count_rates_nothing(phenomenon: str) -> None:
    """The same lists after a hope or a count of councils give no rating."""
    @given(judgement_list_sentences((phenomenon,)))
    @settings(max_examples=100, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case.text) == set()

    run()


@given(judgement_list_sentences(("extreme_for",)))
@example(Generated("Ofsted has given Rutland Council its highest grade for adoption, child protection, support "
                   "for care leavers and leadership as well as for overall effectiveness.",
                   ratings=frozenset({("Rutland", "outstanding", j, True) for j in (
                       "leadership", "help_and_protection", "adoption", "care_leavers", "overall")})))
@settings(max_examples=10, deadline=None)
def test_the_top_grade_for_a_list(case: Generated) -> None:
    """"Its highest grade for A, B, support for C and D as well as for E" rates all five."""
    assert _keys(case.text) == case.ratings


@given(tabled_history())
@example(Generated("The department was rated 'good' in 2016, and a new director arrived the next spring.\n\n"
                   "The latest inspection of Rutland Council took place in March 2023.\n\nIts grades:\n\n"
                   "* The impact of leaders on social work practice with children and families: Inadequate.\n"
                   "* The experiences and progress of children who need help and protection: Inadequate.\n"
                   "* The experiences and progress of children in care: Inadequate.\n"
                   "* The experiences and progress of care leavers: Inadequate.\n"
                   "* Overall effectiveness: Inadequate.\n",
                   ratings=frozenset({("Rutland", "inadequate", j, True) for j in (
                       "leadership", "help_and_protection", "children_in_care", "care_leavers", "overall")}
                       | {("Rutland", "good", "overall", False)})))
@settings(max_examples=150, deadline=None)
def test_a_dated_earlier_grade_beside_a_table_is_history(case: Generated) -> None:
    """A grade the text dates before the latest inspection is the council's earlier grade,
    not a rival of the report table's current one."""
    assert _keys(case.text) == case.ratings
