"""Hypothesis strategies for grade words that are no council's rating: adjectives, hopes,
alternatives, the grading scale, counts of councils, other providers and negations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade
from ._base import GRADE_FORMS, Generated, RatingKey, authority_names, quote_styles
from ._changes import _conditional, _modal_change
from ._draws import _GRADES, Frame, _grade, _pick
from ._mentions import _frames, _listed
from ._verbs import GENERIC_FRAMES

# -- grade words that are no rating (``non_rating_mentions``) ---------------------------


def _adjective(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    word = _pick(draw, "good", "outstanding", "inadequate")
    noun = _pick(draw, "practice", "communication", "progress", "relationships", "partnerships", "feedback")
    op, cl = draw(quote_styles())
    text = draw(st.sampled_from([f"Social workers in {a} showed {op}{word} {noun}{cl}.",
                                 f"Inspectors in {a} found {op}{word} {noun}{cl} with families.",
                                 f"Inspectors praised the {op}{word} {noun}{cl} they saw in {a}."]))
    return text, set()


def _hope(draw: st.DrawFn, bare_ri: bool = False) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw, capital=False, bare=bare_ri, grades=("requires_improvement",) if bare_ri else _GRADES,
                  quoted_ri=True)
    text = draw(st.sampled_from([f"{a} aims to become {q}.", f"{a} Council wants to meet {q} by the next inspection.",
                                 f"{a} is at risk of being rated {q}.", f"Leaders in {a} hope to be judged {q}.",
                                 f"{a} is on track to be rated {q} next year."]))
    return text, set()


def _alternatives(draw: st.DrawFn, bare_ri: bool = False) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    g1, g2 = draw(st.lists(st.sampled_from(_GRADES), min_size=2, max_size=2, unique=True)
                  .filter(lambda gs: bare_ri == ("requires_improvement" in gs)))
    op, cl = ("", "") if bare_ri else draw(quote_styles())
    f1, f2 = (f"{op}{GRADE_FORMS[g][0]}{cl}" for g in (g1, g2))
    text = draw(st.sampled_from([f"Services in {a} will be judged {f1} or {f2} next time.",
                                 f"{a}'s services could be either {f1} or {f2} after the visit."]))
    return text, set()


def _scale(draw: st.DrawFn, bare_ri: bool = False) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    between = draw(st.booleans())  # "sits between", bare only in ``bare_requires_improvement``
    op, cl = ("", "") if bare_ri else draw(quote_styles().filter(lambda s: s[0] != "" or not between))
    forms = [f"{op}{GRADE_FORMS[g][0]}{cl}" for g in draw(st.permutations(_GRADES))]
    steps: list[tuple[Grade, Grade, Grade]] = [("inadequate", "requires_improvement", "good")]
    if not bare_ri:
        steps.append(("requires_improvement", "good", "outstanding"))
    low, mid, high = (f"{op}{GRADE_FORMS[g][0]}{cl}" for g in draw(st.sampled_from(steps)))
    if between:
        return f"In {a}, as elsewhere, {mid} sits between {low} and {high} on the scale.", set()
    top, bottom = (f"{op}{GRADE_FORMS[g][0]}{cl}" for g in ("outstanding", "inadequate"))
    text = draw(st.sampled_from([f"Ofsted's grades are {_listed(forms)}. {a} was inspected in May.",
                                 f"Inspectors in {a} use four grades: {_listed(forms)}.",
                                 f"{a} was inspected in May. Ofsted's grades run from {top}, through {low} and {mid}, down to {bottom}.",
                                 f"{a} was inspected in May. The scale goes from {top} to {bottom}."]))
    return text, set()


def _or_better(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw, capital=False, grades=("good", "adequate", "inadequate"))
    bound = _pick(draw, "or better", "or above", "or worse", "or below", "and above")
    text = draw(st.sampled_from([f"Every child in {a} is entitled to services that are {q} {bound}.",
                                 f"Services in {a} must be {q} {bound} in every area.",
                                 f"The council wants services in {a} that are judged {q} {bound}."]))
    return text, set()


def _bare_requires_improvement(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:  # a known failure
    frame = draw(st.sampled_from([_hope, _alternatives, _scale]))
    return frame(draw, True)


def _counts(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    _, q = _grade(draw, capital=False)
    share = draw(st.integers(2, 90))
    text = draw(st.sampled_from([f"Some {share}% of councils were rated {q}.",
                                 f"{_pick(draw, 'Three', 'Five', 'Most')} of the councils were rated {q}.",
                                 f"{share} councils have been rated {q} since 2018."]))
    return text, set()


def _other_provider(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw, capital=False)
    provider = _pick(draw, "A children's home", "St Anne's primary school", "A fostering agency", "A nursery",
                     "The academy", "A private children's home", "A primary", "A secondary", "The town's biggest secondary")
    verb = _pick(draw, "was rated", "was judged", "has been rated")
    if draw(st.booleans()):  # a related story's headline: "Cheltenham primary rated 'outstanding'"
        return f"{a} was inspected in May.\n\nMore news\n\u2022 {a} primary rated {q} at first inspection in 14 years\n", set()
    return f"{provider} in {a} {verb} {q} by Ofsted.", set()


def _negation(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw, capital=False)
    text = draw(st.sampled_from(["None of the councils was rated " + q + ".", f"{a} was not rated {q}.",
                                 f"No council in the region has been judged {q}."]))
    return text, set()


NON_RATING_FRAMES: Final[dict[str, Frame]] = {
    "adjective": _adjective, "hope": _hope, "alternatives": _alternatives, "or_better": _or_better, "scale": _scale, "counts": _counts,
    "other_provider": _other_provider, "negation": _negation, "bare_requires_improvement": _bare_requires_improvement,
    "modal_change": _modal_change, "conditional": _conditional, **GENERIC_FRAMES,
}
NON_RATING_FAILURES: Final[frozenset[str]] = frozenset()


@st.composite
def non_rating_mentions(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Generated:
    """A text whose grade words are no council's rating: adjectives, hopes, alternatives,
    the grading scale, counts and shares of councils, other providers, negations
    (``NON_RATING_FRAMES``' names; by default all but the known failures)."""
    names = _frames(NON_RATING_FRAMES, phenomena, set(NON_RATING_FRAMES) - NON_RATING_FAILURES)
    text, _ = NON_RATING_FRAMES[draw(st.sampled_from(names))](draw)
    return Generated(text)
