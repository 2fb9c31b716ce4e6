"""People the prose names with nothing beside the name (issue 22): a given name and a
surname as a clause's subject, object or a preposition's object, in a sentence with a
post or a verb of speech, are a person of the story's council; and the named vetoes that
make none (a byline, a caption, a reporter's credit, a child or anyone named in a
sentence telling of a crime, a name inside a quotation, an institution's name, a line of
contacts, a sentence with no post nor speech: named in passing). With them, posts given away from
the name: through its possessive ("Jane Doe's appointment as director"), by a post
changing hands in the sentence before ("The director this week resigned. ¶ Jane Doe takes
charge ..."), and after a participle ("Jane Doe, appointed director in 2019, ...").

Names are invented (given names from the library's list, surnames made up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import Generated, authority_names

_FIRST: Final = ("Julia", "Oluwaseun", "Siân", "Imran", "Harriet", "Gurpreet", "Declan", "Agnieszka", "Tunde", "Priya")
_LAST: Final = ("Fairweather", "Okonjo", "Pemberton", "Achterberg", "Nowakowska", "Thistlewood", "Marchbank")
_POSTS: Final = ("director of children's services", "chief executive", "interim director of children's services")

_Frame = Callable[[st.DrawFn], Generated]


def _parts(draw: st.DrawFn) -> tuple[str, str]:
    council = draw(authority_names().filter(lambda x: "," not in x))
    return council, f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"


def _story(council: str) -> str:
    return f"Children's services at {council} Council have been rated requires improvement by Ofsted.\n\n"


_PROSE: Final = (
    "{n} is to chair a new recovery board with the chief executive from next month.",
    "Inspectors met {n} and the council's leader several times during the two-week visit.",
    "The improvement plan was drawn up with {n}, who told councillors it would take two years.",
    "Since then {n} has overseen a new recruitment drive, the council's director said.",
)


def _named_in_prose(draw: st.DrawFn) -> Generated:
    """"Jane Doe is to chair a new board with ...", "Inspectors met Jane Doe and ...": a person."""
    council, name = _parts(draw)
    return Generated(_story(council) + draw(st.sampled_from(_PROSE)).format(n=name), people=frozenset({(name, None, council)}))


_VETOED: Final = (
    "By {n}\n\nThe council has pledged to recruit more permanent social workers this year.",
    "Picture: {n} for the council, taken outside the town hall during the visit last week.",
    "The council has pledged to recruit more permanent staff, {n} reports from the town hall.",
    "The review followed the death of eight-year-old {n} at her home in the town in 2019.",
    "The toddler died at the hands of {n}, who was jailed for life at the crown court last year.",
    'A social worker said: "When {n} took charge of the family, things changed very quickly for us."',
    "Researchers at the {n} Institute found that caseloads had risen across the whole region.",
    "Media contacts for the council's press office: {n} T: 0207 121 5255 during office hours.",
    "Councillors met {n} and a group of foster carers at the town hall on Tuesday evening.",
)


def _vetoed_mention(draw: st.DrawFn) -> Generated:
    """A byline, a caption, a reporter's credit, a child or a perpetrator in a case, a name
    in a quotation, an institution's name, a contact line: no person."""
    council, name = _parts(draw)
    return Generated(_story(council) + draw(st.sampled_from(_VETOED)).format(n=name))


def _possessive_post(draw: st.DrawFn) -> Generated:
    """"Jane Doe's appointment as director of children's services": the post."""
    council, name = _parts(draw)
    post = draw(st.sampled_from(_POSTS))
    noun = draw(st.sampled_from(("appointment", "departure", "resignation", "arrival")))
    return Generated(f"{_story(council)}{name}'s {noun} as {post} was announced in May.", people=frozenset({(name, post, council)}))


def _post_changing_hands_before(draw: st.DrawFn) -> Generated:
    """"The director this week resigned. ¶ Jane Doe takes charge ...": the post ("director" bare after "the")."""
    council, name = _parts(draw)
    when = draw(st.sampled_from(("this week ", "yesterday ", "")))
    verb = draw(st.sampled_from(("resigned", "stepped down", "has left")))
    return Generated(f"{_story(council)}The director {when}{verb}.\n\n{name} takes charge of the service from Monday.",
                     people=frozenset({(name, "director", council)}))


def _appointed_in_apposition(draw: st.DrawFn) -> Generated:
    """"Jane Doe, appointed director of children's services in 2019, has ...": the post alone."""
    council, name = _parts(draw)
    post = draw(st.sampled_from(_POSTS))
    lead = draw(st.sampled_from(("appointed", "in post as")))
    return Generated(f"{_story(council)}{name}, {lead} {post} in 2019, has overseen the changes.",
                     people=frozenset({(name, post, council)}))


#: Frames of people alone, by the phenomenon each generates.
MENTIONED_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "named-in-prose": _named_in_prose, "vetoed-mention": _vetoed_mention, "possessive-post": _possessive_post,
    "post-changing-hands-before": _post_changing_hands_before, "appointed-in-apposition": _appointed_in_apposition,
}

__all__ = ["MENTIONED_PEOPLE_FRAMES"]
