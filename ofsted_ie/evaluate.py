"""Score extracted Documents against gold Documents, as the output contract defines and
the shared scorer (``check-score``) does.

Mentions are merged by key per record type; precision, recall and F1 are micro-averaged
over documents. A quotation's key also matches one sharing its first 25 letters and
digits. On a matched key an attribute agrees when the gold's (its first mention's; a
null is not scored) is among the predicted mentions' values (``current``: the first
predicted mention's). ``published`` and ``byline`` are scored as one-key types.
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


def _name(value: str | None) -> str | None:
    """An authority's name as scored: trimmed, lower case."""
    return value.strip().lower() or None if value else None


def _role(value: str | None) -> str | None:
    """A role as scored: lower case, a curly apostrophe as a straight one."""
    return value.lower().replace("\u2019", "'") if value else None


#: type -> (key of a record, {attribute name: value of a record})
_SCHEME: Final[Mapping[str, tuple[Callable[[Any], Key], Mapping[str, Callable[[Any], Any]]]]] = {
    "authorities": (lambda r: (_name(r.name),), {}),
    "ratings": (
        lambda r: (_name(r.authority), r.grade, r.judgement),
        {"when": lambda r: _year(r.when), "current": lambda r: r.current},
    ),
    "percentages": (
        lambda r: (_name(r.authority), round(r.value, 1)),
        {"measure": lambda r: r.measure, "when": lambda r: _year(r.when)},
    ),
    "caseloads": (lambda r: (_name(r.authority), round(float(r.value), 1)), {"statistic": lambda r: r.statistic}),
    "quotes": (lambda r: (quote_key(r.text),), {"source": lambda r: r.source}),
    "inspections": (lambda r: (_name(r.authority), r.kind, _year(r.when)), {"ordinal": lambda r: r.ordinal}),
    "people": (lambda r: (r.name.strip().lower(),), {"role": lambda r: _role(r.role), "authority": lambda r: _name(r.authority)}),
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


def _merge(records: Iterable[Record], kind: str) -> dict[Key, list[dict[str, Any]]]:
    """Each key's mentions, in order, as their scored attributes (a quotation with no
    letters or digits has no key)."""
    key_of, attrs_of = _SCHEME[kind]
    merged: dict[Key, list[dict[str, Any]]] = {}
    for r in records:
        key = key_of(r)
        if kind == "quotes" and not key[0]:
            continue
        merged.setdefault(key, []).append({name: get(r) for name, get in attrs_of.items()})
    return merged


#: How many letters and digits two quotation keys share at the start to match.
_QUOTE_PREFIX: Final = 25


def _matched(kind: str, key: Key, predicted: Iterable[Key]) -> Key | None:
    """The predicted key a gold key matches: itself, or for a quotation one that starts
    as it does (the first 25 letters and digits)."""
    candidates = list(predicted)
    if key in candidates:
        return key
    if kind != "quotes" or len(key[0]) < _QUOTE_PREFIX:
        return None
    return next((k for k in candidates if len(k[0]) >= _QUOTE_PREFIX
                 and (k[0].startswith(key[0][:_QUOTE_PREFIX]) or key[0].startswith(k[0][:_QUOTE_PREFIX]))), None)


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
            used: set[Key] = set()
            for key, mentions in g.items():
                found = _matched(kind, key, (k for k in p if k not in used))
                if found is None:
                    ts.fn += 1
                    scores.misses.append(f"{doc}: {kind} missed {key}")
                    continue
                used.add(found)
                ts.tp += 1
                for name, gold_value in mentions[0].items():
                    if gold_value is None:
                        continue
                    values = [m[name] for m in p[found]]
                    tally = ts.attributes.setdefault(name, [0, 0])
                    tally[1] += 1
                    if (values[0] == gold_value) if name == "current" else (gold_value in values):
                        tally[0] += 1
                    else:
                        scores.misses.append(f"{doc}: {kind} {key} {name}: got {values[0]!r}, gold {gold_value!r}")
            for key in p.keys() - used:
                ts.fp += 1
                scores.misses.append(f"{doc}: {kind} extra {key}")
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
