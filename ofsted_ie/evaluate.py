"""Score extracted Documents against gold Documents, as the output contract defines.

Mentions are merged by key per record type (the first non-null value of each
attribute wins); precision, recall and F1 are micro-averaged over documents;
attribute accuracy is the share of matched keys whose attribute agrees, gold nulls
not scored. ``published`` and ``byline`` are scored as one-key types.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from .extractor import Extractor
from .facts import quote_key
from .records import Document, Record

__all__ = ["GoldError", "Scores", "TypeScore", "evaluate_dir", "score"]

Key = tuple[Any, ...]


def _year(value: str | None) -> str | None:
    return value[:4] if value else None


def _role(value: str | None) -> str | None:
    """A role as scored: lower case, a curly apostrophe as a straight one."""
    return value.lower().replace("\u2019", "'") if value else None


#: type -> (key of a record, {attribute name: value of a record})
_SCHEME: Final[Mapping[str, tuple[Callable[[Any], Key], Mapping[str, Callable[[Any], Any]]]]] = {
    "authorities": (lambda r: (r.name,), {}),
    "ratings": (
        lambda r: (r.authority, r.grade, r.judgement),
        {"when": lambda r: _year(r.when), "current": lambda r: r.current},
    ),
    "percentages": (
        lambda r: (r.authority, round(r.value, 1)),
        {"measure": lambda r: r.measure, "when": lambda r: _year(r.when)},
    ),
    "caseloads": (lambda r: (r.authority, float(r.value)), {"statistic": lambda r: r.statistic}),
    "quotes": (lambda r: (quote_key(r.text),), {"source": lambda r: r.source}),
    "inspections": (lambda r: (r.authority, r.kind, _year(r.when)), {"ordinal": lambda r: r.ordinal}),
    "people": (lambda r: (r.name.lower(),), {"role": lambda r: _role(r.role), "authority": lambda r: r.authority}),
}
TYPES: Final = (*_SCHEME, "published", "byline")


@attrs.define
class TypeScore:
    """Counts and attribute agreement for one record type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    #: attribute -> [agreeing, scored]
    attributes: dict[str, list[int]] = attrs.field(factory=dict)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float | None:
        """Share of matched keys whose attribute agrees; None if none was scored."""
        agree, total = self.attributes.get(attribute, [0, 0])
        return agree / total if total else None


@attrs.define
class Scores:
    """Scores per type, plus the misses for a verbose report."""

    types: dict[str, TypeScore] = attrs.field(factory=lambda: {t: TypeScore() for t in TYPES})
    misses: list[str] = attrs.field(factory=list)
    documents: int = 0

    def metric(self, name: str) -> float | None:
        """A metric by name: ``ratings.f1``, ``ratings.precision``, ``ratings.current`` ..."""
        kind, _, what = name.partition(".")
        if kind not in self.types:
            raise ValueError(f"unknown record type {kind!r} in metric {name!r}; expected one of {', '.join(TYPES)}")
        ts = self.types[kind]
        if what in ("f1", "precision", "recall"):
            return float(getattr(ts, what))
        return ts.accuracy(what)

    def table(self) -> str:
        """A plain-text table of the scores."""
        lines = [f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}  attributes"]
        for kind, ts in self.types.items():
            accs = ", ".join(
                f"{a}={ts.accuracy(a):.2f}" for a in sorted(ts.attributes) if ts.accuracy(a) is not None
            )
            lines.append(
                f"{kind:<12} {ts.precision:6.2f} {ts.recall:6.2f} {ts.f1:6.2f} {ts.tp:4d} {ts.fp:4d} {ts.fn:4d}  {accs}"
            )
        return "\n".join(lines) + f"\n({self.documents} documents)"


def _merge(records: Iterable[Record], kind: str) -> dict[Key, dict[str, Any]]:
    key_of, attrs_of = _SCHEME[kind]
    merged: dict[Key, dict[str, Any]] = {}
    for r in records:
        slot = merged.setdefault(key_of(r), {})
        for name, get in attrs_of.items():
            if slot.get(name) is None:
                slot[name] = get(r)
    return merged


def score(pairs: Iterable[tuple[Document, Document]]) -> Scores:
    """Score (predicted, gold) Document pairs."""
    scores = Scores()
    for pred, gold in pairs:
        scores.documents += 1
        doc = gold.id or pred.id or "?"
        for kind in _SCHEME:
            p = _merge(getattr(pred, kind), kind)
            g = _merge(getattr(gold, kind), kind)
            ts = scores.types[kind]
            for key in p.keys() - g.keys():
                ts.fp += 1
                scores.misses.append(f"{doc}: {kind} extra {key}")
            for key in g.keys() - p.keys():
                ts.fn += 1
                scores.misses.append(f"{doc}: {kind} missed {key}")
            for key in p.keys() & g.keys():
                ts.tp += 1
                for name, gold_value in g[key].items():
                    if gold_value is None:
                        continue
                    tally = ts.attributes.setdefault(name, [0, 0])
                    tally[1] += 1
                    if p[key].get(name) == gold_value:
                        tally[0] += 1
                    else:
                        scores.misses.append(f"{doc}: {kind} {key} {name}: got {p[key].get(name)!r}, gold {gold_value!r}")
        for kind in ("published", "byline"):
            pv, gv = getattr(pred, kind), getattr(gold, kind)
            ts = scores.types[kind]
            if pv is not None and pv == gv:
                ts.tp += 1
                continue
            if pv is not None:
                ts.fp += 1
            if gv is not None:
                ts.fn += 1
            if pv != gv:
                scores.misses.append(f"{doc}: {kind} got {pv!r}, gold {gv!r}")
    return scores


class GoldError(ValueError):
    """A gold file that cannot be read as a gold Document; the message names the file
    and the field at fault."""


def _text_for(gold_path: Path, gold: Document, texts: Path | None) -> Path:
    folder = texts if texts is not None else gold_path.parent
    candidates = []
    if gold.id:
        named = folder / gold.id
        # an id names a file in the texts folder, never one outside it ("../secret")
        if named.resolve().parent != folder.resolve():
            raise GoldError(f"{gold_path}: id {gold.id!r} is not a file name in {folder}")
        candidates.append(named)
    candidates.append(folder / (gold_path.stem + ".txt"))
    for c in candidates:
        if c.is_file():
            return c
    raise FileNotFoundError(f"no text for gold file {gold_path} (looked for {', '.join(map(str, candidates))})")


def evaluate_dir(gold_dir: Path, *, texts: Path | None = None, extractor: Extractor | None = None) -> Scores:
    """Extract from each gold file's text and score against the gold.

    Args:
        gold_dir: a folder of gold Document JSON files.
        texts: where the texts are (same name as the gold's ``id``, or the gold
            file's stem + ``.txt``); by default beside the gold files.
        extractor: the extractor to score; the default one if omitted.

    Raises:
        FileNotFoundError: the folder has no gold files, or a text is missing.
        GoldError: a gold file is not JSON, not a gold Document, or its ``id`` points
            outside the texts folder (the message names the file and the field).
    """
    extractor = extractor or Extractor()
    gold_files: Sequence[Path] = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise FileNotFoundError(f"no gold files (*.json) in {gold_dir}")
    pairs = []
    for path in gold_files:
        try:
            gold = Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as exc:  # json's errors are ValueErrors
            raise GoldError(f"{path}: {exc}") from None
        text_path = _text_for(path, gold, texts)
        pred = extractor.extract(text_path.read_text(encoding="utf-8"), id=gold.id)
        pairs.append((pred, gold))
    return score(pairs)
