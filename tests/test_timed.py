"""Tests for ofsted_ie._timed: a pattern matched from the end of its window (``FROM_END``)
matches there exactly when the same pattern searched forwards matches; a call passes the
engine's clock (``timeout=``) exactly when it reads more than ``UNTIMED_WINDOW`` characters.

| kind | cases |
|---|---|
| synthetic | windows built by hypothesis from the words the end-anchored guards read (grades, modals, "or", "between", "classified", figures) |
| negative | windows that end past the phrase ("... or good, and") match neither way |
| synthetic (clock) | calls on windows of every length around ``UNTIMED_WINDOW``, with and without ``endpos`` |
| bugs caught | none yet (written with ``FROM_END``) |
| known failures | none |
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie._timed import CALL_SECONDS, FROM_END, UNTIMED_WINDOW, TimedPattern, call_timeout


def _from_end() -> dict[str, TimedPattern]:
    names = [m.name for m in pkgutil.walk_packages(ofsted_ie.__path__, "ofsted_ie.")]
    modules = [importlib.import_module(n) for n in names if not n.startswith(("ofsted_ie.dask", "ofsted_ie.__main__"))]
    return {
        f"{module.__name__}.{name}": value
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, TimedPattern) and value.compiled.flags & FROM_END
    }


_PATTERNS = _from_end()


def _forward(pattern: TimedPattern) -> regex.Pattern[str]:
    compiled = pattern.compiled
    lists: dict[str, Any] = dict(compiled.named_lists)
    return regex.compile(compiled.pattern, compiled.flags & ~FROM_END, **lists)


_FORWARD = {name: _forward(p) for name, p in _PATTERNS.items()}

#: Words the end-anchored guards look for, and words around them.
_PIECES = st.sampled_from([
    "good", "Good", "'good'", "inadequate", "requires improvement", "outstanding", "adequate", "'", '"', ",",
    " ", " or ", " and ", " and/or ", "between ", "ranging from ", "ranges from ", "varied from ", "from ",
    "will ", "could ", "can be ", "be rated ", "be judged ", "to be ", "aims to ", "move to ", "towards being ",
    "if it is ", "unless ", "where services are ", "when ", "Kent ", "Leeds, ", "framework, which ", "system that ",
    "reclassified ", "classified ", "classified as ", "while ", "whereas Sutton has ", "and its figure is ",
    "nationally it was ", "12", "5%", "10 per cent", " to ", ".", "\n", "years of ", "x",
])


def test_the_end_anchored_patterns_are_found() -> None:
    """The guards' looks back are matched from their end (``FROM_END``), each ending at ``$``."""
    assert "ofsted_ie.rules.ratings.guards._HYPOTHETICAL" in _PATTERNS
    assert "ofsted_ie.rules.percentages._ELIDED_BEFORE" in _PATTERNS
    for name, pattern in _PATTERNS.items():
        assert "$" in pattern.compiled.pattern, name


@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=40))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_matching_from_the_end_finds_what_a_forward_search_finds(text: str, cut: int) -> None:
    """In any window, the pattern matched from the end matches iff the forward search does."""
    start = min(cut, len(text))
    for name, pattern in _PATTERNS.items():
        forward = _FORWARD[name]
        assert (pattern.search(text) is None) == (forward.search(text) is None), (name, text)
        assert (pattern.search(text, start) is None) == (forward.search(text, start) is None), (name, text, start)
        end = max(start, len(text) - cut)
        assert (pattern.search(text, 0, end) is None) == (forward.search(text, 0, end) is None), (name, text, end)


def test_a_window_ending_past_the_phrase_matches_neither_way() -> None:
    """A look back at words that end before the window does is no match, either way."""
    for name in ("ofsted_ie.rules.ratings.scale._OR_BEFORE", "ofsted_ie.rules.ratings.guards._HYPOTHETICAL"):
        text = "it could be judged good or adequate, and then"
        assert _PATTERNS[name].search(text) is None
        assert _FORWARD[name].search(text) is None
    assert _PATTERNS["ofsted_ie.rules.ratings.scale._OR_BEFORE"].search("judged 'good' or ") is not None
    assert _PATTERNS["ofsted_ie.rules.ratings.guards._HYPOTHETICAL"].search("hopes it will be rated ") is not None


class _Recorder:
    """Stands for a compiled pattern: notes the ``timeout=`` of each call."""

    pattern, flags = "", 0

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def _note(self, *args: Any, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def search(self, *args: Any, timeout: float | None = None) -> None:
        self._note(timeout=timeout)

    match = fullmatch = finditer = findall = sub = split = search


def _expected(read: int) -> float | None:
    return None if read <= UNTIMED_WINDOW else CALL_SECONDS


@given(size=st.integers(0, 2 * UNTIMED_WINDOW), pos=st.integers(0, 50), short=st.integers(0, 100))
@settings(max_examples=60, deadline=None)
def test_a_call_takes_the_clock_only_past_the_untimed_window(size: int, pos: int, short: int) -> None:
    """Whole-string calls, windows with an ``endpos`` (one past the string's end counts as
    its end) and windows without: the clock exactly when more than UNTIMED_WINDOW characters are read."""
    text = "x" * size
    recorder = _Recorder()
    pattern = TimedPattern.wrapping(recorder)  # type: ignore[arg-type]
    pattern.search(text, pos)
    pattern.match(text, pos, pos + short)
    pattern.fullmatch(text, pos, size + 10)
    pattern.finditer(text, pos, None)
    pattern.findall(text)
    pattern.sub("", text)
    pattern.split(text)
    assert recorder.timeouts == [
        _expected(size - pos), _expected(min(pos + short, size) - pos), _expected(size - pos), _expected(size - pos),
        _expected(size), _expected(size), _expected(size),
    ]
    assert call_timeout(text, pos) == _expected(size - pos)


def test_an_untimed_call_finds_what_the_compiled_pattern_finds() -> None:
    """Leaving the clock out changes no answer: short and long windows alike."""
    pattern = TimedPattern.wrapping(regex.compile(r"\bgood\b"))
    for text in ("rated good", "x " * UNTIMED_WINDOW + "rated good"):
        for pos in (0, 3, len(text) - 4):
            found = pattern.search(text, pos)
            direct = pattern.compiled.search(text, pos)
            assert (found and found.span()) == (direct and direct.span())
