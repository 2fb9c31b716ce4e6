"""Dates: the dateline and byline, date expressions, and their resolution.

Our own patterns find date expressions ("in August 2014", "a 2013 inspection", "last
August", "in the summer", "last month", "the same year", "a month later", "three years ago");
calendar arithmetic resolves the common forms and ``dateparser`` (imported on first
need, English only, ``RELATIVE_BASE`` = the reference date, ``PREFER_DATES_FROM`` =
past, day-month-year order) the rest. ``dateparser.search`` is never used.

A relative expression resolves against the reference date (the text's dateline, else
the caller's); with no reference it resolves to ``None``, never to today. Resolved
relative dates are never after the reference. Values are ISO partial dates:
"YYYY", "YYYY-MM" or "YYYY-MM-DD".
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import time
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from ._date_appositions import restated
from ._date_lines import DATELINE_LINE, closing_date, ends_a_period, first_not_updated
from ._date_patterns import (
    _COUNT_WORDS,
    _DATE_LISTS,
    _DAY,
    _HEADER_DATE,
    _HEADER_SEP,
    _MONTH,
    _SEASONS,
    _SHORT_YEAR,
    _TIME,
    _YEAR,
    DATE_TRIGGERS,
    MONTH_NAMES,
    WEEKDAY,
    _date_pattern,
    _date_starts,
)
from ._header_forms import EVENT_DATES, LABEL_BEFORE, MEETING_LINE, MENU_ITEM, OWN_PUBLICATION, PLACE_BEFORE
from ._timed import UNTIMED_WINDOW, timed
from ._triggers import starts_of
from ._vocab import MONTH_NUMBERS
from .text import case_folded

__all__ = ["DATE_TRIGGERS", "MONTH_NAMES", "WEEKDAY", "DateMention", "Dateline", "find_dateline", "find_dates", "header_lines", "page_header", "resolve_relative"]

_DATELINE_SPLIT: Final = timed(
    rf"(?<![\w-])(?:{_DAY}{_HEADER_SEP}{_MONTH}{_HEADER_SEP}{_YEAR}|{_MONTH}{_HEADER_SEP}{_DAY}{_HEADER_SEP}{_YEAR})",
    regex.VERBOSE, **_DATE_LISTS)
_PUBLISHED: Final = timed(
    rf"(?i:published|posted|updated)(?:\ (?i:by|in)\ (?:the\ )?\p{{Lu}}[\w'-]*(?:\ \p{{Lu}}[\w'-]*){{0,3}})?(?:\ (?i:today|on))?"  # "Posted by Jo Bell on", "published in the Kent Mercury on"
    rf"(?:\ (?i:at))?[ :,(]{{1,3}}(?:{_TIME}[ ,]{{1,2}}(?:(?i:on)\ )?)?(?P<date>{_HEADER_DATE}|{_SHORT_YEAR})",  # "Published: 10:30, 5 March"
    regex.VERBOSE, **_DATE_LISTS)
#: A header line that is only a day, month and two-digit year: "19/04/23" (day first).
_SHORT_NUMERIC_LINE: Final = timed(r"[ |]*(?:(?P<d>[0-3]?\d)(?P<sep>/)(?P<m>[01]?\d)|(?P<d>[0-3]\d)(?P<sep>[.-])(?P<m>[01]\d))(?P=sep)(?P<yy>\d\d)[ |]*")
#: A scraped page's metadata date opening the text, often glued to its first paragraph:
#: "date 2019-03-05 Kent council said ...", "Date: 5 March 2019", "Date: 05/03/19" (day first).
_METADATA_DATE: Final = timed(rf"\s{{0,3}}(?i:date|published|posted)\ ?:?\ (?P<date>{_HEADER_DATE}|{_SHORT_YEAR})(?![\w-])",
                               regex.VERBOSE, **_DATE_LISTS)
_LINE: Final = timed(r"[^\n]+")
#: A date that opens a span is no dateline: "5 March 2019 to the end of May, inspectors ...".
_RANGE_WORD: Final = timed(r"\s?(?:to|until|and)\s")
#: After a place's dateline a dash opens the text, not a span, unless a date follows it.
_RANGE_TO_DATE: Final = timed(r"\s?(?:to|until|and|-|–)\s(?:\d|\L<months>)", months=_DATE_LISTS["months"])
#: The first this many paragraphs may hold a dateline or byline, if short.
_HEADER_PARAGRAPHS: Final = 8
#: Menu items do not use up the header's paragraphs, up to this many lines in all (a
#: scraped page's navigation can run to scores of lines above its headline).
_HEADER_SCAN: Final = 120
_HEADER_WORDS: Final = 16
#: A line of at most this many words with no stop at its end is a heading or a site's
#: navigation, not a paragraph: it does not use up the header's paragraphs.
_NAVIGATION_WORDS: Final = 8
#: A line of at most this many words ending in a stop may be a site's banner ("We use
#: cookies to improve your experience on our site."), not the article's paragraph.
_BANNER_WORDS: Final = 12


@attrs.frozen
class Dateline:
    """The publication date the text states, with where (normalised offsets)."""

    date: dt.date
    start: int
    end: int


@attrs.frozen
class DateMention:
    """A date expression in the text and its resolved value (``None`` if unresolved)."""

    start: int
    end: int
    value: str | None
    relative: bool
    #: Dates only what follows it ("two years after [receiving a grade]").
    forward: bool = False
    #: For a span of years written as one expression ("2016-17", "2016/2017"), its last
    #: year, which a figure for the span applies to; ``value`` is its first.
    last: str | None = None


def _month(name: str) -> int:  # in any case: "March", "MAR", "sept."
    return MONTH_NUMBERS[name.rstrip(".").title()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date(m: regex.Match[str]) -> dt.date | None:
    if m.groupdict().get("syy"):
        return _safe_date(2000 + int(m.group("syy")), int(m.group("sm")), int(m.group("sd")))
    if m.group("iso"):
        return _safe_date(*(int(x) for x in m.group("iso").split("-")))
    if m.group("nday"):
        return _safe_date(int(m.group("nyear")), int(m.group("nmonth")), int(m.group("nday")))
    return _safe_date(int(m.group("year")), _month(m.group("month")), int(m.group("day")))


def header_lines(text: str) -> list[tuple[int, int]]:
    """The short lines at the top of a text, where datelines and bylines stand."""
    lines: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if len(lines) >= _HEADER_PARAGRAPHS:
            break
        if m.group().strip():
            lines.append(m.span())
    return lines


def page_header(text: str) -> list[tuple[int, int]]:
    """``header_lines``, but a site's menu items above the headline do not count."""
    lines: list[tuple[int, int]] = []
    counted = 0
    for m in _LINE.finditer(text):
        if counted >= _HEADER_PARAGRAPHS or len(lines) >= _HEADER_SCAN:
            break
        if m.group().strip():
            lines.append(m.span())
            words = m.group().split()
            if not (len(words) <= 3 and MENU_ITEM.fullmatch(m.group())) and (
                    len(words) > _BANNER_WORDS or len(words) > _NAVIGATION_WORDS and m.group().rstrip()[-1:] in ".!?:"):
                counted += 1  # prose, not a site's navigation ("Sign up to our daily newsletter") or banner ("Accept and close.")
    return lines


def find_dateline(text: str) -> Dateline | None:
    """Find the publication date stated in a (normalised) text.

    Looks first at a metadata date opening the text or a header line ("date 2019-03-05
    ..."), then at short lines at the top ("Friday, July 7, 2017", "| 24 March 2017",
    "21 OCT 2013", a date split over lines), then for "Published: 10:30, 5 March 2019".

    Example:
        >>> find_dateline("Headline\\n\\nBy Tom Ashby\\n\\n| 24 March 2017\\n\\nText.").date
        datetime.date(2017, 3, 24)
    """
    header = [(a, b) for a, b in page_header(text) if not EVENT_DATES.match(text, a, b)]
    # a metadata date opening the text or a header line (after the page's title)
    for meta in (_METADATA_DATE.match(text, a) for a in (0, *(a for a, _ in header))):
        if meta is not None and (d := _full_date(meta)) is not None:
            return Dateline(d, meta.start("date"), meta.end("date"))
    for start, end in header:
        if len(text[start:end].split()) > _HEADER_WORDS and not MEETING_LINE.match(text, start, end):
            place = PLACE_BEFORE.match(text, start, end)  # a long line: only a date opening it ("5 May 2019 Kent ...")
            m = DATELINE_LINE.match(text, place.end() if place else start, end)
            # a span goes on to a date ("5 March to 9 March 2019"); "5 March 2019 - Kent ..." opens the text
            ranged = (_RANGE_TO_DATE.match(text, m.end()) or (None if place else _RANGE_WORD.match(text, m.end()))
                      if m is not None else None)
            if m is not None and not ranged and (d := _full_date(m)) is not None:
                return Dateline(d, m.start(), m.end())
            if (m := closing_date(text, start, end)) is not None and (d := _full_date(m)) is not None:
                return Dateline(d, m.start(), m.end())  # a long byline: "By Jo Bell, ..., and Sam Roe, ... - 5 March 2019"
            continue
        if (n := _SHORT_NUMERIC_LINE.fullmatch(text, start, end)) and (
                d := _safe_date(2000 + int(n.group("yy")), int(n.group("m")), int(n.group("d")))):
            return Dateline(d, n.start("d"), n.end("yy"))  # a line of its own: "19/04/23"
        m = first_not_updated(text, start, end)
        if m is not None and (d := _full_date(m)) is not None:
            return Dateline(d, m.start(), m.end())
    if header:
        m = _DATELINE_SPLIT.search(text, header[0][0], header[-1][1])
        if (m is not None and any(a <= m.start() < b and len(text[a:b].split()) <= _HEADER_WORDS for a, b in header) and not ends_a_period(text, m.start())
                and (d := _safe_date(int(m.group("year")), _month(m.group("month")), int(m.group("day"))))):
            return Dateline(d, m.start(), m.end())
    header_end = header[-1][1] if header else 0
    for m in _published_labels(text):
        # "published today (...)", a line of its own, a capitalised label in a header line ("By Jo
        # Bell Published: 10:30, 5 March"); not a "letter to Kent, published on 5 March 2019," in the body
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = text[line_start : m.start()].strip(" -|*\u2022")
        header_label = m.start() < header_end and m.group()[0].isupper()
        form_label = m.group().split(None, 1)[0].endswith(":") and LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start())
        header_label = header_label or bool(form_label)
        own = OWN_PUBLICATION.search(text, max(line_start, m.start() - 50), m.start()) is not None  # "This article was first published on"
        if "today" not in m.group().lower() and (len(label.split()) > 2 or "," in label) and not header_label and not own:
            continue
        if (d := _full_date(m)) is not None:
            return Dateline(d, m.start("date"), m.end("date"))
    return None


def _published_labels(text: str) -> Iterator[regex.Match[str]]:
    """``_PUBLISHED.finditer(text)``, tried only where its opening word ("published",
    "posted", "updated", in any case) stands: found with ``str.find`` in the case-folded
    text, not by the engine at every position."""
    folded = case_folded(text)
    opens = sorted(i for word in ("published", "posted", "updated") for i in starts_of(folded, word))
    at = 0
    for i in opens:
        if i >= at and (m := _PUBLISHED.match(text, i)) is not None:
            yield m
            at = m.end()



# -- resolution ----------------------------------------------------------------------


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(word: str | None) -> int:
    """A count in digits or words; none ("the year before") is one."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _shift(value: dt.date, unit: str, n: int) -> str:
    """``value`` moved by ``n`` units, to the precision the unit implies."""
    unit = unit.lower()
    if unit == "decade":
        unit, n = "year", 10 * n
    if unit == "year":
        return f"{value.year + n:04d}"
    if unit == "month":
        y, m = _shift_months(value.year, value.month, n)
        return f"{y:04d}-{m:02d}"
    days = n * (7 if unit == "week" else 1)
    return (value + dt.timedelta(days=days)).isoformat()


@functools.lru_cache(maxsize=4096)
def _dateparser_resolve(expression: str, reference: dt.date) -> dt.date | None:
    import dateparser  # imported on first need: it is slow to import

    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(reference.year, reference.month, reference.day),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date() if parsed is not None else None


def resolve_relative(expression: str, reference: dt.date) -> str | None:
    """Resolve a relative expression that needs only the reference date.

    Handles "last August" (August of the year before the reference: "in August"
    is this year's), "last month", "this year", "last summer", "in March" (the
    latest March not after the reference), "on 6 October", "three years ago",
    "today"; returns ``None`` for anything else. Never returns a
    date after ``reference``.

    Example:
        >>> resolve_relative("last August", dt.date(2017, 3, 24))
        '2016-08'
        >>> resolve_relative("6 October", dt.date(2020, 11, 20))
        '2020-10-06'
    """
    m = _date_pattern().fullmatch(expression)
    if m is None:
        return None
    return _resolve(m, reference, None)


def _resolve(m: regex.Match[str], reference: dt.date | None, anchor: dt.date | None, anchor_value: str | None = None) -> str | None:
    """Resolve a relative match; ``anchor`` is the last explicit date before it, ``anchor_value`` it as written."""
    anchored = m.group("same_year") or m.group("later") or (
        m.group("this_unit") and any(w in m.group("this_unit").lower() for w in ("previous", "following"))
    )
    if reference is None and not (anchored and anchor is not None):
        return None
    if m.group("last_month_name"):  # "in March" and "this March" are this year's; "last March" last year's
        assert reference is not None
        month = _month(m.group("month"))
        if m.group("which_month").lower() == "last":
            return f"{reference.year - 1:04d}-{month:02d}"
        return f"{reference.year:04d}-{month:02d}" if month <= reference.month else None  # no future month
    if m.group("this_unit"):
        words = m.group("this_unit").lower().split()
        unit = words[-1]
        step = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[words[-2]]
        if words[-2] == "following" and anchor is not None:  # "in 2015 ... the following year": 2016
            shifted = _shift(anchor, unit, step) if unit != "week" else _shift(anchor, "day", 7)[:7]
            return shifted if reference is None or shifted <= reference.isoformat() else None
        if step > 0:
            return None  # the future of the reference is no date for a past event
        base = anchor if words[-2] == "previous" and anchor is not None else reference
        assert base is not None
        return _shift(base, unit, step) if unit != "week" else _shift(base, "day", 7 * step)[:7]
    if m.group("last_season"):
        assert reference is not None
        first, last = _SEASONS[m.group("season").lower()]
        ended_this_year = reference.month > last if first <= last else reference.month > last + 12
        return f"{reference.year if ended_this_year else reference.year - 1:04d}"
    if m.group("this_season"):
        assert reference is not None
        first, _ = _SEASONS[m.group("season").lower()]
        return f"{reference.year:04d}" if reference.month >= first else None
    if m.group("month_rel") or m.group("season_rel"):  # "(in) January last year", "the spring of last year"
        assert reference is not None
        year = reference.year - (1 if m.group("which").lower() == "last" else 0)
        if m.group("season_rel"):  # that year's; this year's only once begun
            return f"{year:04d}" if year < reference.year or reference.month >= _SEASONS[m.group("season").lower()][0] else None
        month = _month(m.group("month"))
        return f"{year:04d}-{month:02d}" if (year, month) <= (reference.year, reference.month) else None
    if m.group("the_season"):
        assert reference is not None
        first, _ = _SEASONS[m.group("season").lower()]
        return f"{reference.year if reference.month >= first else reference.year - 1:04d}"
    if m.group("same_year"):
        base = anchor or reference
        if base is None:
            return None
        said = m.group("same_year").lower()
        if "period" in said:
            return anchor_value
        return f"{base.year:04d}" if "year" in said else f"{base.year:04d}-{base.month:02d}"
    if m.group("later"):
        if anchor is None:
            return None
        value = _shift(anchor, m.group("unit"), _number(m.group("n")))
        return value if reference is None or value <= reference.isoformat() else None
    if m.group("after"):
        assert reference is not None
        return _shift(reference, m.group("unit"), -_number(m.group("n")))
    if m.group("ago") or m.group("today"):
        assert reference is not None
        expression = m.group().lower()
        if m.group("ago"):
            n, unit = _number(m.group("n")), m.group("unit").lower()
            if unit == "decade":  # dateparser knows no decades
                n, unit = 10 * n, "year"
            expression = f"{n} {unit}s ago"
        parsed = _dateparser_resolve(expression, reference)
        if parsed is None or parsed > reference:
            return None
        precision = {"year": 4, "decade": 4, "month": 7}.get((m.group("unit") or "day").lower(), 10)
        return parsed.isoformat()[:precision]
    if m.group("day_month"):  # "on 6 October": the latest such day not after the reference
        assert reference is not None
        month = _month(m.group("month1") or m.group("month"))
        day = int(m.group("day1") or m.group("day"))
        year = reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
        d = _safe_date(year, month, day)
        return d.isoformat() if d else None
    if m.group("month"):  # a bare month: that month of the reference year, or the year before
        assert reference is not None
        month = _month(m.group("month"))
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    return None


def _explicit(m: regex.Match[str]) -> tuple[str | None, dt.date | None]:
    """Value and anchor date of an explicit match, or ``(None, None)`` if relative."""
    if m.group("day_range") or m.group("month_range"):
        year, month = int(m.group("year")), _month(m.group("month"))
        first = _month(m.group("month1")) if m.group("month1") else month
        year -= first > month  # "30 December and 2 January 2015" starts in 2014
        if m.group("month_range"):
            return f"{year:04d}-{first:02d}", dt.date(year, first, 1)
        d = _safe_date(year, first, int(m.group("day1")))
        return (d.isoformat(), d) if d else (None, None)
    if m.group("full"):
        d = _full_date(m)
        return (d.isoformat(), d) if d else (None, None)
    if m.group("month_year"):
        year, month = int(m.group("year")), _month(m.group("month"))
        return f"{year:04d}-{month:02d}", dt.date(year, month, 1)
    if m.group("season_year") or m.group("fiscal") or (m.group("year") and not m.group("month")):
        year = int(m.group("year"))
        return f"{year:04d}", dt.date(year, 1, 1)
    return None, None


def _last_year(m: regex.Match[str]) -> str | None:
    """The last year of a span of years matched as one ("2016-17": 2017), else ``None``."""
    if not m.group("fiscal"):
        return None
    tail = regex.split(r"[-/]", m.group("fiscal"), maxsplit=1)[1][:4]
    first = int(m.group("year"))
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    return f"{last:04d}" if 0 < last - first <= 2 else None


def _matches(
    text: str, windows: Sequence[tuple[int, int]] | None, timeout: float | None
) -> Iterator[regex.Match[str]]:
    deadline = None if timeout is None else time.monotonic() + timeout
    pattern, starts = _date_pattern(), _date_starts()
    for start, end in ((0, len(text)),) if windows is None else windows:
        at = start  # as ``finditer``: each match tried where a date can start, none inside the last
        for candidate in starts.finditer(text, start, end):
            if candidate.start() < at:
                continue
            # a short window bounds the work: no clock, and no ``timeout=None`` (it alone doubles the cost)
            if deadline is not None and end - candidate.start() > UNTIMED_WINDOW:
                m = pattern.match(text, candidate.start(), end, timeout=max(deadline - time.monotonic(), 0.001))
            else:
                m = pattern.match(text, candidate.start(), end)
            if m is not None:
                yield m
                at = max(m.end(), m.start() + 1)


#: After "a year before", what makes it look back like "a year earlier": a clause's end ("25% the
#: year before."), or "that" / "then" (across a sentence break: "Two years before that, ...").
_CLAUSE_END, _BEFORE_THAT = timed(r"\ ?(?:[.,;:!?)]|$)"), timed(r"\ (?i:that|then)\b")
#: A line that is a year alone, heading the items of a timeline under it.
_YEAR_HEADING: Final = timed(r"(?m:^[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*:?[ \t]*$)")
#: Relative dates that count from another date, not from the calendar: they are no base
#: for "a year earlier" ("three years ago", "today", "a month later", "the same year").
_CALENDAR: Final = timed(r"(?i:.*\b(?:ago|later|on|today|yesterday|this\ week|same|that\ year|previous|following)\b)")
#: "the previous year", "the following month": a step from another date.
_STEPPED: Final = timed(r"(?i:previous|following)")
#: The end of a sentence, across which "a year earlier" counts from the reference.
_SENTENCE_BREAK: Final = timed(r"[.!?]\s|\n")


def find_dates(
    text: str,
    reference: dt.date | None,
    *,
    timeout: float | None = None,
    windows: Sequence[tuple[int, int]] | None = None,
) -> tuple[DateMention, ...]:
    """Find and resolve the date expressions of a (normalised) text.

    Relative expressions resolve against ``reference`` (``None`` if there is none)
    and, for "the same year" or "a month later", against the last explicit date
    before them. ``windows`` (sentences holding one of ``DATE_TRIGGERS``, in order)
    limits the search; ``timeout`` is for all of them together.
    """
    out = []
    anchor: dt.date | None = None
    anchor_value: str | None = None
    anchor_end = 0
    headings: list[tuple[int, int]] | None = None  # a timeline's year lines, found at its first item
    # the last date resolved from the calendar ("last year", "in March"): what "a year
    # earlier" right after it in its sentence counts back from
    named: tuple[dt.date, str, int] | None = None
    for m in _matches(text, windows, timeout):
        value, date = _explicit(m)
        if date is not None:
            anchor, anchor_value, anchor_end = date, value, m.end()
            out.append(DateMention(m.start(), m.end(), value, False, last=_last_year(m)))
            continue
        if m.group("full"):
            continue  # an impossible date such as 31 February 2017
        # "two years after [it was rated]" dates what follows; "a year earlier" what precedes
        before = bool(m.group("after")) and m.group("after").lower().endswith("before")
        back = before and _BEFORE_THAT.match(text, m.end()) is not None
        forward = bool(m.group("after")) and not m.group("after").lower().endswith("earlier") and not back and not (before and _CLAUSE_END.match(text, m.end()))
        # "a year earlier", "the previous year" count from the latest date before, explicit or "last year"
        base, base_value, base_end = (anchor, anchor_value, anchor_end) if named is None or named[2] < anchor_end else named
        stepped = m.group("after") or (m.group("this_unit") and _STEPPED.search(m.group("this_unit")))
        resolved = _resolve(m, reference, base, base_value) if stepped else _resolve(m, reference, anchor, anchor_value)
        if m.group("item_month"):  # "2014" on a line of its own above "• November – ...": November 2014
            headings = [(h.start(), int(h.group("year"))) for h in _YEAR_HEADING.finditer(text)] if headings is None else headings
            k = bisect.bisect_right(headings, (m.start(), 0)) - 1
            if k >= 0:
                resolved = f"{headings[k][1]:04d}-{_month(m.group('month')):02d}"
        if m.group("after") and not forward and base is not None and (back or not _SENTENCE_BREAK.search(text, base_end, m.start())):
            # "20% in 2022, up from 16.7% a year earlier": 2021; "15% last year, against 12% the year before": the year before last
            resolved = _shift(base, m.group("unit"), -_number(m.group("n")))
        if resolved is not None and _CALENDAR.match(m.group()) is None and not m.group("after"):
            named = (dt.date.fromisoformat(f"{resolved}-01-01"[:10] if len(resolved) == 4 else f"{resolved}-01"[:10]), resolved, m.end())
        out.append(DateMention(m.start(), m.end(), resolved, True, forward))
    return tuple(restated(text, out))  # "two years earlier, in 2019": 2019
