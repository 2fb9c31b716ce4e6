"""Properties of bylines as sites write them (``ofsted_ie.strategies._bylines``): the
author's name with the date on its line, on a line of its own above its post or outlet,
or with a reporter's post a few lines below the headline; no author in a caption or a
photo credit.

| provenance | cases |
|---|---|
| synthetic | eleven byline forms and five negatives, random given names, surnames, dates and menus |
| bugs caught | "By X on March 14, 2023 in News", "Posted on 3 May 2022 by X" and "9 November 2023 • By X" read no byline; a post line ("Senior Reporter") taken as the author; a name and post below a "Last updated" line missed; a letter's addressee and an outlet's name ("Devon Live", "The Doncaster Courier") taken as the author; a name under a site's menu and "Updated" lines, or with a rarer given name above its outlet line, missed |
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


_MENUS = ("BBC\nHome  News  Sport  Weather\nNEWS\nHome | UK | World | England | Local News\n\nAshbury\n\n",
          "Menu\nSearch\nNews\nSport\n\n", "")


@given(st.sampled_from(["Niamh", "Kerensa", "Oighrig", "Tamsin", "Eilidh", "Morwenna"]),
       st.sampled_from(["Castellano-Briggs", "Polglaze", "Trevithick", "Ashby"]), st.sampled_from(_MENUS),
       st.sampled_from(["BBC News, Ashbury", "Social affairs correspondent", "Senior reporter"]))
@settings(max_examples=20, deadline=None)
def test_a_rarer_name_above_its_outlet_under_a_site_s_menus(given_name: str, surname: str, menu: str, post: str) -> None:
    """A name alone on its line with its outlet or post on the line under it is the author's,
    however rare the given name and however many menu lines stand above the headline.
    (Bugs caught: a name under "First published" / "Updated" lines after a BBC-style menu was
    past the lines read; a given name not among the common ones needed the post on its own line.)"""
    name = f"{given_name} {surname}"
    text = (f"{menu}Council's children's services still need to improve\n\nFirst published 11 March 2025\nUpdated 12 March 2025\n\n"
            f"{name}\n{post}\n\nInspectors found that leaders knew their services well.\n")
    assert ofsted_ie.extract(text).byline == name
