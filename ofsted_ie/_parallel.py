"""Extraction in worker processes: the pool, each worker's one extractor, crash
isolation (a dying worker costs only its own document) and interrupts (the parent
decides what Ctrl-C means).
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import itertools
import signal
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool

from .records import Document
from .rule import FailedInput

__all__ = ["extract_parallel"]

#: Texts (or failures to read them) with their ids, as sent to a worker process.
_Chunk = list[tuple["str | FailedInput", "str | None"]]
#: Extracts one text (or reports its failure) as a Document, never raising: a bound
#: method of an extractor, which pickles with it.
ExtractOne = Callable[[object, "str | None", "dt.date | None"], Document]


def extract_parallel(
    extract_one: ExtractOne,
    items: Iterator[tuple[str | FailedInput, str | None]],
    reference_date: dt.date | None,
    jobs: int,
    chunksize: int,
) -> Iterator[Document]:
    """Extract ``items`` in ``jobs`` worker processes, yielding Documents in input order.

    A worker that dies (killed, a crash in C code) takes its pool with it: a new pool
    takes the chunks still to come, and the lost chunk's documents are run each in a
    process of its own, so that only the culprit becomes an error record.
    """
    chunks = iter(lambda: list(itertools.islice(items, chunksize)), [])
    pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(extract_one,))
    try:
        pending: list[tuple[_Chunk, cf.Future[list[Document]]]] = []
        for chunk in itertools.islice(chunks, jobs * 4):
            pending.append((chunk, pool.submit(_worker_run, chunk, reference_date)))
        while pending:
            chunk, future = pending.pop(0)
            try:
                chunk_docs = future.result()
            except BrokenProcessPool:
                # A worker died (killed, a crash in C code), and with it the pool:
                # start a new one for the chunks still to come, and run this chunk's
                # documents each in a process of its own, so that only the culprit fails.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(extract_one,))
                pending = [(c, pool.submit(_worker_run, c, reference_date)) for c, _ in pending]
                chunk_docs = [_extract_alone(extract_one, text, doc_id, reference_date) for text, doc_id in chunk]
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_worker_run, nxt, reference_date)))
            yield from chunk_docs
    finally:
        # a consumer that stops early (or is interrupted) does not wait for queued work
        pool.shutdown(wait=True, cancel_futures=True)

def _extract_alone(extract_one: ExtractOne, text: str | FailedInput, doc_id: str | None, reference_date: dt.date | None) -> Document:
    """Extract one text in a worker process of its own; its death is its Document's error."""
    with cf.ProcessPoolExecutor(max_workers=1, initializer=_worker_init, initargs=(extract_one,)) as solo:
        try:
            return solo.submit(_worker_run, [(text, doc_id)], reference_date).result()[0]
        except BrokenProcessPool as exc:
            return Document(id=doc_id, error=f"worker failed: {exc}")


# Worker processes of ``extract_many(jobs>1)`` each receive the extractor once, at
# start-up, instead of with every chunk (unpickling recompiles every rule). This
# per-process slot is written only by the pool initializer.
_worker_state: dict[str, ExtractOne] = {}  # noqa: RUF012 - one slot per worker process


def _worker_init(extract_one: ExtractOne) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what an interrupt
    # means, and shuts the workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_state["extract_one"] = extract_one


def _worker_run(chunk: _Chunk, reference_date: dt.date | None) -> list[Document]:
    extract_one = _worker_state["extract_one"]
    return [extract_one(text, doc_id, reference_date) for text, doc_id in chunk]

