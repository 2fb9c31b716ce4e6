"""Inspections a slot sweep of councils, kinds, ordinals and date forms found misread:

- an event whose verb of occurrence comes after a clause of another event ("The third
  monitoring visit to Kent since it was judged inadequate took place in May 2016"): the
  date after "took place" is the visit's, not the grade's;
- a bare "visit" to a council whose clause says what it focused on ("A visit to Kent in
  March 2016 focused on children in need"): a focused visit, though no inspector is named;
- a council whose name is also a word ("Bury", "Reading") before a date range ("between
  2 and 13 May 2016", "from 2 to 13 May 2016"): the council;
- a monitoring visit's count after a dash or as a predicate ("- the fifth since it was
  judged inadequate", "was the fifth since ..."): its ordinal (not "the first council to").

Negatives: a police force's inspection ("The police force in Kent was inspected in May
2016"), a visit by someone else that focused on something ("A visit to Kent by the
children's minister ... focused on ...").

The keys hold the year of ``when``: the contract scores inspections by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Final

from hypothesis import strategies as st

from .._vocab import ORDINALS
from ..gazetteer import _WORD_NAMES, canonical_name
from ._base import MONTHS, Generated, InspectionKey, authority_names
from ._draws import _pick
from ._inspections import datelines

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]
_ORDINALS: Final = tuple(ORDINALS.items())[:7]  # "first" to "seventh"
#: Councils whose names are also words, as the gazetteer names them (its list of such names).
WORD_COUNCILS: Final = tuple(sorted(n for n in _WORD_NAMES if canonical_name(n) == n))


def _dated(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    """A date before the dateline's year, in a form articles use, and its year."""
    year = draw(st.integers(2009, ref.year - 1))
    month = draw(st.sampled_from(MONTHS))
    lo, hi = draw(st.integers(2, 9)), draw(st.integers(12, 26))
    season = draw(st.sampled_from(["spring", "summer", "autumn"]))
    return draw(st.sampled_from([
        f"in {month} {year}", f"between {lo} and {hi} {month} {year}", f"from {lo} to {hi} {month} {year}",
        f"in {season} {year}", f"in the {season} of {year}", f"in early {year}", f"in late {year}", f"in {year}",
    ])), str(year)


def _took_place_after_clause(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An ordinal visit, a clause of the grade it follows, then "took place" and its date."""
    a = draw(authority_names())
    word, n = draw(st.sampled_from(_ORDINALS))
    d, year = _dated(draw, ref)
    lead = draw(st.sampled_from(["Ofsted's", "The", "Inspectors'"]))
    since = draw(st.sampled_from(["since it was judged inadequate", "since the council was rated inadequate",
                                  "since its services were found to be inadequate"]))
    verb = draw(st.sampled_from(["took place", "was carried out", "happened"]))
    return f"{lead} {word} monitoring visit to {a} Council {since} {verb} {d}.", {(a, "monitoring_visit", year, n)}


def _focused_bare_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A bare visit to a council whose clause says what it focused on: a focused visit."""
    a = draw(authority_names())
    d, year = _dated(draw, ref)
    to = draw(st.sampled_from([a, f"{a} Council", f"{a} Council's children's services"]))
    topic = draw(st.sampled_from(["children in need", "care leavers", "the front door", "children subject to a plan"]))
    return draw(st.sampled_from([
        f"A visit to {to} {d} focused on {topic}.",
        f"The visit to {to} {d} focused on {topic}.",
        f"A visit to {to} {d} was focused on {topic}.",
    ])), {(a, "focused_visit", year, None)}


def _word_council_range(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A council whose name is a word before a date range: the council's event."""
    a = draw(st.sampled_from(WORD_COUNCILS))
    year = draw(st.integers(2009, ref.year - 1))
    month, lo, hi = draw(st.sampled_from(MONTHS)), draw(st.integers(2, 9)), draw(st.integers(12, 26))
    span = draw(st.sampled_from([f"between {lo} and {hi} {month} {year}", f"from {lo} to {hi} {month} {year}"]))
    return (f"Ofsted's inspection of {a} {span} found {draw(st.sampled_from(['serious weaknesses', 'progress']))}.",
            {(a, "inspection", str(year), None)})


def _ordinal_predicate(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A monitoring visit, then its count after a dash or as a predicate ("- the fifth since
    ...", ", was the fifth since ..."): the visit's ordinal; not "the first council to"."""
    a = draw(authority_names())
    word, n = draw(st.sampled_from(_ORDINALS[1:]))
    d, year = _dated(draw, ref)
    since = _pick(draw, "since the council was rated inadequate", "since it was judged inadequate", "this year")
    if draw(st.booleans()):
        return f"The latest monitoring visit to {a} Council, {d}, was the {word} {since}.", {(a, "monitoring_visit", year, n)}
    joint = _pick(draw, " - the", " \u2013 the", ", which was the")
    if draw(st.integers(0, 3)) == 0:  # a council's first, no visit's
        return (f"Ofsted carried out a monitoring visit to {a} Council {d}, the first council in the region to be visited.",
                {(a, "monitoring_visit", year, None)})
    return f"Ofsted carried out a monitoring visit to {a} Council {d}{joint} {word} {since}.", {(a, "monitoring_visit", year, n)}


#: Phrasings of this module, by phenomenon.
SWEPT_EVENT_PHENOMENA: Final[dict[str, _Frame]] = {
    "took_place_after_clause": _took_place_after_clause, "focused_bare_visit": _focused_bare_visit,
    "word_council_range": _word_council_range, "ordinal_predicate": _ordinal_predicate,
}


def _police_force(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A police force's inspection in a council's area: no council's event."""
    a = draw(authority_names())
    d, _ = _dated(draw, ref)
    subject = draw(st.sampled_from([f"The police force in {a}", f"{a}'s police force", "The county's constabulary"]))
    return f"{subject} was inspected {d}.", set()


def _someone_elses_visit(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A visit by someone other than the inspectorate that focused on something: no event."""
    a = draw(authority_names())
    d, _ = _dated(draw, ref)
    who = draw(st.sampled_from(["the children's minister", "the mayor", "Prince Edward", "a group of MPs"]))
    return f"A visit to {a} by {who} {d} focused on {draw(st.sampled_from(['care leavers', 'foster carers']))}.", set()


#: Negatives of this module.
NOT_SWEPT_EVENT_PHENOMENA: Final[dict[str, _Frame]] = {
    "police_force": _police_force, "someone_elses_visit": _someone_elses_visit,
}


@st.composite
def swept_events(draw: st.DrawFn, phenomena: Iterable[str] = ()) -> Generated:
    """A dateline and a sentence of one of ``phenomena`` (all of this module's, positive
    and negative, by default), with the inspections it states (years of ``when``)."""
    every = SWEPT_EVENT_PHENOMENA | NOT_SWEPT_EVENT_PHENOMENA
    line, day = draw(datelines())
    text, keys = every[draw(st.sampled_from(sorted(phenomena) or sorted(every)))](draw, day)
    return Generated(f"{line}\n\n{text}", inspections=frozenset(keys))
