"""Extraction in worker processes: the pool, each worker's one extractor, crash
isolation (a dying worker costs only its own document), workers that die with their
parent, and interrupts (the parent decides what Ctrl-C means).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import itertools
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures.process import BrokenProcessPool

from ._spawn import needs_main, without_main
from .records import Document
from .rule import FailedInput

__all__ = ["extract_parallel"]

#: Texts (or failures to read them) with their ids, as sent to a worker process.
_Chunk = list[tuple["str | FailedInput", "str | None"]]
#: Extracts one text (or reports its failure) as a Document, never raising: a bound
#: method of an extractor, which pickles with it.
ExtractOne = Callable[[object, "str | None", "dt.date | None"], Document]
#: How often a document whose worker died is run again, alone, before its death is
#: taken to be its own doing (a worker may also die of something else: a kill from
#: outside, the machine's memory).
_SOLO_TRIES = 2


class _Pool:
    """A process pool that is started again when a worker's death breaks it."""

    def __init__(self, extract_one: ExtractOne, jobs: int) -> None:
        self._extract_one, self._jobs, self._needs_main = extract_one, jobs, needs_main(extract_one)
        self._pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(
            max_workers=self._jobs, initializer=_worker_init, initargs=(self._extract_one, os.getpid())
        )

    def submit(self, chunk: _Chunk, reference_date: dt.date | None) -> cf.Future[list[Document]] | None:
        """The chunk's future; ``None`` if the pool is broken (its chunk is then rerun)."""
        with contextlib.suppress(BrokenProcessPool, RuntimeError), without_main(self._needs_main):  # it may start a worker
            return self._pool.submit(_worker_run, chunk, reference_date)
        return None

    def restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop at once: queued work is dropped and the workers are killed, not awaited
        (a worker may be in the middle of a long document)."""
        processes = list(getattr(self._pool, "_processes", {}).values())  # CPython keeps them here
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, AttributeError):
                process.kill()
        for process in processes:
            with contextlib.suppress(OSError, AttributeError, ValueError):
                process.join(timeout=1)


def extract_parallel(
    extract_one: ExtractOne,
    items: Iterator[tuple[str | FailedInput, str | None]],
    reference_date: dt.date | None,
    jobs: int,
    chunksize: int,
) -> Generator[Document, None, None]:
    """Extract ``items`` in ``jobs`` worker processes, yielding Documents in input order.

    A worker that dies (killed, a crash in C code) takes its pool with it: a new pool
    takes the chunks still to come, and the lost chunk's documents are run each in a
    process of its own, so that only a document that kills its worker becomes an error
    record, and every other one is yielded once, in order.
    """
    chunks = iter(lambda: list(itertools.islice(items, chunksize)), [])
    pool = _Pool(extract_one, jobs)
    try:
        pending: deque[tuple[_Chunk, cf.Future[list[Document]] | None]] = deque(
            (chunk, pool.submit(chunk, reference_date)) for chunk in itertools.islice(chunks, jobs * 4)
        )
        while pending:
            chunk, future = pending.popleft()
            chunk_docs: list[Document] | None = None
            if future is not None:
                with contextlib.suppress(BrokenProcessPool):
                    chunk_docs = future.result()
            if chunk_docs is None:
                pool.restart()
                pending = deque((c, pool.submit(c, reference_date)) for c, _ in pending)
                chunk_docs = [_extract_alone(extract_one, text, doc_id, reference_date) for text, doc_id in chunk]
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(nxt, reference_date)))
            yield from chunk_docs
    except BaseException:
        # a consumer that stops early or is interrupted waits for no work in progress
        pool.terminate()
        raise
    pool.shutdown()


def _extract_alone(
    extract_one: ExtractOne, text: str | FailedInput, doc_id: str | None, reference_date: dt.date | None
) -> Document:
    """Extract one text in a worker process of its own; its death, every time it is
    tried, is its Document's error."""
    error = ""
    for _ in range(_SOLO_TRIES):
        with without_main(needs_main(extract_one)), cf.ProcessPoolExecutor(
            max_workers=1, initializer=_worker_init, initargs=(extract_one, os.getpid())
        ) as solo:
            try:
                return solo.submit(_worker_run, [(text, doc_id)], reference_date).result()[0]
            except BrokenProcessPool as exc:
                error = f"worker failed: {exc}"
    return Document(id=doc_id, error=error)


# Worker processes of ``extract_many(jobs>1)`` each receive the extractor once, at
# start-up, instead of with every chunk (unpickling recompiles every rule). This
# per-process slot is written only by the pool initializer.
_worker_state: dict[str, ExtractOne] = {}  # noqa: RUF012 - one slot per worker process


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (Linux), so that no worker
    outlives a parent killed by SIGTERM or SIGKILL, holding its output pipes open."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # a fork server's child, or the parent died before the request took effect
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


def _worker_init(extract_one: ExtractOne, parent: int) -> None:
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent decides what an interrupt
    # means, and shuts the workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_state["extract_one"] = extract_one


def _worker_run(chunk: _Chunk, reference_date: dt.date | None) -> list[Document]:
    extract_one = _worker_state["extract_one"]
    return [extract_one(text, doc_id, reference_date) for text, doc_id in chunk]
