"""Reading a date off one line of a page's header: the line's first date (not an update's),
and the date closing a long byline."""

from __future__ import annotations

from typing import Final

import regex

from ._date_patterns import _DATE_LISTS, _HEADER_DATE
from ._header_forms import UPDATE_LABEL
from ._timed import timed

#: A dateline's date, where a line may hold one.
DATELINE_LINE: Final = timed(rf"(?<![\w-]){_HEADER_DATE}", regex.VERBOSE, **_DATE_LISTS)
#: A separator before a date that closes a line ("Tuesday, March 5, 2019" at most this long).
_CLOSING_SEPARATOR: Final = timed(r"(?:,|\ [-\u2013|])\ ")
_CLOSING_REACH: Final = 44
#: Words making a header's date the end of a period its title covers, no publication's:
#: "Social work workforce, year ending 30 September 2017", "... as at 31 March 2023".
_PERIOD_END: Final = timed(r"(?i:\b(?:(?:year|years|period|months|quarter)\ (?:ending|ended|to)|as\ at|as\ of)\ $)")


def ends_a_period(text: str, i: int) -> bool:
    """Whether the date at ``i`` ends a period a title covers ("year ending 30 September 2017")."""
    return _PERIOD_END.search(text, max(0, i - 24), i) is not None


def closing_date(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The date closing a long header line after a comma, dash or bar, with no stop
    after it ("By Jo Bell, Local Democracy Reporter, and Sam Roe - 5 March 2019"): a
    byline's, not a sentence's ("... published on 5 March 2019.")."""
    line_end = start + len(text[start:end].rstrip())
    for sep in _CLOSING_SEPARATOR.finditer(text, max(start, line_end - _CLOSING_REACH), line_end):
        if (m := DATELINE_LINE.fullmatch(text, sep.end(), line_end)) is not None:
            return m
    return None




def first_not_updated(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first date of a header line, passing over one labelled as an update when
    another follows ("Updated 6 March 2019 | Published 5 March 2019": the 5th), and
    over the end of a period a title covers ("year ending 30 September 2017")."""
    first = None
    for m in DATELINE_LINE.finditer(text, start, end):
        if ends_a_period(text, m.start()):
            continue
        if not UPDATE_LABEL.search(text, max(start, m.start() - 24), m.start()):
            return m
        first = first or m
    return first


__all__ = ["DATELINE_LINE", "closing_date", "ends_a_period", "first_not_updated"]
