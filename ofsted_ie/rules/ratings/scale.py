"""Guards of grades that are the scale, not a council's grade: alternatives ("judged good or
outstanding"), the grading scale listed or spanned ("Ofsted's grades run from outstanding
... down to inadequate"), a grade placed on it ("sits between"), a range of things, a grade
set aside for another ("good rather than outstanding")."""

from __future__ import annotations

from typing import Final

from ..._timed import FROM_END, timed
from ...context import Context
from .fragments import RATING_LISTS

__all__ = ["guard_alternatives", "guard_range", "guard_scale", "guard_set_aside"]

#: A grade joined to another by "or": alternatives, as "judged good or outstanding".
_OR_BEFORE: Final = timed(r"""(?i:\L<grades>)["']?,?\ (?:or|and/or)\ ["']?$""", FROM_END, grades=RATING_LISTS["grades"])
_OR_AFTER: Final = timed(r"""["']?,?\ (?:or|and/or)\ ["']?(?i:\L<grades>)(?!\w)""", grades=RATING_LISTS["grades"])
#: A grade placed on the scale: "'requires improvement' sits between inadequate and good".
_SCALE_STEP_AFTER: Final = timed(r"""["']?\ (?i:sits|lies|falls|comes|ranks|is\ ranked)\ (?i:between|below|above|under)\b""")
#: The scale's steps: "sits between inadequate and good".
_BETWEEN_BEFORE: Final = timed(r"""(?i:\bbetween\ ["']?$)""")
_BETWEEN_AFTER: Final = timed(r"""(?i:\bbetween\ ["']?(?:\L<grades>)["']?\ and\ ["']?$)""", FROM_END, grades=RATING_LISTS["grades"])
#: A list of three or more grade labels: the grading scale, not a grade.
_SCALE: Final = timed(
    r"""["'\u2018\u201c]?(?i:\L<grades>)["']?(?:(?:[,;]|,?\ and|,?\ or)\ ["'\u2018\u201c]?(?i:\L<grades>)["'\u2019\u201d]?){2,}"""
    # the scale's span, the scale its subject: "Ofsted's grades run from outstanding, through good ..., down to inadequate"
    r"""|(?i:\b(?:grades|ratings|scale|categories|judge?ments|bands)\b[^.;!?\n]{0,30}?\bfrom)\ ["']?(?i:\L<grades>)["']?"""
    r"""[^.;!?\n]{0,80}?\ (?i:to)\ ["'\u2018\u201c]?(?i:\L<grades>)["'\u2019\u201d]?""",
    grades=RATING_LISTS["grades"],
)
#: A list of grades given to a list of councils in order: "(A, B and C were rated) good,
#: outstanding and inadequate respectively".
_RESPECTIVELY: Final = timed(r"""["'\u2019\u201d]?,?\ (?i:respectively)\b""")
#: How far around a grade the scale it may be part of is looked for.
_SCALE_REACH: Final = 120
#: A framework, regime or scale as the subject: "the framework, which reclassified 'adequate'".
_SCALE_SUBJECT: Final = timed(
    r"(?i:\b(?:framework|regime|scale|system)\b[\ ,\u2013-]{1,4}(?:which|that)\b[^.;!?\n]{0,50}$|\breclassif\w*\b[^.;!?\n]{0,30}$"
    # a grade classified as another ("'adequate' was classified as"; "classified 'adequate' as"), not
    # a council's services classified as a grade ("Kent's services were classified as 'adequate'")
    r"""|\bclassif\w*\ ["'\u2018\u201c]?$|(?:\L<grades>)["'\u2019\u201d]?\ (?:[\w'-]+\ ){0,3}?classif\w*\b[^.;!?\n]{0,30}$"""
    r"""|\bclassif\w*\b[^.;!?\n]{0,30}?(?:\L<grades>)["'\u2019\u201d]?\ [^.;!?\n]{0,20}$)""",
    FROM_END, grades=RATING_LISTS["grades"],
)

#: A grade set aside for another: "now good rather than outstanding", "'inadequate', not 'good'".
_SET_ASIDE_BEFORE: Final = timed(
    r"""(?i:\L<grades>)["'\u2019\u201d]?,?\ (?i:rather\ than|instead\ of|and\ not|not)\ ["'\u2018\u201c]?$""",
    FROM_END, grades=RATING_LISTS["grades"])


def guard_set_aside(ctx: Context, start: int) -> str | None:
    """A grade another is given instead of ("services are now good rather than
    outstanding", "'inadequate', not 'requires improvement'") is no grade given."""
    s_start, _ = ctx.prepared.sentence_at(start)
    found = _SET_ASIDE_BEFORE.search(ctx.text, max(s_start, start - 40), start)
    return "a grade set aside for the one before it, not given" if found else None


#: A range of grades, not a change: "ranging from requires improvement to good".
_RANGE_BEFORE: Final = timed(r"""(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\ from\ [^.;!?\n]{0,45}$)""", FROM_END)


def guard_range(ctx: Context, start: int) -> str | None:
    """Grades that bound a range of things ("the quality of plans ranges from inadequate
    to good") grade nothing."""
    s_start, _ = ctx.prepared.sentence_at(start)
    return "a range, not a grade" if _RANGE_BEFORE.search(ctx.text, max(s_start, start - 60), start) else None


def guard_alternatives(ctx: Context, start: int, end: int) -> str | None:
    """Grades offered as alternatives ("judged good or outstanding", "'inadequate' or
    'requires improvement'") or listed as the grading scale give no council a grade."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    if _OR_BEFORE.search(ctx.text, max(s_start, start - 40), start) or _OR_AFTER.match(ctx.text, end, min(s_end, end + 40)):
        return "alternatives, not a grade"
    if _SCALE_STEP_AFTER.match(ctx.text, end, min(s_end, end + 30)):
        return "the grading scale"
    if _BETWEEN_BEFORE.search(ctx.text, max(s_start, start - 40), start) or _BETWEEN_AFTER.search(ctx.text, max(s_start, start - 60), start):
        return "the grading scale"
    if guard_scale(ctx, start, end):
        return "the grading scale"
    if _SCALE_SUBJECT.search(ctx.text, max(s_start, start - 80), start):
        return "a grade of the scale, not of a council"
    return None


def guard_scale(ctx: Context, start: int, end: int) -> str | None:
    """A grade in a list of three or more ("judges services as outstanding, good, requires
    improvement or inadequate") is the grading scale, unless the list is given to as many
    councils "respectively"."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    scale = _SCALE.search(ctx.text, max(s_start, start - _SCALE_REACH), min(s_end, end + _SCALE_REACH))
    if scale is not None and scale.start() <= start and end <= scale.end() and not _RESPECTIVELY.match(ctx.text, scale.end()):
        return "the grading scale"
    return None
