"""Tests for ofsted_ie.progress and ``extract_many(progress=True)``: the count is shown,
the documents are unchanged. Provenance: synthetic (invented sentences)."""

from __future__ import annotations

import io

import pytest

import ofsted_ie
from ofsted_ie.progress import progress

TEXTS = ["Inspectors rated Kent County Council 'good' in May 2019.", "Surrey County Council was judged 'inadequate'."]


def test_extract_many_with_progress_counts_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """The Documents are those of a run without it; stderr ends with the full count."""
    docs = list(ofsted_ie.extract_many(TEXTS * 3, progress=True))
    assert [d.ratings for d in docs] == [d.ratings for d in ofsted_ie.extract_many(TEXTS * 3)]
    err = capsys.readouterr().err
    assert "6/6 documents" in err and err.endswith("\n")


def test_progress_without_a_total_and_with_nothing() -> None:
    """An unsized stream is counted without a total; nothing to count writes nothing."""
    out = io.StringIO()
    assert list(progress(iter(range(3)), stream=out, unit="files")) == [0, 1, 2]
    assert out.getvalue().rstrip().endswith("3 files, " + out.getvalue().rstrip().split(", ")[-1])
    empty = io.StringIO()
    assert list(progress([], total=0, stream=empty)) == [] and empty.getvalue() == ""
