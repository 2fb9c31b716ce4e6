"""Guards: the named vetoes of the ratings rules, each returning why it vetoes a match.

A guard takes what it reads (a match, a clause's region) and returns a short reason,
such as "a school's grade", or ``None`` when it has no objection; builders drop a match
that any guard vetoes, so a future ``explain`` can report "vetoed by
ratings.guard_other_subject: a school's grade". What a match is about, once no guard
objects, is ``attribution``'s to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from ..._timed import timed
from ...context import Context
from .._common import COUNT_SUBJECT, GENERIC_SUBJECT
from .fragments import _BOTH, _COUNCIL_LINE_REST, _GRADE_PATTERN, _RATED_VERB, RATING_LISTS

#: "can be judged good", "on track to be rated good": hopes, not grades ("found to be" is a grade).
_HYPOTHETICAL: Final = timed(
    r"(?i:(?:can|could|would|will|might|may|should|must|(?<!found\ |judged\ |deemed\ |considered\ |said\ |"
    r"\b(?:first|second|third|only|latest)\ (?:[\w'-]+\ ){0,2}?(?:council|authority|area|department)s?\ )to)"
    r"\ (?:be\ |being\ |become\ |get\ |getting\ )?|(?:towards|(?<!(?:years|months|decades?)\ )of|for)\ (?:being|becoming|getting)\ )$"
)
#: Grades of other things than a council's children's services.
_OTHER_SUBJECT: Final = timed(
    r"(?i:\bschools?\b|academ(?:y|ies)|nurser(?:y|ies)|children's\ homes?|\bcolleges?\b|fostering|early\ years|"
    r"probation|youth\ offending|youth\ justice|\bsend\b|hospital|\bcqc\b|police)"
)
#: Nobody was given the grade: "None of the six councils has gained", "failing to secure".
_NEGATED_START: Final = timed(r"^\W*(?i:none|no|neither|not\ one|nor)\b")
_NEGATED_END: Final = timed(r"(?i:\b(?:not|never|fail(?:s|ed|ing)?\ to|unable\ to)\ (?:[\w'-]+\ ){0,3}$)")
#: Subjects of which a grade word is an ordinary adjective: "morale ... was still good".
_ORDINARY_SUBJECT: Final = timed(
    r"(?i:\b(?:morale|practice|progress|relationships?|access|communication|partnerships?|news|start|idea|example"
    r"|attendance|behaviour|health|weather|feedback|response|listening)\b)"
)
#: What a copula's subject must name to be a grade of services.
_SERVICE_SUBJECT: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|borough|county|trust|it|they)\b)"
)
#: Where the subject of the clause's verb begins: after "that", "said", a comma.
_SUBJECT_START: Final = timed(r"(?i:\b(?:that|which|who|said|says|and|but|while)\b|,)")
#: The object's last words: a council, its services or one of them ("Kent's leadership").
_OBJECT_END: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|trust|\L<judgements>))$", judgements=RATING_LISTS["judgements"]
)
#: What ends an object's head: a preposition, or a participle and "by" ("services
#: provided by Kent", "the help given to care leavers").
_PREPOSITION: Final = timed(r"\ (?i:(?:\w{2,}ed|run|given|done|overseen|undertaken)\ by|for|of|in|at|with|across|to|on|by|from)\ ")
#: Words of Ofsted's annual rating, in the sentence of "performs well".
_ANNUAL_CONTEXT: Final = timed(r"(?i:annual|rating|assessment|ofsted|judged|rated|inspectors)")
#: A rated verb and its grade, earlier in a sentence.
_RATED_GRADE = rf"(?<!\w){_RATED_VERB}\ [^.!?\n]{{0,80}}?(?<!\w)(?i:\L<grades>)(?!\w)"
_AND_THEN_LEAD: Final = timed(rf"{_RATED_GRADE}[\"']?\ (?i:in|since)\ ", grades=RATING_LISTS["grades"])
_RATED_LEAD: Final = timed(_RATED_GRADE, grades=RATING_LISTS["grades"])
#: A clause, not a label: "Care leavers said the service is good", "... all received a
#: rating of 'good'" (a verb, or a function word before the grade).
_ROW_VERB: Final = timed(
    r"(?i:\b(?:is|are|was|were|be|been|being|has|have|had|rated|judged|graded|deemed|remains?|found|said|says|not|no\ longer"
    r"|received?|receives|given|awarded|achieved|gained|kept|retained|secured|rating\ of|grade\ of)\b"
    r"|\b(?:of|as|to|a|an|the|and|or|for|in|with|than|very|too|so|more|less|most)\W*$)"
)


def guard_hypothetical(prefix: str) -> str | None:
    """A hope or a goal, not a grade, in the words just before the grade (``prefix``)."""
    # "hopes its services can be judged good at the next inspection"
    return "a hope, not a grade" if _HYPOTHETICAL.search(prefix) else None


def guard_other_subject(region: str) -> str | None:
    """A grade of something other than a council's children's services, named in the
    clause's subject ``region`` (or a row's label)."""
    # "a primary school in the borough was rated good"
    return "a school's grade" if _OTHER_SUBJECT.search(region) else None


def guard_ordinary_subject(ctx: Context, region_start: int, region_end: int, judgements: Sequence[str]) -> str | None:
    """For weak frames (a bare copula, "needs improvement"): a subject that names no
    judgement, council or service, or that names an ordinary noun, makes the grade word
    an ordinary adjective."""
    # "morale in the department was still good"
    if judgements:
        return None
    region = ctx.text[region_start:region_end]
    if (ctx.mentions_in(region_start, region_end) or _SERVICE_SUBJECT.search(region)) and not _ORDINARY_SUBJECT.search(region):
        return None
    return "an ordinary adjective"


def guard_negated(ctx: Context, region_start: int, region_end: int, grade_start: int) -> str | None:
    """Nobody was given the grade: a negated subject, or a negation just before the grade."""
    # "none of the councils has gained an outstanding rating", "councils failing to secure a good rating"
    region = ctx.text[region_start:region_end]
    if _NEGATED_START.match(region) or _NEGATED_END.search(ctx.text, max(region_start, grade_start - 60), grade_start):
        return "a negation: nobody was given the grade"
    return None


def guard_councils_in_general(ctx: Context, region_start: int, region_end: int) -> str | None:
    """A subject that names no council but councils in general, or a count or share of them."""
    # "local authorities that are rated good", "three of the councils were rated good"
    region = ctx.text[region_start:region_end]
    if ctx.mentions_in(region_start, region_end) or _BOTH.search(region):
        return None
    cuts = list(_SUBJECT_START.finditer(region))
    subject = region[cuts[-1].end() :] if cuts else region
    if GENERIC_SUBJECT.search(region):
        return "councils in general"
    if COUNT_SUBJECT.match(region) or COUNT_SUBJECT.match(subject):
        return "a count of councils"
    return None


def guard_object_not_council(m: regex.Match[str], ctx: Context) -> str | None:
    """A rated verb's object whose head (before a preposition: "Kent's plans for the
    service") is no council or service of one, or that holds a grade itself."""
    # "inspectors rated the council's plans for improvement good"
    start, end = m.span("object")
    mentions = ctx.mentions_in(start, end)
    for p in _PREPOSITION.finditer(ctx.text, start, end):
        if not any(a.start <= p.start() < a.end for a in mentions):
            end = p.start()
            break
    ends_with_council = any(_COUNCIL_LINE_REST.fullmatch(ctx.text, a.end, end) for a in mentions if a.end <= end)
    if not (ends_with_council or _OBJECT_END.search(ctx.text, start, end)):
        return "its object is no council or service"
    if _GRADE_PATTERN.search(ctx.text, start, end):
        return "its object holds a grade"
    return None


def guard_no_council_named(m: regex.Match[str], ctx: Context) -> str | None:
    """A grade as an adjective in a sentence naming no council: of councils in general."""
    # "inadequate-rated councils face intervention"
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    return None if ctx.mentions_in(s_start, max(s_end, m.end())) else "councils in general: no council named"


def guard_not_annual(m: regex.Match[str], ctx: Context) -> str | None:
    """ "performs well" in a sentence with no word of Ofsted's annual rating."""
    # "the team performs well under pressure"
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    return None if _ANNUAL_CONTEXT.search(ctx.text, s_start, max(s_end, m.end())) else "not the annual rating"


def guard_row_clause(label: str) -> str | None:
    """A report line's label that is a clause (a verb, or a function word before the
    grade), not the name of a judgement."""
    # "care leavers said the service is good"
    return "a clause, not a label" if _ROW_VERB.search(label) else None


def guard_no_rated_lead(ctx: Context, sentence_start: int, start: int) -> str | None:
    """A council and grade with the verb left out, with no rated verb and grade before
    it in the sentence to borrow."""
    # "..., and the county outstanding" with nothing rated before
    return None if _RATED_LEAD.search(ctx.text, sentence_start, start) else "no rated verb before it"


def guard_no_dated_lead(ctx: Context, sentence_start: int, start: int) -> str | None:
    """A second grade and year ("and outstanding in 2019") with no rated verb, grade and
    date before it in the sentence."""
    # "good in parts and outstanding in 2019" with nothing rated before
    return None if _AND_THEN_LEAD.search(ctx.text, sentence_start, start) else "no rated grade and date before it"
