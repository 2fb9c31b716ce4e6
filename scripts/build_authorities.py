"""Rebuild ``ofsted_ie/data/authorities.csv`` from the researched reference list.

Usage: python scripts/build_authorities.py [SOURCE_CSV]

SOURCE_CSV defaults to ``../shared/domain/authorities.csv``. The script keeps the
columns the library uses, checks every row (GSS code shape and prefix against the
authority type, unique current names, dates in ISO form), adds the names of the
companies that deliver some councils' children's services as aliases (news names them
in the council's place) and writes the packaged copy. It refuses to write when a check
fails.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

COLUMNS = ("name", "gss_code", "region", "type", "active_from", "active_to", "aliases", "previous_gss_codes", "dfe_la_code")
#: Companies that run a council's children's services under a name without the
#: council's (``frameworks.md`` section 8); one serving several councils is an ambiguous
#: form, resolved by the text naming one of them. Names with the council's own name in
#: them ("Birmingham Children's Trust") need nothing: the gazetteer finds the council.
DELIVERY_BODIES = {
    "Reading": ("Brighter Futures for Children",),
    "Sunderland": ("Together for Children",),
    "Kingston upon Thames": ("Achieving for Children",),
    "Richmond upon Thames": ("Achieving for Children",),
    "Windsor and Maidenhead": ("Achieving for Children",),
}
PREFIX_BY_TYPE = {"unitary": "E06", "metropolitan district": "E08", "London borough": "E09", "county": "E10"}


def check(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    current: dict[str, int] = {}
    codes: dict[str, str] = {}
    for row in rows:
        name, code, kind = row["name"], row["gss_code"], row["type"]
        if code:
            if not re.fullmatch(r"E(?:06|08|09|10)\d{6}", code):
                problems.append(f"{name}: bad GSS code {code!r}")
            elif PREFIX_BY_TYPE.get(kind) and not code.startswith(PREFIX_BY_TYPE[kind]):
                problems.append(f"{name}: code {code} does not fit type {kind!r}")
            if code in codes:
                problems.append(f"{name}: code {code} also used by {codes[code]}")
            codes[code] = name
        for col in ("active_from", "active_to"):
            if row[col] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[col]):
                problems.append(f"{name}: {col} {row[col]!r} is not an ISO date")
        if not row["active_to"]:
            current[name] = current.get(name, 0) + 1
    problems += [f"{n}: {c} current rows" for n, c in current.items() if c > 1]
    return problems


def main(argv: list[str]) -> int:
    source = Path(argv[1] if len(argv) > 1 else "../shared/domain/authorities.csv")
    with source.open(newline="", encoding="utf-8") as f:
        rows = [{c: (r.get(c) or "").strip() for c in COLUMNS} for r in csv.DictReader(f)]
    for row in rows:
        extra = [a for a in DELIVERY_BODIES.get(row["name"], ()) if a not in row["aliases"].split(";")]
        row["aliases"] = ";".join(filter(None, [row["aliases"], *extra]))
    problems = check(rows)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    target = Path(__file__).resolve().parent.parent / "ofsted_ie" / "data" / "authorities.csv"
    with target.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
