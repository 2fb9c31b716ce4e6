"""A date that opens its sentence and the clauses after it, found by a slot sweep of
councils, grades, judgements, years and datelines:

- a fronted date gives every coordinated clause its time, the gapped ones too ("In 2016
  inspectors rated Kent's safeguarding good and its services for children in care
  outstanding", "In 2016 Kent was rated inadequate and Bury good");
- an object and its grade coordinated after a clause of rating ("... and its services
  for children in care outstanding") are a rating of that judgement, not a row of a
  report's table;

- a sequence with its verb left out ("rated 'inadequate' in 2015, then 'good' in 2018");
- judgements named as a subject with grades in the plural ("Its services for children in
  care and support for care leavers held on to good grades"): one council's;
- a headline's "lose 'good' Ofsted rating": a grade no longer held;
- judgements listed in dashes that "came back as" a grade: each that grade;
- a list of judgement rows with earlier grades in brackets ("Children in care – Outstanding
  (Good)"): the bracketed grade past, of the year its lead-in gives;
- a table of the judgements' grades at several inspections, a column a year: the last
  column's current, the others past, each of its column's year;
- a sentence opened by its inspection's date ("Then, at a standard inspection in June
  2022, ...") dates a part graded in a later clause in the past ("although help and
  protection was still rated ...");
- a "When Ofsted last inspected ... in <year>," opening dates the parts' grades after it,
  and a new overall grade told before makes them no longer held.

Negative: a present after the date ("In 2016 Kent was rated inadequate, and it is now
good") keeps the later grade of its own time.

The keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import MONTHS, authority_names
from ._dated import DatedFrame, DatedRatingKey, _now, _two_grades, _years
from ._draws import _pick

#: Judgements as an object's words: "its safeguarding services", "its care leavers' support".
_OBJECTS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("safeguarding services", "help_and_protection"), ("services for children in care", "children_in_care"),
    ("services for looked-after children", "children_in_care"), ("support for care leavers", "care_leavers"),
    ("adoption services", "adoption"), ("leadership", "leadership"),
)


def _gapped_object(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"In <year> inspectors rated <council>'s <A> <g1> and its <B> <g2>": both of that year."""
    a = draw(authority_names())
    (g1, q1), (g2, q2) = _two_grades(draw)
    (first, j1), (second, j2) = draw(st.lists(st.sampled_from(_OBJECTS), min_size=2, max_size=2, unique_by=lambda o: o[1]))
    (year,) = _years(draw, present, 1)
    verb = _pick(draw, "rated", "judged")
    return (f"In {year} inspectors {verb} {a}'s {first} {q1} and its {second} {q2}.",
            {(a, g1, j1, str(year), True), (a, g2, j2, str(year), True)})


def _opening_date_two_councils(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"In <year> <A> was rated <g1> and <B> <g2>": both of that year."""
    a, b = draw(st.lists(authority_names().filter(lambda x: "," not in x and " and " not in x), min_size=2, max_size=2,
                         unique=True))
    (g1, q1), (g2, q2) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    when = _pick(draw, f"In {year}", f"In {year},", f"Back in {year}")
    return f"{when} {a} was rated {q1} and {b} {q2}.", {(a, g1, "overall", str(year), True), (b, g2, "overall", str(year), True)}


def _present_after_the_date(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A present after the opening date: the later grade is of its own time."""
    a = draw(authority_names())
    (g1, q1), (g2, q2) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    now = _pick(draw, "it is now rated", "it is now", "it has since been rated")
    return (f"In {year} {a} was rated {q1}, and {now} {q2}.",
            {(a, g1, "overall", str(year), False), (a, g2, "overall", _now(present), True)})


def _then_sequence(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"rated <g1> in <y1>, then <g2> in <y2>": a sequence with its verb left out."""
    a = draw(authority_names())
    (g1, q1), (g2, q2) = _two_grades(draw)
    y1, y2 = _years(draw, present, 2)
    lead = _pick(draw, f"{a} was rated", f"{a} had been rated", f"{a} was judged")
    then = _pick(draw, ", then", " and then", " and later")
    return f"{lead} {q1} in {y1}{then} {q2} in {y2}.", {(a, g1, "overall", str(y1), False), (a, g2, "overall", str(y2), True)}


def _grades_of_judgements(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Judgements named as a subject, their grades in the plural ("... held on to good
    grades"): one council's, not councils in general."""
    a = draw(authority_names())
    (first, j1), (second, j2) = draw(st.lists(st.sampled_from(_OBJECTS[1:]), min_size=2, max_size=2, unique_by=lambda o: o[1]))
    verb = _pick(draw, "held on to", "kept", "retained")
    return (f"Ofsted has published its report on {a}. Its {first} and {second} {verb} good grades.",
            {(a, "good", j1, _now(present), True), (a, "good", j2, _now(present), True)})


def _lost_in_a_headline(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A headline's "lose 'good' rating": a grade no longer held."""
    a = draw(authority_names())
    grade, q = draw(st.sampled_from(_LOST))
    verb = _pick(draw, "lose", "loses", "lost")
    return f"{a} children's services {verb} {q} Ofsted rating", {(a, grade, "overall", None, False)}


def _came_back_as(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Judgements listed in dashes, then "came back as" a grade: each that grade."""
    a = draw(authority_names())
    (grade, q), _ = _two_grades(draw)
    (first, j1), (second, j2) = draw(st.lists(st.sampled_from(_OBJECTS), min_size=2, max_size=2, unique_by=lambda o: o[1]))
    verb = _pick(draw, "came back as", "have come back as")
    return (f"Ofsted has reported on {a}. The other two judgements \u2013 {first} and {second} \u2013 {verb} {q}.",
            {(a, grade, j1, _now(present), True), (a, grade, j2, _now(present), True)})


#: A judgement's row label, as a list writes it.
_ROW_LABELS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("Leaders' impact on practice", "leadership"), ("The impact of leaders on social work practice", "leadership"),
    ("Children needing help and protection", "help_and_protection"), ("Children in care", "children_in_care"),
    ("Care leavers", "care_leavers"), ("Overall effectiveness", "overall"),
)


def _row_with_earlier_grade(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A list of judgement rows each with its earlier grade in brackets ("Children in care
    – Outstanding (Good)", "(previously Good)", "(2019: Good)"): the row's grade current,
    the bracketed one past, of the year the bracket or the list's lead-in ("2019 grades in
    brackets") gives, else of no year."""
    a = draw(authority_names())
    rows = draw(st.lists(st.sampled_from(_ROW_LABELS), min_size=2, max_size=3, unique_by=lambda r: r[1]))
    (year,) = _years(draw, present, 1)
    form = _pick(draw, "lead-in", "previously", "year-colon", "bare")
    lead = f"How inspectors graded each area ({year} grades in brackets):" if form == "lead-in" else "The grades:"
    bullet, sep = _pick(draw, "\u2022 ", "- ", "* "), _pick(draw, " \u2013 ", ": ", " - ")
    lines, keys = [], set()
    for label, judgement in rows:
        (g1, _), (g2, _) = _two_grades(draw)
        new, old = g1.replace("_", " ").capitalize(), g2.replace("_", " ").capitalize()
        bracket = {"previously": f"previously {old}", "year-colon": f"{year}: {old}"}.get(form, old)
        lines.append(f"{bullet}{label}{sep}{new} ({bracket})")
        keys |= {(a, g1, judgement, _now(present), True),
                 (a, g2, judgement, None if form in ("previously", "bare") else str(year), False)}
    return f"Ofsted has published its report on {a}.\n\n{lead}\n" + "\n".join(lines) + "\n", keys


def _history_table(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A table of the judgements' grades at two or three inspections, a column each
    headed by its year ("Judgement | 2015 (SIF) | 2019 (ILACS) | 2024 (ILACS)", or the
    latest first: "Judgement | May 2024 | June 2019"): the latest column's grades
    current, the others no longer, each of its column's year."""
    a = draw(authority_names())
    rows = draw(st.lists(st.sampled_from(_ROW_LABELS), min_size=2, max_size=3, unique_by=lambda r: r[1]))
    top = present if present is not None else draw(st.integers(2016, 2024))
    years = sorted(draw(st.lists(st.integers(2008, top - 1), min_size=1, max_size=2, unique=True))) + [top]
    sep = _pick(draw, " | ", "\t")
    if draw(st.booleans()):  # the latest first
        years.reverse()
    tags = [_pick(draw, "", " (SIF)", " (ILACS)") for _ in years]
    lines = [sep.join(["Judgement", *(f"{y}{t}" for y, t in zip(years, tags, strict=True))])]
    keys: set[DatedRatingKey] = set()
    for label, judgement in rows:
        grades = [_two_grades(draw)[0][0] for _ in years]
        cells = [g.replace("_", " ").capitalize() + _pick(draw, "", "", "*") for g in grades]
        lines.append(sep.join([label, *cells[:-1], cells[-1].rstrip("*")]))
        keys |= {(a, g, judgement, str(y), y == top) for g, y in zip(grades, years, strict=True)}
    return f"Ofsted has published its report on {a}.\n\nTable 1: grades at the last inspections\n" + "\n".join(lines) + "\n", keys


#: Grades a headline says were lost, as written.
_LOST: Final[tuple[tuple[Grade, str], ...]] = (("good", "'good'"), ("outstanding", "'outstanding'"), ("good", "\u2018good\u2019"))


#: Frames of this module, by phenomenon.
def _inspection_opening(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A sentence opened by its inspection's date ("Then, at a standard inspection in June
    2022, ...") dates a part's grade in a later clause told in the past, "still" or not."""
    a = draw(authority_names())
    (g1, q1), (g2, q2) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    month = draw(st.sampled_from(MONTHS))
    lead = _pick(draw, f"Then, at a standard inspection in {month} {year},", f"At its inspection in {month} {year},",
                 f"In {month} {year},", f"Following a full inspection in {month} {year},")
    link = _pick(draw, "although", "while", "but")
    still = _pick(draw, "was still rated", "was rated", "was judged")
    return (f"{lead} Ofsted judged {a} {q1} overall, {link} help and protection {still} {q2}.",
            {(a, g1, "overall", str(year), True), (a, g2, "help_and_protection", str(year), True)})


def _when_last_inspected(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A new overall grade, then the parts' grades of the inspection before, opened by
    "When Ofsted last inspected ... in <year>,": of that year, and no longer held; and
    maybe a grade "two years before that": counted back from that year."""
    a = draw(authority_names())
    bare: list[Grade] = ["good", "adequate", "outstanding", "inadequate"]
    g0, g1 = draw(st.lists(st.sampled_from(bare), min_size=2, max_size=2, unique=True))
    q0, q1, q2 = g0, g1, g1  # bare words: a quoted one before "and <a part>" is read as that part's (a known gap)
    year, later = _years(draw, present, 2)
    lead = _pick(draw, f"When Ofsted last inspected {a} in {year},", f"When inspectors last visited the borough's services in {year},",
                 f"When Ofsted previously inspected its services in {year},")
    # with no dateline the new inspection states its year: the text's present
    news, when = ("after a full inspection", _now(present)) if present is not None else (f"after a full inspection in {later}", str(later))
    expected: set[DatedRatingKey] = {(a, g0, "overall", when, True), (a, g1, "help_and_protection", str(year), False),
                                     (a, g1, "children_in_care", str(year), False)}
    before = ""
    if draw(st.booleans()):  # "N years before that": counted back from the year just told, not from the dateline
        n, words = draw(st.sampled_from(((1, "A year"), (2, "Two years"), (3, "Three years"))))
        g3 = draw(st.sampled_from([g for g in bare if g != g0]))
        before = f" {words} before that, {a} was rated {g3} overall."
        expected.add((a, g3, "overall", str(year - n), False))
    return (f"{a}'s children's services have been rated {q0} {news}.\n\n{lead} it found safeguarding {q1} "
            f"and services for children in care {q2}.{before}", expected)


CLAUSE_DATE_FRAMES: Final[dict[str, DatedFrame]] = {
    "gapped_object": _gapped_object, "opening_date_two_councils": _opening_date_two_councils,
    "present_after_the_date": _present_after_the_date, "then_sequence": _then_sequence,
    "grades_of_judgements": _grades_of_judgements, "lost_in_a_headline": _lost_in_a_headline,
    "came_back_as": _came_back_as, "row_with_earlier_grade": _row_with_earlier_grade,
    "history_table": _history_table, "inspection_opening": _inspection_opening, "when_last_inspected": _when_last_inspected,
}
