"""Tests for counts given a grade: a count of councils whose names follow gives each its
grade, a count of one council's judgement areas gives that council the areas' grade, and
a count that names nobody gives none; every grade word is explained."""

from __future__ import annotations

from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated, counted_non_ratings, counted_ratings
from tests.test_mention_properties import _SETTINGS, _assert_explained, _keys


@given(counted_ratings())
@example(Generated("Services at three councils were rated 'good'. Kent, Leeds and Wigan all received the same rating.",
                   frozenset({("Kent", "good", "overall", True), ("Leeds", "good", "overall", True),
                              ("Wigan", "good", "overall", True)})))
@example(Generated("The other two authorities graded inadequate overall are Kent and Leeds.",
                   frozenset({("Kent", "inadequate", "overall", True), ("Leeds", "inadequate", "overall", True)})))
@example(Generated("Four were judged 'inadequate'. The four judged 'inadequate' are: Kent; Leeds.",
                   frozenset({("Kent", "inadequate", "overall", True), ("Leeds", "inadequate", "overall", True)})))
@example(Generated("Two councils were judged inadequate in the latest round:\n\n  \u2022 Kent\n  \u2022 Leeds\n",
                   frozenset({("Kent", "inadequate", "overall", True), ("Leeds", "inadequate", "overall", True)})))
@example(Generated("Kent was rated 'outstanding'. All sub-categories also received 'outstanding' with the exception of "
                   "care leavers, which received a 'good'.",
                   frozenset({("Kent", "outstanding", "overall", True), ("Kent", "good", "care_leavers", True)})))
@example(Generated("Inspectors visited Kent. Two of the five areas inspected were judged requires improvement - adoption "
                   "and leadership.",
                   frozenset({("Kent", "requires_improvement", "adoption", True),
                              ("Kent", "requires_improvement", "leadership", True)})))
@example(Generated("Inspectors visited Kent in May. All five areas were given a 'Good' grading.",
                   frozenset({("Kent", "good", "overall", True)})))
@example(Generated("So far three councils - Bury, Kensington and Chelsea, and Wigan - were judged 'outstanding'.",
                   frozenset({("Bury", "outstanding", "overall", True),
                              ("Kensington and Chelsea", "outstanding", "overall", True),
                              ("Wigan", "outstanding", "overall", True)})))
@example(Generated("Kent, Leeds, and Wigan were judged good.",
                   frozenset({("Kent", "good", "overall", True), ("Leeds", "good", "overall", True),
                              ("Wigan", "good", "overall", True)})))
@example(Generated("Ofsted praised Kent, Leeds, and Wigan was rated inadequate.",
                   frozenset({("Wigan", "inadequate", "overall", True)})))
@settings(max_examples=600, **_SETTINGS)  # type: ignore[arg-type]
def test_counts_that_name_their_councils_or_areas(case: Generated) -> None:
    """A count of councils whose names follow gives each named council the grade; a
    count of one council's judgement areas gives that council the grade for all of
    them (overall) or for the areas listed after the grade."""
    assert _keys(case.text) == case.ratings
    _assert_explained(case.text)


@given(counted_non_ratings())
@example(Generated("Three councils were rated good this year."))
@example(Generated("Two councils were rated 'good' this year. Kent and Leeds were inspected in the spring."))
@example(Generated("Inspectors visited Kent in May. Two of the five areas assessed were judged 'good'."))
@settings(max_examples=500, **_SETTINGS)  # type: ignore[arg-type]
def test_counts_that_name_nobody_give_none(case: Generated) -> None:
    """A count of councils with no names that refer back to it, or a count of some of a
    council's judgement areas that does not say which, gives no rating."""
    assert ofsted_ie.extract(case.text).ratings == ()
    _assert_explained(case.text)
