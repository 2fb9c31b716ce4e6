"""Many strings found in a text in one pass: an Aho-Corasick automaton (pyahocorasick),
built once per set of strings; without pyahocorasick, nothing, and callers look for
each string alone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

try:  # a compiled automaton; without it (a vendored copy, say) each string is looked for alone
    import ahocorasick
except ImportError:  # pragma: no cover - the fallback is tested by passing use_automaton=False
    ahocorasick = None

__all__ = ["TriggerIndex", "starts_of"]


class TriggerIndex:
    """A fixed set of strings, each text's occurrences of which are found in
    one pass over it (an Aho-Corasick automaton, built once); immutable and picklable.

    Args:
        strings: the strings.
        use_automaton: ``False`` leaves the automaton out (as when pyahocorasick is not
            installed): ``find`` then answers ``None`` and callers look for each string alone.
    """

    def __init__(self, strings: Iterable[str], *, use_automaton: bool = True) -> None:
        self.strings: frozenset[str] = frozenset(s for s in strings if s)
        #: Whether every string is in lower case (as the prefilter's, which it finds in a
        #: lower-cased text, are).
        self.in_lower_case = all(s == s.lower() for s in self.strings)
        self.use_automaton = use_automaton and ahocorasick is not None
        self._automaton: Any = None
        if self.use_automaton and self.strings:
            automaton = ahocorasick.Automaton()
            for s in self.strings:  # each with what takes its end back to its start
                automaton.add_word(s, (s, len(s) - 1))
            automaton.make_automaton()
            self._automaton = automaton

    def __reduce__(self) -> tuple[Any, ...]:
        return (_index, (tuple(sorted(self.strings)), self.use_automaton))

    def find(self, lowered: str) -> dict[str, list[int]] | None:
        """Per string of the index that ``lowered`` holds, the starts of its occurrences
        (overlapping ones too), ascending; ``None`` without an automaton."""
        if self._automaton is None:
            return None
        found: dict[str, list[int]] = {}
        get = found.get
        for end, (s, back) in self._automaton.iter(lowered):  # a hundred thousand a report: kept lean
            starts = get(s)
            if starts is None:
                found[s] = [end - back]
            else:
                starts.append(end - back)
        return found


def _index(strings: tuple[str, ...], use_automaton: bool) -> TriggerIndex:
    return TriggerIndex(strings, use_automaton=use_automaton)


def starts_of(text: str, s: str) -> Iterator[int]:
    """The starts of every occurrence of ``s`` in ``text`` (overlapping ones too), in order."""
    i = text.find(s)
    while i != -1:
        yield i
        i = text.find(s, i + 1)
