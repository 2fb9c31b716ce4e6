"""An event named by its kind, then referred back to by a plain definite noun: "a joint
targeted area inspection ... The report said the inspection had ...", "A monitoring
inspection of X ... during the visit, inspectors ..." (each kind under any of its names);
the counterpart, a full inspection named after a visit of another kind, which is an
event of its own; and an inspection told by the inspectors' grading in a clause of its own
("in 2016, when inspectors judged it 'inadequate'"), not by what they do in general."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import InspectionKind
from ._base import InspectionKey, authority_names, grades_as_written
from ._visits_told import _dated

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]

#: Each kind of event other than an inspection, under the names articles give it.
_NAMED_KINDS: Final[tuple[tuple[str, InspectionKind], ...]] = (
    ("joint targeted area inspection", "jtai"), ("Joint Targeted Area Inspection (JTAI)", "jtai"), ("JTAI", "jtai"),
    ("monitoring visit", "monitoring_visit"), ("monitoring inspection", "monitoring_visit"),
    ("focused visit", "focused_visit"), ("focused inspection", "focused_visit"),
)
#: Sentences that refer back to the event with a plain definite noun.
_REFERRED: Final = (
    "The report said the inspection had found real strengths in the front door.",
    "During the inspection, inspectors looked at the work of the front door.",
    "On the evidence of the visit, inspectors listed several strengths.",
    "Leaders said the visit had been a useful check on progress.",
    "Inspectors said the inspection found managers had a realistic view of practice.",
    "A written statement of action was produced in response to the inspection.",
)
_FINDINGS: Final = ("found some progress", "looked at the front door", "praised the partnership", "raised concerns")


def _named_then_referred(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A visit of a named kind, then one or two sentences that refer to it as "the
    inspection" or "the visit": one event, of the named kind."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    name, kind = draw(st.sampled_from(_NAMED_KINDS))
    article = "An" if name[0] in "AEIOUaeiou" else "A"
    first = draw(st.sampled_from([
        f"{article} {name} of {a}'s children's services {d} {draw(st.sampled_from(_FINDINGS))}.",
        f"The {name} in {a} {d} {draw(st.sampled_from(_FINDINGS))}.",
        f"{a} Council has published the findings of the {name} carried out {d}.",
    ]))
    after = draw(st.lists(st.sampled_from(_REFERRED), min_size=1, max_size=2, unique=True))
    return " ".join([first, *after]), {(a, kind, when, None)}


def _full_inspection_after(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A visit of a named kind, then a full inspection of the same council in another
    year: two events (the adjective, or the plain inspection's own date, makes the
    second no reference back)."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    name, kind = draw(st.sampled_from(_NAMED_KINDS))
    year = draw(st.integers(2009, ref.year - 1).filter(lambda y: str(y) != when[:4]))
    full = draw(st.sampled_from(["full inspection", "standard inspection", "ILACS inspection", "inspection"]))
    text = (f"The {name} of {a} {d} {draw(st.sampled_from(_FINDINGS))}. "
            f"The {full} in {year} had found widespread failings.")
    return text, {(a, kind, when, None), (a, "inspection", f"{year}", None)}


def _when_inspectors_graded(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection told by the inspectors' grading in a clause of its own ("in May
    2016 when inspectors judged it 'inadequate'", "after Ofsted's inspectors rated the council"): an inspection, dated by the clause."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    _, grade = draw(grades_as_written())
    who = draw(st.sampled_from(["inspectors", "Ofsted inspectors", "Ofsted", "Ofsted's inspectors"]))
    verb = draw(st.sampled_from(["branded", "rated", "judged", "graded", "declared"]))
    obj = draw(st.sampled_from(["it", "its services", "the council", "its children's services"]))
    return draw(st.sampled_from([
        f"{a} Council was placed under a commissioner {d} when {who} {verb} {obj} {grade}.",
        f"{a} Council set up an improvement board after {who} {verb} {obj} {grade} {d}.",
        f"The turnaround in {a} began {d}, when {who} {verb} {obj} {grade} and a new director arrived.",
    ])), {(a, "inspection", when, None)}


#: Phrasings of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
REFERRED_EVENT_PHENOMENA: Final[dict[str, _Frame]] = {
    "named_then_referred": _named_then_referred, "full_inspection_after": _full_inspection_after,
    "when_inspectors_graded": _when_inspectors_graded,
}


def _when_inspectors_grade(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """What follows in general when inspectors grade a council (present tense): no event."""
    a = draw(authority_names())
    _, grade = draw(grades_as_written())
    verb = draw(st.sampled_from(["rate", "judge", "brand", "grade"]))
    return draw(st.sampled_from([
        f"When inspectors {verb} a council {grade}, a commissioner is sent in, {a}'s director explained.",
        f"Councils such as {a} face intervention after inspectors {verb} them {grade}.",
    ])), set()


def _years_after_grading(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A grading placed only by its distance from a later grade ("three years after
    inspectors had judged its services good"): no event the text dates."""
    a, year = draw(authority_names()), draw(st.integers(2009, ref.year - 1))
    _, grade = draw(grades_as_written())
    span = draw(st.sampled_from(["three years", "two years", "18 months", "a few months"]))
    verb = draw(st.sampled_from(["had judged", "rated", "had branded"]))
    return f"{a} was rated inadequate in {year}, only {span} after inspectors {verb} its services {grade}.", set()


#: Negatives of this module (part of ``NON_INSPECTION_PHENOMENA``).
NOT_REFERRED_EVENT_PHENOMENA: Final[dict[str, _Frame]] = {
    "when_inspectors_grade": _when_inspectors_grade, "years_after_grading": _years_after_grading,
}
