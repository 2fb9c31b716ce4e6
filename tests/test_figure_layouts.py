"""Figure layouts a second combinatorial slot sweep found misread (issue 21): shares and
caseloads told across sentences, in headlines, bullets, lists and tables, and set against
the nation's or another council's (strategies in ``ofsted_ie/strategies/_figure_layouts.py``;
invented names and numbers)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import Generated, authority_names, dated_layouts
from ofsted_ie.strategies._figure_layouts import layout_caseload_forms, layout_non_figures, layout_share_forms

#: (id, text, share (authority, value, measure, year), evidence)
SHARES_BUGS_CAUGHT = [
    ("pronoun with a level verb", "Wigan Council was inspected.\n\nWigan's vacancy rate was 20% in 2018. It reached 26% in 2020.",
     ("Wigan", 26.0, "vacancy_rate", "2020"), "26%"),
    ("a place's figure", "The agency rate was highest in Bury (31%) and Kent (28%). The figure for England as a whole was 16%.",
     (None, 16.0, "agency_staff", None), "16%"),
    ("national clause before a council's", "The turnover rate in England was 15% in 2019; at Kent County Council it was 22%.",
     (None, 15.0, "turnover", "2019"), "15%"),
    ("council's clause after the nation's", "In 2019 the national vacancy rate was 15 per cent, but Bury's was 23 per cent.",
     ("Bury", 23.0, "vacancy_rate", "2019"), "23 per cent"),
    ("respectively", "Kent and Bury had agency rates of 12% and 19% respectively.", ("Bury", 19.0, "agency_staff", None), "19%"),
    ("in neighbouring", "Kent's vacancy rate was 12%, compared with 19% in neighbouring Medway.",
     ("Medway", 19.0, "vacancy_rate", None), "19%"),
    ("a council reporting", "Across England the turnover rate stood at 14% in 2018. Wigan Council reported 9%.",
     ("Wigan", 9.0, "turnover", "2018"), "9%"),
    ("a colon's list", "Bury's agency rate has changed: 11% in 2017, 17% in 2019.", ("Bury", 17.0, "agency_staff", "2019"), "17%"),
    ("set against, the lowest", "Kent had the highest turnover rate in the region, at 23%, while Bury had the lowest, at 6%.",
     ("Bury", 6.0, "turnover", None), "6%"),
    ("set against, a verb", "Kent relied on agency staff for 21% of posts, while Bury used them for just 7%.",
     ("Bury", 7.0, "agency_staff", None), "7%"),
    ("lost workers", "Bury lost 13% of its children's social workers in 2020.", ("Bury", 13.0, "turnover", "2020"), "13%"),
    ("qualified for less than", "In 2018, 31% of Kent's social workers had been qualified for less than two years.",
     ("Kent", 31.0, "newly_qualified", "2018"), "31%"),
    ("bare year closing a heading", "An FOI request found wide variation.\n\nThe highest vacancy rates, 2016\n- Bury: 31%\n- Kent: 28%\n",
     ("Kent", 28.0, "vacancy_rate", "2016"), "28%"),
    ("year columns under a share's title", "The table shows it.\n\nAgency rate, 2016 and 2017\nCouncil | 2016 | 2017\nBury | 14 | 19\n",
     ("Bury", 19.0, "agency_staff", "2017"), "19"),
]
#: (id, text, caseload (authority, value, statistic), evidence holds)
CASELOADS_BUGS_CAUGHT = [
    ("headline cuts", "Bury cuts social worker caseloads to 16\n\nBy Sam Okafor\n\nThe council is recruiting.", ("Bury", 16.0, None), "16"),
    ("headline's present change", "Caseloads fall from 24 to 17 at Bury\n\nThe council is recruiting.", ("Bury", 24.0, None), "24"),
    ("elided copula", "Bury: caseloads down to 16", ("Bury", 16.0, None), "16"),
    ("case loads", "Bury has cut case loads to 19.", ("Bury", 19.0, None), "19"),
    ("earlier level after an average of children", "Social workers in Bury now have an average of 17 children, down from 23 last year.",
     ("Bury", 23.0, "average"), "23"),
    ("compares with", "Bury's average caseload of 17 compares with 21 nationally.", (None, 21.0, "average"), "21"),
    ("NQSWs as holders", "NQSWs in Bury have 12 to 15 families.", ("Bury", 12.0, None), "12"),
    ("each worker's earlier level", "Each social worker in Bury now has around 14 cases, compared to 21 before.", ("Bury", 21.0, None), "21"),
    ("average after workers' cases", "Social workers in Bury had the most cases, with an average of 23.", ("Bury", 23.0, "average"), "23"),
]
#: Texts that state no share.
NEGATIVE = [
    ("a ratio of two rates", "Bury Council's agency rate is twice its vacancy rate, a ratio of 31%."),
]


@pytest.mark.parametrize(("text", "key", "evidence"), [pytest.param(t, k, e, id=i) for i, t, k, e in SHARES_BUGS_CAUGHT])
def test_share_layouts(text: str, key: tuple[str | None, float, str, str | None], evidence: str) -> None:
    """Each share is read with its owner, measure and year, and its span holds its number."""
    doc = ofsted_ie.extract(text)
    found = [p for p in doc.percentages if (p.authority, p.value) == key[:2]]
    assert found, [(p.authority, p.value) for p in doc.percentages]
    p = found[0]
    assert (p.measure, p.when[:4] if p.when else None) == key[2:]
    assert p.start is not None and p.end is not None and evidence in text[p.start : p.end]


@pytest.mark.parametrize(("text", "key", "evidence"), [pytest.param(t, k, e, id=i) for i, t, k, e in CASELOADS_BUGS_CAUGHT])
def test_caseload_layouts(text: str, key: tuple[str | None, float, str | None], evidence: str) -> None:
    """Each caseload is read with its owner and statistic, and its span holds its number."""
    doc = ofsted_ie.extract(text)
    found = [c for c in doc.caseloads if (c.authority, c.value, c.statistic) == key]
    assert found, [(c.authority, c.value, c.statistic) for c in doc.caseloads]
    assert any(c.start is not None and c.end is not None and evidence in text[c.start : c.end] for c in found)


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NEGATIVE])
def test_no_share(text: str) -> None:
    """A ratio of two rates told as a share is no record."""
    assert ofsted_ie.extract(text).percentages == ()


def _shares(doc: ofsted_ie.Document) -> set[tuple[object, ...]]:
    return {(p.authority, p.value, p.qualifier, p.measure) for p in doc.percentages}


def _drawn(strategy: object) -> st.SearchStrategy[Generated]:
    """The layout strategy ``strategy`` over a council and a number."""
    return st.tuples(authority_names(), st.integers(8, 60)).flatmap(lambda an: strategy(*an))  # type: ignore[operator]


@given(_drawn(layout_share_forms))
@settings(max_examples=600, deadline=None)
def test_share_layout_forms_are_recovered(case: Generated) -> None:
    """Every share of a layout form is read, with owner, qualifier and measure, and no other."""
    assert _shares(ofsted_ie.extract(case.text)) == {k[:4] for k in case.percentages}


@given(_drawn(layout_non_figures))
@settings(max_examples=100, deadline=None)
def test_layout_negatives_give_no_share(case: Generated) -> None:
    """A ratio told as a share gives no record."""
    assert _shares(ofsted_ie.extract(case.text)) == set()


@given(_drawn(layout_caseload_forms))
@settings(max_examples=600, deadline=None)
def test_caseload_layout_forms_are_recovered(case: Generated) -> None:
    """Every caseload of a layout form is read with owner, statistic and qualifier, and no other."""
    doc = ofsted_ie.extract(case.text)
    assert {(c.authority, c.value, c.statistic, c.qualifier) for c in doc.caseloads} == set(case.caseloads)


@given(dated_layouts())
@settings(max_examples=600, deadline=None)
@example(("An FOI request found variation.\n\nThe highest agency rates, 2015\n- Bury, 41%\n- Kent, 30%\n",
          frozenset({("Bury", 41.0, "2015"), ("Kent", 30.0, "2015")})))
def test_dated_layouts_carry_their_year(case: tuple[str, frozenset[tuple[str | None, float, str | None]]]) -> None:
    """A year closing a list's heading, a year column under a share's title, a second
    sentence's own year and a national clause's date reach every share they date."""
    text, expected = case
    assert {(p.authority, p.value, p.when[:4] if p.when else None) for p in ofsted_ie.extract(text).percentages} == set(expected)
