"""Inspections told without the event's noun: the inspectorate coming or returning to a
council ("Inspectors returned to Kent in May 2019", "when Ofsted last came to Kent", "rated
it good when they returned in 2019"), a
return visit, "when they inspected", a council "inspected in" a date as an aside, and
"Ofsted has inspected" a list of councils, councils inspected in turn with the verb said
once ("A was inspected in March and B in June"), "visited A, B and C", "inspectors were
in A", a participle ("Inspected in May, A was ..."); and their negatives: an inspection
prepared for, awaited, due or not yet had ("neither of which has yet faced one"), the inspectorate coming to
a view, a youth offending service's or an adoption agency's inspection, a count of councils
as the object."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import InspectionKind
from ._base import MONTHS, InspectionKey, authority_names, grades_as_written

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]
_WHO: Final = ("Ofsted", "Inspectors", "Ofsted inspectors", "The inspectorate")
_FINDINGS: Final = ("found that practice had improved", "praised leaders", "raised concerns about caseloads")


def _dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    """A date before the dateline's year ("in 2016", "in March 2016", "last year") and its ISO partial date."""
    year, month = draw(st.integers(2009, ref.year - 1)), draw(st.integers(1, 12))
    return draw(st.sampled_from([(f"in {year}", f"{year}"), (f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}"),
                                 ("last year", f"{ref.year - 1}")]))


def _plain(names: list[str]) -> list[str]:
    return [n for n in names if "," not in n]


def _returned(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate returned, came back or came to a council: an inspection of it."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    who = draw(st.sampled_from(_WHO))
    verb = draw(st.sampled_from(["returned to", "came back to", "went back into"]))
    obj = draw(st.sampled_from([a, f"{a} Council", f"{a}'s children's services"]))
    _, grade = draw(grades_as_written())
    inner = who if who.startswith("Ofsted") else who[0].lower() + who[1:]
    text = draw(st.sampled_from([
        f"{who} {verb} {obj} {d} and {draw(st.sampled_from(_FINDINGS))}.",
        f"When {inner} last came to {draw(st.sampled_from([a, f'{a} Council']))} {d}, services were rated {grade}.",
        f"{who}, who {verb} {obj} {d}, {draw(st.sampled_from(_FINDINGS))}.",
        f"{who} rated {a} {grade} when they {draw(st.sampled_from(['returned', 'came back', 'last came back']))} {d}.",
        f"{a} Council was rated {grade} after {inner} returned to the {draw(st.sampled_from(['town', 'area', 'borough']))} {d}.",
    ]))
    if draw(st.booleans()):  # a series counted after it is other events, no kind of this one
        count = draw(st.sampled_from(["Six", "Three", "4"]))
        return f"{text} {count} monitoring visits followed.", {(a, "inspection", when, None), (a, "monitoring_visit", None, None)}
    return text, {(a, "inspection", when, None)}


def _return_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Ofsted's return visit to X" and "inspectors who visited X" are inspections when no other kind is named."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    return draw(st.sampled_from([
        f"Ofsted's return visit to {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
        f"Ofsted inspectors who visited {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
    ])), {(a, "inspection", when, None)}


def _they_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"when they inspected <date>" and "X, inspected <date>, was rated ...": an inspection of X."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    return draw(st.sampled_from([
        f"Inspectors found {a}'s services were {grade} when they inspected {d}.",
        f"{a} Council, inspected {d}, was rated {grade}.",
        f"{a}, which Ofsted inspected {d}, was rated {grade}.",
    ])), {(a, "inspection", when, None)}


def _inspected_list(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Ofsted (has) inspected X, Y and Z <date>": an inspection of each council."""
    names = _plain(draw(st.lists(authority_names(), min_size=2, max_size=3, unique=True)))
    if len(names) < 2:
        names = ["Bury", "Wigan"]
    d, when = _dated(draw, ref)
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    who = draw(st.sampled_from(["Ofsted", "Ofsted has", "Inspectors", "Inspectors have"]))
    return draw(st.sampled_from([f"{who} inspected {listed} {d}.", f"{d[0].upper()}{d[1:]}, {who.lower() if who.startswith('I') else who} inspected {listed}."])), \
        {(n, "inspection", when, None) for n in names}


def _came_to_services_then_rated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"When Ofsted last came to X's children's services <date>, services were rated
    good": the date lies nearer the rating than the visit word, and is the visit's (the
    grade was given at it)."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    return f"When Ofsted last came to {a}'s children's services {d}, services were rated {grade}.", {(a, "inspection", when, None)}


def _after_inspecting(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"(Ofsted rated X good) after inspecting the council <date>": an inspection of X."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    lead = draw(st.sampled_from(["After", "Following", "When"]))
    return draw(st.sampled_from([
        f"Ofsted rated {a} {grade} after inspecting the council {d}.",
        f"{lead} inspecting {a} {d}, Ofsted said services were {grade}.",
        f"Inspectors judged {a} {grade} following inspecting its services {d}.",
    ])), {(a, "inspection", when, None)}


def _again_in(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"inspected X in 2015 and again in 2018": one event per coordinated date, each with its year."""
    a = draw(authority_names())
    first = draw(st.integers(2009, ref.year - 2))
    second = draw(st.integers(first + 1, ref.year - 1))
    m1, m2 = draw(st.sampled_from(["", "March ", "October "])), draw(st.sampled_from(["", "May ", "December "]))
    join = draw(st.sampled_from([" and again in ", ", and again in ", " and in ", " and then in "]))
    when1 = f"{first}-{MONTHS.index(m1.strip()) + 1:02d}" if m1 else f"{first}"
    when2 = f"{second}-{MONTHS.index(m2.strip()) + 1:02d}" if m2 else f"{second}"
    who = draw(st.sampled_from([f"Ofsted inspected {a}", f"{a} was inspected", f"Inspectors inspected {a}'s children's services"]))
    return f"{who} in {m1}{first}{join}{m2}{second}.", {(a, "inspection", when1, None), (a, "inspection", when2, None)}


def _among_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Councils listed as inspected: "X and Y were among the councils inspected <date>",
    "Councils inspected <date> included X and Y": one event each."""
    names = _plain(draw(st.lists(authority_names(), min_size=1, max_size=3, unique=True))) or ["Bury"]
    d, when = _dated(draw, ref)
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    be = "was" if len(names) == 1 else "were"
    noun = draw(st.sampled_from(["councils", "local authorities", "authorities"]))
    count = draw(st.sampled_from(["three", "four", "the five", "the 12", "several", "the"]))
    member = "one" if len(names) == 1 else ("two", "three")[len(names) - 2]
    return draw(st.sampled_from([f"{listed} {be} among the {noun} inspected {d}.",
                                 f"The {noun} inspected {d} included {listed}.",
                                 f"{noun[0].upper()}{noun[1:]} inspected {d} include {listed}.",
                                 f"{listed} {be} {member} of {count} {noun} inspected {d}.",
                                 f"{listed} {be} among {count} {noun} inspected {d}."])), \
        {(n, "inspection", when, None) for n in names}


def _timeline(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A timeline: a year alone on its line heads items opening with a month ("2014" over
    "• November – A full inspection judges ..."): each event of that month of that year."""
    a = draw(authority_names())
    y1 = draw(st.integers(2009, ref.year - 3))
    y2 = draw(st.integers(y1 + 1, ref.year - 1))
    m1, m2 = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    bullet = draw(st.sampled_from(["\u2022 ", "- ", "* ", ""]))
    sep = draw(st.sampled_from([" \u2013 ", " - ", ": "]))
    text = (f"{a} and Ofsted: a timeline\n\n{y1}\n{bullet}{MONTHS[m1 - 1]}{sep}A full inspection judges {a}'s services "
            f"inadequate.\n\n{y2}\n{bullet}{MONTHS[m2 - 1]}{sep}A focused visit looks at the front door.\n")
    return text, {(a, "inspection", f"{y1}-{m1:02d}", None), (a, "focused_visit", f"{y2}-{m2:02d}", None)}


def _month_before_noun(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A month written before the event's noun, after a possessive or article ("Ofsted's
    March visit", "its November focused visit", "Kent's January inspection"): the event of
    the latest such month by the dateline."""
    a, month = draw(authority_names()), draw(st.integers(1, 12))
    nouns: list[tuple[str, InspectionKind]] = [("inspection", "inspection"), ("focused visit", "focused_visit"),
                                               ("monitoring visit", "monitoring_visit"), ("full inspection", "inspection"),
                                               ("visit", "inspection")]
    noun, kind = draw(st.sampled_from(nouns))
    year = ref.year if month <= ref.month else ref.year - 1
    forms = [f"{a} was praised after Ofsted's {MONTHS[month - 1]} {noun}.", f"Inspectors praised {a} in their {MONTHS[month - 1]} {noun}."]
    if noun != "visit":  # a bare visit is an inspection only with the inspectorate in sight
        forms.append(f"{a}'s {MONTHS[month - 1]} {noun} found services had improved.")
    text = draw(st.sampled_from(forms))
    return text, {(a, kind, f"{year}-{month:02d}", None)}


def _inspected_in_brackets(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A round-up's line, a council and its grade with when it was inspected in brackets
    ("Kent – good (inspected June 2023)", "(last inspected 2022)"): an inspection each."""
    names = draw(st.lists(authority_names().filter(lambda x: "," not in x), min_size=1, max_size=3, unique=True))
    lines: list[str] = []
    keys: _Keys = set()
    for a in names:
        year, month = draw(st.integers(2009, ref.year - 1)), draw(st.integers(1, 12))
        grade = draw(st.sampled_from(["good", "outstanding", "inadequate", "requires improvement"]))
        if draw(st.booleans()):
            lines.append(f"{a} \u2013 {grade} (inspected {MONTHS[month - 1]} {year})\nLeaders were praised.")
            keys.add((a, "inspection", f"{year}-{month:02d}", None))
        else:
            lines.append(f"{a} \u2013 {grade} ({draw(st.sampled_from(['last inspected', 'inspected']))} {year})\nLeaders were praised.")
            keys.add((a, "inspection", str(year), None))
    return "Where the councils stand\n\n" + "\n\n".join(lines) + "\n", keys


def _as_was_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A council added after an inspection by "as was" or "so was": "A was inspected in
    May, as was B", "..., and so were B and C", "; so too was B": the same event each."""
    first, *more = draw(st.lists(authority_names().filter(lambda x: "," not in x), min_size=2, max_size=3, unique=True))
    d, when = _dated(draw, ref)
    verb = "was" if len(more) == 1 else "were"
    listed = more[0] if len(more) == 1 else ", ".join(more[:-1]) + " and " + more[-1]
    link = draw(st.sampled_from([f", as {verb}", f", and so {verb}", f" and so {verb}", f"; so too {verb}"]))
    return f"{first} was inspected {d}{link} {listed}.", {(n, "inspection", when, None) for n in (first, *more)}


def _visited_by(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The passive, "X was visited by Ofsted <date>", "X and Y were visited by inspectors", and
    "An Ofsted team visited X": an inspection of each council."""
    names = _plain(draw(st.lists(authority_names(), min_size=1, max_size=2, unique=True))) or ["Bury"]
    d, when = _dated(draw, ref)
    by = draw(st.sampled_from(["Ofsted", "inspectors", "Ofsted inspectors", "a team of inspectors", "the inspectorate"]))
    if len(names) == 2:
        text = f"{names[0]} and {names[1]} were visited by {by} {d}."
    else:
        text = draw(st.sampled_from([f"{names[0]} was visited by {by} {d}.", f"{names[0]}'s children's services were visited by {by} {d}.",
                                     f"An Ofsted team visited {names[0]} {d}."]))
    return text, {(n, "inspection", when, None) for n in names}


def _gapped_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"A was inspected in March 2018 and B in June 2018": the verb said once, each council its own date."""
    a, b = draw(st.lists(authority_names().filter(lambda x: "," not in x), min_size=2, max_size=2, unique=True))
    y1, y2 = draw(st.integers(2009, ref.year - 1)), draw(st.integers(2009, ref.year - 1))
    m1, m2 = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    join = draw(st.sampled_from([" and ", ", and ", " and then "]))
    return (f"{a} was inspected in {MONTHS[m1 - 1]} {y1}{join}{b} in {MONTHS[m2 - 1]} {y2}.",
            {(a, "inspection", f"{y1}-{m1:02d}", None), (b, "inspection", f"{y2}-{m2:02d}", None)})


def _visited_list(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Inspectors visited A, B and C in May 2019": one inspection each."""
    names = draw(st.lists(authority_names().filter(lambda x: "," not in x and " and " not in x), min_size=2, max_size=3, unique=True))
    d, when = _dated(draw, ref)
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{draw(st.sampled_from(['Inspectors', 'Ofsted inspectors']))} visited {listed} {d}.", {(n, "inspection", when, None) for n in names}


def _were_in(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Inspectors (from Ofsted) were in A for two weeks": an inspection of A."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    who = draw(st.sampled_from(["Inspectors", "Ofsted inspectors", "Inspectors from Ofsted"]))
    return (f"{who} {draw(st.sampled_from(['were in', 'were back in', 'have been in']))} {a} for two weeks {d}.",
            {(a, "inspection", when, None)})


def _rated_then_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"A was rated good in 2014 and inspected again in 2019": the second verb, its subject
    left out, an inspection of A."""
    a = draw(authority_names())
    y1 = draw(st.integers(2009, ref.year - 2))
    y2 = draw(st.integers(y1 + 1, ref.year - 1))
    _, grade = draw(grades_as_written())
    verb = draw(st.sampled_from(["inspected again", "then reinspected", "re-inspected"]))
    return f"{a} was {draw(st.sampled_from(['rated', 'judged']))} {grade} in {y1} and {verb} in {y2}.", {(a, "inspection", str(y2), None)}


def _inspected_participle(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Inspected in May 2019, A was rated good", "A's adoption service, inspected
    separately in 2010, was rated ...": the participle alone tells an inspection of A."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    text = draw(st.sampled_from([f"Inspected {d}, {a} was rated {grade}.", f"Last inspected {d}, {a} was rated {grade}.",
                                 f"{a}'s adoption service, inspected separately {d}, was rated {grade}.",
                                 f"{a} Council, inspected again {d}, was judged {grade}."]))
    return text, {(a, "inspection", when, None)}


def _found_dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate's finding with its date ("Inspectors found in May 2016 that X had
    improved", "In May 2016, Ofsted found ..."): an inspection then; undated, or dated
    only by what was found ("found in many cases"), none."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    who = draw(st.sampled_from(["Inspectors", "Ofsted inspectors", "Ofsted", "The inspectorate"]))
    verb = draw(st.sampled_from(["found", "identified", "noted", "concluded"]))
    inner = who if who.startswith("Ofsted") else who[0].lower() + who[1:]
    if draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from([f"{who} {verb} that {a}'s services had improved.",
                                     f"{who} {verb} in many cases that plans in {a} were weak."])), set()
    return draw(st.sampled_from([
        f"{who} {verb} {d} that {a}'s services had improved.",
        f"{d[0].upper()}{d[1:]}, {inner} {verb} that {a}'s services had improved.",
    ])), {(a, "inspection", when, None)}


def _dated_by_it(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An event dated by the next sentence, whose subject refers back to it ("It started
    on 13 May and was completed on 24 May 2016": the date with its year); a next sentence
    telling only what "it" found dates nothing."""
    a, year, month = draw(authority_names()), draw(st.integers(2009, ref.year - 1)), draw(st.integers(1, 12))
    first, last = draw(st.integers(1, 12)), draw(st.integers(13, 28))
    lead = draw(st.sampled_from([f"Ofsted carried out an inspection of {a}.", f"Inspectors inspected {a}'s children's services."]))
    if draw(st.integers(0, 3)) == 0:
        return f"{lead} It found serious failings, the report said.", {(a, "inspection", None, None)}
    name = MONTHS[month - 1]
    told = draw(st.sampled_from([f"It started on {first} {name} and was completed on {last} {name} {year}.",
                                 f"The inspection took place between {first} and {last} {name} {year}."]))
    when = f"{year}-{month:02d}-{last:02d}" if told.startswith("It") else f"{year}-{month:02d}-{first:02d}"
    return f"{lead} {told}", {(a, "inspection", when, None)}


#: Positive frames of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
VISITS_TOLD_PHENOMENA: Final[dict[str, _Frame]] = {
    "found_dated": _found_dated, "dated_by_it": _dated_by_it,
    "returned": _returned, "return_visit": _return_visit, "they_inspected": _they_inspected, "inspected_list": _inspected_list,
    "after_inspecting": _after_inspecting, "again_in": _again_in, "among_inspected": _among_inspected, "as_was_inspected": _as_was_inspected, "timeline": _timeline, "month_before_noun": _month_before_noun, "inspected_in_brackets": _inspected_in_brackets,
    "visited_by": _visited_by, "came_to_services_then_rated": _came_to_services_then_rated,
    "gapped_inspected": _gapped_inspected, "visited_list": _visited_list, "were_in": _were_in,
    "rated_then_inspected": _rated_then_inspected, "inspected_participle": _inspected_participle,
}


def _came_to_a_view(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate coming to a view or going on to praise: no visit."""
    a = draw(authority_names())
    who = draw(st.sampled_from(_WHO))
    return draw(st.sampled_from([f"{who} came to the view that {a} needed more support.",
                                 f"{who} went on to praise leaders in {a}.",
                                 f"{who} returned to the theme of recruitment, {a}'s director said.",
                                 f"Families in {a} were angry when they returned to the council in 2019."])), set()


def _not_the_inspectorate(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Someone else visiting, or a span of months: no second event."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    who = draw(st.sampled_from(["the minister", "the children's commissioner", "the council leader"]))
    return draw(st.sampled_from([f"After visiting {a} in {year}, {who} said staff were working hard.",
                                 f"{a} was visited by {who} in {year}.",
                                 f"Children in {a} were visited by social workers in {year}."])), set()


def _send_area(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A local area SEND inspection, often a joint one with the CQC, is no inspection of children's services."""
    a, (d, _) = draw(authority_names()), _dated(draw, ref)
    what = draw(st.sampled_from(["SEND provision", "special educational needs services", "SEND services"]))
    return draw(st.sampled_from([f"A joint inspection of {what} in {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
                                 f"A joint inspection by Ofsted and the CQC of {a}'s {what} took place {d}.",
                                 f"Inspectors visited {a} {d} to look at its {what}.",
                                 f"The inspection of {what} in {a} {d} {draw(st.sampled_from(_FINDINGS))}."])), set()


def _counted_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A count of councils inspected, a council named among its results: no event of that council."""
    a, n = draw(authority_names()), draw(st.sampled_from(["30", "12", "ten", "twenty", "many", "most"]))
    return f"Of the {n} councils inspected so far, several were rated good, {a}'s leader noted.", set()


def _other_service(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A youth offending service's or an adoption agency's inspection is no council's children's services inspection."""
    a, (d, _) = draw(authority_names()), _dated(draw, ref)
    service = draw(st.sampled_from(["youth offending service", "youth justice service", "adoption agency", "youth offending team"]))
    return draw(st.sampled_from([f"The inspection of {a}'s {service} {d} {draw(st.sampled_from(_FINDINGS))}.",
                                 f"{a}'s {service} was inspected {d}.",
                                 f"Inspectors visited {a}'s {service} {d}."])), set()


def _counted_object(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A count of councils as the object of "inspected" is no council's event."""
    a, n = draw(authority_names()), draw(st.integers(3, 60))
    noun = draw(st.sampled_from(["councils", "local authorities", "children's services departments", "children's services"]))
    return f"Ofsted has inspected {n} {noun} so far, {a}'s director noted.", set()


def _awaited(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection prepared for, awaited or due, or dated after the text's own date: no
    event yet; and inspectors "in agreement", no visit."""
    a = draw(authority_names())
    return draw(st.sampled_from([f"Leaders in {a} are preparing for an inspection later this year.",
                                 f"{a} is due a monitoring visit.", f"{a} says it is ready for its next inspection.",
                                 f"Staff in {a} are bracing for a full inspection.",
                                 f"Inspectors were in agreement that {a} had improved.",
                                 f"{a} and its neighbour, neither of which has yet faced a full inspection, met today.",
                                 f"{a} has not yet had a full inspection.",
                                 f"Leaders in {a} want to improve before the full re-inspection, which is not expected until "
                                 f"{ref.year + 1} at the earliest.",
                                 f"A focused visit to {a} is pencilled in for {ref.year + 1}."])), set()


#: Negative frames of this module, by phenomenon (part of ``NON_INSPECTION_PHENOMENA``).
NOT_VISITS_TOLD_PHENOMENA: Final[dict[str, _Frame]] = {
    "came_to_a_view": _came_to_a_view, "other_service": _other_service, "counted_object": _counted_object,
    "not_the_inspectorate": _not_the_inspectorate, "send_area": _send_area,
    "counted_inspected": _counted_inspected, "awaited": _awaited,
}
#: Phenomena of this module the extractor does not yet recover (part of ``INSPECTION_GAPS``).
VISITS_TOLD_GAPS: Final[dict[str, _Frame]] = {}
