"""People in the shapes of ``ofsted_ie.strategies._people_offices`` (issue 22): names with
what stands before them, verbs after them, and posts with when they were held.

| provenance | what |
|---|---|
| synthetic | thirteen frames of a sweep of name shapes x words before a name x verbs after it x posts x when a post was held x brackets |
| negative | a lettered part ("Annex B.") still ends its sentence; "Councillor Jane Doe" and "Kent County Councillor Jane Doe" are titles, no post; a word before a name ("Mum", "Under") is no part of it; an inspectorate's person has no council |
| bugs caught | "Jane A. Doe" was cut in two sentences and lost; "Mum Jane Doe" and "Under Jane Doe" kept the word in the name; "Ofsted's Jane Doe" took the story's council, and "led the inspection" named nobody; "declined to comment", "pointed out", "tweeted" named nobody; "at the time", "when ...", "in March" stayed in the role or lost it; "(chief executive, Kent Council)" gave no role and "(Director of Children's Services)" gave "services"; "joined the council as", "took up her post as" gave no role; "Jane Doe (Kent Police)" named nobody; "..., said ward councillor Jane Doe", "According to principal social worker Jane Doe", "Kent councillor Jane Doe" and "County councillor Jane Doe" gave no role; "Jane Doe, a Labour MP," and "a headteacher" gave none; "After mayor Jane Doe left" gave the role "after mayor"; "was promoted to", "starts as", "will take up the post of", "joined Kent County Council as", "appointed Jane Doe its interim director", "who serves as", "who was made" gave no role or no person; "until last year" and "next month" after a post lost it; "in her role as", "speaking as" stayed in the role; "lead member for young people and skills in Kent" was cut at "and"; "Doe, who is the council's director, said" (a surname alone opening a later sentence) gave no role; "director in neighbouring Kent" kept the place in the role |
| known failures | "Director at the time Jane Doe left"; "said chair of the safeguarding partnership Jane Doe" (a lower-case body after "of") |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._people_offices import OFFICE_PEOPLE_FRAMES


@pytest.mark.parametrize("frame", sorted(OFFICE_PEOPLE_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_who_the_people_are_and_their_posts(frame: str, data: st.DataObject) -> None:
    """Each generated person is found with the name, role and authority generated, and nobody else."""
    case = data.draw(st.composite(OFFICE_PEOPLE_FRAMES[frame])())
    assert {(p.name, p.role, p.authority) for p in ofsted_ie.extract(case.text).people} == set(case.people)


@pytest.mark.parametrize("opener", ["Mum", "Under", "Dear", "Grandmother"])
def test_a_word_before_a_name_is_no_person_alone(opener: str) -> None:
    """The word before a name is never a name of its own, nor part of one."""
    doc = ofsted_ie.extract(f"Kent was rated good.\n\n{opener} Jo Bloggs said the findings were fair.")
    assert [p.name for p in doc.people] == ["Jo Bloggs"]


@pytest.mark.parametrize("region", ["the North West", "the East Midlands"])
def test_an_area_that_is_no_council_stays_in_the_post(region: str) -> None:
    """Only a council's area is cut from a post: a region is part of how the post is written."""
    doc = ofsted_ie.extract(f"Kent was rated good.\n\nJo Bloggs, assistant director for safeguarding in {region}, said so.")
    assert [p.role for p in doc.people] == [f"assistant director for safeguarding in {region.lower()}"]
