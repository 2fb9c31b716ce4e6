"""People in a succession: "Jane Doe replaced Sam Roe as director of children's services",
"Jane Doe, who succeeded Sam Roe as chief executive, said", "Jane Doe will take over from
Sam Roe as interim director".

The post after "as" is the new holder's, the subject's; the one replaced left that post
(a Person whose role the sentence does not write as theirs, so none). Read otherwise,
"Sam Roe as director" would give the post to the one leaving it.
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

RULE_SUCCESSION: Final = "people.succession"

#: A verb of taking a post over from its holder: "replaced", "will succeed", "took over from".
_SUCCEEDS = r"(?:(?:will|has|had|is\ to|was\ to)\ )?(?:replace[sd]?|succeed(?:s|ed)?|(?:take[sn]?|took|taking)\ over\ from)"
#: The one replaced: a name of its own group ("other"), ``NAME``'s shape.
_REPLACED = NAME.replace("(?P<name>", "(?P<other>", 1)
_SUCCESSION = rf"""
    (?<![\w']){HONORIFIC}{{0,2}}{NAME}(?:,\ who)?\ {_SUCCEEDS}\ {HONORIFIC}{{0,2}}{_REPLACED}     # "Jane Doe replaced Sam Roe"
    \ as\ (?:(?:the|its|their|a|an)\ )?{ROLE}(?![\w'-])                                    # "as director of children's services"
"""


def _build(m: regex.Match[str], ctx: Context) -> list[Person]:
    """The new holder with the post (the authority a council the post names, else the one
    the sentence is about), and the one replaced with none."""
    new, old = m.group("name"), m.group("other")
    if not (is_name(new) and is_name(old)) or ctx.mentions_in(m.start("name"), m.end("name")) or ctx.mentions_in(m.start("other"), m.end("other")):
        return []
    inside = ctx.mentions_in(m.start("role"), m.end("role"))
    authority = inside[0].name if inside else ctx.authority_for(m.start(), m.end()) or ctx.main_authority
    role = " ".join(m.group("role").lower().split())
    return [Person(name=new, role=role, authority=authority, start=m.start("name"), end=m.end()),
            Person(name=old, role=None, authority=authority, start=m.start("other"), end=m.end("other"))]


RULES: Final = (
    Rule(name=RULE_SUCCESSION, kind="people", pattern=_SUCCESSION, build=_build,
         triggers=("replace", "succeed", "over from"), scope="sentence", where=sentences_naming_people),
)

__all__ = ["RULES", "RULE_SUCCESSION"]
