"""Tests for ofsted_ie.dask through the example that uses it (examples/dask_pipeline.py):
on a local cluster of 2 worker processes it gives exactly what a serial run gives. Needs the ``dask`` extra; .ci/run
installs it and sets OFSTED_IE_REQUIRE_EXTRAS=1, so there it cannot be skipped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import ofsted_ie

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def example(require: Callable[[str, str], None], load_example: Callable[[str], ModuleType]) -> ModuleType:
    """examples/dask_pipeline.py, once the dask extra is known to be there."""
    require("distributed", "dask")
    return load_example("dask_pipeline")


def test_local_cluster_output_equals_a_serial_run(tmp_path: Path, example: ModuleType) -> None:
    """Every input file gives one JSON line, equal to extract() on it; an undecodable
    file is an error record."""
    from distributed import Client, LocalCluster

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "examples").glob("*.txt")):
        for copy in range(3):
            (corpus / f"{copy}-{path.name}").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "latin.txt").write_bytes("Kent caf\xe9".encode("latin-1"))
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        client.gather(client.compute(example.pipeline(str(corpus / "*.txt"), str(out), partitions=4)))
    lines = [json.loads(line) for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines()]
    got = {Path(d["id"]).name: d for d in lines}
    assert len(lines) == len(got) == len(list(corpus.iterdir()))
    for name, doc in got.items():
        if name == "latin.txt":
            assert "not UTF-8" in doc["error"]
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        assert doc == ofsted_ie.extract(text, id=doc["id"]).to_dict(), name


def test_the_example_script_runs_end_to_end(tmp_path: Path, example: ModuleType) -> None:
    """examples/dask_pipeline.py, as a user runs it (its own local cluster), writes a
    line per example text."""
    out = tmp_path / "out"
    assert example.main([str(ROOT / "examples" / "*.txt"), str(out), "--workers", "2", "--partitions", "2"]) == 0
    lines = [json.loads(line) for part in out.glob("part-*.jsonl") for line in part.read_text().splitlines()]
    assert sorted(Path(d["id"]).name for d in lines) == sorted(p.name for p in (ROOT / "examples").glob("*.txt"))
    assert all(d["error"] is None for d in lines)
    # every part is valid JSON Lines, concatenated too: each line, the last included, ends with a newline
    parts = [part.read_text() for part in sorted(out.glob("part-*.jsonl"))]
    assert all(text.endswith("\n") and "\n\n" not in text for text in parts if text)
    assert len("".join(parts).splitlines()) == len(lines)


def test_history_on_a_cluster_equals_the_serial_history(tmp_path: Path,
                                                        require: Callable[[str, str], None]) -> None:
    """``history_pipeline`` over 1 or 4 partitions on a local cluster gives the history of
    the same documents extracted in one process (each Document's id its path)."""
    require("distributed", "dask")
    from distributed import Client, LocalCluster

    from ofsted_ie.dask import history_pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "examples").glob("*.txt")):
        for copy in range(2):
            (corpus / f"{copy}-{path.name}").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    files = sorted(corpus.glob("*.txt"))
    serial = ofsted_ie.history(ofsted_ie.extract_many([p.read_text(encoding="utf-8") for p in files],
                                                      ids=[str(p) for p in files]))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        one, four = (client.compute(history_pipeline(str(corpus / "*.txt"), partitions=n)).result() for n in (1, 4))
    assert serial.entries and one == four == serial
    assert {s.doc for e in serial.entries for s in e.sources} <= {str(p) for p in files}
