"""All rule families, in priority order, and their document passes."""

from __future__ import annotations

from typing import Final

from ..passes import Pass
from ..rule import Rule, RulesModule
from . import (
    _caseload_scope,
    _inspection_dating,
    caseloads,
    inspections,
    people,
    people_names,
    percentages,
    quotes,
    ratings,
)
from ._common import NATION_OR_REGION_TRIGGERS
from ._fragments import FRAMEWORK_TRIGGERS
from .people_referred import NEW_POST_TRIGGERS

FAMILIES: Final = (ratings, percentages, caseloads, quotes, inspections, people)
_SHAPED: Final[tuple[RulesModule, ...]] = FAMILIES  # each family has the shape RulesModule names
ALL_RULES: Final[tuple[Rule, ...]] = tuple(rule for family in FAMILIES for rule in family.RULES)
#: The extractor orders these by what they read and write: ratings read the finished
#: inspections (a rating with no other date takes its inspection's), quotes the people.
PASSES: Final[tuple[Pass, ...]] = (
    Pass(name="inspections.finalise", writes="inspections", run=_inspection_dating.finalise),
    Pass(name="ratings.finalise", writes="ratings", reads=("inspections",), run=ratings.finalise),
    Pass(name="people.full_names", writes="people", run=people_names.full_names),
    Pass(name="quotes.finalise", writes="quotes", reads=("people",), run=quotes.finalise),
    Pass(name="people.as_written", writes="people", run=people_names.as_written),
)

#: Strings that rules' ``where`` functions and the passes ask a document's windows about
#: beyond the rules' own triggers: the extractor finds them in the same one pass.
WINDOW_TRIGGERS: Final[tuple[str, ...]] = (*_caseload_scope.WINDOW_TRIGGERS, *NATION_OR_REGION_TRIGGERS, *FRAMEWORK_TRIGGERS,
                                           *NEW_POST_TRIGGERS)

__all__ = ["ALL_RULES", "FAMILIES", "PASSES", "WINDOW_TRIGGERS"]
