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
    assert main(["extract", str(folder), str(missing), "--jobs", "2"]) == 1
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
