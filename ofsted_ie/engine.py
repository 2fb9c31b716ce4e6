"""The rule engine: what a rule is, how rules run, how their mentions become a Document.

A ``Rule`` is a named regular expression over the prepared (normalised) text plus a
``build`` function that turns one match into records. ``Extractor`` runs its rules,
keeps one mention where two of a family overlap (``prefer_longest``), maps every
offset back to the caller's text, drops mentions in site boilerplate and assembles
the ``Document``. Facts that several families need (which authority a sentence is
about, what a date expression near a mention means) live on ``Context``, written
once here.

It leaves out what the rules match: that is in ``ofsted_ie.rules``.
"""

from __future__ import annotations

import bisect
import concurrent.futures as cf
import datetime as dt
import itertools
import signal
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple, Protocol

import attrs
import regex

from . import dates
from ._timed import timed
from .gazetteer import RULE_GAZETTEER, Gazetteer, Mention, load_gazetteer
from .records import RECORD_TYPES, Authority, Document, Record
from .text import Prepared, Span, prepare

__all__ = [
    "Candidate",
    "FailedInput",
    "Context",
    "Extractor",
    "Rule",
    "RuleTimeout",
    "RulesModule",
    "Scope",
    "prefer_longest",
]

#: Seconds one rule may spend on a short document before it is skipped with a warning;
#: longer documents get ``SECONDS_PER_MB`` more per megabyte (scaled like the limit an
#: Extractor is given), so the limit stops runaway matching without failing honest work
#: that grows with the text.
DEFAULT_TIMEOUT: Final = 2.0
SECONDS_PER_MB: Final = 5.0

#: Where a rule's matches lie, for the trigger prefilter: within one sentence or one
#: paragraph that holds a trigger, or anywhere in a text that holds one.
Scope = Literal["sentence", "paragraph", "text"]
SCOPES: Final = ("sentence", "paragraph", "text")

Build = Callable[["regex.Match[str]", "Context"], "Record | Iterable[Record] | None"]
#: A family's document-level pass over its records (e.g. marking superseded grades). It
#: also gets every family's records by kind, final for the families finalised before it.
Finaliser = Callable[[list[Any], "Context", Mapping[str, Sequence[Any]]], list[Any]]


class FailedInput(NamedTuple):
    """Stands in ``extract_many``'s input for a text that could not be had (an
    unreadable file, say); it yields a Document with this ``error``."""

    error: str


class RuleTimeout(TimeoutError):
    """A rule ran past its time limit on a document."""

    def __init__(self, rule: str, doc_id: str | None) -> None:
        super().__init__(f"rule {rule!r} timed out on document {doc_id!r}")
        self.rule = rule
        self.doc_id = doc_id


def _compile(pattern: str, flags: int, lists: tuple[tuple[str, tuple[str, ...]], ...]) -> regex.Pattern[str]:
    named: dict[str, Any] = {name: list(words) for name, words in lists}
    return regex.compile(pattern, flags | regex.VERBOSE, ignore_unused=True, **named)


def _lists_tuple(lists: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(words)) for name, words in dict(lists).items())


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen
class Rule:
    """A named pattern and the function that builds records from its matches.

    Args:
        name: ``family.snake_case``, stable; it is recorded on every record made.
        kind: the Document field the records go to ("ratings", "quotes", ...).
        pattern: a ``regex.VERBOSE`` pattern over the normalised text.
        build: module-level function ``(match, context) -> record(s) or None``;
            records it leaves without a ``rule`` are stamped with this rule's name.
        lists: named lists for ``\\L<name>`` in the pattern.
        triggers: lower-case strings of which every match contains one (a cheap
            prefilter); empty means the rule always runs on the whole text.
        also_triggers: lower-case strings of which every match also contains one: a
            second prefilter, for a rule whose first triggers are common words (a
            grade) but which needs a rarer one too (a verb); the rule runs where both
            sets have a member. Empty means no second condition.
        scope: what a match never crosses: with ``"sentence"`` or ``"paragraph"`` the
            rule runs only on the sentences (paragraphs) holding a trigger; with
            ``"text"`` on the whole text, if a trigger occurs in it. A narrower scope
            is faster; it must hold for every match, or matches are lost.
        flags: extra ``regex`` flags.
    """

    name: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z_]+\.[a-z_0-9]+"))
    kind: str = attrs.field(validator=attrs.validators.in_(tuple(RECORD_TYPES)))
    pattern: str
    build: Build = attrs.field(repr=False)
    lists: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        default=(), converter=_lists_tuple, repr=False
    )
    triggers: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    also_triggers: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    scope: Scope = attrs.field(default="text", validator=attrs.validators.in_(SCOPES))
    flags: int = 0
    compiled: regex.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    #: The non-empty trigger sets, each of which a match holds one member of.
    trigger_groups: tuple[tuple[str, ...], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled", _compile(self.pattern, self.flags, self.lists))
        object.__setattr__(self, "trigger_groups", tuple(g for g in (self.triggers, self.also_triggers) if g))

    def __reduce__(self) -> tuple[Any, ...]:
        # Recompile on unpickling rather than ship the compiled pattern.
        return (
            _make_rule,
            (self.name, self.kind, self.pattern, self.build, self.lists, self.triggers, self.flags, self.scope,
             self.also_triggers),
        )

    def wanted(self, lowered: str) -> bool:
        """Whether the rule can match a text at all (given lower-cased): a trigger of each of
        its sets occurs in it, or it has none. Where in the text it runs is
        ``Context.windows``' answer."""
        return all(any(t in lowered for t in group) for group in self.trigger_groups)

    def run(
        self, ctx: Context, *, timeout: float | None = DEFAULT_TIMEOUT, windows: Sequence[Span] | None = None
    ) -> list[Candidate]:
        """Run the rule on a prepared document; one candidate per useful match.

        Args:
            ctx: the document.
            timeout: seconds the rule may spend on the document, all windows together.
            windows: the spans of the normalised text to match in (default: all of it).

        Raises:
            RuleTimeout: the rule ran past ``timeout`` seconds.
        """
        text = ctx.prepared.text
        spans = ((0, len(text)),) if windows is None else windows
        deadline = None if timeout is None else time.monotonic() + timeout
        out: list[Candidate] = []
        try:
            for w_start, w_end in spans:
                out.extend(self._run_window(ctx, w_start, w_end, deadline))
        except TimeoutError as exc:
            raise RuleTimeout(self.name, ctx.doc_id) from exc
        return out

    def _run_window(self, ctx: Context, w_start: int, w_end: int, deadline: float | None) -> Iterator[Candidate]:
        timeout = None if deadline is None else max(deadline - time.monotonic(), 0.001)
        for m in self.compiled.finditer(ctx.prepared.text, w_start, w_end, timeout=timeout):
            # the builders' own work counts against the limit too
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(self.name)
            if ctx.prepared.in_boilerplate(m.start()):
                continue
            built = self.build(m, ctx)
            if built is None:
                continue
            made: Iterable[Record] = (built,) if isinstance(built, RECORD_TYPES_TUPLE) else built  # type: ignore[assignment]
            records = tuple(r if r.rule is not None else _stamped(r, self.name) for r in made)
            if records:
                # a record may reach past its match (a quotation running on)
                start = min([m.start(), *(r.start for r in records if r.start is not None)])
                end = max([m.end(), *(r.end for r in records if r.end is not None)])
                yield Candidate(self, start, end, records)


#: Per record class, its fields' names.
_FIELD_NAMES: Final = MappingProxyType({cls: tuple(f.name for f in attrs.fields(cls)) for cls in RECORD_TYPES.values()})


def _stamped(record: Record, rule: str) -> Record:
    """``attrs.evolve(record, rule=rule)`` at a third of the cost (it is done for most
    records): the fields copied were validated when ``record`` was made, and ``rule``
    is a Rule's validated name, so none is checked again."""
    new = object.__new__(type(record))
    for name in _FIELD_NAMES[type(record)]:
        object.__setattr__(new, name, getattr(record, name))
    object.__setattr__(new, "rule", rule)
    return new


def _make_rule(*args: Any) -> Rule:
    name, kind, pattern, build, lists, triggers, flags, scope, also_triggers = args
    return Rule(
        name=name, kind=kind, pattern=pattern, build=build, lists=lists, triggers=triggers, flags=flags, scope=scope,
        also_triggers=also_triggers,
    )


class _Windows:
    """Where in one document each rule is worth running: the sentences or paragraphs
    that hold its triggers, merged where they touch. Built per document; it finds each
    trigger's occurrences once (``str.find``, not a regex) and notes which units hold
    them, then answers for each set of triggers with unions and intersections."""

    def __init__(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self._lowered = _lower(prepared.text)
        #: Per scope, the units' starts and ends (sorted, not overlapping).
        self._units: dict[Scope, tuple[list[int], list[int]]] = {}
        #: Per trigger, whether the text holds it; per trigger and scope, the units that
        #: do; per set of triggers and scope, the units holding one of the set.
        self._present: dict[str, bool] = {}
        self._holding: dict[tuple[str, Scope], set[int]] = {}
        self._group_cache: dict[tuple[tuple[str, ...], Scope], set[int]] = {}
        self._spans: dict[tuple[tuple[tuple[str, ...], ...], Scope], Sequence[Span] | None] = {}

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

    def _holds(self, trigger: str) -> bool:
        present = self._present.get(trigger)
        if present is None:
            present = self._present[trigger] = trigger in self._lowered
        return present

    def _units_holding(self, trigger: str, scope: Scope) -> set[int]:
        """The indices of the units that hold ``trigger`` whole (it is in the text)."""
        key = (trigger, scope)
        found = self._holding.get(key)
        if found is None:
            found = self._holding[key] = set()
            starts, ends = self._unit_spans(scope)
            lowered, size = self._lowered, len(trigger)
            i = lowered.find(trigger)
            while i != -1:
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + size <= ends[k]:
                    found.add(k)
                    i = lowered.find(trigger, ends[k])  # the unit is known: on to the next
                else:
                    i = lowered.find(trigger, i + 1)
        return found

    def __call__(self, rule: Rule) -> Sequence[Span] | None:
        """The spans ``rule`` should match in; ``None`` for the whole text, empty for none."""
        return self.spans(*rule.trigger_groups, scope=rule.scope)

    def spans(self, *groups: tuple[str, ...], scope: Scope) -> Sequence[Span] | None:
        """The sentences (paragraphs) holding one trigger of each of ``groups``,
        neighbours merged; ``None`` for the whole text, empty for none."""
        key = (groups, scope)
        try:  # many rules share their triggers (a grade, say)
            return self._spans[key]
        except KeyError:
            spans = self._spans[key] = self._find(groups, scope)
            return spans

    def _group_units(self, group: tuple[str, ...], scope: Scope) -> set[int]:
        """The indices of the units that hold a trigger of ``group``."""
        key = (group, scope)
        units = self._group_cache.get(key)
        if units is None:
            units = self._group_cache[key] = set()
            present, lowered = self._present, self._lowered
            for t in group:  # the hottest loop of the prefilter: no call per absent trigger
                held = present.get(t)
                if held is None:
                    held = present[t] = t in lowered
                if held:
                    units |= self._units_holding(t, scope)
        return units

    def _find(self, groups: tuple[tuple[str, ...], ...], scope: Scope) -> Sequence[Span] | None:
        if not groups:
            return None
        if scope == "text":
            return None if all(any(self._holds(t) for t in group) for group in groups) else ()
        holding = self._group_units(groups[0], scope)
        for group in groups[1:]:
            holding = holding & self._group_units(group, scope)
        starts, ends = self._unit_spans(scope)
        out: list[Span] = []
        previous = -2
        for k in sorted(holding):
            if k == previous + 1:  # neighbours make one window, so nothing at their seam is lost
                out[-1] = (out[-1][0], ends[k])
            else:
                out.append((starts[k], ends[k]))
            previous = k
        return tuple(out)


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end == -1 else end


def _lower(text: str) -> str:
    """``text`` lower-cased with every offset kept (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


RECORD_TYPES_TUPLE: Final = tuple(RECORD_TYPES.values())


#: Texts (or failures to read them) with their ids, as sent to a worker process.
_Chunk = list[tuple["str | FailedInput", "str | None"]]


class RulesModule(Protocol):
    """The shape every ``ofsted_ie.rules`` family module has."""

    RULES: tuple[Rule, ...]


@attrs.frozen
class Candidate:
    """The records one match produced, with the match's span (normalised offsets)."""

    rule: Rule
    start: int
    end: int
    records: tuple[Record, ...]


def prefer_longest(candidates: Sequence[Candidate], order: dict[str, int]) -> list[Candidate]:
    """Keep, among candidates of one family, those no better candidate overlaps.

    Better means: the longer span, then the earlier start, then the rule earlier in
    the rule list (``order``: rule name -> position). Deterministic for any input order.
    """
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start, order.get(c.rule.name, 0)))
    kept: list[Candidate] = []
    # Kept spans never overlap, so with them sorted only a new span's neighbours can
    # touch it (a bisection, not a scan). Empty spans are points: they overlap only a
    # span they fall strictly inside, and are kept apart.
    starts: list[int] = []
    ends: list[int] = []
    points: list[int] = []
    for c in ranked:
        k = bisect.bisect_right(starts, c.start)
        if c.start == c.end:
            if k > 0 and starts[k - 1] < c.start < ends[k - 1]:
                continue
            bisect.insort(points, c.start)
        else:
            if (k > 0 and ends[k - 1] > c.start) or (k < len(starts) and starts[k] < c.end):
                continue
            i = bisect.bisect_right(points, c.start)
            if i < len(points) and points[i] < c.end:
                continue
            starts.insert(k, c.start)
            ends.insert(k, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


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
    windows: _Windows = attrs.field(repr=False, eq=False)
    _mention_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _date_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _main_authority: str | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Sorted starts, so that lookups by span are bisections, not scans: a long text
        # with many mentions would otherwise cost time quadratic in its size.
        object.__setattr__(self, "_mention_starts", tuple(m.start for m in self.mentions))
        object.__setattr__(self, "_date_starts", tuple(d.start for d in self.date_mentions))
        object.__setattr__(self, "_main_authority", _most_mentioned(self.mentions))

    @property
    def published(self) -> dt.date | None:
        """The publication date the text states, if any."""
        return self.dateline.date if self.dateline is not None else None

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.prepared.text

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
        """The authority a mention at ``[start, end)`` is about.

        In order: the nearest authority named in the same sentence (before the
        mention first, then after), the last one named earlier in the paragraph, the
        last one named in the paragraphs before, the article's main authority.
        """
        s_start, s_end = self.prepared.sentence_at(start)
        in_sentence = self.mentions_in(s_start, max(s_end, end))
        before = [m for m in in_sentence if m.end <= start]
        if before:
            return before[-1].name
        inside = [m for m in in_sentence if m.start >= start and m.end <= end]
        if inside:
            return inside[0].name
        after = [m for m in in_sentence if m.start >= end]
        if after:
            return after[0].name
        earlier = [m for m in self.mentions_before(s_start)[-8:] if m.end <= s_start]
        if earlier:  # the last one, in this paragraph or the ones before
            return earlier[-1].name
        return self.main_authority

    def dates_in(self, start: int, end: int) -> list[dates.DateMention]:
        """Date expressions lying within ``[start, end)``."""
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end, lo)
        return [d for d in self.date_mentions[lo:hi] if d.end <= end]

    def when_for(
        self, start: int, end: int, *, rivals: Iterable[Span] = (), default_published: bool = True
    ) -> str | None:
        """The date a mention at ``[start, end)`` refers to, as an ISO partial date.

        Each resolved date expression of the sentence belongs to the nearest of the
        mention and its ``rivals`` (spans of other things a date may be about: other
        figures, other events); a date introduced by a preposition ("in 2015", "on 6
        October") belongs to the nearest one before it, so in "from 50 per cent in 2015
        to 10 per cent" the year is the first figure's. The mention takes the nearest
        date it owns; failing that, the reference date's year when
        ``default_published`` (a present-tense statement in a dated article), else ``None``.
        """
        s_start, s_end = self.prepared.sentence_at(start)
        s_end = max(s_end, end)
        me = (start, end)
        spans = {me} | {r for r in rivals if s_start <= r[0] < s_end and not (r[0] < end and start < r[1])}
        best: tuple[int, str] | None = None
        previous: tuple[dates.DateMention, set[Span]] | None = None
        for d in self.dates_in(s_start, s_end):
            if d.value is None:
                continue
            candidates = spans
            if previous is not None and _DATE_LIST_GAP.fullmatch(self.text, previous[0].end, d.start):
                candidates = previous[1]  # "in 2013 and 2015": the second as the first
            elif d.forward:  # "two years after receiving ..." dates only what follows
                candidates = {sp for sp in spans if sp[0] >= d.end}
            elif _ATTACHES_LEFT.search(self.text, max(s_start, d.start - 12), d.start):
                candidates = {
                    sp for sp in spans if sp[1] <= d.start and not _CLAUSE_BREAK.search(self.text, sp[1], d.start)
                } or spans
            previous = (d, candidates)
            if not candidates:
                continue
            owner = min(candidates, key=lambda sp: (_gap(sp, d), sp[0] > d.start))
            if owner == me and (best is None or _gap(me, d) < best[0]):
                best = (_gap(me, d), d.value)
        if best is not None:
            return best[1]
        if default_published and self.reference is not None:
            return str(self.reference.year)
        return None


def _most_mentioned(mentions: Sequence[Mention]) -> str | None:
    if not mentions:
        return None
    counts = Counter(m.name for m in mentions)
    best = max(counts.values())
    return next(m.name for m in mentions if counts[m.name] == best)


#: A date introduced by one of these dates what stands before it: "inspected ... in July 2016".
_ATTACHES_LEFT: Final = timed(
    r"(?i:\b(?:in|on|during|between|over|from|since|until|throughout|of|year\ to|year\ ending)\ (?:(?:early|late|mid)[ -])?\(?$)"
)


#: What joins two dates of one list: "in 2013 and 2015", "in May, June or July".
_DATE_LIST_GAP: Final = timed(r",?\ (?:and|or|&)\ |,\ ")

#: What separates a date from a claimant before it: "..., while in 2014 it was 12 per cent".
_CLAUSE_BREAK: Final = timed(r"(?i:;|\b(?:while|whilst|but|whereas|although)\b|,\ (?:and|or)\b)")


def _gap(span: Span, d: dates.DateMention) -> int:
    """Characters between a span and a date expression (0 if they overlap)."""
    return max(span[0] - d.end, d.start - span[1], 0)


def _check_text(text: object, func: str) -> str:
    if isinstance(text, str):
        return text
    hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{func}() takes str, got {type(text).__name__}{hint}")


def _check_date(value: object, func: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    raise TypeError(f"{func}() takes reference_date as datetime.date or None, got {type(value).__name__}")


def _default_rules() -> tuple[Rule, ...]:
    from .rules import ALL_RULES

    return ALL_RULES


def _default_finalisers() -> tuple[tuple[str, Finaliser], ...]:
    from .rules import FINALISERS

    return FINALISERS


def _rules_tuple(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    out = tuple(rules)
    for r in out:
        if not isinstance(r, Rule):
            raise TypeError(f"Extractor rules must be Rule instances, got {type(r).__name__}")
    names = [r.name for r in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"Extractor rules must have unique names; repeated: {', '.join(dupes)}")
    return out


@attrs.frozen
class Extractor:
    """A configured extractor: which rules run, on which gazetteer, with what time limit.

    ``ofsted_ie.extract`` uses ``Extractor()``. To add, drop or replace rules, pass
    your own tuple, e.g. ``Extractor(rules=(*ALL_RULES, my_rule))``. Extractors are
    immutable, thread-safe and picklable.

    Args:
        rules: the rules to run, in priority order.
        gazetteer: the authorities to recognise.
        timeout: seconds one rule may spend on one document.
        finalisers: ``(kind, function)`` pairs run in order on each family's records
            after overlaps are resolved, before offsets are mapped back; each function
            is ``(records, context, others) -> records``, where ``others`` maps every
            kind to its records (final for the kinds finalised before it).
    """

    rules: tuple[Rule, ...] = attrs.field(factory=_default_rules, converter=_rules_tuple)
    gazetteer: Gazetteer = attrs.field(factory=load_gazetteer, repr=False)
    timeout: float | None = DEFAULT_TIMEOUT
    finalisers: tuple[tuple[str, Finaliser], ...] = attrs.field(factory=_default_finalisers, converter=tuple, repr=False)
    _order: dict[str, int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_order", {r.name: i for i, r in enumerate(self.rules)})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Extractor, (self.rules, self.gazetteer, self.timeout, self.finalisers))

    def _budget(self, text: str) -> float | None:
        """Seconds one rule may spend on ``text``."""
        if self.timeout is None:
            return None
        # grows with the text in proportion to the limit set: 2 s + 5 s/MB by default
        return self.timeout * (1 + SECONDS_PER_MB / DEFAULT_TIMEOUT * len(text) / 1_000_000)

    def context(
        self, text: str, *, id: str | None = None, reference_date: dt.date | None = None, warnings: list[str] | None = None
    ) -> Context:
        """Prepare ``text`` and gather what rules need: authorities, dates, dateline.

        Problems (a time limit reached) are appended to ``warnings`` when given.
        """
        prepared = prepare(text)
        windows = _Windows(prepared)
        budget = self._budget(prepared.text)
        try:
            dateline = dates.find_dateline(prepared.text)
        except TimeoutError:
            dateline = None
            if warnings is not None:
                warnings.append(str(RuleTimeout("dates.dateline", id)))
        reference = dateline.date if dateline is not None else reference_date
        try:
            found = self.gazetteer.find(prepared.text, timeout=budget)
        except TimeoutError:
            found = []
            if warnings is not None:
                warnings.append(str(RuleTimeout(RULE_GAZETTEER, id)))
        try:
            date_mentions = dates.find_dates(
                prepared.text, reference, timeout=budget, windows=windows.spans(dates.DATE_TRIGGERS, scope="sentence")
            )
        except TimeoutError:
            date_mentions = ()
            if warnings is not None:
                warnings.append(str(RuleTimeout("dates.expressions", id)))
        mentions = tuple(m for m in found if not prepared.in_boilerplate(m.start))
        return Context(
            prepared=prepared,
            doc_id=id,
            reference=reference,
            dateline=dateline,
            mentions=mentions,
            date_mentions=date_mentions,
            gazetteer=self.gazetteer,
            windows=windows,
        )

    def extract(self, text: str, *, id: str | None = None, reference_date: dt.date | None = None) -> Document:
        """Extract every record from one text.

        Args:
            text: the article or report text.
            id: an identifier to carry on the Document (a file name, say).
            reference_date: the date to resolve relative dates against when the text
                has no dateline; a dateline in the text wins.

        Returns:
            The Document; empty lists when nothing was found.

        Raises:
            TypeError: ``text`` is not a ``str`` (bytes must be decoded first), or
                ``reference_date`` is not a ``datetime.date``.
        """
        text = _check_text(text, "extract")
        reference_date = _check_date(reference_date, "extract")
        if id is not None and not isinstance(id, str):
            raise TypeError(f"extract() takes id as str or None, got {type(id).__name__}")
        warnings: list[str] = []
        ctx = self.context(text, id=id, reference_date=reference_date, warnings=warnings)
        budget = self._budget(ctx.text)
        by_kind: dict[str, list[Candidate]] = {}
        for rule in self.rules:
            spans = ctx.windows(rule)
            if spans is not None and not spans:
                continue
            try:
                by_kind.setdefault(rule.kind, []).extend(rule.run(ctx, timeout=budget, windows=spans))
            except RuleTimeout as exc:
                warnings.append(str(exc))
        lists: dict[str, list[Record]] = {kind: [] for kind in RECORD_TYPES}
        for kind, candidates in by_kind.items():
            for c in prefer_longest(candidates, self._order):
                lists[kind].extend(c.records)
        for kind, finalise in self.finalisers:
            try:
                lists[kind] = finalise(lists[kind], ctx, MappingProxyType({k: tuple(v) for k, v in lists.items()}))
            except TimeoutError:  # its records stay as the rules made them
                warnings.append(str(RuleTimeout(f"{kind}.finalise", id)))
        for kind in lists:
            lists[kind] = [self._to_original(ctx.prepared, r) for r in lists[kind]]
        lists["authorities"] = list(self._authorities(ctx))
        return Document(
            id=id,
            published=ctx.published.isoformat() if ctx.published else None,
            byline=self._byline(ctx, warnings),
            warnings=warnings,
            **lists,  # type: ignore[arg-type]
        )

    def extract_many(
        self,
        texts: Iterable[str | FailedInput],
        *,
        ids: Iterable[str | None] | None = None,
        reference_date: dt.date | None = None,
        jobs: int = 1,
        chunksize: int = 16,
    ) -> Generator[Document, None, None]:
        """Extract from many texts, yielding Documents in input order as they are ready.

        Args:
            texts: the texts (any iterable; it is consumed lazily).
            ids: identifiers, one per text; by default the position as a string.
            reference_date: as for ``extract``, for every text.
            jobs: worker processes; 1 runs in this process.
            chunksize: texts sent to a worker at a time.

        A text that fails (not a ``str``, say) yields a Document with ``error`` set
        and no records; the others are unaffected.
        """
        if not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"extract_many() takes jobs as an int >= 1, got {jobs!r}")
        id_iter: Iterator[str | None] = iter(ids) if ids is not None else (str(i) for i in itertools.count())
        items = zip(texts, id_iter, strict=False)  # ids may be the endless default counter
        if jobs == 1:
            for text, doc_id in items:
                yield self._extract_safely(text, doc_id, reference_date)
            return
        yield from self._extract_parallel(items, reference_date, jobs, chunksize)

    def _extract_safely(self, text: object, doc_id: str | None, reference_date: dt.date | None) -> Document:
        if isinstance(text, FailedInput):
            return Document(id=doc_id, error=text.error)
        try:
            return self.extract(text, id=doc_id, reference_date=reference_date)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - one bad document must not sink a batch
            return Document(id=doc_id, error=f"{type(exc).__name__}: {exc}")

    def _extract_parallel(
        self,
        items: Iterator[tuple[str | FailedInput, str | None]],
        reference_date: dt.date | None,
        jobs: int,
        chunksize: int,
    ) -> Iterator[Document]:
        from concurrent.futures.process import BrokenProcessPool

        chunks = iter(lambda: list(itertools.islice(items, chunksize)), [])
        pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(self,))
        try:
            pending: list[tuple[_Chunk, cf.Future[list[Document]]]] = []
            for chunk in itertools.islice(chunks, jobs * 4):
                pending.append((chunk, pool.submit(_worker_run, chunk, reference_date)))
            while pending:
                chunk, future = pending.pop(0)
                try:
                    chunk_docs = future.result()
                except BrokenProcessPool:
                    # A worker died (killed, a crash in C code), and with it the pool:
                    # start a new one for the chunks still to come, and run this chunk's
                    # documents each in a process of its own, so that only the culprit fails.
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(self,))
                    pending = [(c, pool.submit(_worker_run, c, reference_date)) for c, _ in pending]
                    chunk_docs = [self._extract_alone(text, doc_id, reference_date) for text, doc_id in chunk]
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append((nxt, pool.submit(_worker_run, nxt, reference_date)))
                yield from chunk_docs
        finally:
            # a consumer that stops early (or is interrupted) does not wait for queued work
            pool.shutdown(wait=True, cancel_futures=True)

    def _extract_alone(self, text: str | FailedInput, doc_id: str | None, reference_date: dt.date | None) -> Document:
        """Extract one text in a worker process of its own; its death is its Document's error."""
        from concurrent.futures.process import BrokenProcessPool

        with cf.ProcessPoolExecutor(max_workers=1, initializer=_worker_init, initargs=(self,)) as solo:
            try:
                return solo.submit(_worker_run, [(text, doc_id)], reference_date).result()[0]
            except BrokenProcessPool as exc:
                return Document(id=doc_id, error=f"worker failed: {exc}")

    def _byline(self, ctx: Context, warnings: list[str]) -> str | None:
        try:
            return dates.find_byline(ctx.text, ctx.dateline)
        except TimeoutError:
            warnings.append(str(RuleTimeout("dates.byline", ctx.doc_id)))
            return None

    def _to_original(self, prepared: Prepared, record: Record) -> Record:
        if record.start is None or record.end is None:
            return record
        return attrs.evolve(
            record, start=prepared.to_original_start(record.start), end=prepared.to_original_end(record.end)
        )

    def _authorities(self, ctx: Context) -> Iterator[Authority]:
        seen: set[str] = set()
        for m in ctx.mentions:
            if m.name in seen:
                continue
            seen.add(m.name)
            yield Authority(
                name=m.name,
                code=self.gazetteer.code(m.name, ctx.reference),
                start=ctx.prepared.to_original_start(m.start),
                end=ctx.prepared.to_original_end(m.end),
                rule=RULE_GAZETTEER,
            )


# Worker processes of ``extract_many(jobs>1)`` each receive the extractor once, at
# start-up, instead of with every chunk (unpickling recompiles every rule). This
# per-process slot is written only by the pool initializer.
_worker_state: dict[str, Extractor] = {}


def _worker_init(extractor: Extractor) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what an interrupt
    # means, and shuts the workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_state["extractor"] = extractor


def _worker_run(chunk: _Chunk, reference_date: dt.date | None) -> list[Document]:
    extractor = _worker_state["extractor"]
    return [extractor._extract_safely(text, doc_id, reference_date) for text, doc_id in chunk]

