"""Why a thing was or was not extracted: every candidate mention of a text with its
outcome.

A candidate is what a reader would look at: a grade word, an inspection or visit word,
a percentage or caseload figure, a quotation, a council's name, a given name and surname. Its outcome is the
record(s) whose evidence holds it, with the rules that made them; or the guard that
vetoed it and why; or that no rule reached it. Offsets index the caller's text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Final, Literal

import attrs
import regex

from ._arguments import check_date, check_text
from ._given_names import GIVEN_NAMES
from ._vocab import BAND_VERBS, BAND_WORDS, GRADE_PHRASES
from .context import Context, Veto, Why
from .records import RECORD_TYPES, Document, Record

__all__ = ["KINDS", "LATER_STEP", "Explanation", "Mention", "explain", "explain_mentions"]

#: What a candidate mention is, and which record field it may become.
MentionKind = Literal["grade", "inspection", "figure", "caseload", "quote", "council", "person"]
KINDS: Final[dict[str, tuple[str, ...]]] = {
    "grade": ("ratings",),
    "inspection": ("inspections",),
    "figure": ("percentages",),
    "caseload": ("caseloads",),
    "quote": ("quotes",),
    "council": ("authorities",),
    "person": ("people",),
}
_Outcome = Literal["record", "vetoed", "unreached"]
#: What ``explain`` names for a mention in site furniture, where no rule makes records.
BOILERPLATE_GUARD: Final = "text.boilerplate"
BOILERPLATE_REASON: Final = "site furniture (related links, comments, adverts): no records are made there"

#: Candidate mentions by kind, over the normalised text (each pattern opens on a literal).
_PATTERNS: Final = {
    "grade": regex.compile(
        r"(?<![\w-])(?i:\L<grades>)(?!\w|-(?!(?i:rated|graded)\b))"  # "outstanding-rated" is one
        r"|(?<=(?<![\w-])(?i:\L<band_verbs>)\ (?:as\ )?[\"']?)(?i:\L<bands>)(?!\w)",  # "rated poor"
        grades=sorted((p for p in GRADE_PHRASES if p != "ri"), key=len, reverse=True), bands=list(BAND_WORDS),
        band_verbs=list(BAND_VERBS),
    ),
    "inspection": regex.compile(
        r"(?i:\b(?:re-?)?inspect(?:ion|ions|ed|ing|s)?\b|\b(?:monitoring|focused)\ visits?\b|\bvisit(?:s|ed)?\b|\bJTAIs?\b)"
    ),
    "figure": regex.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?\ ?(?:%|(?i:per\ ?cent|percent|pc)\b)"),
    "caseload": regex.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?(?=\ (?:\w+\ ){0,2}?(?i:cases|children)\b)"),
    "quote": regex.compile(r"""(?<![\w"])"[^"\n]{1,600}"(?!\w)"""),
    "person": regex.compile(r"(?<![\w'-])\L<given>\ \p{Lu}[\p{L}'-]+", given=GIVEN_NAMES),
}


@attrs.frozen(kw_only=True)
class Mention:
    """One candidate mention and what became of it.

    ``outcome`` is ``"record"`` (``records`` hold it; ``rules`` made them), ``"vetoed"``
    (``guard`` said ``reason``; ``objections`` lists every guard that objected) or
    ``"unreached"`` (no rule made a record of it and no guard objected).
    """

    kind: MentionKind
    start: int
    end: int
    text: str
    outcome: _Outcome
    rules: tuple[str, ...] = ()
    records: tuple[Record, ...] = ()
    guard: str | None = None
    reason: str | None = None
    #: Every (guard, reason) that objected to it, in the order the rules ran.
    objections: tuple[tuple[str, str], ...] = ()
    #: For a figure's records, why each got its authority, date and measure: (field,
    #: value as in the record, the step of attribution that gave it), record by record.
    why: tuple[tuple[str, str, str], ...] = ()

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (records as their contract dicts)."""
        out = attrs.asdict(self, recurse=False)
        out["records"] = [attrs.asdict(r, recurse=False) for r in self.records]
        out["rules"] = list(self.rules)
        out["objections"] = [list(o) for o in self.objections]
        out["why"] = [list(w) for w in self.why]
        return out

    def describe(self) -> str:
        """One line: where, what, and what became of it."""
        what = f"{self.kind:<10} {self.start:>6}-{self.end:<6} {self.text[:60]!r}"
        if self.kind == "council":
            return f"{what}  -> an authority; {len(self.records)} record(s) in the text are about it"
        if self.outcome == "record":
            reasons = "".join(f"; {field} {value}: {reason}" for field, value, reason in self.why)
            return f"{what}  -> {len(self.records)} record(s) by {', '.join(self.rules)}{reasons}"
        if self.outcome == "vetoed":
            return f"{what}  -> vetoed by {self.guard}: {self.reason}"
        return f"{what}  -> no rule reached it"


@attrs.frozen
class Explanation:
    """The Document of a text and every candidate mention in it, in text order."""

    document: Document
    mentions: tuple[Mention, ...]

    def of(self, kind: str) -> tuple[Mention, ...]:
        """The mentions of one kind ("grade", "inspection", ...)."""
        return tuple(m for m in self.mentions if m.kind == kind)

    def table(self) -> str:
        """A readable table, a line per mention."""
        return "\n".join(m.describe() for m in self.mentions)

    def to_json(self) -> str:
        """The mentions as a JSON array."""
        return json.dumps([m.to_dict() for m in self.mentions], ensure_ascii=False, indent=2)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or a == b


def explain_mentions(text: str, doc: Document, ctx: Context) -> tuple[Mention, ...]:
    """Every candidate mention of ``text`` with its outcome, from the Document made of it
    and the context it was made in (whose vetoes the guards noted)."""
    prepared = ctx.prepared
    vetoes: list[tuple[tuple[int, int], Veto]] = [
        ((prepared.to_original_start(v.start), prepared.to_original_end(v.end)), v) for v in ctx.vetoes
    ]
    whys = [((prepared.to_original_start(w.start), prepared.to_original_end(w.end)), w) for w in ctx.whys]
    out: list[Mention] = []
    for kind, pattern in _PATTERNS.items():
        for m in pattern.finditer(prepared.text):
            span = (prepared.to_original_start(m.start()), prepared.to_original_end(m.end()))
            found = _outcome(kind, span, text, doc, vetoes)  # type: ignore[arg-type]
            if found.records and kind in _WHY_FIELDS:
                found = attrs.evolve(found, why=_why(found.records, _WHY_FIELDS[kind], whys))
            if found.outcome == "unreached" and prepared.in_boilerplate(m.start()):
                found = attrs.evolve(found, outcome="vetoed", guard=BOILERPLATE_GUARD, reason=BOILERPLATE_REASON)
            out.append(found)
    # a figure's record no candidate pattern reaches ("a third", "caseloads of 18"): a mention of its own
    for kind, field in (("figure", "percentages"), ("caseload", "caseloads")):
        covered = [(m.start, m.end) for m in out if m.kind == kind and m.records]
        for r in getattr(doc, field):
            assert r.start is not None and r.end is not None
            if not any(_overlaps(span, (r.start, r.end)) for span in covered):
                out.append(Mention(kind=kind, start=r.start, end=r.end, text=text[r.start : r.end], outcome="record",  # type: ignore[arg-type]
                                   rules=(r.rule or "",), records=(r,), why=_why((r,), _WHY_FIELDS[kind], whys)))
    about = {a.name: tuple(r for field in RECORD_TYPES if field != "authorities" for r in getattr(doc, field)
                           if getattr(r, "authority", None) == a.name) for a in doc.authorities}
    for a in ctx.named or ctx.mentions:
        span = (prepared.to_original_start(a.start), prepared.to_original_end(a.end))
        out.append(Mention(kind="council", start=span[0], end=span[1], text=text[span[0] : span[1]],
                           outcome="record", rules=("authorities.gazetteer",), records=about.get(a.name, ())))
    return tuple(sorted(out, key=lambda x: (x.start, x.end, x.kind)))


#: The fields whose reasons ``explain`` gives, by kind of mention.
_WHY_FIELDS: Final = {"figure": ("authority", "when", "measure"), "caseload": ("authority", "when")}
#: What ``explain`` says of a value no step of attribution noted (a document pass set it).
LATER_STEP: Final = "set after the rule, by a document pass (a table's or list's shared value, a merge)"


def _why(
    records: Sequence[Record], fields: Sequence[str], whys: Sequence[tuple[tuple[int, int], Why]]
) -> tuple[tuple[str, str, str], ...]:
    """For each record and field, the last reason noted at the record's evidence for the
    value the record holds (a later step overrides an earlier one)."""
    out = []
    for record in records:
        assert record.start is not None and record.end is not None
        here = [w for where, w in whys if _overlaps(where, (record.start, record.end))]
        for field in fields:
            value = getattr(record, field, None)
            said = [w.reason for w in here if w.field == field and w.value == value]
            out.append((field, str(value), said[-1] if said else LATER_STEP))
    return tuple(out)


def _outcome(
    kind: MentionKind, span: tuple[int, int], text: str, doc: Document, vetoes: Sequence[tuple[tuple[int, int], Veto]]
) -> Mention:
    records = tuple(
        r for field in KINDS[kind] for r in getattr(doc, field)
        if r.start is not None and r.end is not None and _overlaps((r.start, r.end), span)
    )
    words = text[span[0] : span[1]]
    if records:
        return Mention(kind=kind, start=span[0], end=span[1], text=words, outcome="record",
                       rules=tuple(sorted({r.rule or "" for r in records})), records=records)
    family = KINDS[kind][0]
    objections = [v for where, v in vetoes if v.guard.startswith(family) and _overlaps(where, span)]
    if objections:
        # the last noted is the general rule's, which runs after every frame: the most telling
        last = objections[-1]
        return Mention(kind=kind, start=span[0], end=span[1], text=words, outcome="vetoed",
                       guard=last.guard, reason=last.reason,
                       objections=tuple(dict.fromkeys((v.guard, v.reason) for v in objections)))
    return Mention(kind=kind, start=span[0], end=span[1], text=words, outcome="unreached")


def explain(
    run: Callable[[str, str | None, dt.date | None], tuple[Document, Context]],
    text: str,
    *,
    id: str | None = None,
    reference_date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
) -> Explanation:
    """The Explanation of ``text``: ``run`` extracts it (an extractor's ``_run``, which
    returns the Document and its context); see ``Extractor.explain``."""
    text = check_text(text, "explain")
    reference = check_date(reference_date, "explain")
    wanted = None if kinds is None else tuple(kinds)
    unknown = [k for k in wanted or () if k not in KINDS]
    if unknown:
        raise ValueError(f"explain() takes kinds among {', '.join(KINDS)}; got {', '.join(unknown)}")
    doc, ctx = run(text, id, reference)
    mentions = explain_mentions(text, doc, ctx)
    return Explanation(doc, tuple(m for m in mentions if wanted is None or m.kind in wanted))
