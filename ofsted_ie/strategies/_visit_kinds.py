"""What kind of event a visit was, told by what it did: inspectors who visited and then
graded the services, who spent weeks on site, or a team of them, made an inspection,
whatever other visit the article names nearby; two councils visited in turn with the verb
said once ("visited Richmond in February and Kingston in March"); an earlier inspection told
by what inspectors found ("in 2015, when inspectors found widespread failings"); and the
negatives: what inspectors find in general, a
children's home's inspections told after the home is introduced, visits promised for the
future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import MONTHS, InspectionKey, authority_names, grades_as_written
from ._visits_told import _dated

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]
_OTHER_VISITS: Final = (("focused visit", "focused_visit"), ("monitoring visit", "monitoring_visit"))
_NUMBER_WORDS: Final = ("two", "three", "four", "five", "six", "seven")


def _other_visit(draw: st.DrawFn, ref: dt.date, a: str, when: str) -> tuple[str, _Keys]:
    """A sentence about a visit of another kind to the same council, in another year."""
    name, kind = draw(st.sampled_from(_OTHER_VISITS))
    year = draw(st.integers(2009, ref.year - 1).filter(lambda y: str(y) != when[:4]))
    return f"A {name} in {year} had found some progress.", {(a, kind, f"{year}", None)}  # type: ignore[arg-type]


def _graded_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Inspectors who visited a council and rated its services: an inspection."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    who = draw(st.sampled_from(["Inspectors who visited", "Ofsted inspectors who visited", "Inspectors, who visited"]))
    comma = "," if "," in who else ""
    obj = draw(st.sampled_from([a, f"{a} Council", f"{a}'s children's services"]))
    verb = draw(st.sampled_from(["rated its services", "judged the council", "rated services", "graded the council"]))
    other, keys = _other_visit(draw, ref, a, when)
    first = f"{who} {obj} {d}{comma} {verb} {grade}."
    text = draw(st.sampled_from([f"{first} {other}", f"{other} {first}"]))
    return text, {(a, "inspection", when, None), *keys}


def _weeks_on_site(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Inspectors who spent weeks in a council, or a team of them: an inspection."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    weeks = draw(st.sampled_from(["two weeks", "three weeks", "a fortnight"]))
    n = draw(st.sampled_from(_NUMBER_WORDS))
    other, keys = _other_visit(draw, ref, a, when)
    first = draw(st.sampled_from([
        f"Inspectors spent {weeks} in {a} {d} and {draw(st.sampled_from(['found serious weaknesses', 'praised leaders']))}.",
        f"{a} Council was visited by a team of {n} inspectors over {weeks} {d}.",
        f"A team of {n} Ofsted inspectors spent {weeks} in {a} {d}.",
        f"Inspectors who spent {weeks} with {a}'s social workers {d} praised leaders' relentless focus on children.",
    ]))
    return draw(st.sampled_from([f"{first} {other}", f"{other} {first}"])), {(a, "inspection", when, None), *keys}


def _visited_in_turn(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Two councils visited in turn, the verb said once: one event each, with its own date."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    year = draw(st.integers(2009, ref.year - 1))
    m1, m2 = draw(st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True))
    who = draw(st.sampled_from(["Inspectors", "Ofsted inspectors", "Ofsted"]))
    text = f"{who} visited {a} in {MONTHS[m1 - 1]} {year} and {b} in {MONTHS[m2 - 1]} {year}."
    return text, {(a, "inspection", f"{year}-{m1:02d}", None), (b, "inspection", f"{year}-{m2:02d}", None)}


_FOUND: Final = ("widespread failings", "serious weaknesses", '"serious and widespread failures"', "that children were left at risk")


def _when_inspectors_found(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An earlier inspection told by what inspectors found, in a clause of its own after
    its date ("in 2015, when inspectors found widespread failings"): an inspection, not
    of the kind of a visit introduced after it as another event ("A focused visit in 2019
    had found ...")."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written(("inadequate", "requires_improvement")))
    who = draw(st.sampled_from(["inspectors", "Ofsted inspectors", "Ofsted"]))
    verb = draw(st.sampled_from(["found", "uncovered", "identified", "had found"]))
    found = draw(st.sampled_from(_FOUND))
    other, keys = _other_visit(draw, ref, a, when) if draw(st.booleans()) else ("", set())
    return draw(st.sampled_from([
        f"The picture in {a} is very different to the one painted {d}, when {who} {verb} {found}.",
        f"{a} Council was rated {grade} {d} after {who} {verb} {found}.",
        f"Ministers sent a commissioner to {a} {d}, after {who} {verb} {found}.",
    ])) + (f" {other}" if other else ""), {(a, "inspection", when, None), *keys}


def _there_have_been(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Visits counted as existing ("Since then there have been five monitoring visits"):
    events of the council the text is about, undated."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    n = draw(st.sampled_from(["two", "three", "five", "6"]))
    have = draw(st.sampled_from(["there have been", "there had been"]))
    also = draw(st.sampled_from([("", set()), (" and one focused visit", {(a, "focused_visit", None, None)})]))
    return (f"{a} was rated inadequate in {year}. Since then {have} {n} monitoring visits{also[0]}.",
            {(a, "monitoring_visit", None, None), *also[1]})  # type: ignore[arg-type]


def _such_visit_after(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A monitoring visit, then its count in the next sentence ("It was the council's
    seventh such visit"): the visit's ordinal."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    n, word = draw(st.sampled_from([(2, "second"), (4, "fourth"), (7, "seventh")]))
    whose = draw(st.sampled_from(["the council's", "its", "the", f"{a}'s"]))
    return (f"At {a}, a monitoring visit {d} found leaders had a realistic grip. It was {whose} {word} such visit.",
            {(a, "monitoring_visit", when, n)})


def _ordinal_apposition(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A monitoring visit and its count in apposition: "a monitoring visit in May, the
    council's fourth since ...": the visit's ordinal."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    n, word = draw(st.sampled_from([(2, "second"), (4, "fourth"), (6, "sixth")]))
    whose = draw(st.sampled_from(["the council's", "its", f"{a}'s", "the"]))
    done = draw(st.sampled_from(["", "carried out ", "conducted "]))
    return (f"In {a}, a monitoring visit {done}{d}, {whose} {word} since the council was judged inadequate, found slow progress.",
            {(a, "monitoring_visit", when, n)})


def _graded_before_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A grade stated right before the visit it followed, in any verb form ("now require
    improvement following a visit in June"): an inspection, whatever visit is named nearby."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    state = draw(st.sampled_from(["now require improvement", "now requires improvement to be good", "are now good",
                                  "were judged good", "remain inadequate"]))
    link = draw(st.sampled_from(["following a visit", "after a visit by inspectors", "following a visit by Ofsted"]))
    other, keys = _other_visit(draw, ref, a, when)
    first = f"{a} was told its services {state} {link} {d}."
    return draw(st.sampled_from([f"{first} {other}", f"{other} {first}"])), {(a, "inspection", when, None), *keys}


#: Phrasings of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
_LOOKS: Final = ("looked at", "looked closely at", "examined", "evaluated", "reviewed", "scrutinised", "focused on")
_SERVICE_AREAS: Final = ("services for care leavers", "the front door", "the way the authority works with children in need",
                         "the experiences and progress of children in care", "decision-making for children in need",
                         "help and protection for children", "the council's work with care leavers")


def _visit_looked_at(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A bare visit to a council whose sentence says which of its services inspectors
    looked at, before or after it: a focused visit (unless the text names the visit's
    kind: a monitoring visit "looked at" its areas too)."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    look, area = draw(st.sampled_from(_LOOKS)), draw(st.sampled_from(_SERVICE_AREAS))
    size = draw(st.sampled_from(["", "two-day ", "short "]))
    if draw(st.integers(0, 3)) == 0:  # the kind named: it stands
        name, kind = draw(st.sampled_from(_OTHER_VISITS))
        return f"During a {name} to {a} {d}, inspectors {look} {area}.", {(a, kind, when, None)}  # type: ignore[arg-type]
    text = draw(st.sampled_from([
        f"During a {size}visit to {a} {d}, inspectors {look} {area}.",
        f"Inspectors {look} {area} during a {size}visit to {a} {d}.",
        f"Ofsted {look} {area} during a {size}visit to {a} Council {d}.",
        f"A {size}visit to {a} {d} {look} {area}.",
        f"An Ofsted {size}visit to {a} {d} {look} {area}.",
    ]))
    return text, {(a, "focused_visit", when, None)}


VISIT_KIND_PHENOMENA: Final[dict[str, _Frame]] = {
    "graded_visit": _graded_visit, "weeks_on_site": _weeks_on_site, "visited_in_turn": _visited_in_turn,
    "when_inspectors_found": _when_inspectors_found, "there_have_been": _there_have_been,
    "such_visit_after": _such_visit_after, "ordinal_apposition": _ordinal_apposition,
    "graded_before_visit": _graded_before_visit, "visit_looked_at": _visit_looked_at,
}


def _home_then_inspections(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A children's home introduced, then its inspections told without naming it again."""
    a, (d, _) = draw(authority_names()), _dated(draw, ref)
    home = draw(st.sampled_from(["A children's home run by", "A residential home owned by", "A council-run children's home in"]))
    _, grade = draw(grades_as_written())
    return (f"{home} {a} has been rated {grade} by Ofsted. The home had been rated good at its previous inspection {d}. "
            f"Inspectors visited {d} and said managers had failed to act."), set()


def _future_visits(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Visits promised for the future: no event."""
    a = draw(authority_names())
    name = draw(st.sampled_from(["monitoring visits", "regular monitoring visits", "a focused visit", "further visits"]))
    lead = draw(st.sampled_from(["Ofsted will now carry out", "Inspectors will make", "Ofsted is expected to carry out"]))
    return f"{lead} {name} in {a} until the council is re-inspected.", set()


def _when_inspectors_find(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """What happens in general when inspectors find failings (present tense): no event."""
    a = draw(authority_names())
    return draw(st.sampled_from([
        f"Councils such as {a} are often rated inadequate after inspectors find weaknesses at the front door.",
        f"When inspectors find serious failings, a commissioner is sent in, {a}'s director explained.",
    ])), set()


def _there_have_been_nationally(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Visits counted across the country: no council's events."""
    a, n = draw(authority_names()), draw(st.integers(10, 90))
    return draw(st.sampled_from([
        f"{a} was rated good. Across England there have been {n} monitoring visits this year.",
        f"{a} was rated good. Nationally, there have been {n} focused visits since the spring.",
    ])), set()


def _inspections_running(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A grade held over a count of inspections ("for the third inspection running") names no one event."""
    a = draw(authority_names())
    _, grade = draw(grades_as_written())
    nth = draw(st.sampled_from(["second", "third", "fourth"]))
    run = draw(st.sampled_from(["running", "in a row", "in succession"]))
    return f"{a} has been rated {grade} for the {nth} inspection {run}.", set()


def _inspected_as_a_habit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The present passive of habit ("which are inspected separately") names no event."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    _, grade = draw(grades_as_written())
    return draw(st.sampled_from([
        f"{a}'s children's social care services, which are inspected separately, were rated {grade} in {year}.",
        f"Schools and early years settings in {a} are inspected separately.",
        f"Each council is regularly inspected, {a}'s director said.",
    ])), set()


def _someone_else_looked(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Someone else than the inspectorate looking at a council's services on a visit: no event."""
    a, (d, _) = draw(authority_names()), _dated(draw, ref)
    who = draw(st.sampled_from(["the minister", "the children's commissioner", "the Prince", "MPs"]))
    look, area = draw(st.sampled_from(_LOOKS)), draw(st.sampled_from(_SERVICE_AREAS))
    return draw(st.sampled_from([f"During a visit to {a} {d}, {who} {look} {area}.",
                                 f"{who[0].upper()}{who[1:]} {look} {area} during a visit to {a} {d}."])), set()


#: Negative frames of this module (part of ``NON_INSPECTION_PHENOMENA``).
NOT_VISIT_KIND_PHENOMENA: Final[dict[str, _Frame]] = {"home_then_inspections": _home_then_inspections,
                                                       "future_visits": _future_visits, "when_inspectors_find": _when_inspectors_find,
                                                       "there_have_been_nationally": _there_have_been_nationally,
                                                       "inspections_running": _inspections_running,
                                                       "inspected_as_a_habit": _inspected_as_a_habit,
                                                       "someone_else_looked": _someone_else_looked}
