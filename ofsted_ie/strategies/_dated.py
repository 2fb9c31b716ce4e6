"""Ratings with the date a careful reader gives each: a year of another event in the
sentence or paragraph (a grade since superseded, a founding, an earlier inspection) is
not a present grade's (P9), and a grade named as history ("since being rated", "after
two ... judgements") is not current (P10). Each frame draws a council, grades, years,
a word order, and a dateline or none.

The keys are ``(authority, grade, judgement, when, current)``, ``when`` the year a
careful reader gives (``None`` when the text gives none): with a dateline a present
grade is of its year; without one, of the latest year the text states that dates no
grade since superseded and no other event, else of none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import attrs
from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import MONTHS, authority_names
from ._draws import _GRADES, _grade, _pick
from ._inspections import datelines

#: ``(authority, grade, judgement, year of when, current)``.
DatedRatingKey = tuple[str, Grade, Judgement, str | None, bool]


@attrs.frozen
class Dated:
    """A generated text, its dateline's year (or ``None``), and the dated ratings it states."""

    text: str
    ratings: frozenset[DatedRatingKey]
    reference: int | None = None


def _years(draw: st.DrawFn, present: int | None, n: int) -> list[int]:
    """``n`` distinct increasing years before the present (2008 to 2023 without one)."""
    top = (present - 1) if present is not None else 2023
    return sorted(draw(st.lists(st.integers(2008, top), min_size=n, max_size=n, unique=True)))


def _two_grades(draw: st.DrawFn) -> tuple[tuple[Grade, str], tuple[Grade, str]]:
    """Two different grades, each as written ("requires improvement" always quoted)."""
    old = _grade(draw, quoted_ri=True)
    new = _grade(draw, grades=tuple(g for g in _GRADES if g != old[0]), quoted_ri=True)
    return old, new


def _now(present: int | None) -> str | None:
    return None if present is None else str(present)


# -- P9: a year of another event -----------------------------------------------------------


def _superseded_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade since superseded, dated; the present grade after it, undated: the year
    is the old grade's."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    event = _pick(draw, "", " after a critical report", " amid a crisis")
    text = _pick(draw,
                 f"{a}, rated {oq} in {y}{event}, is now {nq}.",
                 f"{a} was rated {oq} in {y}{event}. It is now rated {nq}.",
                 f"{a} Council, which was judged {oq} in {y}, has been rated {nq}.",
                 f"Children's services in {a} are now {nq}. They were rated {oq} in {y}.")
    return text, {(a, old, "overall", str(y), False), (a, new, "overall", _now(present), True)}


def _same_as_before(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade, then "the same rating it received in" a year, or "as it was in" one: that
    year's is an earlier grade the same, no longer current; the present grade keeps its
    own date or none."""
    a = draw(authority_names())
    grade, q = _grade(draw)
    (y,) = _years(draw, present, 1)
    same = _pick(draw, f"the same rating it received in {y}", f"the same grade it was given in {y}", f"as it was in {y}")
    text = _pick(draw, f"{a} was rated {q}, {same}.", f"{a} Council has again been judged {q}, {same}.")
    return text, {(a, grade, "overall", str(y), False), (a, grade, "overall", _now(present), True)}


def _founding_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A body's founding or a person's appointment, dated, before an undated grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    verb = _pick(draw, "set up", "created", "formed", "founded", "established", "launched")
    text = _pick(draw,
                 f"The {a} children's trust, {verb} in {y}, was rated {q}.",
                 f"{a}'s children's trust, which was {verb} in {y}, has been rated {q} by Ofsted.",
                 f"The company that runs children's services for {a}, {verb} in {y}, has been judged {q}.",
                 f"Under a director appointed in {y}, {a} has been rated {q}.",
                 f"{a} has been rated {q}. Its children's trust was {verb} in {y}.",
                 f"{a} has been rated {q}. A trust took control of the council's department in {y}.",
                 f"{a} has been rated {q}, said its director, who started her role in {y}.",
                 f"{a} has been rated {q}. Its leaders, brought in during {y}, were praised.")
    return text, {(a, grade, "overall", _now(present), True)}


def _since_earlier_inspection(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade given at an earlier, dated inspection and the grade since: the year is
    the earlier one's."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    visit = _pick(draw, "last visit", "last inspection", "previous inspection")
    text = _pick(draw,
                 f"Since its {visit} in {y}, when it was rated {oq}, {a} has moved to {nq}.",
                 f"{a} has been rated {nq}, up from {oq} at the previous inspection in {y}.",
                 f"{a} has been rated {nq}. At its previous inspection in {y} it was judged {oq}.")
    return text, {(a, old, "overall", str(y), False), (a, new, "overall", _now(present), True)}


def _since_earlier_inspection_alone(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A period since an earlier, dated inspection, then the present grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    text = f"Since its previous inspection in {y}, {a} has improved and is now rated {q}."
    return text, {(a, grade, "overall", _now(present), True)}


def _at_earlier_inspection(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade given at an earlier, dated inspection, named first: it is that one's."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    kind = _pick(draw, "", "full ", "Ofsted ", "ILACS ", "full ILACS ")
    if draw(st.booleans()):  # after it: "rated good at its previous full inspection in 2019"
        return (f"{a} was rated {q} at its previous {kind}inspection in {y}.", {(a, grade, "overall", str(y), False)})
    lead = _pick(draw, f"In its previous {kind}inspection", f"At the previous {kind}inspection", "At its earlier inspection")
    return f"{lead} in {y}, {a} was rated {q}.", {(a, grade, "overall", str(y), False)}


def _relative_clause_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """An earlier grade and its year in a relative clause of the subject, the present grade
    after it ("Kent, which had been rated good as recently as 2017, was rated inadequate"):
    the year is the clause's grade's, not the present one's."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    verb = _pick(draw, "had been rated", "had been judged", "was rated", "was graded")
    when = _pick(draw, f"in {y}", f"as recently as {y}", f"at its last inspection in {y}", f"back in {y}")
    tail = _pick(draw, "was rated {q} by Ofsted", "has now been rated {q}", "was judged {q} this week")
    text = f"{a}, which {verb} {oq} {when}, {tail.format(q=nq)}."
    return text, {(a, new, "overall", _now(present), True), (a, old, "overall", str(y), False)}


# -- negatives: the year is the grade's own ------------------------------------------------


def _own_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """The grading clause's own date, in any order: "rated good in 2019", "In 2019, Kent
    was rated good", "the 2019 inspection rated it good", "inspected in 2019, was rated"."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    text = _pick(draw,
                 f"{a} was rated {q} in {y}.",
                 f"In {y}, {a} was rated {q}.",
                 f"The {y} inspection rated {a} {q}.",
                 f"{a}, which was inspected in {y}, was rated {q}.",
                 f"Ofsted inspected {a} in {y} and rated it {q}.")
    return text, {(a, grade, "overall", str(y), True)}


def _two_own_years(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Two grades, each with its own year."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    y1, y2 = _years(draw, present, 2)
    text = _pick(draw, f"{a} was rated {oq} in {y1} and {nq} in {y2}.",
                 f"{a} was rated {oq} in {y1}. In {y2}, it was rated {nq}.")
    return text, {(a, old, "overall", str(y1), False), (a, new, "overall", str(y2), True)}


def _listed_years(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """One grade given in a list of years: one rating per year, the last the present's
    when no later grade follows ("rated inadequate in 2011, 2013 and 2015")."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    years = _years(draw, present, draw(st.integers(2, 3)))
    listed = ", ".join(map(str, years[:-1])) + f" and {'again in ' if draw(st.booleans()) else ''}{years[-1]}"
    text = _pick(draw, f"{a} was rated {q} in {listed}.", f"This followed {q} Ofsted ratings for {a} in {listed}.")
    return text, {(a, grade, "overall", str(y), y == years[-1]) for y in years}


def _aside_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A year inside an aside between dashes is the aside's own ("- run by a trust since
    2015 -"), and "having spent seven years as 'inadequate'" names a grade left behind."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True, grades=("inadequate", "requires_improvement"))
    (y,) = _years(draw, present, 1)
    dash = draw(st.sampled_from(["-", "\u2013"]))
    aside = _pick(draw, f"run by an independent trust since {y}", f"overseen by a commissioner from {y}")
    n = draw(st.sampled_from(["seven", "three", "five"]))
    return (f"Children's services in {a} {dash} {aside} {dash} have improved, having spent {n} years as {q}.",
            {(a, grade, "overall", None, False)})


def _until_then_own(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A date after "until" ends what comes before it; the grade takes its own year."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    y1, y2 = _years(draw, present, 2)
    month = draw(st.sampled_from(MONTHS))
    return (f"The trust did not start work until {month} {y1} and Ofsted rated {a}'s services {q} once again in {y2}.",
            {(a, grade, "overall", str(y2), True)})


def _possessive_year_verdict(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """ "the council's 2015 'inadequate' verdict": the year before the label and its noun."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    y1, y2 = _years(draw, present, 2)
    noun = draw(st.sampled_from(["verdict", "rating", "judgement"]))
    return (f"A trust was formed after {a} Council's {y1} {oq} {noun}. In {y2}, it was rated {nq}.",
            {(a, old, "overall", str(y1), False), (a, new, "overall", str(y2), True)})


def _event_which(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A year before an event noun and a relative clause of it dates the clause's grade,
    not a grade before it: "rated X, with concerns after a 2013 inspection, in which ..."."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    which = draw(st.sampled_from(["in which", "at which"]))
    return (f"{a} had previously been rated {oq}, with concerns continuing after a {y} inspection, {which} it was "
            f"rated {nq}.", {(a, old, "overall", None, False), (a, new, "overall", str(y), True)})


# -- P10: a grade named as history ---------------------------------------------------------


def _since_rated(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """ "has improved since being rated as 'inadequate'": a past grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    dated = draw(st.booleans())
    how = _pick(draw, "since being rated", "since being rated as", "since it was judged", "since having been rated")
    text = f"{a} has made progress {how} {q}" + (f" in {y}." if dated else ".")
    return text, {(a, grade, "overall", str(y) if dated else None, False)}


def _earlier_event_clause(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A clause naming an earlier grading, after or before the present grade ("rated good
    in its first full inspection since being handed the lowest grade in 2016", "upgraded
    to good, having rated it inadequate in 2016"): the earlier grade is past and of its
    own year; the present one is not of that year."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    if draw(st.booleans()):  # the earlier grade as "the lowest grade": inadequate's
        new, nq = _grade(draw, grades=tuple(g for g in _GRADES if g != "inadequate"), quoted_ri=True)
        how = _pick(draw, "since being handed", "since being given", "after being awarded")
        return (f"{a} was rated {nq} in its first full inspection {how} the lowest grade in {y}.",
                {(a, new, "overall", _now(present), True), (a, "inadequate", "overall", str(y), False)})
    text = _pick(draw,
                 f"Ofsted rated {a} {nq} after a new inspection, having rated it {oq} in {y}.",
                 f"{a} was rated {nq} after its latest inspection, having been rated {oq} in {y}.",
                 f"{a} has been rated {nq}, some years after being rated {oq} in {y}.")
    return text, {(a, new, "overall", _now(present), True), (a, old, "overall", str(y), False)}


def _first_since(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"In its first inspection since 2019, Kent was rated good": the year is the earlier
    inspection's, not the grade's."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    text = _pick(draw, f"In its first inspection since {y}, {a} was rated {q}.",
                 f"{a} was rated {q} for the first time since {y}.",
                 f"{a} was judged {q} at its first full inspection since {y}.")
    return text, {(a, grade, "overall", _now(present), True)}


def _counted(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """ "after two 'inadequate' judgements": past grades."""
    a = draw(authority_names())
    grade, q = _grade(draw, grades=("inadequate", "requires_improvement"), quoted_ri=True)
    count = _pick(draw, "two", "three", "successive", "two consecutive", "two separate")
    noun = _pick(draw, "judgements", "ratings", "Ofsted judgments")
    lead = _pick(draw, f"{a} has improved after", f"{a}'s new director started in the spring. This followed")
    return f"{lead} {count} {q} {noun}.", {(a, grade, "overall", None, False)}


def _still_held(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade held since a year, or given last year: current."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    if present is not None and draw(st.booleans()):
        article = "an" if q.lstrip("'\"\u2018\u201c")[:1].lower() in "aeiou" else "a"
        return f"{a} was given {article} {q} rating last year.", {(a, grade, "overall", str(present - 1), True)}
    return f"{a} has been rated {q} since {y}.", {(a, grade, "overall", str(y), True)}


def _years_after_event(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A present grade "N years after" an event that is no grade: the event is past, the
    grade current; "N years after being rated X" makes X past instead; "N years after
    Ofsted rated them X" with no newer grade in the sentence leaves X held."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    n = _pick(draw, "two", "three", "four", "five")
    unit = _pick(draw, "years", "months")
    verb = _pick(draw, "has been rated", "have been classified as", "has been declared", "was judged")
    sep = _pick(draw, " -", ",", "")
    event = _pick(draw, "a minister stepped in", "a damning report",
                  "a run of critical letters", "its director resigned", "commissioners were sent in")
    if draw(st.booleans()):
        return f"{a}'s children's services {verb} {nq} by Ofsted{sep} {n} {unit} after {event}.", {
            (a, new, "overall", _now(present), True)}
    years = {"two": 2, "three": 3, "four": 4, "five": 5}[n]
    then = None if present is None else str(present - years)
    if draw(st.booleans()):  # no newer grade in the sentence: "debated, N years after Ofsted rated it X": X still held
        event = _pick(draw, "were debated in Parliament", "were discussed by councillors", "remain under scrutiny")
        return f"{a}'s children's services {event}, {n} years after Ofsted rated them {oq}.", {(a, old, "overall", then, True)}
    verb = _pick(draw, "has been rated", "has been declared", "was judged")
    return f"{a} {verb} {nq}{sep} {n} years after being rated {oq}.", {
        (a, new, "overall", _now(present), True), (a, old, "overall", then, False)}


def _turnaround_from_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A present grade, then a year and a when-clause holding an earlier grade after it
    ("judged good - a change from 2012 when it was judged inadequate"): the year is the
    earlier grade's only."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    verb = _pick(draw, "were judged to be", "have been rated", "were rated")
    filler = _pick(draw, "", ", putting it among the better councils in the region")
    sep = _pick(draw, " -", ",")
    change = _pick(draw, "a turnaround from", "a marked change from", "progress since")
    comma = _pick(draw, "", ",")
    text = f"All aspects of children's services in {a} {verb} {nq}{filler}{sep} {change} {y}{comma} when it was rated {oq}."
    return text, {(a, new, "overall", _now(present), True), (a, old, "overall", str(y), False)}


def _counted_since(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade "for the first time since" a year: the year is the earlier time's, and the
    grade the present's."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    nth = _pick(draw, "first", "second", "third")
    text = _pick(draw, f"{a} has been rated {q} for the {nth} time since {y}.",
                 f"Ofsted judged {a} {q}, its {nth} such rating since {y}.",
                 f"Children's services in {a} were rated {q} by inspectors for the {nth} time since {y}.")
    return text, {(a, grade, "overall", _now(present), True)}


def _deadline_year(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A deadline after a present grade ("must improve by 2021", "will stay until 2021")
    looks ahead: it is not the year the text speaks of."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    y = (present or 2019) + draw(st.integers(1, 3))
    later = _pick(draw, f"Commissioners will stay in {a} until {y}.", f"The council must complete its plan by {y}.",
                  f"A new case system is due in {y}.", f"Leaders expect to finish the work by the end of {y}.")
    return f"Children's services in {a} have been rated {q}. {later}", {(a, grade, "overall", _now(present), True)}


def _earlier_year_repeated(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A year named as an earlier inspection's, then repeated ("the 2016 inspection"), is
    still that event's: it dates no present grade, nor the inspection's whose report
    gives it."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (y,) = _years(draw, present, 1)
    first = _pick(draw, f"Since the previous inspection in {y}, practice in {a} has changed.",
                  f"{a} has made progress since its previous inspection in {y}.")
    second = _pick(draw, f"Most recommendations from the {y} inspection have been addressed.",
                   f"Leaders acted on the {y} report.")
    third = _pick(draw, f"Children's services are now rated {q}, the report of the inspection found.",
                  f"The service is now judged {q}, inspectors said.")
    return f"{first} {second} {third}", {(a, grade, "overall", _now(present), True)}


def _relative_past(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade dated "last year" or "two years ago" beside a present one: with no
    dateline to resolve it, it is still older than the present grade, so not current."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    back = draw(st.sampled_from([("last year", 1), ("two years ago", 2), ("three years ago", 3), ("last July", 1)]))
    rel, years = back
    then = None if present is None else str(present - years)
    text = _pick(draw, f"{a}, rated {oq} {rel}, is now rated {nq}.",
                 f"{a} has been rated {nq}. The council was judged {oq} {rel}.",
                 f"{a} is now rated {nq}, up from {oq} {rel}.")
    return text, {(a, old, "overall", then, False), (a, new, "overall", _now(present), True)}


def _held_for_years(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade held "for more than a decade" beside another present grade is the older
    one; alone, it is still held."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    span = _pick(draw, "for more than a decade", "for eight years", "for over a decade", "for nearly ten years")
    by = _pick(draw, " by Ofsted", "", " by inspectors")
    if draw(st.booleans()):
        return f"{a} has been rated {oq}{by} {span}.", {(a, old, "overall", _now(present), True)}
    text = (f"Children's services in {a} are now rated {nq}. It marks progress, as the services have been rated "
            f"{oq}{by} {span}.")
    return text, {(a, new, "overall", _now(present), True), (a, old, "overall", None, False)}


#: Judgements as news lists them after "overall and for".
_LISTED: Final[tuple[tuple[str, Judgement], ...]] = (
    ("help and protection", "help_and_protection"), ("care leavers", "care_leavers"),
    ("children in care", "children_in_care"), ("the impact of leaders", "leadership"))


def _overall_and_listed(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade overall and for listed judgements ("overall and for A, B and C", "overall,
    for A and for B"), then "up from" an earlier grade: the earlier one is the overall's."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (y,) = _years(draw, present, 1)
    listed = draw(st.lists(st.sampled_from(_LISTED), min_size=2, max_size=4, unique=True))
    words = [w for w, _ in listed]
    joined = _pick(draw, f"and for {', '.join(words[:-1])} and {words[-1]}", f", for {', for '.join(words[:-1])} and for {words[-1]}")
    text = f"Inspectors rated {a} {nq} overall{'' if joined.startswith(',') else ' '}{joined}, up from {oq} in {y}."
    now = _now(present)
    return text, {(a, new, "overall", now, True), *((a, new, j, now, True) for _, j in listed), (a, old, "overall", str(y), False)}


#: A phenomenon: draws its sentence given the present's year (``None`` without a
#: dateline) and returns the text and its dated ratings.
DatedFrame = Callable[[st.DrawFn, int | None], tuple[str, set[DatedRatingKey]]]

DATED_RATING_FRAMES: Final[dict[str, DatedFrame]] = {
    "superseded_year": _superseded_year, "founding_year": _founding_year, "same_as_before": _same_as_before,
    "since_earlier_inspection": _since_earlier_inspection,
    "since_earlier_inspection_alone": _since_earlier_inspection_alone,
    "at_earlier_inspection": _at_earlier_inspection, "own_year": _own_year, "two_own_years": _two_own_years,
    "listed_years": _listed_years, "aside_year": _aside_year, "until_then_own": _until_then_own,
    "possessive_year_verdict": _possessive_year_verdict, "event_which": _event_which,
    "since_rated": _since_rated, "counted": _counted, "still_held": _still_held,
    "years_after_event": _years_after_event, "turnaround_from_year": _turnaround_from_year,
    "counted_since": _counted_since, "deadline_year": _deadline_year, "earlier_year_repeated": _earlier_year_repeated,
    "relative_past": _relative_past, "held_for_years": _held_for_years,
    "earlier_event_clause": _earlier_event_clause, "first_since": _first_since,
    "relative_clause_year": _relative_clause_year, "overall_and_listed": _overall_and_listed,
}
#: Phenomena the library does not yet date right (each pinned by a strict xfail test).
DATED_RATING_FAILURES: Final[frozenset[str]] = frozenset()


@st.composite
def dated_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Dated:
    """A sentence or two of one of ``phenomena`` (``DATED_RATING_FRAMES``' names; by
    default all but the known failures), after a dateline or none."""
    names = sorted(set(DATED_RATING_FRAMES) - DATED_RATING_FAILURES if phenomena is None else phenomena)
    return dated_by(draw, DATED_RATING_FRAMES[draw(st.sampled_from(names))])


def dated_by(draw: st.DrawFn, frame: DatedFrame) -> Dated:
    """What ``frame`` writes, after a dateline or none."""
    present: int | None = None
    head = ""
    if draw(st.booleans()):
        line, day = draw(datelines())
        present, head = day.year, f"{line}\n\n"
    text, keys = frame(draw, present)
    return Dated(head + text, frozenset(keys), present)
