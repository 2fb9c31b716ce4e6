"""Datelined sentences that name inspections and visits of councils, and sentences whose inspection words name none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Final

from hypothesis import strategies as st

from .._vocab import WEEKDAYS
from ..records import InspectionKind
from ._base import MONTHS, Generated, InspectionKey, authority_names, grades_as_written
from ._earlier_events import EARLIER_EVENT_PHENOMENA
from ._events_ahead import EVENTS_AHEAD_PHENOMENA, EVENTS_BEHIND_PHENOMENA
from ._events_restated import EVENTS_RESTATED_PHENOMENA, NOT_EVENTS_RESTATED_PHENOMENA
from ._examined import EXAMINED_PHENOMENA, NOT_EXAMINED_PHENOMENA
from ._recurrent import RECURRENT_PHENOMENA
from ._referred_events import NOT_REFERRED_EVENT_PHENOMENA, REFERRED_EVENT_PHENOMENA
from ._visit_kinds import NOT_VISIT_KIND_PHENOMENA, VISIT_KIND_PHENOMENA
from ._visits_told import NOT_VISITS_TOLD_PHENOMENA, VISITS_TOLD_GAPS, VISITS_TOLD_PHENOMENA

#: Ordinal words a monitoring visit may be counted with, and their numbers.
_ORDINAL_WORDS: Final = ("first", "second", "third", "fourth", "fifth", "sixth")
_NUMBERS: Final = ("one", "two", "three", "four")
_FINDINGS: Final = ("found serious weaknesses", "found that practice had improved", "praised leaders",
                    "noted some progress", "raised concerns about caseloads")

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A dateline line as a news site writes it ("London, 3 May 2019"), and its date."""
    day = draw(st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2024, 12, 31)))
    month, weekday = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return draw(st.sampled_from([
        f"London, {day.day} {month} {day.year}", f"{day.day} {month} {day.year}", f"| {day.day} {month} {day.year}",
        f"{weekday}, {month} {day.day}, {day.year}", f"Published {day.day} {month} {day.year}",
    ])), day


@st.composite
def _explicit(draw: st.DrawFn, ref: dt.date, *, first: int = 2009, last: int | None = None) -> tuple[str, str]:
    """An explicit date before the dateline's year, "in 2016", "in March 2016" or "on
    6 March 2016", and the ISO partial date it states."""
    year = draw(st.integers(first, ref.year - 1 if last is None else last))
    month = draw(st.integers(1, 12))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"in {year}", f"{year}"
    if form == 1:
        return f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}"
    day = draw(st.integers(1, 28))
    return f"on {day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"


@st.composite
def _relative(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    """A date relative to the dateline ("last March", "last year", "two years ago", "in
    March") and what it resolves to by the README's rules."""
    month = draw(st.integers(1, 12))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"last {MONTHS[month - 1]}", f"{ref.year - 1}-{month:02d}"
    if form == 1:
        return "last year", f"{ref.year - 1}"
    if form == 2:
        n = draw(st.integers(2, 4))
        return f"{_NUMBERS[n - 1]} years ago", f"{ref.year - n}"
    year = ref.year if month <= ref.month else ref.year - 1
    return f"in {MONTHS[month - 1]}", f"{year}-{month:02d}"


def _date(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    return draw(st.one_of(_explicit(ref), _relative(ref)))


def _others(draw: st.DrawFn, a: str, n: int) -> list[str]:
    return draw(st.lists(authority_names().filter(lambda x: x != a), min_size=n, max_size=n, unique=True))


# -- positive frames: (sentence, keys) ----------------------------------------------------


def _was_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    adverb = draw(st.sampled_from(["", "last ", "most recently "]))
    text = draw(st.sampled_from([f"{a} was {adverb}inspected {d}.", f"{a} Council was {adverb}inspected by Ofsted {d}.",
                                 f"{d[0].upper()}{d[1:]}, {a} was inspected by Ofsted."]))
    return text, {(a, "inspection", when, None)}


def _ofsted_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    obj = draw(st.sampled_from([a, f"{a}'s children's services", f"{a} Council"]))
    who = draw(st.sampled_from(["Ofsted", "Inspectors"]))
    fronted = f"{d[0].upper()}{d[1:]}, {who if who == 'Ofsted' else 'inspectors'} inspected {obj}."
    return draw(st.sampled_from([f"{who} inspected {obj} {d}.", fronted])), {(a, "inspection", when, None)}


def _fronted_month(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, month = draw(authority_names()), draw(st.integers(1, 12))
    year = ref.year if month <= ref.month else ref.year - 1
    return f"In {MONTHS[month - 1]} Ofsted inspected {a}.", {(a, "inspection", f"{year}-{month:02d}", None)}


def _inspection_of(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    adjective = draw(st.sampled_from(["", "full ", "unannounced ", "two-week "]))
    obj = draw(st.sampled_from([a, f"{a}'s children's services", f"children's services in {a}"]))
    article = "An" if adjective[:1] in ("", "u") else "A"
    return f"{article} {adjective}inspection of {obj} {d} {draw(st.sampled_from(_FINDINGS))}.", {(a, "inspection", when, None)}


def _latest_inspection(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    adjective = draw(st.sampled_from(["latest", "most recent", "last"]))
    return f"{a}'s {adjective} inspection, {d}, {draw(st.sampled_from(_FINDINGS))}.", {(a, "inspection", when, None)}


def _inspectors_visited(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    obj = draw(st.sampled_from([a, f"{a}'s children's services"]))
    text = draw(st.sampled_from([
        f"Inspectors visited {obj} {d}.",
        f"Inspectors, who visited {obj} for {draw(st.sampled_from(_NUMBERS[1:]))} weeks {d}, {draw(st.sampled_from(_FINDINGS))}.",
    ]))
    return text, {(a, "inspection", when, None)}


def _when_last_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), draw(_explicit(ref))
    _, grade = draw(grades_as_written())
    return draw(st.sampled_from([f"{a} was rated {grade} when last inspected {d}.",
                                 f"When last inspected, {d}, {a} was rated {grade}."])), {(a, "inspection", when, None)}


def _monitoring(draw: st.DrawFn, ref: dt.date, a: str, *, after: bool) -> tuple[str, _Keys]:
    d, when = _date(draw, ref)
    n = draw(st.integers(1, len(_ORDINAL_WORDS)))
    word, finding = _ORDINAL_WORDS[n - 1], draw(st.sampled_from(_FINDINGS))
    final = draw(st.sampled_from(["", " and final", " and last"])) if not after else ""  # "the eighth and final"
    text = f"A monitoring visit to {a} {d}, the {word}, {finding}." if after else draw(st.sampled_from([
        f"Ofsted's {word}{final} monitoring visit to {a} {d} {finding}.", f"The {word}{final} monitoring visit to {a} took place {d}."]))
    return text, {(a, "monitoring_visit", when, n)}


def _monitoring_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return _monitoring(draw, ref, a, after="," not in a and draw(st.booleans()))


def _ordinal_after_comma_name(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'a monitoring visit to <a name with a comma> ..., the second'."""
    return _monitoring(draw, ref, "Bournemouth, Christchurch and Poole", after=True)


def _focused_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    return draw(st.sampled_from([f"A focused visit to {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
                                 f"Ofsted carried out a focused visit to {a}'s children's services {d}."])), \
        {(a, "focused_visit", when, None)}


def _jtai(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    name = draw(st.sampled_from(["joint targeted area inspection", "JTAI"]))
    return f"A {name} of {a} {d} {draw(st.sampled_from(_FINDINGS))}.", {(a, "jtai", when, None)}


def _each_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), draw(_explicit(ref))
    names = [a, *_others(draw, a, draw(st.integers(1, 2)))]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    word = draw(st.sampled_from(["each", "both"] if len(names) == 2 else ["each", "all"]))
    return f"{listed} were {word} inspected {d}.", {(n, "inspection", when, None) for n in names}


def _previous(draw: st.DrawFn, ref: dt.date, findings: tuple[str, ...]) -> tuple[str, _Keys]:
    a = draw(authority_names())
    d2, old = draw(_explicit(ref, last=ref.year - 2))
    d1, new = draw(_explicit(ref, first=int(old[:4]) + 1))
    text = f"{a} was inspected {d1}; its previous one, back {d2}, {draw(st.sampled_from(findings))}."
    return text, {(a, "inspection", new, None), (a, "inspection", old, None)}


def _previous_one(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    return _previous(draw, ref, tuple(f for f in _FINDINGS if f.startswith("found")))


def _previous_one_plain(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'its previous one' in a sentence with no other inspection word than 'inspected'."""
    return _previous(draw, ref, tuple(f for f in _FINDINGS if not f.startswith("found")))


def _years_later(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 3))
    n = draw(st.integers(1, 2))
    later = f"{'A' if n == 1 else 'Two'} year{'s' if n > 1 else ''} later"
    return f"{a} was inspected in {year}. {later}, Ofsted carried out a focused visit to {a}.", \
        {(a, "inspection", f"{year}", None), (a, "focused_visit", f"{year + n}", None)}


def _following_year(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 2))
    return f"{a} was inspected in {year}. Ofsted carried out a focused visit to {a} the following year.", \
        {(a, "inspection", f"{year}", None), (a, "focused_visit", f"{year + 1}", None)}


def _spent_visiting(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), draw(_explicit(ref))
    return f"Inspectors spent {draw(st.sampled_from(_NUMBERS[1:]))} weeks visiting {a} {d}.", {(a, "inspection", when, None)}


def _visit_focused_on(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, when) = draw(authority_names()), draw(_explicit(ref))
    topic = draw(st.sampled_from(["care leavers", "the front door", "children in need", "children in care"]))
    return f"An Ofsted visit to {a} {d} focused on {topic}.", {(a, "focused_visit", when, None)}


def _since_past_event(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'since the <event> in <date>' is a past event, whatever verb of the future-ish
    kind ("get", "face") stands before it."""
    a, (d, when) = draw(authority_names()), draw(_explicit(ref))
    kinds: list[tuple[str, InspectionKind]] = [("joint targeted area inspection", "jtai"), ("JTAI", "jtai"),
                                               ("full inspection", "inspection"), ("focused visit", "focused_visit")]
    name, kind = draw(st.sampled_from(kinds))
    text = draw(st.sampled_from([f"Services in {a} have got worse since the {name} {d}.",
                                 f"{a}'s services have begun to get better since the {name} {d}, its director said.",
                                 f"Since the {name} {d}, services in {a} have had to face rising demand."]))
    return text, {(a, kind, when, None)}


def _provider_modifier(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A provider's word as a modifier ("school-age children") names no provider."""
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    word = draw(st.sampled_from(["school-age", "school-aged", "nursery-age"]))
    return f"{a}, with more {word} children than its neighbours, got better in several ways after an inspection {d}.", \
        {(a, "inspection", when, None)}


def _listed(draw: st.DrawFn, n: int) -> list[str]:
    """``n`` councils whose names hold no comma (a list of them reads as one)."""
    return draw(st.lists(authority_names().filter(lambda x: "," not in x), min_size=n, max_size=n, unique=True))


def _join(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _subject_list_definite(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'X and Y both received ... . (Councils were given notice before) the inspections,
    which took place <date>': the inspections of the councils the text has as subject."""
    names = _listed(draw, draw(st.integers(2, 3)))
    d, when = draw(_relative(ref))
    both = "both" if len(names) == 2 else "all"
    first = f"{_join(names)} {both} received a rating of {draw(st.sampled_from(['good', 'adequate']))}."
    second = draw(st.sampled_from([
        f"Councils had ten days' warning of the inspections, held {d}.",
        f"The inspections, which took place {d}, looked at how agencies work together.",
    ]))
    return f"{first} {second}", {(n, "inspection", when, None) for n in names}


def _visits_by_inspectorate(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'X, Y and Z all earned a good grade after visits by the inspectorate <date>':
    an inspection of each council of the subject."""
    names = _listed(draw, draw(st.integers(2, 3)))
    d, when = _date(draw, ref)
    by = draw(st.sampled_from(["the inspectorate", "Ofsted", "Ofsted inspectors", "a team of inspectors"]))
    both = "both" if len(names) == 2 else "all"
    return f"{_join(names)} {both} earned a good grade after visits by {by} {d}.", \
        {(n, "inspection", when, None) for n in names}


def _latest_visit_possessive(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'inspectors latest visit' (no apostrophe), 'their latest visit' with the watchdog as agent."""
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    return draw(st.sampled_from([f"Following inspectors latest visit {d}, Ofsted rated {a} good.",
                                 f"Following their latest visit {d}, the watchdog said {a} had improved.",
                                 f"After the watchdog's most recent visit {d}, {a} was praised."])), \
        {(a, "inspection", when, None)}


def _counted_visits(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """'inspectors had conducted seven monitoring visits (since the previous judgement in
    <year>)': monitoring visits of the council the text is about; the year is the
    judgement's."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    n = draw(st.sampled_from(["two", "three", "four", "seven", "5", "8"]))
    verb = draw(st.sampled_from(["had also conducted", "have carried out", "had made"]))
    tail = draw(st.sampled_from(["", f" since the previous judgement in {year}", " since then"]))
    return f"{a} was rated inadequate in {year}. Its newest letter says inspectors {verb} {n} monitoring visits{tail}.", \
        {(a, "monitoring_visit", None, None)}


def _dated_next_sentence(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A letter naming its visit, then dating it in the next sentence ("The visit was
    carried out on ..."): the visit is that date's."""
    a, (d, when) = draw(authority_names()), _date(draw, ref)
    n = draw(st.integers(1, len(_ORDINAL_WORDS)))
    focused = draw(st.booleans())
    named = "focused visit" if focused else f"{_ORDINAL_WORDS[n - 1]} monitoring visit"
    verb = draw(st.sampled_from(["was carried out", "took place", "happened"]))
    text = f"This letter summarises the findings of the {named} to {a}'s children's services. The visit {verb} {d}."
    return text, {(a, "focused_visit", when, None)} if focused else {(a, "monitoring_visit", when, n)}


#: The phenomena ``inspection_sentences`` draws by default.
INSPECTION_PHENOMENA: Final[dict[str, _Frame]] = {
    "was_inspected": _was_inspected, "ofsted_inspected": _ofsted_inspected, "inspection_of": _inspection_of,
    "latest_inspection": _latest_inspection, "inspectors_visited": _inspectors_visited,
    "when_last_inspected": _when_last_inspected, "monitoring_visit": _monitoring_visit, "focused_visit": _focused_visit,
    "jtai": _jtai, "each_inspected": _each_inspected, "previous_one": _previous_one, "years_later": _years_later,
    "following_year": _following_year, "spent_visiting": _spent_visiting, "visit_focused_on": _visit_focused_on,
    "fronted_month": _fronted_month, "previous_one_plain": _previous_one_plain,
    "ordinal_after_comma_name": _ordinal_after_comma_name, "since_past_event": _since_past_event,
    "provider_modifier": _provider_modifier, "subject_list_definite": _subject_list_definite,
    "visits_by_inspectorate": _visits_by_inspectorate, "latest_visit_possessive": _latest_visit_possessive,
    "counted_visits": _counted_visits, "dated_next_sentence": _dated_next_sentence,
    **EARLIER_EVENT_PHENOMENA, **VISITS_TOLD_PHENOMENA, **VISIT_KIND_PHENOMENA, **REFERRED_EVENT_PHENOMENA,
    **EXAMINED_PHENOMENA, **EVENTS_BEHIND_PHENOMENA, **EVENTS_RESTATED_PHENOMENA,
}
#: Phenomena the extractor does not yet recover: drawn only when named.
INSPECTION_GAPS: Final[dict[str, _Frame]] = {**VISITS_TOLD_GAPS}


def _pick(table: dict[str, _Frame], gaps: dict[str, _Frame], phenomena: Collection[str] | None) -> list[_Frame]:
    every = table | gaps
    names = sorted(table) if phenomena is None else sorted(phenomena)
    unknown = set(names) - set(every)
    if unknown or not names:
        raise ValueError(f"unknown phenomena {sorted(unknown)}; choose from {sorted(every)}")
    return [every[n] for n in names]


@st.composite
def _sentences(draw: st.DrawFn, frames: list[_Frame]) -> Generated:
    dateline, ref = draw(datelines())
    text, keys = draw(st.sampled_from(frames))(draw, ref)
    return Generated(f"{dateline}\n\n{text}\n", inspections=frozenset(keys), published=ref.isoformat())


def inspection_sentences(*, phenomena: Collection[str] | None = None) -> st.SearchStrategy[Generated]:
    """A dateline, then a sentence naming one or two events of random councils
    (inspections, monitoring visits with their ordinal, focused visits, JTAIs), dated
    explicitly or relative to the dateline, in many phrasings and word orders.

    ``phenomena`` names the frames to draw from (``INSPECTION_PHENOMENA`` by default;
    ``INSPECTION_GAPS`` holds those the extractor does not yet recover)."""
    return _sentences(_pick(INSPECTION_PHENOMENA, INSPECTION_GAPS, phenomena))


# -- negative frames: sentences that name no inspection -------------------------------------

_PLACES: Final = ("school", "primary school", "children's home", "nursery", "academy")


def _place_inspection(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, _) = draw(authority_names()), _date(draw, ref)
    place = draw(st.sampled_from(["school", "academy", "nursery"]))
    return draw(st.sampled_from([f"A {place} inspection in {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
                                 f"{a} said the {place} inspection {d} had gone well."])), set()


def _place_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, (d, _) = draw(authority_names()), _date(draw, ref)
    place = draw(st.sampled_from(_PLACES))
    article = "An" if place[0] in "aeiou" else "A"
    return draw(st.sampled_from([f"{article} {place} in {a} was inspected {d}.",
                                 f"Ofsted inspected {article.lower()} {place} in {a} {d}.",
                                 f"Ofsted's inspection of {article.lower()} {place} in {a} {d} {draw(st.sampled_from(_FINDINGS))}."])), set()


def _never_inspected(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return draw(st.sampled_from([f"{a} has never had a full inspection.",
                                 f"{a} has not had a full inspection since the framework began."])), set()


def _count_so_far(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    n = draw(st.integers(3, 60))
    return draw(st.sampled_from([f"{n} councils have been inspected so far, Ofsted said.",
                                 f"So far {n} councils have been inspected under the framework."])), set()


def _count_including(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a, n = draw(authority_names()), draw(st.integers(3, 60))
    return f"So far {n} councils have been inspected under the framework, including {a}.", set()


def _area_of_inspection(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return f"Leadership is one area of inspection where {a} fell short.", set()


#: The framework's name word by word (a domain term, built so as to match the case asked for).
_FRAMEWORK_WORDS: Final = ("inspection", "of", "local", "authority", "children's", "services")


def framework_name(*, title: bool) -> str:
    """The name of Ofsted's current framework, title-cased or in lower case."""
    return " ".join(w if not title or w == "of" else w[0].upper() + w[1:] for w in _FRAMEWORK_WORDS)


def _framework_title(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return draw(st.sampled_from([f"{a} was judged under the {framework_name(title=True)} framework.",
                                 f"{a} was judged under the ILACS framework.",
                                 f"The single inspection framework was introduced in 2013, {a}'s director noted."])), set()


def _framework_lower(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return f"{a} was judged under the {framework_name(title=False)} framework.", set()


def _future(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return draw(st.sampled_from([f"{a} is due a further inspection next year.", f"{a} will be inspected next year.",
                                 f"{a} is due to be inspected again next year.", f"{a} awaits its next inspection.",
                                 f"{a} has yet to be inspected under the new framework."])), set()


def _generic(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    every = draw(st.sampled_from(_NUMBERS[1:]))
    return draw(st.sampled_from([f"Councils receive a short inspection every {every} years.",
                                 f"Under the new regime, councils rated good will receive a short inspection every {every} years."])), set()


def _comparison(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    a = draw(authority_names())
    return draw(st.sampled_from([f"{a}'s director said the process felt more like a full re-inspection than a monitoring visit.",
                                 f"The process felt more like a full re-inspection than a monitoring visit, {a}'s director said."])), set()


def _future_cue(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The future in its cues: will, next, due, expected, upcoming, forthcoming."""
    a = draw(authority_names())
    name = draw(st.sampled_from(["full inspection", "focused visit", "monitoring visit", "JTAI"]))
    return draw(st.sampled_from([f"{a} is expected to get a {name} soon.", f"{a} faces an upcoming {name}.",
                                 f"The forthcoming {name} in {a} will look at neglect.",
                                 f"Services in {a} will get worse before the next {name}.",
                                 f"{a} is due to face a {name} within months."])), set()


def _inspection_words(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """Inspection and visit words that name no event: laws, frameworks, plans, social
    workers' visits, websites, a wish, counts of councils."""
    a, n = draw(authority_names()), draw(st.integers(3, 60))
    return draw(st.sampled_from([
        f"{a} was judged under the single inspection framework.",
        f"The duty falls on {a} under the Education and Inspections Act 2006.",
        f"Social workers' home visits in {a} rose last year.",
        f"Visit our website to read more about {a}.",
        f"{a} has written a post-inspection action plan.",
        f"{a}'s leader said she welcomed robust inspection of our services.",
        f"{n} councils have been inspected so far, including {a}.",
        f"{a} has never had a full inspection.",
        f"Visits by social workers to children in {a} were often late.",
        f"{a}'s director said this new inspection scheme could lead to councils being over criticised.",
        f"Ofsted told {a} it now has a wider suite of inspection 'tools'.",
        f"{a} objected to the model for social care inspection, the single inspection framework.",
    ])), set()


def _counted_in_general(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A count of events across councils is no council's event, even in a text naming one."""
    a, n, k = draw(authority_names()), draw(st.integers(10, 60)), draw(st.integers(2, 9))
    return draw(st.sampled_from([
        f"{a} was rated good. Of the {n} inspections, {k} found councils inadequate.",
        f"{a} was rated good. Ofsted has carried out {n} monitoring visits across England this year.",
        f"{a} was rated good. Inspectors had conducted {n} focused visits of local authorities by then.",
    ])), set()


#: The phenomena ``non_inspection_sentences`` draws by default.
NON_INSPECTION_PHENOMENA: Final[dict[str, _Frame]] = {
    "place_inspection": _place_inspection, "count_so_far": _count_so_far, "framework_title": _framework_title,
    "future": _future, "generic": _generic,
    "place_inspected": _place_inspected, "never_inspected": _never_inspected, "count_including": _count_including,
    "area_of_inspection": _area_of_inspection, "framework_lower": _framework_lower, "comparison": _comparison,
    "future_cue": _future_cue, "inspection_words": _inspection_words, "counted_in_general": _counted_in_general,
    **RECURRENT_PHENOMENA, **NOT_VISITS_TOLD_PHENOMENA, **NOT_VISIT_KIND_PHENOMENA, **NOT_REFERRED_EVENT_PHENOMENA,
    **NOT_EXAMINED_PHENOMENA, **EVENTS_AHEAD_PHENOMENA, **NOT_EVENTS_RESTATED_PHENOMENA,
}
#: Negatives the extractor still takes for inspections: drawn only when named.
NON_INSPECTION_GAPS: Final[dict[str, _Frame]] = {}


def non_inspection_sentences(*, phenomena: Collection[str] | None = None) -> st.SearchStrategy[Generated]:
    """A dateline, then a sentence whose inspection words name no event of a council: a
    school's, home's or nursery's inspection, counts of councils inspected so far, the
    framework's name, the future, councils in general and comparisons.

    ``phenomena`` names the frames as for ``inspection_sentences``
    (``NON_INSPECTION_PHENOMENA`` by default, ``NON_INSPECTION_GAPS`` for the rest)."""
    return _sentences(_pick(NON_INSPECTION_PHENOMENA, NON_INSPECTION_GAPS, phenomena))
