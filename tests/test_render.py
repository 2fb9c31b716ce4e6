"""Tests for ofsted_ie.render (render_html) and ``ofsted-ie show``, in a real browser too."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import ofsted_ie
from ofsted_ie.cli import main

ARTICLE = (
    "Kent inspection\n\n| 24 March 2017\n\n"
    "Kent County Council was rated 'inadequate' in 2014 and is now 'good'. "
    "Inspectors said: \"Leaders know their services well.\" About 20 per cent of social workers were agency staff.\n\n"
    "<script>document.documentElement.setAttribute('data-pwned', 'yes')</script>"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\"> & more\n"
)


def test_every_record_is_highlighted_with_its_evidence() -> None:
    """Each record's evidence is a <mark> holding exactly text[start:end] (escaped)."""
    doc = ofsted_ie.extract(ARTICLE)
    page = ofsted_ie.render_html(doc, ARTICLE)
    marks = re.findall(r'<mark class="rec (\w+)"[^>]*data-start="(\d+)" data-end="(\d+)"', page)
    expected = {(k, r.start, r.end) for k in ("ratings", "percentages", "quotes", "authorities") for r in getattr(doc, k)}
    assert expected <= {(k, int(s), int(e)) for k, s, e in marks}
    assert doc.ratings and doc.percentages and doc.quotes


def test_markup_in_the_text_is_escaped() -> None:
    """A <script> or an attribute in the article is shown as text, never as markup."""
    page = ofsted_ie.render_html(ofsted_ie.extract(ARTICLE), ARTICLE)
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=" in page and "&amp; more" in page


def test_tables_and_timeline() -> None:
    """A table per record type with a row per record, and a timeline per authority
    with its grades as points (the superseded one hollow)."""
    doc = ofsted_ie.extract(ARTICLE)
    page = ofsted_ie.render_html(doc, ARTICLE)
    for kind in ("ratings", "percentages", "quotes"):
        table = re.search(rf'<table class="records" data-type="{kind}">.*?</table>', page)
        assert table is not None and table.group().count("<tr>") == len(getattr(doc, kind)) + 1
    svg = re.search(r'<svg class="timeline".*?</svg>', page)
    assert svg is not None
    assert svg.group().count('<circle class="grade"') == 2
    assert 'fill="#fff"' in svg.group()  # inadequate in 2014, superseded


def test_bad_arguments_raise_type_error() -> None:
    """render_html names what it wanted."""
    with pytest.raises(TypeError, match="Document"):
        ofsted_ie.render_html("not a document", ARTICLE)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        ofsted_ie.render_html(ofsted_ie.extract(ARTICLE), ARTICLE.encode())  # type: ignore[arg-type]


def test_show_writes_a_page(tmp_path: Path) -> None:
    """ofsted-ie show FILE -o OUT.html writes the page; a missing file is an error."""
    src = tmp_path / "kent.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "kent.html"
    assert main(["show", str(src), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<mark" in page
    assert main(["show", str(tmp_path / "missing.txt")]) == 1


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def test_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium renders the page: the highlighted spans and the records table
    are in its DOM, and the script injected in the article did not run.
    (.ci/run installs Chromium and sets OFSTED_IE_REQUIRE_BROWSER=1, so there this
    cannot be skipped.)"""
    browser = _browser()
    if browser is None:
        if os.environ.get("OFSTED_IE_REQUIRE_BROWSER"):
            pytest.fail("no Chromium found, and OFSTED_IE_REQUIRE_BROWSER is set")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    page = tmp_path / "page.html"
    page.write_text(ofsted_ie.render_html(ofsted_ie.extract(ARTICLE), ARTICLE), encoding="utf-8")
    run = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = run.stdout
    assert "<mark" in dom and 'class="records"' in dom, run.stderr[-2000:]
    assert len(re.findall(r'<mark class="rec ratings"', dom)) >= 2
    assert "data-pwned" not in dom.split("<head>")[0]  # set on <html> had a script run
    assert "&lt;script&gt;" in dom


def test_render_html_refuses_a_title_that_is_not_text() -> None:
    """title=5 is a TypeError naming title, not an AttributeError from inside."""
    text = "Kent was rated 'good'."
    with pytest.raises(TypeError, match="title as str or None, got int"):
        ofsted_ie.render_html(ofsted_ie.extract(text), text, title=5)  # type: ignore[arg-type]


def test_the_page_needs_only_the_document_and_refuses_another_text() -> None:
    """A Document keeps its text: ``render_html(doc)`` shows it; a different text, whose
    offsets would highlight nonsense, is refused with a clear error."""
    text = "Kent was rated 'good' by Ofsted."
    doc = ofsted_ie.extract(text)
    page = ofsted_ie.render_html(doc)
    assert "<mark" in page and "Ofsted." in page
    with pytest.raises(ValueError, match="not the one this Document was extracted from"):
        ofsted_ie.render_html(doc, "Surrey was rated 'inadequate' by Ofsted.")
    with pytest.raises(ValueError, match="has no text"):
        ofsted_ie.render_html(ofsted_ie.Document(id="x"))  # made, not extracted: no text
