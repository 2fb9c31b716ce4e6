"""Tests for changes of grade whose earlier grade carries its own time
(``ofsted_ie.strategies._changes_dated``): the old grade's year between it and the new,
a dated inspection before the change, the old grade fronted with its year, "once rated",
and a leap told of "a borough judged ..." under the council's heading line.

| source | cases |
|---|---|
| synthetic | the seven frames of ``DATED_CHANGE_FRAMES`` and the eleven of ``CLAUSE_DATE_FRAMES``, 150 draws each, with a dateline or none |
| negative | a present after an opening date ("..., and it is now good") |
| bugs caught | "went from 'inadequate' in 2019 to 'good'" read as no change; the old grade's year given to the new; "Outstanding in 2018, it now ..." unread; "Once rated" kept current; "a two-grade leap" and "the third such visit" read as counts of councils; "In 2010 ... good and its services for children in care outstanding" read the second as a report's table row, undated; a grade a speaker recalls in a quotation ("When I joined we were rated inadequate") kept current beside the news; that check counted the quotes of each grade's line afresh, quadratic on one long line (a megabyte of grades) |
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.rules.ratings.passes import _in_open_quotation
from ofsted_ie.strategies._changes_dated import DATED_CHANGE_FRAMES
from ofsted_ie.strategies._clause_dates import CLAUSE_DATE_FRAMES
from ofsted_ie.strategies._dated import Dated, DatedRatingKey, dated_by


@st.composite
def _cases(draw: st.DrawFn, phenomenon: str) -> Dated:
    return dated_by(draw, DATED_CHANGE_FRAMES[phenomenon])


def _keys(text: str) -> set[DatedRatingKey]:
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in ofsted_ie.extract(text).ratings}


@pytest.mark.parametrize("phenomenon", sorted(DATED_CHANGE_FRAMES))
def test_changes_with_a_dated_old_grade(phenomenon: str) -> None:
    """Each phenomenon, for random councils, grades, verbs, years and datelines."""
    @given(_cases(phenomenon))
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(case: Dated) -> None:
        assert _keys(case.text) == case.ratings

    run()


@pytest.mark.parametrize("phenomenon", sorted(CLAUSE_DATE_FRAMES))
def test_a_date_opening_its_sentence(phenomenon: str) -> None:
    """A fronted date dates every coordinated clause, gapped ones too; a present after it does not."""
    @given(st.composite(lambda draw: dated_by(draw, CLAUSE_DATE_FRAMES[phenomenon]))())
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(case: Dated) -> None:
        assert _keys(case.text) == case.ratings

    run()


def test_the_third_such_visit_is_no_count_of_councils() -> None:
    text = "Reading: the third such visit since the borough was rated inadequate in 2016 found progress."
    assert _keys(text) == {("Reading", "inadequate", "overall", "2016", True)}


@given(st.text(alphabet='"a\n', max_size=60), st.data())
@settings(max_examples=200, deadline=None)
def test_the_open_quotation_check_equals_counting_each_line_afresh(text: str, data: st.DataObject) -> None:
    """One walk along the text tells each grade's open quotation as counting the double
    quotes on its line before it (its own opening mark aside) would."""
    starts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))

    def counted(start: int) -> bool:
        label = text[start - 1:start] == '"'
        return (text.count('"', text.rfind("\n", 0, start) + 1, start) - label) % 2 == 1

    assert _in_open_quotation(text, starts) == [counted(s) for s in starts]
