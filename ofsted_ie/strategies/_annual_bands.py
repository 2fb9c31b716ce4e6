"""The 2009-2011 annual assessments' bands in one word, found by a slot sweep of councils,
bands, verbs, quote styles, word orders and datelines:

- a band right after a verb of rating, in an article of the assessments' years ("Wigan's
  children's services were rated poor", "judged as 'excellent'"), and a list of the
  councils so rated after it ("The councils rated poor were: A, B and C"): each council's
  current band;

Negatives: the same words as ordinary adjectives ("the council's services were poor",
"excellent support for care leavers"), a band word after a verb of rating in an article
written after the assessments ended, and a general condition in the past ("where
standards have been judged as inadequate, ..."), give no rating.

The keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade
from ._base import MONTHS, authority_names, quote_styles
from ._dated import DatedRatingKey
from ._draws import _grade, _pick

#: A frame of this module: the text (its dateline first) and the ratings it states.
BandFrame = Callable[[st.DrawFn], tuple[str, set[DatedRatingKey]]]
_BANDS: Final[dict[str, Grade]] = {"poor": "performs_poorly", "excellent": "performs_excellently"}


def _dateline(draw: st.DrawFn, first: int, last: int) -> tuple[str, int]:
    """A dateline of a year from ``first`` to ``last``, and that year."""
    year = draw(st.integers(first, last))
    day = draw(st.integers(1, 28))
    place = _pick(draw, "London", "Manchester", "Leeds")
    return f"{place}, {day} {draw(st.sampled_from(MONTHS))} {year}\n\n", year


def _band(draw: st.DrawFn) -> tuple[Grade, str]:
    """A band and its word as written, quoted or not, in either case."""
    word = draw(st.sampled_from(sorted(_BANDS)))
    op, cl = draw(quote_styles())
    return _BANDS[word], f"{op}{_pick(draw, word, word.capitalize())}{cl}"


def _rated_band(draw: st.DrawFn) -> tuple[str, set[DatedRatingKey]]:
    """A council's services rated a band, in an article of the assessments' years."""
    head, year = _dateline(draw, 2009, 2011)
    a = draw(authority_names())
    grade, q = _band(draw)
    verb = _pick(draw, "rated", "rated as", "judged", "judged as", "graded as", "assessed as")
    subject = _pick(draw, f"{a}'s children's services were", f"Children's services in {a} have been",
                    f"{a} Council was")
    return f"{head}{subject} {verb} {q} by Ofsted.", {(a, grade, "overall", str(year), True)}


def _listed_band(draw: st.DrawFn) -> tuple[str, set[DatedRatingKey]]:
    """The councils rated a band, listed after it."""
    head, year = _dateline(draw, 2009, 2011)
    names = draw(st.lists(authority_names(), min_size=2, max_size=4, unique=True))
    grade, q = _band(draw)
    verb = _pick(draw, "rated", "judged", "rated as")
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    lead = _pick(draw, f"The councils {verb} {q} were: ", f"The authorities {verb} {q} are ")
    return f"{head}{lead}{listed}.", {(a, grade, "overall", str(year), True) for a in names}


def _band_adjective(draw: st.DrawFn) -> tuple[str, set[DatedRatingKey]]:
    """A band word as an ordinary adjective, in any year: no rating."""
    head, _ = _dateline(draw, 2009, 2024)
    a = draw(authority_names())
    word = _pick(draw, "poor", "excellent")
    said = _pick(draw, f"{a} Council's record keeping was {word}.", f"Inspectors found {word} support for care leavers in {a}.",
                 f"{a} Council said staff morale had been {word} for years.")
    return head + said, set()


def _band_after_the_assessments(draw: st.DrawFn) -> tuple[str, set[DatedRatingKey]]:
    """A band word after a verb of rating in an article written after the assessments
    ended: no grade (only a grade of the current scale would be one)."""
    head, _ = _dateline(draw, 2014, 2024)
    a = draw(authority_names())
    _, q = _band(draw)
    verb = _pick(draw, "rated", "rated as", "judged as")
    return f"{head}Parents in {a} have {verb} {q} the help they receive.", set()


def _general_past_condition(draw: st.DrawFn) -> tuple[str, set[DatedRatingKey]]:
    """A council's grade, then a general condition in the past: only the council's grade."""
    head, year = _dateline(draw, 2014, 2024)
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    _, q_other = _grade(draw, quoted_ri=True)
    lead = _pick(draw, "Where", "However, where", "But where")
    what = _pick(draw, "standards have been", "services were", "children's services have been")
    verb = _pick(draw, "judged", "judged as", "rated")
    return (f"{head}{a} Council was rated {q} this week.\n\n{lead} {what} {verb} {q_other}, more needs to be done.",
            {(a, grade, "overall", str(year), True)})


#: Frames of this module, by phenomenon.
BAND_FRAMES: Final[dict[str, BandFrame]] = {
    "rated_band": _rated_band, "listed_band": _listed_band, "band_adjective": _band_adjective,
    "band_after_the_assessments": _band_after_the_assessments, "general_past_condition": _general_past_condition,
}
