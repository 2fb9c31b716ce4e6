"""People in the shapes of ``ofsted_ie.strategies._people_offices`` (issue 22): names with
what stands before them, verbs after them, and posts with when they were held.

| provenance | what |
|---|---|
| synthetic | thirteen frames of a sweep of name shapes x words before a name x verbs after it x posts x when a post was held x brackets |
| negative | a lettered part ("Annex B.") still ends its sentence; "Councillor Jane Doe" and "Kent County Councillor Jane Doe" are titles, no post; a word before a name ("Mum", "Under") is no part of it; an inspectorate's person has no council |
| bugs caught | "Jane A. Doe" was cut in two sentences and lost; "Mum Jane Doe" and "Under Jane Doe" kept the word in the name; "Ofsted's Jane Doe" took the story's council, and "led the inspection" named nobody; "declined to comment", "pointed out", "tweeted" named nobody; "at the time", "when ...", "in March" stayed in the role or lost it; "(chief executive, Kent Council)" gave no role and "(Director of Children's Services)" gave "services"; "joined the council as", "took up her post as" gave no role; "Jane Doe (Kent Police)" named nobody; "..., said ward councillor Jane Doe", "According to principal social worker Jane Doe", "Kent councillor Jane Doe" and "County councillor Jane Doe" gave no role; "Jane Doe, a Labour MP," and "a headteacher" gave none; "After mayor Jane Doe left" gave the role "after mayor"; "was promoted to", "starts as", "will take up the post of", "joined Kent County Council as", "appointed Jane Doe its interim director", "who serves as", "who was made" gave no role or no person; "until last year" and "next month" after a post lost it; "in her role as", "speaking as" stayed in the role; "lead member for young people and skills in Kent" was cut at "and"; "Doe, who is the council's director, said" (a surname alone opening a later sentence) gave no role; "director in neighbouring Kent" kept the place in the role; "The independent chair of the Kent Safeguarding Children Partnership is Dr Jane Doe", "Jane Doe is the chair of the Kent ... Partnership" and "The lead member for children in Kent is Jane Doe" gave no role, and a safeguarding partnership's chair no council |
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


_POSTS_AND_NAMES = st.tuples(st.sampled_from(["Amy Lee", "Tom Ashcroft", "Priya Nandra", "Owen Pask"]),
                             st.sampled_from(["Rutland", "Wigan", "Barnet", "North Yorkshire"]))


@given(_POSTS_AND_NAMES, st.sampled_from(["last May", "last March", "2019", "last year"]))
@settings(max_examples=30, deadline=None)
def test_a_post_held_since_a_month(person: tuple[str, str], since: str) -> None:
    """"lead member for schools and young people's services since last May": the whole
    portfolio, the time no part of it."""
    name, council = person
    portfolio = "lead member for schools and young people's services"
    doc = ofsted_ie.extract(f"{council} Council's report came out.\n\nCllr {name}, {portfolio} since {since}, said it was \"fair\".")
    assert {(p.name, p.role) for p in doc.people} == {(name, portfolio)}


@given(_POSTS_AND_NAMES, st.sampled_from([("The lead inspector", "lead inspector"), ("The chief inspector", "chief inspector"),
                                          ("The council leader", "council leader")]), st.sampled_from(["was", "is"]))
@settings(max_examples=30, deadline=None)
def test_a_post_the_subject_of_a_copula_with_a_name(person: tuple[str, str], post: tuple[str, str], verb: str) -> None:
    """"The lead inspector was Jane Doe": the post is hers; "The lead inspector was critical" names nobody."""
    name, _ = person
    phrase, role = post
    doc = ofsted_ie.extract(f"{phrase} {verb} {name}, who said the report was \"fair\".")
    assert {(p.name, p.role) for p in doc.people} == {(name, role)}
    assert not ofsted_ie.extract(f"{phrase} {verb} critical of the council.").people


_BODY_POSTS = st.sampled_from([("independent chair of the {c} Safeguarding Children Partnership", True),
                                ("chair of the {c} Local Safeguarding Children Board", True),
                                ("lead member for children in {c}", False), ("cabinet member for young people in {c}", False)])


@given(_POSTS_AND_NAMES, _BODY_POSTS, st.sampled_from(["is", "was", "will be"]), st.sampled_from(["Dr ", "Cllr ", ""]),
       st.booleans())
@settings(max_examples=40, deadline=None)
def test_a_post_of_a_named_body_or_place_with_a_copula(person: tuple[str, str], post: tuple[str, bool], verb: str,
                                                       title: str, post_first: bool) -> None:
    """"The independent chair of the Kent Safeguarding Children Partnership is Dr Jane Doe",
    "Jane Doe is the chair of ...", "The lead member for children in Kent will be Jane Doe":
    the post with its named body (a place alone is cut), the council the body serves."""
    name, council = person
    phrase = post[0].format(c=council)
    role = phrase.lower() if post[1] else phrase.split(" in ")[0]
    verb = "is" if not post_first and verb == "will be" else verb
    said = "She said the findings were \"fair\"."
    text = f"The {phrase} {verb} {title}{name}. {said}" if post_first else f"{title}{name} {verb} the {phrase}. {said}"
    if not post_first and not post[1]:
        return  # "Jane Doe is the lead member for children in Kent" is the apposition rules' (tested there)
    assert {(p.name, p.role, p.authority) for p in ofsted_ie.extract(text).people} == {(name, role, council)}


@given(_POSTS_AND_NAMES, st.sampled_from([("Lead member", "lead member"), ("Cabinet member", "cabinet member"),
                                          ("Portfolio holder", "portfolio holder")]), st.sampled_from(["Cllr ", "Councillor ", ""]))
@settings(max_examples=30, deadline=None)
def test_a_council_post_on_a_report_s_labelled_line(person: tuple[str, str], label: tuple[str, str], title: str) -> None:
    """"Lead member: Cllr Jane Doe" on a committee report's line: the council's post."""
    name, council = person
    text = f"{council} Council\n\n{label[0]}: {title}{name}\n\nThe council said its services were \"improving\".\n"
    assert {(p.name, p.role, p.authority) for p in ofsted_ie.extract(text).people} == {(name, label[1], council)}


@given(_POSTS_AND_NAMES, st.sampled_from(["national officer for social care", "regional officer", "branch officer",
                                          "professional officer for children and families"]),
       st.sampled_from(["Unison", "The union", "BASW", "The GMB"]))
@settings(max_examples=30, deadline=None)
def test_an_officer_s_post_given_by_an_appointing_body(person: tuple[str, str], post: str, body: str) -> None:
    """"Unison has appointed Jane Doe as its national officer for social care": the post.
    (Bug caught: an officer's post was no post, the person had no role.)"""
    name, council = person
    doc = ofsted_ie.extract(f"{council} was rated good.\n\n{body} has appointed {name} as its {post}.")
    assert {(p.name, p.role) for p in doc.people} == {(name, post)}


@given(_POSTS_AND_NAMES, st.sampled_from(["director of children's and joint commissioning services", "director of children and adults' services",
                                          "cabinet spokesperson for schools, early help and families",
                                          "corporate director for children, families and cultural services",
                                          "cabinet portfolio holder for children, young people and schools"]),
       st.sampled_from(["said", "told the meeting", "added"]), st.sampled_from(["", "Cllr "]))
@settings(max_examples=40, deadline=None)
def test_a_portfolio_listed_in_apposition_to_its_closing_comma(person: tuple[str, str], post: str, verb: str, title: str) -> None:
    """"Jane Doe, cabinet spokesperson for schools, early help and families, said": the
    whole portfolio, up to the comma before the verb. (Bugs caught: the post was cut at the
    list's first comma or "and", or at a remit word with an apostrophe: "adults'".)"""
    name, council = person
    doc = ofsted_ie.extract(f"{council} was rated good.\n\n{title}{name}, {post}, {verb} that the findings were \"fair\".")
    assert {(p.name, p.role) for p in doc.people} == {(name, post)}
