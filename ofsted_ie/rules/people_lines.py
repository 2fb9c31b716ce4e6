"""Where a letter's signature can be: the line after a line that is a name alone
("Jane Doe" above "Director of Children's Services"), the signature rule's ``where``,
found once per document."""

from __future__ import annotations

from typing import Final

from .._spans import union
from .._timed import timed
from .._vocab import HONORIFICS
from ..context import Context
from ..text import Span
from ._fragments import HONORIFIC, NAME, alternation

__all__ = ["NAME_LINE", "lines_after_a_name"]

#: A line that is a name alone, perhaps after a title (not read as the name's first word:
#: "Dr Sam Patel" is Sam Patel) and with honours after it.
NAME_LINE = rf"[ \t]*{HONORIFIC}?(?!{alternation(HONORIFICS)}\b){NAME}[ \t]*"
_NAME_LINE: Final = timed(NAME_LINE)


def lines_after_a_name(ctx: Context, naming: list[Span]) -> list[Span]:
    """From the newline ending each line that is a name alone to the end of the line
    after it: every signature's match (its role's line, read from that newline) lies in
    one. Only the sentences ``naming`` people (two capitalised words in a row) are
    looked at: a name alone on its line is one of them."""
    text, found = ctx.text, []
    for start, end in naming:
        line_start = text.rfind("\n", 0, start) + 1
        while line_start < end:
            newline = text.find("\n", line_start)
            if newline == -1:
                break
            if _NAME_LINE.fullmatch(text, line_start, newline) is not None:
                after = text.find("\n", newline + 1)
                found.append((newline, len(text) if after == -1 else after))
            line_start = newline + 1
    return union(sorted(found))  # a name line's span may run into the next name line's
