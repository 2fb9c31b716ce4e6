"""A second council named beside the article's, then "the council", "it" or "its
services" given a grade, found by a slot sweep of two councils, side roles, anaphors,
grades, quote styles and paragraph orders: a council named in a side role (a workplace
"previously worked at Kent Council", a helper "Kent has been supporting the
authority") is no antecedent; the grade is the article's council's ("Neighbouring Kent"
may be the next sentences' topic: not a side role). The control: a second council that is a main clause's subject and no side
role ("Kent was inspected in May.") is the antecedent of the anaphor after it.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, RatingKey
from ._draws import Frame, _grade, _pick
from ._mentions import _councils

#: Sentences that name a second council (``{b}``) in a side role.
_SIDE_ROLES: Final = (
    "Its director, Jane Holloway, previously worked at {b} Council.",
    "Its new director joined from {b} Council in the spring.",
    "{b} Council has been supporting the authority as a partner in practice.",
    "Officers from {b} have been helping the council since 2017.",
)
#: A grade given to the article's council by an anaphor (``{q}`` the grade as written).
_ANAPHORS: Final = (
    "The council was rated {q} by Ofsted.", "It was judged {q} by inspectors.", "Its children's services were rated {q}.",
    "Inspectors rated the council {q}.", "The authority was found to be {q}.",
)


def _side_council(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The article's council, a second in a side role, then the anaphor's grade: the first's."""
    a, b = _councils(draw, 2, 2)
    grade, q = _grade(draw, quoted_ri=True)
    side = draw(st.sampled_from(_SIDE_ROLES)).format(b=b)
    rated = draw(st.sampled_from(_ANAPHORS)).format(q=q)
    head = _pick(draw, f"New director for {a}", f"Ofsted verdict on {a}", f"{a} improvement plan")
    paragraphs = [f"{a} Council has published its latest inspection report.", side, rated]
    return f"{head}\n\n" + "\n\n".join(paragraphs), {(a, grade, "overall", True)}


def _main_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The control: a second council as a main clause's subject is the anaphor's antecedent."""
    a, b = _councils(draw, 2, 2)
    grade, q = _grade(draw, quoted_ri=True)
    rated = draw(st.sampled_from(_ANAPHORS)).format(q=q)
    return f"{a} Council published a plan for its workforce in May.\n\n{b} Council was inspected in March. {rated}", {
        (b, grade, "overall", True)}


#: Frames of this module, by phenomenon.
SIDE_COUNCIL_FRAMES: Final[dict[str, Frame]] = {
    "side_council": _side_council, "main_subject": _main_subject,
}


@st.composite
def side_councils(draw: st.DrawFn, phenomenon: str) -> Generated:
    """A text of ``phenomenon`` and the ratings it states."""
    text, keys = SIDE_COUNCIL_FRAMES[phenomenon](draw)
    return Generated(text, ratings=frozenset(keys))
