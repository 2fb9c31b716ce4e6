"""Properties of inspections told by the inspectorate as the agent of a verb of examining
(ofsted_ie.strategies._examined): "Ofsted assessed X's children's services in July",
"inspectors carried out a spot check of X"; not what inspectors examined during a visit,
a check promised, or a school's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, inspection_sentences, non_inspection_sentences
from ofsted_ie.strategies._examined import EXAMINED_PHENOMENA, NOT_EXAMINED_PHENOMENA


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    return {(i.authority, i.kind, i.when, i.ordinal) for i in ofsted_ie.extract(case.text).inspections}


@pytest.mark.parametrize("phenomenon", sorted(EXAMINED_PHENOMENA))
def test_the_inspectorate_examining_a_council_is_an_inspection(phenomenon: str) -> None:
    """Each phrasing, with random councils, agents, verbs and dates, gives exactly its inspection."""
    @given(inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case) == case.inspections

    run()


@pytest.mark.parametrize("phenomenon", sorted(NOT_EXAMINED_PHENOMENA))
def test_what_inspectors_examine_in_a_visit_is_no_event(phenomenon: str) -> None:
    """Records and data examined, checks promised and a school's check are no council's inspection."""
    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    run()
