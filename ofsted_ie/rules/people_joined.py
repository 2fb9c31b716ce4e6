"""Two posts one person holds, joined by "and": "deputy leader and lead member for
schools", "chief executive and director of children's services".

The people rules read one post (``people_roles.ROLE``); a second one written after it
("Jane Doe, the council's deputy leader and cabinet member for children, said") or before
it ("Deputy leader and cabinet member for children Cllr Jane Doe said") belongs to the
role as written. A portfolio's own "and" ("for children and young people") is read by
``ROLE`` first, so what follows an "and" here is a post of its own.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from .people_roles import ROLE

#: A second post after the one read, then what ends an apposition: a break or a verb.
_AND_AFTER: Final = timed(
    rf"\ and\ (?:the\ )?{ROLE}(?![\w'-])(?=[,.;:)]|\ (?:said|says|told|added|explained|commented|warned|welcomed|has|had|was|is)\b)",
    regex.VERBOSE,
)
#: A post ending right before the one read, joined by "and" ("leader", which ``ROLE``
#: reads only with its council or a name after it, is a post here).
_AND_BEFORE: Final = timed(rf"(?<![\w'-])(?:{ROLE}|(?i:(?:deputy\ )?leader))\ and\ $", regex.VERBOSE)


#: The rest of a portfolio listed after the post read, up to the comma and verb closing
#: its apposition: "(director of children's) and joint commissioning services, said",
#: "(cabinet spokesperson for children), young people and families, said".
_LIST_AFTER: Final = timed(
    r"(?:(?:,\ |,?\ and\ |\ &\ )(?i:\L<remit_words>)'?(?:\ (?i:\L<remit_words>)'?){0,3}){1,5}"
    r"(?=,\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted|insisted)\b)"
)


def joined_role(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the post read at ``[start, end)`` with a post joined to it by "and"
    after or before it, or the rest of its portfolio's list, if there is one; else ``(start, end)``."""
    after = _AND_AFTER.match(text, end, min(len(text), end + 160))
    if after is not None:
        end = after.end("role")
    elif (listed := _LIST_AFTER.match(text, end, min(len(text), end + 160))) is not None:
        end = listed.end()
    before = _AND_BEFORE.search(text, max(0, start - 120), start)
    if before is not None:
        start = before.start()
    return start, end


def listed_tail(text: str, end: int) -> str:
    """The rest of a portfolio listed after a post ending at ``end`` (", young people and
    families"), up to its apposition's closing comma and verb; else ""."""
    listed = _LIST_AFTER.match(text, end, min(len(text), end + 160))
    return listed.group() if listed is not None else ""


__all__ = ["joined_role", "listed_tail"]
