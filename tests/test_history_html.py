"""The history's HTML page (``ofsted_ie.history_html``): marks link to their sources,
conflicts are flagged, everything is escaped, and a real browser renders it.

| case | kind |
|---|---|
| every entry has a mark or an undated link to its row | synthetic |
| a conflict is ringed and flagged in its row | synthetic |
| markup in a document id or evidence is shown, never run | negative |
| headless Chromium renders the rows and links | synthetic (browser) |
| ``ofsted-ie history --format html`` writes the page | synthetic (CLI) |
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import ofsted_ie
from ofsted_ie import Document, Inspection, Rating
from ofsted_ie.cli import main
from ofsted_ie.history_html import render_history_html

_DOCS = [
    Document(id="a", published="2016-09-01", ratings=(Rating(authority="Kent", grade="inadequate", when="2016-08"),),
             inspections=(Inspection(authority="Kent", kind="inspection", when="2016-06"),)),
    Document(id="b", published="2019-05-01",
             ratings=(Rating(authority="Kent", grade="good", when="2019"),
                      Rating(authority="Kent", grade="outstanding", judgement="adoption", when="2019")),
             inspections=(Inspection(authority="Wigan", kind="focused_visit"),)),
]


def test_every_entry_links_to_its_sources_row() -> None:
    history = ofsted_ie.history(_DOCS)
    page = render_history_html(history)
    n = len(history.entries)
    assert n == 5
    rows = set(re.findall(r'<tr id="entry-(\d+)"', page))
    links = set(re.findall(r'href="#entry-(\d+)"', page))
    assert rows == links == {str(i) for i in range(n)}
    assert page.count('<div class="row">') == 2  # Kent and Wigan
    assert "undated" in page.split('<div class="row"><h2>Wigan')[1].split("</div></div>")[0]


def test_a_conflict_is_ringed_and_flagged() -> None:
    clash = Document(id="c", published="2019-06-01", ratings=(Rating(authority="Kent", grade="inadequate", when="2019"),))
    history = ofsted_ie.history([*_DOCS, clash])
    assert history.conflicts
    page = render_history_html(history)
    assert page.count('class="grade good conflict"') == 1 and page.count('class="grade inadequate conflict"') == 1
    assert '<span class="conflict">conflict</span>' in page


def test_markup_is_escaped() -> None:
    doc = Document(id="<script>alert(1)</script>", text="Kent was rated <b>good</b> in 2019.",
                   ratings=(Rating(authority="Kent", grade="good", when="2019", start=15, end=26),))
    page = render_history_html(ofsted_ie.history([doc]), title="<i>t</i>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>" not in page and "<i>t</i>" not in page


def test_bad_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError, match="History"):
        render_history_html(_DOCS)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="title"):
        render_history_html(ofsted_ie.history(_DOCS), title=3)  # type: ignore[arg-type]


def test_the_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Ofsted rated Rutland County Council 'good' in May 2019.", encoding="utf-8")
    assert main(["history", str(tmp_path), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and "Rutland" in page and 'href="#entry-0"' in page


def _browser() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)


def test_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium renders one SVG row per authority with its linked marks.
    (.ci/run installs Chromium and sets OFSTED_IE_REQUIRE_BROWSER=1: no skip there.)"""
    browser = _browser()
    if browser is None:
        if os.environ.get("OFSTED_IE_REQUIRE_BROWSER"):
            pytest.fail("no Chromium found, and OFSTED_IE_REQUIRE_BROWSER is set")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    page = tmp_path / "history.html"
    page.write_text(render_history_html(ofsted_ie.history(_DOCS)), encoding="utf-8")
    run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    dom = run.stdout
    assert dom.count('<svg class="timeline"') == 2, run.stderr[-2000:]
    assert len(re.findall(r'<a href="#entry-\d+">', dom)) == 5
