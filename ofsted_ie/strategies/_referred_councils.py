"""Councils a grade is given to that its clause refers to rather than names, found by a
slot sweep of two or three councils, grades and quote styles:

- the councils a count named by the next sentence ("Three councils were rated 'good'.
  They were A, B and C.");
- the councils an earlier sentence lists, referred back to ("A, B and C were inspected
  in May. Each of the three authorities was rated 'good'.", "Both were judged ...");
- a council added after the grade ("A was rated 'good', as was B"; "as were B and C";
  "and so was B"; "; so too were B and C")
  or joined to the subject ("A joined B in being rated 'good'");
- a subject referring back ("The council", "It") to the council named before, not to one
  named after the grade in a clause of its own ("..., when it shared services with B");
- councils named in a relative clause of the subject ("A, which shares a director with
  B, was rated ..."): the subject's grade alone;
- a council that took over from one abolished before the text's date ("A took over from
  B County Council in 2023. The council was rated ..."): A's, but B's in a text dated
  before the change.

Negatives: a count of councils no sentence names gives no council the grade; a grade in a
relative clause of another council after "Both" is that council's alone.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, RatingKey
from ._draws import Frame, _grade, _pick
from ._mentions import _councils, _listed

_NUMBERS: Final = {2: "Two", 3: "Three", 4: "Four"}


def _count_then_named(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A count given a grade, then a sentence naming the councils: each of them."""
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw, quoted_ri=True)
    noun = _pick(draw, "councils", "local authorities", "authorities")
    lead = _pick(draw, "They were", "These were", "They included", "The councils were")
    return f"{_NUMBERS[len(names)]} {noun} were rated {q} this year. {lead} {_listed(names)}.", {
        (n, grade, "overall", True) for n in names}


def _referred_back(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Councils listed as a subject, then referred back to as the next sentence's: each of them."""
    names = _councils(draw, 2, 3)
    grade, q = _grade(draw, quoted_ri=True)
    if len(names) == 2:
        subject = _pick(draw, "Both", "Both councils", "Both of the councils", "They")
    else:
        subject = _pick(draw, "Each of the three authorities", "All three", "Each of the three councils", "They")
    verb = "was" if subject.startswith("Each") else "were"
    first = _pick(draw, "were inspected in May", "were visited by inspectors last year", "had new directors in 2017")
    return f"{_listed(names)} {first}. {subject} {verb} {_pick(draw, 'rated', 'judged')} {q}.", {
        (n, grade, "overall", True) for n in names}


def _as_was(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A council's grade, then "as was" (or "so was") one or two more councils: the grade is each's."""
    first, *more = _councils(draw, 2, 3)
    grade, q = _grade(draw, quoted_ri=True)
    verb = "was" if len(more) == 1 else "were"
    when = _pick(draw, "", " in 2016", " this year")
    link = _pick(draw, f", as {verb}", f", and so {verb}", f" and so {verb}", f"; so too {verb}")
    return f"{first} Council was rated {q}{when}{link} {_listed(more)}.", {
        (n, grade, "overall", True) for n in (first, *more)}


def _joined(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A council "joined" another in being given a grade: both."""
    a, b = _councils(draw, 2, 2)
    grade, q = _grade(draw, quoted_ri=True)
    verb = _pick(draw, "joined", "joins")
    return f"{a} {verb} {b} in being rated {q}.", {(a, grade, "overall", True), (b, grade, "overall", True)}


def _count_unnamed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A count given a grade and no sentence naming its councils: no rating (a council
    named in another role stays unrated)."""
    (a,) = _councils(draw, 1, 1)
    _, q = _grade(draw, quoted_ri=True)
    return f"Three councils were rated {q} this year. {a} Council's director said the results were mixed.", set()


def _relative_of_another(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"Both" referring back, then a grade in a relative clause of a third council: that
    council's alone ("A and B were inspected. Both work with C, which is rated 'good'")."""
    a, b, c = _councils(draw, 3, 3)
    grade, q = _grade(draw, quoted_ri=True)
    return (f"{a} and {b} were inspected in May. Both work closely with {c}, which is one of 29 councils rated {q}.",
            {(c, grade, "overall", True)})


def _referring_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A sentence whose subject refers back ("The council", "It", "In 2016, the authority")
    given a grade, another council named only after it in a clause of its own ("when its
    services were shared with B"): the grade is the council named before's; B, given a
    grade of its own, keeps it."""
    a, b = _councils(draw, 2, 2)
    grade, q = _grade(draw, quoted_ri=True)
    other, oq = _grade(draw, quoted_ri=True)
    subject = _pick(draw, "The council", "It", "The authority", "In 2016, the council", "Its children's services")
    verb = "were" if subject.startswith("Its") else "was"
    tail = _pick(draw, f"when its services were run jointly with {b}", f"before it began sharing a director with {b}",
                 f"a year after {b} took over its adoption service", f"while {b} was rated {oq}")
    keys: set[RatingKey] = {(a, grade, "overall", True)}
    if tail.startswith("while"):
        keys.add((b, other, "overall", True))
    return f"{a} published its improvement plan this year. {subject} {verb} rated {q}, {tail}.", keys


def _council_in_relative(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Other councils named in a relative clause of the subject ("Kent, which shares a
    director with Medway, was rated good"): the grade is the subject's alone."""
    a, *others = _councils(draw, 2, 3)
    grade, q = _grade(draw, quoted_ri=True)
    clause = _pick(draw, "which shares a director with {o}", "which has worked closely with {o}",
                   "whose services are run by a trust on behalf of both {a} and {o}", "which took over from {o}")
    subject = _pick(draw, f"{a}", f"{a} Council", f"{a}'s children's services")
    verb = "were" if subject.endswith("services") else "was"
    text = f"{subject}, {clause.format(a=a, o=_listed(others))}, {verb} rated {q} in an inspection in May."
    return text, {(a, grade, "overall", True)}


def _reorganisations() -> list[tuple[str, str, int]]:
    """Councils abolished in a reorganisation (their name not continued), each successor
    of their region begun the day after, and the year they ended: from the bundled gazetteer."""
    from ..gazetteer import load_gazetteer

    entries = load_gazetteer().entries
    continued = {e.name for e in entries if e.active_to is None}  # "Dorset": a new council of the old name
    return sorted({(old.name, new.name, old.active_to.year) for old in entries if old.active_to is not None and old.name not in continued
                   for new in entries if new.active_from is not None and new.region == old.region and new.name != old.name
                   and (new.active_from - old.active_to).days == 1})


def _successor_referred(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A council that took over from one abolished before the text's date, the old one
    named last, then "The council" or "It" given a grade: the successor's (the council
    before is no antecedent once its successor is named)."""
    old, new, year = draw(st.sampled_from(_reorganisations()))
    grade, q = _grade(draw, quoted_ri=True)
    took = _pick(draw, f"took over children's services from {old} County Council in {year + 1}",
                 f"was created in {year + 1}, when {old} County Council was abolished",
                 f"replaced {old} County Council in April {year + 1}")
    subject = _pick(draw, "The council", "It", "The new council", "The authority")
    return (f"Carlisle, 3 June {year + 2}\n\n{new} Council {took}. {subject} was rated {q} by Ofsted this week.",
            {(new, grade, "overall", True)})


def _predecessor_before(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The same, told before the reorganisation (the text dated while the old council
    stood): "The council" is the old one."""
    old, new, year = draw(st.sampled_from(_reorganisations()))
    grade, q = _grade(draw, quoted_ri=True)
    return (f"Carlisle, 3 June {year - 1}\n\n{new} Council will take over children's services from {old} County Council "
            f"in {year + 1}. The council was rated {q} by Ofsted this week.", {(old, grade, "overall", True)})


#: Frames of this module, by phenomenon (``count_unnamed`` and ``relative_of_another`` negatives).
REFERRED_COUNCIL_FRAMES: Final[dict[str, Frame]] = {
    "count_then_named": _count_then_named, "referred_back": _referred_back, "as_was": _as_was,
    "joined": _joined, "count_unnamed": _count_unnamed, "relative_of_another": _relative_of_another,
    "referring_subject": _referring_subject, "council_in_relative": _council_in_relative,
    "successor_referred": _successor_referred, "predecessor_before": _predecessor_before,
}


@st.composite
def referred_councils(draw: st.DrawFn, phenomenon: str) -> Generated:
    """A text of ``phenomenon`` and the ratings it states."""
    text, keys = REFERRED_COUNCIL_FRAMES[phenomenon](draw)
    return Generated(text, ratings=frozenset(keys))
