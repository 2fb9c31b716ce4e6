"""Draws the mention strategies share: a phenomenon's signature, grades as written, a pick."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade
from ._base import GRADE_FORMS, RatingKey, quote_styles

#: A phenomenon: draws its pieces and returns the text and the ratings it states.
Frame = Callable[[st.DrawFn], tuple[str, set[RatingKey]]]

_GRADES: Final[tuple[Grade, ...]] = ("outstanding", "good", "requires_improvement", "inadequate")


def _grade(
    draw: st.DrawFn, quoted: bool = False, capital: bool | None = None, bare: bool = False,
    grades: tuple[Grade, ...] = _GRADES, quoted_ri: bool = False,
) -> tuple[Grade, str]:
    """A grade and the label as written, in a random quote style (always a pair of
    marks when ``quoted``, or for "requires improvement" when ``quoted_ri``; none when
    ``bare``); ``capital`` forces the label's case."""
    grade = draw(st.sampled_from(grades))
    form = draw(st.sampled_from(GRADE_FORMS[grade]))
    if capital is not None:
        form = form[0].upper() + form[1:] if capital else form.lower()
    if bare:
        return grade, form
    quoted = quoted or (quoted_ri and grade == "requires_improvement")
    styles = quote_styles().filter(lambda s: s[0] != "") if quoted else quote_styles()
    op, cl = draw(styles)
    return grade, f"{op}{form}{cl}"


def _pick(draw: st.DrawFn, *options: str) -> str:
    """One of ``options``."""
    return draw(st.sampled_from(options))
