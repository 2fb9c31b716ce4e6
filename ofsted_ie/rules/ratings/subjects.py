"""The councils and the judgements a clause's subject names: a coordinated list ("Kent,
Medway and Surrey", "adoption and care leavers"), "both councils", a plural referring
back to the councils the sentence before listed; a council or judgement compared with
("like Medway", "like leadership") is none of them."""

from __future__ import annotations

from typing import Final

from ..._asides import relative_clauses
from ..._timed import timed
from ...context import Context
from ...records import Judgement
from .._common import JUDGEMENT_POSTMODIFIER
from .fragments import _BOTH, _JUDGEMENT_PATTERN, COMPARED_BEFORE, _judgement

__all__ = ["LIST_GAP", "PLURAL_SUBJECT", "in_relative_of_council", "previous_subject_list", "subject_authorities", "subject_judgements"]

#: What may stand between two items of a list: "A, B and C", "A services, B support".
LIST_GAP: Final = timed(
    r"(?:'s)?(?i:\ (?:services?|support|work|performance|arrangements|councils?))?"
    r"(?:\ in\ (?:the\ )?\p{Lu}[\w-]*(?:\ \p{Lu}[\w-]*){0,2})?"  # a place after an item: "Sutton in London and ..."
    r"""["']?(?i:[ ,;]*(?:and|&|,|;|as\ well\ as)[ ,]*(?:for\ )?(?:the\ [\w-]+'s\ |its\ |the\ |their\ )?)["']?"""  # "..., and (for) the trust's leadership"
    r"(?i:(?:services?|support|provision)\ (?:for|to)\ (?:the\ )?)?"  # "child protection work and provision for children in care"
    r"|[ ,;]+|\ (?i:joined|joins|joining)\ "  # "A joined B (in being rated good)"
)


#: What may stand between two judgements of a list besides ``LIST_GAP``: the first's
#: postmodifier, who it is given to ("the help and protection given to children at risk
#: and the impact of leaders"), and the second's "experiences (and progress) of" ("..., and
#: the experiences of children in care").
_JUDGEMENT_GAP: Final = timed(
    rf"{JUDGEMENT_POSTMODIFIER}?"
    r"(?:,|,?\ (?i:and|as\ well\ as|plus))\ (?:(?i:of|for)\ )?(?:(?i:the|its|their)\ )?"  # "..., and of children in care,", "..., plus the ..."
    r"(?i:experiences?\ (?:and\ progress\ )?of\ |progress\ of\ |(?:support|services?|provision)\ (?:for|to)\ (?:the\ )?)?"
)


def _coordinated(ctx: Context, spans: list[tuple[int, int]], *, judgements: bool = False) -> list[int]:
    """Indices of the last span and those joined to it as a list ("A, B and C"); of
    ``judgements``, whose items may carry a postmodifier ("help and protection given to
    children and ...")."""
    if not spans:
        return []
    keep = [len(spans) - 1]
    for i in range(len(spans) - 2, -1, -1):
        gap = ctx.text[spans[i][1] : spans[i + 1][0]]
        if LIST_GAP.fullmatch(gap) is None and not (judgements and _JUDGEMENT_GAP.fullmatch(gap)):
            break
        keep.append(i)
    return sorted(keep)


def subject_judgements(ctx: Context, region_start: int, region_end: int) -> list[Judgement]:
    """Judgements named as a list in the subject region of a clause."""
    found = [m for m in _JUDGEMENT_PATTERN.finditer(ctx.text, region_start, region_end)  # none compared with: "like leadership"
             if not COMPARED_BEFORE.search(ctx.text, max(region_start, m.start() - 40), m.start())]
    spans = [m.span() for m in found]
    return [_judgement(found[i].group()) for i in _coordinated(ctx, spans, judgements=True)]


def subject_authorities(ctx: Context, region_start: int, region_end: int, anchor: int) -> list[str | None]:
    """Authorities a clause is about: a coordinated list in its subject, "both
    councils", else the one the context gives."""
    found = ctx.mentions_in(region_start, region_end)
    if len(found) > 1:  # "Kent, which shares a director with Medway, (was rated good)": the subject's
        s_start, s_end = ctx.prepared.sentence_at(region_start)
        closed = [(a, b) for a, b in relative_clauses(ctx, s_start, max(s_end, region_end)) if b <= region_end]
        found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in closed)] or found
    # a council right after another and "in" places it ("St Helens in Lancashire"): not a subject
    mentions = [b for a, b in zip([None, *found], found, strict=False) if a is None or ctx.text[a.end : b.start] != " in "]
    # a council compared with ("Kent, like neighbouring Medway, was rated good"): not a subject
    mentions = [m for m in mentions if not COMPARED_BEFORE.search(ctx.text, max(region_start, m.start - 40), m.start)] or mentions
    if mentions:
        keep = _coordinated(ctx, [(m.start, m.end) for m in mentions])
        names = list(dict.fromkeys(mentions[i].name for i in keep))
        return names  # type: ignore[return-value]
    if _BOTH.search(ctx.text, region_start, region_end):
        before = list(dict.fromkeys(m.name for m in reversed(ctx.mentions) if m.end <= region_start))
        if len(before) >= 2:
            return [before[1], before[0]]
    if PLURAL_SUBJECT.match(ctx.text, region_start, region_end):
        # "They were rated good for adoption": the councils listed as the previous sentence's subject
        listed = previous_subject_list(ctx, region_start)
        if len(listed) > 1:
            return listed  # type: ignore[return-value]
    return [ctx.authority_for(anchor, anchor)]


#: A plural subject that refers back: "They", "These councils", "All four", "Each of them".
PLURAL_SUBJECT: Final = timed(
    r"\W*(?i:they|these\ (?:councils|authorities|areas)|all\ (?:three|four|five|six|of\ them)|each\ of\ them|both(?!\ (?:areas|judge?ments)\b)"
    r"|(?:each|all|both)\ of\ (?:the|these|those)(?:\ (?:two|three|four|five|six))?\ (?:councils|authorities|local\ authorities|boroughs))\b"
)  # "Each of the three authorities (was rated good)", "Both (were judged good)"


def in_relative_of_council(ctx: Context, start: int, at: int) -> bool:
    """Whether the grade at ``at`` is in a relative clause of a council named after the
    clause's subject: "Both are partners of Kent, which is rated good" (Kent's grade)."""
    named = ctx.mentions_in(start, at)
    return bool(named) and _RELATIVE_AFTER.match(ctx.text, named[-1].end) is not None


_RELATIVE_AFTER: Final = timed(r",?\ (?:which|who)\b")


def previous_subject_list(ctx: Context, at: int) -> list[str]:
    """The councils listed together in the sentence before ``at``'s ("A, B and C all ...")."""
    s_start, _ = ctx.prepared.sentence_at(at)
    p_start, p_end = ctx.prepared.sentence_at(max(0, s_start - 2))
    if p_start >= s_start:
        return []
    mentions = ctx.mentions_in(p_start, min(p_end, s_start))
    if len(mentions) < 2:
        return []
    keep = _coordinated(ctx, [(m.start, m.end) for m in mentions])
    return list(dict.fromkeys(mentions[i].name for i in keep)) if len(keep) > 1 else []
