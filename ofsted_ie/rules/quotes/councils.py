"""Councils as speakers: a speaker's phrase headed by a council's name ("Kent said"),
its staff ("Kent's social workers", "staff in Kent") or its documents ("Kent's
response") speaks for the council, as "Kent County Council" does by its title.

``sides`` reads a phrase's words alone; a place's name is a council's only where the
gazetteer found it in the text, which is what this module asks.
"""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ...context import Context
from ...records import Source
from .sides import COUNCILLOR_TITLE, SPOKESPERSON

__all__ = ["council_side", "other_body_spokesperson"]

#: What of a council speaks for it: its staff and its documents.
_OWN: Final = (
    r"(?:social\ workers?|staff|officers?|officials?|managers?|(?:senior\ )?leaders(?:hip)?|employees|workforce"
    r"|response|statement|self-assessment|self-evaluation|(?:improvement\ |action\ )?plan|press\ release|own\ report|website)"
)
#: After the council's name in the phrase: nothing, or its staff or document ("'s response").
_AFTER: Final = timed(
    rf"(?i:(?:['\u2019]s?\ (?:own\ )?{_OWN}(?:\ (?:to|on|about|after)\ [^,]{{1,60}})?"  # "'s response to the report"
    r"|(?:['\u2019]s)?\ (?:(?:county\ |city\ |borough\ )?council(?:['\u2019]s)?\ )?children(?:['\u2019]s|s)\ (?:social\ )?(?:services|care)"
    r"(?:\ (?:department|team))?)?)"  # its department: "Surrey Children's Services"
)
#: Before the council's name in the phrase: its staff ("Social workers in", "staff at").
_BEFORE: Final = timed(rf"(?i:(?:{_OWN}|(?:the\ )?(?:social\ workers?|staff|officers|managers)\ (?:in|at|from|of))\ (?:the\ )?)")
#: How far from the quotation the speaker's phrase is looked for.
_REACH: Final = 400


#: A body's proper name in a spokesperson's phrase: a capitalised word after the first, or an acronym.
#: A councillor's title or the cabinet: a spokesperson who speaks for the council.
_COUNCILLOR: Final = timed(rf"\b(?:{COUNCILLOR_TITLE}|[Cc]abinet)\b")
_BODY_NAME: Final = timed(r"(?<=\S\ )(?:\p{Lu}[\w'&-]+|\p{Lu}{2,})|^\p{Lu}{2,}\b")


def other_body_spokesperson(ctx: Context, start: int, speaker: str) -> bool:
    """Whether ``speaker`` is a spokesperson for a body the text names that is no council
    the gazetteer found: "an NSPCC spokesperson", "a spokesman for Action for Children"
    (not "a Kent County Council spokesperson", nor a bare "a spokesperson")."""
    if not SPOKESPERSON.search(speaker) or not _BODY_NAME.search(speaker) or _COUNCILLOR.search(speaker):
        return False  # "Cllr Jo Bell, cabinet spokesperson for children": a councillor's portfolio
    p_start, _ = ctx.prepared.paragraph_at(start)
    at = ctx.text.rfind(speaker, max(p_start, start - _REACH), start)
    at = at if at != -1 else ctx.text.find(speaker, start, start + _REACH)
    return at != -1 and not ctx.mentions_in(at, at + len(speaker))


def council_side(ctx: Context, start: int, end: int, speaker: str) -> Source | None:
    """``"authority"`` when ``speaker`` (the phrase that said the quotation at
    ``[start, end)``, found in its paragraph) is a council's name the gazetteer found,
    alone or with its staff or document; otherwise ``None``."""
    p_start, p_end = ctx.prepared.paragraph_at(start)
    at = ctx.text.rfind(speaker, max(p_start, start - _REACH), start)
    if at == -1:
        at = ctx.text.find(speaker, end, min(max(p_end, end), end + _REACH))
    if at == -1:
        return None
    stop = at + len(speaker)
    for mention in ctx.mentions_in(at, stop):
        before, after = ctx.text[at : mention.start], ctx.text[mention.end : stop]
        if (not before or _BEFORE.fullmatch(before)) and _AFTER.fullmatch(after):
            return "authority"
    return None
