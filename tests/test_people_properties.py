"""Generated people (issue 22, "who they are"): open portfolios, premodifiers, titles
that are no names, appointments, trusts, Ofsted officials, ministers, people leaving a
post; people in bracketed lists with their councils, led by, of a body, with a role
after "the" or a dash, MPs, long appositions, the Children's Commissioner, a council's
councillors; posts of a body named by its kind ("the inspectorate's national director")
or with a region in them ("for the South East", no person), a council joined from (no
one's); and role words, titles, trusts, bodies and MPs that name nobody."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import PEOPLE_FRAMES, Generated, non_people_sentences, people_sentences


@pytest.mark.parametrize("frame", sorted(PEOPLE_FRAMES))
@given(data=st.data())
@settings(max_examples=60, deadline=None)
def test_each_people_frame_gives_its_people(frame: str, data: st.DataObject) -> None:
    """Each frame's people, with role as written (lower-cased) and authority, and no others."""
    case: Generated = data.draw(people_sentences(frames=(frame,)))
    people = {(p.name, p.role, p.authority) for p in ofsted_ie.extract(case.text).people}
    assert people == case.people, case.text


@given(non_people_sentences())
@settings(max_examples=200, deadline=None)
def test_role_words_titles_and_trusts_alone_are_no_people(text: str) -> None:
    """A portfolio, a title with a surname, a trust, a role with no name: no Person."""
    assert ofsted_ie.extract(text).people == (), text


@pytest.mark.parametrize("council", ["Bath and North East Somerset", "Cheshire West and Chester", "Redcar and Cleveland"])
def test_the_end_of_a_council_s_name_is_no_person(council: str) -> None:
    """Capitalised words ending a council's name ("North East Somerset") are no name."""
    assert ofsted_ie.extract(f"The Lead Member for Young People in {council} said it was fair.").people == ()
