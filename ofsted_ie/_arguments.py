"""Checks of what callers pass to the public API: a wrong type is a ``TypeError``, a bad
value a ``ValueError``, and each message names the function, the argument, what was
expected and what came in."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from typing import Any, Final, TypeVar

import attrs
import regex

from ._timed import timed
from .records import RECORD_TYPES

__all__ = [
    "check_count", "check_date", "check_instances", "check_kind", "check_pattern", "check_rule_name", "check_text",
    "check_timeout", "check_unique", "lower_tuple",
]

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


#: A plain space between two words of a one-line pattern: ``VERBOSE`` would drop it.
_PLAIN_SPACE: Final = timed(r"(?<![\\\[])(?<=\w) +(?=\w)")


def check_pattern(rule: Any, attribute: attrs.Attribute[Any], pattern: str) -> None:
    """A one-line ``VERBOSE`` pattern with plain spaces between words ("placed in special
    measures") would silently match nothing: say how to write it."""
    if not isinstance(pattern, str):
        raise TypeError(f"Rule {rule.name!r}: pattern must be a str, got {type(pattern).__name__}")
    if rule.verbose and "\n" not in pattern and "#" not in pattern and _PLAIN_SPACE.search(pattern):
        raise ValueError(
            f"Rule {rule.name!r}: pattern {pattern!r} has plain spaces, which a VERBOSE pattern ignores; "
            "write them as '\\ ' or pass verbose=False"
        )


def check_rule_name(_rule: object, attribute: attrs.Attribute[Any], name: object) -> None:
    if not isinstance(name, str) or not regex.fullmatch(r"[a-z_]+\.[a-z_0-9]+", name):
        raise ValueError(f"Rule name must be 'family.snake_case' (like 'ratings.special_measures'), got {name!r}")


def check_kind(_rule: object, attribute: attrs.Attribute[Any], kind: object) -> None:
    if kind not in RECORD_TYPES:
        raise ValueError(f"Rule kind must be one of {', '.join(RECORD_TYPES)}, got {kind!r}")


def lower_tuple(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):
        raise TypeError(f"triggers must be a tuple of strings, not one string: ({items!r},)")
    return tuple(t.lower() for t in items)


def cased_tuple(items: Iterable[str]) -> tuple[str, ...]:
    """Triggers looked for as written: each holds a capital (one in lower case belongs
    in ``triggers``) and lowers letter by letter, as the prefilter's lower-cased text
    does (not "\u0130", whose lower case is two characters, nor a capital sigma, whose
    lower case depends on the letters round it)."""
    if isinstance(items, str):
        raise TypeError(f"cased_triggers must be a tuple of strings, not one string: ({items!r},)")
    out = tuple(items)
    for t in out:
        if not isinstance(t, str) or t == t.lower() or any(len(c.lower()) != 1 or c == "\u03a3" for c in t):
            raise ValueError(f"cased_triggers must be strings holding a capital, each lowering letter by letter; got {t!r}")
    return out
