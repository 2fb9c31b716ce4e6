"""What every generated text shares: the ``Generated`` result and its record keys, and
the draws the strategies have in common (authorities, quote marks, grades, dates)."""

from __future__ import annotations

import functools
from typing import Final

import attrs
from hypothesis import strategies as st

from .._vocab import MONTHS as _VOCAB_MONTHS
from ..gazetteer import load_gazetteer
from ..records import Grade, InspectionKind, Judgement, Measure, Qualifier, Source, Statistic

RatingKey = tuple[str | None, Grade, Judgement, bool]  # authority None: a council the text leaves unnamed
#: ``(authority, value, qualifier, measure, evidence)``: the evidence is the number or
#: words the value was read from, which the record's span must contain.
PercentageKey = tuple[str | None, float, Qualifier | None, Measure, str]
#: ``(authority, value, statistic, qualifier)``.
CaseloadKey = tuple[str | None, float, Statistic | None, Qualifier | None]
#: ``(text, speaker, source)``.
QuoteKey = tuple[str, str | None, Source | None]
#: ``(authority, kind, when, ordinal)``: ``when`` the ISO partial date a careful reader gives.
InspectionKey = tuple[str, InspectionKind, str | None, int | None]


#: A person as ``(name, role, authority)``.
PersonKey = tuple[str, "str | None", "str | None"]

@attrs.frozen
class Generated:
    """A generated text and the records it states, as keys."""

    text: str
    #: ``(authority, grade, judgement, current)`` for each rating stated.
    ratings: frozenset[RatingKey] = frozenset()
    percentages: frozenset[PercentageKey] = frozenset()
    caseloads: frozenset[CaseloadKey] = frozenset()
    quotes: frozenset[QuoteKey] = frozenset()
    #: The publication date the text states (ISO), for whole articles.
    published: str | None = None
    inspections: frozenset[InspectionKey] = frozenset()
    #: ``(name, role, authority)`` for each person named.
    people: frozenset[PersonKey] = frozenset()


#: Opening and closing marks a grade may stand in: none, straight, curly, mixed.
QUOTE_STYLES: Final = (("", ""), ('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u2018", "'"))

#: How each grade is written.
GRADE_FORMS: Final[dict[Grade, tuple[str, ...]]] = {
    "outstanding": ("outstanding", "Outstanding"),
    "good": ("good", "Good"),
    "requires_improvement": ("requires improvement", "requires improvement to be good", "Requires Improvement"),
    "inadequate": ("inadequate", "Inadequate"),
    "adequate": ("adequate",),
}
#: How each sub-judgement is written after "for".
JUDGEMENT_FORMS: Final[dict[Judgement, tuple[str, ...]]] = {
    "help_and_protection": ("child protection", "children who need help and protection", "help & protection",
                            "children in need of protection"),
    "children_in_care": ("looked-after children", "children in care"),
    "care_leavers": ("care leavers",),
    "adoption": ("adoption",),
    "leadership": ("leadership, management and governance", "leadership", "impact of senior leaders"),
}
#: Judgements by the titles Ofsted's frameworks give them (ILACS 2018-22, 2023-).
FRAMEWORK_TITLES: Final[dict[Judgement, str]] = {
    "leadership": "impact of leaders on social work practice with children and families",
    "help_and_protection": "experiences and progress of children who need help and protection",
    "children_in_care": "experiences and progress of children in care",
    "care_leavers": "experiences and progress of care leavers",
}
MONTHS: Final = list(_VOCAB_MONTHS)


@functools.cache
def _names() -> tuple[str, ...]:
    """Current authorities whose canonical name alone is recognised as itself."""
    gazetteer = load_gazetteer()
    out = []
    for entry in gazetteer.entries:
        if entry.active_to is not None:
            continue
        found = gazetteer.find(f"Officials in {entry.name} said so.")
        if [m.name for m in found] == [entry.name]:
            out.append(entry.name)
    return tuple(sorted(set(out)))


def authority_names() -> st.SearchStrategy[str]:
    """Canonical names of current authorities ("West Berkshire", "Kingston upon Hull")."""
    return st.sampled_from(_names())


def quote_styles() -> st.SearchStrategy[tuple[str, str]]:
    """An opening and closing mark pair (possibly empty)."""
    return st.sampled_from(QUOTE_STYLES)



@st.composite
def grades_as_written(draw: st.DrawFn, grades: tuple[Grade, ...] = ("outstanding", "good", "requires_improvement", "inadequate")) -> tuple[Grade, str]:
    """A grade and one way it is written."""
    grade = draw(st.sampled_from(grades))
    return grade, draw(st.sampled_from(GRADE_FORMS[grade]))


@st.composite
def date_phrases(draw: st.DrawFn) -> str:
    """Nothing, or " in <year>" or " in <month> <year>", to end a sentence with."""
    year = draw(st.integers(2009, 2024))
    return draw(st.sampled_from(["", f" in {year}", f" in {draw(st.sampled_from(MONTHS))} {year}"]))

