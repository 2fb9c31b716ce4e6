"""The tops of articles and scraped pages (issue 22, "when it was published"): a headline,
menu lines, a byline and a dateline in each form the genre writes it, then the body; and
tops with no dateline, whose only dates are in the body or name an inspection.

Each dated header gives its publication date as ISO in ``Generated.published``; an
undated one is plain text, whose dateline is none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from .._vocab import WEEKDAYS
from ._base import MONTHS, Generated, authority_names

_Form = Callable[[dt.date], str]


def _suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


#: A dateline as sites write it, from the date: labels, orders, capitals, hyphens, times.
DATELINE_FORMS: Final[dict[str, _Form]] = {
    "bar-dmy": lambda d: f"| {d.day} {MONTHS[d.month - 1]} {d.year}",
    "weekday-mdy": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "published-dmy": lambda d: f"Published {d.day} {MONTHS[d.month - 1]} {d.year}",
    "published-colon-numeric": lambda d: f"Published: {d.day:02d}/{d.month:02d}/{d.year}",
    "posted-on": lambda d: f"Posted on {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "last-updated-short-month": lambda d: f"Last updated: {d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    "capital-short-month": lambda d: f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}",
    "capital-month": lambda d: f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}",
    "hyphenated": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "post-on-hyphenated": lambda d: f"Post on {d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "byline-bar": lambda d: f"By Kit Morrow | {d.day} {MONTHS[d.month - 1]} {d.year}",
    "mdy-at-time": lambda d: f"{MONTHS[d.month - 1]} {d.day}{_suffix(d.day)}, {d.year} at 10:32 am",
    "weekday-dmy-time": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}, 09:15",
    "capital-weekday": lambda d: f"{WEEKDAYS[d.weekday()].upper()} {d.day} {MONTHS[d.month - 1].upper()} {d.year}",
    "metadata-glued": lambda d: f" date {d.isoformat()} ",
    "title-then-metadata-glued": lambda d: f"date {d.isoformat()} ",
    "reporter-published-time": lambda d: (f"By Kit Morrow, Local Democracy Reporter Published: 10:30, {d.day} "
                                          f"{MONTHS[d.month - 1]} {d.year} Updated: 11:45 Share this article on Facebook, X and by email"),
    "numeric-hyphens": lambda d: f"Updated {d.day:02d}-{d.month:02d}-{d.year} 14:05",
    "labelled-short-year": lambda d: (f"Posted {d.day:02d}/{d.month:02d}/{d.year % 100:02d} by Kit Morrow in News, Children's "
                                      "services, Social work, Inspections, Workforce, Councils, Practice"),
    "date-glued-to-body": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year} ",
    "published-at-time-on": lambda d: f"Published at 10:30 GMT on {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "report-front-one-line": lambda d: (f"Inspection of children's services Inspection dates: 1 to 3 {MONTHS[d.month - 1]} "
                                        f"{d.year} Report published: {d.day} {MONTHS[d.month - 1]} {d.year} "),
    "long-byline-line": lambda d: (f"By Kit Morrow {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} 12:00 "
                                   "Share this story on Facebook, X, LinkedIn and by email or print this page"),
    "dotted-short-year": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "posted-dashed-short-year": lambda d: f"Posted {d.day:02d}-{d.month:02d}-{d.year % 100:02d} by Kit Morrow",
    "place-dateline": lambda d: f"ASHBURY, {d.day} {MONTHS[d.month - 1]} {d.year} - ",
    "meeting-of-long": lambda d: (f"- Meeting of Children, Families and Lifelong Learning Overview and Scrutiny "
                                  f"Committee, {WEEKDAYS[d.weekday()]} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} {d.year} "
                                  "9.30 am (Item 7.)"),
    "year-first-slashes": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    # the month first where the day cannot be a month; day first (as British sites write) where it can
    "month-first-unambiguous": lambda d: (f"{d.month:02d}/{d.day:02d}/{d.year}" if d.day > 12 else f"{d.day:02d}/{d.month:02d}/{d.year}"),
    "posted-by-long": lambda d: (f"Posted by Kit Morrow on {d.day} {MONTHS[d.month - 1]} {d.year} in News, Children's "
                                 "services, Social work, Inspections, Workforce, Councils, Practice, Safeguarding"),
}
_HEADLINES: Final = ("Inspectors praise council's children's services", "Children's services told to improve")
_MENUS: Final = ("Home", "News", "Children's services", "Share this page", "Menu", "Contact us", "Jobs", "Search")
_BODY: Final = ("Inspectors found that leaders knew their services well and that most children were seen "
                "promptly by social workers who knew them.")


@st.composite
def dated_headers(draw: st.DrawFn, forms: tuple[str, ...] = tuple(DATELINE_FORMS)) -> Generated:
    """The top of an article or page with a dateline, then a body that names a date of
    its own; ``Generated.published`` is the dateline's date."""
    day = draw(st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2025, 12, 31)))
    form = draw(st.sampled_from(forms))
    written = DATELINE_FORMS[form](day)
    other = draw(st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2025, 12, 31)))
    body = (f"{draw(authority_names())} was inspected on {other.day} {MONTHS[other.month - 1]} {other.year}. {_BODY}")
    if form == "metadata-glued":  # a scraped page's metadata opening the text, glued to the body
        return Generated(f"{written}{body}\n", published=day.isoformat())
    menus = draw(st.lists(st.sampled_from(_MENUS), max_size=80))  # a site's whole menu above the headline
    if form in ("title-then-metadata-glued", "date-glued-to-body", "report-front-one-line", "place-dateline"):  # the same after the page's title
        return Generated("\n\n".join([*menus, draw(st.sampled_from(_HEADLINES)), f"{written}{body}"]) + "\n",
                         published=day.isoformat())
    head = [*menus, draw(st.sampled_from(_HEADLINES)), written]
    return Generated("\n\n".join([*head, body]) + "\n", published=day.isoformat())


def _body_publication(d: dt.date, a: str) -> str:
    return (f"Ofsted's letter to {a}, published on {d.day} {MONTHS[d.month - 1]} {d.year}, praised the council for "
            "its work with care leavers and with families.")


def _inspection_line(d: dt.date, a: str) -> str:
    return f"Inspection of {a} children's services\nInspection dates: {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"


def _embargo(d: dt.date, a: str) -> str:
    return (f"The report on {a} will be published on {d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year} and is "
            "embargoed until then, the council's scrutiny committee heard on Monday.")


def _opening_sentence(d: dt.date, a: str) -> str:
    return (f"On {d.day} {MONTHS[d.month - 1].upper()} {d.year} inspectors began a two-week visit to {a}, "
            "looking at how the council helps and protects children and young people.")


def _numbered_heading(d: dt.date, a: str) -> str:
    return f"{d.month}.{d.day % 9 + 1}.{d.year % 100:02d}\n\nInspectors visited {a} over two weeks and met leaders."


def _place_span(d: dt.date, a: str) -> str:
    return (f"Ashbury, {d.day} {MONTHS[d.month - 1]} {d.year} - {d.day} {MONTHS[d.month - 1]} {d.year + 1}: inspectors "
            f"visited {a} and met leaders, social workers, children and their families over two weeks.")


def _meeting_needs(d: dt.date, a: str) -> str:
    return (f"Meeting the needs of care leavers in {a} remains a priority for the council and its partners, "
            f"inspectors said after their visit on {d.day} {MONTHS[d.month - 1]} {d.year}.")


def _period_title(d: dt.date, a: str) -> str:
    return (f"Children's social work workforce in {a}, {_period_words(d)} {d.day} {MONTHS[d.month - 1]} {d.year}")


def _period_words(d: dt.date) -> str:
    """The words ending a title's period: the date after them is no publication's."""
    return ("year ending", "year to", "as at", "period ending")[d.day % 4]


def _span_opening(d: dt.date, a: str) -> str:
    return (f"{d.day} {MONTHS[d.month - 1]} {d.year} to {d.day} {MONTHS[d.month - 1]} {d.year + 1}: inspectors visited {a} "
            "and met leaders, social workers, children and their families over two weeks.")


#: Tops of texts whose dates are no dateline: a body's publication date, a report's
#: inspection dates, an embargo, a long opening sentence in capitals or on meeting needs,
#: a title's period ("Workforce in Kent, year ending 30 September 2017").
UNDATED_FORMS: Final[dict[str, Callable[[dt.date, str], str]]] = {
    "body-publication": _body_publication, "inspection-dates": _inspection_line, "embargo": _embargo,
    "long-opening-sentence": _opening_sentence, "span-opening": _span_opening, "meeting-as-a-verb": _meeting_needs,
    "place-span-opening": _place_span, "numbered-heading": _numbered_heading, "period-title": _period_title,
}


@st.composite
def undated_headers(draw: st.DrawFn) -> str:
    """The top of a text with dates that are no dateline: its dateline is none."""
    day = draw(st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2025, 12, 31)))
    line = UNDATED_FORMS[draw(st.sampled_from(tuple(UNDATED_FORMS)))](day, draw(authority_names()))
    return "\n\n".join([draw(st.sampled_from(_HEADLINES)), line, _BODY]) + "\n"
