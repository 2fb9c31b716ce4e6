"""Soft line breaks: the line ends a hard-wrapped text (an Ofsted report's PDF text, an
email, a page saved with its lines wrapped) puts in mid-sentence, which text preparation
reads as spaces, so that "caseloads of\\n25 children" is one sentence.

A break is soft when the line before it ends on a word opening in lower case (or a
comma after one) and the line after it opens in lower case, a bracket or a figure told
in words ("25 children", not a numbered heading "2. Children looked after"), and
neither line is a table's (tabs, bars or wide gaps) or a metadata line ("date: ..."). A
text is read as hard-wrapped only when it holds ``MIN_SOFT_BREAKS`` such breaks: one
line end that looks soft in a news page is more often a heading's or a label's. Each
soft break becomes one space, so every offset is kept. It leaves out hyphenated words
split across lines ("case-\\nloads"), which would need a character removed.
"""

from __future__ import annotations

from typing import Final

from ._timed import FROM_END, timed

__all__ = ["MIN_SOFT_BREAKS", "unwrap_soft_breaks"]

#: How many soft breaks make a text hard-wrapped.
MIN_SOFT_BREAKS: Final = 2
#: The end of a line before a soft break: a word opening in lower case, or its comma
#: ("have caseloads of", "in Kent,"), matched from the line's end.
_SOFT_END: Final = timed(r"(?<![\w'\u2019-])\p{Ll}[\w'\u2019-]{0,30},?$", FROM_END)
#: The opening of a line after a soft break: lower case, a bracket, or a figure with a
#: word in lower case or a share's sign after it ("25 children", "12%, down"), not a
#: numbered heading ("2. Children looked after", "2.1 Adoption") or a page number.
_SOFT_START: Final = timed(r"[\p{Ll}(]|\d[\d.,]*(?:%|\ (?:per\ cent|\p{Ll}))")
#: What makes a line a table's or a metadata line's, whose end is hard.
_HARD_LINE: Final = timed(r"\t|\||\ {3}|(?m:^)[\w-]{1,20}:\ ")


def unwrap_soft_breaks(text: str) -> str:
    """``text`` with each soft line break (see the module docstring) turned into a space,
    when it holds at least ``MIN_SOFT_BREAKS`` of them; else ``text`` itself.

    Example:
        >>> unwrap_soft_breaks("Caseloads are\\nmanageable at\\n18 children.")
        'Caseloads are manageable at 18 children.'
    """
    if "\n" not in text:
        return text
    breaks = []
    line_start, at = 0, text.find("\n")
    while at != -1:
        next_end = text.find("\n", at + 1)
        next_end = len(text) if next_end == -1 else next_end
        before, after = text[at - 1:at], text[at + 1:at + 2]  # a look at two characters rules out most lines
        if ((before.islower() or before == ",") and (after.islower() or after.isdigit() or after == "(")
                and _SOFT_START.match(text, at + 1, next_end) and _SOFT_END.search(text, max(line_start, at - 40), at)
                and not _HARD_LINE.search(text, line_start, at) and not _HARD_LINE.search(text, at + 1, next_end)):
            breaks.append(at)
        line_start, at = at + 1, (next_end if next_end < len(text) else -1)
    if len(breaks) < MIN_SOFT_BREAKS:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)
