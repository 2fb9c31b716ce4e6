"""Check that ``explain`` accounts for every grade word of the real seed and development
texts: each is inside a rating's evidence or has a named veto, none is "unreached".

usage: python scripts/explain_coverage.py [SHARED_DIR]     (exit 1 if a grade word is unreached)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import ofsted_ie

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
    for path in files:
        for m in ofsted_ie.explain(path.read_text(encoding="utf-8")).of("grade"):
            outcomes[m.outcome] += 1
            if m.guard:
                guards[m.guard] += 1
            if m.outcome == "unreached":
                unreached.append(f"{path.name}:{m.start}: {m.text!r}")
    print(f"{len(files)} texts, grade words: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    for guard, n in guards.most_common():
        print(f"  {n:4d}  {guard}")
    for line in unreached:
        print("unreached:", line)
    return 1 if unreached else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
