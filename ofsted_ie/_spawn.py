"""Worker processes started without running the caller's script again (the 'spawn' and
'forkserver' start methods), when nothing sent to them lives in the main module."""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import sys
from collections.abc import Iterator

__all__ = ["needs_main", "without_main"]


def needs_main(extract_one: object) -> bool:
    """Whether what the workers receive refers to the main module (a rule of the script's)."""
    return b"__main__" in pickle.dumps(extract_one)


@contextlib.contextmanager
def without_main(needs_main: bool) -> Iterator[None]:
    """Start worker processes without running the caller's script again. Under the
    'spawn' and 'forkserver' start methods a new process imports the parent's main
    module; a script that calls ``extract_many(jobs=2)`` at its top level, with no ``if
    __name__ == "__main__":`` guard, would then start workers from each worker and fail.
    When nothing the workers receive lives in ``__main__`` (no custom rule defined in
    the script), they need not import it, so the main module's name and path are hidden
    while they start."""
    main = sys.modules.get("__main__")
    if (main is None or multiprocessing.get_start_method() == "fork"
            or not (getattr(main, "__file__", None) or getattr(main, "__spec__", None))
            or needs_main):
        yield
        return
    saved: dict[str, object] = {key: main.__dict__[key] for key in ("__file__", "__spec__") if key in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)
