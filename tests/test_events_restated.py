"""Properties of events whose date or kind the words around them give
(ofsted_ie.strategies._events_restated): a visit counted in a series told before it is a
monitoring visit of its own date, no date passing between counts; a relative date restated
in apposition takes the explicit date; "this year's inspection" is dated by its possessive,
not by its report's publication; a date set off after the event's relative clause is the
event's; inspectors arriving in a council are an inspection; someone else's counted visit
is none; a plural dated by a list of years ("monitoring visits followed in 2020 and 2021",
"the 2015 and 2019 inspections") is one event per year, and none in a sentence about councils in general;
"next" counted from a past event ("its next inspection, in July 2022") is that event, with a later date
none; a year before words of a count ("a focused visit in 2020 found no areas ...") counts no councils;
"The visit, on 5 March, focused on ..." after a monitoring visit is that visit; "was last fully inspected in
2021" is an event; an inspection that "will look hard at" practice or "looms", or a mock one, is none;
"a full Inspection of Local Authority ... in March 2023" (the framework's name as the event's) is one.

| provenance | cases |
|---|---|
| synthetic | the twelve phrasings and the four negatives, random councils, ordinals, dates |
| bugs caught | counted visits read as focused visits and lending dates to one another; "two years earlier, in 2019" dated by the count; a possessive date lost to the publication; a date after a relative clause taken by the clause's "judgement"; a plural with a list of years given one event or none, and "the 2015 and 2019 joint inspections" reading no 2015; "its next inspection, in July 2022" read as the future; "a focused visit in 2020 found no areas" read as a count of 2020 areas; a monitoring visit's "the visit ... focused on" read as a focused visit; "last fully inspected" missed; "will look hard at", "looms" and a mock inspection read as events; "a full Inspection of Local Authority ... in March 2023" read as the framework |
| known failures | none |
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, inspection_sentences, non_inspection_sentences
from ofsted_ie.strategies._events_restated import EVENTS_RESTATED_PHENOMENA, NOT_EVENTS_RESTATED_PHENOMENA


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    return {(i.authority, i.kind, i.when, i.ordinal) for i in ofsted_ie.extract(case.text).inspections}


@pytest.mark.parametrize("phenomenon", sorted(EVENTS_RESTATED_PHENOMENA))
def test_events_take_the_date_and_kind_their_words_give(phenomenon: str) -> None:
    """Each phrasing, with random councils, counts and dates, gives exactly its events."""
    @given(inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=150, deadline=None)
    def run(case: Generated) -> None:
        assert _keys(case) == case.inspections

    run()


@given(inspection_sentences(phenomena=["counted_in_series"]))
@example(Generated("| 3 May 2024\n\nHalton's third monitoring visit since it was rated inadequate found progress. "
                   "At the second visit, in October 2023, inspectors had warned of drift. "
                   "The first visit, in December 2022, had looked at the front door.\n",
                   inspections=frozenset({("Halton", "monitoring_visit", None, 3), ("Halton", "monitoring_visit", "2023-10", 2),
                                          ("Halton", "monitoring_visit", "2022-12", 1)})))
@settings(max_examples=10, deadline=None)
def test_counted_visits_are_events_of_their_own(case: Generated) -> None:
    """"The first visit, in December 2022, had looked at ..." is the series' first monitoring
    visit (not a focused visit for its "looked at"), and the latest lends it no date."""
    assert _keys(case) == case.inspections


@pytest.mark.parametrize("phenomenon", sorted(NOT_EVENTS_RESTATED_PHENOMENA))
def test_someone_elses_counted_visit_is_no_event(phenomenon: str) -> None:
    """A minister's or a mayor's first visit, in a text of no event, is none."""
    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=100, deadline=None)
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    run()
