"""Generic statements: grade words said of no council, though one is named nearby.

A grade in a general statement ("services judged 'inadequate' are visited again", "in
11% of homes it was inadequate", "a very good report") names no council's grade, even
in an article about one. Each guard returns why it vetoes, or ``None``, as in ``guards``.
"""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ...context import Context
from .._common import OTHER_PROVIDER
from .fragments import _JUDGEMENT_PATTERN

#: A degree adverb before a grade word makes it an ordinary adjective ("a very good
#: report", "really good news"): Ofsted's grades are not intensified.
_INTENSIFIER: Final = timed(
    r"""(?i:\b(?:very|really|extremely|so|quite|pretty|fairly|incredibly|hugely|genuinely|remarkably"""
    r"""|reasonably|too)\ ["'\u2018\u201c]?$)"""
)
#: Services in general as the head of a reduced relative, no determiner or owner before
#: them: "typical of services judged", "Services judged inadequate are ...".
_SERVICES_IN_GENERAL: Final = timed(
    r"""(?:^|(?<![\w'\u2019-])(?P<before>[\w'\u2019-]+)\ |[,;:(]\ ?)(?i:(?:children's|social\ care|council)\ )?(?i:services)"""
    r"""\ (?:(?i:that|which)\ (?:are|were|have\ been|had\ been|get|got)\ )?"""
    r"""(?i:rated|judged|graded|deemed|assessed|found|branded|classed|labelled)\ (?:(?i:as|to\ be)\ )?["'\u2018\u201c]?$"""
)
#: A bare plural "services" right after a grade label: "(of) 'inadequate' services".
_SERVICES_AFTER_LABEL: Final = timed(r"""["'\u2019\u201d]?\ (?i:(?:children's\ )?services|departments)\b""")
#: The word before such a label, if any: "of", "in", "all" (an owner's word is no class).
_GENERAL_LABEL_BEFORE: Final = timed(r"""(?:^|(?<![\w'\u2019-])(?P<before>[\w'\u2019-]+)\ )["'\u2018\u201c]?$""")
#: What may stand before such a bare plural: prepositions and quantifiers, not an owner.
_GENERAL_BEFORE: Final = frozenset(
    "in of for among amongst across with to all many most some other such where when from by than like on at "
    "into within whose and or".split()
)
#: A share of things as the place of a grade: "in 11% of homes it was", "in one in five cases".
#: ("in 11% it was inadequate": the share's noun left to the sentence before; "in half of
#: cases": a word share of cases or providers).
_SHARE = (
    r"(?i:\b(?:in|for|across|among|of)\ (?:(?:over|more\ than|less\ than|fewer\ than|almost|nearly|about|around|just"
    r"|some|only)\ )?(?:(?:\d+(?:\.\d+)?\ ?(?:%|per\ ?cent)|(?:one|two|three|four|\d+)\ in\ (?:\w+))(?:\ of\b|(?=,?\ (?:it|they)\b))"
    r"|(?:half|a\ third|a\ quarter|two\ thirds|three\ quarters|most|many|the\ majority|a\ minority)\ of\ (?:the\ )?"
    r"(?:cases|homes|providers|settings|schools|placements|inspections)\b))"
)
_SHARE_BEFORE: Final = timed(rf"{_SHARE}[^;:!?\n]*$")
_SHARE_AFTER: Final = timed(rf"""["'\u2019\u201d]?(?:\ overall)?,?\ {_SHARE}""")


#: A grade as a bound of a range of grades: "good or better", "'requires improvement' and above".
_BOUND_AFTER: Final = timed(
    r"""["'\u2019\u201d]?,?\ (?i:or|and)\ (?i:better|above|higher|worse|below|lower|over|beyond)(?!\w)"""
)


def guard_bound(ctx: Context, end: int) -> str | None:
    """A grade that bounds a range ("services that are good or better", "judged requires
    improvement and above"), at ``end`` the grade's end: a standard, not a grade given."""
    return "a bound of grades, not a grade" if _BOUND_AFTER.match(ctx.text, end, min(len(ctx.text), end + 20)) else None


#: Ratings in the plural counted or measured as a whole: "the increase in inadequate
#: ratings", "the number of 'good' judgements", "a rise in outstanding grades".
_AGGREGATE_BEFORE: Final = timed(
    r"""(?i:\b(?:increase|rise|fall|drop|decrease|decline|number|proportion|share|percentage|count|total|tally)"""
    r"""\ (?:in|of)\ (?:the\ )?(?:[\w-]+\ )?["'\u2018\u201c]?$)"""
)
_PLURAL_NOUN_AFTER: Final = timed(r"""["'\u2019\u201d]?\ (?:Ofsted\ )?(?i:ratings|judgements|judgments|grades|verdicts)\b""")


def guard_aggregate(ctx: Context, start: int, end: int) -> str | None:
    """Ratings in the plural counted or measured as a whole ("the increase in inadequate
    ratings was a cause for concern"), at ``[start, end)`` the grade: no council's grade."""
    if _PLURAL_NOUN_AFTER.match(ctx.text, end) and _AGGREGATE_BEFORE.search(ctx.text, max(0, start - 40), start):
        return "an aggregate of ratings, not a grade"
    return None


#: An owner of a plural grade before it in its sentence ("It received", "The council's", "This followed"), or
#: a count of one council's grades ("after two inadequate judgements").
_SINGULAR_OWNER: Final = timed(
    r"(?i:\b(?:it|its|this|these|they|their|the\ (?:council|authority|borough|county|city|department|service|trust)(?:'s)?"
    r"|services|department|two|three|four|five|several|successive|consecutive|repeated|previous|earlier|former)\b)"
)


def guard_plural_unowned(ctx: Context, start: int, end: int) -> str | None:
    """Grades in the plural ("'outstanding' ratings", the grade at ``[start, end)``) in a
    sentence that names no council and no singular owner before them: several councils'
    grades, none of them named ("More 'good' ratings as standards rise")."""
    if not _PLURAL_NOUN_AFTER.match(ctx.text, end):
        return None
    s_start, s_end = ctx.prepared.sentence_at(start)
    if ctx.mentions_in(s_start, max(s_end, end)) or _SINGULAR_OWNER.search(ctx.text, s_start, start):
        return None
    if _JUDGEMENT_PATTERN.search(ctx.text, s_start, start):
        return None  # one council's judgements: "Children in care and care leavers held on to good grades"
    return "grades in the plural of councils its sentence does not name"


def guard_intensified(ctx: Context, start: int) -> str | None:
    """A degree adverb right before the grade word: an ordinary adjective."""
    # "a very good report", "really good news"
    return "an ordinary adjective (intensified)" if _INTENSIFIER.search(ctx.text, max(0, start - 20), start) else None


def guard_services_in_general(ctx: Context, start: int, end: int) -> str | None:
    """Services in general, with no council named before the grade (at ``[start, end)``)
    in its sentence: a bare plural "services" and a verb of rating right before the
    grade, or the grade right before a bare plural "services" ("features of 'inadequate'
    services")."""
    # "drift is typical of services judged inadequate"
    s_start, _ = ctx.prepared.sentence_at(start)
    if ctx.mentions_in(s_start, start):
        return None
    m = _SERVICES_IN_GENERAL.search(ctx.text[s_start:start])  # "^": the sentence's start
    if m is None and _SERVICES_AFTER_LABEL.match(ctx.text, end):
        m = _GENERAL_LABEL_BEFORE.search(ctx.text[s_start:start])
    if m is None or (m.group("before") is not None and m.group("before").lower() not in _GENERAL_BEFORE):
        return None
    return "services in general"


def guard_share(ctx: Context, start: int, end: int) -> str | None:
    """A grade said of a share of things ("in 11% of homes it was inadequate"), not of a council."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    if _SHARE_BEFORE.search(ctx.text, s_start, start) or _SHARE_AFTER.match(ctx.text, end, max(s_end, end)):
        return "a share of things, not a council"
    return None


#: A plural subject that refers back: "Both were judged good", "They are rated outstanding".
_PLURAL_BACK: Final = timed(r"\W*(?i:both|they|all\ (?:three|four|five|of\ them)|each\ of\ them|two|three)\b")


def guard_providers_referred_to(ctx: Context, region_start: int, region_end: int) -> str | None:
    """A plural subject ("Both were judged to be good") whose antecedent, in the sentence
    before, is providers of another kind ("The council runs two children's homes.") and
    not two councils."""
    if not _PLURAL_BACK.match(ctx.text, region_start, region_end):
        return None
    if region_start < 2:
        return None
    p_start, p_end = ctx.prepared.sentence_at(region_start - 2)
    if p_start >= region_start or len(ctx.mentions_in(p_start, p_end)) >= 2:
        return None
    return "other providers referred to" if OTHER_PROVIDER.search(ctx.text, p_start, min(p_end, region_start)) else None


#: A plural grade as the object of "of", no possession of the subject's: "a flurry of ('outstanding' ratings)".
_A_RUN_OF: Final = timed(r"(?i:\b(?:a|an)\ (?:[\w-]+\ ){1,2}of\ $)")


def run_of(ctx: Context, at: int) -> bool:
    """Whether "a flurry of", "a run of" ends right before ``at``."""
    return _A_RUN_OF.search(ctx.text, max(0, at - 40), at) is not None
