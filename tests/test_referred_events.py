"""Properties of events referred back to (ofsted_ie.strategies._referred_events): "the
inspection" or "the visit" after a visit of a named kind (a JTAI, a monitoring or focused
visit, under any of their names) is that visit, not an inspection of its own; a full
inspection named after it is an event of its own; the inspectorate examining a council's
services (ofsted_ie.strategies._examined) is an inspection."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, inspection_sentences, non_inspection_sentences
from ofsted_ie.strategies._examined import EXAMINED_PHENOMENA, NOT_EXAMINED_PHENOMENA
from ofsted_ie.strategies._referred_events import NOT_REFERRED_EVENT_PHENOMENA, REFERRED_EVENT_PHENOMENA


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    return {(i.authority, i.kind, i.when, i.ordinal) for i in ofsted_ie.extract(case.text).inspections}


@pytest.mark.parametrize("phenomenon", sorted(REFERRED_EVENT_PHENOMENA | EXAMINED_PHENOMENA))
def test_events_referred_back_keep_their_kind(phenomenon: str) -> None:
    """Each phrasing, with random councils, names and dates, gives exactly the events it
    names (also "Ofsted assessed X's services in July", "carried out a spot check")."""
    @given(inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case) == case.inspections

    run()


@given(inspection_sentences(phenomena=["named_then_referred"]))
@example(Generated("| 3 May 2019\n\nA monitoring inspection of Halton's children's services in 2017 found some progress. "
                   "On the evidence of the visit, inspectors listed several strengths.\n",
                   inspections=frozenset({("Halton", "monitoring_visit", "2017", None)})))
@example(Generated("| 3 May 2019\n\nThe Joint Targeted Area Inspection (JTAI) in Luton in 2018 praised the partnership. "
                   "The report said the inspection had found real strengths in the front door.\n",
                   inspections=frozenset({("Luton", "jtai", "2018", None)})))
@settings(max_examples=20, deadline=None)
def test_a_plain_definite_event_is_the_named_one(case: Generated) -> None:
    """A plain "the inspection" or "the visit" after a named kind of visit adds no inspection."""
    assert _keys(case) == case.inspections


@pytest.mark.parametrize("phenomenon", sorted(NOT_REFERRED_EVENT_PHENOMENA | NOT_EXAMINED_PHENOMENA))
def test_grading_in_general_is_no_event(phenomenon: str) -> None:
    """What inspectors' grading leads to in general (present tense), what they examine
    during a visit, checks promised and a school's are no council's event."""
    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=100, deadline=None)
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    run()
