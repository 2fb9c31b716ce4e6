"""Soft line breaks of hard-wrapped texts (ofsted_ie._wraps): read as spaces, offsets kept."""

from __future__ import annotations

import pytest

import ofsted_ie
from ofsted_ie._wraps import unwrap_soft_breaks
from ofsted_ie.text import prepare

SYNTHETIC = [
    pytest.param("Caseloads are\nmanageable at\n18 children.", "Caseloads are manageable at 18 children.", id="two-soft-breaks"),
    pytest.param("the vacancy rate is\n12%, and agency\nstaff are 9%.", "the vacancy rate is 12%, and agency staff are 9%.",
                 id="figure-opens-a-line"),
]
NEGATIVE = [
    pytest.param("Caseloads are\nmanageable.", id="one-soft-break-is-no-wrapped-text"),
    pytest.param("Council\tcaseload\nkent\t18\nmedway\t22\nbexley\t19\n", id="table-lines"),
    pytest.param("title: caseloads rise in kent\ndate: 2017-05-23\nauthor: lucy fenwick\nsource: a paper\n", id="metadata-lines"),
    pytest.param("1. Support for families in the borough\nRequires improvement\n2. Early help\nGood\n"
                 "2.1 Work with schools and\n3. Partnership work\nGood\n", id="numbered-headings"),
    pytest.param("By Jo Bright\n12 March 2019\nSocial workers in Kent\nSocial workers in Medway\n", id="capitalised-lines"),
]


@pytest.mark.parametrize(("text", "expected"), SYNTHETIC)
def test_soft_breaks_become_spaces(text: str, expected: str) -> None:
    """Each line end inside a sentence of a hard-wrapped text is a space, one for one."""
    assert unwrap_soft_breaks(text) == expected
    assert len(unwrap_soft_breaks(text)) == len(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_breaks_stay(text: str) -> None:
    """Tables, metadata, numbered headings, capitalised lines and a lone soft break keep their line ends."""
    assert unwrap_soft_breaks(text) == text


def test_a_wrapped_caseload_is_read_with_its_evidence_in_the_original() -> None:
    """A caseload wrapped over two lines is one record; its evidence indexes the caller's text."""
    text = "Social workers in Kent have manageable caseloads of\n25 children, which inspectors found\nappropriate."
    doc = ofsted_ie.extract(text)
    assert [(c.authority, c.value) for c in doc.caseloads] == [("Kent", 25.0)]
    c = doc.caseloads[0]
    assert c.start is not None and c.end is not None and text[c.start : c.end].endswith("25")
    assert len(prepare(text).text) == len(text)
