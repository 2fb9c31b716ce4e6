"""Check that no text from the project's real articles was pasted into the repository.

Tests, docs and examples must use sentences their authors invented; the real articles in
``../shared`` (seeds, development set, corpus) are for evaluation only. This scans every
string literal of the package, tests, benchmarks and scripts, and every text, Markdown
and example file, for a run of ``WINDOW`` characters that also stands in an article
(quotes and spaces normalised) but in none of the domain references (``../shared/domain``
and ``../shared/spec``: framework headings and vocabulary are not article text), and for
the name of any person the gold records (people and quote speakers): examples name
invented people.

usage: python scripts/no_article_text.py [SHARED_DIR]      (exit 1 when text is found)
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOW = 40
STEP = 4
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES))


def _corpus(folders: list[Path]) -> str:
    return "\n".join(_norm(p.read_text(encoding="utf-8", errors="replace")) for f in folders if f.is_dir()
                     for p in sorted(f.rglob("*")) if p.is_file() and p.suffix in (".txt", ".md", ".csv"))


def _gold_names(folders: list[Path]) -> set[str]:
    """Names of two words or more the gold records as people or quote speakers."""
    names: set[str] = set()
    for path in (p for f in folders if f.is_dir() for p in sorted(f.glob("*.json"))):
        doc = json.loads(path.read_text(encoding="utf-8"))
        names.update(r["name"] for r in doc.get("people", []) if isinstance(r.get("name"), str))
        names.update(r["speaker"] for r in doc.get("quotes", []) if isinstance(r.get("speaker"), str))
    return {n for n in names if len(n.split()) >= 2 and n[0].isupper()}


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    if path.suffix == ".py":
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.lineno, node.value
    else:
        yield from enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)


def _files() -> Iterator[Path]:
    for folder in ("ofsted_ie", "tests", "benchmarks", "scripts", "examples"):
        yield from sorted(p for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".txt", ".md"))
    yield ROOT / "README.md"
    yield ROOT / "CHANGELOG.md"


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else ROOT.parent / "shared"
    articles = _corpus([shared / "seeds", shared / "gold" / "dev", shared / "corpus"])
    references = _corpus([shared / "domain", shared / "spec"])
    if not articles:
        print(f"no articles under {shared}: nothing to check")
        return 0
    names = {n for n in _gold_names([shared / "gold" / "seeds", shared / "gold" / "dev"]) if n not in references}
    found = 0
    for path in _files():
        if path.resolve() == Path(__file__).resolve():
            continue
        for line, value in _strings(path):
            text = _norm(value)
            for name in sorted(n for n in names if n in text):
                print(f"{path.relative_to(ROOT)}:{line}: a person from an article: {name!r}")
                found += 1
            for i in range(0, max(len(text) - WINDOW, 0) + 1, STEP):
                chunk = text[i : i + WINDOW]
                if len(chunk) == WINDOW and chunk in articles and chunk not in references:
                    print(f"{path.relative_to(ROOT)}:{line}: article text: {chunk!r}")
                    found += 1
                    break
    print(f"{found} strings hold article text")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
