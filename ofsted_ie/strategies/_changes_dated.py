"""Changes of grade whose earlier grade carries its own time, found by a slot sweep of
councils, grades, verbs, quote styles, years and datelines:

- the old grade's year between it and the new ("went from 'inadequate' in 2016 to
  'good'", "jumped two notches, going from ... in 2016 to ..."): the year is the old
  grade's alone, and the new grade is of the inspection the sentence dates before the
  change ("after its standard inspection in June 2022, going from ...") or the present;
- the old grade fronted with its year ("Outstanding in 2016, it now requires
  improvement to be good"): a grade no longer held, of that year;
- the old grade told as once held ("Once rated 'inadequate', Kent is now 'good'"): no
  longer current;
- the old grade recalled undated after the change ("When I joined we were rated
  'inadequate'"): no longer held;
- a part graded in the past in a later sentence of the paragraph, undated: the grade of
  the inspection that dated the change ("... at its inspection in June 2024, going from
  'good' to ... . The experiences of care leavers were judged inadequate.", "Inspectors
  rated help and protection good.", "Help and protection was outstanding too.");
- a grade dated by its sentence, then a change of the rating to another in a later
  paragraph: the dated grade is the one left;
- a leap told of the council as "a borough" or "a council that had been ..." under its
  heading line: the council's old grade, not councils in general.

The keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import MONTHS, authority_names
from ._dated import DatedFrame, DatedRatingKey, _now, _two_grades, _years
from ._draws import _pick


def _old_year_between(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"from <old> in <year> to <new>": the year is the old grade's."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    when = _pick(draw, f"in {year}", f"in {draw(st.sampled_from(MONTHS))} {year}", f"at its {year} inspection")
    lead = _pick(draw, f"{a} went", f"{a} has moved", f"{a} jumped two notches, going", f"{a} climbed,",
                 f"The council in {a} moved")
    return f"{lead} from {q_old} {when} to {q_new}.", {(a, old, "overall", str(year), False), (a, new, "overall", _now(present), True)}


def _event_before_change(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A dated inspection before the change: the new grade is of its date."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    y_old, y_new = _years(draw, present, 2)
    month = draw(st.sampled_from(MONTHS))
    kind = _pick(draw, "standard inspection", "short inspection", "inspection", "full inspection")
    verb = _pick(draw, "jumped two notches", "slipped a grade", "changed its grade", "was re-graded")
    text = f"{a} {verb} after its {kind} in {month} {y_new}, going from {q_old} in {y_old} to {q_new}."
    return text, {(a, old, "overall", str(y_old), False), (a, new, "overall", str(y_new), True)}


def _fronted_old(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """The old grade fronted with its year, the new one the main clause's."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    label = q_old[0].upper() + q_old[1:] if q_old[:1].isalpha() else q_old[0] + q_old[1].upper() + q_old[2:]
    subject = _pick(draw, "it", "the council")
    verb = _pick(draw, "is now rated", "is now judged", "has now been rated")
    lead = _pick(draw, f"{a} changed grade this year.", f"Ofsted has published a report on {a}.")
    return (f"{lead} {label} in {year}, {subject} {verb} {q_new}.",
            {(a, old, "overall", str(year), False), (a, new, "overall", _now(present), True)})


def _once_rated(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """"Once rated <old>, <council> is now <new>": the old grade is no longer held."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    verb = _pick(draw, "rated", "judged", "graded")
    return (f"Once {verb} {q_old}, {a} is now rated {q_new}.",
            {(a, old, "overall", None, False), (a, new, "overall", _now(present), True)})


def _leap_for_a_borough(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A heading line naming a council and its grade, then its old grade told of "a
    borough judged ..." or "a council that had been ...": the council's."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    told = _pick(draw, f"for a borough judged {q_old} in {year}", f"for a council that had been {q_old} since {year}",
                 f"for an authority rated {q_old} in {year}")
    # a bare "had been" needs the change told as one ("a step down"); a verb of rating shows itself
    leap = _pick(draw, "A step down", "A step up", "A move up") if "had been" in told else _pick(
        draw, "A two-grade leap", "A step down", "A one-grade move", "A change")
    return (f"{a} \u2013 {q_new}\nAnnounced this week. {leap} {told}.",
            {(a, old, "overall", str(year), False), (a, new, "overall", _now(present), True)})


def _recalled_before_a_change(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A change to a new grade, then a speaker recalling the old one undated ("When I
    joined we were rated 'inadequate'"): the change's new grade is the latest, the
    recalled one no longer held."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    up = _RANK.index(new) > _RANK.index(old)
    change = _pick(draw, f"{a}'s children's services have been {'lifted one rung' if up else 'moved down'} to {q_new}.",
                   f"Children's services in {a} have {'climbed' if up else 'slipped'} to {q_new}.",
                   f"{a} has moved to {q_new} after an Ofsted inspection.",
                   f"Ofsted has moved {a} to {q_new}.", f"{a}'s children's services have been rated {q_new} by Ofsted.")
    then = _pick(draw, "When I took this job", "When I joined", "When I arrived", "Back then", "At the time I started")
    post = _pick(draw, "Director of children's services Sam Roe", "The council's leader, Jo Bell,", "Cllr Ann Hale")
    return (f"{change}\n\n{post} said: \"{then} we were rated {q_old}, and morale was low. This is a big step.\"",
            {(a, old, "overall", None, False), (a, new, "overall", _now(present), True)})


def _paragraph_sub_judgement(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A change dated by its inspection, then a later sentence of the paragraph grading a
    part in the past with no date of its own: the part's grade is that inspection's."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    month = draw(st.sampled_from(MONTHS))
    parts: list[tuple[str, Judgement, str]] = [("The experiences of care leavers", "care_leavers", "were"),
                                               ("Help and protection", "help_and_protection", "was"),
                                               ("The impact of leaders", "leadership", "was")]
    part, judgement, verb = draw(st.sampled_from(parts))
    thirds: list[Grade] = ["inadequate", "good", "outstanding"]
    third = draw(st.sampled_from(thirds))
    q_third = third
    graded = _pick(draw, "judged", "rated", "also judged")
    told = draw(st.sampled_from((f"{part} {verb} {graded} {q_third}.",  # passive, active, or a past copula
                                 f"Inspectors rated {part[0].lower()}{part[1:]} {q_third}.",
                                 f"Inspectors {_pick(draw, 'judged', 'found')} {part[0].lower()}{part[1:]} to be {q_third}.",
                                 f"{part} {verb} {q_third} too.")))
    return (f"{a} moved at its inspection in {month} {year}, going from {q_old} to {q_new}. {told}",
            {(a, old, "overall", None, False), (a, new, "overall", str(year), True), (a, third, judgement, str(year), True)})


def _dated_then_changed(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade dated by its sentence, then in a later paragraph a change of the rating to
    another: the dated grade is the one left, no longer current."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    told = _pick(draw, f"When Ofsted inspected {a} in {year}, it was rated {q_old}.",
                 f"Some progress was seen when inspectors visited {a} in {year}, and it was rated {q_old}.")
    up = _RANK.index(new) > _RANK.index(old)
    change = (_pick(draw, f"Ofsted has now raised its rating to {q_new}.", f"{a} has since been upgraded to {q_new}.") if up
              else _pick(draw, f"{a} has since been downgraded to {q_new}.", f"{a} has now been downgraded to {q_new}."))
    return f"{told}\n\n{change}", {(a, old, "overall", str(year), False), (a, new, "overall", _now(present), True)}


#: The grades from worst to best.
_RANK: Final = ("inadequate", "requires_improvement", "adequate", "good", "outstanding")


#: Frames of this module, by phenomenon.
DATED_CHANGE_FRAMES: Final[dict[str, DatedFrame]] = {
    "old_year_between": _old_year_between, "event_before_change": _event_before_change, "fronted_old": _fronted_old,
    "once_rated": _once_rated, "leap_for_a_borough": _leap_for_a_borough,
    "recalled_before_a_change": _recalled_before_a_change, "paragraph_sub_judgement": _paragraph_sub_judgement,
    "dated_then_changed": _dated_then_changed,
}
