"""Copies of records with their rule's name or their offsets set, at a third of
``attrs.evolve``'s cost (the engine makes one or two for most records): the fields
copied were validated when the record was made, and the values set are valid by
construction (a Rule's validated name, offsets mapped back in order)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import attrs

from .records import RECORD_TYPES, Record

__all__ = ["stamped", "with_offsets"]

#: Per record class, its fields' names.
_FIELD_NAMES: Final = MappingProxyType({cls: tuple(f.name for f in attrs.fields(cls)) for cls in RECORD_TYPES.values()})


def _copy(record: Record) -> Record:
    new = object.__new__(type(record))
    for name in _FIELD_NAMES[type(record)]:
        object.__setattr__(new, name, getattr(record, name))
    return new


def stamped(record: Record, rule: str) -> Record:
    """``attrs.evolve(record, rule=rule)`` for a ``rule`` that is a Rule's validated name."""
    new = _copy(record)
    object.__setattr__(new, "rule", rule)
    return new


def with_offsets(record: Record, start: int, end: int) -> Record:
    """``attrs.evolve(record, start=start, end=end)``; offsets the validators would
    refuse (``start`` past ``end``, or below 0) are left to it, so that it raises."""
    if not 0 <= start <= end:
        return attrs.evolve(record, start=start, end=end)
    new = _copy(record)
    object.__setattr__(new, "start", start)
    object.__setattr__(new, "end", end)
    return new
