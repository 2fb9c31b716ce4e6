"""Generated tops of articles and pages (issue 22, "when it was published"): every
dateline form gives the publication date, whatever the body dates; dates that are no
dateline (a body's publication date, inspection dates, an embargo) give none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import DATELINE_FORMS, Generated, dated_headers, undated_headers


@pytest.mark.parametrize("form", sorted(DATELINE_FORMS))
@given(data=st.data())
@settings(max_examples=40, deadline=None)
def test_each_dateline_form_gives_the_publication_date(form: str, data: st.DataObject) -> None:
    """The dateline's date is ``published``, not the date the body names."""
    case: Generated = data.draw(dated_headers(forms=(form,)))
    assert ofsted_ie.extract(case.text).published == case.published, case.text


@given(undated_headers())
@settings(max_examples=200, deadline=None)
def test_dates_that_are_no_dateline_give_no_publication_date(text: str) -> None:
    """A body's publication date, a report's inspection dates, an embargo: no dateline."""
    assert ofsted_ie.extract(text).published is None, text
