"""Ellipsis: grades whose verb or subject the text says once for two clauses.

"Help and protection was judged inadequate, as was the experience of children in care"
gives the second judgement the first one's grade; "Richmond's services were judged
outstanding and Kingston's good" gives the second council a grade of its own, its verb
of rating left out ("gapped"); "Richmond and Kingston were judged 'outstanding' and
'good'" pairs councils and grades in order. Each reads only the words beside the grade.
"""

from __future__ import annotations

from typing import Final

import regex

from ..._timed import FROM_END, timed
from ...context import Context
from ...records import Judgement
from .fragments import _GRADE_PATTERN, _JUDGEMENT_PATTERN, _RATED_LEAD, RATING_LISTS, _judgement

#: A judgement added after a grade by "as was": ", as was the experience of children in
#: care", ", as were its services for care leavers", "good overall, and so was its leadership",
#: "requires improvement, as does help and protection", ", and said the same of care leavers".
_AS_WAS: Final = timed(
    r"""["'\u2019\u201d]?(?:\ (?i:overall))?,\ (?i:as\ (?:was|were|is|are|did|does|do)|and\ so\ (?:was|were|is|are|did|does|do)"""
    r"""|along\ with|together\ with|as\ well\ as"""  # "judged outstanding, along with help and protection"
    # "..., and said the same of children in care", "..., and the same was true of care leavers"
    r"""|(?:and\ )?(?:(?:(?:inspectors|the\ (?:report|inspectors|letter)|ofsted|they|it)\ )?(?:said|found|concluded|judged)\ the\ same\ (?:of|about|for)|the\ same\ (?:was|is|held|holds)\ (?:true\ )?(?:of|for)"""
    r"""|the\ same\ (?:applied|applies|went|goes)\ (?:for|to)))"""
    r"""\ (?:(?i:the|its|their)\ )?(?:[\w'-]+\ ){0,4}?"""
    r"(?P<judgement>(?i:\L<judgements>))(?!\w)",
    judgements=RATING_LISTS["judgements"],
)
#: The next item of a list of judgements after one: ", the help and protection of children",
#: "(, ) and the impact of leaders" (what the item's head is of may follow it).
_NEXT_LISTED: Final = timed(
    r"""(?:\ (?i:of|for|to|offered\ to|provided\ for)\ (?:[\w'-]+\ ){0,3}?[\w'-]+)?(?:,\ (?i:and\ )?|\ (?i:and)\ )"""
    r"""(?:(?i:the|its|their)\ )?(?:(?!(?i:but|while|whereas|although|though|yet)\b)[\w'-]+\ ){0,4}?(?P<judgement>(?i:\L<judgements>))(?!\w)""",
    judgements=RATING_LISTS["judgements"],
)  # not past a contrast: "..., and so was the overall grade, but care leavers got a good"


def as_was_judgements(ctx: Context, end: int) -> list[Judgement]:
    """The judgements "as was" (or "along with") adds after a grade ending at ``end``: one,
    or each of a list ("as were A, B and C")."""
    found = _AS_WAS.match(ctx.text, end)
    if found is None:
        return []
    listed = [_judgement(found.group("judgement"))]
    while len(listed) < 6 and (found := _NEXT_LISTED.match(ctx.text, found.end())) is not None:
        listed.append(_judgement(found.group("judgement")))  # "as were A, B and C": each
    return list(dict.fromkeys(listed))


#: What opens the list of the areas after "in all four areas": ": ", " - ", " of focus: ".
_AREAS_OPEN: Final = timed(r"(?:\ (?i:of\ focus|inspected|assessed|judged))?\ ?[:\u2013-]\ |,?\ (?:[^:;.!?\n\"\u2013-]|(?<=\w)-(?=\w)){1,60}?:\ ")  # or an adjunct first: "following an inspection in May: "


def areas_listed(ctx: Context, m: regex.Match[str], group: str) -> list[Judgement]:
    """The areas listed after a grade's "in all (four) areas" (the match's ``group``, the
    overall judgement) behind a colon or a dash, to its sentence's end: "outstanding in all
    four areas: help and protection, those in care, ... and the impact leaders have", "in all
    four areas following an inspection in May: ..."."""
    if _judgement(m.group(group)) != "overall" or m.group(group).lower() == "overall effectiveness":
        return []
    opened = _AREAS_OPEN.match(ctx.text, m.end(group))
    if opened is None:
        return []
    _, s_end = ctx.prepared.sentence_at(m.end(group))
    return list(dict.fromkeys(_judgement(j.group()) for j in _JUDGEMENT_PATTERN.finditer(ctx.text, opened.end(), max(s_end, opened.end()))))


#: What stands between "and" and a gapped grade: a council, possessive or placed, and
#: nothing else ("and Kingston's", "and those in Leeds", ", and that of Kent").
_GAPPED_SUBJECT: Final = timed(
    r"""(?:,\ |\ )and\ (?:(?i:those|that)\ (?:in|of|at)\ )?(?P<council>[\p{Lu}][\w'-]*(?:,?\ (?:[\p{Lu}][\w'-]*|and|upon|on|of|with))*?)"""
    r"""(?:'s?)?(?:\ (?i:council|services|children's\ services))?\ ["'\u2018\u201c]?$"""
)
#: "and (its) <a judgement's services> <grade>" after a clause of rating: an object gapped
#: with its verb ("rated its safeguarding good and its services for children in care outstanding").
_GAPPED_JUDGEMENT: Final = timed(
    r"""(?:,\ |\ )and\ (?:(?i:its|their|the)\ )?(?:[\w'-]+\ ){0,6}?(?i:\L<judgements>)(?:\ [\w'-]+){0,3}?\ ["'\u2018\u201c]?$""",
    judgements=RATING_LISTS["judgements"],
)
#: How far back the first clause's grade may stand.
_GAPPED_WINDOW: Final = 160


def gapped(ctx: Context, start: int) -> bool:
    """Whether the grade label at ``start`` follows "and <council>" or "<grade> and" after
    a clause that rated something ("X was rated outstanding and Y good", "rated X and Y
    good and outstanding"): the verb left out is that clause's."""
    s_start, _ = ctx.prepared.sentence_at(start)
    lo = max(s_start, start - _GAPPED_WINDOW)
    subject = _GAPPED_SUBJECT.search(ctx.text, lo, start)
    if subject is not None and [(m.start, m.end) for m in ctx.mentions_in(subject.start(), start)] == [subject.span("council")]:
        cut = subject.start()
    elif (paired := _PAIRED_BEFORE.search(ctx.text, lo, start)) is not None:
        cut = paired.end()  # the second of two grades: "rated A and B 'good' and 'outstanding'"
    elif (judged := _GAPPED_JUDGEMENT.search(ctx.text, lo, start)) is not None:
        cut = judged.start()  # "rated its safeguarding good and its services for children in care outstanding"
    else:
        return False
    before = ctx.text[lo:cut]
    grades = list(_GRADE_PATTERN.finditer(before))
    return bool(grades) and _RATED_LEAD.search(before, 0, grades[-1].end()) is not None


#: A second grade coordinated after a first ("'outstanding' and 'good'"), or the first
#: before a second: the two councils of the subject take them in order.
_PAIRED_AFTER: Final = timed(
    r"""["'\u2019\u201d]?,?\ and\ ["'\u2018\u201c]?(?i:\L<grades>)(?!\w)""", grades=RATING_LISTS["grades"]
)
_PAIRED_BEFORE: Final = timed(
    r"""(?<!\w)(?i:\L<grades>)["'\u2019\u201d]?(?:\ (?i:in|at)\ (?:\w+\ ){0,2}?(?:19|20)\d\d)?"""  # "inadequate in 2015 and then"
    r""",?\ (?:and|(?=then\b))(?:\ (?i:then|later|subsequently))?\ ["'\u2018\u201c]?$""", FROM_END, grades=RATING_LISTS["grades"]
)


#: Three or more coordinated grades before "respectively": "(A, B and C were rated) good,
#: outstanding and inadequate respectively".
_RESPECTIVE_GRADES: Final = timed(
    r"""["'\u2018\u201c]?(?i:\L<grades>)["'\u2019\u201d]?(?:(?:,|,?\ and|,?\ then)\ ["'\u2018\u201c]?(?i:\L<grades>)["'\u2019\u201d]?){2,}"""
    r"""(?=,?\ (?i:respectively)\b)""", grades=RATING_LISTS["grades"])


def respective(ctx: Context, span: tuple[int, int], authorities: list[str | None]) -> list[str | None]:
    """Of councils graded by as many coordinated grades ("Richmond and Kingston were
    judged 'outstanding' and 'good' (respectively)", "A, B and C ... good, outstanding and
    inadequate respectively"), the one the grade at ``span`` is for; any other list of
    councils as it is."""
    if len(authorities) > 2:
        s_start, s_end = ctx.prepared.sentence_at(span[0])
        for listed in _RESPECTIVE_GRADES.finditer(ctx.text, max(s_start, span[0] - 120), min(max(s_end, span[1]), span[1] + 120)):
            starts = [g.start() for g in _GRADE_PATTERN.finditer(ctx.text, listed.start(), listed.end())]
            if span[0] in starts and len(starts) == len(authorities):
                return [authorities[starts.index(span[0])]]
        return authorities
    if len(authorities) != 2:
        return authorities
    if _PAIRED_AFTER.match(ctx.text, span[1]):
        return authorities[:1]
    if _PAIRED_BEFORE.search(ctx.text, max(0, span[0] - 40), span[0]):
        return authorities[1:]
    return authorities


#: A second grade after a first with its own council and the verb left out ("'good' and
#: Bolton('s) 'inadequate'"), or none ("'good' and 'inadequate'", "'good' with outstanding
#: leadership").
_SECOND_AFTER: Final = timed(
    r"""["'\u2019\u201d]?,?\ (?:and\ (?:\p{Lu}[\w-]*(?:,?\ (?:\p{Lu}[\w-]*|and|upon|on|of|under|with)){0,4}?(?:'s)?\ )?|with\ )"""
    r"""["'\u2018\u201c]?(?P<grade>(?i:\L<grades>))(?!\w)""",
    grades=RATING_LISTS["grades"],
)


def paired_span(ctx: Context, end: int) -> tuple[int, int] | None:
    """The second of two coordinated grades, when the grade ending at ``end`` is the first
    ("'outstanding' and 'good' respectively in 2018", "'good' and Bolton 'inadequate' in
    2018"): what a date after both is looked for around, the pair sharing it."""
    paired = _SECOND_AFTER.match(ctx.text, end)
    return paired.span("grade") if paired is not None else None


#: What may stand between a council and its grade in a headline: "'s", " Council", "'s
#: children's services", " children's social care".
_HEADLINE_OWNED: Final = timed(
    r"(?:'s|\u2019s)?(?:\ (?i:(?:city|county|borough|metropolitan\ borough)\ )?(?i:council))?"
    r"(?:\ (?i:children's|children\u2019s)\ (?i:services|social\ care))?\ $"
)
#: The end of a headline after its grade: the inspectorate as the source, or the line's end.
_HEADLINE_END: Final = timed(
    r"""["'\u2019\u201d]?(?:,\ (?i:says|finds|rules|according\ to)\ (?:(?i:the)\ )?(?i:Ofsted|inspectors|watchdog)"""
    r"""|\ (?i:says|finds|rules)\ (?i:Ofsted)|,\ (?i:Ofsted)\ (?i:says|finds|rules))?[ \t]*(?:\n|$)"""
)
#: A headline is short.
_HEADLINE_MAX: Final = 100


def headline_copula(ctx: Context, start: int, end: int) -> bool:
    """Whether the grade label at ``[start, end)`` follows a council (or its services)
    that opens a short line and ends it or the inspectorate's "says Ofsted": a
    headline's "is" left out ("Bury children's services inadequate, says Ofsted")."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if start - line_start > _HEADLINE_MAX or not _HEADLINE_END.match(ctx.text, end):
        return False
    before = ctx.mentions_in(line_start, start)
    return (len(before) == 1 and not ctx.text[line_start : before[0].start].strip(" \t:").removeprefix("Ofsted")
            and _HEADLINE_OWNED.fullmatch(ctx.text, before[0].end, start) is not None)


#: A grade's clause set against an earlier one, its verb left out, ending "overall": "(rated
#: good for leadership) but inadequate overall", "..., while requires improvement overall".
_GAP_BEFORE: Final = timed(r"""(?i:(?:,\ |\ )(?:but|while|whilst|whereas|and)\ (?:(?:still|only|just)\ )?["'\u2018\u201c]?$)""")
_OVERALL_END: Final = timed(r"""["'\u2019\u201d]?\ (?i:overall)(?=[.,;:!?)]|\ (?:and|but|while|whereas)\b|$)""")


def gapped_overall(ctx: Context, start: int, end: int) -> bool:
    """Whether the grade at ``[start, end)`` is the overall one of a clause whose verb of
    rating an earlier grade of its sentence gave: "rated good for leadership but
    inadequate overall"."""
    s_start, _ = ctx.prepared.sentence_at(start)
    return bool(_OVERALL_END.match(ctx.text, end) and _GAP_BEFORE.search(ctx.text, max(s_start, start - 12), start)
                and _RATED_LEAD.search(ctx.text, s_start, start))
