"""More shapes of named people (issue 22, "who they are"): names in pairs, a name and post
on a signature line, a council's bare post before the name, a councillor known by title and
surname in a meeting's minutes with their portfolio, a mayor, an MP's seat, a party's
councillor, a capitalised remit after a post; and their negatives (a body's name).

Names are invented; councils are random draws. ``_people`` merges these frames into
``PEOPLE_FRAMES`` and ``NON_PEOPLE_FRAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import PersonKey, authority_names

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_FIRST: Final = ("Nadia", "Rhys", "Oliver", "Priya", "Tom", "Mary-Ann")
_LAST: Final = ("Okafor", "Lindqvist", "Thomson-Jones", "McAllister", "Fry", "Dunmore")


def _councils() -> st.SearchStrategy[str]:
    return authority_names().filter(lambda x: "," not in x)


def _two_names(draw: st.DrawFn) -> tuple[str, str]:
    names = draw(st.lists(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)), min_size=2, max_size=2,
                          unique_by=lambda t: t[1]))
    return " ".join(names[0]), " ".join(names[1])


def _council_and_name(draw: st.DrawFn) -> tuple[str, str]:
    """A council and one invented full name."""
    return draw(_councils()), _two_names(draw)[0]


def _pair(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Two names before one verb: "Nadia Okafor and Rhys Fry said", "Nadia Okafor and Rhys
    Fry, both of Kent Council, welcomed the report"; no role, the story's council."""
    a = draw(_councils())
    one, two = _two_names(draw)
    aside = draw(st.sampled_from(("", f", both of {a} Council,")))
    verb = draw(st.sampled_from(("said it was deserved", "welcomed the report", "told councillors it was fair")))
    return f"{a} was rated good. {one} and {two}{aside} {verb}.", {(one, None, a), (two, None, a)}


def _signature(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A name and post ending a line, as letters and minutes sign: "Nadia Okafor, Director
    of Children's Services" then the council on the next line."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("Director of Children's Services", "Head of Safeguarding", "Assistant Director")))
    return f"Yours sincerely\n\n{one}, {post}\n{a} Council\n", {(one, post.lower(), a)}


def _owner_bare_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council's post with no other word before the name: "Kent's leader Nadia Okafor
    said", "the council's lead member, Councillor Rhys Fry, said"."""
    a, one = _council_and_name(draw)
    if draw(st.booleans()):
        post = draw(st.sampled_from(("leader", "chief executive", "mayor", "deputy leader", "children's services boss")))
        return f"{a}'s {post} {one} said the report was fair.", {(one, post, a)}
    post = draw(st.sampled_from(("lead member", "cabinet member", "deputy leader")))
    return f"{a} was rated good. The council's {post}, Councillor {one}, said it was fair.", {(one, post, a)}


def _owner_after_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post after the name behind its owner's possessive, the owner no part of the role:
    "said Nadia Okafor, the trust's chief executive" (the council's trust: the council's);
    "the charity's chief executive" (no council's)."""
    a, one = _council_and_name(draw)
    owner = draw(st.sampled_from(("council's", "trust's", "authority's", "charity's", "union's")))
    post = draw(st.sampled_from(("chief executive", "director of children's services", "head of safeguarding")))
    council = None if owner in ("charity's", "union's") else a
    text = draw(st.sampled_from([f"{a} was rated good, said {one}, the {owner} {post}.",
                                 f"{a} was rated good. {one}, the {owner} {post}, said it was fair."]))
    return text, {(one, post, council)}


def _post_at_body(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post "at" a body that is no council keeps the body ("head of social work at
    Manchester Metropolitan University", though a council's name opens it); "at" a
    council names the person's authority, no part of the role."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("head of social work", "senior lecturer", "head of policy", "research director")))
    if draw(st.booleans()):
        body = draw(st.sampled_from(("Keele University", "the charity Become", "the NSPCC", "Manchester Metropolitan University",
                                     "Leeds Beckett University", "the University of Kent")))
        return f"{one}, {post} at {body}, said {a} had improved.", {(one, f"{post} at {body}".lower(), None)}
    return f"{one}, {post} at {a} Council, said the service had improved.", {(one, post, a)}


def _post_referred(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post named as the council's in one sentence, then a name whose relative clause
    refers back to it ("who took up the post in 2021"): that post is the name's."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("director of children's services", "executive director for children and families",
                                 "corporate director for children, young people and education", "chief executive")))
    owner = draw(st.sampled_from(("council's", "authority's")))
    did = draw(st.sampled_from(("described the verdict as fair", "did not want to be interviewed", "welcomed the report")))
    holds = draw(st.sampled_from(("who took up the post in 2021", "who has led the department since 2017",
                                  "who has held the role since May", "who took over the service last year")))
    return (f"{a} was rated good. The {owner} {post} {did}. {one}, {holds}, added that staff had worked hard.",
            {(one, post, a)})


def _takes_over_as(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post taken over "as" it: "Nadia Okafor will take over as interim director"."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("interim director of children's services", "chief executive", "director of children's services")))
    verb = draw(st.sampled_from(("will take over as", "takes over as", "stepped in as", "will step in as")))
    return f"{a} was rated good. {one} {verb} {post} on 1 June.", {(one, post, a)}


def _minuted_councillor(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Minutes name a councillor by title and surname with their portfolio: "Councillor Fry,
    the Cabinet Member for Schools and Skills, opened the item"; "Councillor Fry (Lead
    Member, Schools and Skills) opened the item"."""
    a = draw(_councils())
    surname = draw(st.sampled_from(_LAST))
    title = draw(st.sampled_from(("Councillor", "Cllr")))
    if draw(st.booleans()):
        return (f"{a} was rated good. {title} {surname}, the Cabinet Member for Schools and Skills, opened the item.",
                {(surname, "cabinet member for schools and skills", a)})
    return (f"{a} was rated good. {title} {surname} (Lead Member, Schools and Skills) opened the item.",
            {(surname, "lead member, schools and skills", a)})


def _council_then_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council named before the post in apposition is its authority, not the role's words:
    "Councillor Nadia Okafor, Kent Council Lead Member for Children, said"."""
    a, one = _council_and_name(draw)
    kind = draw(st.sampled_from(("", "County ", "City ", "Borough ")))
    post = draw(st.sampled_from(("Lead Member for Children", "Leader", "Cabinet Member for Schools")))
    return f"Councillor {one}, {a} {kind}Council {post}, said:", {(one, post.lower(), a)}


def _national_by_acronym(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Ofsted's head by acronym or a tabloid's word: "HMCI Nadia Okafor said", "Ofsted boss
    Rhys Fry said"; no council's."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("HMCI", "Ofsted boss", "Ofsted chief")))
    return f"{post} {one} said {a} had improved.", {(one, post.lower(), None)}


def _pictured(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A photo's aside after the name is no part of it: "Nadia Okafor (pictured), Kent's
    cabinet member for schools, said", "Rhys Fry (centre) said"."""
    a, one = _council_and_name(draw)
    aside = draw(st.sampled_from(("pictured", "centre", "left", "above")))
    if draw(st.booleans()):
        return f"{one} ({aside}), {a}'s cabinet member for schools, said it was fair.", {(one, "cabinet member for schools", a)}
    return f"{a} was rated good. {one} ({aside}) said it was deserved.", {(one, None, a)}


def _aside_then_verb(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An aside between the name and the verb: "Nadia Okafor, speaking to councillors,
    said", "Rhys Fry, in a statement, added"; no role, the story's council."""
    a, one = _council_and_name(draw)
    aside = draw(st.sampled_from(("speaking to councillors", "in a statement", "responding to the findings",
                                  "writing in the foreword")))
    verb = draw(st.sampled_from(("said", "added", "warned", "admitted")))
    return f"{a} was rated good. {one}, {aside}, {verb} it was deserved.", {(one, None, a)}


def _inspectors(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Inspectors as reports and letters name them: "carried out by Nadia Okafor HMI and
    Rhys Fry HMI", "led by Nadia Okafor, HMI", a letter signed "Nadia Okafor" then "HMI",
    a team's cells "Lead inspector | Nadia Okafor"; no council's."""
    a = draw(_councils())
    one, two = _two_names(draw)
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"The inspection of {a} was carried out by {one} HMI and {two} HMI.", {(one, "hmi", None), (two, "hmi", None)}
    if form == 1:
        return f"The inspection of {a} was led by {one}, HMI.", {(one, "hmi", None)}
    if form == 2:
        return f"Monitoring visit to {a}\n\nYours sincerely\n\n{one}\nHMI\n", {(one, "hmi", None)}
    return (f"Inspection of {a}\n\nLead inspector | {one}\nTeam inspector | {two}\n",
            {(one, "lead inspector", None), (two, "team inspector", None)})


def _pair_then_who(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Two names, then what they did: "my predecessors, Nadia Okafor and Rhys Fry, who
    backed the plan"; no role, the story's council."""
    a = draw(_councils())
    one, two = _two_names(draw)
    return f"{a} was rated good. I thank my predecessors, {one} and {two}, who backed the plan.", {(one, None, a), (two, None, a)}


def _mayor(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A mayor's title before or after the name: "Mayor Nadia Okafor said", "Elected mayor
    Rhys Fry said", "Nadia Okafor, Kent's executive mayor, said"; the story's council."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("Mayor", "Elected mayor", "Executive Mayor", "Deputy mayor")))
    if draw(st.booleans()):
        return f"{a} was rated good. {post} {one} said it was deserved.", {(one, post.lower(), a)}
    return f"{a} was rated good. {one}, {a}'s {post.lower()}, said it was deserved.", {(one, post.lower(), a)}


_SEATS: Final = ("Ashbury", "Ashbury North", "Dunmere and Fell", "Kentmoor West")
_PARTIES: Final = ("Labour", "Conservative", "Lib Dem", "Liberal Democrat", "Green", "Independent")


def _mp_seat(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An MP's party and seat before the name: "Labour MP for Ashbury North Nadia Okafor
    said"; the seat's words are no part of the name; a constituency is no council."""
    a, one = _council_and_name(draw)
    party, seat = draw(st.sampled_from(_PARTIES)), draw(st.sampled_from(_SEATS))
    return f"{a} was rated good. {party} MP for {seat} {one} said it was deserved.", {(one, f"{party} MP for {seat}".lower(), None)}


def _party_councillor(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A party before a councillor's title is a post: "Lib Dem councillor Nadia Okafor said"."""
    a, one = _council_and_name(draw)
    party = draw(st.sampled_from(_PARTIES))
    return f"{a} was rated good. {party} councillor {one} said it was deserved.", {(one, f"{party} councillor".lower(), a)}


def _capital_remit(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post's remit after a comma or a dash, in capitals, as press releases sign: "Nadia
    Okafor, Executive Director, Children's Services, said"; a council's name after the post
    is no remit ("Rhys Fry, Chief Executive, Kent County Council, said")."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("Executive Director", "Corporate Director", "Director", "Strategic Director", "Head of Service")))
    if draw(st.booleans()):
        return (f"{a} was rated good. {one}, Chief Executive, {a} Council, said it was deserved.",
                {(one, "chief executive", a)})
    remit = draw(st.sampled_from(("Children's Services", "People", "Children and Families", "Early Help and Safeguarding",
                                  "Children, Young People and Education")))
    dash = draw(st.sampled_from((", ", " - ")))
    return f"{a} was rated good. {one}, {post}{dash}{remit}, said it was deserved.", {(one, f"{post}{dash}{remit}".lower(), a)}


def _copula(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post stated with "is" or "was": "Nadia Okafor is the authority's director of
    children and families", "Rhys Fry was its interim director"."""
    a, one = _council_and_name(draw)
    verb = draw(st.sampled_from(("is", "was", "has been", "remains")))
    owner, role = draw(st.sampled_from((("the authority's ", "director of children and families"),
                                        ("its ", "interim director of children's services"),
                                        (f"{a}'s ", "cabinet member for children"))))
    return f"{a} was rated good. {one} {verb} {owner}{role}.", {(one, role, a)}


def _speech_act(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """What a named person did in words, not "said": "Nadia Okafor thanked staff", "Rhys
    Fry paid tribute to the team", "Nadia Okafor presented the report"; no role written."""
    a, one = _council_and_name(draw)
    act = draw(st.sampled_from(("thanked staff", "paid tribute to the team", "presented the report to councillors",
                                "introduced the item", "announced a new plan", "expressed her thanks",
                                "asked about caseloads", "defended the plan")))
    return f"{a} was rated good. {one} {act}.", {(one, None, a)}


def _bare_leader(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Leader Nadia Okafor said", "Deputy leader Cllr Rhys Fry said": a post, no name's word."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("Leader", "Deputy leader", "Deputy Leader")))
    title = draw(st.sampled_from(("", "Cllr ", "Councillor ")))
    return f"{a} was rated good. {post} {title}{one} said it was deserved.", {(one, post.lower(), a)}


def _middle_initial(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A middle initial without a stop is part of the name: "Nadia K Okafor said"."""
    a = draw(_councils())
    first, last = draw(st.sampled_from(_FIRST)), draw(st.sampled_from(_LAST))
    name = f"{first} {draw(st.sampled_from('BEJKMRT'))} {last}"
    return f"{a} was rated good. {name} said it was deserved.", {(name, None, a)}


def _title_surname_later(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A person named in full, then by title and surname with the post: "Nadia Okafor
    welcomed it. Ms Okafor, the council's cabinet member for schools, said ...", "Ms Okafor,
    who has been the council's director since 2021, said" is one person with both mentions'
    roles (the time no part of the post); a title and a surname no one bears in full names nobody."""
    a = draw(_councils())
    one, two = _two_names(draw)
    title = draw(st.sampled_from(("Ms", "Mr", "Dr", "Cllr", "Mrs")))
    post = draw(st.sampled_from(("cabinet member for schools", "director of children and families", "head of safeguarding")))
    lead = draw(st.sampled_from(("the council's ", "who is the council's ", "", "who has been the council's ", "who became ",
                                 "who had been the borough's ")))
    since = draw(st.sampled_from(("", " since 2021", " in 2019", " since last May")))
    surname = one.rsplit(" ", 1)[-1]
    other = two.rsplit(" ", 1)[-1]
    text = (f"{a} was rated good. {one} welcomed it.\n\n{title} {surname}, {lead}{post}{since}, added that staff had "
            f"worked hard. {draw(st.sampled_from(('Ms', 'Mr', 'Dr')))} {other}, {post}, agreed.")  # a councillor's would be minuted
    return text, {(one, None, a), (one, post, a)}


def _national_speaker(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Speakers of national bodies in a story with no council: "Nadia Okafor, co-chair of
    the Fostering Forum, said", "Rhys Fry, a social worker in the North West, said" (the
    region is no name), "Nadia Okafor of the Fostering Network said" (no role)."""
    one = _two_names(draw)[0]
    form = draw(st.integers(0, 2))
    if form == 0:
        post = draw(st.sampled_from(("co-chair", "vice-chair", "co-founder")))
        return f"Caseloads rose again. {one}, {post} of the Fostering Forum, said it was worrying.", {
            (one, f"{post} of the fostering forum", None)}
    if form == 1:
        region = draw(st.sampled_from(("North West", "South East", "West Midlands")))
        return f"Caseloads rose again. {one}, a social worker in the {region}, said it was worrying.", {
            (one, f"social worker in the {region.lower()}", None)}
    link = draw(st.sampled_from(("of the", "from the")))
    return f"Caseloads rose again. {one} {link} Fostering Network said it was worrying.", {(one, None, None)}


def _council_name_then_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council's full name before the post: its "Council" is the name's, not the post's:
    "Kent County Council leader Nadia Okafor said" (role "leader"); with no council
    named, "Council leader Rhys Fry said" keeps it."""
    a, one = _council_and_name(draw)
    kind = draw(st.sampled_from(("", "County ", "City ", "Borough ")))
    post = draw(st.sampled_from(("leader", "chief executive", "deputy leader")))
    if draw(st.booleans()):
        return f"{a} was rated good. {a} {kind}Council {post} {one} said it was deserved.", {(one, post, a)}
    return f"{a} was rated good. Council leader {one} said it was deserved.", {(one, "council leader", a)}


def _name_in_brackets(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Minutes name the officer in brackets after the post: "The Strategic Director
    (Nadia Okafor) introduced the report"."""
    a, one = _council_and_name(draw)
    post = draw(st.sampled_from(("Strategic Director", "Interim Director", "Assistant Director", "Chief Executive")))
    return f"{a} was rated good. The {post} ({one}) introduced the report.", {(one, post.lower(), a)}


def _headline_colon(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A headline gives a name, a colon and what they said: "Nadia Okafor: 'We must do
    better'"; the person speaks, no role written."""
    a, one = _council_and_name(draw)
    op, cl = draw(st.sampled_from((("'", "'"), ('"', '"'), ("\u2018", "\u2019"))))
    return f"{a} rated good\n\n{one}: {op}We are proud of every member of staff{cl}\n\n{a} Council welcomed it.\n", {(one, None, a)}


MORE_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "copula": _copula, "headline-colon": _headline_colon, "name-in-brackets": _name_in_brackets, "council-name-then-post": _council_name_then_post, "national-speaker": _national_speaker, "title-surname-later": _title_surname_later, "middle-initial": _middle_initial, "speech-act": _speech_act, "bare-leader": _bare_leader,
    "mayor": _mayor, "mp-seat": _mp_seat, "party-councillor": _party_councillor, "capital-remit": _capital_remit,
    "pair": _pair, "signature-line": _signature, "owner-bare-post": _owner_bare_post,
    "owner-after-name": _owner_after_name, "post-at-body": _post_at_body,
    "post-referred": _post_referred, "takes-over-as": _takes_over_as,
    "minuted-councillor": _minuted_councillor, "council-then-post": _council_then_post, "pair-then-who": _pair_then_who,
    "national-by-acronym": _national_by_acronym, "pictured": _pictured, "aside-then-verb": _aside_then_verb,
    "inspectors": _inspectors,
}


def _pair_of_bodies(draw: st.DrawFn) -> str:
    """Two bodies before a verb: "Kent Council and Essex Council said"."""
    a, b = draw(_councils()), draw(_councils())
    return f"{a} Council and {b} Children's Trust said they were pleased."


def _named_body(draw: st.DrawFn) -> str:
    """A body's capitalised name before a verb is no person: "the Children's Scrutiny
    Committee said", "Chair of the Corporate Parenting Panel said"."""
    a = draw(_councils())
    body = draw(st.sampled_from(("Scrutiny Committee", "Corporate Parenting Panel", "Improvement Commission",
                                 "Family Support Network", "Parenting Forum")))
    lead = draw(st.sampled_from(("The", "Chair of the", f"{a}'s")))
    return f"{a} was rated good. {lead} {body} said it was deserved."


MORE_NON_PEOPLE_FRAMES: Final[dict[str, Callable[[st.DrawFn], str]]] = {
    "pair-of-bodies": _pair_of_bodies, "named-body": _named_body,
}
