"""Tests for ofsted_ie.rules.ratings."""

from __future__ import annotations

import pytest

import ofsted_ie

Row = tuple[str, set[tuple[str | None, str, str]], str]

SEED_PHRASINGS: list[Row] = [
    ("Coventry Council had been rated inadequate in 2014 amid concerns.", {("Coventry", "inadequate", "overall")}, "rated inadequate"),
    ("Knowsley's adoption services, care leaver support and the department's leadership all received a rating of \"good\".",
     {("Knowsley", "good", "adoption"), ("Knowsley", "good", "care_leavers"), ("Knowsley", "good", "leadership")},
     'a rating of "good"'),
    ("Meanwhile, three councils - Kent, North Tyneside and Southwark - have been rated \"good\".",
     {("Kent", "good", "overall"), ("North Tyneside", "good", "overall"), ("Southwark", "good", "overall")}, 'rated "good"'),
    ("The judgement of overall effectiveness is \u201crequires improvement to be good\u201d at Wokingham.",
     {("Wokingham", "requires_improvement", "overall")}, "The judgement of overall effectiveness is \u201crequires improvement to be good\u201d"),
    ("Ofsted handed the children's services department at West Berkshire Council its lowest rating.",
     {("West Berkshire", "inadequate", "overall")}, "its lowest rating"),
]
SYNTHETIC: list[Row] = [
    ("Leeds was judged to be outstanding.", {("Leeds", "outstanding", "overall")}, "judged to be outstanding"),
    ("Ofsted rated children's services in Sefton as 'good'.", {("Sefton", "good", "overall")}, "rated children's services in Sefton as 'good'"),
    ("Croydon was found to require improvement to be good.", {("Croydon", "requires_improvement", "overall")},
     "require improvement to be good"),
    ("Hull's children in care were rated 'requires improvement'.", {("Kingston upon Hull", "requires_improvement", "children_in_care")},
     "rated 'requires improvement'"),
]
NEGATIVE = [
    "The council aims to consolidate good practice and provide good support.",
    "St Mary's primary school was rated good by Ofsted.",
    "10 have been rated good and three were judged inadequate.",
    "Further improvements are needed before services can be judged good.",
    "Inspections grade councils as outstanding, good, requires improvement or inadequate.",
]


def _keys(text: str) -> tuple[set[tuple[str | None, str, str]], list[str]]:
    doc = ofsted_ie.extract(text)
    return {(r.authority, r.grade, r.judgement) for r in doc.ratings}, [text[r.start : r.end] for r in doc.ratings]


@pytest.mark.parametrize(("text", "keys", "evidence"), SEED_PHRASINGS + SYNTHETIC, ids=lambda v: v[:40] if isinstance(v, str) else "")
def test_phrasings(text: str, keys: set[tuple[str | None, str, str]], evidence: str) -> None:
    """Each phrasing gives exactly its ratings, with the evidence span as written."""
    found, spans = _keys(text)
    assert found == keys
    assert evidence in spans


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda v: v[:40])
def test_negative(text: str) -> None:
    """Grade words that are not a council's grade give no rating."""
    assert _keys(text)[0] == set()


def test_transition_marks_the_old_grade_superseded() -> None:
    """'moves from X to Y': X is not current, Y is."""
    doc = ofsted_ie.extract("Wigan moves from 'inadequate' to 'good'.")
    assert {(r.grade, r.current) for r in doc.ratings} == {("inadequate", False), ("good", True)}


def test_later_grade_supersedes_an_earlier_one() -> None:
    """An older dated grade is not current once a newer grade is reported."""
    doc = ofsted_ie.extract("Coventry had been rated inadequate in 2014. Coventry is now rated 'good'.")
    assert {(r.grade, r.current) for r in doc.ratings} == {("inadequate", False), ("good", True)}
