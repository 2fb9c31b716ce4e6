"""Tests for the annual assessments' one-word bands (``ofsted_ie.strategies._annual_bands``):
"rated poor" and "judged as 'excellent'" in the assessments' years, and a list of the
councils so rated; and the negatives, the same words as adjectives, after the assessments
ended, and a general condition in the past.

| source | cases |
|---|---|
| synthetic | the five frames of ``BAND_FRAMES``, 150 draws each |
| negative | adjectives, later years, general conditions (three of the frames) |
| bugs caught | a list of twelve councils "rated poor" read as no grade; "where standards have been judged as poor" read as a grade |
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._annual_bands import BAND_FRAMES
from ofsted_ie.strategies._dated import DatedRatingKey


def _keys(text: str) -> set[DatedRatingKey]:
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in ofsted_ie.extract(text).ratings}


@pytest.mark.parametrize("phenomenon", sorted(BAND_FRAMES))
def test_annual_bands(phenomenon: str) -> None:
    """Each phenomenon, for random councils, bands, verbs, quote styles and datelines."""
    @given(st.data())
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def run(data: st.DataObject) -> None:
        text, keys = data.draw(st.composite(lambda draw: BAND_FRAMES[phenomenon](draw))())
        assert _keys(text) == keys

    run()


def test_a_band_after_the_assessments_is_vetoed_with_its_reason() -> None:
    text = "Leeds, 4 May 2019\n\nRutland's children's services were rated poor by Ofsted."
    assert _keys(text) == set()
    [band] = ofsted_ie.explain(text).of("grade")
    assert (band.text, band.outcome, band.guard) == ("poor", "vetoed", "ratings.band_out_of_years")


def test_a_listed_band_of_its_years() -> None:
    text = "London, 9 December 2010\n\nThe councils rated poor were: Rutland, Bury and Wigan."
    assert _keys(text) == {(a, "performs_poorly", "overall", "2010", True) for a in ("Rutland", "Bury", "Wigan")}
