"""A progress line on a terminal for long runs: documents done, of how many, and the rate.

No dependency: it writes a carriage-returned line to a stream (stderr by default) at most
a few times a second. It only shows what was done; what is extracted never depends on it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, Final, TypeVar

__all__ = ["progress"]

_T = TypeVar("_T")
#: Seconds between two updates of the line.
_EVERY: Final = 0.2


def progress(items: Iterable[_T], total: int | None = None, *, stream: IO[str] | None = None,
             unit: str = "documents") -> Iterator[_T]:
    """Yield ``items`` unchanged, writing "12/2,000 documents, 35/s" to ``stream`` as they go.

    Args:
        items: what to count (Documents, say).
        total: how many there will be, if known.
        stream: where to write; stderr by default.
        unit: what the items are called on the line.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> list(progress(["a", "b"], total=2, stream=out))
        ['a', 'b']
        >>> out.getvalue().splitlines()[-1].split(",")[0].strip()
        '2/2 documents'
    """
    out = sys.stderr if stream is None else stream
    start = last = time.monotonic()
    of = f"/{total:,}" if total is not None else ""

    def show(done: int, now: float) -> None:
        out.write(f"\r{done:,}{of} {unit}, {done / max(now - start, 1e-9):,.0f}/s ")
        out.flush()

    done = 0
    for done, item in enumerate(items, 1):  # noqa: B007 - the count outlives the loop
        now = time.monotonic()
        if now - last >= _EVERY:
            last = now
            show(done, now)
        yield item
    if done:  # the final count, whatever was last shown
        show(done, time.monotonic())
        out.write("\n")
        out.flush()
