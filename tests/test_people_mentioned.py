"""People the prose names with nothing beside the name, and the named vetoes
(``ofsted_ie.rules.people_mentioned``), over the frames of
``ofsted_ie.strategies._people_mentioned`` (issue 22).

| provenance | what |
|---|---|
| synthetic | five frames: names as subject, object and after a preposition; eight vetoed shapes; posts through a possessive, a bare post changing hands the sentence before, a participle in apposition |
| negative | a byline, a caption, a reporter's credit, a child and a perpetrator in a case, a name in a quotation, an institution's name, a contact line: no person |
| bugs caught | a given name and surname with no post or verb of speech beside them named nobody ("Jane Doe is to chair a new board with the chief executive"); "Jane Doe's appointment as director" named nobody; "The director this week resigned. ¶ Jane Doe takes charge ..." gave no post (a bare "director"); "Jane Doe, appointed director in 2019," kept "appointed" in the role |
| known failures | a name whose given name is on no list (the vocabulary's reach); a post only a pronoun ties to the name ("She is the council's director") |
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie._given_names import GIVEN_NAMES
from ofsted_ie.rules.people_mentioned import RULE_MENTIONED
from ofsted_ie.strategies._people_mentioned import MENTIONED_PEOPLE_FRAMES


@pytest.mark.parametrize("frame", sorted(MENTIONED_PEOPLE_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_people_named_in_prose_and_their_vetoes(frame: str, data: st.DataObject) -> None:
    """Each generated person is found with the name, role and authority generated, and nobody else."""
    case = data.draw(st.composite(MENTIONED_PEOPLE_FRAMES[frame])())
    assert {(p.name, p.role, p.authority) for p in ofsted_ie.extract(case.text).people} == set(case.people)


def test_a_vetoed_name_is_explained() -> None:
    """``explain`` names the veto that kept a name from being a person."""
    text = "Kent was rated good.\n\nThe review followed the death of eight-year-old Julia Marchbank at her home in 2019."
    (mention,) = ofsted_ie.default_extractor().explain(text).of("person")
    assert (mention.text, mention.outcome, mention.guard, mention.reason) == (
        "Julia Marchbank", "vetoed", RULE_MENTIONED, "a child in a case")


def test_the_given_names_are_capitalised_words_without_months_or_modals() -> None:
    """The vocabulary holds capitalised single words, none of them a month or a word a
    sentence opens with ("May", "Will")."""
    assert len(GIVEN_NAMES) > 500
    assert all(n[0].isupper() and " " not in n for n in GIVEN_NAMES)
    assert not {"May", "June", "April", "August", "Will", "Hope"} & set(GIVEN_NAMES)
