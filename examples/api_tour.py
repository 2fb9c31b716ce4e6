"""A short tour of the library API on the bundled example texts.

Run: python examples/api_tour.py
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import ofsted_ie

HERE = Path(__file__).resolve().parent


def main() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}

    # One text: a Document of typed, frozen records, each with its evidence span.
    name, text = next(iter(texts.items()))
    doc = ofsted_ie.extract(text, id=name)
    for rating in doc.ratings:
        evidence = text[rating.start : rating.end]
        print(f"{rating.authority}: {rating.grade} ({rating.judgement}, {rating.when}) <- {evidence!r}")

    # Many texts, in order, with two worker processes.
    for doc in ofsted_ie.extract_many(texts.values(), ids=texts.keys(), jobs=2):
        print(doc.id, [a.name for a in doc.authorities], len(doc.quotes), "quotes")

    # A text with no dateline: relative dates resolve against a date you give.
    doc = ofsted_ie.extract("Kent was rated inadequate last August.", reference_date=dt.date(2020, 3, 1))
    print(json.dumps(doc.to_dict()["ratings"], indent=1))

    # A per-authority history of inspections and ratings, in date order.
    doc = ofsted_ie.extract(texts["roundup.txt"], id="roundup.txt")
    for event in doc.timeline("Sefton"):
        print(type(event).__name__, event.when, getattr(event, "grade", getattr(event, "kind", None)))


if __name__ == "__main__":
    main()
