"""The ``ofsted-ie`` command line (also ``python -m ofsted_ie``).

``ofsted-ie extract PATH... | -`` writes one Document per input (JSON Lines by
default); ``ofsted-ie show FILE [-o OUT.html]`` writes a standalone HTML page of a
text with its records highlighted; ``ofsted-ie evaluate GOLD_DIR`` scores the
library against gold files; ``ofsted-ie explain FILE`` lists every candidate mention
with what became of it.
Data goes to stdout, diagnostics to stderr. A file that cannot be read, is binary
(NUL bytes), is not valid UTF-8 (no guessing at its encoding: decode it yourself and
pass it on stdin) or is larger than ``--max-bytes`` gives one error record (``error``
set, no records) and a stderr line; the batch goes on. Output is written a whole line
at a time: an interrupt (Ctrl-C, SIGINT) stops after the line being written, never
inside it. Exit status: 0 all well, 1 some inputs failed or a ``--require`` was unmet,
2 usage error, 3 a gold file `evaluate` cannot read, 130 interrupted.
"""

from __future__ import annotations

import _thread
import argparse
import collections
import contextlib
import csv
import datetime as dt
import io
import json
import os
import signal
import stat
import sys
import threading
import types
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import IO, Final

from . import __version__, _history_cli
from .evaluate import GoldError, evaluate_dir
from .explanation import KINDS
from .extractor import Extractor
from .gazetteer import canonical_name
from .history import history
from .pdf import PdfError, PdfText, read_pdf, with_pages
from .progress import progress
from .records import Document
from .render import render_html
from .rule import FailedInput
from .tables import COLUMNS, DOCUMENT_COLUMNS, inert_cell, to_rows

__all__ = ["main"]

#: More inputs than this, and stderr a terminal: show a progress bar.
_PROGRESS_OVER = 5
#: ``evaluate``'s exit status for a gold file it cannot read (1 is a requirement unmet,
#: 2 a usage error).
EXIT_BAD_GOLD: Final = 3
#: Files larger than this (bytes) are refused by default: no article is this long.
DEFAULT_MAX_BYTES = 10_000_000


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ofsted-ie", description="Extract Ofsted children's services records from text.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="extract records from files, folders (recursively) or stdin (-)")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or - for stdin")
    ext.add_argument("--format", choices=("jsonl", "json", "csv", "table"), default="jsonl")
    ext.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                     help="resolve relative dates against this when a text has no dateline")
    ext.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    ext.add_argument("--no-progress", "--quiet", "-q", dest="no_progress", action="store_true",
                     help="never show the progress bar (shown by default on a terminal for more than a few files)")
    ext.add_argument("--with-text", action="store_true",
                     help="JSON: include each document's text (a PDF's as read), which the offsets index")
    ext.add_argument("--glob", default="*.txt", metavar="PATTERN",
                     help="in folders, the files whose name matches (default '*.txt'; '*.pdf' for reports, '*' for all)")
    ext.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                     help=f"refuse (as an error record) inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")

    show = sub.add_parser("show", help="write a standalone HTML page of a file's text with its records highlighted")
    show.add_argument("path", metavar="FILE", help="a text file, or - for stdin")
    show.add_argument("-o", "--output", type=Path, metavar="OUT.html", help="where to write the page (default: stdout)")
    show.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                      help="resolve relative dates against this when the text has no dateline")
    show.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                      help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")

    why = sub.add_parser("explain", help="list every grade, inspection, figure, quotation and council mention "
                                         "of a file with what became of it")
    why.add_argument("path", metavar="FILE", help="a text file, or - for stdin")
    why.add_argument("--format", choices=("table", "json"), default="table")
    why.add_argument("--kind", action="append", choices=tuple(KINDS), metavar="KIND",
                     help=f"only mentions of this kind ({', '.join(KINDS)}); repeatable")
    why.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                     help="resolve relative dates against this when the text has no dateline")
    why.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                     help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")

    _history_cli.add_parser(sub, DEFAULT_MAX_BYTES, _iso_date)

    ev = sub.add_parser("evaluate", help="score against a folder of gold Documents")
    ev.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    ev.add_argument("--texts", type=Path, metavar="DIR", help="where the texts are (default: beside the gold)")
    ev.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ev.add_argument("--require", action="append", default=[], metavar="METRIC=VALUE",
                    help="fail unless METRIC (e.g. ratings.f1, ratings.current) is at least VALUE")
    return parser


def _expand(paths: Sequence[str], pattern: str = "*") -> Iterator[str]:
    """The inputs: each path as given, and a folder's files below it whose name matches
    ``pattern``, in name order, with hidden files and everything under hidden folders
    (``.git/``) left out."""
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            for f in sorted(path.rglob(pattern)):
                if not f.is_dir() and not any(part.startswith(".") for part in f.relative_to(path).parts):
                    yield str(f)
        else:
            yield p


def _display(path: str) -> str:
    """A path as text that any output can hold: bytes of a file name that are not UTF-8
    are shown as escapes (``\\xff``) instead of breaking the CSV, the table or the page."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str | FailedInput:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            # opened without blocking, so that a FIFO or a device cannot hang the run,
            # then refused unless it is a regular file
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with open(fd, "rb") as f:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    return FailedInput("not a regular file (a FIFO, device or socket): not read")
                if hasattr(os, "set_blocking"):
                    os.set_blocking(fd, True)
                data = f.read(max_bytes + 1)
    except OSError as exc:
        return FailedInput(f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return FailedInput(f"too large: over {max_bytes:,} bytes (see --max-bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 file (Windows tools write these): its BOM says so
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return FailedInput(f"not UTF-16 text, though it starts as such: {exc}")
    if b"\x00" in data:
        return FailedInput("binary file (NUL bytes), not text (UTF-16 without a BOM? decode it first)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return FailedInput(f"not UTF-8 text: {exc}")


def _read_any(path: str, max_bytes: int, pdfs: collections.deque[PdfText | None]) -> str | FailedInput:
    """A file's text: a PDF's reading text (its pages noted in ``pdfs``), else ``_read``'s."""
    if not path.lower().endswith(".pdf"):
        pdfs.append(None)
        return _read(path, max_bytes)
    pdfs.append(None)
    try:
        pdf = read_pdf(path)
    except ImportError as exc:
        return FailedInput(str(exc))
    except PdfError as exc:
        return FailedInput(str(exc))
    except OSError as exc:
        return FailedInput(f"cannot read: {exc.strerror or exc}")
    pdfs[-1] = pdf
    return pdf.reading


def _paged(docs: Iterator[Document], pdfs: collections.deque[PdfText | None]) -> Generator[Document, None, None]:
    """``docs`` in input order, each from a PDF given its pages (``with_pages``)."""
    for doc in docs:
        pdf = pdfs.popleft() if pdfs else None
        yield with_pages(doc, pdf) if pdf is not None and doc.error is None else doc


def _progress(items: Iterator[Document], total: int, enabled: bool) -> Iterator[Document]:
    """A progress bar on a terminal for a run of more than a few files: tqdm's if it is
    installed, else the library's own line (``ofsted_ie.progress``)."""
    if not enabled or total <= _PROGRESS_OVER or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return progress(items, total)
    return iter(tqdm(items, total=total, unit="doc", file=sys.stderr))


def _write_lines(out: IO[str], lines: str) -> None:
    """Write whole lines at once. To a real file or pipe the bytes go straight to its
    descriptor (``os.write`` until all are out) rather than through a buffer: with
    worker processes, an interrupted run was seen to leave a buffered line cut short."""
    if not lines:
        return
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # a StringIO, say
        out.write(lines)
        out.flush()
        return
    out.flush()
    data = memoryview(lines.encode("utf-8"))
    while data:
        data = data[os.write(fd, data) :]


def _render(doc: Document, fmt: str, with_text: bool = False) -> str:
    """One document's output lines in a format (the CSV header aside)."""
    if fmt == "jsonl":
        return json.dumps(doc.to_dict(text=with_text), ensure_ascii=True, allow_nan=False) + "\n"
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writerows({k: inert_cell(v) for k, v in row.items()} for row in to_rows([doc]))
        return buffer.getvalue()
    if doc.error:
        buffer.write(f"{doc.id}\tERROR\t{doc.error}\n")
    for row in to_rows([doc]):
        hidden = ("doc_id", "type", "start", "end", "rule") + (() if row["type"] == "document" else DOCUMENT_COLUMNS)
        fields = {k: v for k, v in row.items() if k not in hidden and v not in (None, "")}
        text = ", ".join(f"{k}={v}" for k, v in fields.items())
        buffer.write(f"{row['doc_id']}\t{row['type']:<11}\t{text}\n")
    return buffer.getvalue()


class _Interrupt:
    """The SIGINT handler of ``extract``: an interrupt stops the run at once (even in
    the middle of a long document), except while a line is being written, which it
    lets finish first, so that no output line is ever cut short."""

    def __init__(self) -> None:
        self.requested = False
        self._writing = False

    def __call__(self, signum: int, frame: types.FrameType | None) -> None:
        self.requested = True
        if self._writing:
            return
        if _in_finalizer(frame):
            # Python prints and drops an exception raised in a finalizer (one may run
            # in the middle of any step), so the interrupt comes again a moment later
            again = threading.Timer(0.01, _thread.interrupt_main, (signum,))
            again.daemon = True
            again.start()
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        """Hold interrupts back while the block writes."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False


def _in_finalizer(frame: types.FrameType | None) -> bool:
    """Whether the code running at ``frame`` is inside a ``__del__`` method."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _extract(args: argparse.Namespace) -> int:
    if args.jobs < 1 or args.max_bytes < 1:
        print("ofsted-ie: --jobs and --max-bytes must be at least 1", file=sys.stderr)
        return 2
    paths = list(_expand(args.paths, args.glob))
    ids = ["<stdin>" if p == "-" else _display(p) for p in paths]
    pdfs: collections.deque[PdfText | None] = collections.deque()
    texts = (_read_any(p, args.max_bytes, pdfs) for p in paths)
    made = Extractor().extract_many(texts, ids=ids, reference_date=args.reference_date, jobs=args.jobs)
    docs = _paged(made, pdfs)
    out = sys.stdout
    if args.format == "csv":
        _write_lines(out, ",".join(COLUMNS) + "\n")
    failed = 0
    collected = []
    interrupt = _Interrupt()
    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        for doc in _progress(docs, len(paths), not args.no_progress):
            if doc.error:
                failed += 1
                print(f"ofsted-ie: {doc.id}: {doc.error}", file=sys.stderr)
            if args.format == "json":
                collected.append(doc.to_dict(text=args.with_text))
            else:
                with interrupt.holding():
                    _write_lines(out, _render(doc, args.format, args.with_text))
            if interrupt.requested:
                break
        if args.format == "json" and not interrupt.requested:
            with interrupt.holding():
                _write_lines(out, json.dumps(collected, ensure_ascii=True, indent=2, allow_nan=False) + "\n")
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:
        return 1
    finally:
        docs.close()
        made.close()  # stops the workers of --jobs N
        signal.signal(signal.SIGINT, previous)
    if interrupt.requested:
        print("ofsted-ie: interrupted", file=sys.stderr)
        return 130
    return 1 if failed else 0


def _show(args: argparse.Namespace) -> int:
    text = _read(args.path, args.max_bytes)
    if isinstance(text, FailedInput):
        print(f"ofsted-ie: {args.path}: {text.error}", file=sys.stderr)
        return 1
    doc_id = "<stdin>" if args.path == "-" else _display(args.path)
    page = render_html(Extractor().extract(text, id=doc_id, reference_date=args.reference_date), text)
    if args.output is None:
        _write_lines(sys.stdout, page)
    else:
        args.output.write_text(page, encoding="utf-8")
        print(f"ofsted-ie: wrote {args.output}", file=sys.stderr)
    return 0


def _explain(args: argparse.Namespace) -> int:
    text = _read(args.path, args.max_bytes)
    if isinstance(text, FailedInput):
        print(f"ofsted-ie: {args.path}: {text.error}", file=sys.stderr)
        return 1
    why = Extractor().explain(text, reference_date=args.reference_date, kinds=args.kind)
    _write_lines(sys.stdout, (why.to_json() if args.format == "json" else why.table()) + "\n")
    return 0


def _documents(paths: Sequence[str], args: argparse.Namespace, failed: list[str]) -> Iterator[Document]:
    """The Documents of ``paths``: a .jsonl file's lines read back, any other file extracted;
    each path or line that fails is noted in ``failed`` (and on stderr) and skipped."""
    texts = [p for p in paths if not p.endswith(".jsonl")]
    for path in (p for p in paths if p.endswith(".jsonl")):
        text = _read(path, args.max_bytes)
        for number, line in enumerate([] if isinstance(text, FailedInput) else text.splitlines(), 1):
            try:
                yield Document.from_dict(json.loads(line)) if line.strip() else Document()
            except (ValueError, TypeError) as exc:
                failed.append(f"{_display(path)}:{number}: not a Document: {exc}")
        if isinstance(text, FailedInput):
            failed.append(f"{_display(path)}: {text.error}")
    pdfs: collections.deque[PdfText | None] = collections.deque()
    made = Extractor().extract_many((_read_any(p, args.max_bytes, pdfs) for p in texts),
                                    ids=[_display(p) for p in texts], reference_date=args.reference_date)
    for doc in _paged(made, pdfs):
        if doc.error:
            failed.append(f"{doc.id}: {doc.error}")
        yield doc


def _history(args: argparse.Namespace) -> int:
    try:
        authority = None if args.authority is None else canonical_name(args.authority)
    except ValueError as exc:
        print(f"ofsted-ie: --authority: {exc}", file=sys.stderr)
        return 2
    if args.max_bytes < 1:
        print("ofsted-ie: --max-bytes must be at least 1", file=sys.stderr)
        return 2
    failed: list[str] = []
    timelines = history(_documents(list(_expand(args.paths, args.glob)), args, failed))
    for line in failed:
        print(f"ofsted-ie: {line}", file=sys.stderr)
    as_of = None if args.as_of is None else args.as_of.isoformat()
    _write_lines(sys.stdout, _history_cli.render(timelines, args.format, authority=authority, as_of=as_of))
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    requirements = []
    for item in args.require:
        name, sep, value = item.partition("=")
        try:
            requirements.append((name, float(value)))
        except ValueError:
            sep = ""
        if not sep:
            print(f"ofsted-ie: --require takes METRIC=VALUE, got {item!r}", file=sys.stderr)
            return 2
    try:
        scores = evaluate_dir(args.gold_dir, texts=args.texts)
    except GoldError as exc:
        print(f"ofsted-ie: bad gold file: {exc}", file=sys.stderr)
        return EXIT_BAD_GOLD
    except (FileNotFoundError, ValueError) as exc:
        print(f"ofsted-ie: {exc}", file=sys.stderr)
        return 2
    print(scores.table())
    if args.verbose:
        print("\n".join(scores.misses))
    unmet = []
    for name, wanted in requirements:
        try:
            got = scores.metric(name)
        except ValueError as exc:
            print(f"ofsted-ie: {exc}", file=sys.stderr)
            return 2
        if got is None or got < wanted:
            unmet.append(f"{name} = {'n/a' if got is None else f'{got:.3f}'} < {wanted}")
    for line in unmet:
        print(f"ofsted-ie: requirement unmet: {line}", file=sys.stderr)
    return 1 if unmet else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "extract":
        return _extract(args)
    if args.command == "show":
        return _show(args)
    if args.command == "explain":
        return _explain(args)
    if args.command == "history":
        return _history(args)
    return _evaluate(args)
