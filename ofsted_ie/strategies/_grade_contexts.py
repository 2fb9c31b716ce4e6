"""What the words around a grade say of it, found by a slot sweep of councils, grades,
quote styles and years:

- a feeling about a grade given ("We are delighted to be rated 'good'", "proud to be
  judged outstanding"): the speaker's council's grade, not a hope;
- the same grade as before ("rated 'good' in 2018, the same as at its previous
  inspection"): current, not superseded;
- an event dated before a grade that it gave ("had been rated 'good' before the
  inspection in 2016 found it 'inadequate'", "until an inspection in May 2016 rated it"):
  the later grade is of the event's date and current, the earlier one neither.

Negatives: a grade avoided or missed ("narrowly avoided an 'inadequate' rating",
"missed out on an outstanding rating"), and an unnamed neighbour's grade ("while its
neighbour was judged 'inadequate'"), give the council no such rating.

The keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import authority_names
from ._dated import DatedFrame, DatedRatingKey, _now, _two_grades, _years
from ._draws import _grade, _pick


def _feeling(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A council named, then its director's feeling about the grade: the council's current grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    feeling = _pick(draw, "delighted", "pleased", "proud", "thrilled", "disappointed")
    verb = _pick(draw, "rated", "judged", "graded")
    mark = _pick(draw, '"', "\u201c")
    close = "\u201d" if mark == "\u201c" else '"'
    text = (f"{a} Council published its inspection report on Tuesday.\n\n"
            f"Its director, Jane Holloway, said: {mark}We are {feeling} to be {verb} {q}.{close}")
    return text, {(a, grade, "overall", _now(present), True)}


def _same_as_before(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated grade "the same as at its previous inspection": current, of its year."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    same = _pick(draw, "the same as at its previous inspection", "the same grade as at its previous inspection",
                 "as it was at its last inspection")
    return f"{a} Council was rated {q} in {year}, {same}.", {(a, grade, "overall", str(year), True)}


def _event_graded(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """An earlier grade, then a dated event that gave a new one: the new one is the event's."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    when = _pick(draw, f"in {year}", f"in May {year}", f"in the spring of {year}")
    lead = draw(st.sampled_from([f"{a} Council had been rated {q_old} before", f"{a} Council was rated {q_old} until"]))
    event = _pick(draw, "the inspection", "an inspection", "a full inspection")
    verb = _pick(draw, "found it", "rated it", "judged it to be", "found its services to be")
    return f"{lead} {event} {when} {verb} {q_new}.", {(a, old, "overall", None, False), (a, new, "overall", str(year), True)}


def _avoided(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade avoided or missed, then the one given: only the one given."""
    a = draw(authority_names())
    (missed, q_missed), (grade, q) = _two_grades(draw)
    verb = _pick(draw, "narrowly avoided", "avoided", "escaped", "missed out on")
    article = "an" if q_missed.strip("'\"\u2018\u201c").lower()[0] in "aeiou" else "a"
    (year,) = _years(draw, present, 1)
    return (f"{a} Council {verb} {article} {q_missed} rating and was judged {q} in {year}.",
            {(a, grade, "overall", str(year), True)})


def _neighbour(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A council's grade, then an unnamed neighbour's: only the council's."""
    a = draw(authority_names())
    (grade, q), (_, q_other) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    other = _pick(draw, "its neighbour", "its nearest neighbour", "neighbouring councils")
    verb = "were" if other.endswith("councils") else "was"
    return f"{a} Council was rated {q} in {year}, while {other} {verb} judged {q_other}.", {(a, grade, "overall", str(year), True)}


#: Frames of this module, by phenomenon.
GRADE_CONTEXT_FRAMES: Final[dict[str, DatedFrame]] = {
    "feeling": _feeling, "same_as_before": _same_as_before, "event_graded": _event_graded,
    "avoided": _avoided, "neighbour": _neighbour,
}
