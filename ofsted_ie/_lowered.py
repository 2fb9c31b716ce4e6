"""A text lower-cased with every offset kept and quick to ask whether it holds a string,
as the trigger prefilter asks: a long text's vocabulary (each distinct run of letters
once) is asked before the text itself, so that a string the text lacks mostly costs a
look at its vocabulary, not at the whole text.
"""

from __future__ import annotations

from typing import Final

from .text import letter_runs, lower_keeping_offsets

__all__ = ["Lowered"]

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


class Lowered:
    """A text lower-cased with every offset kept (``text``), quick to ask whether it holds
    a string: a long text first asks its vocabulary, each distinct run of letters once,
    whether it has the string's runs (one a string starts with ends a run of the text's,
    one it ends with starts one, one between other characters is one)."""

    #: Texts shorter than this are looked through whole: their vocabulary saves nothing.
    VOCABULARY_FROM: Final = 20_000

    def __init__(self, text: str) -> None:
        self.text = lower_keeping_offsets(text)
        self._held: dict[str, bool] = {}
        self._vocabulary: str | None = None

    def holds(self, s: str) -> bool:
        """Whether ``s`` (lower case) occurs in ``text``; the answer is kept."""
        held = self._held.get(s)
        if held is None:
            held = self._held[s] = self._holds(s)
        return held

    def _holds(self, s: str) -> bool:
        if len(self.text) < self.VOCABULARY_FROM:
            return s in self.text
        if self._vocabulary is None:  # each run between newlines
            self._vocabulary = "\n" + "\n".join(letter_runs(self.text)) + "\n"
        runs = _letter_runs(s)
        for start, end in runs:
            needle = ("\n" if start > 0 else "") + s[start:end] + ("\n" if end < len(s) else "")
            if needle not in self._vocabulary:
                return False
        # letters only: the runs' look was the answer
        return runs == [(0, len(s))] or s in self.text
