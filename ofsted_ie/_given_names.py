"""Common given names (``data/given_names.txt``, compiled by hand): the first word of a
person's name where nothing else in the text says the words are a name."""

from __future__ import annotations

from importlib import resources
from typing import Final

__all__ = ["GIVEN_NAMES"]


def _load() -> tuple[str, ...]:
    raw = resources.files(__package__ or "ofsted_ie").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return tuple(sorted({w for w in raw.split() if w}))


#: The given names, capitalised single words ("Julia", "Siân", "Oluwaseun"), sorted.
GIVEN_NAMES: Final = _load()
