"""Dask integration: extraction over many texts on a Dask cluster (the ``dask`` extra).

``pipeline(source, output)`` builds the lazy computation: it lists the files a glob
names (local, or object storage through fsspec: ``s3://`` with s3fs, ``gs://`` with
gcsfs), reads them on the workers a partition at a time, extracts each with the
default extractor (built once per worker process) and writes one ``part-N.jsonl``
file per partition, one Document per line as ``ofsted-ie extract`` writes them. A
file that cannot be read or decoded becomes an error record, never a failed task.
``history_pipeline(source)`` builds the same extraction into one ``History`` instead:
each partition's documents become a partial history on its worker, and the partials
merge (an associative, commutative merge) into the history a serial run gives.
It lives in the package, not in a script, so that workers can import its functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import dask.bag as db
import fsspec

from . import extract_many
from .history import History
from .records import Document
from .rule import FailedInput

__all__ = ["extract_partition", "history_partition", "history_pipeline", "pipeline", "read"]


def read(open_file: Any) -> tuple[str, str | FailedInput]:
    """A file's path and text (UTF-8), or the reason it could not be had."""
    try:
        with open_file as f:
            data = f.read()
    except OSError as exc:
        return str(open_file.path), FailedInput(f"cannot read: {exc}")
    try:
        return str(open_file.path), data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return str(open_file.path), FailedInput(f"not UTF-8 text: {exc}")


def _documents(items: Iterable[tuple[str, str | FailedInput]]) -> Iterator[Document]:
    """The Documents of one partition's ``(path, text)`` pairs, in order, ids their paths."""
    pairs = list(items)
    return extract_many((text for _, text in pairs), ids=(path for path, _ in pairs))


def _files(source: str, partitions: int | None) -> db.Bag:
    """A bag of the ``(path, text)`` pairs of the files ``source`` names."""
    files = fsspec.open_files(source, mode="rb")
    if not files:
        raise FileNotFoundError(f"no files match {source!r}")
    bag: db.Bag = db.from_sequence(files, npartitions=partitions or min(len(files), 64)).map(read)
    return bag


def extract_partition(items: Iterable[tuple[str, str | FailedInput]]) -> list[str]:
    """The JSON lines of the Documents of one partition's ``(path, text)`` pairs, in
    order, as one string in which every line ends with a newline (dask writes a bag's
    items joined by newlines, with none after the last: one item keeps the file valid
    JSON Lines, ``cat part-*.jsonl`` included)."""
    return ["".join(json.dumps(doc.to_dict(), ensure_ascii=True, allow_nan=False) + "\n" for doc in _documents(items))]


def history_partition(items: Iterable[tuple[str, str | FailedInput]]) -> History:
    """The history of one partition's ``(path, text)`` pairs, each Document's id its path."""
    return History.merge(*(History.of(doc) for doc in _documents(items)))


def _merged(histories: Iterable[History]) -> History:
    return History.merge(*histories)


def history_pipeline(source: str, *, partitions: int | None = None) -> Any:
    """The lazy computation of the ``History`` of every file ``source`` names.

    Args:
        source: a glob fsspec understands ("corpus/**/*.txt", "s3://bucket/articles/*.txt").
        partitions: how many partitions (default: one per file, at most 64).

    Returns:
        A ``dask`` delayed item: ``.compute()`` (or ``client.compute``) gives the
        ``History``, equal to ``ofsted_ie.history`` of the same documents in one process.

    Raises:
        FileNotFoundError: the glob names no file.
    """
    return _files(source, partitions).reduction(history_partition, _merged)


def pipeline(source: str, output: str, *, partitions: int | None = None) -> list[Any]:
    """The lazy computation that extracts from every file ``source`` names into ``output``.

    Args:
        source: a glob fsspec understands ("corpus/**/*.txt", "s3://bucket/articles/*.txt").
        output: a folder, local or on object storage, for the ``part-N.jsonl`` files.
        partitions: how many partitions (default: one per file, at most 64).

    Returns:
        ``dask.delayed`` objects, one per output file: ``dask.compute(*result)`` or
        ``client.compute(result)`` runs them.

    Raises:
        FileNotFoundError: the glob names no file.
    """
    lines = _files(source, partitions).map_partitions(extract_partition)
    result: list[Any] = lines.to_textfiles(output.rstrip("/") + "/part-*.jsonl", name_function=str, compute=False)
    return result
