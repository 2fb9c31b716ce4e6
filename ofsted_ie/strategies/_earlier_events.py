"""Inspection mentions told beside an earlier event: "since the 2018 inspection" (earlier
than the latest one), "the number of" things since the last inspection (no count of councils), a new
event set against a dated one ("a fresh inspection", "the first inspection since 2015") and a dated
"Ofsted report" beside a named inspection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import MONTHS, InspectionKey, authority_names

_Keys = set[InspectionKey]


def _number_of_things(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"the number of" care leavers, visits or plans is no count of councils in general."""
    a = draw(authority_names())
    things = draw(st.sampled_from(["care leavers in apprenticeships", "children with a plan", "agency staff",
                                   "foster carers"]))
    change = draw(st.sampled_from(["There has been a rise in", "Leaders have cut", "The report praised a fall in"]))
    return f"Ofsted wrote to {a} Council on Tuesday.\n\n\u2022 {change} the number of {things} since the last inspection.", {
        (a, "inspection", None, None)}


def _latest_since_dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The latest inspection, undated, is not the one "since the 2018 inspection" names."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 2))
    since = draw(st.sampled_from([f"since the {year} inspection", f"since the inspection in {year}"]))
    lead = draw(st.sampled_from(["Ofsted's latest inspection of", "The most recent inspection of", "A new inspection of"]))
    return f"{lead} {a} Council found that services had improved {since}.", {
        (a, "inspection", None, None), (a, "inspection", f"{year}", None)}


def _grade_word(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["good", "inadequate", "outstanding", "requires improvement"]))


def _fresh_after_dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A dated inspection, then one that sets itself against it ("a fresh inspection",
    "a subsequent inspection", "its first inspection since then"): two events, the
    second undated, not the first's date."""
    a, year, grade = draw(authority_names()), draw(st.integers(2009, ref.year - 2)), _grade_word(draw)
    first = draw(st.sampled_from([f"An Ofsted inspection in {year} rated {a} {grade}.",
                                  f"{a} was judged {grade} after an inspection in {year}.",
                                  f"Inspectors rated {a}'s children's services {grade} at an inspection in {year}."]))
    second = draw(st.sampled_from(["But a fresh inspection found that leaders had made progress.",
                                   "A subsequent inspection praised the council's leaders.",
                                   "In its first inspection since then, Ofsted praised the work of social workers.",
                                   "Another inspection found that caseloads had fallen."]))
    return f"{first} {second}", {(a, "inspection", f"{year}", None), (a, "inspection", None, None)}


def _fresh_published(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A dated inspection, then a fresh one standing for its report, published at a later
    date ("a new inspection, published in May 2021, found ..."): two events, the second
    dated by its publication; an event named once more with its publication is the first."""
    a, year, grade = draw(authority_names()), draw(st.integers(2009, ref.year - 3)), _grade_word(draw)
    later, month = draw(st.integers(year + 1, ref.year - 1)), draw(st.integers(1, 12))
    first = f"An Ofsted inspection in {year} rated {a} {grade}."
    fresh = draw(st.sampled_from(["But a fresh inspection", "A subsequent inspection", "Another inspection"]))
    told = draw(st.sampled_from([", published in", ", which was published in", " of the council, published in"]))
    same = draw(st.booleans())
    if same:  # the same event again: its report's publication is no new event
        return (f"{a} was inspected in {MONTHS[month - 1]} {later}. The inspection{told} {MONTHS[month - 1]} {later}, found progress.",
                {(a, "inspection", f"{later}-{month:02d}", None)})
    return (f"{first} {fresh}{told} {MONTHS[month - 1]} {later}, found that leaders had made progress.",
            {(a, "inspection", f"{year}", None), (a, "inspection", f"{later}-{month:02d}", None)})


def _first_since_year(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"its first inspection since 2020": the reported event, undated, and an earlier
    one of that date."""
    a, year, grade = draw(authority_names()), draw(st.integers(2009, ref.year - 2)), _grade_word(draw)
    month = draw(st.sampled_from(["", "March ", "November "]))
    noun = draw(st.sampled_from(["inspection", "full inspection", "Ofsted inspection", "graded inspection"]))
    whose = draw(st.sampled_from(["its", "the council's", "their"]))
    when = f"{year}-{3 if month.startswith('March') else 11:02d}" if month else f"{year}"
    text = draw(st.sampled_from([
        f"{a}'s children's services have been rated {grade} following {whose} first {noun} since {month}{year}.",
        f"The first {noun} of {a} since {month}{year} found services {grade}.",
    ]))
    return text, {(a, "inspection", None, None), (a, "inspection", when, None)}


def _dated_report_beside(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A dated "Ofsted report" beside a named inspection is no event and lends the
    inspection no date."""
    a, year, grade = draw(authority_names()), draw(st.integers(2009, ref.year - 2)), _grade_word(draw)
    lead = draw(st.sampled_from([f"A re-inspection of {a} Council showed that services were still {grade}.",
                                 f"An inspection of {a} Council found services were {grade}."]))
    report = draw(st.sampled_from([f"A {year} Ofsted report had found weaknesses in leadership.",
                                   f"An Ofsted report in {year} criticised its managers."]))
    return f"{lead} {report}", {(a, "inspection", None, None)}


def _fresh_refers_back(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The negative of ``_fresh_after_dated``: a fresh or latest inspection named with its
    date, then referred to again, is one event of that date."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    adjective = draw(st.sampled_from(["fresh", "latest", "subsequent"]))
    first = draw(st.sampled_from([f"A {adjective} inspection of {a} took place in {year}.",
                                  f"Ofsted carried out a {adjective} inspection of {a} in {year}."]))
    again = draw(st.sampled_from([f"The {adjective} inspection found that leaders had made progress.",
                                  "The inspection praised the council's leaders."]))
    return f"{first} {again}", {(a, "inspection", f"{year}", None)}


def _future_beside_previous(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A future inspection's date ("the next inspection is due in 2026") stays the
    future's: the last inspection beside it is not of that year."""
    a, soon = draw(authority_names()), draw(st.integers(ref.year + 1, ref.year + 3))
    year = draw(st.one_of(st.none(), st.integers(2009, ref.year - 1)))
    last = "the last inspection" if year is None else f"the last inspection in {year}"
    text = draw(st.sampled_from([
        f"The next inspection of {a} is due in {soon}, and leaders have made changes since {last}.",
        f"Officers said the next inspection of {a} was expected to take place in {soon} and that much had changed since {last}.",
        f"{a} will face a full inspection in {soon}, {soon - ref.year + 2} years after {last}.",
    ]))
    return text, {(a, "inspection", None if year is None else f"{year}", None)}


def _named_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, str, int, int, str, str]:
    """A council, a grade, a year, an earlier year, a named kind of visit and a sentence
    naming that visit to the council in the year."""
    a, grade = draw(authority_names()), _grade_word(draw)
    earlier = draw(st.integers(2009, ref.year - 2))
    year = draw(st.integers(earlier + 1, ref.year - 1))
    kind = draw(st.sampled_from(["monitoring_visit", "focused_visit"]))
    return a, grade, year, earlier, kind, f"Ofsted carried out a {kind.replace('_', ' ')} to {a} in {year}."


def _graded_earlier_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A bare visit that was graded ("since the previous visit in 2015, when services
    were judged good", "rated good following a visit by inspectors in 2015") is an
    inspection, even beside a named monitoring or focused visit (which give no grade)."""
    a, grade, year, earlier, kind, named = _named_visit(draw, ref)
    graded = draw(st.sampled_from([
        f"Leaders told inspectors that since the last visit in {earlier} \u2013 when the department was graded {grade} \u2013 caseloads had risen.",
        f"Since their previous visit in {earlier}, when services were judged {grade}, leaders have acted.",
        f"{a} had been rated {grade} following a visit by inspectors in {earlier}.",
        f"The council was judged '{grade}' after a visit by Ofsted in {earlier}.",
    ]))
    return f"{named} {graded}", {(a, kind, f"{year}", None), (a, "inspection", f"{earlier}", None)}  # type: ignore[arg-type]


def _ungraded_visit_refers_back(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The negative of ``_graded_earlier_visit``: a visit that refers back to the named
    one, beside a grade of another clause, keeps the named kind."""
    a, grade, year, earlier, kind, named = _named_visit(draw, ref)
    again = draw(st.sampled_from([
        f"The visit found that leaders, who took over after {a} was rated {grade} in {earlier}, had acted.",
        f"During the visit, inspectors noted that the council had been judged {grade} in {earlier}.",
    ]))
    return f"{named} {again}", {(a, kind, f"{year}", None)}  # type: ignore[arg-type]



def _visits_since_inadequate(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Visits counted since an inadequate judgement are monitoring visits ("Inspectors
    have visited Kent four times since the council was judged inadequate in 2017"); a visit dated
    some years after one stays an inspection."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    times = draw(st.sampled_from(["twice", "three times", "four times", "seven times", "5 times"]))
    verb = draw(st.sampled_from(["rated inadequate", "judged inadequate", "judged 'inadequate'", "found to be inadequate"]))
    if draw(st.booleans()):
        month = draw(st.integers(1, ref.month))  # a visit the text reports has taken place
        return (f"Inspectors visited {a} in {MONTHS[month - 1]} {ref.year}, some years after it was {verb}.",
                {(a, "inspection", f"{ref.year}-{month:02d}", None)})
    return draw(st.sampled_from([
        f"Inspectors have visited {a} {times} since {a} was {verb} in {year}.",
        f"Ofsted has visited {a} {times} since the council was {verb} in {year}, and progress remains slow.",
    ])), {(a, "monitoring_visit", None, None)}

def _when_clause(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection in a relative "when" clause hangs on the date before it: "The trust was
    set up in 2014, when an inspection found services in Kent inadequate"."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    head = draw(st.sampled_from(["The trust was set up", "A commissioner was appointed", "The director left",
                                 "Things began to change"]))
    event = draw(st.sampled_from([f"an inspection found services in {a} to be inadequate",
                                  f"an Ofsted inspection rated {a} good", f"inspectors visited {a} for two weeks"]))
    return f"{head} in {year}, when {event}.", {(a, "inspection", str(year), None)}


def _not_part_of(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A council whose services were "not part of" an inspection had none: only the
    inspected council's event."""
    a = draw(authority_names())
    b = draw(authority_names().filter(lambda x: x != a))
    month = draw(st.integers(1, ref.month))
    told = draw(st.sampled_from([f"{b}'s services were not part of the inspection", f"{b} was not included in the inspection",
                                 f"{b} was excluded from the inspection", f"{b}'s services were not covered by the inspection"]))
    return (f"{a} was inspected in {MONTHS[month - 1]} {ref.year}. {told}.", {(a, "inspection", f"{ref.year}-{month:02d}", None)})


def _reduced_relative(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A council in a reduced relative clause after the subject ("Kent, created when Medway
    was broken up, had its first inspection in May") is no subject: the event is the
    subject's."""
    a = draw(authority_names())
    b = draw(authority_names().filter(lambda x: x != a))
    month = draw(st.integers(1, ref.month))
    aside = draw(st.sampled_from([f"created when {b} was broken up", f"formed after {b} was split", f"formerly part of {b}",
                                  f"set up when {b} was abolished"]))
    return (f"{a}, {aside}, had its first full inspection in {MONTHS[month - 1]} {ref.year}.",
            {(a, "inspection", f"{ref.year}-{month:02d}", None)})


#: The frames of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
EARLIER_EVENT_PHENOMENA: Final[dict[str, Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]]] = {
    "number_of_things": _number_of_things, "latest_since_dated": _latest_since_dated,
    "fresh_after_dated": _fresh_after_dated, "first_since_year": _first_since_year,
    "dated_report_beside": _dated_report_beside, "fresh_refers_back": _fresh_refers_back,
    "future_beside_previous": _future_beside_previous, "graded_earlier_visit": _graded_earlier_visit,
    "ungraded_visit_refers_back": _ungraded_visit_refers_back, "visits_since_inadequate": _visits_since_inadequate,
    "fresh_published": _fresh_published, "when_clause": _when_clause, "not_part_of": _not_part_of,
    "reduced_relative": _reduced_relative,
}


@st.composite
def undated_month_inspections(draw: st.DrawFn) -> tuple[str, _Keys]:
    """With no dateline, an event dated by a month alone ("an inspection in November") is
    undated: it takes no year another clause of its sentence states ("failures identified
    in 2014"). Returns the text (no dateline) and its inspection keys."""
    a, year = draw(authority_names()), draw(st.integers(2009, 2023))
    month = MONTHS[draw(st.integers(0, 11))]
    event = draw(st.sampled_from([f"an inspection in {month}", f"an Ofsted inspection in {month}",
                                  f"a full inspection carried out in {month}"]))
    other = draw(st.sampled_from([f"since serious failures were identified in {year}",
                                  f"which follows a damning review in {year}", f"a decade after a scandal broke in {year}"]))
    return f"In a report published today following {event}, Ofsted praised {a} Council's response {other}.", {
        (a, "inspection", None, None)}
