"""Results are a function of the text alone: the same texts give the same records run
serially, in 8 threads, and through the CLI with worker processes on a machine whose
CPU other processes saturate."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

import ofsted_ie
from ofsted_ie.gazetteer import load_gazetteer
from ofsted_ie.strategies import Generated, articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ROWS = 152


def workforce_table(rows: int) -> str:
    """A tab-separated table of ``rows`` councils under four figure columns."""
    names = sorted(load_gazetteer().names)
    lines = ["Local authority\tVacancy rate\tAgency staff\tTurnover\tAverage caseload"]
    for i in range(rows):
        lines.append(f"{names[i % len(names)]}\t{i % 40}.{i % 10}%\t{(i * 7) % 30}.5%\t{(i * 3) % 25}%\t{10 + i % 15}")
    return "\n".join(lines) + "\n"


def generated_articles(count: int) -> list[str]:
    """``count`` generated articles, the same on every run."""
    out: list[str] = []

    @settings(derandomize=True, database=None, max_examples=count, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(articles())
    def collect(case: Generated) -> None:
        if len(out) < count:
            out.append(case.text)

    collect()
    return out


def _texts() -> tuple[list[str], int]:
    """The 40 texts, and where the table stands among them."""
    real = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return [*real, workforce_table(ROWS), *generated_articles(40 - len(real) - 1)], len(real)


def _without_id(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "id"}


def _burn(seconds: float) -> None:
    """Keep one core busy."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_serial_threads_and_loaded_cli_give_the_same_records(tmp_path: Path) -> None:
    """40 texts (the bundled examples, a 152-row table, generated articles) give
    identical Documents serially, from 8 threads, and through ``ofsted-ie extract
    --jobs 2`` while two other processes keep both cores busy; the table gives every
    row's figures with its column's measure each time."""
    texts, table_at = _texts()
    assert len(texts) == 40
    serial = [ofsted_ie.extract(t).to_dict() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        threaded = [d.to_dict() for d in pool.map(ofsted_ie.extract, texts)]
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    burners = [multiprocessing.Process(target=_burn, args=(120,)) for _ in range(2)]
    for b in burners:
        b.start()
    try:
        run = subprocess.run([sys.executable, "-m", "ofsted_ie", "extract", str(tmp_path), "--jobs", "2"],
                             capture_output=True, text=True, timeout=600, check=False)
    finally:
        for b in burners:
            b.terminate()
            b.join()
    assert run.returncode == 0, run.stderr
    loaded = [json.loads(line) for line in run.stdout.splitlines()]
    assert [_without_id(d) for d in threaded] == [_without_id(d) for d in serial]
    assert [_without_id(d) for d in loaded] == [_without_id(d) for d in serial]
    assert all(not d["warnings"] for d in serial)
    for table in (serial[table_at], threaded[table_at], loaded[table_at]):
        measures = Counter(p["measure"] for p in table["percentages"])
        assert measures == {"vacancy_rate": ROWS, "agency_staff": ROWS, "turnover": ROWS}
        assert len({p["authority"] for p in table["percentages"]}) == ROWS
        assert Counter(c["statistic"] for c in table["caseloads"]) == {"average": ROWS}
