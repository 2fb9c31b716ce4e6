"""The councils an inspection word is distributed over: the list that is its sentence's
subject ("Bolton, Coventry and Essex all received ..."), the one an earlier sentence has
("... The inspections took place in May"), and the list right after "inspected" ("Ofsted
inspected Bury, Wigan and Kent")."""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ..gazetteer import Mention

#: What may come before a sentence's subject list: "Both Bolton and Essex".
_SUBJECT_LEAD: Final = timed(r"\W*(?:(?i:both)\ )?")
#: How far back a definite plural looks for the councils it refers to.
_SUBJECT_WINDOW: Final = 3000


def sentence_subject(ctx: Context, s_start: int, at: int) -> tuple[str, ...]:
    """The two or more councils listed at the start of the sentence beginning at
    ``s_start``, before ``at``: its subject ("Bolton, Coventry and Essex all received
    ...")."""
    mentions = ctx.mentions_in(s_start, at)
    if len(mentions) < 2 or not _SUBJECT_LEAD.fullmatch(ctx.text, s_start, mentions[0].start):
        return ()
    unique = tuple(dict.fromkeys(_joined(ctx, mentions)))
    return unique if len(unique) > 1 else ()


def earlier_subject(ctx: Context, s_start: int) -> tuple[str, ...]:
    """The councils of the nearest earlier sentence (within a window) whose subject is a
    list of councils (once per sentence)."""
    def find() -> tuple[str, ...]:
        i = s_start
        while i > 0 and s_start - i < _SUBJECT_WINDOW:
            p_start, p_end = ctx.prepared.sentence_at(i - 1)
            if p_start >= i:
                break
            subject = sentence_subject(ctx, p_start, p_end)
            if subject:
                return subject
            i = p_start
        return ()

    return ctx.memo(("inspections.earlier_subject", s_start), find)


#: What joins the councils of a subject list: "Surrey, Devon and Kent".
_SUBJECT_JOIN: Final = timed(r"(?:'s\ (?:children's\ )?services)?(?:,\ |\ and\ |,\ and\ |\ &\ )")


def subject_list(ctx: Context, at: int) -> list[str]:
    """The councils listed as one subject that ends right before ``at`` (then a space)."""
    s_start, _ = ctx.prepared.sentence_at(at)
    mentions = ctx.mentions_in(s_start, at)
    if not mentions or ctx.text[mentions[-1].end : at].strip(" ") not in ("", "'s children's services", "councils"):
        return []
    names = [mentions[-1].name]
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if not _SUBJECT_JOIN.fullmatch(ctx.text, a.end, b.start):
            break
        names.append(a.name)
    return list(dict.fromkeys(reversed(names)))


def object_list(ctx: Context, at: int) -> list[str]:
    """The councils listed as one object right after ``at`` ("inspected Bury, Wigan and Kent")."""
    _, s_end = ctx.prepared.sentence_at(at)
    mentions = ctx.mentions_in(at, max(s_end, at))
    if not mentions or ctx.text[at : mentions[0].start].strip(" ").lower() not in ("", "the"):
        return []
    return list(dict.fromkeys(_joined(ctx, mentions)))


def _joined(ctx: Context, mentions: list[Mention]) -> list[str]:
    """The names of the first mention and of those joined to it as one list."""
    names = [mentions[0].name]
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not _SUBJECT_JOIN.fullmatch(ctx.text, a.end, b.start):
            break
        names.append(b.name)
    return names
