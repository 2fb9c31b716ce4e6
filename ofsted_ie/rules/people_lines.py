"""Where people can be named: the sentences holding two capitalised words in a row (the
people rules' ``where``), and a letter's signature, the line after a line that is a name
alone ("Jane Doe" above "Director of Children's Services"); each found once per document."""

from __future__ import annotations

from typing import Final

from .._spans import union
from .._timed import timed
from .._vocab import HONORIFICS
from ..context import Context
from ..text import Span
from ._fragments import HONORIFIC, NAME, NAME_PAIR, alternation

__all__ = ["NAME_LINE", "lines_after_a_name", "sentences_naming_people"]

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


_NAME_PAIRS: Final = timed(NAME_PAIR)


def sentences_naming_people(ctx: Context) -> list[Span]:
    """The sentences holding two capitalised words in a row (``NAME_PAIR``), the only ones
    where a person's name, and so a record of a people rule, can be (their ``where``);
    worked out once per document."""
    def find() -> list[Span]:
        at = ctx.prepared.sentence_at  # a pair across a full stop ("Ofsted. Jane") counts for both sentences
        return sorted({at(i) for m in _NAME_PAIRS.finditer(ctx.text) for i in (m.start(), m.end() - 1)})
    return ctx.memo(("people", "sentences naming people"), find)
