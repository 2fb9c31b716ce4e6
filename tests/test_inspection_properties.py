"""Properties of the inspections rules: generated sentences give exactly the events they
name, and sentences whose inspection words name none give no inspection."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, inspection_sentences, non_inspection_sentences
from ofsted_ie.strategies._earlier_events import undated_month_inspections
from ofsted_ie.strategies._inspections import framework_name


def _keys(case: Generated) -> set[tuple[str | None, str, str | None, int | None]]:
    doc = ofsted_ie.extract(case.text)
    assert doc.published == case.published
    return {(i.authority, i.kind, i.when, i.ordinal) for i in doc.inspections}


@given(inspection_sentences())
@settings(max_examples=1200, deadline=None)
def test_generated_inspections_are_recovered(case: Generated) -> None:
    """Every phrasing, kind, date form (explicit, or relative to the dateline) and
    distribution over councils gives exactly the events it names."""
    assert _keys(case) == case.inspections


@given(non_inspection_sentences())
@settings(max_examples=600, deadline=None)
def test_generated_non_inspections_give_none(case: Generated) -> None:
    """Schools' inspections, counts, the framework's name, the future and councils in
    general are no inspection."""
    assert ofsted_ie.extract(case.text).inspections == ()


# -- known failures: one per phenomenon the extractor does not yet handle -------------------

_DATELINE = "London, 3 May 2019\n\n"


def _positive(text: str, *keys: tuple[str, str, str | None, int | None]) -> Generated:
    return Generated(_DATELINE + text + "\n", inspections=frozenset(keys), published="2019-05-03")  # type: ignore[arg-type]


def _negative(text: str) -> Generated:
    return Generated(_DATELINE + text + "\n", published="2019-05-03")


@given(inspection_sentences(phenomena=["following_year"]))
@example(_positive("Kent was inspected in 2015. Ofsted carried out a focused visit to Kent the following year.",
                   ("Kent", "inspection", "2015", None), ("Kent", "focused_visit", "2016", None)))
@settings(max_examples=5, deadline=None)
def test_the_following_year_dates_the_next_event(case: Generated) -> None:
    """'the following year' dates its event a year after the last explicit year."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["spent_visiting"]))
@example(_positive("Inspectors spent two weeks visiting Kent in March 2018.", ("Kent", "inspection", "2018-03", None)))
@settings(max_examples=5, deadline=None)
def test_inspectors_spent_weeks_visiting(case: Generated) -> None:
    """'Inspectors spent two weeks visiting X in <date>' is an inspection of X."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["visit_focused_on"]))
@example(_positive("An Ofsted visit to Kent in March 2018 focused on care leavers.", ("Kent", "focused_visit", "2018-03", None)))
@settings(max_examples=5, deadline=None)
def test_a_visit_that_focused_on_something_is_a_focused_visit(case: Generated) -> None:
    """A bare 'visit' whose clause says what it focused on is a focused visit."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["fronted_month"]))
@example(_positive("In October Ofsted inspected Kent.", ("Kent", "inspection", "2018-10", None)))
@settings(max_examples=5, deadline=None)
def test_a_fronted_bare_month_before_ofsted(case: Generated) -> None:
    """'In October Ofsted inspected X' dates the inspection to the latest October."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["previous_one_plain"]))
@example(_positive("Kent was inspected in 2018; its previous one, back in 2015, praised leaders.",
                   ("Kent", "inspection", "2018", None), ("Kent", "inspection", "2015", None)))
@settings(max_examples=5, deadline=None)
def test_its_previous_one_after_was_inspected(case: Generated) -> None:
    """'X was inspected in Y1; its previous one, back in Y2, ...' names two events."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["ordinal_after_comma_name"]))
@example(_positive("A monitoring visit to Bournemouth, Christchurch and Poole in May 2018, the second, found little change.",
                   ("Bournemouth, Christchurch and Poole", "monitoring_visit", "2018-05", 2)))
@settings(max_examples=5, deadline=None)
def test_an_ordinal_after_a_name_with_a_comma(case: Generated) -> None:
    """The ordinal after the visit's council counts the visit whatever the name's punctuation."""
    assert _keys(case) == case.inspections


def _gap(phenomenon: str, minimal: str, reason: str) -> object:
    """A phenomenon once missed (``reason`` says how), now a bugs-caught case."""
    return pytest.param(phenomenon, minimal, id=phenomenon)


_NEGATIVE_GAPS = [
    _gap("place_inspected", "A school in Kent was inspected in March 2018.",
         "a school, children's home, nursery or academy as the subject or object of 'inspected' is taken for the council"),
    _gap("never_inspected", "Kent has never had a full inspection.", "'never had a full inspection' is taken for an event"),
    _gap("count_including", "So far 30 councils have been inspected under the framework, including Kent.",
         "a count of councils inspected so far is an event of the council it names"),
    _gap("area_of_inspection", "Leadership is one area of inspection where Kent fell short.", "'one area of inspection' is taken for an event"),
    _gap("framework_lower", f"Kent was judged under the {framework_name(title=False)} framework.",
         "the framework's name in lower case is taken for an event (only the title-cased name is vetoed)"),
    _gap("comparison", "Kent's director said the process felt more like a full re-inspection than a monitoring visit.",
         "the second half of a comparison ('than a monitoring visit') is taken for an event"),
]


@pytest.mark.parametrize(("phenomenon", "minimal"), _NEGATIVE_GAPS)
def test_known_non_inspections(phenomenon: str, minimal: str) -> None:
    """Each negative the extractor still misreads gives no inspection: first the
    invented minimal sentence, then generated ones."""

    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @example(_negative(minimal))
    @settings(max_examples=5, deadline=None)
    def check(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    check()


# -- past events, subjects' events and events named by their agent ---------------------------

_NEW_POSITIVES = ["since_past_event", "provider_modifier", "subject_list_definite", "visits_by_inspectorate",
                  "latest_visit_possessive", "counted_visits", "number_of_things",
                  "latest_since_dated"]


@pytest.mark.parametrize("phenomenon", _NEW_POSITIVES)
def test_events_once_vetoed_or_unreached(phenomenon: str) -> None:
    """'since the <event> in <date>' is past; a compound modifier ('school-age') names no
    provider; a definite plural and 'visits by the inspectorate' are events of each council
    of the subject; 'inspectors latest visit', 'their latest visit' with the watchdog as
    agent, and counted visits an agent conducted are events; "the number of" things other
    than councils is no count of councils in general; the latest inspection is not the one
    services improved "since"."""

    @given(inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=40, deadline=None)
    def check(case: Generated) -> None:
        assert _keys(case) == case.inspections

    check()


@pytest.mark.parametrize("phenomenon", ["future_cue", "inspection_words", "counted_in_general"])
def test_words_that_stay_non_events(phenomenon: str) -> None:
    """Future cues, laws, frameworks, plans, social workers' visits, websites, a wish for
    inspection and counts of events across councils give no inspection."""

    @given(non_inspection_sentences(phenomena=[phenomenon]))
    @settings(max_examples=40, deadline=None)
    def check(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).inspections == ()

    check()


@given(inspection_sentences(phenomena=["dated_next_sentence"]))
@example(_positive("This letter summarises the findings of the second monitoring visit to Kent's children's services. "
                   "The visit was carried out in March 2019.", ("Kent", "monitoring_visit", "2019-03", 2)))
@settings(max_examples=60, deadline=None)
def test_a_visit_dated_by_the_next_sentence(case: Generated) -> None:
    """A letter's visit dated in the next sentence ("The visit was carried out on ...")
    is that date's: the definite "the visit" refers back to it."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["fresh_after_dated", "first_since_year", "dated_report_beside", "fresh_refers_back"]))
@example(_positive("An Ofsted inspection in 2014 rated Kent inadequate. But a fresh inspection found that leaders had made progress.",
                   ("Kent", "inspection", "2014", None), ("Kent", "inspection", None, None)))
@example(_positive("The first inspection of Rutland since 2015 found services good.",
                   ("Rutland", "inspection", None, None), ("Rutland", "inspection", "2015", None)))
@example(_positive("A re-inspection of Luton Council showed that services were still inadequate. "
                   "A 2012 Ofsted report had found weaknesses in leadership.", ("Luton", "inspection", None, None)))
@example(_positive("Ofsted carried out a fresh inspection of Kent in 2017. The fresh inspection found that leaders had made progress.",
                   ("Kent", "inspection", "2017", None)))
@settings(max_examples=200, deadline=None)
def test_a_new_event_set_against_a_dated_one_keeps_its_own_date(case: Generated) -> None:
    """A mention that sets itself against an earlier event ("a fresh inspection", "its
    first inspection since 2015") takes no date from the mentions before it, "since" a
    date names the earlier event, a dropped "2012 Ofsted report" lends no date; a fresh
    inspection named with its date and named again is one event."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["future_beside_previous"]))
@example(_positive("Officers said the next inspection of Kent was expected to take place in 2021 and that much had changed "
                   "since the last inspection.", ("Kent", "inspection", None, None)))
@example(_positive("Kent will face a full inspection in 2020, after the last inspection in 2016.", ("Kent", "inspection", "2016", None)))
@settings(max_examples=100, deadline=None)
def test_a_vetoed_future_event_keeps_its_date(case: Generated) -> None:
    """The date of a mention vetoed as no event ("the next inspection, due in 2021") is
    its own, not the date of the last inspection beside it."""
    assert _keys(case) == case.inspections


@given(inspection_sentences(phenomena=["graded_earlier_visit", "ungraded_visit_refers_back"]))
@example(_positive("Ofsted carried out a focused visit to Kent in 2018. Leaders told inspectors that since the last visit in 2014 "
                   "\u2013 when the department was graded good \u2013 caseloads had risen.",
                   ("Kent", "focused_visit", "2018", None), ("Kent", "inspection", "2014", None)))
@example(_positive("Ofsted carried out a monitoring visit to Kent in 2018. The visit found that leaders, who took over after "
                   "Kent was rated inadequate in 2015, had acted.", ("Kent", "monitoring_visit", "2018", None)))
@settings(max_examples=100, deadline=None)
def test_a_graded_visit_is_an_inspection(case: Generated) -> None:
    """A bare visit given a grade (by a clause of its own, or as what the rating
    followed) is an inspection beside a named monitoring or focused visit; a visit that
    only stands beside a grade of another clause keeps the named kind."""
    assert _keys(case) == case.inspections


@given(non_inspection_sentences(phenomena=["every_period", "each_authority"]))
@example(_negative("Under the old framework, Kent faced a three-week inspection every three years."))
@example(_negative("Kent's analysts listed the grades from each authority's first inspection since the reforms."))
@settings(max_examples=100, deadline=None)
def test_a_recurring_or_every_councils_inspection_is_no_event(case: Generated) -> None:
    """A schedule ("every three years") or every council's event ("each authority's
    first inspection") is no event, though a council is named."""
    assert ofsted_ie.extract(case.text).inspections == ()


@given(inspection_sentences(phenomena=["visits_since_inadequate"]))
@example(_positive("Inspectors have visited Kent four times since the council was judged inadequate in 2016.", ("Kent", "monitoring_visit", None, None)))
@settings(max_examples=100, deadline=None)
def test_visits_counted_since_an_inadequate_judgement_are_monitoring_visits(case: Generated) -> None:
    """'visited X four times since X was judged inadequate' counts monitoring visits (the
    year is the judgement's); a visit dated after an inadequate judgement stays an
    inspection."""
    assert _keys(case) == case.inspections


@given(undated_month_inspections())
@settings(max_examples=200, deadline=None)
def test_a_month_alone_with_no_dateline_leaves_the_event_undated(case: tuple[str, set[tuple[object, ...]]]) -> None:
    """With no dateline, "an inspection in November" is undated, not dated by another
    year of its sentence."""
    text, keys = case
    doc = ofsted_ie.extract(text)
    assert doc.published is None
    assert {(i.authority, i.kind, i.when, i.ordinal) for i in doc.inspections} == keys


@given(inspection_sentences(phenomena=["inspected_aside"]))
@settings(max_examples=25, deadline=None)
def test_an_inspection_told_in_a_participle_aside(case: Generated) -> None:
    """"B, inspected under the new framework in May 2019, ...": B's inspection, dated.
    (Bug caught: "under the framework" between the participle and its date lost the event.)"""
    assert _keys(case) == case.inspections


@given(non_inspection_sentences(phenomena=["not_held", "ahead"]))
@settings(max_examples=40, deadline=None)
def test_inspections_wished_rehearsed_or_in_general_are_none(case: Generated) -> None:
    """"I want us to go into the inspection ...", "a practice inspection", "nobody enjoys
    being inspected", "The inspection of Kent is expected to last three weeks": no event.
    (Bugs caught: each of them was an event.)"""
    assert ofsted_ie.extract(case.text).inspections == ()
