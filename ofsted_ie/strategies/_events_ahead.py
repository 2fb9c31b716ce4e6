"""Inspections of the future told by the predicate after them: the event as the subject
of "is due to take place", "will begin", "is scheduled for", "is expected once routine
inspections resume" (the inspectorate's routine work is no event either), or the inspectorate returning
"for" it ("Ofsted is expected to return to Kent for a monitoring visit"); none is an
event yet; nor is one wished for, rehearsed ("a practice inspection") or spoken of in
general ("Nobody enjoys being inspected"). Their positives: a council's inspection told in
a participle aside ("B, inspected under the new framework in May 2019, ..."), the same subject with a past predicate, or a dated past
event whose consequences lie ahead ("A focused visit to Kent in May 2018 is expected to
lead to changes")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import InspectionKind
from ._base import MONTHS, InspectionKey, authority_names

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]
#: Each kind as written, and as recorded.
_KINDS: Final[tuple[tuple[str, InspectionKind], ...]] = (("full inspection", "inspection"), ("inspection", "inspection"), ("monitoring visit", "monitoring_visit"),
                 ("focused visit", "focused_visit"), ("standard inspection", "inspection"))
_SERVICES: Final = ("", " children's services", " County Council", " Council's children's services")
_AHEAD: Final = ("is due to take place", "will take place", "is scheduled for", "is expected to begin", "will begin",
                 "is planned for", "is set to go ahead", "is yet to take place", "will be carried out", "is due", "is likely",
                 "is likely to take place", "is expected once routine inspections resume", "is expected when inspectors return",
                 "is expected after the summer", "is expected to last three weeks", "is due to run for a fortnight")
_WHEN_AHEAD: Final = ("later this year", "next month", "in the spring", "in early December", "on Monday", "soon", "")


def _subject(draw: st.DrawFn) -> tuple[str, str, InspectionKind]:
    """A council's plain name, the event's noun phrase about it, and the kind recorded."""
    a = draw(authority_names().filter(lambda n: "," not in n and " and " not in n))
    (noun, kind), service = draw(st.sampled_from(_KINDS)), draw(st.sampled_from(_SERVICES))
    prep = "to" if "visit" in noun else "of"
    det = draw(st.sampled_from(["An" if noun[0] == "i" else "A", "The", "Ofsted's"]))
    return a, f"{det} {noun} {prep} {a}{service}", kind


def _ahead(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The event as the subject of a predicate of the future is none yet."""
    _, subject, _ = _subject(draw)
    verb, when = draw(st.sampled_from(_AHEAD)), draw(st.sampled_from(_WHEN_AHEAD))
    if verb.endswith(" for"):  # "scheduled for early December", "for next month"
        when = when.removeprefix("in ").removeprefix("on ") or "the spring"
    return f"{subject} {verb}{' ' + when if when else ''}.", set()


def _return_for(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate returning to a council for the event: the future, none yet."""
    a = draw(authority_names().filter(lambda n: "," not in n))
    (noun, _), who = draw(st.sampled_from(_KINDS)), draw(st.sampled_from(["Ofsted", "Inspectors", "The inspectorate"]))
    how = draw(st.sampled_from(["is expected to return to", "will return to", "is due to return to", "will be back in", "is set to return to"]))
    when = draw(st.sampled_from(["", " in the summer", " next year", " within months"]))
    a_ = "an" if noun[0] == "i" else "a"
    det = draw(st.sampled_from([a_, "its", "a further"])) if who != "Inspectors" else draw(st.sampled_from([a_, "their"]))
    verb = how.replace("is ", "are ") if who == "Inspectors" else how
    return f"{who} {verb} {a}{when} for {det} {noun}.", set()


def _past_date(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    year, month = draw(st.integers(2009, ref.year - 1)), draw(st.integers(1, 12))
    return draw(st.sampled_from([(f"in {year}", f"{year}"), (f"in {MONTHS[month - 1]} {year}", f"{year}-{month:02d}")]))


def _behind(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The same subject with a past predicate, or a dated event whose consequences lie
    ahead, is an event."""
    a, subject, kind = _subject(draw)
    d, when = _past_date(draw, ref)
    return draw(st.sampled_from([
        f"{subject} took place {d}.",
        f"{subject} {d} is expected to lead to changes in the front door.",
        f"{subject} {d} found weaknesses that will take time to put right.",
        f"{subject} was carried out {d}, and inspectors will return next year.",
    ])), {(a, kind, when, None)}


def _may_take_place(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The event in a clause of what "may take place", or one a council is preparing for
    others "to undertake": the future, none yet."""
    a, subject, _ = _subject(draw)
    (noun, _), who = draw(st.sampled_from(_KINDS)), draw(st.sampled_from(["officials", "inspectors", "Ofsted"]))
    return draw(st.sampled_from([
        f"{subject}, which {draw(st.sampled_from(['may', 'could', 'will']))} take place from 1 September, will look at the front door.",
        f"{a} is preparing for {who} to {draw(st.sampled_from(['undertake', 'carry out']))} their first {noun}.",
    ])), set()


def _inspected_aside(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A council's inspection told in a participle aside, maybe under a framework: "B,
    inspected under the new framework in May 2019, was found to require improvement"."""
    a = draw(authority_names().filter(lambda n: "," not in n))
    d, when = _past_date(draw, ref)
    under = draw(st.sampled_from(["", "under the new framework ", "under the same framework ", "under the single inspection framework "]))
    return f"{a}, inspected {under}{d}, was found to require improvement.", {(a, "inspection", when, None)}


def _not_held(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection wished for, rehearsed or spoken of in general: no event ("I want us to
    go into the inspection with our eyes open", "a practice inspection led by managers from
    B", "Nobody enjoys being inspected")."""
    a, b = draw(st.lists(authority_names().filter(lambda n: "," not in n), min_size=2, max_size=2, unique=True))
    (noun, _) = draw(st.sampled_from(_KINDS))
    verb = draw(st.sampled_from(["want us to", "hope to", "plan to", "intend to"]))
    rehearsal = draw(st.sampled_from(["practice", "mock", "dummy", "rehearsal"]))
    return draw(st.sampled_from([
        f"{a}'s director said: \"I {verb} go into the {noun} with our eyes open.\"",
        f"{a} ran a {rehearsal} inspection in July, led by senior managers from {b}.",
        f"{a}'s committee chair said nobody enjoys being inspected.",
    ])), set()


#: Positive frames of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
EVENTS_BEHIND_PHENOMENA: Final[dict[str, _Frame]] = {"behind": _behind, "inspected_aside": _inspected_aside}
#: Negative frames of this module, by phenomenon (part of ``NON_INSPECTION_PHENOMENA``).
EVENTS_AHEAD_PHENOMENA: Final[dict[str, _Frame]] = {"ahead": _ahead, "return_for": _return_for, "may_take_place": _may_take_place,
                                                    "not_held": _not_held}
