"""Properties of the antecedent of a grade whose sentence names no council
(ofsted_ie.strategies._stray_lines): a council named only in a list of links to other
stories is no antecedent; a council heading its section is; a plural grade goes to the
councils listed after it (ofsted_ie.strategies._ratings_amid), not to its clause's subject."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._ratings_amid import plural_headlines, ratings_amid, ratings_eluded
from ofsted_ie.strategies._stray_lines import linked_stories, section_headings


def _keys(text: str) -> set[tuple[str | None, str, str, bool]]:
    return {(r.authority, r.grade, r.judgement, r.current) for r in ofsted_ie.extract(text).ratings}


@given(linked_stories())
@example(Generated("For years Rutland's services for children had been rated 'inadequate'.\n"
                   "Progress was seen when Ofsted inspected Rutland Council in 2018.\n"
                   "-\nWigan trust plan faces fresh doubts from unions\n"
                   "Following the inspectors' latest visit, Ofsted has raised its rating for children's services to 'good'.\n",
                   ratings=frozenset({("Rutland", "inadequate", "overall", False), ("Rutland", "good", "overall", True)})))
@settings(max_examples=150, deadline=None)
def test_a_council_named_only_in_a_link_is_no_antecedent(case: Generated) -> None:
    """The grade after a list of links to other stories is the article's council's."""
    assert _keys(case.text) == case.ratings


@given(section_headings())
@settings(max_examples=100, deadline=None)
def test_a_council_heading_its_section_is_the_antecedent(case: Generated) -> None:
    """A council named once, as a section's heading, owns the grade in that section."""
    assert _keys(case.text) == case.ratings


@given(ratings_amid())
@settings(max_examples=150, deadline=None)
def test_plural_ratings_go_to_the_councils_listed_after_them(case: Generated) -> None:
    """"X's news follows a string of 'good' ratings, in A, B and C": A's, B's and C's."""
    assert _keys(case.text) == case.ratings


@pytest.mark.xfail(strict=True, reason="KNOWN_FAILURE: a plural grade with no list introduced by 'to'/'in' goes to the "
                   "subject's council (before this change too)")
@given(ratings_eluded())
@settings(max_examples=100, deadline=None)
def test_plural_ratings_that_eluded_councils_are_no_ones(case: Generated) -> None:
    """Ratings that eluded the councils listed are nobody's."""
    assert _keys(case.text) == set()


@given(plural_headlines())
@settings(max_examples=150, deadline=None)
def test_plural_ratings_of_councils_not_named_are_no_ones(case: Generated) -> None:
    """A headline's "first 'outstanding' ratings" names no council: only the councils' own grades."""
    assert _keys(case.text) == case.ratings
