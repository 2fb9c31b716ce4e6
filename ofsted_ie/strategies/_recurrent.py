"""Sentences whose inspection words name a recurring or distributive event, not one event:
"a four-week inspection every four years", "Kent is inspected once every three years",
"each authority's first inspection"; a named council does not make them particular."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import InspectionKey, authority_names

_Keys = set[InspectionKey]
_COUNTS: Final = ("two", "three", "four", "five")


def _every_period(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """An inspection "every N years" (or months) is a schedule, whoever it is of."""
    a, n = draw(authority_names()), draw(st.sampled_from(_COUNTS))
    unit = draw(st.sampled_from(["years", "months"]))
    return draw(st.sampled_from([
        f"Under the old framework, {a} faced a {n}-week inspection every {n} {unit}.",
        f"Leaders in {a} welcomed the end of the long inspection every {n} {unit}.",
        f"{a} is inspected once every {n} {unit}, its director explained.",
    ])), set()


def _each_authority(draw: st.DrawFn, ref: dt.date) -> tuple[str, _Keys]:
    """"each authority's first inspection" is every council's, not one event."""
    a = draw(authority_names())
    whose = draw(st.sampled_from(["each authority's", "every council's", "each local authority's"]))
    return draw(st.sampled_from([
        f"Analysts in {a} listed the grades from {whose} first inspection since the reforms.",
        f"Officers in {a} studied the findings of {whose} latest inspection.",
    ])), set()


#: The frames of this module, by phenomenon (part of ``NON_INSPECTION_PHENOMENA``).
RECURRENT_PHENOMENA: Final[dict[str, Callable[[st.DrawFn, dt.date], tuple[str, _Keys]]]] = {
    "every_period": _every_period, "each_authority": _each_authority,
}
