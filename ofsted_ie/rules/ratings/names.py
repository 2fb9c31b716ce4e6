"""The ratings rules' names: ``family.snake_case``, stable (renames go in the CHANGELOG)."""

from __future__ import annotations

from typing import Final

RULE_RATED: Final = "ratings.rated"
RULE_EXTREME: Final = "ratings.extreme"
RULE_TRANSITION: Final = "ratings.transition"
RULE_NO_LONGER: Final = "ratings.no_longer"
RULE_GRADE_FOR: Final = "ratings.grade_for"
RULE_COPULA: Final = "ratings.copula"
RULE_REQUIRES: Final = "ratings.requires_improvement"
RULE_PROVIDING: Final = "ratings.providing"
RULE_TABLE_ROW: Final = "ratings.table_row"
RULE_HEADED_LIST: Final = "ratings.headed_list"
RULE_JUDGEMENT_ROW: Final = "ratings.judgement_row"
RULE_JUDGEMENT_ITEM: Final = "ratings.judgement_item"
RULE_COUNCIL_LINE: Final = "ratings.council_line"
RULE_GRADE_RATED: Final = "ratings.grade_rated"
RULE_AND_COUNCIL: Final = "ratings.and_council"
RULE_PERFORMS: Final = "ratings.performs"
RULE_FOUND_TO_BE: Final = "ratings.found_to_be"
RULE_UP_FROM: Final = "ratings.up_from"
RULE_GRADED_JUDGEMENT: Final = "ratings.graded_judgement"
RULE_AND_THEN: Final = "ratings.and_then"
RULE_RATED_OBJECT: Final = "ratings.rated_object"
RULE_MENTION: Final = "ratings.mention"

#: The rules reading a report's list of judgements, a current grade per judgement.
REPORT_ROW_RULES: Final = frozenset({RULE_JUDGEMENT_ROW, RULE_JUDGEMENT_ITEM})
