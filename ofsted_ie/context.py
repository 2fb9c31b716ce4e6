"""What a rule may ask about the document it is matching: the prepared text, its
dateline and reference date, and the authority and date mentions, looked up by span.

Look-ups are bisections over sorted starts, never scans of the text; whose and when
a mention is (``authority_for``, ``when_for``) are ``ofsted_ie.attribution``'s answers.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from . import dates
from ._windows import Windows
from .attribution import authority_for, most_mentioned, when_for
from .gazetteer import Gazetteer, Mention
from .records import Record
from .text import Prepared, Span

__all__ = ["Context", "Veto", "Why"]

_T = TypeVar("_T")


@attrs.frozen
class Veto:
    """A guard's objection to a mention: where (normalised offsets), which guard, why."""

    start: int
    end: int
    guard: str
    reason: str


@attrs.frozen
class Why:
    """Why a mention's record got a value: where (normalised offsets), which field, the
    value, and the step of attribution that gave it."""

    start: int
    end: int
    field: str
    value: object
    reason: str


@attrs.frozen
class Context:
    """What every rule may ask about the document it is matching."""

    prepared: Prepared
    doc_id: str | None
    #: The date relative expressions resolve against: the dateline, else the caller's.
    reference: dt.date | None
    dateline: dates.Dateline | None
    mentions: tuple[Mention, ...]
    date_mentions: tuple[dates.DateMention, ...]
    gazetteer: Gazetteer = attrs.field(repr=False)
    #: Where each rule is worth running (see ``Rule.triggers``).
    windows: Windows = attrs.field(repr=False, eq=False)
    #: Each rule's tags, by rule name (see ``Rule.tags``), for passes to ask.
    rule_tags: Mapping[str, frozenset[str]] = attrs.field(factory=dict, repr=False, eq=False)
    #: Every authority the text names, for the Document's list; ``mentions`` leaves out a
    #: council named only in joint bodies' names ("Leeds and Kent Safeguarding Children
    #: Board"), which says nothing of whose a record is. Empty: the same as ``mentions``.
    named: tuple[Mention, ...] = attrs.field(default=(), repr=False, eq=False)
    #: Facts of this document worked out once and asked for again (see ``memo``).
    _memo: dict[Hashable, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: Why mentions were not made records, as guards said (see ``note_veto``).
    _vetoes: list[Veto] = attrs.field(factory=list, init=False, repr=False, eq=False)
    #: Why records got their values, as attribution said (see ``note_why``).
    _whys: list[tuple[int, int, str, object, str]] = attrs.field(factory=list, init=False, repr=False, eq=False)
    #: The normalised text (``prepared.text``), asked for by every rule's every look.
    text: str = attrs.field(init=False, repr=False, eq=False)
    _mention_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _date_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _main_authority: str | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Sorted starts, so that lookups by span are bisections, not scans: a long text
        # with many mentions would otherwise cost time quadratic in its size.
        object.__setattr__(self, "text", self.prepared.text)
        object.__setattr__(self, "_mention_starts", tuple(m.start for m in self.mentions))
        object.__setattr__(self, "_date_starts", tuple(d.start for d in self.date_mentions))
        object.__setattr__(self, "_main_authority", most_mentioned(self.mentions))

    @property
    def published(self) -> dt.date | None:
        """The publication date the text states, if any."""
        return self.dateline.date if self.dateline is not None else None

    @property
    def main_authority(self) -> str | None:
        """The authority the article is mostly about: most mentioned, ties to the first."""
        return self._main_authority

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Authority mentions lying within ``[start, end)``."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def mentions_before(self, i: int) -> tuple[Mention, ...]:
        """Authority mentions starting before offset ``i``, in text order."""
        return self.mentions[: bisect.bisect_left(self._mention_starts, i)]

    def authority_for(self, start: int, end: int) -> str | None:
        """The authority a mention at ``[start, end)`` is about (``attribution.authority_for``)."""
        return authority_for(self, start, end)

    def when_for(
        self, start: int, end: int, *, rivals: Iterable[Span] = (), default_published: bool = True, period_end: bool = False
    ) -> str | None:
        """The date a mention at ``[start, end)`` refers to (``attribution.when_for``)."""
        return when_for(self, start, end, rivals=rivals, default_published=default_published, period_end=period_end)

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, worked out once per document and ``key``: a fact of a sentence
        that many mentions in it ask for (its framework, say) costs one look, not one
        per mention. Keys start with the asking family's name."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def note_veto(self, start: int, end: int, guard: str, reason: str) -> None:
        """Note that ``guard`` vetoed the mention at ``[start, end)`` (normalised offsets)
        for ``reason``, so that ``Extractor.explain`` can say why it is no record."""
        self._vetoes.append(Veto(start=start, end=end, guard=guard, reason=reason))

    @property
    def vetoes(self) -> tuple[Veto, ...]:
        """The vetoes noted so far, in the order they were."""
        return tuple(self._vetoes)

    def note_why(self, start: int, end: int, field: str, value: _T, reason: str) -> _T:
        """Note that the mention at ``[start, end)`` gets ``value`` for ``field`` because
        of ``reason`` (a step of attribution), for ``Extractor.explain``; ``value`` back."""
        self._whys.append((start, end, field, value, reason))  # made a Why only when asked: most never are
        return value

    @property
    def whys(self) -> tuple[Why, ...]:
        """The reasons noted so far, in the order they were (a later one for the same
        mention and field is the answer of a later step)."""
        return tuple(Why(start=a, end=b, field=f, value=v, reason=r) for a, b, f, v, r in self._whys)

    def tagged(self, record: Record, tag: str) -> bool:
        """Whether the rule that made ``record`` carries ``tag`` (see ``Rule.tags``)."""
        return record.rule is not None and tag in self.rule_tags.get(record.rule, ())

    def dates_in(self, start: int, end: int) -> list[dates.DateMention]:
        """Date expressions lying within ``[start, end)``."""
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end, lo)
        return [d for d in self.date_mentions[lo:hi] if d.end <= end]
