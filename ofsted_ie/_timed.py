"""Compiled patterns whose calls on long strings pass ``timeout=``, for the rules' builders.

Builders match on a sentence or a bounded window of the text, where a linear pattern
takes microseconds: ``CALL_SECONDS`` is a safety net against a runaway pattern, set so
far above honest work, even on a loaded machine, that it never decides a result. A call
past it raises ``TimeoutError``, which ``Rule.run`` turns into a warning on the Document,
keeping the records made until then. A call that reads at most ``UNTIMED_WINDOW``
characters (most: a sentence, a clause, the words before a grade) runs without the
engine's clock, whose start costs more than such a search: the window bounds the work.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import attrs
import regex

from ._vocab import SHARED_LISTS

__all__ = ["CALL_SECONDS", "FROM_END", "UNTIMED_WINDOW", "TimedPattern", "call_timeout", "timed"]


CALL_SECONDS: Final = 10.0
#: Characters of a window (a few sentences) that a rule's scan, or the date scan, reads
#: without the regex engine's own clock, which costs a fifth of a scan: the window bounds
#: the work; a longer one keeps the clock.
UNTIMED_WINDOW: Final = 4_000
#: The flag for a pattern that must end where the searched window ends (``$``) and is
#: only asked whether it matches there ("a hope in the words before a grade"): matched
#: from the end, the engine tries the one end, not every start in the window. Which
#: match it returns may differ from a forward search's; whether there is one does not.
FROM_END: Final = regex.REVERSE


def call_timeout(string: str, pos: int = 0, endpos: int | None = None) -> float | None:
    """The ``timeout=`` for a call reading ``string[pos:endpos]``: ``CALL_SECONDS``, or
    ``None`` (no clock) when it reads at most ``UNTIMED_WINDOW`` characters
    (``TimedPattern``'s methods work it out in line: keep them in step)."""
    end = len(string) if endpos is None or endpos > len(string) else endpos
    return None if end - pos <= UNTIMED_WINDOW else CALL_SECONDS


@attrs.frozen
class TimedPattern:
    """A ``regex`` pattern, compiled on first use, whose search methods pass
    ``timeout=CALL_SECONDS`` whenever they read more than ``UNTIMED_WINDOW`` characters
    (``call_timeout``).

    Args:
        pattern: the pattern's text.
        flags: ``regex`` flags.
        lists: named lists for ``\\L<name>``.
    """

    pattern: str
    flags: int = 0
    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()
    _compiled: regex.Pattern[str] | None = attrs.field(init=False, default=None, repr=False, eq=False)

    @classmethod
    def wrapping(cls, compiled: regex.Pattern[str]) -> TimedPattern:
        """A TimedPattern of a pattern compiled already."""
        made = cls(compiled.pattern, compiled.flags)
        object.__setattr__(made, "_compiled", compiled)
        return made

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern: importing a module compiles none of its patterns, and a
        text that never asks for one costs nothing. (Two threads asking at once may both
        compile it, to equal patterns; either is kept.)"""
        compiled = self._compiled
        if compiled is None:
            lists: dict[str, Any] = {**SHARED_LISTS, **{name: list(words) for name, words in self.lists}}
            compiled = regex.compile(self.pattern, self.flags, ignore_unused=True, **lists)
            object.__setattr__(self, "_compiled", compiled)
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.search``."""
        # ``call_timeout`` in line (asked a hundred thousand times a corpus), and no
        # ``timeout=None`` (it alone doubles a short call's cost): keep in step
        if (len(string) if endpos is None or endpos > len(string) else endpos) - pos <= UNTIMED_WINDOW:
            return self.compiled.search(string, pos, endpos)
        return self.compiled.search(string, pos, endpos, timeout=CALL_SECONDS)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.match``."""
        # ``call_timeout`` in line (asked a hundred thousand times a corpus), and no
        # ``timeout=None`` (it alone doubles a short call's cost): keep in step
        if (len(string) if endpos is None or endpos > len(string) else endpos) - pos <= UNTIMED_WINDOW:
            return self.compiled.match(string, pos, endpos)
        return self.compiled.match(string, pos, endpos, timeout=CALL_SECONDS)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.fullmatch``."""
        # ``call_timeout`` in line (asked a hundred thousand times a corpus), and no
        # ``timeout=None`` (it alone doubles a short call's cost): keep in step
        if (len(string) if endpos is None or endpos > len(string) else endpos) - pos <= UNTIMED_WINDOW:
            return self.compiled.fullmatch(string, pos, endpos)
        return self.compiled.fullmatch(string, pos, endpos, timeout=CALL_SECONDS)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """As ``regex.Pattern.finditer``."""
        # ``call_timeout`` in line (asked a hundred thousand times a corpus), and no
        # ``timeout=None`` (it alone doubles a short call's cost): keep in step
        if (len(string) if endpos is None or endpos > len(string) else endpos) - pos <= UNTIMED_WINDOW:
            return self.compiled.finditer(string, pos, endpos)
        return self.compiled.finditer(string, pos, endpos, timeout=CALL_SECONDS)

    def findall(self, string: str) -> list[Any]:
        """As ``regex.Pattern.findall``."""
        return self.compiled.findall(string, timeout=call_timeout(string))

    def sub(self, repl: str, string: str) -> str:
        """As ``regex.Pattern.sub``."""
        return self.compiled.sub(repl, string, timeout=call_timeout(string))

    def split(self, string: str) -> list[str | Any]:
        """As ``regex.Pattern.split``."""
        return self.compiled.split(string, timeout=call_timeout(string))


def timed(pattern: str, flags: int = 0, **lists: Any) -> TimedPattern:
    """``pattern`` (with named lists for ``\\L<name>``, and the vocabulary's shared ones,
    ``SHARED_LISTS``, which a pattern need not use) as a TimedPattern, compiled on first use."""
    return TimedPattern(pattern, flags, tuple((name, tuple(words)) for name, words in lists.items()))
