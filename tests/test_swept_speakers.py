"""Speakers in apposition (issue 22), over the frames of
``ofsted_ie.strategies._people_swept``: who the person is and whose the quotation is.

| provenance | what |
|---|---|
| synthetic | five frames of a sweep of posts x councils x titles x names x speaker shapes; two of a sweep of speakers named again across paragraphs; two of a sweep of office and speech forms x titles x name shapes |
| bugs caught | a post "at" a council kept the council in the role; "who is X's post" gave no role; "Isle of Wight Council's" left "'s" in the role; a speaker after the quotation with a post over 100 characters was lost; an unlisted post's quotation took the side of the words it quoted ("inspectors"); "It" after "The NSPCC said" went to a council named earlier; "It/They added" after "The education watchdog found:" or "Parents told the paper:" went to the story's council; "Mr Roe" took the side of "leaders" in the words after "said"; "the charity Kids First, said" made "Kids First" a person and lost the one before; a post in brackets gave no role; "arrived as director", "was sacked as director" gave none or no person; the first of three listed names was lost; "Director of children's services at Kent Council Jane Doe said" found nobody; a verbless lead-in ("Among the report's findings:", "Kent's response to the report:") gave no side or the report's; social workers no council is named for gave none; "hit back, saying the report was" gave the report's side; a party in an aside ("Cllr Jane Doe, Labour, cabinet member ...") lost the role or the person |
| known failures | none |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._people_swept import SWEPT_PEOPLE_FRAMES, SWEPT_SOURCE_FRAMES, SWEPT_SPEAKER_FRAMES


@pytest.mark.parametrize("frame", sorted(SWEPT_SPEAKER_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_speaker_in_apposition_is_read_whole(frame: str, data: st.DataObject) -> None:
    """The person has the post as role and the council as authority; the quotation is the council's."""
    case = data.draw(st.composite(SWEPT_SPEAKER_FRAMES[frame])())
    doc = ofsted_ie.extract(case.text)
    assert {(p.name, p.role, p.authority) for p in doc.people} == set(case.people)
    assert {(q.text.rstrip(",."), q.source) for q in doc.quotes} == {(t.rstrip(",."), s) for t, _, s in case.quotes}


@pytest.mark.parametrize("frame", sorted(SWEPT_SOURCE_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_speaker_named_again_keeps_their_side(frame: str, data: st.DataObject) -> None:
    """"It" after a named body and a surname after its post's sentence take that side."""
    case = data.draw(st.composite(SWEPT_SOURCE_FRAMES[frame])())
    doc = ofsted_ie.extract(case.text)
    assert {(q.text.rstrip(",."), q.source) for q in doc.quotes} == {(t.rstrip(",."), s) for t, _, s in case.quotes}


@pytest.mark.parametrize("frame", sorted(SWEPT_PEOPLE_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_who_the_people_are(frame: str, data: st.DataObject) -> None:
    """A body's name after its noun is no person; a post in brackets is the role."""
    case = data.draw(st.composite(SWEPT_PEOPLE_FRAMES[frame])())
    assert {(p.name, p.role, p.authority) for p in ofsted_ie.extract(case.text).people} == set(case.people)


@pytest.mark.parametrize("post", ["chief social worker for children and families", "chief social worker",
                                  "children's commissioner for England", "national director for social care"])
def test_a_national_post_is_no_council_s(post: str) -> None:
    """A post of the nation's, before or after the name, gives no council even in a story about one
    (a "children's commissioner" without "for England" may be one sent to a council: not here)."""
    for text in (f"Kent was rated good.\n\nThe {post}, Jo Bloggs, said the findings were worrying.",
                 f"Kent was rated good.\n\n{post[0].upper()}{post[1:]} Jo Bloggs said the findings were worrying."):
        (person,) = ofsted_ie.extract(text).people
        assert (person.name, person.authority) == ("Jo Bloggs", None)
