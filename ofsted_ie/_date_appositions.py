"""Relative dates restated in apposition: "two years earlier, in 2019" is 2019.

A writer who counts from another event often restates the date at once ("A focused visit
two years earlier, in 2019, had found ...", "last spring, in April 2023"): the explicit
date after the comma is the time meant, whatever the relative one would count from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol, TypeVar

import attrs

from ._timed import timed


class _Dated(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str | None: ...
    @property
    def relative(self) -> bool: ...


_D = TypeVar("_D", bound=_Dated)

#: What parts a relative date from the explicit one restating it: ", in", ", on", " (in"
#: (after the "that" of "a year before that").
_APPOSITION: Final = timed(r"(?:\ (?i:that|then))?(?:,|\ \(|\ [-\u2013\u2014])\ (?i:in|on|during)\ (?:(?i:early|late|mid)[\ -])?")


def restated(text: str, found: Sequence[_D]) -> list[_D]:
    """``found`` (date expressions in text order), each relative one that an explicit one
    restates right after it taking that one's value."""
    out = list(found)
    for i in range(len(out) - 1):
        rel, exp = out[i], out[i + 1]
        if (rel.relative and not exp.relative and exp.value is not None
                and _APPOSITION.fullmatch(text, rel.end, exp.start) is not None):
            out[i] = attrs.evolve(rel, value=exp.value)  # type: ignore[misc]
    return out


__all__ = ["restated"]
