"""The ``ofsted-ie history`` command's arguments and output formats (``cli.py`` reads the
inputs and runs it).

Formats are functions in ``FORMATS``, from the history and the entries to show to the
output text (``html``: ``history_html.render_history_html``'s timeline page); one added
there becomes a ``--format`` choice.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from .history import ROW_COLUMNS, Entry, History
from .history_html import render_history_html
from .tables import inert_cell

__all__ = ["FORMATS", "add_parser", "render"]


def _jsonl(history: History, entries: Sequence[Entry]) -> str:
    """One line per authority: its entries (with their sources) and conflicts."""
    lines = []
    for authority in sorted({e.authority for e in entries}):
        line = {"authority": authority,
                "entries": [e.to_dict() for e in entries if e.authority == authority],
                "conflicts": [c.to_dict() for c in history.conflicts if c.authority == authority]}
        lines.append(json.dumps(line, ensure_ascii=True, allow_nan=False) + "\n")
    return "".join(lines)


def _csv(history: History, entries: Sequence[Entry]) -> str:
    """A header, then one row per entry (``ROW_COLUMNS``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROW_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in history.rows(entries):
        writer.writerow({k: inert_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _table(history: History, entries: Sequence[Entry]) -> str:
    """Aligned columns for reading, one line per entry; conflicts listed after."""
    shown = ("authority", "kind", "judgement", "grade", "when", "current", "conflict", "sources", "doc_ids")
    rows = [[("" if v is None else str(v)) for v in (row[k] for k in shown)] for row in history.rows(entries)]
    widths = [max([len(k)] + [len(r[i]) for r in rows]) for i, k in enumerate(shown)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [list(shown), *rows]]
    named = {e.authority for e in entries}
    lines.extend(f"conflict: {c.authority} {c.judgement} {c.when or 'undated'} ({c.reason}): "
                 f"{', '.join(c.grades)} in {', '.join(c.doc_ids)}"
                 for c in history.conflicts if c.authority in named)
    return "\n".join(lines) + "\n"


#: --format name -> the output of a history and the entries to show.
FORMATS: Final[Mapping[str, Callable[[History, Sequence[Entry]], str]]] = {
    "jsonl": _jsonl, "csv": _csv, "table": _table,
    "html": lambda history, entries: render_history_html(history, entries=entries),
}


def render(history: History, fmt: str, *, authority: str | None = None, as_of: str | None = None) -> str:
    """The output of ``history`` in a format: every entry, or with ``as_of`` the rating
    entries current at that date; with ``authority``, that authority's alone."""
    entries: Sequence[Entry] = history.entries if as_of is None else history.standings(as_of=as_of)
    if authority is not None:
        entries = [e for e in entries if e.authority == authority]
    return FORMATS[fmt](history, entries)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], max_bytes: int,
               date: Callable[[str], object]) -> None:
    """Add the ``history`` command to the CLI's subcommands."""
    his = sub.add_parser("history", help="each authority's timeline of grades and inspections across files")
    his.add_argument("paths", nargs="+", metavar="PATH",
                     help="text files, folders (recursively), or .jsonl files of Documents (ofsted-ie extract's output)")
    his.add_argument("--format", choices=tuple(FORMATS), default="table")
    his.add_argument("--authority", metavar="NAME", help="only this authority (any name the gazetteer knows)")
    his.add_argument("--as-of", type=date, metavar="YYYY-MM-DD", help="only the grade current at this date, per judgement")
    his.add_argument("--glob", default="*.txt", metavar="PATTERN",
                     help="in folders, the files whose name matches (default '*.txt'; '*.jsonl' for extract's output)")
    his.add_argument("--reference-date", type=date, metavar="YYYY-MM-DD",
                     help="resolve relative dates against this when a text has no dateline")
    his.add_argument("--max-bytes", type=int, default=max_bytes, metavar="N",
                     help=f"refuse inputs larger than N bytes (default {max_bytes:,})")
