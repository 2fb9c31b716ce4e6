"""People named with a body rather than a role: in a bracketed list ("representatives
(Jane Doe, Kent County Council; Sam Roe, Essex County Council)", "Jane Doe (Kent County
Council) and Sam Roe (Essex County Council)"), "Jane Doe, of Kent Children's Trust, said",
or as who leads a team ("Inspectors led by Jane Doe", "the board, chaired by Sam Roe"); and
who chairs or heads a body ("Jane Doe, who chairs the Kent Safeguarding Children
Partnership,": "chair of" it).

No role is written, so none is given; the authority is the council named (or a trust
serves), an inspector's none. The patterns and the authority of a person with no role
(``story_authority``) are here; ``people`` builds from them.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from .._vocab import BODY_HEADS
from ..context import Context
from ._fragments import COUNCIL_ACRONYM, HONORIFIC, NAME, alternation
from .people_roles import ROLE_NOUN

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
#: Who chairs or heads a body, in a relative clause: "Jane Doe, who chairs the Kent
#: Safeguarding Children Partnership, said", "who chairs the scrutiny committee" (the
#: post: "chair of" the body).
CHAIRS = rf"""
    (?<![\w']){HONORIFIC}{{0,2}}{NAME},\ who\ (?:now\ |also\ |currently\ )?(?P<verb>chairs|heads)
    \ (?P<body>(?:the\ )?\p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|of|for|and|on|with|upon|under)){{0,8}}
      |(?:the|its)\ (?:(?:council's|authority's)\ )?(?:[\p{{Ll}}'-]+\ ){{0,3}}?(?:committee|board|panel|partnership|forum|commission))(?=,|\ (?:said|says|told)\b)
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


#: A post before the council in brackets: "Jane Doe (chief executive, Kent County Council)".
_POST_THEN_BODY: Final = timed(rf"(?P<post>(?:[\p{{Ll}}'&-]+\ ){{0,4}}?{ROLE_NOUN}(?:\ (?:of|for)\ [\p{{Ll}}'&, -]{{1,60}}?)?),\ ")


#: A post's remit after its comma in brackets: "(assistant director, safeguarding)".
_REMIT_AFTER: Final = timed(r"(?i:\L<remit_words>)(?![\w'-])(?:(?:\ |,\ |\ and\ |\ &\ |\ in\ |\ of\ )(?i:\L<remit_words>)(?![\w'-])){0,5}")


#: A body by its name and the noun heading it, no council: "Kent Police", "Riverside
#: Healthcare NHS Foundation Trust" (not a council's own department: "Children's Services").
_ORGANISATION: Final = timed(
    rf"(?:the\ )?\p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|of|for|and|&|upon|on|the|with)){{0,7}}\ (?:{alternation(BODY_HEADS)})"
)
def bracketed_post(body: str, start: int, ctx: Context) -> tuple[bool, str | None, str | None]:
    """Whether a bracketed ``body`` (at ``start``) says whose a person is, and its post
    (lower-cased) and council: "Kent County Council" is a council with no post; "chief
    executive, Kent County Council" a post and council; "assistant director, safeguarding"
    a post with its remit, no council; another body by its name ("Kent
    Police", "Riverside Healthcare NHS Foundation Trust") no council's."""
    post = _POST_THEN_BODY.match(body)
    if post is None:
        council = council_of(body, start, ctx)
        if council is None and _ORGANISATION.fullmatch(body):  # "(Kent Children's Trust)": the council it serves
            return True, None, served_council(body, ctx)
        return council is not None, None, council
    council = council_of(body[post.end():], start + post.end(), ctx)
    if council is None and _REMIT_AFTER.fullmatch(body, post.end()):  # "(assistant director, safeguarding)": a post and its remit
        return True, " ".join(body.lower().split()), None
    return council is not None, post.group("post").lower() if council is not None else None, council


#: A post's place after it: "at Kent County Council" (not "at the council": a post's own
#: words), "for Kent County Council" (a council by its full name: "for Children" is a
#: remit), "at Kent's children's services" (a council's department).
_AT_PLACE: Final = timed(
    r"\ (?:at\ (?P<body>(?:the\ )?\p{Lu}.{0,80}?)(?P<department>'s(?:\ [\p{Ll}'-]+){1,4})?"
    r"|for\ (?P<body>(?:the\ )?\p{Lu}.{0,60}?\ Council))$"
)
#: A council's acronym opening a post ("KCC leader", "former WSCC cabinet member"), after its qualifiers.
_COUNCIL_ACRONYM: Final = timed(
    rf"(?P<before>(?:(?i:former|then|ex|current|outgoing|new|acting|interim)[\ -])*){COUNCIL_ACRONYM}\ (?=\p{{L}})"
)
#: A council's area after a post, the council alone: "director of children's services in
#: (neighbouring) Kent".
_IN_PLACE: Final = timed(r"\ in\ (?:(?:neighbouring|nearby)\ )?(?P<body>\p{Lu}.{0,60})$")


#: When a post was held, after it: "director at the time (of the inspection)", "... when the
#: report came out", "chief executive in 2019".
_AT_TIME: Final = timed(r"\ (?:at\ the\ time(?:\ of\ .{1,60})?|when\ .{1,80}|until\ .{1,40}|(?:in|since|from)\ (?:\p{Lu}\p{Ll}+\ )?(?:19|20)\d\d)$")


def role_without_place(role: str, start: int, ctx: Context) -> str:
    """A post (at ``start``) without the council it names as where it is held, nor when:
    "head of safeguarding at Kent County Council" (or "for Kent County Council", "at Kent's
    children's services", "KCC head of safeguarding") -> "head of safeguarding" (the council is
    the person's authority; "chief executive of Kent Council" keeps its "of": that is how
    the post is written); "director at the time" -> "director"; "director in neighbouring
    Kent" -> "director"."""
    role = role[: when.start()] if (when := _AT_TIME.search(role)) else role
    if acronym := _COUNCIL_ACRONYM.match(role):
        role = acronym.group("before") + role[acronym.end():]
    area = _IN_PLACE.search(role)
    if area is not None and council_of(area.group("body"), start + area.start("body"), ctx) is not None:
        return role[: area.start()]
    at = _AT_PLACE.search(role)
    if at is None:
        return role
    body = at.group("body")
    council = council_of(body, start + at.start("body"), ctx)
    # the council by a name of its own, not a body that serves it ("Together for Children")
    if council is not None and set(council.lower().split()) & set(body.lower().split()):
        return role[: at.start()]
    return role


def running_council(ctx: Context, start: int, end: int) -> str | None:
    """The council whose name starts at ``start`` and runs on past ``end``: a post's place
    read only to the "and" of "at Barking and Dagenham's children's services"."""
    named = [m for m in ctx.mentions_in(start, end + 80) if m.start == start]
    return named[0].name if named and named[0].end > end else None


#: A common noun of a body right before a capitalised name: the name is the body's ("the
#: charity Kids First", "the think tank Civic Futures", "campaign group Care Now").
_BODY_NOUN_BEFORE: Final = timed(
    r"(?i:\b(?:charity|organisation|organization|group|company|firm|union|body|think\ tank|agency|association|society"
    r"|campaign|consultancy|provider|network|partnership|foundation|newspaper|magazine|website|programme|scheme|initiative)\ )$"
)


def names_a_body(text: str, start: int) -> bool:
    """Whether the capitalised name at ``start`` follows a common noun of a body, as its name."""
    return _BODY_NOUN_BEFORE.search(text, max(0, start - 16), start) is not None


#: The inspectorate owning the name after it: "Ofsted's Jane Doe", "Ofsted inspector Jane Doe".
_INSPECTORATE_BEFORE: Final = timed(r"(?:\bOfsted's|\bOFSTED's|\bOfsted(?:\ (?i:inspector|hmi))?)\ $")


def story_authority(m: regex.Match[str], ctx: Context) -> str | None:
    """The council of a person (group ``name`` of ``m``) with nothing tying them to one: none
    for the inspectorate's ("Ofsted's Jane Doe"), else the council their sentence names,
    else the one the article is about (not one named in passing before)."""
    at = m.start("name") if "name" in m.re.groupindex else m.start()
    if _INSPECTORATE_BEFORE.search(ctx.text, max(0, at - 24), at):
        return None
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    return ctx.authority_for(m.start(), m.end()) if ctx.mentions_in(s_start, s_end) else ctx.main_authority


#: A trust named for the council it serves: "Wigan Children's Trust", "Kent Children's
#: Services Trust", "Slough Children First".
_TRUST: Final = timed(r"(?P<place>\p{Lu}[\w&'-]*(?:\ (?:\p{Lu}[\w&'-]*|upon|on|and|of|with)){0,4}?)\ (?:Children(?:'s|s')?\ (?:Services\ )?Trust|Children\ First|(?:Local\ )?Safeguarding\ (?:Children\ )?(?:Partnership|Board))\b")


def served_council(body: str, ctx: Context) -> str | None:
    """The council a children's trust or safeguarding partnership named in ``body`` serves, if one
    alone bears its place's name."""
    trust = _TRUST.search(body)
    if trust is None:
        return None
    names = ctx.gazetteer.lookup(trust.group("place"))
    return names[0] if len(names) == 1 else None


__all__ = ["BRACKETED", "INSPECTORS", "LED_BY", "OF_BODY", "bracketed_post", "council_of", "names_a_body", "role_without_place", "running_council", "served_council",
           "story_authority"]
