"""Ratings as round-ups and blogs tell them: a list line per council whose grade is
followed by a year or a remark ("- Leeds - outstanding (2018)", "Kirklees: inadequate,
still getting monitoring visits"), two councils' grades with the verb said once ("X's
services were judged outstanding and Y's good"), two councils and two grades paired in
order (three or four of each "respectively"), "in both boroughs", a judgement added by "as was" (after another's grade or the
overall one: "X was rated good overall, as was its adoption service"), the next sentence
extending a grade to every area and listing some ("The grade covers every part of its work,
including ..."), a visit counted since a grade
(which stands), a grade dated "as recently as" a year, the full "requires improvement
to be good" before the event it was given at, a report's judgement line with the
grade's number ("Overall effectiveness: Outstanding (1)"), a judgement graded through an
anaphor in the next sentence ("Their experiences were judged good"), a table whose
columns name judgements, a noun of change from an earlier grade ("a fall from requires
improvement at its last full inspection"), a grade before the scale listed under a verb of
rating ("Ofsted judges services as inadequate, requires improvement, good or outstanding"), one
council's grades in a table keyed by year; and the negatives: a grade of a provider the council runs or belongs to (a
children's home, a fostering service, a regional adoption agency) and a wish to see
services rated good."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import MONTHS, Generated, RatingKey, authority_names, grades_as_written

_Frame = Callable[[st.DrawFn], tuple[str, set[RatingKey]]]
#: Bullets and separators of a list line: "- Kent - good", "* Kent: good", "Kent | good".
_BULLETS: Final = ("- ", "* ", "\u2022 ", "")
_SEPARATORS: Final = (" - ", " \u2013 ", ": ", " | ")
#: Remarks after a line's grade that grade nothing.
_REMARKS: Final = (
    "still getting monitoring visits", "run by a children's trust", "new director since the spring",
    "re-inspection expected soon", "caseloads still high", "see my earlier post",
)


def _councils(draw: st.DrawFn, low: int, high: int) -> list[str]:
    return draw(st.lists(authority_names(), min_size=low, max_size=high, unique=True))


def _tail(draw: st.DrawFn) -> str:
    """What may follow a line's grade: a year, a month and year, a remark, or both."""
    year = draw(st.integers(2010, 2024))
    dated = draw(st.sampled_from([f" ({year})", f" ({draw(st.sampled_from(MONTHS))} {year})", f" (inspected {year})"]))
    remark = f", {draw(st.sampled_from(_REMARKS))}"
    return draw(st.sampled_from([dated, remark, dated + remark, ""]))


def _list_line_tail(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A list of councils, one a line, each grade followed by a year or a remark."""
    names = _councils(draw, 2, 5)
    bullet, sep = draw(st.sampled_from(_BULLETS)), draw(st.sampled_from(_SEPARATORS))
    lines: list[str] = []
    keys: set[RatingKey] = set()
    for name in names:
        grade, form = draw(grades_as_written())
        lines.append(f"{bullet}{name}{sep}{form}{_tail(draw)}")
        keys.add((name, grade, "overall", True))
    heading = draw(st.sampled_from(["The latest judgements:", "Where they stand now", "My scorecard, as of this month:"]))
    return heading + "\n\n" + "\n".join(lines) + "\n\nMore soon.", keys


def _gapped_pair(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Two councils' grades, the verb said once: "X's services were judged outstanding and Y's good"."""
    a, b = _councils(draw, 2, 2)
    (g1, f1), (g2, f2) = draw(grades_as_written()), draw(grades_as_written())
    verb = draw(st.sampled_from(["were judged", "were rated", "have been rated", "were graded"]))
    mark = draw(st.sampled_from(["", "'", '"']))
    text = draw(st.sampled_from([
        f"{a}'s services {verb} {mark}{f1}{mark} and {b}'s {mark}{f2}{mark}.",
        f"Children's services in {a} {verb} {mark}{f1}{mark}, and those in {b} {mark}{f2}{mark}.",
        f"{a} {verb.replace('were', 'was').replace('have', 'has')} {mark}{f1}{mark} and {b} {mark}{f2}{mark}.",
    ]))
    return text, {(a, g1, "overall", True), (b, g2, "overall", True)}


#: Judgements as "as was" coordinates them.
_AS_WAS_PHRASES: Final[dict[Judgement, tuple[str, ...]]] = {
    "help_and_protection": ("help and protection for children", "child protection"),
    "children_in_care": ("the experience of children in care", "the progress of looked-after children"),
    "care_leavers": ("support for care leavers", "the care leavers service"),
    "adoption": ("adoption performance", "the adoption service"),
    "leadership": ("the impact of leaders", "leadership and management"),
}


def _as_was(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement added by "as was": "Help and protection was judged inadequate, as was
    the experience of children in care"."""
    a = draw(authority_names())
    grade, form = draw(grades_as_written(("outstanding", "good", "inadequate")))
    pair: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_AS_WAS_PHRASES)), min_size=2, max_size=2, unique=True))
    first, second = (draw(st.sampled_from(_AS_WAS_PHRASES[j])) for j in pair)
    verb = draw(st.sampled_from(["was judged", "was rated", "was found to be"]))
    if draw(st.booleans()):  # after the overall grade: "X was rated good (overall), as was its adoption service"
        overall = draw(st.sampled_from(["", " overall"]))
        link = draw(st.sampled_from(["as was", "and so was"]))
        owned = _AS_WAS_PHRASES[pair[1]][1].replace("the ", "its ", 1) if _AS_WAS_PHRASES[pair[1]][1].startswith("the ") else second
        return (f"{a} {verb} {form}{overall}, {link} {owned}.", {(a, grade, "overall", True), (a, grade, pair[1], True)})
    text = draw(st.sampled_from([
        f"In {a}, {first} {verb} {form}, as was {second}.",
        f"Ofsted inspected {a} Council in May. {first[0].upper()}{first[1:]} {verb} {form}, as was {second}.",
    ]))
    return text, {(a, grade, pair[0], True), (a, grade, pair[1], True)}


def _all_areas_next(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade, then a sentence extending it to every area and listing some: each listed
    one ("... rated good. The grade covers every part of its work, including adoption and
    leadership."); a next sentence of another kind lists none."""
    a = draw(authority_names())
    grade, form = draw(grades_as_written(("outstanding", "good", "inadequate")))
    pair: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_AS_WAS_PHRASES)), min_size=2, max_size=2, unique=True))
    first, second = (draw(st.sampled_from(_AS_WAS_PHRASES[j])) for j in pair)
    lead = draw(st.sampled_from(["The grade covers every part of its work", "That applies to every area inspected",
                                 "The rating covers all five judgements"]))
    if draw(st.booleans()):
        return f"{a} was rated {form}. {lead}, including {first} and {second}.", {
            (a, grade, "overall", True), *((a, grade, j, True) for j in pair)}
    return f"{a} was rated {form}. This is the first time in a decade, including {first}.", {(a, grade, "overall", True)}


def _respective(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Two councils and two coordinated grades, paired in order: "A and B were judged
    'inadequate' and 'good' (respectively)"."""
    a, b = _councils(draw, 2, 2)
    (g1, f1) = draw(grades_as_written())
    (g2, f2) = draw(grades_as_written().filter(lambda g: g[0] != g1))
    mark = draw(st.sampled_from(["", "'", "\u2018"]))
    close = {"": "", "'": "'", "\u2018": "\u2019"}[mark]
    tail = draw(st.sampled_from(["", " respectively"]))
    text = draw(st.sampled_from([
        f"{a} and {b} were judged {mark}{f1}{close} and {mark}{f2}{close}{tail}.",
        f"Ofsted rates {a} and {b} children's services {mark}{f1}{close} and {mark}{f2}{close}",
        f"Inspectors rated {a} and {b} {mark}{f1}{close} and {mark}{f2}{close}{tail} this spring.",
    ]))
    return text, {(a, g1, "overall", True), (b, g2, "overall", True)}


def _respective_many(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Three or four councils and as many coordinated grades, "respectively": "A, B and C
    were judged good, outstanding and inadequate respectively"."""
    names = _councils(draw, 3, 4)
    grades = [draw(grades_as_written()) for _ in names]
    listed = ", ".join(f for _, f in grades[:-1]) + draw(st.sampled_from([" and ", ", and "])) + grades[-1][1]
    councils = ", ".join(names[:-1]) + " and " + names[-1]
    text = draw(st.sampled_from([f"{councils} were judged {listed} respectively.",
                                 f"Inspectors rated {councils} {listed}, respectively, last year."]))
    return text, {(n, g, "overall", True) for n, (g, _) in zip(names, grades, strict=True)}


def _history_table(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """One council's grades in a table keyed by year ("Year | Type | Outcome", "2019 |
    ILACS inspection | Inadequate"), the council named in the lead-in: each row's grade of
    that year, the latest current."""
    a = draw(authority_names())
    years = sorted(draw(st.lists(st.integers(2013, 2024), min_size=2, max_size=4, unique=True)))
    typed = draw(st.booleans())
    sep = draw(st.sampled_from([" | ", "\t"]))
    lines = [sep.join(["Year", "Type", "Outcome"] if typed else ["Year", "Grade"])]
    grades: list[Grade] = []
    for year in years:
        grade, form = draw(st.sampled_from([g for g in _CELL_FORMS if not grades or g[0] != grades[-1]]))
        grades.append(grade)
        lines.append(sep.join([str(year), *(["ILACS standard inspection"] if typed else []), form]))
    lead = f"The table below sets out the judgements {a} has received since {years[0]}."
    return lead + "\n\n" + "\n".join(lines) + "\n\nMore next week.", {
        (a, g, "overall", i == len(years) - 1) for i, g in enumerate(grades)}


def _scale_after(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A council's grade, then the scale under a verb of rating ("Ofsted judges services as
    inadequate, requires improvement, good or outstanding"): no grade of the scale's."""
    a = draw(authority_names())
    grade, form = draw(grades_as_written())
    scale = draw(st.sampled_from(["inadequate, requires improvement to be good, good or outstanding",
                                  "outstanding; good; requires improvement; or inadequate",
                                  "good, outstanding, inadequate or requires improvement to be good"]))
    lead = draw(st.sampled_from(["Ofsted judges councils' children's services as", "1. Ofsted rates services as",
                                 "Inspectors grade each council as"]))
    return f"{a} was rated {form}.\n\n{lead} {scale}.", {(a, grade, "overall", True)}


def _both_places(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"In both boroughs ..." after two councils were named: a grade of each."""
    a, b = _councils(draw, 2, 2)
    (g1, f1), (g2, f2), (g3, f3) = (draw(grades_as_written()) for _ in range(3))
    judgement: Judgement = draw(st.sampled_from(sorted(_AS_WAS_PHRASES)))
    place = draw(st.sampled_from(["boroughs", "councils", "authorities", "counties"]))
    phrase = draw(st.sampled_from(_AS_WAS_PHRASES[judgement]))
    text = f"{a} was rated {f1}. {b} was rated {f2}. In both {place}, {phrase} was judged {f3}."
    return text, {(a, g1, "overall", True), (b, g2, "overall", True), (a, g3, judgement, True), (b, g3, judgement, True)}


def _full_grade_at_event(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The full "requires improvement to be good" before the event it was given at."""
    a = draw(authority_names())
    verb = draw(st.sampled_from(["was judged to require improvement to be good", "requires improvement to be good",
                                 "was found to require improvement to be good"]))
    event = draw(st.sampled_from(["at a re-inspection in February", "at its latest inspection", "at the inspection in May",
                                  "with inspectors noting progress", "on its return to full inspection"]))
    return f"{a} {verb} {event}.", {(a, "requires_improvement", "overall", True)}


def _visit_since_grade(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A visit counted since a grade, which monitoring visits follow while it stands: the grade is current."""
    a = draw(authority_names())
    nth = draw(st.sampled_from(["second", "third", "fifth"]))
    visit = draw(st.sampled_from(["monitoring visit", "visit", "monitoring visit from Ofsted"]))
    since = draw(st.sampled_from(["since being judged", "since it was rated", "since being rated"]))
    when = draw(st.sampled_from(["", " in 2017", " in March 2018"]))
    return f"{a} received its {nth} {visit} {since} inadequate{when}.", {(a, "inadequate", "overall", True)}


def _as_recently_as(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """An earlier grade dated by "as recently as", "as long ago as", "as early as": not current."""
    a = draw(authority_names())
    (g1, f1) = draw(grades_as_written())
    (g2, f2) = draw(grades_as_written().filter(lambda g: g[0] != g1))
    old, new = sorted(draw(st.lists(st.integers(2010, 2023), min_size=2, max_size=2, unique=True)))
    lead = draw(st.sampled_from(["as recently as", "as long ago as", "as early as"]))
    had = draw(st.sampled_from(["It had been rated", f"{a} was rated", "It was judged"]))
    return (f"{a} was rated {f1} in {new}. {had} {f2} {lead} {old}, inspectors noted.",
            {(a, g1, "overall", True), (a, g2, "overall", False)})


#: The grades of the 2009-2013 reports' judgement tables and the number each is coded with.
_CODED: Final = (("outstanding", "Outstanding", 1), ("good", "Good", 2), ("adequate", "Adequate", 3), ("inadequate", "Inadequate", 4))


def _coded_report_rows(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A report's judgement lines with the grade's number after it: "Overall
    effectiveness: Outstanding (1)"; a line naming no judgement gives nothing."""
    a = draw(authority_names())
    rows: list[tuple[str, Judgement | None]] = [("Overall effectiveness", "overall"), ("Leadership and management", "leadership"),
                                                ("Capacity for improvement", None), ("Partnership working", None)]
    lines, keys = [], set()
    for label, judgement in draw(st.lists(st.sampled_from(rows), min_size=2, max_size=4, unique=True)):
        grade, form, code = draw(st.sampled_from(_CODED))
        sep = draw(st.sampled_from([": ", "\t"]))
        lines.append(f"{label}{sep}{form} ({code})")
        if judgement is not None:
            keys.add((a, grade, judgement, True))
    text = f"Inspection of {a} Council: inspection of children's services\n\nSummary of key judgements\n" + "\n".join(lines)
    return text + "\n\nThe local authority has a strong track record.", keys  # type: ignore[return-value]


#: Judgements whose subjects are children, as the next sentence's "their experiences" refers to them.
_CHILDREN_JUDGEMENTS: Final[dict[Judgement, str]] = {
    "help_and_protection": "children who need help and protection", "children_in_care": "children in care",
    "care_leavers": "care leavers",
}


def _judgement_anaphor(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement named in one sentence and graded in the next through an anaphor:
    "There was better news for care leavers. Their experiences were judged good"."""
    a = draw(authority_names())
    judgement: Judgement = draw(st.sampled_from(sorted(_CHILDREN_JUDGEMENTS)))
    grade, form = draw(grades_as_written())
    named = _CHILDREN_JUDGEMENTS[judgement]
    first = draw(st.sampled_from([f"There was better news for {named}.", f"Inspectors looked closely at {named}.",
                                  f"The report turned to {named}."]))
    second = draw(st.sampled_from([f"Their experiences were judged {form}", f"That part of the service was graded {form}",
                                   f"This area was rated {form}"]))
    return f"Ofsted inspected {a} Council in May. {first} {second}, the report said.", {(a, grade, judgement, True)}


#: Column headers that name a judgement, as round-up tables write them.
_COLUMNS: Final[dict[Judgement, tuple[str, ...]]] = {
    "overall": ("Overall", "Overall effectiveness"), "help_and_protection": ("Help and protection", "Child protection"),
    "children_in_care": ("Children in care", "Looked after children"), "care_leavers": ("Care leavers",),
    "leadership": ("Leadership", "Impact of leaders"),
}
_CELL_FORMS: Final[tuple[tuple[Grade, str], ...]] = (("outstanding", "Outstanding"), ("good", "Good"), ("requires_improvement", "Requires improvement"),
                      ("inadequate", "Inadequate"))


def _judgement_columns(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A table of councils whose columns name judgements ("Council | Overall | Care
    leavers"), and perhaps a column of earlier grades ("Previous grade"): each cell its
    row's council's grade for its column's judgement."""
    names = _councils(draw, 2, 4)
    columns: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_COLUMNS)), min_size=2, max_size=4, unique=True))
    previous = draw(st.booleans())
    sep = draw(st.sampled_from([" | ", "\t"]))
    header = ["Council", *(draw(st.sampled_from(_COLUMNS[j])) for j in columns), *(["Previous grade"] if previous else [])]
    lines = [sep.join(header)]
    keys: set[RatingKey] = set()
    for name in names:
        cells = []
        for j in columns:
            grade, form = draw(st.sampled_from(_CELL_FORMS))
            cells.append(form)
            keys.add((name, grade, j, True))
        if previous:
            old, form = draw(st.sampled_from([g for g in _CELL_FORMS if (name, g[0], "overall", True) not in keys]))
            cells.append(form)
            keys.add((name, old, "overall", False))
        lines.append(sep.join([name, *cells]))
    return "The latest results:\n\n" + "\n".join(lines) + "\n\nMore next week.", keys


def _change_noun_from(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A noun of change from an earlier grade, with no "to": "a fall from requires
    improvement at its last full inspection"."""
    a = draw(authority_names())
    (g1, f1) = draw(grades_as_written())
    (g2, f2) = draw(grades_as_written().filter(lambda g: g[0] != g1))
    noun = draw(st.sampled_from(["a fall", "a sharp drop", "a rise", "an improvement", "a decline"]))
    tail = draw(st.sampled_from([" at its last full inspection", " in 2016", ""]))
    return (f"{a} was rated {f1}. The judgement represents {noun} from {f2}{tail}.",
            {(a, g1, "overall", True), (a, g2, "overall", False)})


def _other_provider(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade of a provider a council runs or belongs to, the council named beside it."""
    a = draw(authority_names())
    _, form = draw(grades_as_written())
    provider = draw(st.sampled_from([
        "one of the council's children's homes", "one of its residential homes", "the council's fostering service",
        "the regional adoption agency", "a children's home run by the council", "its in-house fostering agency",
    ]))
    verb = draw(st.sampled_from(["was rated", "was judged", "had been rated", "has been graded"]))
    return draw(st.sampled_from([
        f"In {a}, {provider} {verb} {form} in April.",
        f"Ofsted rated {provider} in {a} {form} in April.",
        f"{draw(st.sampled_from(['Adopt North', 'Adoption Central']))}, the regional adoption agency which {a} is part of, {verb} {form}.",
        f"The home, which {a} Council runs for up to four children, {verb} {form} at its previous inspection.",
    ])), set()


def _wish(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A wish to see services rated a grade is no rating."""
    a = draw(authority_names())
    _, form = draw(grades_as_written(("outstanding", "good")))
    who = draw(st.sampled_from(["The council's cabinet member", f"{a}'s leader", "The new director"]))
    wants = draw(st.sampled_from(["said she wanted to see", "wants to see", "hopes to see", "said he expected to see"]))
    return f"{who} {wants} services in {a} rated {form} by the time of the next inspection.", set()


#: Rating phenomena of round-ups and blogs, by name.
ROUNDUP_FRAMES: Final[dict[str, _Frame]] = {
    "all_areas_next": _all_areas_next,
    "list_line_tail": _list_line_tail, "gapped_pair": _gapped_pair, "as_was": _as_was, "respective": _respective,
    "both_places": _both_places, "full_grade_at_event": _full_grade_at_event, "visit_since_grade": _visit_since_grade,
    "as_recently_as": _as_recently_as, "coded_report_rows": _coded_report_rows,
    "judgement_anaphor": _judgement_anaphor, "judgement_columns": _judgement_columns,
    "change_noun_from": _change_noun_from, "respective_many": _respective_many, "scale_after": _scale_after,
    "history_table": _history_table,
}
#: Their negatives: no rating.
NON_ROUNDUP_FRAMES: Final[dict[str, _Frame]] = {"other_provider": _other_provider, "wish": _wish}


def _names(registry: dict[str, _Frame], phenomena: Iterable[str] | None) -> list[str]:
    names = sorted(registry if phenomena is None else phenomena)
    if not names or set(names) - set(registry):
        raise ValueError(f"unknown or no phenomena: {sorted(set(names) - set(registry))}")
    return names


@st.composite
def roundup_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Generated:
    """Ratings as round-ups and blogs write them (``ROUNDUP_FRAMES``' names; all by default)."""
    text, keys = ROUNDUP_FRAMES[draw(st.sampled_from(_names(ROUNDUP_FRAMES, phenomena)))](draw)
    return Generated(text, frozenset(keys))


@st.composite
def non_roundup_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Generated:
    """Grade words of other providers and wishes, which state no rating (``NON_ROUNDUP_FRAMES``)."""
    text, _ = NON_ROUNDUP_FRAMES[draw(st.sampled_from(_names(NON_ROUNDUP_FRAMES, phenomena)))](draw)
    return Generated(text)
