"""Properties of caseload forms beyond the plain ones (ofsted_ie.strategies.caseload_forms):
national averages beside a council's, hedged links, "per social worker", numbers in
words, a social worker's own words; and numbers near caseload words that are none."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import (
    CASELOAD_PHENOMENA,
    NON_CASELOAD_PHENOMENA,
    Generated,
    caseload_forms,
    non_caseload_forms,
)


@given(caseload_forms())
@settings(max_examples=2000, deadline=None)
def test_generated_caseload_forms_are_recovered(case: Generated) -> None:
    """Each form gives exactly the caseloads stated, with statistic and qualifier, and
    each record's span is non-empty and inside the text."""
    doc = ofsted_ie.extract(case.text)
    assert {(c.authority, c.value, c.statistic, c.qualifier) for c in doc.caseloads} == case.caseloads
    for c in doc.caseloads:
        assert c.start is not None and c.end is not None and 0 <= c.start < c.end <= len(case.text)


@given(non_caseload_forms())
@settings(max_examples=400, deadline=None)
def test_generated_non_caseloads_give_none(case: Generated) -> None:
    """Cases per team or month, counts of workers, other averages, shares, years and
    adults' caseloads give no caseload."""
    assert ofsted_ie.extract(case.text).caseloads == ()


@given(st.data())
@settings(max_examples=5, deadline=None)
def test_every_named_phenomenon_is_generated(data: st.DataObject) -> None:
    """The phenomena lists name what the strategies draw (a guard against a frame dropped)."""
    assert len(set(CASELOAD_PHENOMENA)) == 19 and len(set(NON_CASELOAD_PHENOMENA)) == 8
    data.draw(caseload_forms())
    data.draw(non_caseload_forms())


def test_a_table_s_heaviest_caseload_column_is_a_maximum() -> None:
    """"Heaviest caseload" names each row's maximum, as "Highest caseload" does; "Mean" an average."""
    text = ("Council       Mean caseload   Heaviest caseload\n"
            "Rutland       20.8            34\n"
            "Wigan         17.1            26\n")
    got = {(c.authority, c.value, c.statistic) for c in ofsted_ie.extract(text).caseloads}
    assert got == {("Rutland", 20.8, "average"), ("Rutland", 34.0, "maximum"),
                   ("Wigan", 17.1, "average"), ("Wigan", 26.0, "maximum")}
