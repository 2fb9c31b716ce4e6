"""Snapshot the extractor's output on real and generated texts, or compare two snapshots.

A refactor that must not change behaviour is checked with it: snapshot before, snapshot
after, compare. Real texts are every ``*.txt`` under the folders given (by default the
project's ``../shared`` seeds, development set and corpus, when present); generated texts
are ``ofsted_ie.strategies.articles()`` drawn with hypothesis derandomised, so the same
code draws the same articles. With ``--pdf DIR`` every ``*.pdf`` under DIR is extracted too
(``extract_pdf``, the ``pdf`` extra); ``check`` re-extracts those from their paths.

usage:
    python scripts/same_outputs.py snapshot OUT.jsonl [--generated 2000] [--pdf DIR] [DIR ...]
    python scripts/same_outputs.py compare BEFORE.jsonl AFTER.jsonl
    python scripts/same_outputs.py check BEFORE.jsonl     (re-extract BEFORE's texts now)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = (HERE.parent.parent / "shared" / "seeds", HERE.parent.parent / "shared" / "gold" / "dev",
                HERE.parent.parent / "shared" / "corpus", HERE.parent / "examples")


def generated(count: int) -> list[str]:
    """``count`` articles from ``ofsted_ie.strategies.articles()``, the same on every run."""
    from hypothesis import HealthCheck, Phase, given, settings

    from ofsted_ie.strategies import articles

    out: list[str] = []

    @settings(derandomize=True, database=None, max_examples=count, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(articles())
    def collect(case: object) -> None:
        if len(out) < count:
            out.append(case.text)  # type: ignore[attr-defined]

    collect()
    return out


def texts(dirs: Sequence[Path], count: int) -> Iterator[tuple[str, str]]:
    for d in dirs:
        for path in sorted(d.rglob("*.txt")):
            yield str(path.relative_to(d.parent)), path.read_text(encoding="utf-8")
    for i, text in enumerate(generated(count)):
        yield f"generated/{i}", text


def snapshot(out: Path, dirs: Sequence[Path], count: int, pdf: Path | None = None) -> int:
    import ofsted_ie

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for doc_id, text in texts(dirs, count):
            doc = ofsted_ie.extract(text, id=doc_id)
            f.write(json.dumps({"text": text, "doc": doc.to_dict()}, sort_keys=True, ensure_ascii=False) + "\n")
            n += 1
        for path in sorted(pdf.rglob("*.pdf")) if pdf else ():
            doc = ofsted_ie.extract_pdf(path, id=str(path))
            f.write(json.dumps({"pdf": str(path), "doc": doc.to_dict()}, sort_keys=True, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} documents written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    a = [json.loads(line) for line in before.open(encoding="utf-8")]
    b = [json.loads(line) for line in after.open(encoding="utf-8")]
    if len(a) != len(b):
        print(f"different numbers of documents: {len(a)} and {len(b)}")
        return 1
    differ = [x["doc"]["id"] for x, y in zip(a, b, strict=True) if x != y]
    for doc_id in differ[:50]:
        print("differs:", doc_id)
    print(f"{len(a)} documents, {len(differ)} differ")
    return 1 if differ else 0


def check(before: Path) -> int:
    import ofsted_ie

    n = 0
    differ: list[str] = []
    for line in before.open(encoding="utf-8"):
        row = json.loads(line)
        if "pdf" in row:
            doc = ofsted_ie.extract_pdf(Path(row["pdf"]), id=row["doc"]["id"])
        else:
            doc = ofsted_ie.extract(row["text"], id=row["doc"]["id"])
        now = json.loads(json.dumps(doc.to_dict(), sort_keys=True, ensure_ascii=False))
        n += 1
        if now != row["doc"]:
            differ.append(row["doc"]["id"])
    for doc_id in differ[:50]:
        print("differs:", doc_id)
    print(f"{n} documents, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("dirs", type=Path, nargs="*")
    snap.add_argument("--generated", type=int, default=2000)
    snap.add_argument("--pdf", type=Path, metavar="DIR", help="also every *.pdf under DIR (extract_pdf)")
    comp = sub.add_parser("compare")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    chk = sub.add_parser("check")
    chk.add_argument("before", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        dirs = args.dirs or [d for d in DEFAULT_DIRS if d.is_dir()]
        return snapshot(args.out, dirs, args.generated, args.pdf)
    if args.command == "check":
        return check(args.before)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
