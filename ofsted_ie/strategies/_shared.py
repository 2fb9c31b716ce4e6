"""What a grade shares with the words around it, found by a slot sweep of councils,
grades, judgements, quote styles and dates through frames that give a grade:

- judgements coordinated before the grade ("In Rutland, the help and protection of
  children and adoption were rated 'good'") or added after its overall grade and date
  ("rated 'good' overall in 2018, and for leadership and adoption"): one rating each;
- a date after two coordinated grades ("Rutland and Bury were rated 'good' and
  'inadequate' respectively in 2018", "Rutland was rated good and Bury inadequate in
  2018"): both grades';
- the date of the inspection the sentence before states ("Ofsted inspected Rutland in
  May 2016. Inspectors rated its services 'good'."), or a list of judgements under it:
  the year of a grade given in the past tense without a date of its own.

- a second grade "with" a judgement after a rated one ("rated 'good' with outstanding
  leadership in 2018"): a rating of that judgement, and the date both grades';
- a headline that leaves out "is" between a council (or its services) and its grade
  ("Bury children's services inadequate, says Ofsted");
- a council whose name is also a word as the object of a verb ("Ofsted told Reading
  that its services were good", "gave Bury a 'good' rating").

Negatives: a grade said in the present tense after a dated inspection ("It is now rated
'good'") is the present's; a monitoring visit stated before dates no grade; an ordinary
adjective after "with" ("with good practice") or in a headline ("Good news for Bury").

The keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from hypothesis import strategies as st

from ..records import Judgement
from ._base import MONTHS, authority_names
from ._dated import Dated, DatedFrame, DatedRatingKey, _now, _two_grades, _years, dated_by
from ._draws import _grade, _pick
from ._events_swept import WORD_COUNCILS

#: Judgements as a list item is written, "the" and "of children" included.
_ITEMS: Final[dict[Judgement, tuple[str, ...]]] = {
    "help_and_protection": ("the help and protection of children", "help and protection for children",
                            "children who need help and protection", "child protection"),
    "children_in_care": ("children in care", "looked-after children", "those in care"),
    "care_leavers": ("care leavers", "services for care leavers"),
    "adoption": ("adoption", "adoption services"),
    "leadership": ("leadership", "leadership and management", "the impact of leaders"),
}


def _items(draw: st.DrawFn, low: int = 2, high: int = 3) -> tuple[str, list[Judgement]]:
    """``low`` to ``high`` judgements written as a list ("A, B and C")."""
    judgements: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_ITEMS)), min_size=low, max_size=high, unique=True))
    names = [draw(st.sampled_from(_ITEMS[j])) for j in judgements]
    if len(names) == 1:
        return names[0], judgements
    last = _pick(draw, " and ", ", and ") if len(names) > 2 else " and "  # the serial comma before a third item
    return ", ".join(names[:-1]) + last + names[-1], judgements


def _year_phrase(draw: st.DrawFn, year: int) -> str:
    """A date of ``year``: "in 2016", "in May 2016", "on 4 May 2016"."""
    month = draw(st.sampled_from(MONTHS))
    return _pick(draw, f"in {year}", f"in {month} {year}", f"on {draw(st.integers(2, 28))} {month} {year}")


def _listed_before(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Judgements coordinated before the grade or after "for": one rating each."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    listed, judgements = _items(draw)
    (year,) = _years(draw, present, 1)
    when = _year_phrase(draw, year)
    if draw(st.booleans()):  # the list as a verb's object before "as": two items (an object is short)
        listed, judgements = _items(draw, high=2)
        return f"Ofsted graded {listed} in {a} as {q} {when}.", {(a, grade, j, str(year), True) for j in judgements}
    text = draw(st.sampled_from([
        f"In {a}, {listed} were {_pick(draw, 'all ', 'each ', '')}rated {q} {when}.",
        f"{a} Council was judged {q} for {listed} {when}.",
    ]))
    return text, {(a, grade, j, str(year), True) for j in judgements}


def _overall_and_for(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Judgements added after the overall grade and its date: the overall one and each."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    listed, judgements = _items(draw, low=1)
    (year,) = _years(draw, present, 1)
    when = _year_phrase(draw, year)
    joiner = _pick(draw, ", and for", " and for", ", as well as for", " and also for")
    text = f"{a} was rated {q} overall {when}{joiner} {listed}."
    return text, {(a, grade, j, str(year), True) for j in ["overall", *judgements]}


def _paired_date(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Two councils' grades coordinated, a date after both: both grades'."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    (g1, q1), (g2, q2) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    when = _year_phrase(draw, year)
    text = draw(st.sampled_from([
        f"{a} and {b} were rated {q1} and {q2}{_pick(draw, ' respectively', '')} {when}.",
        f"{a} was rated {q1} and {b} {q2} {when}.",
    ]))
    return text, {(a, g1, "overall", str(year), True), (b, g2, "overall", str(year), True)}


#: Statements of an inspection and its date (``{a}`` the council, ``{when}`` the date).
_INSPECTED: Final = (
    "Ofsted inspected {a} Council {when}.", "Inspectors carried out a full inspection of {a} {when}.",
    "The inspection of {a}'s children's services took place {when}.", "{a} Council was inspected {when}.",
)
#: A grade given in the past tense, undated (``{q}`` the grade as written).
_GRADED_THEN: Final = (
    "Inspectors rated the council {q}.", "The council was judged {q}.", "Its children's services were graded {q}.",
    "Inspectors judged its services to be {q}.", "Ofsted rated the local authority {q} overall.",
)


def _inspection_before(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated inspection, then its grade in the past tense with no date: the inspection's year."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    first = draw(st.sampled_from(_INSPECTED)).format(a=a, when=_year_phrase(draw, year))
    return f"{first} {draw(st.sampled_from(_GRADED_THEN)).format(q=q)}", {(a, grade, "overall", str(year), True)}


def _rows_under_inspection(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated inspection, then its judgements listed a line each: the inspection's year."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    judgements: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_ITEMS)), min_size=2, max_size=4, unique=True))
    (year,) = _years(draw, present, 1)
    first = draw(st.sampled_from(_INSPECTED)).format(a=a, when=_year_phrase(draw, year))
    bullet = _pick(draw, "- ", "* ", "\u2022 ")
    rows = "\n".join(f"{bullet}{draw(st.sampled_from(_ITEMS[j])).capitalize()}: {q}" for j in judgements)
    lead = _pick(draw, "Its judgements were:", "The grades:", "Inspectors graded:")
    return f"{first} {lead}\n\n{rows}", {(a, grade, j, str(year), True) for j in judgements}


def _present_after_inspection(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated inspection, then a grade in the present tense: the present's, not the inspection's."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    first = draw(st.sampled_from(_INSPECTED)).format(a=a, when=_year_phrase(draw, year))
    then = _pick(draw, "It is now rated {q}.", "The council has been rated {q}.", "Its services are now {q}.").format(q=q)
    return f"{first} {then}", {(a, grade, "overall", _now(present) or str(year), True)}


def _visit_before(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated monitoring visit, then a grade in the past tense: the visit gives no grade,
    so not its date (with a dateline, the present's)."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    first = f"Ofsted made a monitoring visit to {a} Council {_year_phrase(draw, year)}."
    return f"{first} The council was rated {q}.", {(a, grade, "overall", _now(present) or str(year), True)}


def _with_judgement(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A rated grade, then "with" a grade and a judgement, then a date: two ratings of that date."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    other, word = _grade(draw, bare=True, grades=("outstanding", "good", "inadequate"))
    judgement: Judgement = draw(st.sampled_from(["leadership", "adoption", "care_leavers", "children_in_care"]))
    named = draw(st.sampled_from(_ITEMS[judgement][:2]))
    (year,) = _years(draw, present, 1)
    comma = _pick(draw, ", with", " with")
    end = ", " if comma.startswith(",") else " "
    text = f"{a} Council was rated {q}{comma} {word.lower()} {named}{end}{_year_phrase(draw, year)}."
    return text, {(a, grade, "overall", str(year), True), (a, other, judgement, str(year), True)}


def _with_practice(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"With" an ordinary adjective and noun after a rated grade: the one rating."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    noun = _pick(draw, "good practice", "good morale", "outstanding examples of practice")
    return f"{a} Council was rated {q} with {noun} {_year_phrase(draw, year)}.", {(a, grade, "overall", str(year), True)}


def _headline(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A headline with "is" left out, then a line of text: the council's current grade."""
    a = draw(authority_names())
    grade, label = _grade(draw, bare=True, grades=("outstanding", "good", "inadequate"))
    subject = _pick(draw, a, f"{a} Council", f"{a} children's services", f"{a}'s children's services")
    source = _pick(draw, ", says Ofsted", ", Ofsted finds", ", rules Ofsted", "")
    head = _pick(draw, "", "Ofsted: ") if not source else ""
    body = _pick(draw, "The report was published on Tuesday.", "Inspectors spent two weeks at the council.")
    return f"{head}{subject} {label.lower()}{source}\n\n{body}", {(a, grade, "overall", _now(present), True)}


def _word_council_object(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A council whose name is a word as a verb's object before "that" or "a": the council's grade."""
    a = draw(st.sampled_from(WORD_COUNCILS))
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    text = draw(st.sampled_from([
        f"In {year} Ofsted told {a} that its services were {q}.",
        f"Ofsted gave {a} {'an' if q.strip(chr(39) + chr(34)).lower()[0] in 'aeiou' else 'a'} {q} rating in {year}.",
    ]))
    return text, {(a, grade, "overall", str(year), True)}


#: Frames of this module, by phenomenon.
SHARED_FRAMES: Final[dict[str, DatedFrame]] = {
    "listed_before": _listed_before, "overall_and_for": _overall_and_for, "paired_date": _paired_date,
    "inspection_before": _inspection_before, "rows_under_inspection": _rows_under_inspection,
    "present_after_inspection": _present_after_inspection, "visit_before": _visit_before,
    "with_judgement": _with_judgement, "with_practice": _with_practice, "headline": _headline,
    "word_council_object": _word_council_object,
}


@st.composite
def shared_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Dated:
    """A sentence or two of one of ``phenomena`` (all of ``SHARED_FRAMES`` by default),
    after a dateline or none."""
    return dated_by(draw, SHARED_FRAMES[draw(st.sampled_from(sorted(phenomena or SHARED_FRAMES)))])
