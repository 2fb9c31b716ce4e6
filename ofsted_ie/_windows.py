"""The trigger prefilter: in one document, the sentences or paragraphs where each rule
is worth running, found with ``str.find`` rather than a regex.

A rule runs only on the windows holding one trigger of each of its trigger sets; a
property test shows this finds exactly what a whole-text run finds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal, Protocol

from ._lowered import Lowered, Triggers
from ._spans import runs
from ._triggers import TriggerIndex
from .text import Prepared, Span, lower_keeping_offsets

__all__ = ["SCOPES", "Scope", "Windows", "lower_keeping_offsets"]

#: Where a rule's matches lie, for the trigger prefilter: within one sentence or one
#: paragraph that holds a trigger, or anywhere in a text that holds one.
Scope = Literal["sentence", "paragraph", "text"]
SCOPES: Final = ("sentence", "paragraph", "text")


class Triggered(Protocol):
    """What the prefilter reads of a rule (``ofsted_ie.rule.Rule`` has it)."""

    @property
    def trigger_groups(self) -> tuple[Triggers, ...]: ...
    @property
    def scope(self) -> Scope: ...


class Windows:
    """Where in one document each rule is worth running: the sentences or paragraphs
    that hold its triggers, merged where they touch. Built per document; it finds each
    trigger's occurrences once (all triggers in one pass, see ``ofsted_ie._lowered``) and
    notes which units hold them, then answers for each set of triggers with unions and intersections."""

    def __init__(self, prepared: Prepared, index: TriggerIndex | None = None) -> None:
        self._prepared = prepared
        self._lower = Lowered(prepared.text, index)
        #: Per scope, the units' starts and ends (sorted, not overlapping).
        self._units: dict[Scope, tuple[list[int], list[int]]] = {}
        #: Per trigger and scope, the units that hold it; per set of triggers and scope,
        #: the units holding one of the set.
        self._holding: dict[tuple[str, Scope], set[int]] = {}
        self._group_cache: dict[tuple[Triggers, Scope], set[int]] = {}
        self._spans: dict[tuple[tuple[Triggers, ...], Scope], Sequence[Span] | None] = {}

    def _unit_spans(self, scope: Scope) -> tuple[list[int], list[int]]:
        if scope not in self._units:
            p = self._prepared
            if scope == "sentence":
                spans: Sequence[Span] = p.sentences
            else:  # whole lines, for patterns anchored at a line's start or end
                text = p.text
                spans = [(text.rfind("\n", 0, a) + 1, _line_end(text, b)) for a, b in p.paragraphs]
            self._units[scope] = ([a for a, _ in spans], [b for _, b in spans])
        return self._units[scope]

    def _units_holding(self, trigger: str, scope: Scope) -> set[int]:
        """The indices of the units that hold ``trigger`` whole (it is in the text)."""
        found = self._holding.get((trigger, scope))
        if found is None:
            found = self._holding[(trigger, scope)] = self._lower.units_holding(trigger, *self._unit_spans(scope))
        return found

    def __call__(self, rule: Triggered) -> Sequence[Span] | None:
        """The spans ``rule`` should match in; ``None`` for the whole text, empty for none
        (most rules, in a short text: told on one look at the index's findings)."""
        return () if self._lower.lacks_one_of(rule.trigger_groups) else self.spans(*rule.trigger_groups, scope=rule.scope)

    def spans(self, *groups: Triggers, scope: Scope) -> Sequence[Span] | None:
        """The sentences (paragraphs) holding one trigger of each of ``groups``,
        neighbours merged; ``None`` for the whole text, empty for none."""
        key = (groups, scope)
        try:  # many rules share their triggers (a grade, say)
            return self._spans[key]
        except KeyError:
            spans = self._spans[key] = self._find(groups, scope)
            return spans

    def _group_units(self, group: Triggers, scope: Scope) -> set[int]:
        """The indices of the units that hold a trigger of ``group``."""
        key = (group, scope)
        units = self._group_cache.get(key)
        if units is None:
            units = self._group_cache[key] = set()
            for t in self._lower.held(group):
                units |= self._units_holding(t, scope)
        return units

    def _find(self, groups: tuple[Triggers, ...], scope: Scope) -> Sequence[Span] | None:
        if not groups:
            return None
        if scope == "text":
            return None if all(any(self._lower.holds(t) for t in group) for group in groups) else ()
        holding = self._group_units(groups[0], scope)
        for group in groups[1:]:
            holding = holding & self._group_units(group, scope)
        return runs(sorted(holding), *self._unit_spans(scope))


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end == -1 else end

