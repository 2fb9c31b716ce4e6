"""The object of a verb of rating: whether the thing rated is a council or its services.

"Inspectors rated Kent's plans for the service 'good'" grades plans, not services: a
verb of rating whose object stands between it and the grade, and whose head is no
council, service or judgement, vetoes the grade whichever rule found it ("... 'good'
overall", "... 'good' in all areas").
"""

from __future__ import annotations

from typing import Final

import regex

from ..._timed import timed
from ...context import Context
from .fragments import _COUNCIL_LINE_REST, _GRADE_PATTERN, _JUDGEMENT_PATTERN, RATING_LISTS
from .guards import rating_lead

#: The object's last words: a council, its services or one of them ("Kent's leadership").
_OBJECT_END: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|trust|\L<judgements>"
    r"|performance|county|borough|city|it|them|both(?:\ (?:areas|services|councils|authorities))?|(?:all|each|every)\ (?:\w+\ )?areas?|arrangements|procedures))"
    r"(?-i:\ \([A-Z]{2,6}\))?,?$",  # "the Local Safeguarding Children Board (LSCB)"
    judgements=RATING_LISTS["judgements"]
)
#: A judgement's name, whose prepositions are its own ("help and protection of children").
_JUDGEMENT_NAME: Final = timed(r"(?<!\w)(?i:\L<judgements>)(?!\w)", judgements=RATING_LISTS["judgements"])
#: What ends an object's head: a preposition, or a participle and "by" ("services
#: provided by Kent", "the help given to care leavers").
_PREPOSITION: Final = timed(r"\ (?i:(?:\w{2,}ed|run|led|given|done|overseen|undertaken)\ by|for|of|in|at|with|across|to|on|by|from)\ ")
#: Words between a verb of rating and its grade that are no object: "rated as", "judged to be".
_OBJECT_LINK: Final = timed(
    r"""["']?(?:\ ["'\u2018\u201c]?(?i:as|to\ be|as\ being|being|overall|now|still|again|also|as\ one\ (?:that|which)|(?-i:\p{Ll}\w*ly)))*["'\ ]*$"""
)
#: How a noun phrase opens: a determiner or a possessive ("the council's plans").
_NOUN_PHRASE: Final = timed(r"(?:(?i:the|a|an|its|their|his|her|our|this|these|those)\ |[\w-]+'s?\ )")
#: Verbs of rating that take the rated thing as their object ("rated Kent good").
_ACTIVE_LEAD: Final = timed(
    r"(?i:rat(?:ed|es|e|ing)|judg(?:ed|es|e|ing)|grad(?:ed|es|ing)|brand(?:ed|s|ing)|deem(?:ed|s|ing)|found|find(?:s|ing)?"
    r"|consider(?:ed|s|ing)|declared|labell?(?:ed|ing)|condemn(?:ed|s|ing)?|class(?:ed|ified|ifies|es))"
)
#: A finite verb: what stands between "found" and a grade is a clause, not an object.
_FINITE_VERB: Final = timed(r"(?i:\b(?:is|are|was|were|has|have|had|remains?)\b)")
#: What ends a head noun: a preposition, a comma, the object's end (not a noun it modifies:
#: "the management team's grip", "its case management system").
_HEAD_ENDS: Final = timed(r"\ (?i:in|of|for|at|across|by|from|with|to|on|and|offered|provided|given|delivered|received|available)\b|,|$")


def guard_object_not_council(m: regex.Match[str], ctx: Context) -> str | None:
    """A rated verb's object whose head (before a preposition: "Kent's plans for the
    service") is no council or service of one, or that holds a grade itself."""
    # "inspectors rated the council's plans for improvement good"
    return _object_fault(ctx, *m.span("object"))


def guard_rated_other_object(ctx: Context, start: int) -> str | None:
    """A grade at ``start`` completing a verb of rating before it in its clause whose
    object, between them, is no council or service ("rated the council's plans 'good'
    overall", "judged its special educational needs provision good"); a grade after
    another ("rated Kent good for leadership and outstanding for ...") is not one."""
    lead = rating_lead(ctx, start)
    if lead is None or not _ACTIVE_LEAD.fullmatch(lead.group()):
        return None
    obj_start = lead.end()
    while obj_start < start and ctx.text[obj_start] == " ":
        obj_start += 1
    link = _OBJECT_LINK.search(ctx.text, obj_start, start)
    obj_end = link.start() if link is not None else start
    named = any(a.start == obj_start for a in ctx.mentions_in(obj_start, obj_end))  # "Barking and Dagenham's plans"
    if obj_end <= obj_start or not (named or _NOUN_PHRASE.match(ctx.text, obj_start, obj_end)):
        return None  # no object, or an adverb or clause rather than a thing rated
    if _GRADE_PATTERN.search(ctx.text, obj_start, obj_end) or _FINITE_VERB.search(ctx.text, obj_start, obj_end):
        return None  # a second complement ("rated Kent good for X and outstanding for Y"), a clause ("found Kent has")
    if any(_HEAD_ENDS.match(ctx.text, j.end(), obj_end) for j in _JUDGEMENT_PATTERN.finditer(ctx.text, obj_start, obj_end)):
        return None  # a judgement as the head, however phrased ("the experiences of children in care in Kent")
    return _object_fault(ctx, obj_start, obj_end)


def _object_fault(ctx: Context, start: int, end: int) -> str | None:
    """What is wrong with ``[start, end)`` as the object of a verb of rating, if anything."""
    mentions = ctx.mentions_in(start, end)
    # a council's name or a judgement's ("the impact of leaders") is one head, prepositions and all
    names = [(a.start, a.end) for a in mentions]
    names += [j.span() for j in _JUDGEMENT_NAME.finditer(ctx.text, start, end)]
    for p in _PREPOSITION.finditer(ctx.text, start, end):
        if not any(a <= p.start() < b for a, b in names):
            end = p.start()
            break
    ends_with_council = any(_COUNCIL_LINE_REST.fullmatch(ctx.text, a.end, end) for a in mentions if a.end <= end)
    if not (ends_with_council or _OBJECT_END.search(ctx.text, start, end)):
        return "its object is no council or service"
    if _GRADE_PATTERN.search(ctx.text, start, end):
        return "its object holds a grade"
    return None


__all__ = ["guard_object_not_council", "guard_rated_other_object"]
