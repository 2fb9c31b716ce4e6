"""Properties of the inspections a slot sweep found misread (``ofsted_ie.strategies._events_swept``):
a date after "took place" past a clause of another event, a bare visit that focused on
something, a council whose name is a word before a date range; and the negatives (a
police force's inspection, someone else's visit)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._events_swept import NOT_SWEPT_EVENT_PHENOMENA, SWEPT_EVENT_PHENOMENA, swept_events


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    return {(i.authority, i.kind, i.when[:4] if i.when else None, i.ordinal) for i in ofsted_ie.extract(case.text).inspections}


@pytest.mark.parametrize("phenomenon", sorted(SWEPT_EVENT_PHENOMENA))
def test_swept_events_are_recovered(phenomenon: str) -> None:
    """Each phrasing, with random councils, ordinals and date forms, gives exactly its event."""
    @given(swept_events([phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case) == case.inspections

    run()


@pytest.mark.parametrize("phenomenon", sorted(NOT_SWEPT_EVENT_PHENOMENA))
def test_their_negatives_give_no_inspection(phenomenon: str) -> None:
    """A police force's inspection and someone else's visit are no council's events."""
    @given(swept_events([phenomenon]))
    @settings(max_examples=100, deadline=None)
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    run()


@given(swept_events(["took_place_after_clause"]))
@example(Generated("London, 3 May 2019\n\nThe fourth monitoring visit to Rutland Council since it was judged inadequate "
                   "took place in early 2017.", inspections=frozenset({("Rutland", "monitoring_visit", "2017", 4)})))
@settings(max_examples=5, deadline=None)
def test_a_date_after_took_place_is_the_visits(case: Generated) -> None:
    """Not the grade's of the clause between: the visit is the subject of "took place"."""
    assert _keys(case) == case.inspections


@given(swept_events(["focused_bare_visit"]))
@example(Generated("London, 3 May 2019\n\nA visit to Rutland Council in March 2016 focused on care leavers.",
                   inspections=frozenset({("Rutland", "focused_visit", "2016", None)})))
@settings(max_examples=5, deadline=None)
def test_a_bare_visit_that_focused_on_something_is_a_focused_visit(case: Generated) -> None:
    assert _keys(case) == case.inspections
