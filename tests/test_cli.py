"""Tests for ofsted_ie.cli: formats, stdin, folders, a bad file among good ones."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ofsted_ie.cli import main

GOOD = "Headline\n\n| 24 March 2017\n\nKent County Council was rated 'good' by Ofsted.\n"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Surrey was judged inadequate.", encoding="utf-8")
    return tmp_path


def test_jsonl_one_document_per_file_recursively(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder is walked recursively; each file gives one JSON line in the contract."""
    assert main(["extract", str(folder)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [Path(d["id"]).name for d in lines] == ["a.txt", "b.txt"]
    assert lines[0]["published"] == "2017-03-24" and lines[0]["ratings"][0]["authority"] == "Kent"
    assert lines[1]["ratings"][0]["grade"] == "inadequate"


def test_json_format_is_one_array(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes one JSON array."""
    assert main(["extract", str(folder / "a.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data[0]["schema"] == "ofsted_ie/1"


def test_csv_has_a_row_per_record_with_a_type_column(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format csv writes one row per record with doc_id and type."""
    assert main(["extract", str(folder / "a.txt"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["type"], r["name"] or r["grade"]) for r in rows} == {("authority", "Kent"), ("rating", "good")}


def test_table_is_readable(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format table shows one readable line per record."""
    assert main(["extract", str(folder / "a.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "rating" in out and "grade=good" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'-' reads the text from stdin."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert main(["extract", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["id"] == "<stdin>" and doc["authorities"][0]["code"] == "E10000016"


def test_bad_files_among_good_ones(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unreadable, binary and non-UTF-8 files give error records and stderr lines; others are kept; exit 1."""
    (folder / "bin.dat").write_bytes(b"\x00\x01\x02")
    (folder / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    missing = folder / "missing.txt"
    assert main(["extract", str(folder), str(missing), "--jobs", "2", "--glob", "*"]) == 1
    captured = capsys.readouterr()
    docs = {Path(d["id"]).name: d for d in map(json.loads, captured.out.splitlines())}
    assert set(docs) == {"a.txt", "b.txt", "bin.dat", "latin.txt", "missing.txt"}
    assert docs["a.txt"]["error"] is None and docs["a.txt"]["ratings"]
    for name in ("bin.dat", "latin.txt", "missing.txt"):
        assert docs[name]["error"] and docs[name]["ratings"] == []
        assert name in captured.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad option or a bad date is a usage error."""
    assert main(["extract", "x", "--reference-date", "yesterday"]) == 2
    assert main(["frobnicate"]) == 2


def test_python_m_is_the_same_cli(folder: Path) -> None:
    """python -m ofsted_ie runs the same command line."""
    out = subprocess.run([sys.executable, "-m", "ofsted_ie", "extract", str(folder / "a.txt")],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["ratings"][0]["authority"] == "Kent"


def test_evaluate_reports_and_gates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """evaluate prints a table; --require fails when a metric falls short."""
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    gold = {"schema": "ofsted_ie/1", "id": "x.txt", "published": "2017-03-24",
            "ratings": [{"authority": "Kent", "grade": "good", "judgement": "overall", "when": "2017", "current": True},
                        {"authority": "Kent", "grade": "adequate", "judgement": "adoption", "when": None, "current": True}]}
    (tmp_path / "x.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--require", "published.f1=1"]) == 0
    out = capsys.readouterr().out
    assert "ratings" in out and "0.67" in out
    assert main(["evaluate", str(tmp_path), "--require", "ratings.recall=0.9"]) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_with_every_kind_of_fault_loses_nothing(
    tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Good files, an empty file, a binary file, an unreadable one, a 20 MB one and one
    deleted mid-run: every good file's Document is written, each fault is one error
    record and one stderr line, every output line is whole JSON, and the exit status is 1."""
    import os

    import ofsted_ie.cli as cli

    for i in range(6):
        (tmp_path / f"good{i}.txt").write_text(GOOD.replace("Kent", ("Kent", "Surrey", "Devon")[i % 3]), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)))
    (tmp_path / "huge.txt").write_bytes(b"Kent was rated good. " * 1_000_000)  # 21 MB
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")  # unreadable even for root
    doomed = tmp_path / "zz_deleted.txt"
    doomed.write_text(GOOD, encoding="utf-8")

    real_read = cli._read

    def read_then_delete(path: str, max_bytes: int = cli.DEFAULT_MAX_BYTES) -> object:
        if doomed.exists():
            doomed.unlink()  # gone after the run has listed it, before it is read
        return real_read(path, max_bytes)

    monkeypatch.setattr(cli, "_read", read_then_delete)
    status = main(["extract", str(tmp_path), "--jobs", jobs, "--glob", "*"])  # every file, the binary one too
    out, err = capsys.readouterr()
    docs = {Path(d["id"]).name: d for d in map(json.loads, out.splitlines())}  # every line whole
    assert status == 1
    assert set(docs) == {*(f"good{i}.txt" for i in range(6)), "empty.txt", "binary.bin", "huge.txt", "locked.txt",
                         "dangling.txt", "zz_deleted.txt"}
    for i in range(6):
        assert docs[f"good{i}.txt"]["error"] is None and docs[f"good{i}.txt"]["ratings"]
    assert docs["empty.txt"]["error"] is None and docs["empty.txt"]["ratings"] == []
    faults = ["binary.bin", "huge.txt", "dangling.txt", "zz_deleted.txt"]
    if os.geteuid() != 0:  # root reads a file whatever its permissions
        faults.append("locked.txt")
    for name in faults:
        assert docs[name]["error"] and docs[name]["ratings"] == [], name
        assert sum(name in line for line in err.splitlines()) == 1, name
    assert "too large" in docs["huge.txt"]["error"]


def test_invalid_utf8_is_an_error_record_not_a_guess(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 are refused with an error record saying so (the choice the
    CLI documents: no decoding with replacement characters, which would silently change
    the text and its offsets); valid UTF-8 with a BOM is read."""
    (tmp_path / "latin.txt").write_bytes("Kent was rated good. Caf\xe9".encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes("\ufeffKent was rated good.".encode())
    assert main(["extract", str(tmp_path)]) == 1
    docs = {Path(d["id"]).name: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert "not UTF-8" in docs["latin.txt"]["error"] and docs["latin.txt"]["ratings"] == []
    assert docs["bom.txt"]["error"] is None and docs["bom.txt"]["ratings"][0]["grade"] == "good"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_leaves_only_whole_lines(tmp_path: Path, jobs: str) -> None:
    """Interrupting a run (SIGINT) stops it with status 130; every line written is whole JSON."""
    import signal
    import time

    article = (Path(__file__).resolve().parent.parent / "examples" / "roundup.txt").read_text(encoding="utf-8")
    for i in range(400):
        (tmp_path / f"{i:04d}.txt").write_text(article * 3, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ofsted_ie", "extract", str(tmp_path), "--jobs", jobs],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # it is running and writing
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    rest = proc.stdout.read()  # through the same buffer as the first line
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=120)
    lines = [first, *rest.splitlines(keepends=True)]
    assert proc.returncode == 130, err
    assert 0 < len(lines) < 400
    for line in lines:
        assert line.endswith(b"\n")
        json.loads(line)
    assert b"interrupted" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_stops_a_long_document_within_a_second(tmp_path: Path, jobs: str) -> None:
    """Ctrl-C in the middle of one long document stops the run within a second or two,
    with status 130, instead of waiting for the document to finish."""
    import signal
    import time

    sentence = "Kent County Council was rated 'good' by Ofsted in 2015, and 12 per cent were agency staff. "
    document = (sentence * 30_000).encode()  # some 2.7 MB: many seconds
    proc = subprocess.Popen(
        [sys.executable, "-m", "ofsted_ie", "extract", "-", "--jobs", jobs],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        # the document read from standard input (the write returns once the run has taken
        # all but a pipe's buffer of it, however long its start-up), then well into it
        assert proc.stdin is not None
        proc.stdin.write(document)
        proc.stdin.close()
        time.sleep(1.5)
        assert proc.poll() is None
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert took < 2.5, f"took {took:.1f} s to stop"


def test_an_interrupt_that_arrives_inside_a_finalizer_still_stops_the_run() -> None:
    """Python drops an exception raised in a ``__del__`` (the regex compiler runs some in the
    middle of an extraction); an interrupt that lands in one comes again just after it."""
    import signal
    import time

    from ofsted_ie.cli import _Interrupt

    class Finalized:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)  # the handler runs here, inside the finalizer
            self.after = True

    interrupt = _Interrupt()
    previous = signal.signal(signal.SIGINT, interrupt)
    deadline = time.monotonic() + 5
    try:
        with pytest.raises(KeyboardInterrupt):
            Finalized()  # dropped at once
            while time.monotonic() < deadline:
                pass
    finally:
        signal.signal(signal.SIGINT, previous)
    assert interrupt.requested
    assert time.monotonic() < deadline


def test_a_fifo_in_a_folder_is_an_error_record_not_a_hang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A FIFO among the inputs is reported as not a regular file; the other files are read."""
    import os

    (tmp_path / "a.txt").write_text("Kent was rated 'good'.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    assert main(["extract", str(tmp_path)]) == 1
    docs = {Path(d["id"]).name: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert "not a regular file" in docs["pipe.txt"]["error"]
    assert docs["a.txt"]["ratings"][0]["authority"] == "Kent"


def test_hidden_folders_are_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Files under a hidden folder (.git/) or hidden themselves are left out of a folder's inputs."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Essex was rated 'good'.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Leeds was rated 'good'.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kent was rated 'good'.", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    assert [Path(d["id"]).name for d in map(json.loads, capsys.readouterr().out.splitlines())] == ["a.txt"]


@pytest.mark.parametrize("fmt", ["csv", "table", "jsonl"])
def test_a_file_name_that_is_not_utf8(tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A file whose name is not UTF-8 is read, and its name shown with escapes, in every format."""
    import os

    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("Kent was rated 'good'.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Kent" in out and ("caf\\xe9.txt" in out or "caf\\\\xe9.txt" in out)


def test_show_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """show writes the page of a file whose name is not UTF-8."""
    import os

    path = tmp_path / os.fsdecode(b"r\xe9sum\xe9.txt")
    path.write_text("Kent was rated 'good'.", encoding="utf-8")
    assert main(["show", str(path), "-o", str(tmp_path / "page.html")]) == 0
    assert "Kent" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_csv_cells_cannot_start_a_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text cell starting with =, +, - or @ is written with a leading quote (OWASP), so
    a spreadsheet shows it instead of running it; numbers stay numbers."""
    (tmp_path / "a.txt").write_text(
        'The director, Jane Smith, said: "=1+2 is not how we count children, and we never will."\n'
        "Kent has 12 per cent agency staff.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(tmp_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    quotes = [r for r in rows if r["type"] == "quote"]
    assert quotes and quotes[0]["text"] == "'=1+2 is not how we count children, and we never will."
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert [r["value"] for r in rows if r["type"] == "percentage"] == ["12.0"]


def test_a_folder_gives_its_text_files_unless_asked(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Folders give ``*.txt`` files by default (not a script or a web page beside them);
    ``--glob`` chooses others."""
    (folder / "tool.py").write_text('print("Kent was rated \'good\'")\n', encoding="utf-8")
    (folder / "page.html").write_text('<p title="Kent was rated good">Hi</p>', encoding="utf-8")
    assert main(["extract", str(folder)]) == 0
    names = {Path(json.loads(line)["id"]).name for line in capsys.readouterr().out.splitlines()}
    assert names == {"a.txt", "b.txt"}
    assert main(["extract", str(folder), "--glob", "*.py"]) == 0
    assert {Path(json.loads(line)["id"]).name for line in capsys.readouterr().out.splitlines()} == {"tool.py"}


def test_a_utf16_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A UTF-16 file with its byte-order mark (as Windows tools write) is decoded, not
    refused as binary."""
    path = tmp_path / "windows.txt"
    path.write_text("Inspectors rated Kent County Council 'good' in May 2019.", encoding="utf-16")
    assert main(["extract", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["error"] is None and [r["authority"] for r in doc["ratings"]] == ["Kent"]
