"""Histories: each authority's inspections and grades over time, across many Documents.

``history(docs)`` reads each Document's facts (``Document.facts()``) about a named
authority, ratings and inspections, as *claims*, and keeps them all. Everything else is
derived from that sorted tuple of claims, so a ``History`` is the same whatever the order
of the documents, and histories built per partition merge (``History.merge``, ``|``) into
the history of all their documents: the merge is associative and commutative.

Derived from the claims (``History.entries``):

* one ``Entry`` per fact: ratings by authority, judgement, grade and date; inspections
  by authority, kind and date. Dates given at different precisions ("2016", "2016-08")
  are one entry at the most precise date they agree on; an undated claim joins the one
  dated entry of its key when there is exactly one (``ofsted_ie.facts.cluster_dates``).
  Each entry keeps its sources (``Citation``: document id, published date, span and the
  evidence words when the Document had its text).
* conflicts, made explicit rather than resolved (``History.conflicts``): different grades
  for one authority and judgement at dates that agree ("dates"), or different grades
  claimed current by sources speaking at the same date ("current").
* the grade current at a date (``History.current``): the latest of the grades given
  (an entry's date) and the grades claimed current (a source's date: its published date,
  or else the latest date it mentions, since an article is no older than what it
  reports). A source's ``current: false`` retires an entry only from its own date on,
  so an earlier article's "current" claim stands for the time before it.

Cost: ``history(docs)`` sorts the claims once and derives entries in one pass per
authority and judgement (``O(n log n)`` in the records); ``History.merge`` of k parts sorts
their k sorted runs (``O(n log k)``). Folding one document at a time with ``|`` copies the
claims at each step; build per partition, then merge. Figures and quotes are left out:
their facts are per document (``Document.facts()``).

The module's function ``history`` shadows the module as an attribute of the package
(``ofsted_ie.history`` is the function); import the classes from ``ofsted_ie``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from types import MappingProxyType
from typing import Any, Final

import attrs

from ._arguments import check_date
from .facts import cluster_dates, facts
from .records import INSPECTION_KINDS, Document, Framework, Grade, Inspection, Judgement, Rating

__all__ = ["ROW_COLUMNS", "Citation", "Claim", "Conflict", "Entry", "History", "history"]

#: The record types a history reads.
_TYPES: Final = ("ratings", "inspections")
#: An entry's kind: "rating", or the inspection kind.
KINDS: Final = frozenset({"rating", *INSPECTION_KINDS})
#: The columns of ``History.rows()``, in order.
ROW_COLUMNS: Final = ("authority", "kind", "judgement", "grade", "when", "current", "framework", "ordinal",
                      "conflict", "sources", "documents", "doc_ids")


def _citations(items: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(items)


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _opt(value: Any) -> tuple[bool, Any]:
    """A sort key for an optional value: present ones first, then ``None``."""
    return (value is None, "" if value is None else value)


@attrs.frozen(kw_only=True)
class Citation:
    """Where a claim stands: one mention in one document."""

    doc: str | None = None
    published: str | None = None
    #: The date the document speaks at: ``published``, or else the latest date it
    #: mentions (it is no older than that); ``None`` when it has neither.
    seen: str | None = None
    start: int | None = None
    end: int | None = None
    #: ``text[start:end]`` when the Document had its text.
    evidence: str | None = None
    #: A rating mention's ``current``; ``None`` for an inspection.
    current: bool | None = None

    def sort_key(self) -> tuple[Any, ...]:
        """A total order on citations (every field, ``None`` last)."""
        return (_opt(self.doc), _opt(self.published), _opt(self.seen), _opt(self.start), _opt(self.end),
                _opt(self.evidence), _opt(self.current))


@attrs.frozen(kw_only=True)
class Claim:
    """One Document's fact about one authority: a rating or an inspection, its mentions
    as citations."""

    authority: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    judgement: Judgement | None = None
    grade: Grade | None = None
    when: str | None = None
    #: The Document presents the rating as current (any of its mentions); ``None`` for
    #: an inspection.
    current: bool | None = None
    framework: Framework | None = None
    ordinal: int | None = None
    citations: tuple[Citation, ...] = attrs.field(converter=_citations, default=())

    def group(self) -> tuple[str, str, str, str]:
        """What an entry shares: authority, kind, judgement, grade (``""`` for none)."""
        return (self.authority, self.kind, self.judgement or "", self.grade or "")

    def sort_key(self) -> tuple[Any, ...]:
        """A total order on claims, grouped as entries are (every field counts)."""
        return (*self.group(), _opt(self.when), _opt(self.current), _opt(self.framework), _opt(self.ordinal),
                tuple(c.sort_key() for c in self.citations))


@attrs.frozen(kw_only=True)
class Entry:
    """One fact of a timeline: a grade for a judgement, or an inspection, with its sources."""

    authority: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    judgement: Judgement | None = None
    grade: Grade | None = None
    #: The most precise date the sources agree on, or ``None``.
    when: str | None = None
    #: For a rating: the grade current at the latest date the history knows of
    #: (``History.current``); ``None`` for an inspection.
    current: bool | None = None
    framework: Framework | None = None
    ordinal: int | None = None
    #: The sources in order of document id, then position.
    sources: tuple[Citation, ...] = attrs.field(converter=_citations, default=())
    #: Whether a ``Conflict`` names this entry.
    conflict: bool = False

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The distinct ids of the documents that give this entry, sorted."""
        return tuple(sorted({c.doc for c in self.sources if c.doc is not None}))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, sources included."""
        return {**attrs.asdict(self, recurse=False), "sources": [attrs.asdict(c) for c in self.sources]}

    def row(self) -> dict[str, Any]:
        """A flat dict (``ROW_COLUMNS``): the entry with its source and document counts and ids."""
        fields = {k: getattr(self, k) for k in ROW_COLUMNS[:9]}
        ids = self.doc_ids
        return {**fields, "sources": len(self.sources), "documents": len(ids), "doc_ids": ";".join(ids)}


@attrs.frozen(kw_only=True)
class Conflict:
    """Different grades for one authority and judgement where the history cannot tell
    which holds: at dates that agree ("dates") or claimed current at one date ("current")."""

    authority: str
    judgement: Judgement
    #: The date in question (the less precise one, for dates that agree).
    when: str | None
    reason: str = attrs.field(validator=attrs.validators.in_(("dates", "current")))
    grades: tuple[str, ...] = attrs.field(converter=_strs)
    doc_ids: tuple[str, ...] = attrs.field(converter=_strs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {**attrs.asdict(self, recurse=False), "grades": list(self.grades), "doc_ids": list(self.doc_ids)}


def _sorted_claims(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    # Concatenated sorted runs (merged histories) sort in near-linear time (timsort).
    return tuple(sorted(claims, key=Claim.sort_key))


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _iso(as_of: dt.date | str | None, func: str) -> str | None:
    date = check_date(as_of, func, "as_of")
    return None if date is None else date.isoformat()


def _before(date: str, as_of: str | None) -> bool:
    """Whether a partial date is on or before ``as_of`` (compared at its own precision)."""
    return as_of is None or date <= as_of[: len(date)]


#: Observations of a timeline at one date, in this order: a grade given (an entry's date),
#: a grade claimed current, a grade said to be no longer current.
_GIVEN, _CLAIMED, _RETIRED = 0, 1, 2


def _observations(entries: Sequence[Entry], as_of: str | None) -> list[tuple[str, int, int]]:
    """(date, what, entry index) for one authority and judgement, in date order."""
    out = []
    for i, e in enumerate(entries):
        if e.when is not None and _before(e.when, as_of):
            out.append((e.when, _GIVEN, i))
        by_doc: dict[tuple[Any, ...], list[Citation]] = {}
        for c in e.sources:
            by_doc.setdefault((c.doc, c.seen), []).append(c)
        for (_doc, seen), cites in by_doc.items():
            if seen is not None and _before(seen, as_of):
                out.append((seen, _CLAIMED if any(c.current for c in cites) else _RETIRED, i))
    out.sort()
    return out


def _standing(entries: Sequence[Entry], as_of: str | None) -> tuple[set[int], list[tuple[str, set[int]]]]:
    """The entries current at ``as_of`` (two or more: a tie) and the ties of claims met."""
    standing: set[int] = set()
    ties = []
    for (date, what), group in itertools.groupby(_observations(entries, as_of), key=lambda o: o[:2]):
        named = {i for *_, i in group}
        if what == _RETIRED:
            standing -= named
            continue
        # one source claiming two entries of a grade current means the later of them
        latest: dict[str | None, int] = {}
        for i in sorted(named, key=lambda i: (entries[i].when is not None, entries[i].when or ""), reverse=True):
            latest.setdefault(entries[i].grade, i)
        named = set(latest.values())
        standing = set(named)  # a copy: a later retirement must not change the tie noted
        if what == _CLAIMED and len({entries[i].grade for i in named}) > 1:
            ties.append((date, named))
    return standing, ties


@attrs.frozen
class History:
    """Claims from many Documents; entries, conflicts and the grade current at a date are
    derived from them. Combine with ``|`` or ``History.merge``."""

    claims: tuple[Claim, ...] = attrs.field(converter=_sorted_claims, default=())

    @classmethod
    def of(cls, doc: Document) -> History:
        """The claims of one Document: its rating and inspection facts that name an
        authority (none for a Document with an error)."""
        return cls(_claims(doc))

    @classmethod
    def merge(cls, *histories: History) -> History:
        """The history of all the histories' documents (in any order or grouping)."""
        return cls(itertools.chain.from_iterable(h.claims for h in histories))

    def __or__(self, other: History) -> History:
        if not isinstance(other, History):
            return NotImplemented
        return History.merge(self, other)

    @cached_property
    def _derived(self) -> tuple[tuple[Entry, ...], tuple[Conflict, ...]]:
        entries: list[Entry] = []
        for _, group in itertools.groupby(self.claims, key=Claim.group):
            entries.extend(_entries(list(group)))
        entries.sort(key=lambda e: (e.authority, e.kind, e.judgement or "", _opt(e.when), e.grade or ""))
        out: list[Entry] = []
        conflicts: list[Conflict] = []
        for (_, kind, _), same in itertools.groupby(entries, key=lambda e: (e.authority, e.kind, e.judgement)):
            timeline = list(same)
            if kind == "rating":
                found, involved = _conflicts(timeline)
                conflicts.extend(found)
                timeline = _with_current(timeline, involved)
            out.extend(timeline)
        out.sort(key=lambda e: (e.authority, _opt(e.when), e.kind, e.judgement or "", e.grade or ""))
        return tuple(out), tuple(conflicts)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry: by authority, then date (undated last), kind, judgement, grade."""
        return self._derived[0]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Every conflict: by authority, judgement, date."""
        return self._derived[1]

    @property
    def authorities(self) -> tuple[str, ...]:
        """The authorities with an entry, sorted."""
        return tuple(sorted({c.authority for c in self.claims}))

    @cached_property
    def _timelines(self) -> Mapping[str, tuple[Entry, ...]]:
        return MappingProxyType({a: tuple(group) for a, group in itertools.groupby(self.entries, key=lambda e: e.authority)})

    def timeline(self, authority: str) -> tuple[Entry, ...]:
        """One authority's entries in date order, undated last (as ``Authority.name``)."""
        return self._timelines.get(authority, ())

    def current(self, authority: str, judgement: Judgement = "overall", *,
                as_of: dt.date | str | None = None) -> Entry | None:
        """The rating entry current for an authority's judgement at a date.

        Args:
            authority: the authority, as ``Authority.name``.
            judgement: the judgement (``overall`` by default).
            as_of: a ``datetime.date`` or ISO date (``"2019-05-01"``); the latest the
                history knows if omitted.

        Returns:
            The entry of the latest grade given or claimed current on or before
            ``as_of``; ``None`` when there is none, when a later source retired it, or
            when sources at that date disagree (a ``Conflict`` names them).

        Raises:
            ValueError: ``as_of`` is a string that is no ISO date.
        """
        timeline = [e for e in self.timeline(authority) if e.kind == "rating" and e.judgement == judgement]
        standing, _ = _standing(timeline, _iso(as_of, "History.current"))
        return timeline[standing.pop()] if len(standing) == 1 else None

    def standings(self, *, as_of: dt.date | str | None = None) -> tuple[Entry, ...]:
        """The current rating entry of each authority and judgement that has one at ``as_of``
        (as for ``current``)."""
        out = []
        as_of = _iso(as_of, "History.standings")
        ratings = (e for e in self.entries if e.kind == "rating")
        for _, group in itertools.groupby(sorted(ratings, key=lambda e: (e.authority, e.judgement or "")),
                                          key=lambda e: (e.authority, e.judgement)):
            timeline = sorted(group, key=lambda e: (_opt(e.when), e.grade or ""))
            standing, _ = _standing(timeline, as_of)
            if len(standing) == 1:
                out.append(timeline[standing.pop()])
        return tuple(out)

    def rows(self, entries: Iterable[Entry] | None = None) -> Iterator[dict[str, Any]]:
        """One flat dict per entry (``ROW_COLUMNS``), for csv or pandas."""
        return (e.row() for e in (self.entries if entries is None else entries))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``entries`` and ``conflicts``."""
        return {"entries": [e.to_dict() for e in self.entries], "conflicts": [c.to_dict() for c in self.conflicts]}


def _seen(doc: Document) -> str | None:
    if doc.published is not None:
        return doc.published
    events: list[Rating | Inspection] = [*doc.ratings, *doc.inspections]
    return max((r.when for r in events if r.when is not None), default=None)


def _claims(doc: Document) -> Iterator[Claim]:
    if doc.error is not None:
        return
    seen = _seen(doc)
    for fact in facts(doc, _TYPES):
        record = fact.record
        if not isinstance(record, (Rating, Inspection)) or record.authority is None:
            continue
        citations = (Citation(doc=doc.id, published=doc.published, seen=seen, start=m.start, end=m.end,
                              evidence=doc.evidence(m), current=getattr(m, "current", None)) for m in fact.mentions)
        if isinstance(record, Rating):
            yield Claim(authority=record.authority, kind="rating", judgement=record.judgement, grade=record.grade,
                        when=record.when, current=record.current, framework=record.framework, citations=citations)
        else:
            yield Claim(authority=record.authority, kind=record.kind, when=record.when, framework=record.framework,
                        ordinal=record.ordinal, citations=citations)


def _claim_when(claim: Claim) -> str | None:
    return claim.when


def _entries(group: Sequence[Claim]) -> Iterator[Entry]:
    """The entries of claims that share authority, kind, judgement and grade."""
    head = group[0]
    for when, claims in cluster_dates(group, _claim_when):
        sources = sorted((c for claim in claims for c in claim.citations), key=Citation.sort_key)
        yield Entry(authority=head.authority, kind=head.kind, judgement=head.judgement, grade=head.grade, when=when,
                    framework=_first(c.framework for c in claims), ordinal=_first(c.ordinal for c in claims),
                    sources=sources)


def _conflicts(timeline: Sequence[Entry]) -> tuple[list[Conflict], set[int]]:
    """One authority and judgement's conflicts (grades at agreeing dates, ties of claims
    current), and the indices of the entries they name."""
    out = []
    involved: set[int] = set()
    blocks: list[list[int]] = []  # dated entries whose dates extend the block's first, in date order
    for i, e in enumerate(timeline):
        if e.when is None:
            continue
        head = timeline[blocks[-1][0]].when if blocks else None
        if head is not None and e.when.startswith(head):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        if len({timeline[i].grade for i in block}) > 1:
            out.append(_conflict([timeline[i] for i in block], timeline[block[0]].when, "dates"))
            involved.update(block)
    _, ties = _standing(timeline, None)
    for date, named in ties:
        out.append(_conflict([timeline[i] for i in sorted(named)], date, "current"))
        involved.update(named)
    return sorted(out, key=lambda c: (_opt(c.when), c.reason, c.grades)), involved


def _conflict(entries: Sequence[Entry], when: str | None, reason: str) -> Conflict:
    head = entries[0]
    assert head.judgement is not None
    docs = sorted({d for e in entries for d in e.doc_ids})
    return Conflict(authority=head.authority, judgement=head.judgement, when=when, reason=reason,
                    grades=sorted({e.grade or "" for e in entries}), doc_ids=docs)


def _with_current(timeline: Sequence[Entry], involved: set[int]) -> list[Entry]:
    """The timeline with ``current`` set (true for the one entry current at the latest date
    the history knows) and ``conflict`` for the entries a conflict names."""
    standing, _ = _standing(timeline, None)
    return [attrs.evolve(e, current=standing == {i}, conflict=i in involved) for i, e in enumerate(timeline)]


def history(docs: Iterable[Document]) -> History:
    """Every authority's timeline of inspections and grades from many Documents.

    Args:
        docs: extracted (or gold) Documents, in any order; those with an error add nothing.

    Returns:
        The ``History``: the same for the same documents in any order, and equal to the
        ``History.merge`` of the histories of any split of them.

    Example:
        >>> from ofsted_ie import Document, Rating
        >>> a = Document(id="a", published="2016-09-01",
        ...              ratings=[Rating(authority="Kent", grade="inadequate", when="2016-08")])
        >>> b = Document(id="b", published="2019-05-01",
        ...              ratings=[Rating(authority="Kent", grade="inadequate", when="2016", current=False),
        ...                       Rating(authority="Kent", grade="good", when="2019")])
        >>> [(e.grade, e.when, e.doc_ids) for e in history([b, a]).timeline("Kent")]
        [('inadequate', '2016-08', ('a', 'b')), ('good', '2019', ('b',))]
        >>> history([a, b]).current("Kent", as_of="2018-01-01").grade
        'inadequate'
    """
    return History(itertools.chain.from_iterable(map(_claims, docs)))

