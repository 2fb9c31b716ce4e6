"""Tests for ofsted_ie._parallel: a batch in worker processes loses no good document,
whatever kills a worker, and no worker outlives its parent."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import regex

import ofsted_ie
from ofsted_ie import Extractor, Rule
from ofsted_ie.context import Context

COUNCILS = ("Kent", "Surrey", "Devon", "Essex", "Leeds", "Wigan", "Hull", "Sefton")
GRADES = ("good", "outstanding", "inadequate")


def _kill_own_process(m: regex.Match[str], ctx: Context) -> None:
    """A build that kills its own worker process, as a crash in C code would."""
    os.kill(os.getpid(), signal.SIGKILL)


def _batch(size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(COUNCILS)} was rated '{rng.choice(GRADES)}' by Ofsted." for _ in range(size)]


def test_documents_that_kill_their_worker_fail_alone_in_a_large_batch() -> None:
    """In 1,000 documents, those whose rule kills its own worker (at random places) are
    error records; every other document is extracted once, in input order."""
    killer = Rule(name="ratings.killer", kind="ratings", pattern="KILLME", build=_kill_own_process)
    extractor = Extractor(rules=(*ofsted_ie.default_extractor().rules, killer))
    texts = _batch(1000, seed=1)
    culprits = set(random.Random(2).sample(range(1000), 6))
    for i in culprits:
        texts[i] = "KILLME " + texts[i]
    docs = list(extractor.extract_many(texts, jobs=2, chunksize=8))
    assert [d.id for d in docs] == [str(i) for i in range(1000)]
    assert {i for i, d in enumerate(docs) if d.error is not None} == culprits
    single = ofsted_ie.default_extractor()
    for i in sorted(set(range(0, 1000, 97)) - culprits):
        assert docs[i].ratings == single.extract(texts[i], id=str(i)).ratings


def test_workers_killed_from_outside_lose_no_document() -> None:
    """Workers killed from outside at random points of a 1,000-document batch cost
    nothing: every document is extracted once, in order, with no error."""
    texts = _batch(1000, seed=3)
    rng = random.Random(4)
    kill_at = set(rng.sample(range(50, 950), 5))
    docs = []
    for i, doc in enumerate(ofsted_ie.default_extractor().extract_many(texts, jobs=2, chunksize=4)):
        docs.append(doc)
        if i in kill_at:
            children = multiprocessing.active_children()
            if children:
                os.kill(rng.choice(children).pid or 0, signal.SIGKILL)
    assert [d.id for d in docs] == [str(i) for i in range(1000)]
    assert [d.error for d in docs] == [None] * 1000
    assert all(len(d.ratings) == 1 for d in docs)


_PARENT = textwrap.dedent(
    """
    import itertools, multiprocessing, sys, time
    import ofsted_ie

    def texts():
        for i in itertools.count():
            if i == 64:
                pids = [p.pid for p in multiprocessing.active_children()]
                print(" ".join(map(str, pids)), flush=True)
            yield "Kent was rated 'good'. " * 50

    for doc in ofsted_ie.default_extractor().extract_many(texts(), jobs=2, chunksize=4):
        time.sleep(0.001)
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead too: it only waits to be reaped by its (dead) parent's successor
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_die_with_a_killed_parent() -> None:
    """When the parent of a jobs=2 batch is killed (SIGKILL), its workers die too
    instead of living on holding the output pipes."""
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    try:
        assert workers and all(_alive(p) for p in workers)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(p) for p in workers)
    finally:  # no orphan outlives a failing run
        parent.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_an_unguarded_script_under_spawn_and_forkserver(tmp_path: Path, method: str) -> None:
    """A script that calls ``extract_many(jobs=2)`` at its top level, as the tour does,
    with no ``if __name__ == "__main__":`` guard, extracts every document under the
    'spawn' and 'forkserver' start methods: the workers do not run the script again."""
    script = tmp_path / "analysis.py"
    script.write_text(
        "import json, multiprocessing\n"
        f"multiprocessing.set_start_method({method!r}, force=True)\n"
        "import ofsted_ie\n"
        "texts = [\"Kent was rated 'good'.\", \"Surrey was rated 'inadequate'.\"] * 4\n"
        "docs = list(ofsted_ie.extract_many(texts, jobs=2))\n"
        "print(json.dumps([[d.error, [r.authority for r in d.ratings]] for d in docs]))\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.splitlines()[-1]) == [[None, ["Kent"]], [None, ["Surrey"]]] * 4
    assert "Traceback" not in out.stderr
