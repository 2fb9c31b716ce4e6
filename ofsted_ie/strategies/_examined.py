"""An inspection told by the inspectorate as the agent of a verb of examining, other than
"inspected": "Ofsted assessed Halton's services for children over two weeks in May",
"Inspectors made an unannounced check of the council late in 2011"; and the negatives, what inspectors examined during a visit (records, data, the
experiences of children), the future, and a school's check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import InspectionKey, authority_names
from ._visits_told import _dated

_Keys = set[InspectionKey]
_Frame = Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]

_AGENTS: Final = ("Ofsted", "Inspectors", "Ofsted inspectors", "The inspectorate", "The watchdog")
_EXAMINED: Final = ("assessed", "examined", "evaluated", "scrutinised", "reviewed")
_CHECKS: Final = ("a spot check", "an unannounced check", "a spot-check", "an unannounced inspection")


def _services(draw: st.DrawFn, a: str) -> str:
    return draw(st.sampled_from([f"{a} Council's children's services", f"children's services in {a}",
                                 f"{a}'s children's social care services", f"{a} Council"]))


def _assessed(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate assessed a council's services at a date: an inspection."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    agent = draw(st.sampled_from(_AGENTS))
    verb = draw(st.sampled_from(_EXAMINED))
    return f"{agent} {verb} {_services(draw, a)} {d}.", {(a, "inspection", when, None)}


def _spot_check(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """The inspectorate carried out a check of a council's services: an inspection."""
    a, (d, when) = draw(authority_names()), _dated(draw, ref)
    agent = draw(st.sampled_from(_AGENTS))
    verb = draw(st.sampled_from(["carried out", "conducted", "made"]))
    check = draw(st.sampled_from(_CHECKS))
    return draw(st.sampled_from([
        f"{agent} {verb} {check} of {_services(draw, a)} {d}.",
        f"In {a}, {agent.lower() if agent != 'Ofsted' else agent} {verb} {check} {d} and published the report soon after.",
    ])), {(a, "inspection", when, None)}


#: Phrasings of this module, by phenomenon (part of ``INSPECTION_PHENOMENA``).
EXAMINED_PHENOMENA: Final[dict[str, _Frame]] = {"assessed": _assessed, "spot_check": _spot_check}


def _examined_things(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """What inspectors examined during a visit, not the council's services: no event."""
    a = draw(authority_names())
    agent = draw(st.sampled_from(_AGENTS))
    verb = draw(st.sampled_from(_EXAMINED))
    what = draw(st.sampled_from(["records, assessments and data", "the experiences of children in need of support",
                                 "the results of a survey of social workers", "a sample of case files"]))
    return draw(st.sampled_from([f"In {a}, {agent.lower() if agent != 'Ofsted' else agent} {verb} {what}.",
                                 f"{agent} {verb} {what} held by {a} Council."])), set()


def _future_check(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """A check promised, or a school's: no event of the council's."""
    a = draw(authority_names())
    check = draw(st.sampled_from(_CHECKS))
    return draw(st.sampled_from([
        f"Ofsted will carry out {check} of {a} Council's children's services next year.",
        f"Inspectors carried out {check} of a primary school in {a} last year.",
        f"Ofsted is expected to assess {a} Council's children's services in the spring.",
    ])), set()


#: Negatives of this module (part of ``NON_INSPECTION_PHENOMENA``).
NOT_EXAMINED_PHENOMENA: Final[dict[str, _Frame]] = {"examined_things": _examined_things, "future_check": _future_check}
