"""PDF input (``ofsted_ie.pdf``, the ``pdf`` extra): invented reports written as real PDFs.

Provenance: synthetic reports in the ILACS layout (frameworks.md), built here as PDFs
with one line per text line, running heads on the pages after the first, a table whose
labels wrap over lines, and a sentence cut by a page break; negatives: damaged,
empty-of-text and missing-extra cases. Bugs caught: a table row's grade on a line of its
own (the judgement lost), a running head splitting a sentence, a word hyphenated over lines.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.records import Grade, Judgement
from ofsted_ie.strategies import authority_names


@pytest.fixture(autouse=True)
def _pdf_extra(require: Callable[[str, str], None]) -> None:
    require("pypdf", "pdf")


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF with one text line per item of each page (Helvetica, 11pt)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        body = "BT /F1 11 Tf 14 TL 40 800 Td " + " ".join(f"({_escape(line)}) Tj T*" for line in lines) + " ET"
        stream = body.encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_ROWS: list[tuple[list[str], Judgement]] = [
    (["The impact of leaders on social work", "practice with children and families"], "leadership"),
    (["The experiences and progress of", "children who need help and protection"], "help_and_protection"),
    (["The experiences and progress of", "children in care"], "children_in_care"),
    (["The experiences and progress of care", "leavers"], "care_leavers"),
]
_AS_WRITTEN: dict[Grade, str] = {
    "outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement to be good",
    "inadequate": "Inadequate",
}
_FILLER = ("Practitioners visit children regularly and know them well, and managers check that plans are "
           "carried out in a timely way for most of the families they support across the area.")


def _report(council: str, grades: list[Grade], overall: Grade, old: Grade) -> list[list[str]]:
    head = [f"Inspection of {council} local authority children's services", "3 to 14 March 2025 {page}"]
    page1 = [f"Inspection of {council} local authority", "children's services", "Inspection dates: 3 to 14 March 2025",
             "Judgement Grade"]
    for (label, _), grade in zip(_ROWS, grades, strict=True):
        page1 += [*label, _AS_WRITTEN[grade]]
    page1 += [f"Overall effectiveness {_AS_WRITTEN[overall]}",
              f"Since the last inspection in 2019, when services were judged to be {_AS_WRITTEN[old].lower()}",
              "overall, leaders have worked steadily with partners to strengthen the multi-"]
    page2 = [*(h.format(page=2) for h in head), "agency arrangements that help families early, and social workers",
             _FILLER[:90], _FILLER[90:]]
    page3 = [*(h.format(page=3) for h in head), _FILLER[:90], _FILLER[90:]]
    return [page1, page2, page3]


grades = st.sampled_from(sorted(_AS_WRITTEN))


@given(authority_names(), st.lists(grades, min_size=4, max_size=4), grades, grades)
@settings(max_examples=40, deadline=None)
def test_a_reports_table_gives_each_judgement_its_current_grade(council: str, table: list[Grade], overall: Grade,
                                                                old: Grade) -> None:
    """Rows whose labels and grades wrap over lines give one current grade per judgement,
    on page 1, for the report's council; the earlier inspection's grade is past."""
    doc = ofsted_ie.extract_pdf(make_pdf(_report(council, table, overall, old)), id="report.pdf")
    assert doc.error is None
    current = {(r.judgement, r.grade) for r in doc.ratings if r.current}
    assert current == {(j, g) for (_, j), g in zip(_ROWS, table, strict=True)} | {("overall", overall)}
    assert {r.authority for r in doc.ratings} == {council}
    assert all(r.page == 1 and r.when == "2025-03-03" for r in doc.ratings if r.current)  # the inspection's date
    if old != overall:
        assert any(not r.current and r.grade == old and r.when == "2019" for r in doc.ratings)
    assert doc.text is not None and len(doc.pages) == 3
    for r in doc.ratings:  # offsets index the kept text, and the page is the one holding them
        assert r.start is not None and r.end is not None and doc.text[r.start : r.end].strip()
        assert r.page == 1 + sum(1 for p in doc.pages[1:] if p <= r.start)


def test_running_heads_and_hyphens_do_not_split_a_sentence() -> None:
    from ofsted_ie.pdf import read_pdf

    pdf = read_pdf(make_pdf(_report("Kent", ["good"] * 4, "good", "inadequate")))
    assert len(pdf.reading) == len(pdf.text)
    joined = " ".join(pdf.reading.replace("\u200b", "").split())
    assert "strengthen the multi-agency arrangements" in joined
    assert "3 to 14 March 2025 2" not in joined and "3 to 14 March 2025 3" not in joined
    assert "Inspection dates: 3 to 14 March 2025" in joined  # the first page's own line stays


@pytest.mark.parametrize(("data", "reason"), [
    (b"%PDF-1.4\nthis is no PDF at all", "not a readable PDF"),
    (b"", "not a readable PDF"),
    (make_pdf([[""], [""]]), "no text layer"),
])
def test_an_unreadable_pdf_is_an_error_record(data: bytes, reason: str) -> None:
    doc = ofsted_ie.extract_pdf(data, id="bad.pdf")
    assert doc.error is not None and reason in doc.error
    assert doc.id == "bad.pdf" and doc.ratings == ()


def test_a_missing_file_is_an_error_record(tmp_path: Any) -> None:
    doc = ofsted_ie.extract_pdf(tmp_path / "absent.pdf")
    assert doc.error is not None and doc.error.startswith("cannot read")
    assert doc.id is not None and doc.id.endswith("absent.pdf")


def test_without_pypdf_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pypdf(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pypdf" or name.startswith("pypdf."):
            raise ImportError("No module named 'pypdf'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    with pytest.raises(ImportError, match=r"ofsted_ie\[pdf\]"):
        ofsted_ie.extract_pdf(b"%PDF-1.4")


def test_the_cli_reads_pdfs_in_a_folder_when_asked(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from ofsted_ie.cli import main

    (tmp_path / "kent.pdf").write_bytes(make_pdf(_report("Kent", ["good"] * 4, "outstanding", "good")))
    (tmp_path / "notes.txt").write_text("Nothing here.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--glob", "*.pdf", "--format", "jsonl", "--with-text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert {(r["judgement"], r["grade"], r["page"]) for r in doc["ratings"] if r["current"]} >= {("overall", "outstanding", 1)}
    assert doc["text"] and doc["pages"][0] == 0
    assert all(r["evidence"] == doc["text"][r["start"] : r["end"]] for r in doc["ratings"])
