"""Checks of what callers pass to the public API: a wrong type is a ``TypeError``, a bad
value a ``ValueError``, and each message names the function, the argument, what was
expected and what came in."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["check_count", "check_date", "check_instances", "check_text", "check_timeout", "check_unique"]

_T = TypeVar("_T")


def check_text(text: object, func: str) -> str:
    """``text`` if it is a ``str``; bytes get a hint to decode them."""
    if isinstance(text, str):
        return text
    hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{func}() takes str, got {type(text).__name__}{hint}")


def check_date(value: object, func: str, name: str = "reference_date") -> dt.date | None:
    """A ``datetime.date`` (a datetime gives its date; an ISO string ``"2019-05-01"`` is
    read), or ``None``."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{func}() takes {name} as an ISO date such as '2019-05-01', got {value!r}") from None
    raise TypeError(f"{func}() takes {name} as datetime.date, an ISO date string or None, got {type(value).__name__}")


def check_count(value: object, func: str, name: str) -> int:
    """An ``int`` of at least 1 (not a bool)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{func}() takes {name} as an int >= 1, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{func}() takes {name} as an int >= 1, got {value!r}")
    return value


def check_timeout(value: object, func: str) -> float | None:
    """A finite number of seconds above 0, or ``None``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{func}() takes timeout as seconds (a number > 0) or None, got {type(value).__name__}")
    if not 0 < value < math.inf:
        raise ValueError(f"{func}() takes timeout as a finite number of seconds > 0, or None; got {value!r}")
    return float(value)


def check_instances(items: Iterable[object], cls: type[_T], func: str, name: str) -> tuple[_T, ...]:
    """``items`` as a tuple, each an instance of ``cls``."""
    out = tuple(items)
    for item in out:
        if not isinstance(item, cls):
            raise TypeError(f"{func}() takes {name} as {cls.__name__} instances, got {type(item).__name__}")
    return out  # type: ignore[return-value]


def check_unique(names: Iterable[str], func: str, name: str) -> None:
    """No name twice."""
    dupes = sorted(n for n, count in Counter(names).items() if count > 1)
    if dupes:
        raise ValueError(f"{func}() takes {name} with unique names; repeated: {', '.join(dupes)}")
