"""The byline: the author a text names at its top ("By Tom Ashby", a name alone on the
line before the dateline, or a name opening the dateline's line). The author is no
Person of the text."""

from __future__ import annotations

from typing import Final

import regex

from ._given_names import GIVEN_NAMES
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
_BYLINE_BY: Final = timed(
    rf"^[ |]*(?:(?i:(?:written|posted|words|reporting)\ )?(?i:by)|(?i:author|reporter|writer|words):)\ {_PERSON}[ ]*(?:$|[|,]|{_WEEKDAY}|\d)",
    regex.MULTILINE,
)  # "By Jo Bell", "Written by Jo Bell", "Author: Jo Bell"
#: A name alone on a line right after the headline, or with a reporter's post after a comma
#: ("Jo Bell, Local Democracy Reporter"; not a caption's "Jo Bell, Kent's director"), its
#: first word a common given name.
_NAME_AND_POST: Final = timed(
    rf"[ |]*{_PERSON}(?:,\ [\w' -]{{0,40}}?(?i:reporter|correspondent|editor|journalist|writer|contributor|columnist)[\w' -]{{0,30}})?[ |]*"
)
#: A standfirst telling what its author does: "Jo Bell explores the reasons why".
_AUTHOR_DOES: Final = timed(
    rf"(?:(?<=^)|(?<=[.!?]\ )){_PERSON}\ (?:explores|examines|investigates|looks\ at|reports\ on|asks|considers|reflects\ on|finds\ out|writes)\b"
)
_NAME_LINE: Final = timed(rf"[ |]*{_PERSON}[ |]*")
_NAME_BEFORE_DATE: Final = timed(rf"[ |]*{_PERSON}[ |,]+$")


_GIVEN: Final = frozenset(GIVEN_NAMES)
#: A page's label glued to the name's end by scraping: "Jo BellPublished".
_GLUED_LABEL: Final = timed(r"(?<=\p{Ll})(?:Published|Updated|Posted)$")


def _is_name(candidate: str) -> bool:
    return not any(word in _NOT_NAMES for word in candidate.split())


def find_byline(text: str, dateline: Dateline | None) -> str | None:
    """Find the author named in the byline: "By Tom Ashby" ("Written by", "Author:"), a
    name alone (or with its post) on a line after the headline, a standfirst's "Tom Ashby
    explores ...", or a name alone on the line before the dateline, or opening its line."""
    header = header_lines(text)
    if not header:
        return None
    for m in _BYLINE_BY.finditer(text, header[0][0], header[-1][1]):
        if _is_name(m.group("name")):
            return _GLUED_LABEL.sub("", m.group("name"))  # "Author: Jo BellPublished 5 March" as scraped
    for k, (start, end) in enumerate(header[1:], 1):  # the lines after the headline; a standfirst's author
        named = (_NAME_AND_POST.fullmatch(text, start, end) if k < 3 else None) or _AUTHOR_DOES.search(text, start, end)
        if named is not None and _is_name(named.group("name")) and named.group("name").split()[0] in _GIVEN:
            return named.group("name")
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
