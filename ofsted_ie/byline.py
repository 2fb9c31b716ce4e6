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
from .dates import Dateline, page_header

#: A person's name: two to four capitalised words ("Tom Ashby", "Rose Anne Parry").
_NAME_WORD = r"(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-']\p{Lu}?\p{Ll}+)?|Mc\p{Lu}\p{Ll}+|[OD]'\p{Lu}\p{Ll}+)"
_PERSON = rf"(?P<name>{_NAME_WORD}(?:\ {_NAME_WORD}){{1,3}})"
_NOT_NAMES: Final = frozenset(
    """News Ofsted Council Children Children's Services Social Care Home Page Published
    Updated Share Comments Latest Policy Feature Features Opinion Analysis Local Government
    Community Young People Now Department Education Inspection Report Read More Focus
    Improvements Steps Picture Photo Reporter Correspondent Editor Senior Chief The Live Courier Advertiser
    Gazette Echo Post Times Mail Mirror Herald Chronicle Express Telegraph Guardian Observer Standard
    Argus Journal Sentinel Mercury Press Online Notebook Interview Blog Weekly Magazine""".split()
) | frozenset(WEEKDAYS)  # a page's labels, a reporter's post, an outlet's name ("Devon Live", "The Practice Interview")
#: What may end a byline's name on its line: the line's end, a separator, "on" or "in" (a
#: date or a section after it), a weekday or a date's digits.
_NAME_END = rf"[ ]*(?:$|[|,\u2022\u00b7\u2013\u2014]|\ (?i:on|in)\ |{_WEEKDAY}|\d)"
_BYLINE_BY: Final = timed(
    rf"(?:^[ |]*|[\u2022\u00b7|]\ *)(?:(?i:(?:written|posted|words|reporting|interview|interviewed)\ )?(?i:by)|(?i:author|reporter|writer|words):)\ {_PERSON}{_NAME_END}"
    rf"|^[ |]*(?i:posted|published|written)(?:\ (?i:on))?\ [^\n]{{4,40}}?\ (?i:by)\ {_PERSON}{_NAME_END}",
    regex.MULTILINE,
)  # "By Jo Bell", "Written by Jo Bell", "Author: Jo Bell", "By Jo Bell on March 14, 2023", "5 May 2022 • By Jo Bell", "Posted on 3 May 2022 by Jo Bell"
#: A line of an official's post under a name: a letter's addressee ("Jo Bell" / "Director of
#: Children's Services" / "Kent County Council"), no author.
_OFFICE_LINE: Final = timed(r"[ |]*[\w'&,\ -]{0,40}?\b(?i:director|chief\ executive|head|manager|officer|leader|chair|councillor)\b[^\n]{0,80}")
#: A line of a reporter's post or outlet, under the author's name: "Senior Reporter", "BBC News, Surrey".
_POST_LINE: Final = timed(
    r"[ |]*[\w'&.,\ -]{0,40}?\b(?i:reporter|correspondent|editor|journalist|writer|columnist|contributor|news)\b[\w'&.,\ -]{0,40}"
)
#: A name alone on a line right after the headline, or with a reporter's post after a comma,
#: bar or dash ("Jo Bell, Local Democracy Reporter", "Jo Bell | Senior reporter"; not a
#: caption's "Jo Bell, Kent's director"), its first word a common given name unless the post says.
_NAME_AND_POST: Final = timed(
    rf"[ |]*{_PERSON}(?P<post>(?:,|\ [|\u00b7\u2013\u2014])\ [\w' -]{{0,40}}?(?i:reporter|correspondent|editor|journalist|writer|contributor|columnist)[\w' -]{{0,30}})?[ |]*"
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
    header = page_header(text)  # a site's menu lines above the headline not counted
    if not header:
        return None
    for m in _BYLINE_BY.finditer(text, header[0][0], header[-1][1]):
        if _is_name(m.group("name")):
            return _GLUED_LABEL.sub("", m.group("name"))  # "Author: Jo BellPublished 5 March" as scraped
    for k, (start, end) in enumerate(header[1:], 1):  # the lines after the headline; a standfirst's author
        named = _NAME_AND_POST.fullmatch(text, start, end)
        if named is not None and not (k < 3 or named.group("post")) and not (k < len(header) - 1 and _POST_LINE.fullmatch(text, *header[k + 1])):
            named = None  # further down, a name alone is a caption's, unless its post follows: "Jo Bell, Kent reporter"; "Jo Bell" / "Senior Reporter"
        if named is not None and not named.group("post") and k < len(header) - 1 and _OFFICE_LINE.fullmatch(text, *header[k + 1]):
            named = None  # a letter's addressee: "Jo Bell" / "Director of Children's Services"
        post_below = named is not None and k < len(header) - 1 and _POST_LINE.fullmatch(text, *header[k + 1]) is not None
        named = named or _AUTHOR_DOES.search(text, start, end)
        if named is not None and _is_name(named.group("name")) and (named.group("name").split()[0] in _GIVEN
                                                                     or named.groupdict().get("post") or post_below):
            return named.group("name")  # a given name, or a reporter's post after it or under it: "Kofi Ashworth | Senior reporter"
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
