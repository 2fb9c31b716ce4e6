"""Check ``ofsted_ie.history`` against the gold of the seed and development sets.

(a) The history of the GOLD Documents has exactly one entry per distinct gold fact and
    no conflict the gold does not hold. A distinct gold fact is a gold record's key as
    the scorer merges it (ratings: authority, grade, judgement; inspections: authority,
    kind) with the year of its date, an undated one counting apart only when the gold
    has no single dated fact of its key; every key the scorer merges in a gold file must
    be an entry citing that file. The gold's own conflicts are worked out here without
    the library: two ratings of one authority and judgement with different grades whose
    dates agree (one is the other or a prefix of it).
(b) The history of the EXTRACTED Documents has no two entries for one fact (same
    authority, kind, judgement and grade, dates that agree) and no conflict the gold
    does not hold; how many of its entries match gold facts is printed.

usage: python scripts/history_gold.py [SHARED_DIR]       (exit 1 on a failure)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ofsted_ie
from ofsted_ie.evaluate import _merge, _text_for
from ofsted_ie.history import Entry, History

Key = tuple[Any, ...]


def _gold(shared: Path) -> list[tuple[ofsted_ie.Document, Path]]:
    """(gold Document, its text) for the seeds and the development set."""
    out = []
    for folder, texts in ((shared / "gold" / "seeds", shared / "seeds"), (shared / "gold" / "dev", None)):
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            text = _text_for(path, ofsted_ie.Document.from_dict(data), texts)
            # a seed's id may repeat a development file's name: keep them apart
            out.append((ofsted_ie.Document.from_dict({**data, "id": f"{folder.name}/{data.get('id')}"}), text))
    return out


def _agree(a: str | None, b: str | None) -> bool:
    """Two dates agree: one is the other or a prefix of it (never an undated one)."""
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def _year(when: str | None) -> str | None:
    return when[:4] if when else None


def _fact_key(record: Any) -> Key:
    if isinstance(record, ofsted_ie.Rating):
        return ("rating", record.authority, record.judgement, record.grade)
    return (record.kind, record.authority, None, None)


def _entry_key(entry: Entry) -> Key:
    return (entry.kind, entry.authority, entry.judgement, entry.grade, _year(entry.when))


def gold_facts(docs: Iterable[ofsted_ie.Document]) -> set[Key]:
    """The distinct gold facts, worked out from the records without the library's merge."""
    records: list[ofsted_ie.Rating | ofsted_ie.Inspection] = []
    for d in docs:
        records.extend(r for r in d.ratings if r.authority is not None)
        records.extend(r for r in d.inspections if r.authority is not None)
    dated: dict[Key, set[str]] = {}
    for r in records:
        if r.when is not None:
            dated.setdefault(_fact_key(r), set()).add(_year(r.when) or "")
    out = set()
    for r in records:
        key = _fact_key(r)
        if r.when is not None:
            out.add((*key, _year(r.when)))
        elif len(dated.get(key, ())) != 1:
            out.add((*key, None))
        else:
            out.add((*key, next(iter(dated[key]))))
    return out


def gold_conflicts(docs: Iterable[ofsted_ie.Document]) -> set[Key]:
    """(authority, judgement) pairs whose gold ratings give different grades at dates that agree."""
    ratings = [r for d in docs for r in d.ratings if r.authority is not None and r.when is not None]
    out = set()
    for a in ratings:
        for b in ratings:
            if (a.authority, a.judgement) == (b.authority, b.judgement) and a.grade != b.grade and _agree(a.when, b.when):
                out.add((a.authority, a.judgement))
    return out


def duplicates(history: History) -> list[tuple[Entry, Entry]]:
    """Pairs of entries for one fact: same authority, kind, judgement, grade; dates agree."""
    found: list[tuple[Entry, Entry]] = []
    by_fact: dict[Key, list[Entry]] = {}
    for e in history.entries:
        by_fact.setdefault((e.authority, e.kind, e.judgement, e.grade), []).append(e)
    for entries in by_fact.values():
        dated = [e for e in entries if e.when is not None]
        for i, a in enumerate(dated):
            found.extend((a, b) for b in dated[i + 1:] if _agree(a.when, b.when))
    return found


def main(argv: list[str]) -> int:
    shared = Path(argv[1] if len(argv) > 1 else "../shared")
    gold = _gold(shared)
    gold_docs = [g for g, _ in gold]
    failures = []

    # (a) the gold's own history
    from_gold = ofsted_ie.history(gold_docs)
    facts = gold_facts(gold_docs)
    keys = Counter(_entry_key(e) for e in from_gold.entries)
    if set(keys) != facts or any(n > 1 for n in keys.values()):
        failures.append(f"gold history: entries {sorted(map(str, keys - Counter(facts)))} "
                        f"vs facts missing {sorted(map(str, facts - set(keys)))}")
    for doc in gold_docs:
        for kind, ofkind in (("ratings", "rating"), ("inspections", None)):
            # the scorer's keys name councils case-blind: the timeline wants the canonical name
            canonical = {r.authority.lower(): r.authority for r in getattr(doc, kind) if r.authority is not None}
            for key in _merge(getattr(doc, kind), kind):
                if key[0] is None:
                    continue
                cited = [e for e in from_gold.timeline(canonical.get(str(key[0]), str(key[0]))) if doc.id in e.doc_ids and (
                    (e.kind, e.grade, e.judgement) == (ofkind, key[1], key[2]) if ofkind else e.kind == key[1])]
                if not cited:
                    failures.append(f"gold history: no entry cites {doc.id} for {kind} {key}")
    expected_conflicts = gold_conflicts(gold_docs)
    extra = {(c.authority, c.judgement) for c in from_gold.conflicts} - expected_conflicts
    if extra:
        failures.append(f"gold history: conflicts the gold does not hold: {sorted(extra)}")
    print(f"gold: {len(gold_docs)} documents, {len(facts)} distinct facts, {len(from_gold.entries)} entries, "
          f"{len(from_gold.conflicts)} conflicts ({len(expected_conflicts)} in the gold)")

    # (b) the history of what the library extracts from the same texts
    extracted = [ofsted_ie.extract(text.read_text(encoding="utf-8"), id=g.id) for g, text in gold]
    from_text = ofsted_ie.history(extracted)
    doubled = duplicates(from_text)
    for a, b in doubled:
        failures.append(f"extracted history: one fact twice: {_entry_key(a)} {a.when} and {b.when}")
    wrong = {(c.authority, c.judgement) for c in from_text.conflicts} - expected_conflicts
    if wrong:
        failures.append(f"extracted history: conflicts the gold does not hold: {sorted(wrong)}")
    matched = sum(1 for e in from_text.entries if _entry_key(e) in facts)
    print(f"extracted: {len(from_text.entries)} entries, {matched} match gold facts "
          f"({matched / max(1, len(facts)):.2f} of them), {len(doubled)} duplicates, "
          f"{len(from_text.conflicts)} conflicts")
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
