"""Caseloads no phrasing rule reads, and the vetoes of the fallback rule
(``ofsted_ie.rules.caseload_mentions``), over ``ofsted_ie.strategies._caseload_mentioned`` (issue 21).

| provenance | what |
|---|---|
| synthetic | a council's statistic told as a fall or rise to a number; a spread across councils (no council's) |
| negative | shares, dates, counts of cases ("14 of 80 cases", "15 case files", "under 12 unallocated cases"), counts of workers, durations, adults' social workers |
| bugs caught | "Cases held by each social worker in Kent dropped to 16.4 on average" and "ranged from 11 to 29 between councils" gave no caseload |
| known failures | a caseload in a sentence saying neither "caseload" nor "cases" ("each worker holds 19 children" is read by the phrasing rules; "19 each" alone is not) |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.rules.caseload_mentions import RULE_MENTIONED
from ofsted_ie.strategies._caseload_mentioned import MENTIONED_CASELOAD_FRAMES


@pytest.mark.parametrize("frame", sorted(MENTIONED_CASELOAD_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_caseloads_told_in_other_words_and_what_is_none(frame: str, data: st.DataObject) -> None:
    """Each frame gives exactly the caseloads generated (none for the negatives)."""
    case = data.draw(st.composite(MENTIONED_CASELOAD_FRAMES[frame])())
    doc = ofsted_ie.extract(case.text)
    assert {(c.authority, c.value, c.statistic, c.qualifier) for c in doc.caseloads} == set(case.caseloads)


def test_a_count_of_cases_is_explained() -> None:
    """``explain`` names the veto that kept a count of cases from being a caseload."""
    text = "Kent was rated good.\n\nInspectors raised worries in 14 of 80 cases they sampled in Kent."
    (seventeen,) = [m for m in ofsted_ie.explain(text).of("caseload") if m.text == "14"]
    assert (seventeen.outcome, seventeen.guard) == ("vetoed", RULE_MENTIONED)
