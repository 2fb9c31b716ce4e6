"""The extractor: prepare the text, gather its context, run the rules where their
triggers are, keep one mention per overlap, run the document passes, map offsets back
and build the ``Document``; one text at a time or a stream of them.

It holds the steps and nothing else: rules, overlaps, passes, attribution and the
process pool each live in a module of their own. Its default rules and passes are
``ofsted_ie.rules``'; pass your own to replace them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, BinaryIO, Final, TypeVar

import attrs

from . import byline, dates
from ._arguments import check_count, check_date, check_instances, check_text, check_timeout, check_unique
from ._copies import with_offsets
from ._parallel import extract_parallel
from ._triggers import TriggerIndex
from ._windows import Windows
from .context import Context
from .explanation import Explanation, explain
from .gazetteer import RULE_GAZETTEER, Gazetteer, Mention, attributable, load_gazetteer
from .overlap import prefer_longest
from .passes import Pass, order_passes
from .records import RECORD_TYPES, Authority, Document, Record
from .rule import DEFAULT_TIMEOUT, SECONDS_PER_MB, Candidate, FailedInput, Rule, RuleTimeout
from .rules import ALL_RULES, PASSES, WINDOW_TRIGGERS
from .text import Prepared, prepare

__all__ = ["Extractor"]

_T = TypeVar("_T")


def _guarded(warnings: list[str], name: str, doc_id: str | None, fallback: _T, run: Callable[[], _T]) -> _T:
    """``run()``, or ``fallback`` with a warning if it hits its safety net."""
    try:
        return run()
    except TimeoutError:
        warnings.append(str(RuleTimeout(name, doc_id)))
        return fallback


def _merged(candidates: Iterable[Candidate]) -> list[tuple[int, int]]:
    """The candidates' spans, sorted and merged where they overlap."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((c.start, c.end) for c in candidates):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


#: The package's rules, which compile on first use (a rule of the caller's compiles when
#: an Extractor is made with it).
_BUILT_IN: Final = frozenset(ALL_RULES)


def _rules_tuple(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    out = check_instances(rules, Rule, "Extractor", "rules")
    check_unique((r.name for r in out), "Extractor", "rules")
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
        passes: document passes run on the families' records after overlaps are
            resolved, before offsets are mapped back, in the order their ``reads`` and
            ``writes`` imply (``ofsted_ie.passes.order_passes``).

    Raises:
        TypeError: a rule is no ``Rule``, a pass no ``Pass``, the gazetteer no
            ``Gazetteer``, or the timeout no number.
        ValueError: two rules or two passes share a name, the passes' declarations
            admit no order, or the timeout is not a finite number above 0.
        regex.error: the pattern of a rule of your own does not compile (the
            built-in rules compile on first use).
    """

    rules: tuple[Rule, ...] = attrs.field(default=ALL_RULES, converter=_rules_tuple)
    gazetteer: Gazetteer = attrs.field(
        factory=load_gazetteer, repr=False, validator=lambda _, __, v: check_instances((v,), Gazetteer, "Extractor", "gazetteer")
    )
    timeout: float | None = attrs.field(default=DEFAULT_TIMEOUT, validator=lambda _, __, v: check_timeout(v, "Extractor"))
    passes: tuple[Pass, ...] = attrs.field(default=PASSES, converter=order_passes, repr=False)
    _order: Mapping[str, int] = attrs.field(init=False, repr=False, eq=False)
    _tags: Mapping[str, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    _triggers: TriggerIndex = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        _ = [rule.compiled for rule in self.rules if rule not in _BUILT_IN]  # a pattern's error now, not mid-batch
        object.__setattr__(self, "_order", MappingProxyType({r.name: i for i, r in enumerate(self.rules)}))
        object.__setattr__(self, "_tags", MappingProxyType({r.name: r.tags for r in self.rules if r.tags}))
        triggers = [t.lower() for r in self.rules for group in r.trigger_groups for t in group]  # cased ones too
        object.__setattr__(self, "_triggers", TriggerIndex([*triggers, *dates.DATE_TRIGGERS, *WINDOW_TRIGGERS]))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Extractor, (self.rules, self.gazetteer, self.timeout, self.passes))

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
        windows = Windows(prepared, self._triggers)
        budget = self._budget(prepared.text)
        notes: list[str] = [] if warnings is None else warnings
        dateline = _guarded(notes, "dates.dateline", id, None, lambda: dates.find_dateline(prepared.text))
        reference = dateline.date if dateline is not None else reference_date
        found: Sequence[Mention] = _guarded(notes, RULE_GAZETTEER, id, [], lambda: self.gazetteer.find(prepared.text, timeout=budget))
        date_windows = windows.spans(dates.DATE_TRIGGERS, scope="sentence")
        date_mentions: tuple[dates.DateMention, ...] = _guarded(
            notes, "dates.expressions", id, (),
            lambda: dates.find_dates(prepared.text, reference, timeout=budget, windows=date_windows),
        )
        mentions = tuple(m for m in found if not prepared.in_boilerplate(m.start))
        return Context(
            prepared=prepared,
            doc_id=id,
            reference=reference,
            dateline=dateline,
            mentions=attributable(mentions, prepared.text),
            named=mentions,
            date_mentions=date_mentions,
            gazetteer=self.gazetteer,
            windows=windows,
            rule_tags=self._tags,
        )

    def extract(self, text: str, *, id: str | None = None, reference_date: dt.date | str | None = None) -> Document:
        """Extract every record from one text.

        Args:
            text: the article or report text.
            id: an identifier to carry on the Document (a file name, say).
            reference_date: the date to resolve relative dates against when the text
                has no dateline (a ``datetime.date`` or an ISO string, "2019-05-01"); a
                dateline in the text wins.

        Returns:
            The Document; empty lists when nothing was found.

        Raises:
            TypeError: ``text`` is not a ``str`` (bytes must be decoded first), or
                ``reference_date`` is neither a date nor a string.
            ValueError: ``reference_date`` is a string but no ISO date.
        """
        text = check_text(text, "extract")
        reference_date = check_date(reference_date, "extract")
        if id is not None and not isinstance(id, str):
            raise TypeError(f"extract() takes id as str or None, got {type(id).__name__}")
        return self._run(text, id, reference_date)[0]

    def extract_pdf(
        self,
        source: str | os.PathLike[str] | bytes | BinaryIO,
        *,
        id: str | None = None,
        reference_date: dt.date | str | None = None,
    ) -> Document:
        """Extract every record from a PDF (an Ofsted report or letter, say).

        Needs the ``pdf`` extra (``pip install "ofsted_ie[pdf]"``). The pages' text is
        read with pypdf and made ready for reading (``ofsted_ie.pages``: running heads
        blanked, wrapped lines and table rows joined); the Document keeps that text in
        ``text`` with each page's start in ``pages``, its records' offsets index it, and
        each record carries its ``page``.

        Args:
            source: a path, the PDF's bytes, or a binary file open for reading.
            id: as for ``extract`` (the path, by default, when ``source`` is one).
            reference_date: as for ``extract``.

        Returns:
            The Document; for a PDF that cannot be read (damaged, encrypted, scanned
            without a text layer, missing), one whose ``error`` says why.

        Raises:
            ImportError: pypdf is not installed; the message says what to install.
        """
        from .pdf import extract_with

        return extract_with(self.extract, source, id=id, reference_date=reference_date)

    def explain(
        self,
        text: str,
        *,
        id: str | None = None,
        reference_date: dt.date | str | None = None,
        kinds: Iterable[str] | None = None,
    ) -> Explanation:
        """Why each thing in ``text`` was or was not extracted.

        Every candidate mention (grade words, inspection and visit words, percentage and
        caseload figures, quotations, council names) with its outcome: the records that
        hold it and the rules that made them, or the guard that vetoed it and why, or
        that no rule reached it.

        Args:
            text: the text, as for ``extract``.
            id: as for ``extract``.
            reference_date: as for ``extract``.
            kinds: only these kinds of mention (``ofsted_ie.explanation.KINDS``); all by default.

        Returns:
            The Document and the mentions, in text order.

        Raises:
            TypeError, ValueError: as ``extract``; ``ValueError`` for an unknown kind.

        Example:
            >>> from ofsted_ie import Extractor
            >>> why = Extractor().explain("Kent was rated 'good'. A school nearby was rated good.")
            >>> [(m.text, m.outcome, m.guard) for m in why.of("grade")]
            [('good', 'record', None), ('good', 'vetoed', 'ratings.guard_other_subject')]
        """
        return explain(self._run, text, id=id, reference_date=reference_date, kinds=kinds)

    def _run(self, text: str, id: str | None, reference_date: dt.date | None) -> tuple[Document, Context]:
        """The Document of ``text``, and the context it was made in."""
        warnings: list[str] = []
        ctx = self.context(text, id=id, reference_date=reference_date, warnings=warnings)
        budget = self._budget(ctx.text)
        by_kind: dict[str, list[Candidate]] = {}
        for rule in self.rules:
            spans = rule.spans_in(ctx)
            if spans is not None and not spans:
                continue
            taken = _merged(by_kind.get(rule.kind, ())) if rule.defers else ()
            try:
                found = rule.run(ctx, timeout=budget, windows=spans, taken=taken)
            except RuleTimeout as exc:  # the safety net: what it found stands
                warnings.append(str(exc))
                found = list(exc.found)
            by_kind.setdefault(rule.kind, []).extend(found)
        lists: dict[str, list[Record]] = {kind: [] for kind in RECORD_TYPES}
        for kind, candidates in by_kind.items():
            for c in prefer_longest(candidates, self._order):
                lists[kind].extend(c.records)
        for p in self.passes:
            try:
                lists[p.writes] = p.run(lists[p.writes], ctx, MappingProxyType({k: tuple(v) for k, v in lists.items()}))
            except TimeoutError:  # its records stay as the rules made them
                warnings.append(str(RuleTimeout(p.name, id)))
        for kind in lists:
            lists[kind] = [self._to_original(ctx.prepared, r) for r in lists[kind]]
        lists["authorities"] = list(self._authorities(ctx))
        doc = Document(
            id=id,
            published=ctx.published.isoformat() if ctx.published else None,
            byline=self._byline(ctx, warnings),
            warnings=warnings, text=text,
            **lists,  # type: ignore[arg-type]
        )
        return doc, ctx

    def extract_many(
        self,
        texts: Iterable[str | FailedInput],
        *,
        ids: Iterable[str | None] | None = None,
        reference_date: dt.date | str | None = None,
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

        Raises:
            TypeError: ``jobs`` or ``chunksize`` is not an int, or ``reference_date``
                not a date (at the call).
            ValueError: ``jobs`` or ``chunksize`` is below 1 (at the call); ``ids`` and
                ``texts`` differ in length (at the call when both have a length, else
                when the shorter runs out).
        """
        check_count(jobs, "extract_many", "jobs")
        check_count(chunksize, "extract_many", "chunksize")
        reference_date = check_date(reference_date, "extract_many")
        if ids is not None and hasattr(texts, "__len__") and hasattr(ids, "__len__") and len(texts) != len(ids):  # type: ignore[arg-type]
            raise ValueError(
                f"extract_many() takes one id per text: got {len(texts)} texts and {len(ids)} ids"  # type: ignore[arg-type]
            )
        items = self._pairs(texts, ids)
        if jobs == 1:
            return (self._extract_safely(text, doc_id, reference_date) for text, doc_id in items)
        return extract_parallel(self._extract_safely, items, reference_date, jobs, chunksize)

    @staticmethod
    def _pairs(
        texts: Iterable[str | FailedInput], ids: Iterable[str | None] | None
    ) -> Iterator[tuple[str | FailedInput, str | None]]:
        if ids is None:
            yield from zip(texts, (str(i) for i in itertools.count()), strict=False)
            return
        try:
            yield from zip(texts, ids, strict=True)
        except ValueError as exc:  # zip's own message names no argument
            raise ValueError("extract_many() takes one id per text: ids and texts differ in length") from exc

    def _extract_safely(self, text: object, doc_id: str | None, reference_date: dt.date | None) -> Document:
        if isinstance(text, FailedInput):
            return Document(id=doc_id, error=text.error)
        try:
            return self.extract(text, id=doc_id, reference_date=reference_date)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - one bad document must not sink a batch
            return Document(id=doc_id, error=f"{type(exc).__name__}: {exc}")

    def _byline(self, ctx: Context, warnings: list[str]) -> str | None:
        return _guarded(warnings, "dates.byline", ctx.doc_id, None, lambda: byline.find_byline(ctx.text, ctx.dateline))

    def _to_original(self, prepared: Prepared, record: Record) -> Record:
        if record.start is None or record.end is None:
            return record
        return with_offsets(record, prepared.to_original_start(record.start), prepared.to_original_end(record.end))

    def _authorities(self, ctx: Context) -> Iterator[Authority]:
        seen: set[str] = set()
        for m in ctx.named or ctx.mentions:
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
