"""People named with a body rather than a role: in a bracketed list ("representatives
(Jane Doe, Kent County Council; Sam Roe, Essex County Council)", "Jane Doe (Kent County
Council) and Sam Roe (Essex County Council)"), "Jane Doe, of Kent Children's Trust, said",
or as who leads a team ("Inspectors led by Jane Doe", "the board, chaired by Sam Roe").

No role is written, so none is given; the authority is the council named (or a trust
serves), an inspector's none. The patterns are here; ``people`` builds from them.
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ._fragments import HONORIFIC, NAME

#: A name with its council, in brackets or a bracketed list parted by semicolons.
BRACKETED = rf"""
    (?<=[(;]\ ?){HONORIFIC}{{0,2}}{NAME},\ (?P<body>[^;()\n]{{3,60}}?)(?=;|\))       # "(Jane Doe, Kent County Council;"
  | (?<![\w']){HONORIFIC}{{0,2}}{NAME}\ \((?P<body>[^;()\n]{{3,60}})\)            # "Jane Doe (Kent County Council)"
"""
#: A speaker of a body: "Jane Doe, of the Kent Children's Trust, said", "Jane Doe from
#: the NSPCC said", "Sam Roe, from Kent Council, said".
OF_BODY = rf"""
    (?<![\w']){HONORIFIC}{{0,2}}{NAME}(?P<comma>,)?\ (?(comma)(?:of|from)|(?:from|of|at))
    \ (?P<body>(?:the\ )?\p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|of|for|and|upon|on|with)){{0,7}})(?(comma),)
    \ (?=(?:said|says|told|added|explained|commented|warned|welcomed|admitted|who)\b)
"""
#: Who leads a team: "Inspectors led by Jane Doe", "commissioners led by", "chaired by".
LED_BY = rf"""
    (?<![\w'])(?:(?P<team>\w+),?\ )?(?:led|chaired|headed)\ by\ (?:the\ )?{HONORIFIC}{{0,2}}{NAME}
"""
#: What may follow a council's name in a body that is that council.
_COUNCIL_TAIL: Final = timed(r"(?:\ (?:Metropolitan\ )?(?:(?:City|County|Borough|District)\ )?Council)?")
INSPECTORS: Final = timed(r"(?i:inspectors?|ofsted|inspection|hmi)")


def council_of(body: str, start: int, ctx: Context) -> str | None:
    """The council ``body`` (at ``start``) is, if it is one and nothing else."""
    inside = ctx.mentions_in(start, start + len(body))
    if not inside:
        return None
    lead = body[: inside[0].start - start]
    if lead not in ("", "the "):
        return None
    tail = body[inside[-1].end - start:] if len(inside) == 1 else "x"
    return inside[0].name if _COUNCIL_TAIL.fullmatch(tail) else None


#: A post's place after it: "at Kent County Council" (not "at the council": a post's own words).
_AT_PLACE: Final = timed(r"\ at\ (?P<body>(?:the\ )?\p{Lu}.{0,80})$")


def role_without_place(role: str, start: int, ctx: Context) -> str:
    """A post (at ``start``) without the council it names as where it is held: "head of
    safeguarding at Kent County Council" -> "head of safeguarding" (the council is the person's authority;
    "chief executive of Kent Council" keeps its "of": that is how the post is written)."""
    at = _AT_PLACE.search(role)
    if at is None:
        return role
    body = at.group("body")
    council = council_of(body, start + at.start("body"), ctx)
    # the council by a name of its own, not a body that serves it ("Together for Children")
    if council is not None and set(council.lower().split()) & set(body.lower().split()):
        return role[: at.start()]
    return role


#: A common noun of a body right before a capitalised name: the name is the body's ("the
#: charity Kids First", "the think tank Civic Futures", "campaign group Care Now").
_BODY_NOUN_BEFORE: Final = timed(
    r"(?i:\b(?:charity|organisation|organization|group|company|firm|union|body|think\ tank|agency|association|society"
    r"|campaign|consultancy|provider|network|partnership|foundation|newspaper|magazine|website|programme|scheme|initiative)\ )$"
)


def names_a_body(text: str, start: int) -> bool:
    """Whether the capitalised name at ``start`` follows a common noun of a body, as its name."""
    return _BODY_NOUN_BEFORE.search(text, max(0, start - 16), start) is not None


__all__ = ["BRACKETED", "INSPECTORS", "LED_BY", "OF_BODY", "council_of", "names_a_body", "role_without_place"]
