"""People named after a post written in front of them: "Trust chair Jane Doe said",
"BASW professional officer Sam Roe told ...", "Chief executive of the trust, Jo Bell,
said", "Kent's children's services councillor, Tom Reed, said".

The post is one to three words before a post's noun (a body, its acronym, a remit), or
the noun with the body it serves ("of the trust"); it is the role as written. What
``people_roles.ROLE`` reads (a council's known posts) is left to it. The patterns are
here; ``people`` builds from them.
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from .._vocab import POST_WORDS
from ._fragments import HONORIFIC, NAME, alternation
from .people_roles import ROLE_NOUN

#: A word that belongs to a post before its noun: a body's acronym ("BASW"), a remit
#: ("children's services"), a body ("trust", "board"), a grade of post ("senior").
_POST_WORD = rf"(?:\p{{Lu}}[\p{{Lu}}&]{{1,5}}(?![\w'])|(?i:{alternation(sorted(POST_WORDS, key=len, reverse=True))})(?![\w']))"
#: Where a post written before a name may start: a sentence, "the", a council's "'s",
#: a preposition ("welcomed by trust chair ...").
_POST_START = r"""(?:(?<=(?:^|[.!?:;"(]|\n)[ \t]{0,3})|(?<=(?:\bthe|\bThe|\bits|\bIts|\btheir|\bour|\bby|\bfrom|\bwith|\band|,)\ )
    |(?<=(?P<owner>\p{Lu}[\w' -]{1,60}?)'s\ ))"""
#: The body a post serves, written after it: "of the trust", "of the council's children,
#: young people and skills committee" (commas inside; the name after the last).
_OF_BODY = r"\ (?i:of|for|at)\ (?:the\ |its\ |their\ )?[^.;:!?\n\"()]{1,100}?"
#: What follows the name: a verb of speech or a break.
_AFTER_NAME = r"(?=,|\.|:|\ \(|\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted|described|insisted)\b)"
TITLED = rf"""
    {_POST_START}
    (?P<role>(?:{_POST_WORD}[\ -]){{1,4}}{ROLE_NOUN}(?![\w'-]))\ {HONORIFIC}{{0,2}}{NAME}{_AFTER_NAME}     # "Trust chair Jane Doe said"
  | {_POST_START}
    (?P<role>(?:{_POST_WORD}[\ -]){{0,4}}{ROLE_NOUN}(?:{_OF_BODY})?),\ {HONORIFIC}{{0,2}}{NAME}
    (?=,|\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted)\b)                   # "Chair of the trust, Jane Doe, said"
  | {_POST_START}
    (?P<role>(?:{_POST_WORD}[\ -]){{0,4}}{ROLE_NOUN}\ (?i:of|for)\ [^,.;:!?\n"()]{{1,80}})\ {HONORIFIC}{{0,2}}{NAME}
    (?=\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted)\b)                    # "Mayor of Kent Jane Doe said"
"""
#: Triggers of ``TITLED``: a post's noun or a comma before a name.
TITLED_TRIGGERS: Final = ("chair", "officer", "lead", "manager", "member", "advis", "ordinator", "head", "chief",
                          "director", "secretary", "spokes", "councillor", "president", "executive", "founder",
                          "convenor", "convener", "consultant", "principal", "deputy", "commissioner", "minister",
                          "inspector", "mayor")
#: A body's acronym opening a post: a council's own ends in C ("KCC", "BCC"); another's
#: ("BASW", "FIRS") is no council's.
_BODY_ACRONYM: Final = timed(r"\p{Lu}[\p{Lu}&]{1,5}(?<!C)(?=\ )")


def other_body(role: str) -> bool:
    """Whether ``role`` opens with the acronym of a body that is no council."""
    return _BODY_ACRONYM.match(role) is not None


__all__ = ["TITLED", "TITLED_TRIGGERS", "other_body"]
