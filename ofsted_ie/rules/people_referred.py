"""A post named in the sentence before, held by the person whose relative clause refers
back to it: "The council's chief officer for children described the verdict as
fair. Dr Jo Bell, who took up the post in 2021, added: ..." (Jo Bell is that officer).
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ..records import Person
from ..rule import Rule
from ._common import is_name
from ._fragments import HONORIFIC, NAME
from .people_lines import sentences_naming_people
from .people_roles import ROLE

RULE_REFERRED_POST: Final = "people.referred_post"

#: A relative clause holding "the post" the sentence before named: "who took up the post",
#: "who has led the department since 2017", "who has been in the role since May".
_HOLDS_IT = (r"(?:(?:has|had)\ )?(?:took\ up|taken\ up|held|been\ in|took\ over|taken\ over|took\ on|led|run|ran|stepped\ into)"
             r"\ (?:the|this|that)\ (?:post|role|job|department|service|directorate)\b")
_REFERRED = rf"""(?<![\w']){HONORIFIC}{{0,2}}{NAME},\ who\ {_HOLDS_IT}"""
#: The post as an owned noun phrase in the sentence before: "The council's director of
#: children's services", "the authority's chief executive".
_OWNED_POST: Final = timed(
    rf"(?<![\w'])(?i:the)\ (?:(?i:council|authority|county|city|borough|trust|department)'s|(?P<owner>\p{{Lu}}[\w'&-]*(?:\ \p{{Lu}}[\w'&-]*){{0,3}})'s)"
    rf"\ {ROLE}(?![\w'-])",
    regex.VERBOSE,
)


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    """The post the sentence before names as a body's, for the name whose clause refers to it."""
    name = m.group("name")
    if not is_name(name) or ctx.mentions_in(m.start("name"), m.end("name")):
        return None
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if s_start == 0:
        return None
    b_start, b_end = ctx.prepared.sentence_at(s_start - 1)
    posts = list(_OWNED_POST.finditer(ctx.text, b_start, min(b_end, s_start)))
    if not posts:
        return None
    post = posts[-1]
    inside = ctx.mentions_in(post.start(), post.end())
    authority = inside[0].name if inside else ctx.authority_for(m.start(), m.end())
    return Person(name=name, role=" ".join(post.group("role").lower().split()), authority=authority,
                  start=m.start("name"), end=m.end())


RULES: Final = (
    Rule(name=RULE_REFERRED_POST, kind="people", pattern=_REFERRED, build=_build,
         triggers=(", who ",), scope="sentence", where=sentences_naming_people),
)

__all__ = ["RULES", "RULE_REFERRED_POST"]
