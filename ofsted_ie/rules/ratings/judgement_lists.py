"""Judgements listed after a grade: joined to one just named ("'good' for adoption and
care leavers"), opened by a count of areas ("in two areas: adoption and leadership"), or
added after the overall grade and its date ("'good' overall in 2018, and for leadership").
Also the date two coordinated grades share ("'good' and 'inadequate' respectively in 2018").
"""

from __future__ import annotations

from typing import Final

from ..._timed import TimedPattern, timed
from ...context import Context
from ...records import Judgement
from .fragments import _JUDGEMENT_NAMED, _JUDGEMENT_PATTERN, CASE_NOUNS, RATING_LISTS, _judgement

#: What opens a list of judgements after a grade: "in three out of five areas -", "in:".
_AREAS_LEAD: Final = timed(
    r"""(?i:["'\u2019\u201d]?(?:\ (?:rating|grade|judgement|judgment)s?)?"""  # "(a 'good') rating in two of the areas"
    r"\ (?:in|for|across)\ (?:(?:[\w-]+\ ){0,5}?(?:areas?|categories|category|judgements?|judgments?|domains?)"
    r"|the\ (?:first|second|third|fourth|fifth|other|remaining|last)(?:\ (?:one|area|category))?)"
    r"(?:\ ?[-:]\ |,\ (?:namely|including)\ |\ \())"  # "in three of the four categories (A, B and C)", "in the fourth (D)"
)


#: What joins a further judgement to one just named: ", and for", " and ", ", ", ", to",
#: after a relative clause of what is given ("help and protection it gives to children, for
#: children in care"), with the service for it between ("as well as the overall leadership", ", to the services
#: provided to those in its care"); not the subject of a clause of its own ("and its
#: leadership was criticised").
_JOINED_JUDGEMENT: Final = timed(
    r"(?:\ (?i:performance|services?|support|work|arrangements))?"  # "adoption performance, ..."
    r"(?:\ (?i:it|they)\ (?i:gives?|provides?|offers?|delivers?)(?:\ (?i:to)\ [\w'-]+(?:\ [\w'-]+)?)?)?"  # "(help and protection) it gives to children"
    r"(?:,\ |,?\ (?i:and|as\ well\ as)\ |\ &\ )(?:(?i:for|in|to|on)\ )?(?:(?i:its|their|the)\ )?(?:(?i:overall)\ )?"
    r"(?:(?i:experiences?\ (?:and\ progress\ )?of|progress\ of|(?:support|services?|provision)(?:\ (?:provided|offered|given))?\ (?:for|to))\ )?"
    r"(?P<judgement>(?i:\L<judgements>))(?!\w)"
    r"(?!(?:\ (?!(?i:and|or|who|which|that)\b)[\w'-]+){0,3}?\ (?i:is|are|was|were|has|have|had|remains?|remained|will|would|must|needs?|needed)\b)",
    judgements=RATING_LISTS["judgements"],
)


def _joined_after(ctx: Context, end: int) -> list[Judgement]:
    """Judgements joined to one ending at ``end``: "adoption and care leavers" (at most four)."""
    out: list[Judgement] = []
    for _ in range(4):
        joined = _JOINED_JUDGEMENT.match(ctx.text, end)
        if joined is None:
            break
        out.append(_judgement(joined.group("judgement")))
        end = joined.end()
    return out


#: A judgement named right after a grade with "for", "in" or "on", a few words between
#: perhaps: "requires improvement for help and protection", "inadequate on care leavers",
#: "good for its work with care leavers" (no "care leavers plans": ``CASE_NOUNS``).
_NAMED_AFTER: Final = timed(
    rf"""["'\u2019\u201d]?{_JUDGEMENT_NAMED}(?!\ (?i:\L<case_nouns>)\b)""",
    judgements=RATING_LISTS["judgements"], case_nouns=list(CASE_NOUNS),
)


def judgements_after(ctx: Context, end: int) -> list[Judgement]:
    """The judgements a grade ending at ``end`` is given for, named right after it ("for
    help and protection", "on adoption and care leavers"): a grade's own, whatever its
    clause's subject named ("rated good for leadership and requires improvement for help
    and protection")."""
    named = _NAMED_AFTER.match(ctx.text, end)
    if named is None:
        return []
    return [_judgement(named.group("judgement")), *_joined_after(ctx, named.end("judgement"))]


#: What opens that list after a grade when the clause's subject counted the areas:
#: "(three of the four areas were given requires improvement) - ", ": ", ", namely".
_COUNTED_AREAS_LEAD: Final = timed(r"""["']?(?i:\ overall)?(?:\ ?[-\u2013:]|,\ (?i:namely|including))\ """)


def _listed_after(ctx: Context, end: int, lead_pattern: TimedPattern = _AREAS_LEAD) -> list[Judgement]:
    """Judgements a grade is given for, listed after it: "judged to require improvement
    in two areas: adoption and leadership"."""
    lead = lead_pattern.match(ctx.text, end)
    if lead is None:
        return []
    _, s_end = ctx.prepared.sentence_at(end)
    s_end = max(s_end, lead.end())
    if lead.group().endswith("("):  # the bracket's list only: "(A and B) and 'good' in the fourth (C)"
        close = ctx.text.find(")", lead.end(), s_end)
        s_end = close if close >= 0 else s_end
    found = _JUDGEMENT_PATTERN.finditer(ctx.text, lead.end(), s_end)
    return list(dict.fromkeys(_judgement(j.group()) for j in found))


#: Judgements added after the overall grade and its date: "('good') overall in May 2018,
#: and for leadership", "overall, as well as for adoption".
_ALSO_FOR: Final = timed(
    r"(?:,?\ (?i:in|on)\ (?:\d{1,2}\ )?(?:(?i:\L<months>)\ )?(?:19|20)\d\d)?"  # the grade's own date between
    r"(?:,\ |,?\ (?i:and|as\ well\ as)\ )(?:(?i:also)\ )?(?i:for)\ (?:(?i:its|their|the)\ )?"  # "overall, for X and for Y"
    r"(?:(?i:experiences?\ (?:and\ progress\ )?of|progress\ of|(?:support|services?|provision)\ for)\ )?"  # "and for services for care leavers"
    r"(?P<judgement>(?i:\L<judgements>))(?!\w)",
    judgements=RATING_LISTS["judgements"], months=RATING_LISTS["months"],
)


def also_for(ctx: Context, end: int) -> list[Judgement]:
    """Judgements given the same grade after an overall one ending at ``end``: "rated
    'good' overall in 2018, and for adoption and care leavers" adds the two, as does
    "'good' overall, for adoption and for care leavers"."""
    found = _ALSO_FOR.match(ctx.text, end)
    if found is None:
        return []
    return [_judgement(found.group("judgement")), *_joined_after(ctx, found.end("judgement"))]


#: A next sentence that extends a grade to every judgement, listing some: "This is for all
#: aspects of its work, including ...", "That applies to every area inspected, including".
_ALL_AREAS_NEXT: Final = timed(
    r"\s*(?i:this|that|it|the\ (?:rating|grade|judgement))\ (?:is|was|applies|applied|covers|covered|extends|extended)"
    r"\ (?:to\ |for\ |across\ )?(?i:all|every|each)\ (?:of\ the\ )?(?:[\w-]+\ ){0,2}?(?i:aspects?|areas?|parts?|judge?ments?)\b"
)


def all_areas_next(ctx: Context, end: int) -> list[Judgement]:
    """The judgements the sentence after the grade's (ending at ``end``) lists when it
    extends the grade to every one ("... to 'good'. The grade covers every part of its work,
    including children in care and care leavers"); none otherwise."""
    _, s_end = ctx.prepared.sentence_at(end)
    n_start, n_end = ctx.prepared.sentence_at(min(len(ctx.text) - 1, s_end + 1))
    if n_start < s_end or _ALL_AREAS_NEXT.match(ctx.text, n_start, n_end) is None:
        return []
    return list(dict.fromkeys(_judgement(j.group()) for j in _JUDGEMENT_PATTERN.finditer(ctx.text, n_start, n_end)))
