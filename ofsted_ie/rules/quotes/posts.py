"""Posts named by "the": "The chief operating officer said", "the department said".

A speaker named by a definite post whose words name no side stands for the post as the
text gave it earlier, with its body: "Jo Bloggs, chief operating officer of X Trust"
before "The chief operating officer said"; "the Department for Education" or "the
council's children's services department" before "The department said".
"""

from __future__ import annotations

from typing import Final

import regex

from ..._timed import timed

#: A speaker that is a definite post: "The chief operating officer", "the department".
_DEFINITE_POST: Final = timed(r"^(?i:the|this|that)\ (?P<post>[\w'-]+(?:\ [\w'-]+){0,3})$")
#: The body a post is given with after it: "of X Trust", "for Education", "at Ofsted".
_BODY_AFTER: Final = timed(r"\ (?:of|for|at|in)\ (?:[\w'-]+,?\ ){0,8}?[\w'-]+(?=,(?!\ \p{Lu})|[.;:!?\n]|\ (?:said|says|has|had|is|was|were|show|showed|published|came)\b|$)")
#: Where the words before a post stop belonging to it.
_BEFORE_BREAK: Final = timed(r"[,;:.!?\n\"]|\ (?i:and|but|said|says|told|by|from)\ ")
#: How far before and after an earlier mention its body is looked for, and how many
#: earlier mentions are read (nearest first).
_BEFORE_REACH: Final = 80
_AFTER_REACH: Final = 100
_MENTIONS: Final = 10
_SEARCH_SECONDS: Final = 1.0


def definite_post(speaker: str) -> str | None:
    """The post words of a speaker named by "the" and a post ("The department":
    "department"), else None."""
    m = _DEFINITE_POST.match(speaker.strip())
    return m.group("post") if m is not None else None


def post_mentions(post: str, text: str, end: int) -> list[str]:
    """The earlier mentions of ``post`` before ``end``, nearest first, each with the
    words naming its body before it in its clause and the body after it ("Children's
    Services Trust chief operating officer", "Department for Education")."""
    found = list(regex.finditer(rf"(?i)(?<!\w){regex.escape(post)}(?!\w)", text, pos=0, endpos=end,
                                timeout=_SEARCH_SECONDS))
    out: list[str] = []
    for m in reversed(found[-_MENTIONS:]):
        before = _BEFORE_BREAK.split(text[max(0, m.start() - _BEFORE_REACH) : m.start()])[-1]
        after = _BODY_AFTER.match(text, m.end(), min(len(text), m.end() + _AFTER_REACH))
        out.append(before + m.group() + (after.group() if after is not None else ""))
    return out
