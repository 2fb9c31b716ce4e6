"""Ratings: Ofsted grades for a council's children's services, per judgement.

``frames`` finds grades in prose, ``layout`` in tables, lists and report lines;
``guards`` are the named vetoes, ``attribution`` says whose a grade is and when, and
``passes`` holds the document-level ``finalise``. ``RULES`` is in priority order.
"""

from __future__ import annotations

from typing import Final

from ..._vocab import BAND_WORDS, EXTREMES, JUDGEMENT_PHRASES
from ...rule import Build, Rule
from .._fragments import GRADE_TRIGGERS
from .fragments import (
    _FOUND_TRIGGERS,
    _JUDGEMENT_TRIGGERS,
    _NO_LONGER_TRIGGERS,
    _PROVIDING_TRIGGERS,
    _RATED_TRIGGERS,
    _TRANSITION_TRIGGERS,
    RATING_LISTS,
)
from .frames import (
    _AND_COUNCIL,
    _AND_THEN,
    _COPULA,
    _EXTREME,
    _FOUND_TO_BE,
    _GRADE_FOR,
    _GRADE_RATED,
    _GRADE_RATED_TRIGGERS,
    _GRADED_JUDGEMENT,
    _NO_LONGER,
    _PERFORMS,
    _PROVIDING,
    _RATED,
    _RATED_OBJECT,
    _REQUIRES,
    _TRANSITION,
    _UP_FROM,
    _build_and_council,
    _build_and_then,
    _build_extreme,
    _build_grade,
    _build_grade_rated,
    _build_no_longer,
    _build_performs,
    _build_providing,
    _build_rated_object,
    _build_requires,
    _build_transition,
    _build_up_from,
    _build_weak,
)
from .judgement_items import GRADE_CELLS, JUDGEMENT_ITEM, build_judgement_item, near_grade_cells
from .layout import (
    _COUNCIL_LINE,
    _GRADE_CELL_OPENINGS,
    _HEADED_LIST,
    _JUDGEMENT_ROW,
    _TABLE_ROW,
    _build_council_line,
    _build_headed_list,
    _build_judgement_row,
    _build_table_row,
)
from .mentions import MENTION, build_mention
from .names import (
    RULE_AND_COUNCIL,
    RULE_AND_THEN,
    RULE_COPULA,
    RULE_COUNCIL_LINE,
    RULE_EXTREME,
    RULE_FOUND_TO_BE,
    RULE_GRADE_FOR,
    RULE_GRADE_RATED,
    RULE_GRADED_JUDGEMENT,
    RULE_HEADED_LIST,
    RULE_JUDGEMENT_ITEM,
    RULE_JUDGEMENT_ROW,
    RULE_MENTION,
    RULE_NO_LONGER,
    RULE_PERFORMS,
    RULE_PROVIDING,
    RULE_RATED,
    RULE_RATED_OBJECT,
    RULE_REQUIRES,
    RULE_TABLE_ROW,
    RULE_TRANSITION,
    RULE_UP_FROM,
)
from .passes import DATES_OWN_GRADES, finalise
from .row_lines import lines_ending_in_a_grade
from .subjects import subject_authorities, subject_judgements

__all__ = ["JUDGEMENT_PHRASES", "RULES", "RULE_AND_COUNCIL", "RULE_AND_THEN", "RULE_COPULA", "RULE_COUNCIL_LINE", "RULE_EXTREME", "RULE_FOUND_TO_BE", "RULE_GRADED_JUDGEMENT", "RULE_GRADE_FOR", "RULE_GRADE_RATED", "RULE_HEADED_LIST", "RULE_JUDGEMENT_ITEM", "RULE_JUDGEMENT_ROW", "RULE_MENTION", "RULE_NO_LONGER", "RULE_PERFORMS", "RULE_PROVIDING", "RULE_RATED", "RULE_RATED_OBJECT", "RULE_REQUIRES", "RULE_TABLE_ROW", "RULE_TRANSITION", "RULE_UP_FROM", "finalise", "subject_authorities", "subject_judgements"]

def _rule(
    name: str, pattern: str, build: Build, triggers: tuple[str, ...] = GRADE_TRIGGERS, also: tuple[str, ...] = (),
    tags: tuple[str, ...] = (), word_start: bool = False,
) -> Rule:
    """A ratings rule whose matches stay inside one sentence and hold a trigger (a grade)
    and, if ``also`` is given, one of those too."""
    return Rule(name=name, kind="ratings", pattern=pattern, build=build, lists=RATING_LISTS, triggers=triggers,
                also_triggers=also, scope="sentence", tags=tags, word_start=word_start)


RULES: Final = (
    _rule(RULE_TRANSITION, _TRANSITION, _build_transition, also=_TRANSITION_TRIGGERS, tags=(DATES_OWN_GRADES,),
          word_start=True),
    _rule(RULE_NO_LONGER, _NO_LONGER, _build_no_longer, also=_NO_LONGER_TRIGGERS, word_start=True),
    _rule(RULE_RATED, _RATED, _build_grade, also=_RATED_TRIGGERS, word_start=True),
    _rule(RULE_FOUND_TO_BE, _FOUND_TO_BE, _build_weak, also=_FOUND_TRIGGERS),
    _rule(RULE_RATED_OBJECT, _RATED_OBJECT, _build_rated_object, also=(*_RATED_TRIGGERS, "considered")),
    _rule(RULE_UP_FROM, _UP_FROM, _build_up_from, also=("from",)),
    _rule(RULE_GRADED_JUDGEMENT, _GRADED_JUDGEMENT, _build_grade, also=_JUDGEMENT_TRIGGERS),
    _rule(RULE_AND_THEN, _AND_THEN, _build_and_then, also=(" and ",)),
    _rule(RULE_AND_COUNCIL, _AND_COUNCIL, _build_and_council, also=_RATED_TRIGGERS),
    _rule(RULE_EXTREME, _EXTREME, _build_extreme, EXTREMES, word_start=True),
    _rule(RULE_GRADE_RATED, _GRADE_RATED, _build_grade_rated, also=_GRADE_RATED_TRIGGERS),
    _rule(RULE_GRADE_FOR, _GRADE_FOR, _build_grade, also=_JUDGEMENT_TRIGGERS),
    _rule(RULE_COPULA, _COPULA, _build_weak, word_start=True),
    _rule(RULE_REQUIRES, _REQUIRES, _build_requires, ("improvement",)),
    _rule(RULE_PROVIDING, _PROVIDING, _build_providing, also=_PROVIDING_TRIGGERS, word_start=True),
    # a table row stays inside its line, a heading's list runs over lines after it
    Rule(name=RULE_TABLE_ROW, kind="ratings", pattern=_TABLE_ROW, build=_build_table_row,
         triggers=GRADE_TRIGGERS, cased_triggers=_GRADE_CELL_OPENINGS, scope="paragraph"),
    _rule(RULE_PERFORMS, _PERFORMS, _build_performs, ("perform",)),
    Rule(name=RULE_COUNCIL_LINE, kind="ratings", pattern=_COUNCIL_LINE, build=_build_council_line, lists=RATING_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=(":", "|", " -"), scope="paragraph"),
    Rule(name=RULE_JUDGEMENT_ROW, kind="ratings", pattern=_JUDGEMENT_ROW, build=_build_judgement_row, lists=RATING_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=_JUDGEMENT_TRIGGERS, scope="paragraph", where=lines_ending_in_a_grade),
    # a copy of a report's list of judgements: items run together or wrapped over lines
    Rule(name=RULE_JUDGEMENT_ITEM, kind="ratings", pattern=JUDGEMENT_ITEM, build=build_judgement_item, lists=RATING_LISTS,
         cased_triggers=GRADE_CELLS, also_triggers=_JUDGEMENT_TRIGGERS, scope="text", where=near_grade_cells),
    Rule(name=RULE_HEADED_LIST, kind="ratings", pattern=_HEADED_LIST, build=_build_headed_list, lists=RATING_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=_RATED_TRIGGERS, scope="paragraph"),
    # last: every grade label no frame above reads, where the text shows it is a rating
    Rule(name=RULE_MENTION, kind="ratings", pattern=MENTION, build=build_mention, lists=RATING_LISTS,
         triggers=(*GRADE_TRIGGERS, *BAND_WORDS), scope="sentence", defers=True),
)

