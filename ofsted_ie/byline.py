"""The byline: the author a text names at its top ("By Tom Ashby", a name alone on the
line before the dateline, or a name opening the dateline's line). The author is no
Person of the text."""

from __future__ import annotations

from typing import Final

import regex

from ._timed import timed
from ._vocab import WEEKDAYS
from .dates import WEEKDAY as _WEEKDAY
from .dates import Dateline, header_lines

#: A person's name: two to four capitalised words ("Tom Ashby", "Rose Anne Parry").
_NAME_WORD = r"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-']\p{Lu}?\p{Ll}+)?|Mc\p{Lu}\p{Ll}+|[OD]'\p{Lu}\p{Ll}+)"
_PERSON = rf"(?P<name>{_NAME_WORD}(?:\ {_NAME_WORD}){{1,3}})"
_NOT_NAMES: Final = frozenset(
    """News Ofsted Council Children Children's Services Social Care Home Page Published
    Updated Share Comments Latest Policy Feature Features Opinion Analysis Local Government
    Community Young People Now Department Education Inspection Report Read More Focus
    Improvements Steps Picture Photo""".split()
) | frozenset(WEEKDAYS)
_BYLINE_BY: Final = timed(rf"^[ |]*(?i:by)\ {_PERSON}[ ]*(?:$|[|,]|{_WEEKDAY}|\d)", regex.MULTILINE)
_NAME_LINE: Final = timed(rf"[ |]*{_PERSON}[ |]*")
_NAME_BEFORE_DATE: Final = timed(rf"[ |]*{_PERSON}[ |,]+$")


def _is_name(candidate: str) -> bool:
    return not any(word in _NOT_NAMES for word in candidate.split())


def find_byline(text: str, dateline: Dateline | None) -> str | None:
    """Find the author named in the byline: "By Tom Ashby", or a name alone on the
    line before the dateline, or a name opening the dateline's line."""
    header = header_lines(text)
    if not header:
        return None
    for m in _BYLINE_BY.finditer(text, header[0][0], header[-1][1]):
        if _is_name(m.group("name")):
            return m.group("name")
    if dateline is None:
        return None
    line_start = text.rfind("\n", 0, dateline.start) + 1
    named = _NAME_BEFORE_DATE.fullmatch(text, line_start, dateline.start)
    if named is not None and _is_name(named.group("name")):
        return named.group("name")
    before = [span for span in header if span[1] <= line_start]
    if before:
        start, end = before[-1]
        named = _NAME_LINE.fullmatch(text, start, end)
        if named is not None and _is_name(named.group("name")):
            return named.group("name")
    return None


__all__ = ["find_byline"]
