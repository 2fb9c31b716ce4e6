"""What a figure shares with the figures around it (``ofsted_ie.strategies._figure_shared``).

| provenance | what |
|---|---|
| synthetic | four frames: figures listed then dated once, compared with a dated one, a region's figure after a council's, a figure referring back across a paragraph break |
| negative | a change's two figures keep their own times |
| bugs caught | "18% and Bury's at 27% at 30 September 2023" dated only the second; "compared with 8.1% in Bury" took the dateline's year; "The South East average was 17.2%" and "Across Yorkshire the rate was 10.9%" were the council's before and of no measure; "In Bury the figure was 21%" alone in its paragraph had no measure |
| known failures | none |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._figure_shared import FIGURE_SHARED_FRAMES, figure_shared


@pytest.mark.parametrize("phenomenon", sorted(FIGURE_SHARED_FRAMES))
@given(data=st.data())
@settings(max_examples=60, deadline=None)
def test_a_figure_shares_what_its_neighbours_state(phenomenon: str, data: st.DataObject) -> None:
    """Each share with the council, measure and year generated, and no other."""
    text, keys, _ = data.draw(figure_shared(phenomenon))
    got = {(p.authority, p.value, p.measure, p.when[:4] if p.when else None) for p in ofsted_ie.extract(text).percentages}
    assert got == keys, text


def test_a_date_between_two_figures_is_the_first_ones_when_a_comparison_follows() -> None:
    """"12.4% at the end of September 2023, compared with 8.1% in Bury": the comparison
    is of the same time, to the month."""
    doc = ofsted_ie.extract("Published 3 May 2024\n\nKent's vacancy rate was 12.4% at the end of September 2023, "
                            "compared with 8.1% in Bury.")
    assert {(p.authority, p.when) for p in doc.percentages} == {("Kent", "2023-09"), ("Bury", "2023-09")}


@pytest.mark.parametrize("aggregate", ["Statistical neighbour average", "England", "North West average", "Average"])
def test_a_table_row_naming_no_council_is_an_aggregate_s(aggregate: str) -> None:
    """A row of a share table whose head names no council ("Statistical neighbour
    average | 19.3") is no council's, not the row's above."""
    text = ("Published 4 March 2024\n\nAuthority | Agency % | Vacancy %\nRutland | 21.4 | 24.0\nWigan | 15.6 | 17.7\n"
            f"{aggregate} | 19.3 | 21.6\n")
    got = {(p.authority, p.value) for p in ofsted_ie.extract(text).percentages}
    assert got == {("Rutland", 21.4), ("Rutland", 24.0), ("Wigan", 15.6), ("Wigan", 17.7), (None, 19.3), (None, 21.6)}
