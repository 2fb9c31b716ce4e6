"""Events whose date or kind the words around them give: a visit counted in a series the
text told of ("The first visit, in December 2022, ..." after a monitoring visit; counted
visits are other events, so no date passes between them); a relative date restated in
apposition ("a focused visit two years earlier, in 2019"); a date written as the event's
possessive ("this year's inspection, published yesterday"); a date set off after the
event's relative clause ("the full inspection that led to that judgement, in June 2022");
the inspectors arriving in a council; a visit referred back to in a sentence of figures
dated by the figures ("down from 44% a year earlier"); a plural dated by a list of years
("monitoring visits followed in 2020 and 2021") or by one year after a count or determiner
("two Ofsted inspections in 2014"); visits counted, then told by their place alone ("The
first, in May 2021, ..."). Negative: someone else's counted visit ("the minister's
first visit"), plurals of councils in general, shares of a count and bare plurals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import InspectionKind
from ._base import MONTHS, InspectionKey, authority_names

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]
_ORDINALS: Final = ("first", "second", "third", "fourth")
#: Sentences of another topic, that stand between an event and its reference.
_FILLER: Final = ("Managers were absent and plans were out of date in many cases.",
                  "The council has spent more on recruitment this year.", "")


def _month_before(draw: st.DrawFn, ref: dt.date, earliest: int = 2008) -> tuple[str, str]:
    """A month and year before the dateline's year: ("March 2021", "2021-03")."""
    year, month = draw(st.integers(earliest, ref.year - 1)), draw(st.integers(1, 12))
    return f"{MONTHS[month - 1]} {year}", f"{year}-{month:02d}"


def _counted_in_series(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The latest monitoring visit counted, then earlier ones told by their count alone
    ("The first visit, in December 2022, had looked at ..."): one event per count, each
    with its own date, the latest undated."""
    a = draw(authority_names())
    n = draw(st.integers(2, 4))
    earlier = draw(st.lists(st.integers(1, n - 1), min_size=1, max_size=n - 1, unique=True))
    latest = f"{a}'s {_ORDINALS[n - 1]} monitoring visit since it was rated inadequate {draw(st.sampled_from(['found progress', 'found drift']))}."
    parts: list[str] = [latest]
    keys: _Keys = {(a, "monitoring_visit", None, n)}
    for k in earlier:
        written, when = _month_before(draw, ref)
        lead = draw(st.sampled_from([f"The {_ORDINALS[k - 1]} visit, in {written}, had",
                                     f"At the {_ORDINALS[k - 1]} visit, in {written}, inspectors had"]))
        parts += [draw(st.sampled_from(_FILLER)), f"{lead} {draw(st.sampled_from(['looked at the front door', 'warned of drift']))}."]
        keys.add((a, "monitoring_visit", when, k))
    return " ".join(p for p in parts if p), keys


def _restated_relative(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A relative date restated at once by an explicit one ("two years earlier, in
    2019"): the explicit date."""
    a = draw(authority_names())
    year = draw(st.integers(2008, ref.year - 2))
    relative = draw(st.sampled_from(["two years earlier", "a year before that", "some time before", "the previous year"]))
    named: list[tuple[InspectionKind, str]] = [("focused_visit", "A focused visit"), ("inspection", "An inspection"),
                                               ("jtai", "A joint targeted area inspection")]
    kind, name = draw(st.sampled_from(named))
    text = f"{a} Council was rated good. {name} {relative}, in {year}, had found the foundations in place."
    return text, {(a, kind, f"{year}", None)}


def _possessive_date(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A date written as the event's possessive or modifier ("this year's inspection",
    "the 2021 inspection"), its report's publication told after it: the possessive's date."""
    a = draw(authority_names())
    own, when = draw(st.sampled_from([("this year's", f"{ref.year}"), ("last year's", f"{ref.year - 1}"),
                                      (f"the {ref.year - 2}", f"{ref.year - 2}")]))
    own = own[0].upper() + own[1:]
    published = draw(st.sampled_from(["published yesterday", "published on Tuesday", "released this week"]))
    return f"{own} inspection of {a} Council, {published}, praised leaders.", {(a, "inspection", when, None)}


def _date_after_relative(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A date set off after the event's relative clause, which names another event ("The
    full inspection that led to that judgement, in June 2022, found ..."): the event's date."""
    a = draw(authority_names())
    written, when = _month_before(draw, ref)
    clause = draw(st.sampled_from(["that led to that judgement", "which rated the council inadequate",
                                   "that prompted the intervention"]))
    noun = draw(st.sampled_from(["full inspection", "inspection", "standard inspection"]))
    text = (f"{a} Council has had a monitoring visit since being rated inadequate. "
            f"The {noun} {clause}, in {written}, found widespread weaknesses.")
    return text, {(a, "monitoring_visit", None, None), (a, "inspection", when, None)}


def _inspectors_arrived(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectors arriving in a council, with a date: an inspection."""
    a = draw(authority_names())
    written, when = _month_before(draw, ref)
    return draw(st.sampled_from([
        f"When inspectors arrived in {a} in {written}, they found a transformed service.",
        f"Ofsted inspectors arrived at {a} Council in {written} and found a service in turmoil.",
    ])), {(a, "inspection", when, None)}


def _visit_and_a_share(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A visit referred back to in a sentence of figures ("The visit found that agency staff
    now make up 31% of the workforce, down from 44% a year earlier"): the date after a
    share is the share's, and "that agency staff" names no provider."""
    a = draw(authority_names())
    written, when = _month_before(draw, ref)
    now, then = draw(st.integers(10, 40)), draw(st.integers(41, 60))
    before = draw(st.sampled_from(["a year earlier", "in 2019", "two years ago"]))
    return (f"Inspectors visited {a} in {written} for the council's second monitoring visit since it was rated inadequate. "
            f"The visit found that agency staff now make up {now}% of the workforce, down from {then}% {before}."), \
        {(a, "monitoring_visit", when, 2)}


def _plural_dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A plural of one kind dated by a list of two or more dates with years, after it
    ("Monitoring visits followed in 2020 and 2021", "inspections of X in 2015, 2018 and
    2022") or before it ("the 2015 and 2019 inspections"): one event per date, of the
    council the text is about when the sentence names none."""
    a = draw(authority_names())
    named: list[tuple[InspectionKind, str]] = [("monitoring_visit", "monitoring visits"), ("focused_visit", "focused visits"),
                                               ("inspection", "inspections"), ("jtai", "joint targeted area inspections")]
    kind, noun = draw(st.sampled_from(named))
    years = sorted(draw(st.lists(st.integers(2008, ref.year - 1), min_size=2, max_size=3, unique=True)))
    months = draw(st.booleans())
    written = [f"{MONTHS[(y * 7) % 12]} {y}" if months else f"{y}" for y in years]
    whens = {f"{y}-{(y * 7) % 12 + 1:02d}" if months else f"{y}" for y in years}
    listed = ", ".join(written[:-1]) + draw(st.sampled_from([" and ", ", and "])) + written[-1]
    lead = f"{a} Council was judged inadequate by Ofsted in {years[0] - 1}."
    sentence = draw(st.sampled_from([
        f"{noun[0].upper()}{noun[1:]} followed in {listed}, and each found slow progress.",
        f"Ofsted's {noun} of {a} in {listed} found slow progress.",
        f"The {', '.join(str(y) for y in years[:-1])} and {years[-1]} {noun} found slow progress.",
    ]))
    if sentence.startswith("The ") and months:
        whens = {f"{y}" for y in years}
    return f"{lead} {sentence}", {(a, kind, w, None) for w in whens}


def _next_of_the_past(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Next" counted from an earlier event, a past date set after it ("by the time of its
    next inspection, in July 2022, ..."): an event of that date."""
    a = draw(authority_names())
    first = draw(st.integers(2000, ref.year - 2))
    written, when = _month_before(draw, ref, earliest=first + 1)
    nouns: list[tuple[InspectionKind, str]] = [("inspection", "inspection"), ("inspection", "full inspection"),
                                               ("focused_visit", "focused visit")]
    noun = draw(st.sampled_from(nouns))
    lead = draw(st.sampled_from([f"By the time of its next {noun[1]}, in {written}, the picture had changed",
                                 f"At the next {noun[1]}, in {written}, inspectors found drift",
                                 f"Its next {noun[1]} in {written} found drift"]))
    return f"{a} Council was rated good in {first}. {lead}.", {(a, noun[0], when, None)}


def _year_before_a_count(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An event dated by a year that words of a count follow ("a focused visit in 2020
    found no areas for priority action"): the year is no count of councils."""
    a = draw(authority_names())
    year = draw(st.integers(2005, ref.year - 1))
    named: list[tuple[InspectionKind, str]] = [("focused_visit", "a focused visit"), ("inspection", "an inspection"),
                                               ("monitoring_visit", "a monitoring visit")]
    kind, name = draw(st.sampled_from(named))
    tail = draw(st.sampled_from(["found no areas for priority action", "found two areas for priority action",
                                 "found all areas improving"]))
    return f"{a} Council was rated good, and {name} in {year} {tail}.", {(a, kind, f"{year}", None)}


def _visit_back_focused_on(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"The visit" right after a counted monitoring visit, saying what it "focused on": that
    monitoring visit (the verb names no focused visit), with the date it gives."""
    a = draw(authority_names())
    n = draw(st.integers(1, 4))
    day, month = draw(st.integers(1, 20)), draw(st.integers(1, 12))
    lead = f"{a} Council is improving, Ofsted said after its {_ORDINALS[n - 1]} monitoring visit since it was rated inadequate."
    then = draw(st.sampled_from([f"The visit, on {day} and {day + 1} {MONTHS[month - 1]} {ref.year - 1}, focused on care leavers.",
                                 f"The visit in {MONTHS[month - 1]} {ref.year - 1} focused on the front door."]))
    when = f"{ref.year - 1}-{month:02d}-{day:02d}" if "and" in then else f"{ref.year - 1}-{month:02d}"
    return f"{lead}\n\n{then}", {(a, "monitoring_visit", when, n)}


def _two_adverbs(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"was last fully inspected in 2021": two adverbs before the verb, an event."""
    a = draw(authority_names())
    year = draw(st.integers(2008, ref.year - 1))
    adverbs = draw(st.sampled_from(["last fully", "most recently fully", "first fully", "last formally"]))
    return f"{a} Council was {adverbs.replace('formally', 'fully')} inspected in {year}, when it was rated good.", \
        {(a, "inspection", f"{year}", None)}


def _framework_named_event(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The framework's name (ILACS spelt out) used as the event's, with a determiner and a
    date ("the subject of a full Ofsted Inspection of Local Authority ... (ILACS) in March
    2023"): an inspection of that date; the framework under which one is rated is none."""
    a = draw(authority_names())
    written, when = _month_before(draw, ref)
    det = draw(st.sampled_from(["a full Ofsted", "a full", "an", "its last"]))
    tail = draw(st.sampled_from([" (ILACS)", ""]))
    name = " ".join(("Inspection of Local", "Authority Children's", "Services"))  # ILACS spelt out
    return (f"{a} Council was last the subject of {det} {name}{tail} in {written}. "
            f"Councils are now rated under the {name} framework."), {(a, "inspection", when, None)}



def _plural_of_a_year(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A plural named by a count or a determiner before it and dated by one year, in a
    sentence naming no council ("Following two Ofsted inspections in 2014, ...", "The
    monitoring visits in 2019 found ..."): an event of that kind and year, of the council
    the text is about."""
    a = draw(authority_names())
    named: list[tuple[InspectionKind, str]] = [("inspection", "inspections"), ("monitoring_visit", "monitoring visits"),
                                               ("focused_visit", "focused visits")]
    kind, noun = draw(st.sampled_from(named))
    year = draw(st.integers(2008, ref.year - 1))
    before = draw(st.sampled_from(["two", "three", "2", "the", "the two", "these", "the Ofsted"]))
    lead = f"{a} Council appointed a new director after a troubled decade. The council was told to improve."
    sentence = draw(st.sampled_from([f"Following {before} {noun} in {year}, the director left.",
                                     f"{before[0].upper()}{before[1:]} {noun} in {year} found serious failings."]))
    return f"{lead} {sentence}", {(a, kind, str(year), None)}

def _elliptic_in_series(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Visits counted, then ones of them told by their place alone ("Ofsted has made six
    monitoring visits since. The first, in May 2021, ...; The latest of the six, in
    March 2022, ..."): the series undated, each told one with its date and count."""
    a = draw(authority_names())
    n = draw(st.integers(2, 6))
    count = draw(st.sampled_from([str(n), ("two", "three", "four", "five", "six")[n - 2]]))
    noun = draw(st.sampled_from(["monitoring visits", "visits"]))
    lead = draw(st.sampled_from([f"Ofsted has made {count} {noun} to {a} since it was rated inadequate.",
                                 f"Since {a} was judged inadequate, {count} {noun} have followed."]))
    parts: list[str] = [lead]  # the series is an event when its kind is named (bare "visits" make none)
    keys: _Keys = {(a, "monitoring_visit", None, None)} if noun.startswith("monitoring") else set()
    first_when = _month_before(draw, ref, min(2015, ref.year - 1))
    last_year, month = int(first_when[1][:4]) + 1, draw(st.integers(1, 12))
    parts.append(f"The first{draw(st.sampled_from([',', ' -']))} in {first_when[0]}{draw(st.sampled_from([',', ' -']))} looked at the front door.")
    keys.add((a, "monitoring_visit", first_when[1], 1))
    if last_year <= ref.year - 1:
        latest = draw(st.sampled_from([f"The latest of the {count}", "The latest of them", f"The last of the {count}"]))
        parts.append(f"{latest}, in {MONTHS[month - 1]} {last_year}, found leaders had a clearer plan.")
        keys.add((a, "monitoring_visit", f"{last_year}-{month:02d}", n))
    return " ".join(parts), keys


#: Positive frames of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
EVENTS_RESTATED_PHENOMENA: Final[dict[str, _Frame]] = {
    "counted_in_series": _counted_in_series, "restated_relative": _restated_relative, "possessive_date": _possessive_date,
    "date_after_relative": _date_after_relative, "inspectors_arrived": _inspectors_arrived, "visit_and_a_share": _visit_and_a_share,
    "plural_dated": _plural_dated, "next_of_the_past": _next_of_the_past, "year_before_a_count": _year_before_a_count,
    "visit_back_focused_on": _visit_back_focused_on, "two_adverbs": _two_adverbs, "framework_named_event": _framework_named_event,
    "plural_of_a_year": _plural_of_a_year, "elliptic_in_series": _elliptic_in_series,
}


def _someone_elses_count(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A counted visit by someone who is no inspector, in a text of no event: none."""
    a = draw(authority_names())
    written, _ = _month_before(draw, ref)
    who = draw(st.sampled_from(["The minister's", "The mayor's", "Her"]))
    return f"{who} first visit to {a}, in {written}, had focused on schools.", set()


def _elliptic_of_no_series(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A place alone ("The first, in 2019, ...") after no count of visits: no visit."""
    a = draw(authority_names())
    written, _ = _month_before(draw, ref)
    return draw(st.sampled_from([
        f"{a} Council has had three directors in five years. The first, in {written}, left after a month.",
        f"Two reviews of {a} Council's finances were published. The second, in {written}, found a gap.",
    ])), set()


def _plurals_in_general(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A plural dated by a list of years in a sentence about the nation or councils in
    general: none."""
    years = sorted(draw(st.lists(st.integers(2008, ref.year - 1), min_size=2, max_size=2, unique=True)))
    noun = draw(st.sampled_from(["Inspections", "Monitoring visits", "Focused visits"]))
    tail = draw(st.sampled_from(["found that most councils had improved", "across England found slow progress nationally"]))
    return f"{noun} in {years[0]} and {years[1]} {tail}.", set()


def _plurals_unparticular(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """In a text about one council, a plural of one year with no count or determiner, a
    share of a count ("Of the 18 inspections in 2014, ..."), or an undated "the
    inspections": none."""
    a = draw(authority_names())
    year = draw(st.integers(2008, ref.year - 1))
    noun = draw(st.sampled_from(["inspections", "monitoring visits", "focused visits"]))
    return f"{a} Council appointed a new director. " + draw(st.sampled_from([
        f"{noun.capitalize()} in {year} found serious failings.",
        f"Of the 18 {noun} in {year}, nine found serious failings.",
        f"One of the {noun} in {year} found serious failings.",
        f"The {noun} will look at help and protection.",
    ])), set()


def _next_of_the_future(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"Next" with a date after the dateline ("Its next inspection, in 2031, will ..."): none."""
    a = draw(authority_names())
    year = draw(st.integers(ref.year + 1, ref.year + 4))
    noun = draw(st.sampled_from(["inspection", "full inspection", "focused visit"]))
    return f"{a} Council's next {noun}, in {year}, will look at care leavers.", set()


def _still_to_come(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection still to come, told by what it "will" do or that it "looms", and a
    mock inspection by another council: none."""
    a = draw(authority_names())
    return draw(st.sampled_from([
        f"{a} Council says it is ready as inspection looms.",
        f"Leaders at {a} Council know the inspection will look hard at the quality of practice.",
        f"A mock inspection of {a} Council by a neighbouring authority was held in September.",
        f"{a} Council is preparing staff, and the inspection will test how well managers know their teams.",
    ])), set()


#: Negative frames of this module (part of ``NON_INSPECTION_PHENOMENA``).
NOT_EVENTS_RESTATED_PHENOMENA: Final[dict[str, _Frame]] = {"someone_elses_count": _someone_elses_count, "elliptic_of_no_series": _elliptic_of_no_series,
                                                          "plurals_in_general": _plurals_in_general, "plurals_unparticular": _plurals_unparticular,
                                                          "next_of_the_future": _next_of_the_future, "still_to_come": _still_to_come}
