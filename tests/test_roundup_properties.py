"""Properties of ratings as round-ups and blogs write them (ofsted_ie.strategies._roundups):
list lines with a year or remark after the grade, gapped pairs, councils and grades paired
in order (three or more "respectively"), "in both boroughs", "as was", the full "requires
improvement to be good" before its event, a grade before the scale under a verb of rating;
and the negatives (another provider's grade, a wish to see one).

Bugs caught (session 28): "A, B and C were judged good, outstanding and inadequate
respectively" gave every council the first grade; the scale under a verb of rating
("Ofsted judges services as good, outstanding, ...") gave the council the first; a table of one
council's grades keyed by year ("2019 | ILACS inspection | Inadequate") gave none."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._roundups import NON_ROUNDUP_FRAMES, ROUNDUP_FRAMES, non_roundup_ratings, roundup_ratings
from tests.test_mention_properties import _SETTINGS, _assert_explained, _keys


@pytest.mark.parametrize("phenomenon", sorted(ROUNDUP_FRAMES))
def test_roundup_ratings_are_recovered(phenomenon: str) -> None:
    """Each phrasing, with random councils, grades, judgements and marks, gives exactly the ratings it states."""
    @given(roundup_ratings([phenomenon]))
    @settings(max_examples=150, **_SETTINGS)  # type: ignore[arg-type]
    def run(case: Generated) -> None:
        assert _keys(case.text) == case.ratings
        _assert_explained(case.text)

    run()


@pytest.mark.parametrize("phenomenon", sorted(NON_ROUNDUP_FRAMES))
def test_their_negatives_give_no_rating(phenomenon: str) -> None:
    """A grade of a home, fostering service or adoption agency, and a wish to see a grade, are no ratings."""
    @given(non_roundup_ratings([phenomenon]))
    @settings(max_examples=150, **_SETTINGS)  # type: ignore[arg-type]
    def run(case: Generated) -> None:
        assert ofsted_ie.extract(case.text).ratings == ()
        _assert_explained(case.text)

    run()


@given(roundup_ratings(["list_line_tail"]))
@example(Generated("Scorecard:\n\n- Leeds - outstanding (2018)\n- Kirklees - inadequate, still getting visits\n\nMore.",
                   frozenset({("Leeds", "outstanding", "overall", True), ("Kirklees", "inadequate", "overall", True)})))
@settings(max_examples=20, **_SETTINGS)  # type: ignore[arg-type]
def test_list_line_year_dates_its_grade(case: Generated) -> None:
    """A year in brackets after a list line's grade is the grade's year."""
    doc = ofsted_ie.extract(case.text)
    assert {(r.authority, r.grade, r.judgement, r.current) for r in doc.ratings} == case.ratings
    for r in doc.ratings:
        line = case.text[case.text.rfind("\n", 0, r.start or 0) + 1 : case.text.find("\n", r.end or 0)]
        if "(" in line and line.split("(")[1][:4].isdigit():
            assert r.when == line.split("(")[1][:4]


def test_a_remark_with_another_grade_keeps_both() -> None:
    """A remark naming an earlier grade ("Kent: good, up from inadequate"): the line's grade
    is current, the remark's is not."""
    doc = ofsted_ie.extract("Latest:\n\n- Kent: good, up from inadequate\n\nMore soon.")
    assert {(r.authority, r.grade, r.judgement, r.current) for r in doc.ratings} == {
        ("Kent", "good", "overall", True), ("Kent", "inadequate", "overall", False)}


@pytest.mark.parametrize("comparison", [
    "the same grading as 2019", "the same grade as 2019",
    pytest.param("the same grade as in 2019", marks=pytest.mark.xfail(strict=True, reason="'in 2019' is a date to every reader")),
])
def test_a_year_compared_with_does_not_date_the_grade(comparison: str) -> None:
    """"the same grading as 2019" compares the grade with an earlier year's; only "as
    recently as" (long ago, early, late) makes a bare year after "as" a date."""
    doc = ofsted_ie.extract(f"Kent's services got a 'requires improvement to be good' verdict, {comparison}.")
    assert [(r.authority, r.grade, r.when, r.current) for r in doc.ratings] == [("Kent", "requires_improvement", None, True)]


@given(roundup_ratings(["visit_since_grade"]))
@example(Generated("Barnet received its second monitoring visit from Ofsted since being judged inadequate.",
                   frozenset({("Barnet", "inadequate", "overall", True)})))
@settings(max_examples=30, **_SETTINGS)  # type: ignore[arg-type]
def test_a_visit_since_a_grade_leaves_it_current(case: Generated) -> None:
    """A monitoring visit counted since a grade leaves the grade current (and a council
    whose name begins "Bar" is no "barred from" negation)."""
    assert _keys(case.text) == case.ratings


@given(roundup_ratings(["gapped_pair"]))
@example(Generated("Children's services in Kent were judged outstanding, and those in Bournemouth, Christchurch and Poole good.",
                   frozenset({("Kent", "outstanding", "overall", True),
                              ("Bournemouth, Christchurch and Poole", "good", "overall", True)})))
@settings(max_examples=30, **_SETTINGS)  # type: ignore[arg-type]
def test_a_gapped_council_may_hold_a_comma(case: Generated) -> None:
    """The council of a gapped clause is the whole of its name, commas and all."""
    assert _keys(case.text) == case.ratings
