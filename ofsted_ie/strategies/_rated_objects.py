"""The object of a verb of rating, before its grade: a council or its services (a rating
of that council), or anything else (no rating, whatever follows the grade).

"Inspectors rated Kent County Council 'good' overall" and "Ofsted judged the county's
children's services outstanding in all areas" are ratings, as is a judgement however
phrased ("rated the experiences of children in care in Kent as good": that judgement's); "Inspectors rated the
council's improvement plan 'good' overall", "Ofsted judged the response of its
partners inadequate" and "Inspectors graded its special educational needs provision
'good'" are not, even where what follows the grade ("overall", "in all areas") would
make a rating of a bare grade.

Keys are ``(authority, grade, judgement)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import authority_names
from ._draws import _grade

RatedKey = tuple[str, Grade, Judgement]

#: Verbs of rating that take the rated thing as their object.
_VERBS: Final = ("rated", "judged", "graded", "deemed", "branded", "has rated", "have judged")
#: Who rates.
_RATERS: Final = ("Ofsted", "Inspectors", "The watchdog", "Ofsted inspectors", "The inspectorate")
#: Objects that are the council or its services ({a}: the council's name).
_COUNCIL_OBJECTS: Final = (
    "{a}", "{a} Council", "{a}'s children's services", "children's services in {a}", "the county's children's services",
    "the council", "the authority's services for children", "the borough", "its children's social care department",
)
#: Objects that are something else: a plan, a quality, a part of the work, another framework's provision.
_OTHER_OBJECTS: Final = (
    "the council's improvement plan", "the progress made by {a}", "the response of its partners", "{a}'s plans for the service",
    "the quality of the council's data", "its special educational needs provision", "the partnership's work with schools",
    "the service's recruitment campaign", "the council's self-evaluation", "{a}'s new case management system",
    "the management team's grip on caseloads", "the early help offer's website",
)
#: Objects that are one judgement of the council, however phrased, and that judgement.
_JUDGEMENT_OBJECTS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("the experiences of children in care in {a}", "children_in_care"), ("its adoption performance", "adoption"),
    ("the effectiveness of leaders and managers in {a}", "leadership"), ("help and protection for children in {a}", "help_and_protection"),
    ("{a}'s services for care leavers", "care_leavers"), ("the impact of leaders in {a}", "leadership"),
)
#: What may follow the grade without changing whose it is.
_TAILS: Final = (".", " overall.", " in all areas.", " after a three-week inspection.", " in its latest report.",
                 " following a visit in March.")


@st.composite
def rated_objects(draw: st.DrawFn) -> tuple[str, frozenset[RatedKey]]:
    """A sentence where a verb of rating has an object before its grade, and the rating
    it gives: the council's overall grade when the object is the council or its
    services, none when it is anything else."""
    a = draw(authority_names())
    grade, label = _grade(draw)
    rater, verb, tail = draw(st.sampled_from(_RATERS)), draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_TAILS))
    if verb.startswith("have") and rater == "Ofsted" or verb.startswith("has") and rater == "Inspectors":
        verb = verb.split()[1]
    links = ("{g}", "as {g}") if verb.endswith("branded") else ("{g}", "as {g}", "to be {g}")  # "branded" takes no "to be"
    label = draw(st.sampled_from(links)).format(g=label)  # "rated X as 'good'", "judged X to be good"
    branch = draw(st.integers(0, 2))
    if branch == 2:
        phrase, judgement = draw(st.sampled_from(_JUDGEMENT_OBJECTS))
        obj = phrase.format(a=a)
        lead = "" if a in obj else f"{a} Council was inspected in the spring. "
        tail = draw(st.sampled_from([t for t in _TAILS if "overall" not in t and "areas" not in t]))
        return f"{lead}{rater} {verb} {obj} {label}{tail}", frozenset({(a, grade, judgement)})
    if branch == 1:
        obj = draw(st.sampled_from(_COUNCIL_OBJECTS)).format(a=a)
        lead = "" if "{a}" in obj or a in obj else f"{a} Council was inspected in the spring. "
        return f"{lead}{rater} {verb} {obj} {label}{tail}", frozenset({(a, grade, "overall")})
    obj = draw(st.sampled_from(_OTHER_OBJECTS)).format(a=a)
    lead = "" if a in obj else f"{a} Council was inspected in the spring. "
    return f"{lead}{rater} {verb} {obj} {label}{tail}", frozenset()


__all__ = ["RatedKey", "rated_objects"]
