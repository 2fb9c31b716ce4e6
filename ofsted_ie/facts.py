"""Facts: a Document's records (mentions) merged by their contract keys.

Records are mentions: an article that names one council's one grade four times yields
four ratings. ``facts(doc)`` merges them into one ``Fact`` each, keeping every mention
(and so every evidence span):

========== ======================================================================
type       key
========== ======================================================================
ratings    authority, judgement, grade, and the date the mentions agree on
inspections authority, kind, and the date the mentions agree on
percentages authority, value (to one decimal), measure, and the date
caseloads  authority, value, statistic, and the date
quotes     the first 40 letters and digits of the text, lower-cased (as the scorer)
people     the name, lower-cased
authorities the name
========== ======================================================================

Dates are ISO partial dates. Two dates *agree* when one is the other or a prefix of it
("2016" and "2016-08"); mentions whose dates agree are one fact at the most precise of
them, a less precise date joining the one more precise date it agrees with (when it
agrees with two, "2016" beside "2016-08" and "2016-09", it stays a fact of its own), and
an undated mention joins the one dated fact of its key when there is exactly one
(``cluster_dates``, which ``ofsted_ie.history`` uses across documents too). Attributes
outside the key take the first non-null value in text order; a rating's ``current`` is
true when any mention presents it as current.

This module merges within one Document; ``ofsted_ie.history`` merges across them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

if TYPE_CHECKING:  # only for annotations: ``records`` imports this module (``Document.facts``)
    from .records import Document, Record

__all__ = ["DATED_TYPES", "KEYS", "Fact", "agree", "cluster_dates", "facts", "merge_records", "quote_key"]

_T = TypeVar("_T")


def quote_key(text: str) -> str:
    """A quotation's key: its first 40 letters and digits, lower-cased (the scorer's).

    Example:
        >>> quote_key("We are 'delighted', said Ann.")
        'wearedelightedsaidann'
    """
    return "".join(ch for ch in text if ch.isalnum())[:40].lower()


#: type -> the key of a record, without its date (``DATED_TYPES`` add the date); in the
#: contract's order. Keep in step with ``records.RECORD_TYPES`` (a test checks it).
KEYS: Final[Mapping[str, Callable[[Any], tuple[Any, ...]]]] = {
    "authorities": lambda r: (r.name,),
    "ratings": lambda r: (r.authority, r.judgement, r.grade),
    "percentages": lambda r: (r.authority, round(r.value, 1), r.measure),
    "caseloads": lambda r: (r.authority, float(r.value), r.statistic),
    "quotes": lambda r: (quote_key(r.text),),
    "inspections": lambda r: (r.authority, r.kind),
    "people": lambda r: (r.name.lower(),),
}
#: The record types whose facts are dated: their key ends with the agreed ``when``.
DATED_TYPES: Final = frozenset({"ratings", "percentages", "caseloads", "inspections"})
#: Fields that are the mention's own, not the fact's.
_SPAN_FIELDS: Final = ("start", "end", "rule", "page")


def agree(a: str, b: str) -> bool:
    """Whether two ISO partial dates agree: one is the other or a prefix of it.

    Example:
        >>> agree("2016", "2016-08"), agree("2016-08", "2016-09")
        (True, False)
    """
    return a.startswith(b) or b.startswith(a)


def cluster_dates(items: Sequence[_T], when: Callable[[_T], str | None]) -> list[tuple[str | None, list[_T]]]:
    """Group items of one key by the date their dates agree on, most precise first.

    Each date that is no prefix of another is a cluster; a less precise date joins the
    one cluster it agrees with, or stays its own when it agrees with several; undated
    items join the one dated cluster when there is exactly one, else make a cluster of
    their own (date ``None``). Items keep their order within a cluster; clusters come
    in date order, undated last. Linear in the items (after sorting the distinct dates):
    a date has at most two proper prefixes.

    Example:
        >>> cluster_dates(["2016", None, "2016-08", "2016-08"], lambda w: w)
        [('2016-08', ['2016', None, '2016-08', '2016-08'])]
        >>> [d for d, _ in cluster_dates(["2016", "2016-08", "2016-09"], lambda w: w)]
        ['2016', '2016-08', '2016-09']
    """
    dates = sorted({d for d in map(when, items) if d is not None})
    # extensions of a date sort right after it: a date is maximal unless the next one extends it
    maximal = [d for i, d in enumerate(dates) if i + 1 == len(dates) or not dates[i + 1].startswith(d)]
    target: dict[str, str] = {d: d for d in maximal}
    for i, d in enumerate(dates):
        if d in target:
            continue
        extending: list[str] = []
        j = i + 1
        while j < len(dates) and dates[j].startswith(d) and len(extending) < 2:  # its extensions follow it
            if dates[j] in target and target[dates[j]] == dates[j]:
                extending.append(dates[j])
            j += 1
        target[d] = extending[0] if len(extending) == 1 else d
    clusters: dict[str | None, list[_T]] = {d: [] for d in sorted(set(target.values()))}
    undated_to: str | None = next(iter(clusters)) if len(clusters) == 1 else None
    for item in items:
        date = when(item)
        clusters.setdefault(target[date] if date is not None else undated_to, []).append(item)
    return [(d, group) for d, group in clusters.items() if group]


def _records(items: Iterable[Record]) -> tuple[Record, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Fact:
    """One fact of a Document: its mentions merged by key, with every mention kept.

    ``record`` is the merged record (the agreed date, the first non-null attributes, no
    span); ``mentions`` are the Document's records in text order, whose spans are the
    fact's evidence.
    """

    #: The record type, as the Document's field ("ratings", "inspections", ...).
    type: str = attrs.field(validator=attrs.validators.in_(tuple(KEYS)))
    #: The contract key; for dated types the agreed ``when`` is its last item.
    key: tuple[Any, ...] = attrs.field(converter=tuple)
    record: Record
    mentions: tuple[Record, ...] = attrs.field(converter=_records)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The mentions' evidence spans ``(start, end)`` (mentions without one left out)."""
        return tuple((m.start, m.end) for m in self.mentions if m.start is not None and m.end is not None)

    def to_dict(self, doc: Document | None = None) -> dict[str, Any]:
        """A JSON-ready dict: the type, the merged record's fields and the mentions' spans
        (each with its evidence words when ``doc`` has its text)."""
        record = {k: v for k, v in attrs.asdict(self.record, recurse=False).items() if k not in _SPAN_FIELDS}
        spans = [{"start": s, "end": e} | ({"evidence": doc.text[s:e]} if doc and doc.text is not None else {})
                 for s, e in self.spans]
        return {"type": self.type, **record, "mentions": spans}


def _merged(kind: str, mentions: Sequence[Record], when: str | None) -> Record:
    """One record for the fact: the first mention's fields, the agreed date, each other
    attribute the first non-null one, a rating current if any mention says so; no span."""
    changes: dict[str, Any] = dict.fromkeys(_SPAN_FIELDS)
    if len(mentions) > 1:  # one mention (most facts) has its own attributes already
        for field in attrs.fields(type(mentions[0])):
            if field.name not in _SPAN_FIELDS:
                changes[field.name] = next((v for m in mentions if (v := getattr(m, field.name)) is not None), None)
    if kind in DATED_TYPES:
        changes["when"] = when
    if kind == "ratings":
        changes["current"] = any(m.current for m in mentions)  # type: ignore[union-attr]
    return attrs.evolve(mentions[0], **changes)


def merge_records(kind: str, records: Iterable[Record]) -> list[Fact]:
    """The facts of ``records`` of one type (``kind``, a Document field name), in order of
    first mention."""
    key_of = KEYS[kind]
    groups: dict[tuple[Any, ...], list[Record]] = {}
    for r in records:
        groups.setdefault(key_of(r), []).append(r)
    out: list[tuple[int, Fact]] = []
    for key, group in groups.items():
        clusters = cluster_dates(group, lambda r: r.when) if kind in DATED_TYPES else [(None, group)]  # type: ignore[union-attr]
        for when, mentions in clusters:
            full = (*key, when) if kind in DATED_TYPES else key
            first = min(m.start if m.start is not None else -1 for m in mentions)
            out.append((first, Fact(type=kind, key=full, record=_merged(kind, mentions, when), mentions=mentions)))
    out.sort(key=lambda pair: pair[0])  # stable: equal starts keep key order
    return [fact for _, fact in out]


def facts(doc: Document, types: Iterable[str] | None = None) -> tuple[Fact, ...]:
    """The Document's records merged into facts by their contract keys.

    Args:
        doc: an extracted (or gold) Document.
        types: the record types to merge (Document field names); all of them if omitted.

    Returns:
        The facts, type by type in contract order, each type's in order of first mention.

    Raises:
        ValueError: a name in ``types`` is not a record type.

    Example:
        >>> from ofsted_ie import Document, Rating
        >>> doc = Document(ratings=[Rating(authority="Kent", grade="good", when="2016"),
        ...                         Rating(authority="Kent", grade="good", when="2016-08")])
        >>> [(f.key, len(f.mentions)) for f in facts(doc)]
        [(('Kent', 'overall', 'good', '2016-08'), 2)]
    """
    wanted = tuple(KEYS) if types is None else tuple(types)
    unknown = [t for t in wanted if t not in KEYS]
    if unknown:
        raise ValueError(f"facts(): types must be record types ({', '.join(KEYS)}), got {unknown!r}")
    return tuple(f for kind in KEYS if kind in wanted for f in merge_records(kind, getattr(doc, kind)))
