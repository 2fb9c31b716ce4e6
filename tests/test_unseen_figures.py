"""Properties of the figure forms a blind, invented test set found unread
(ofsted_ie.strategies.unseen_figure_forms, non_unseen_figure_forms, dated_figures); the
set itself is scored in ``test_invented_sets``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import (
    NON_UNSEEN_FIGURE_PHENOMENA,
    UNSEEN_FIGURE_PHENOMENA,
    Generated,
    dated_figures,
    non_unseen_figure_forms,
    unseen_figure_forms,
)


def _keys(doc: ofsted_ie.Document) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    return ({(c.authority, c.value, c.statistic, c.qualifier) for c in doc.caseloads},
            {(p.authority, p.value, p.qualifier, p.measure) for p in doc.percentages})


@given(unseen_figure_forms())
@settings(max_examples=2000, deadline=None)
def test_unseen_figure_forms_are_recovered(case: Generated) -> None:
    """Each form gives exactly the caseloads and shares stated, with statistic, qualifier
    and measure, and each share's span holds the number it was read from."""
    doc = ofsted_ie.extract(case.text)
    caseloads, percentages = _keys(doc)
    assert caseloads == set(case.caseloads)
    assert percentages == {k[:4] for k in case.percentages}
    for p in doc.percentages:
        assert p.start is not None and p.end is not None
        assert next(k[4] for k in case.percentages if k[1] == p.value) in case.text[p.start : p.end]


@given(non_unseen_figure_forms())
@settings(max_examples=600, deadline=None)
def test_non_unseen_figure_forms_give_only_what_is_stated(case: Generated) -> None:
    """A word referring back after a share or a count, adults' and pupils' shares, and a
    national share before any council give no record of their own."""
    caseloads, percentages = _keys(ofsted_ie.extract(case.text))
    assert caseloads == set(case.caseloads)
    assert percentages == {k[:4] for k in case.percentages}


@given(dated_figures())
@settings(max_examples=600, deadline=None)
def test_dated_figures_carry_their_period(case: tuple[str, frozenset[tuple[str | None, float, str | None]]]) -> None:
    """A period's end dates its figure (a duration's number owns no date), a list line
    that dates itself heads no line after it, and a data statement dates the article."""
    text, expected = case
    assert {(p.authority, p.value, p.when) for p in ofsted_ie.extract(text).percentages} == set(expected)


@given(st.data())
@settings(max_examples=5, deadline=None)
def test_every_unseen_figure_phenomenon_is_named(data: st.DataObject) -> None:
    """The phenomena lists name what the strategies draw (a guard against a frame dropped)."""
    assert len(set(UNSEEN_FIGURE_PHENOMENA)) == 18 and len(set(NON_UNSEEN_FIGURE_PHENOMENA)) == 5
    data.draw(unseen_figure_forms())
    data.draw(non_unseen_figure_forms())

