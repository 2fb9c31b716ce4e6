"""Tests for the inspections rules: coreferent visits, dating, generic mentions, the timeline
and properties (the example tables are in tests/rules/test_inspections.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie

REF = dt.date(2017, 3, 24)


def keys(text: str, reference_date: dt.date | None = REF) -> set[tuple[str | None, str, str | None, int | None]]:
    doc = ofsted_ie.extract(text, reference_date=reference_date)
    return {(i.authority, i.kind, i.when, i.ordinal) for i in doc.inspections}


def test_framework_is_read_from_the_sentence() -> None:
    doc = ofsted_ie.extract("Leeds was judged under the single inspection framework after an inspection in 2015.")
    assert [(i.kind, i.framework) for i in doc.inspections] == [("inspection", "SIF")]


def test_a_bare_visit_takes_the_kind_and_date_of_its_event() -> None:
    """'the second monitoring visit' and 'last month's visit' are one event: dated, with its ordinal."""
    text = (
        "Following their second monitoring visit to Reading Borough Council, inspectors found little progress. "
        "At the time of last month's visit, the proportion of permanent staff had risen, Ofsted said."
    )
    assert keys(text) == {("Reading", "monitoring_visit", "2017-02", 2)}


def test_a_visit_with_no_named_kind_is_an_inspection() -> None:
    text = "Ofsted rated Kent inadequate in 2015. But, following a visit in May, inspectors found that services are now good."
    assert ("Kent", "inspection", "2016-05", None) in keys(text)


def test_visits_that_are_not_inspections() -> None:
    """Home visits and visits with no inspector in sight are not events."""
    assert keys("Social workers in Kent made a home visit to the family. The minister's visit to Kent was brief.") == set()


def test_inspectors_visited_and_was_last_inspected() -> None:
    text = (
        "Ofsted has published its latest focused visits. Inspectors visited Wokingham's children's services on "
        "20 and 21 February 2024. They found that since the local authority was last inspected, in 2022, support improved."
    )
    assert keys(text, dt.date(2024, 4, 10)) == {
        ("Wokingham", "focused_visit", "2024-02-20", None),
        ("Wokingham", "inspection", "2022", None),
    }


def test_a_date_belongs_to_the_nearest_event() -> None:
    """In 'a monitoring visit, the second since the last full inspection in August 2014'
    the date is the inspection's, not the visit's."""
    text = ("But a monitoring visit to Buckinghamshire, the second to take place since the last full inspection "
            "in August 2014, found a number of improvements.")
    assert keys(text) == {("Buckinghamshire", "monitoring_visit", None, 2), ("Buckinghamshire", "inspection", "2014-08", None)}


def test_a_rating_stands_between_an_event_and_a_date() -> None:
    text = "Wakefield was last inspected under the old single inspection framework in July 2016, in which it was rated good."
    assert keys(text, None) == {("Wakefield", "inspection", "2016-07", None)}


def test_an_examination_carried_out_by_inspectors() -> None:
    text = ("The judgement on Cheshire East follows a rigorous examination carried out by a team of inspectors "
            "over four weeks in November and December 2015.")
    assert keys(text, dt.date(2016, 2, 19)) == {("Cheshire East", "inspection", "2015-11", None)}


def test_the_previous_two_in_listed_years() -> None:
    text = ("The Ofsted inspectors' two-week visit to Wiltshire Council's children's services was the third in as many "
            "years. The previous two, in 2010 and 2011, were unannounced.")
    assert keys(text, None) == {("Wiltshire", "inspection", None, None), ("Wiltshire", "inspection", "2010", None),
                                ("Wiltshire", "inspection", "2011", None)}


def test_current_and_previous_inspections_stay_apart() -> None:
    """An undated current inspection is not given the previous inspection's date."""
    text = ("An inspection of Dudley council's children's social care services found them inadequate. "
            "Since the last inspection in 2012 the majority of areas found to require improvement at that "
            "inspection have not progressed.")
    assert keys(text, dt.date(2016, 4, 6)) == {("Dudley", "inspection", None, None), ("Dudley", "inspection", "2012", None)}


def test_plural_events_distribute_over_a_list_of_councils() -> None:
    text = "Ofsted today released the results of its second wave of inspections, of Bolton, Coventry and Essex councils."
    assert keys(text) == {("Bolton", "inspection", None, None), ("Coventry", "inspection", None, None),
                          ("Essex", "inspection", None, None)}


def test_ofsted_report_is_an_inspection_only_when_nothing_else_is() -> None:
    """'Ofsted's report' stands for an inspection only if the text names no event."""
    assert keys("Ofsted's report found Haringey to have the worst child protection systems.") == {
        ("Haringey", "inspection", None, None)}
    assert keys("Ofsted's report on Haringey followed a monitoring visit in May.") == {
        ("Haringey", "monitoring_visit", "2016-05", None)}


def test_timeline_of_events() -> None:
    """Document.timeline gives an authority's inspections and ratings in date order."""
    text = ("Leicestershire County Council was handed the inspectorate's top rating following an inspection in April. "
            "It had previously been rated as requires improvement to be good after an inspection in 2019.")
    doc = ofsted_ie.extract(text, reference_date=dt.date(2024, 7, 15))
    events = [(type(e).__name__, e.when) for e in doc.timeline("Leicestershire") if isinstance(e, ofsted_ie.Inspection)]
    assert events == [("Inspection", "2019"), ("Inspection", "2024-04")]


# -- properties -------------------------------------------------------------------------

AUTHORITIES = ["Kent", "Leeds", "Wokingham", "North Tyneside", "Bath and North East Somerset", "Cheshire West and Chester"]
MONTHS = "January February March April May June July August September October November December".split()
ORDINALS = "first second third fourth fifth".split()
KIND_PHRASES = {
    "inspection": ["an inspection of {a}", "a full inspection of {a}", "an Ofsted inspection of {a}",
                   "a short inspection of {a}", "{a}'s latest inspection"],
    "monitoring_visit": ["a monitoring visit to {a}", "the {o} monitoring visit to {a}"],
    "focused_visit": ["a focused visit to {a}", "a focussed visit to {a}"],
    "jtai": ["a joint targeted area inspection of {a}", "a JTAI in {a}", "a joint inspection of {a}"],
}


@st.composite
def event_sentences(draw: st.DrawFn) -> tuple[str, tuple[str, str, str, int | None]]:
    """A sentence reporting one event, and the (authority, kind, when, ordinal) it states."""
    kind = draw(st.sampled_from(sorted(KIND_PHRASES)))
    phrase = draw(st.sampled_from(KIND_PHRASES[kind]))
    authority = draw(st.sampled_from(AUTHORITIES))
    ordinal = draw(st.integers(1, 5)) if "{o}" in phrase else None
    year, month = draw(st.integers(2009, 2024)), draw(st.integers(1, 12))
    date_text, when = draw(st.sampled_from([(f"in {year}", str(year)), (f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}")]))
    event = phrase.format(a=authority, o=ORDINALS[(ordinal or 1) - 1])
    template = draw(st.sampled_from([
        "{E} {D} found that children were safer.",
        "Inspectors said {e} {D} found improvements.",
        "Following {e} {D}, the council was praised.",
    ]))
    text = template.format(E=event[0].upper() + event[1:], e=event, D=date_text)
    return text, (authority, kind, when, ordinal)


@given(event_sentences())
@settings(max_examples=200, deadline=None)
def test_generated_event_sentences_are_recovered(case: tuple[str, tuple[str, str, str, int | None]]) -> None:
    """A generated sentence over every kind, authority, date form and ordinal gives
    exactly the event it states, with its evidence in the text."""
    text, expected = case
    doc = ofsted_ie.extract(text, reference_date=REF)
    assert {(i.authority, i.kind, i.when, i.ordinal) for i in doc.inspections} == {expected}
    for i in doc.inspections:
        assert i.start is not None and i.end is not None and text[i.start : i.end].strip()
