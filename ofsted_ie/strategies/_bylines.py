"""Bylines as sites write them (issue 22): the author's name with the date on its line
("By Jo Bell on March 14, 2023 in News", "Posted on 3 May 2022 by Jo Bell", "9 November
2023 • By Jo Bell"), or on a line of its own above a line of its post or outlet ("Senior
Reporter", "BBC News, Surrey"), or with a reporter's post after a comma a few lines below
the headline ("Jo Bell, Dorset reporter" after "Last updated 2 days ago"). Negatives: a
caption naming someone with a post that is no reporter's, a photo credit, a letter's
addressee above their post, an outlet's name above the date ("Devon Live")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from .._given_names import GIVEN_NAMES
from .._vocab import WEEKDAYS
from ._base import MONTHS

_Form = Callable[[str, dt.date], list[str]]
_SURNAMES: Final = ("Ashby", "Mowbray-Klein", "Okafor-Reid", "Pryce", "Lindqvist", "Dunmore", "Harker", "Achebe-Marsh")
_HEADLINES: Final = ("Inspectors praise council's work with families", "Council told to improve help for children")
_BODY: Final = "Inspectors found that leaders knew their services well and that most children were seen promptly."


def _dmy(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _mdy(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


#: Header lines holding a byline, from the author's name and the publication date.
BYLINE_FORMS: Final[dict[str, _Form]] = {
    "by-on-date-in-section": lambda n, d: [f"By {n} on {_mdy(d)} in News"],
    "by-on-dmy": lambda n, d: [f"By {n} on {_dmy(d)}"],
    "posted-on-by": lambda n, d: [f"Posted on {_dmy(d)} by {n}"],
    "posted-on-mdy-by-in": lambda n, d: [f"Posted on {_mdy(d)} by {n} in Children's services"],
    "date-bullet-by": lambda n, d: [f"{_dmy(d)} \u2022 By {n}"],
    "date-bar-by": lambda n, d: [f"{_dmy(d)} | By {n}"],
    "name-post-line-date": lambda n, d: [n, "Senior Reporter", f"{WEEKDAYS[d.weekday()]} {_dmy(d)} 5:00 am"],
    "date-name-outlet-line": lambda n, d: [_dmy(d), "Share", n, "BBC News, Ashbury"],
    "by-then-post-line": lambda n, d: [f"By {n}", "Chief Reporter", _dmy(d)],
    "updated-then-name-post": lambda n, d: ["Last updated 2 days ago", f"{n}, Ashbury reporter"],
    "interview-by": lambda n, d: [f"Published: {_dmy(d)}", f"Interview by {n}"],
    "written-by-dots": lambda n, d: [f"Written by {n} \u00b7 {_mdy(d)} \u00b7 4 min read"],
    "by-dot-date": lambda n, d: [f"By {n} \u00b7 {_mdy(d)}"],
    "name-bar-post-stamp": lambda n, d: [f"{n} | Senior reporter", f"{d.isoformat()}T08:30:00Z"],
}


@st.composite
def bylined_headers(draw: st.DrawFn, forms: tuple[str, ...] = tuple(BYLINE_FORMS)) -> tuple[str, str]:
    """The top of an article with a byline in one of ``forms``, and the author's name."""
    name = f"{draw(st.sampled_from(GIVEN_NAMES[:200]))} {draw(st.sampled_from(_SURNAMES))}"
    day = draw(st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2025, 12, 31)))
    lines = BYLINE_FORMS[draw(st.sampled_from(forms))](name, day)
    menu = draw(st.sampled_from(["", "Home > News > Children\n\n", "News | Sport | Weather\n\n"]))
    return menu + "\n\n".join([draw(st.sampled_from(_HEADLINES)), *lines, _BODY]) + "\n", name


#: Header lines naming someone who is no author: a caption with another post, a photo credit.
NOT_BYLINE_FORMS: Final[dict[str, Callable[[str], list[str]]]] = {
    "caption-post": lambda n: ["A standfirst on the council's progress.", f"{n}, the borough's head of children's social work"],
    "photo-credit": lambda n: [f"Picture: {n}"],
    "letter-addressee": lambda n: ["3 May 2022", n, "Director of Children's Services", "Ashbury Borough Council", "Town Hall"],
    "outlet-line": lambda n: [f"{n.split()[0]} {('Live', 'Courier', 'Advertiser', 'Gazette')[len(n) % 4]}", "Wednesday, October 1, 2014"],
    "outlet-with-article": lambda n: [f"The {n.split()[0]} Courier", "Wednesday, October 1, 2014"],
}


@st.composite
def unbylined_headers(draw: st.DrawFn) -> str:
    """The top of an article naming someone in its header who is no author."""
    name = f"{draw(st.sampled_from(GIVEN_NAMES[:200]))} {draw(st.sampled_from(_SURNAMES))}"
    lines = NOT_BYLINE_FORMS[draw(st.sampled_from(tuple(NOT_BYLINE_FORMS)))](name)
    return "\n\n".join([draw(st.sampled_from(_HEADLINES)), *lines, _BODY]) + "\n"
