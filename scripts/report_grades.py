"""Score the judgement grades read from real Ofsted report PDFs against a record of them.

For each report in the record (a CSV: ``file`` and one column per judgement, grades as
written, e.g. "requires improvement"), the current ratings ``extract_pdf`` gives for each
judgement must be exactly the recorded grade: one grade, ``current``, dated. Prints the
count right per judgement and every miss; exit 1 if any.

usage: python scripts/report_grades.py RECORD.csv [PDF_DIR] [--corrections FILE.csv]
(PDF_DIR: default beside the record; corrections: ``file,judgement,grade,why`` rows that
replace the record's grade where the report itself says otherwise, each with its reason)
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import ofsted_ie

_JUDGEMENTS = ("overall", "leadership", "help_and_protection", "children_in_care", "care_leavers", "adoption", "lscb")
#: Record values that say the report gives no grade for that judgement.
_NONE = {"", "inspection_pre_dates_judgement", "none", "n/a"}


def _grade(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("requires improvement"):
        return "requires_improvement"
    return value.replace(" ", "_")


def main(argv: list[str]) -> int:
    corrections: dict[tuple[str, str], str] = {}
    if "--corrections" in argv:
        k = argv.index("--corrections")
        with Path(argv[k + 1]).open(newline="", encoding="utf-8") as f:
            corrections = {(c["file"], c["judgement"]): c["grade"] for c in csv.DictReader(f)}
        argv = argv[:k] + argv[k + 2 :]
    if not argv:
        print(__doc__)
        return 2
    record = Path(argv[0])
    folder = Path(argv[1]) if len(argv) > 1 else record.parent
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    with record.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row.update({j: g for (name, j), g in corrections.items() if name == row["file"]})
    for row in rows:
        doc = ofsted_ie.extract_pdf(folder / row["file"], id=row["file"])
        if doc.error:
            misses.append(f"{row['file']}: error {doc.error}")
            continue
        current: dict[str, set[str]] = {}
        for r in doc.ratings:
            if r.current:
                current.setdefault(r.judgement, set()).add(r.grade)
        # the inspection's own year: the latest year a dated inspection of the report has
        years = [i.when[:4] for i in doc.inspections if i.when and i.kind == "inspection"]
        year = max(years) if years else None
        undated = sorted({r.judgement for r in doc.ratings if r.current and (not r.when or r.when[:4] != year)})
        for judgement in _JUDGEMENTS:
            if judgement not in row:
                continue
            want = set() if row[judgement].strip().lower() in _NONE else {_grade(row[judgement])}
            total[judgement] += 1
            got = current.get(judgement, set())
            if got == want and judgement not in undated:
                right[judgement] += 1
            else:
                misses.append(f"{row['file']}: {judgement}: got {sorted(got) or '-'}, record {sorted(want) or '-'}"
                              + (f" (not dated {year})" if judgement in undated else ""))
    print(f"{len(rows)} reports: " + ", ".join(f"{j} {right[j]}/{total[j]}" for j in _JUDGEMENTS if total[j]))
    for line in misses:
        print("  miss:", line)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
