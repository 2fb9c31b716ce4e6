"""All rule families, in priority order, and their document-level finalisers."""

from __future__ import annotations

from typing import Final

from ..engine import Finaliser, Rule
from . import caseloads, inspections, people, percentages, quotes, ratings

FAMILIES: Final = (ratings, percentages, caseloads, quotes, inspections, people)
ALL_RULES: Final[tuple[Rule, ...]] = tuple(rule for family in FAMILIES for rule in family.RULES)
#: Inspections before ratings: a rating with no other date takes its inspection's.
FINALISERS: Final[tuple[tuple[str, Finaliser], ...]] = (
    ("inspections", inspections.finalise),
    ("ratings", ratings.finalise),
    ("quotes", quotes.finalise),
)

__all__ = ["ALL_RULES", "FAMILIES", "FINALISERS"]
