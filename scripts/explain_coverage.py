"""Check that ``explain`` accounts for every grade word of the real seed and development
texts: each is inside a rating's evidence or has a named veto, none is "unreached"; and
that every figure's record (percentages, caseloads) says which step of attribution gave
its authority, date and measure.

usage: python scripts/explain_coverage.py [SHARED_DIR]     (exit 1 if a grade word is unreached
                                                            or a figure's value has no reason)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import ofsted_ie
from ofsted_ie.explanation import LATER_STEP

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else HERE.parent.parent / "shared"
    files = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "gold" / "dev").glob("*.txt"))
    if not files:
        print(f"no texts under {shared}: nothing to check")
        return 0
    outcomes: Counter[str] = Counter()
    guards: Counter[str] = Counter()
    unreached = []
    reasons = 0
    for path in files:
        explanation = ofsted_ie.explain(path.read_text(encoding="utf-8"))
        for m in (*explanation.of("figure"), *explanation.of("caseload")):
            for field, value, reason in m.why:
                reasons += 1
                if reason == LATER_STEP:
                    unreached.append(f"{path.name}:{m.start}: {m.text!r} {field} {value}: no step of attribution noted")
        for m in explanation.of("grade"):
            outcomes[m.outcome] += 1
            if m.guard:
                guards[m.guard] += 1
            if m.outcome == "unreached":
                unreached.append(f"{path.name}:{m.start}: {m.text!r}")
    print(f"{len(files)} texts, grade words: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"figures' authorities, dates and measures with their step of attribution: {reasons}")
    for guard, n in guards.most_common():
        print(f"  {n:4d}  {guard}")
    for line in unreached:
        print("unreached:", line)
    return 1 if unreached else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
