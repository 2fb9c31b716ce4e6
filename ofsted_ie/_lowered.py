"""A text lower-cased with every offset kept, quick to say where a trigger occurs, as
the trigger prefilter asks: the strings of a ``TriggerIndex`` are found all at once in
one pass; for any other string a long text's vocabulary (each distinct run of letters
once) is asked before the text itself.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Final

from ._triggers import TriggerIndex, starts_of
from .text import letter_runs, lower_keeping_offsets

__all__ = ["Lowered", "Triggers"]

#: A set of trigger strings, hashable (the prefilter keeps what it learns of each).
Triggers = frozenset[str] | tuple[str, ...]


def _letter_runs(s: str) -> list[tuple[int, int]]:
    """The spans of the runs of ASCII lower-case letters of a short string."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, c in enumerate(s):
        if "a" <= c <= "z":
            if start < 0:
                start = i
        elif start >= 0:
            runs.append((start, i))
            start = -1
    if start >= 0:
        runs.append((start, len(s)))
    return runs


@functools.lru_cache(maxsize=1024)
def _covered(strings: Triggers, index: TriggerIndex) -> bool:
    """Whether ``index`` has every one of ``strings``: worked out once per set of triggers
    (a rule's, whose frozenset keeps its hash) and index, not once per document."""
    return index.strings.issuperset(strings)


@functools.lru_cache(maxsize=256)
def _by_lower_case(strings: Triggers, index: TriggerIndex) -> Mapping[str, tuple[str, ...]] | None:
    """Per lower case of ``strings``, the members written so; ``None`` if ``index`` lacks
    one. Worked out once per set of triggers and index (a rule's cased triggers: a
    thousand given names), not once per document."""
    by_key: dict[str, list[str]] = {}
    for s in strings:
        by_key.setdefault(s.lower(), []).append(s)
    if not index.strings.issuperset(by_key):
        return None
    return MappingProxyType({key: tuple(hits) for key, hits in by_key.items()})


class Lowered:
    """A text lower-cased with every offset kept (``text``), quick to ask whether it holds
    a string: a long text first asks its vocabulary, each distinct run of letters once,
    whether it has the string's runs (one a string starts with ends a run of the text's,
    one it ends with starts one, one between other characters is one).

    A string holding a capital is looked for as written: its lower case is found, then
    checked against the text as given."""

    #: Texts shorter than this are looked through whole: their vocabulary saves nothing.
    VOCABULARY_FROM: Final = 20_000
    #: A string with a capital whose lower case occurs more often than this is looked for
    #: as written in the text itself (one quick scan), not checked at each occurrence.
    CHECKED_AS_WRITTEN: Final = 64

    def __init__(self, text: str, index: TriggerIndex | None = None) -> None:
        #: The text ends as a line does: a trigger ending in a newline ("ri\n", a grade's
        #: abbreviation ending its line) is also found at the text's end.
        self.text = lower_keeping_offsets(text) + "\n"
        self._written = text + "\n"
        self._exact: dict[str, list[int]] = {}
        self._held: dict[str, bool] = {}
        self._vocabulary: str | None = None
        self._index = index
        self._found: dict[str, list[int]] | None = None

    def occurrences(self, s: str) -> Sequence[int] | None:
        """The starts of every occurrence of ``s`` in ``text`` (ascending) when ``s`` is a
        string of the index and the index has an automaton; ``None`` otherwise."""
        if self._index is None or s not in self._index.strings:
            return None
        found = self._findings()
        return None if found is None else found.get(s, ())

    def _findings(self) -> dict[str, list[int]] | None:
        """The index's findings in ``text`` (its one pass, made on first asking); ``None``
        when it has no automaton."""
        if self._found is None and self._index is not None:
            self._found = self._index.find(self.text)
            if self._found is None:
                self._index = None
        return self._found

    def units_holding(self, s: str, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
        """The indices of the units (``starts[k]`` to ``ends[k]``, sorted, not overlapping)
        that hold an occurrence of ``s`` whole, or (``s`` ending in a newline) all of it
        but the newline that ends the unit's line; each unit found costs one look for the
        next occurrence past its end."""
        found: set[int] = set()
        occurrences = self.occurrences(s) if s.islower() or s == s.lower() else self._as_written(s)
        size = len(s) - 1 if s.endswith("\n") else len(s)  # what must lie inside the unit
        if occurrences is None:
            i = self.text.find(s)
            while i != -1:
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + size <= ends[k]:
                    found.add(k)
                    i = self.text.find(s, ends[k])  # the unit is known: on to the next
                else:
                    i = self.text.find(s, i + 1)
            return found
        # per occurrence, in C (no Python step each: a common trigger has thousands): the
        # last unit starting at or before it, which holds it if it ends at or after its end
        units = list(map(operator.sub, map(bisect.bisect_right, itertools.repeat(starts), occurrences), itertools.repeat(1)))
        holds = map(operator.le, map(operator.add, occurrences, itertools.repeat(size)), map(ends.__getitem__, units))
        found.update(itertools.compress(units, holds))
        found.discard(-1)  # before the first unit (``ends[-1]`` was asked of it)
        return found

    def _as_written(self, s: str) -> list[int]:
        """The starts of every occurrence of ``s`` as written, capitals and all; kept."""
        found = self._exact.get(s)
        if found is None:
            occurrences, written = self.occurrences(s.lower()), self._written
            if occurrences is None or len(occurrences) > self.CHECKED_AS_WRITTEN:  # "ed " for "Ed ": a look at the text
                found = list(starts_of(written, s))
            else:
                found = [i for i in occurrences if written.startswith(s, i)]
            self._exact[s] = found
        return found

    def lacks_one_of(self, groups: tuple[Triggers, ...]) -> bool:
        """Whether ``text`` surely holds no member of one of ``groups`` (a quick answer
        from the index's one pass, for sets of lower-case strings it has; ``False``
        where it cannot tell)."""
        index = self._index
        if index is None or not index.in_lower_case or not groups:
            return False
        found = self._findings()
        if found is None:
            return False
        keys = found.keys()
        return any(keys.isdisjoint(g) for g in groups if _covered(g, index))

    def held(self, strings: Triggers) -> Collection[str]:
        """The members of ``strings`` (lower case, or as written) that occur in ``text``,
        in no particular order; one look at the index's findings when it has them all
        (for a frozenset of lower-case strings, a set intersection)."""
        found, index = self._findings(), self._index
        if found is not None and index is not None:
            if index.in_lower_case and _covered(strings, index):  # so all in lower case
                return found.keys() & strings
            by_key = _by_lower_case(strings, index)
            if by_key is not None:  # some as written: asked of their lower case first
                hits = (s for key in found if key in by_key for s in by_key[key])
                return [s for s in hits if s == s.lower() or self.holds(s)]
        return [s for s in strings if self.holds(s)]

    def holds(self, s: str) -> bool:
        """Whether ``s`` (lower case, or as written) occurs in ``text``; the answer is kept."""
        held = self._held.get(s)
        if held is None:
            starts = self.occurrences(s) if s.islower() or s == s.lower() else self._as_written(s)
            held = self._held[s] = self._holds(s) if starts is None else bool(starts)
        return held

    def _holds(self, s: str) -> bool:
        if len(self.text) < self.VOCABULARY_FROM or self._index is not None:
            return s in self.text  # with an automaton, few strings are asked here: no vocabulary
        if self._vocabulary is None:  # each run between newlines
            self._vocabulary = "\n" + "\n".join(letter_runs(self.text)) + "\n"
        runs = _letter_runs(s)
        for start, end in runs:
            needle = ("\n" if start > 0 else "") + s[start:end] + ("\n" if end < len(s) else "")
            if needle not in self._vocabulary:
                return False
        # letters only: the runs' look was the answer
        return runs == [(0, len(s))] or s in self.text
