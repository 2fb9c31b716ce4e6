"""A post given through its holder's possessive: "Jane Doe's appointment as director of
children's services", "Jane Doe's departure as chief executive", "Jane Doe's time as
leader". The post after "as" is the person's (a past one when the noun says they left
it: the role as written, as for any post).
"""

from __future__ import annotations

from typing import Final

import regex

from ..context import Context
from ..records import Person
from ..rule import Rule
from ._common import is_name
from ._fragments import HONORIFIC, NAME
from .people_lines import sentences_naming_people
from .people_roles import ROLE

RULE_POSSESSIVE: Final = "people.possessive_post"

#: Nouns of holding, taking or leaving a post, after a possessive and before "as".
_TENURE_NOUNS: Final = ("appointment", "departure", "resignation", "retirement", "arrival", "promotion", "exit", "time",
                        "tenure", "sacking", "suspension", "dismissal", "reappointment", "election", "confirmation")
_POSSESSIVE_POST = rf"""
    (?<![\w']){HONORIFIC}{{0,2}}{NAME}'s\ (?:(?:recent|sudden|planned|shock|early)\ )?(?:{"|".join(_TENURE_NOUNS)})
    \ as\ (?:(?:the|its|their)\ )?(?:(?P<owner>\p{{Lu}}[\w' -]{{1,40}}?)'s\ )?{ROLE}(?![\w'-])
"""


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    """The person with the post after "as"; the authority a council the post's owner or
    the post names, else the sentence's or the article's."""
    name = m.group("name")
    if not is_name(name) or ctx.mentions_in(m.start("name"), m.end("name")):
        return None
    inside = ctx.mentions_in(m.start("owner") if m.group("owner") else m.start("role"), m.end("role"))
    authority = inside[0].name if inside else ctx.authority_for(m.start(), m.end()) or ctx.main_authority
    return Person(name=name, role=" ".join(m.group("role").lower().split()), authority=authority,
                  start=m.start("name"), end=m.end())


RULES: Final = (
    Rule(name=RULE_POSSESSIVE, kind="people", pattern=_POSSESSIVE_POST, build=_build, triggers=("'s ",),
         also_triggers=tuple(f"{n} as " for n in _TENURE_NOUNS), scope="sentence", where=sentences_naming_people),
)

__all__ = ["RULES", "RULE_POSSESSIVE"]
