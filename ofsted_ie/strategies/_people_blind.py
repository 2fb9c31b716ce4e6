"""Named people in the shapes blind, invented sets (people6, people7) found unread (issue 22);
every name is invented.

- A post the sentence before says is newly filled, its holder opening the next sentence
  ("Kent has a new director of children's services. Jane Doe arrived in May").
- A reduced relative clause of appointment before the post ("Jane Doe, appointed by the
  Department for Education last year as commissioner, said").
- A later mention by surname after a quotation's "said", the post in apposition
  ('"...," said Doe, the council's chief executive.').
- Who chairs or heads a body ("Jane Doe, who chairs the Kent Safeguarding Children
  Partnership, said": "chair of" it).
- A post "in" or "at" the council's kind of place, no part of the role ("Jane Doe, director
  of children's services in the borough, said").
- A named body's possessive before a post after the name, part of the role as written
  ("Jane Doe, Unison's regional organiser, said": "unison's regional organiser"), as a
  council's and Ofsted's are not ("Kent's director", "Ofsted's national director").
- A post written before the name, then where the person is from ("Foster carer Jane Doe,
  from Ashford, said").

And from the blind set people7: the post a "She is the ..." sentence gives the person named
before; a post of a body's board ("the new chair of the councils' association's children and
young people board"); a director by when they held the post ("the then
director", "outgoing director"); an independent scrutineer of a partnership; and from
inspections7, a letter's sentence naming its inspectors; and from people8, a post owned
by a body named by its kind ("the inspectorate's national director", no council's) or with
a region in it ("for the South East", no person), and a council joined from, no one's.

``_people`` merges these frames into ``PEOPLE_FRAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import PersonKey
from ._people_forms import _councils, _two_names

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_POSTS: Final = ("director of children's services", "director for children and families", "chief executive",
                 "executive director for people")
_NEWLY: Final = ("{a} has a new {post}.", "{a} Council has appointed a new {post}.",
                 "The council's {post} took up the post in October.", "The county's new {post} started in May.")
_HOLDER: Final = ("{name} arrived from a council in the North West.", "Speaking to local radio, {name} said staff were proud.",
                  "{name} said her first priority was keeping staff.", "Dr {name} joined from the civil service.")


def _new_post_then_holder(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post newly filled, its holder opening the next sentence."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(_POSTS))
    newly = draw(st.sampled_from(_NEWLY)).format(a=a, post=post)
    return f"{a} was rated good. {newly} {draw(st.sampled_from(_HOLDER)).format(name=name)}", {(name, post, a)}


def _appointed_by_as(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A reduced relative clause of appointment before the post, its appointer and time no part of it."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    by = draw(st.sampled_from(("", " by the Department for Education", " by ministers", " by the council")))
    when = draw(st.sampled_from(("", " last year", " in 2021", " in March")))
    verb = draw(st.sampled_from(("appointed", "brought in", "hired")))
    post = draw(st.sampled_from(("interim director of children's services", "chief executive", "improvement adviser")))
    return f"{a} was rated inadequate. {name}, {verb}{by}{when} as {post}, said the council would improve.", {(name, post, a)}


def _said_surname_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A later mention by surname after a quotation's "said", the post in apposition."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(_POSTS))
    owner = draw(st.sampled_from(("the council's", "the authority's", "its")))
    return (f"{a} was rated good. {name} welcomed the report. \"We are proud,\" said {name.split()[-1]}, {owner} {post}.",
            {(name, None, a), (name, post, a)})


def _chairs_body(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Who chairs a body named with its council, or the council's own committee: the chair
    of it, that council's."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    body = draw(st.sampled_from((f"the {a} Safeguarding Children Partnership", f"the {a} Improvement Board", "the committee",
                                 "the scrutiny committee", "the council's children's scrutiny panel")))
    return f"{a} was rated good. {name}, who chairs {body}, said partners agreed.", {(name, f"chair of {body.lower()}", a)}


def _post_in_the_place(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post "in the borough" or "at the council": the place is the council's, not the role's."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(_POSTS))
    place = draw(st.sampled_from(("in the borough", "in the county", "at the council", "in the city", "at the authority")))
    return f"{a} was rated good. {name}, {post} {place}, said it was deserved.", {(name, post, a)}


def _named_body_possessive(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A named body's possessive before the post is part of the role; a council's or
    Ofsted's is not."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("regional organiser", "head of policy", "branch secretary", "chief executive")))
    body = draw(st.sampled_from(("Unison", "GMB", "BASW", "NSPCC", "Ofsted", f"{a} Council", a)))
    if body in ("Unison", "GMB", "BASW", "NSPCC"):
        return f"Staff are tired. {name}, {body}'s {post}, said so.", {(name, f"{body.lower()}'s {post}", None)}
    if body == "Ofsted":
        return f"Staff are tired. {name}, Ofsted's {post}, said so.", {(name, post, None)}
    return f"Staff are tired. {name}, {body}'s {post}, said so.", {(name, post, a)}


def _post_name_from(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post before the name, then where the person is from: the post is the role (in a
    text naming no council, so none is the person's)."""
    name, _ = _two_names(draw)
    post = draw(st.sampled_from(("Foster carer", "Care leaver", "Parent", "Social worker", "Kinship carer")))
    place = draw(st.sampled_from(("Ashford", "a village near the coast", "the north of the county")))
    return f"Support has improved. {post} {name}, from {place}, said: \"It works.\"", {(name, post.lower(), None)}


def _pronoun_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """The post a "She is the ..." or "He became the council's ... (in May)" sentence gives,
    for the person named in the sentence before."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("opposition Liberal Democrat spokesperson for children's services",
                                 "Labour group's spokesperson for children", "cabinet member for education and skills")))
    said = draw(st.sampled_from((f"Councillor {name} said the report was fair.", f"{name} welcomed the findings.")))
    pronoun, verb = draw(st.sampled_from(("She", "He"))), draw(st.sampled_from(("is", "is also", "has been", "became", "took over as")))
    owner, tail = draw(st.sampled_from(("", "council's "))), draw(st.sampled_from(("", " in January 2022", " last year")))
    return f"{a} was rated good. {said} {pronoun} {verb} the {owner}{post}{tail}.", {(name, post.lower(), a)}


def _named_to_a_board(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post named as of a body's board or committee ("named the new chair of the councils'
    association's children and young people board"): all of it is the role, and the body no council."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("new chair", "vice-chair", "chair")))
    board = draw(st.sampled_from(("the Councils Network's children and families board",
                                  "the Association's workforce committee")))
    verb = draw(st.sampled_from(("has been named", "was appointed", "has been elected")))
    return f"{a} was rated good. Cllr {name} {verb} the {post} of {board}.", {(name, f"{post} of {board}".lower(), None)}


def _leaving_director(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A director by when they held the post ("the then director, Jane Doe", "outgoing
    director Jane Doe"), and an independent scrutineer of a partnership."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{a} was rated good. The then director, {name}, left in May.", {(name, "then director", a)}
    if form == 1:
        return f"{a} was rated good. The new director will succeed outgoing director {name}.", {(name, "outgoing director", a)}
    body = f"the {draw(st.sampled_from(('Thames Valley', 'Pennine', 'Wessex')))} Safeguarding Children Partnership"
    return (f"{a} was rated good. {name}, Independent Scrutineer for {body}, said partners agreed.",
            {(name, f"independent scrutineer for {body}".lower(), None)})


def _inspectors_in_a_sentence(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A letter's sentence naming its inspectors ("His Majesty's Inspectors for this visit
    were Jane Doe and Sam Roe."): each the label's role, no council's."""
    a, (one, two) = draw(_councils()), _two_names(draw)
    label, role = draw(st.sampled_from((("His Majesty's Inspectors", "his majesty's inspector"),
                                        ("The inspectors", "inspector"), ("Her Majesty's Inspectors", "her majesty's inspector"))))
    event = draw(st.sampled_from((" for this visit", " on this inspection", "")))
    return (f"This letter sets out the findings of the monitoring visit to {a} children's services. "
            f"{label}{event} were {one} and {two}.", {(one, role, None), (two, role, None)})


def _body_kind_owner(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post owned by a body named by its kind ("the inspectorate's national director for
    social care", "the charity's chief executive"), after "who becomes" or in apposition, or
    a named body's with "the" and a region ("the NSPCC's head of campaigns for the South
    East"): the post alone (a named body's with it), no council's, and no region a person."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    form = draw(st.integers(0, 2))
    if form == 0:
        body, post = draw(st.sampled_from((("inspectorate", "national director for social care"), ("charity", "chief executive"),
                                           ("union", "president"), ("watchdog", "regional director"))))
        lead = draw(st.sampled_from(("who becomes the", "who became the", "")))
        return f"{a} was rated good. {name}, {lead or 'the'} {body}'s {post}, said the council had improved.", {(name, post, None)}
    region = draw(st.sampled_from(("South East", "North West", "East Midlands", "West Midlands")))
    body = draw(st.sampled_from(("NSPCC", "Barnardo's", "BASW")))
    post = f"head of local campaigns for the {region}"
    return (f"{a} was rated good. {name}, the {body}'s {post}, said: \"This is encouraging.\"",
            {(name, f"{body.lower()}'s {post.lower()}", None)})


def _joined_from(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post of the council the text is about, its holder having joined from another
    council named in the sentence, and the holder replaced named after it: both the
    first council's."""
    a, other = draw(_councils()), draw(_councils())
    if other == a:
        other = "Medway" if a != "Medway" else "Rutland"
    (one, two) = _two_names(draw)
    return (f"{a} was rated good. The council's new director of children's services, {one}, joined from {other} "
            f"in February, replacing acting director {two}.",
            {(one, "new director of children's services", a), (two, "acting director", a)})


def _passing_then_surname_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A person named in passing, then by surname (or title and surname) opening a sentence
    with the post in apposition, perhaps with how long it was held: that person's post."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(_POSTS))
    owner = draw(st.sampled_from(("the council's", f"{a}'s", "its")))
    who = draw(st.sampled_from((name.split()[-1], f"Ms {name.split()[-1]}")))
    held = draw(st.sampled_from(("", " for the past seven years", " since 2016")))
    return (f"{a} was rated good. {name} will leave in April. {who}, {owner} {post}{held}, is retiring.",
            {(name, post, a)})


def _portfolio_heads(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A councillor's post whose head has words of its own ("executive portfolio holder",
    "deputy leader and cabinet member") and a portfolio of several items: all of it."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    head = draw(st.sampled_from(("executive portfolio holder", "lead portfolio holder", "deputy leader and cabinet member",
                                 "leader and cabinet member", "deputy portfolio holder")))
    remit = draw(st.sampled_from(("children, young people and education", "children, families and skills")))
    return f"{a} was rated good. Cllr {name}, {head} for {remit}, said: \"We are proud.\"", {(name, f"{head} for {remit}", a)}


BLIND_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "portfolio-heads": _portfolio_heads, "passing-then-surname-post": _passing_then_surname_post,
    "body-kind-owner": _body_kind_owner, "joined-from": _joined_from,
    "inspectors-in-a-sentence": _inspectors_in_a_sentence,
    "pronoun-post": _pronoun_post, "named-to-a-board": _named_to_a_board, "leaving-director": _leaving_director,
    "new-post-then-holder": _new_post_then_holder, "appointed-by-as": _appointed_by_as,
    "said-surname-post": _said_surname_post, "chairs-body": _chairs_body, "post-name-from": _post_name_from,
    "post-in-the-place": _post_in_the_place, "named-body-possessive": _named_body_possessive,
}
__all__ = ["BLIND_PEOPLE_FRAMES"]
