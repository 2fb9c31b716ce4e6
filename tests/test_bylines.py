"""Properties of bylines as sites write them (``ofsted_ie.strategies._bylines``): the
author's name with the date on its line, on a line of its own above its post or outlet,
or with a reporter's post a few lines below the headline; no author in a caption or a
photo credit.

| provenance | cases |
|---|---|
| synthetic | eleven byline forms and five negatives, random given names, surnames, dates and menus |
| bugs caught | "By X on March 14, 2023 in News", "Posted on 3 May 2022 by X" and "9 November 2023 • By X" read no byline; a post line ("Senior Reporter") taken as the author; a name and post below a "Last updated" line missed; a letter's addressee and an outlet's name ("Devon Live", "The Doncaster Courier") taken as the author |
| known failures | none |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._bylines import BYLINE_FORMS, bylined_headers, unbylined_headers


@pytest.mark.parametrize("form", sorted(BYLINE_FORMS))
def test_the_byline_names_the_author(form: str) -> None:
    """Each form, with random names, dates and menus, gives the author's name."""
    @given(bylined_headers(forms=(form,)))
    @settings(max_examples=60, deadline=None)
    def run(case: tuple[str, str]) -> None:
        text, name = case
        assert ofsted_ie.extract(text).byline == name

    run()


@given(unbylined_headers(), st.just(None))
@settings(max_examples=60, deadline=None)
def test_a_caption_or_credit_names_no_author(text: str, expected: None) -> None:
    """A caption with another post, or a photo credit, is no byline."""
    assert ofsted_ie.extract(text).byline is expected
