"""Properties of events told by what the visit did (ofsted_ie.strategies._visit_kinds):
a visit that graded the services or kept inspectors on site for weeks is an inspection,
councils visited in turn, an earlier inspection told by what inspectors found, visits
counted as existing; and the negatives (a home's events told after the home, visits
promised for the future, what inspectors find in general, visits counted nationally)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, inspection_sentences, non_inspection_sentences
from ofsted_ie.strategies._visit_kinds import NOT_VISIT_KIND_PHENOMENA, VISIT_KIND_PHENOMENA


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    return {(i.authority, i.kind, i.when, i.ordinal) for i in ofsted_ie.extract(case.text).inspections}


@pytest.mark.parametrize("phenomenon", sorted(VISIT_KIND_PHENOMENA))
def test_visits_told_by_their_deeds_are_recovered(phenomenon: str) -> None:
    """Each phrasing, with random councils, dates, grades and another visit nearby, gives exactly the events it names."""
    @given(inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case) == case.inspections

    run()


@pytest.mark.parametrize("phenomenon", sorted(NOT_VISIT_KIND_PHENOMENA))
def test_their_negatives_give_no_inspection(phenomenon: str) -> None:
    """A home's events, future visits, what inspectors find in general and national counts are no council's events."""
    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    run()


@given(inspection_sentences(phenomena=["graded_visit"]))
@example(Generated("| 3 May 2019\n\nA focused visit in 2016 had found some progress. Inspectors who visited Kent last year "
                   "rated its services good.\n", inspections=frozenset({("Kent", "focused_visit", "2016", None),
                                                                         ("Kent", "inspection", "2018", None)})))
@settings(max_examples=30, deadline=None)
def test_a_graded_visit_keeps_its_date_from_the_grade(case: Generated) -> None:
    """The date between a visit and the grade it gave is the visit's as well as the grade's."""
    assert _keys(case) == case.inspections
