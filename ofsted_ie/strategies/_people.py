"""Sentences naming people with their roles (issue 22, "who they are"), and sentences
whose role words and titles name nobody.

Names are invented; councils are random draws. Each positive frame gives the people a
careful reader would extract, as (name, role, authority); each negative frame gives none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex
from hypothesis import strategies as st

from ._base import Generated, PersonKey, authority_names
from ._people_blind import BLIND_PEOPLE_FRAMES
from ._people_forms import MORE_NON_PEOPLE_FRAMES, MORE_PEOPLE_FRAMES
from ._people_shapes import PEOPLE_SHAPE_FRAMES, PEOPLE_SHAPE_NON_FRAMES
from ._people_titles import TITLE_PEOPLE_FRAMES
from ._people_unseen import UNSEEN_NON_PEOPLE_FRAMES, UNSEEN_PEOPLE_FRAMES

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_FIRST: Final = ("Jane", "Sam", "Ali", "Mary-Ann", "Tom", "Priya", "Oliver", "Nadia", "Jo", "Rhys")
_LAST: Final = ("Doe", "Patel", "Roe", "Khan", "Fry", "O'Neill", "Bloggs", "Ward", "Thomson-Jones", "McAllister")
_TITLES: Final = ("", "Cllr ", "Coun ", "Councillor ", "Dr ", "Sir ", "Dame ", "Cllr Dr ")
#: Items of a councillor's portfolio as councils write them.
_ITEMS: Final = ("Children", "Young People", "Skills", "Early Help", "Family Support", "Education", "Lifelong Learning",
                 "Aspiration", "Schools", "Children's Services", "Early Years", "Families", "Culture")
_MEMBERS: Final = ("Cabinet Member", "Lead Member", "Portfolio Holder", "Executive Member", "Deputy Cabinet Member")
#: Words before a role that belong to it.
_PREMODIFIERS: Final = ("former", "interim", "acting", "newly confirmed permanent", "recently retired", "outgoing",
                        "incoming", "permanent", "newly appointed")
_LEADERS: Final = ("opposition group leader", "Labour group leader", "Tory opposition leader",
                   "Liberal Democrat group leader", "Conservative group leader", "deputy opposition leader")
_OFSTED_ROLES: Final = ("deputy director for social care", "national director for social care",
                        "regional director", "deputy director for children's social care")
_BRIEFS: Final = ("children and families minister", "education secretary", "communities secretary",
                  "children's minister", "schools minister")
_SAID: Final = ("said the report was fair", "said staff had worked hard", "welcomed the findings", "added little")


def _councils() -> st.SearchStrategy[str]:
    """Councils with no comma in their name: one with a comma ("Bournemouth, Christchurch
    and Poole") in an apposition or a trust's name is not read yet."""
    return authority_names().filter(lambda x: "," not in x)


def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"


def _portfolio(draw: st.DrawFn) -> str:
    items = draw(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=3, unique=True))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _member_after_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Cllr Jane Doe, Kent's Cabinet Member for Early Help and Family Support, said ..."."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(_TITLES))
    role = f"{draw(st.sampled_from(_MEMBERS))} for {_portfolio(draw)}"
    return f"{title}{name}, {a}'s {role}, {draw(st.sampled_from(_SAID))}.", {(name, role.lower(), a)}


def _member_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Kent's Lead Member for Children, Young People and Skills, Councillor Jane Doe, said ..."."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(_TITLES))
    role = f"{draw(st.sampled_from(_MEMBERS))} for {_portfolio(draw)}"
    return f"{a}'s {role}, {title}{name}, {draw(st.sampled_from(_SAID))}.", {(name, role.lower(), a)}


def _premodified(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Kent's newly confirmed permanent director of children's services, Jane Doe, said ..."."""
    a, name = draw(_councils()), _name(draw)
    role = f"{draw(st.sampled_from(_PREMODIFIERS))} director of children's services"
    if draw(st.booleans()):
        return f"{a}'s {role}, {name}, {draw(st.sampled_from(_SAID))}.", {(name, role, a)}
    return f"{name}, {a}'s {role}, {draw(st.sampled_from(_SAID))}.", {(name, role, a)}


def _leader_title(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Opposition group leader Coun Sam Patel said Kent had failed": the title is no name."""
    a, name = draw(_councils()), _name(draw)
    role = draw(st.sampled_from(_LEADERS))
    title = draw(st.sampled_from(("Coun ", "Cllr ", "Councillor ", "")))
    return f"{role[0].upper()}{role[1:]} {title}{name} said {a} had let children down.", {(name, role.lower(), a)}


def _appointed(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jane Doe was appointed as its acting director of children's services"; "Kent
    appointed Jane Doe as its interim director of children's services"."""
    a, name = draw(_councils()), _name(draw)
    role = f"{draw(st.sampled_from(('acting', 'interim', 'permanent')))} director of children's services"
    verb = draw(st.sampled_from(("was appointed as its", "has been named as its", "has come in as", "took over as")))
    if draw(st.booleans()):
        return f"{a} was rated inadequate. {name} {verb} {role}.", {(name, role, a)}
    return f"{a} was rated inadequate. The council appointed {name} as its {role}.", {(name, role, a)}


def _trust(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jane Doe, chair of Wigan Children's Trust, said ...": the council the trust serves.
    (A council named with a comma, "Bournemouth, Christchurch and Poole", is not read as
    a trust's place yet: not drawn.)"""
    a, name = draw(_councils()), _name(draw)
    head = draw(st.sampled_from(("chair", "chief executive")))
    return (f"{name}, {head} of {a} Children's Trust, {draw(st.sampled_from(_SAID))}.",
            {(name, f"{head} of {a.lower()} children's trust", a)})


def _ofsted_official(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jo Bloggs, Ofsted's deputy director for social care, said ...": no council's."""
    a, name, role = draw(_councils()), _name(draw), draw(st.sampled_from(_OFSTED_ROLES))
    return f"{name}, Ofsted's {role}, said {a} had improved.", {(name, role, None)}


def _minister(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Children and families minister Jane Doe said ...": a national role."""
    a, name, role = draw(_councils()), _name(draw), draw(st.sampled_from(_BRIEFS))
    return f"{role[0].upper()}{role[1:]} {name} said {a} had improved.", {(name, role, None)}


def _left_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"That was before Jane Doe retired": a person with no role written, of the story's council."""
    a, name = draw(_councils()), _name(draw)
    event = draw(st.sampled_from((f"That was before {name} retired.", f"It came after {name} resigned.",
                                  f"It followed the resignation of {name}.", f"It followed the departure of {name}.")))
    return f"{a} was rated inadequate. {event}", {(name, None, a)}


def _bracketed_list(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """People listed in brackets with the council each represents: "representatives of
    three councils (Jane Doe, Kent County Council; Sam Roe, Essex County Council)" or
    "Jane Doe (Kent County Council) and Sam Roe (Essex County Council)"; no role."""
    councils = draw(st.lists(_councils(), min_size=2, max_size=3, unique=True))
    names = draw(st.lists(st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST)),
                          min_size=len(councils), max_size=len(councils), unique=True))
    people: set[PersonKey] = {(n, None, a) for n, a in zip(names, councils, strict=True)}
    if draw(st.booleans()):
        inner = "; ".join(f"{n}, {a} Council" for n, a in zip(names, councils, strict=True))
        return f"The panel heard from representatives of the councils ({inner}).", people
    items = [f"{n} ({a} Council)" for n, a in zip(names, councils, strict=True)]
    return f"The panel met {', '.join(items[:-1])} and {items[-1]} in May.", people


def _led_by(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Inspectors led by Jane Doe found ...": a named person, no role written; an
    inspector is no council's, commissioners sent to a council are that council's."""
    a, name = draw(_councils()), _name(draw)
    if draw(st.booleans()):
        return f"Inspectors led by {name} found that {a} had improved.", {(name, None, None)}
    return f"{a} was rated inadequate. Three commissioners led by {name} were sent in.", {(name, None, a)}


def _role_without_comma(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jane Doe the Chief Inspector said ...": the role after "the" with no comma."""
    a, name = draw(_councils()), _name(draw)
    written = draw(st.sampled_from(("Chief Inspector", "chief inspector", "Education Secretary", "children's minister")))
    verb = draw(st.sampled_from(("said", "declared", "warned", "told")))
    return f"{name} the {written} {verb} {a} had to improve.", {(name, written.lower(), None)}


def _commissioner(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jane Doe, the Children's Commissioner, said": the national office, capitalised, is
    no council's; a children's services commissioner sent to a council is that council's."""
    a, name = draw(_councils()), _name(draw)
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{name}, the Children's Commissioner, said {a} had to improve.", {(name, "children's commissioner", None)}
    if form == 1:
        return f"{name} the Children's Commissioner said {a} had to improve.", {(name, "children's commissioner", None)}
    return f"{a}'s children's services commissioner {name} said it had to improve.", {(name, "children's services commissioner", a)}


def _council_councillor(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A councillor of a council, the council before the title: "Kent County Councillor
    Jane Doe, Cabinet Member for Schools, said"; "Kent Councillor Jane Doe said"."""
    a, name = draw(_councils()), _name(draw)
    kind = draw(st.sampled_from(("", "County ", "City ", "Borough ")))
    other = draw(_councils().filter(lambda x: x != a))  # named last, the councillor's council is still the one before the title
    if draw(st.booleans()):
        role = f"Cabinet Member for {_portfolio(draw)}"
        return (f"{a} {kind}Councillor {name}, {role}, {draw(st.sampled_from(_SAID))} and praised {other}.",
                {(name, role.lower(), a)})
    return f"{other} was rated inadequate. {a} {kind}Councillor {name} said it was a shock.", {(name, None, a)}


def _of_body(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"Jane Doe, of Kent Children's Trust, said ...": a speaker of a body, no role
    written; the council the body is, or serves."""
    a, name = draw(_councils()), _name(draw)
    body = draw(st.sampled_from((f"{a} Children's Trust", f"{a} Council", f"the {a} Children's Services Trust")))
    return f"{name}, of {body}, {draw(st.sampled_from(_SAID))}.", {(name, None, a)}


def _dash_role(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A role parted from its name by a dash: "Letter from the children's minister - Jane
    Doe MP"; "Jane Doe - chair of the scrutiny panel - said"."""
    a, name = draw(_councils()), _name(draw)
    dash = draw(st.sampled_from(("-", "\u2013")))
    if draw(st.booleans()):
        role = draw(st.sampled_from(("minister of state for children and families", "children's minister")))
        return f"{a} received a letter from the {role} {dash} {name} MP.", {(name, role, None)}
    return f"{name} {dash} chair of the scrutiny panel {dash} said {a} had improved.", {(name, "chair of the scrutiny panel", a)}


def _mp(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Members of Parliament: "Local MP Jane Doe said", "Jane Doe MP said", "Jane Doe, MP
    for Kent North, said" (a constituency is no council)."""
    a, name = draw(_councils()), _name(draw)
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{a} was rated inadequate. Local MP {name} said it was a shock.", {(name, "local mp", a)}
    if form == 1:
        return f"{a} was rated inadequate. {name} MP said it was a shock.", {(name, "mp", a)}
    return f"{a} was rated inadequate. {name}, MP for Upper Wellsby, said it was a shock.", {(name, "mp for upper wellsby", None)}


def _long_apposition(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A role in apposition naming a long body, its acronym in brackets: "Jane Doe, convenor
    of the Society of Fostering Practitioners' standards working group, said"."""
    name = _name(draw)
    role = draw(st.sampled_from((
        "convenor of the Society of Fostering Practitioners' standards and training working group",
        "training lead for the Guild of Family Court Advisers (GFCA)",
        "policy officer for the Federation of Independent Reviewing Staff (FIRS)")))
    said = draw(st.sampled_from((",", "")))
    written = regex.sub(r" \(\p{Lu}+\)$", "", role)  # the body's acronym is an aside, not the role's
    return f"{name}, {role}{said} said vacancies had risen.", {(name, written.lower(), None)}


#: Words before a post that belong to it: a body ("Trust", "Board"), an invented body's
#: acronym (no council's: its post is no council's), a remit ("children's services").
_POST_BODIES: Final = ("trust", "board", "union branch", "scrutiny panel", "safeguarding partnership")
_POST_ACRONYMS: Final = ("FIRS", "GFCA", "NAFP", "Ofsted")  # invented bodies, and the inspectorate
_POST_REMITS: Final = ("children's services", "workforce development", "professional", "press", "cabinet")
_POST_HEADS: Final = ("chair", "officer", "lead", "manager", "member", "adviser", "co-ordinator")
_LEFT: Final = ("said {a} had improved", "told a meeting {a} had improved", "welcomed the report on {a}")


def _post_words(draw: st.DrawFn) -> tuple[str, bool]:
    """One to three words before a post's noun, and whether a national body (an acronym,
    Ofsted) opens them."""
    acronym = draw(st.booleans())
    first = draw(st.sampled_from(_POST_ACRONYMS if acronym else _POST_BODIES))
    remit = draw(st.sampled_from(("", *_POST_REMITS)))
    return " ".join(w for w in (first, remit, draw(st.sampled_from(_POST_HEADS))) if w), acronym


def _post_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post written before the name with no comma: "Trust chair Jane Doe said",
    "FIRS professional officer Sam Roe told ...", "welcomed by board chair Jo Bell"."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(("", "Cllr ", "Dr ")))
    post, acronym = _post_words(draw)
    authority = None if acronym else a
    if draw(st.booleans()):
        said = draw(st.sampled_from(_LEFT)).format(a=a)
        return f"{post[0].upper()}{post[1:]} {title}{name} {said}.", {(name, post.lower(), authority)}
    return f"The report on {a} was welcomed by {post} {title}{name}.", {(name, post.lower(), authority)}


def _post_of_body_then_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post of a body, then the name between commas: "The chair of the council's
    schools, skills and culture panel, Councillor Jane Doe, said ...",
    "Chief executive of the trust, Sam Roe, said ..."."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(("", "Cllr ", "Councillor ")))
    head = draw(st.sampled_from(("chair", "chief executive", "independent chair", "vice-chair", "head")))
    body = draw(st.sampled_from(("the trust", "the scrutiny panel", "the council's schools, skills and culture panel",
                                 "the safeguarding partnership", "the improvement board")))
    the = draw(st.sampled_from(("The ", "")))
    role = f"{head} of {body}"
    lead = f"{the}{role}" if the else f"{role[0].upper()}{role[1:]}"
    said = draw(st.sampled_from((", said", " said", ", told the panel")))
    return f"{a} was rated good. {lead}, {title}{name}{said} it was deserved.", {(name, role.lower(), a)}


def _owner_remit_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council's post by its remit, then the name between commas: "Kent's children's
    services councillor, Jane Doe, said"; "the island's schools lead, Sam Roe, said"."""
    a, name = draw(_councils()), _name(draw)
    post = f"{draw(st.sampled_from(('children', 'schools', 'early help', 'social care')))} {draw(st.sampled_from(('councillor', 'lead', 'manager')))}"
    return f"{a}'s {post}, {name}, {draw(st.sampled_from(_SAID))}.", {(name, post, a)}


#: What a person named alone is reported to have done, as articles write it.
_STANCES: Final = ("welcomed the report", "described the findings as fair", "admitted there was more to do",
                   "praised staff for their work", "acknowledged the concerns", "insisted the service had improved",
                   "stressed that staff had worked hard", "believes the service has improved", "wrote to parents",
                   "urged patience", "apologised to families", "vowed to act on every recommendation")


def _name_then_stance(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A name alone, then what they did or said in a verb other than "said": "Jane Doe
    welcomed the report"; no role, the story's council."""
    a, name = draw(_councils()), _name(draw)
    return f"{a} was rated good. {name} {draw(st.sampled_from(_STANCES))}.", {(name, None, a)}


def _name_from_body(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A name with the body they come from: "Jane Doe from the NSPCC said"; "Sam Roe,
    from Kent Children's Trust, said". No role; a council's body is that council's."""
    a, name = draw(_councils()), _name(draw)
    if draw(st.booleans()):
        body = draw(st.sampled_from(("the FIRS", "the Guild of Family Court Advisers", "the University of Upper Wellsby")))
        return f"{a} was rated good. {name} from {body} said it was deserved.", {(name, None, None)}
    body = draw(st.sampled_from((f"{a} Children's Trust", f"{a} Council")))
    return f"{name}, from {body}, said the report was fair.", {(name, None, a)}


def _name_as_role(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A name given a post by "as": "the council will work with Jane Doe as improvement
    adviser", "it brought in Sam Roe as its interim director for families"."""
    a, name = draw(_councils()), _name(draw)
    role = draw(st.sampled_from(("improvement adviser", "interim director for families", "chief executive",
                                 "independent chair")))
    lead = draw(st.sampled_from(("The council will work with", "The minister asked", "It brought in", "It has hired")))
    its = draw(st.sampled_from(("", "its ")))
    return f"{a} was rated inadequate. {lead} {name} as {its}{role}.", {(name, role, a)}


def _secretary_of_state(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A secretary of state or minister by the brief after "for": "Secretary of State for
    Local Government Jane Doe said"; national, no council's."""
    a, name = draw(_councils()), _name(draw)
    role = draw(st.sampled_from(("Secretary of State for Local Government", "secretary of state for education",
                                 "Minister for Children and Families", "Secretary of State for Housing and Communities")))
    return f"{role[0].upper()}{role[1:]} {name} said {a} had improved.", {(name, role.lower(), None)}


def _post_nominal(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Honours after the name are no part of it: "Jane Doe OBE, chair of the panel, said",
    "Sam Roe CBE said"."""
    a, name = draw(_councils()), _name(draw)
    honour = draw(st.sampled_from(("OBE", "MBE", "CBE", "DBE", "KC", "QC")))
    if draw(st.booleans()):
        return f"{name} {honour}, chair of the scrutiny panel, said {a} had improved.", {(name, "chair of the scrutiny panel", a)}
    return f"{a} was rated good. {name} {honour} said it was deserved.", {(name, None, a)}


def _aside_without_role(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A speaker with an aside that is no post: "Jane Doe, 45, said", "Sam Roe, whose son
    is in care, said"; no role, the story's council."""
    a, name = draw(_councils()), _name(draw)
    aside = draw(st.sampled_from(("45", "whose son is in care", "whose daughter was adopted", "31")))
    return f"{a} was rated good. {name}, {aside}, said it was deserved.", {(name, None, a)}


def _profession(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A speaker by their profession: "Jane Doe, a social worker at the council, said"."""
    a, name = draw(_councils()), _name(draw)
    job = draw(st.sampled_from(("social worker", "foster carer", "family support worker", "senior practitioner",
                                "researcher")))
    return f"{a} was rated good. {name}, a {job} at the council, said it was deserved.", {(name, f"{job} at the council", a)}


def _post_of_place_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post of a council written before the name with no comma: "Mayor of Kent Jane Doe
    said", "Chief Executive of Kent County Council Sam Roe said"."""
    a, name = draw(_councils()), _name(draw)
    head = draw(st.sampled_from(("Mayor", "Chief Executive", "Chair", "Leader")))
    body = draw(st.sampled_from((a, f"{a} Council")))
    return f"{head} of {body} {name} said the report was fair.", {(name, f"{head} of {body}".lower(), a)}


def _place_before_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council named as a modifier of the post is its authority, not the role's words;
    a body named for its place is: "the appointment of former Kent Council director for
    families Jane Doe", "Kent Children's Trust chief executive Sam Roe said"."""
    a, name = draw(_councils()), _name(draw)
    pre = draw(st.sampled_from(("", "former ", "then ", "interim ")))
    if draw(st.booleans()):
        post = draw(st.sampled_from(("director for families", "cabinet member", "council leader")))
        return f"It followed the appointment of {pre}{a} Council {post} {name} in May.", {(name, f"{pre}{post}", a)}
    post = f"{a} Children's Trust {draw(st.sampled_from(('chief executive', 'chair')))}"
    return f"{pre.capitalize()}{post} {name} said it was deserved.", {(name, f"{pre}{post}".lower(), a)}


PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "member-after-name": _member_after_name, "member-before-name": _member_before_name,
    "premodified-role": _premodified, "leader-title": _leader_title, "appointed-as-its": _appointed,
    "trust-chair": _trust, "ofsted-official": _ofsted_official, "minister": _minister, "left-post": _left_post,
    "bracketed-list": _bracketed_list, "led-by": _led_by, "role-without-comma": _role_without_comma,
    "of-body": _of_body, "council-councillor": _council_councillor, "commissioner": _commissioner, "dash-role": _dash_role, "mp": _mp, "long-apposition": _long_apposition,
    "post-before-name": _post_before_name, "post-of-body-then-name": _post_of_body_then_name,
    "owner-remit-post": _owner_remit_post, "name-then-stance": _name_then_stance, "name-from-body": _name_from_body,
    "name-as-role": _name_as_role, "secretary-of-state": _secretary_of_state, "post-nominal": _post_nominal,
    "aside-without-role": _aside_without_role, "profession": _profession,
    "post-of-place-before-name": _post_of_place_before_name, "place-before-post": _place_before_post,
    **MORE_PEOPLE_FRAMES, **PEOPLE_SHAPE_FRAMES, **UNSEEN_PEOPLE_FRAMES, **BLIND_PEOPLE_FRAMES, **TITLE_PEOPLE_FRAMES,
}


def _no_name_portfolio(draw: st.DrawFn) -> str:
    """A portfolio with no name after it: "The Cabinet Member for Early Help and Family Support said ..."."""
    return f"The {draw(st.sampled_from(_MEMBERS))} for {_portfolio(draw)} said {draw(_councils())} had improved."


def _title_and_surname(draw: st.DrawFn) -> str:
    """A title and a surname alone: "Coun Patel said ..." (no full name, no person)."""
    return f"{draw(st.sampled_from(('Coun', 'Cllr', 'Councillor', 'Sir')))} {draw(st.sampled_from(_LAST))} said it was fair."


def _trust_speaks(draw: st.DrawFn) -> str:
    """"Wigan Children's Trust said ...": a body, no person."""
    return f"{draw(_councils())} Children's Trust said it was pleased with the findings."


def _unnamed_role(draw: st.DrawFn) -> str:
    """A role with nobody named: "The opposition group leader said ..."; "appointed an interim director"."""
    a = draw(_councils())
    return draw(st.sampled_from((f"The {draw(st.sampled_from(_LEADERS)).lower()} said {a} had failed.",
                                 f"{a} appointed an interim director of children's services in May.",
                                 f"The {draw(st.sampled_from(_PREMODIFIERS))} director of children's services left {a}.")))


def _bracketed_bodies(draw: st.DrawFn) -> str:
    """Bodies in brackets, or a council with its acronym, name nobody: "Kent County
    Council (KCC) and Essex County Council (ECC) met"; "the councils (Kent, Essex)"."""
    a, b = draw(_councils()), draw(_councils())
    return draw(st.sampled_from((f"{a} Council (the council) and {b} Council met in May.",
                                 f"The councils ({a} Council; {b} Council) met in May.",
                                 f"Inspectors led by the chief inspector found that {a} had improved.")))


def _mp_words(draw: st.DrawFn) -> str:
    """MPs unnamed: "Local MPs said", "the MP for Upper Wellsby said"."""
    a = draw(_councils())
    return draw(st.sampled_from((f"Local MPs said {a} had failed.", f"The MP for Upper Wellsby said {a} had failed.",
                                 f"{a}'s MPs wrote to the minister.")))


def _councillors(draw: st.DrawFn) -> str:
    """A council's members unnamed: "Kent County Councillors voted against it"."""
    kind = draw(st.sampled_from(("", "County ", "City ", "Borough ")))
    return f"{draw(_councils())} {kind}Councillors voted against the plan."


def _bodies_take_stances(draw: st.DrawFn) -> str:
    """Councils, trusts and capitalised services doing what people do: "Kent Council
    welcomed the report", "Children's Services praised staff"."""
    a = draw(_councils())
    body = draw(st.sampled_from((f"{a} Council", f"{a} Children's Trust", "Children's Services", "Social Care",
                                 f"{a} County Council")))
    return f"{body} {draw(st.sampled_from(_STANCES))}."


def _media_outlet(draw: st.DrawFn) -> str:
    """A broadcaster or paper spoken to, capitalised like a name: "told BBC Radio Kent",
    "in the Kentish Gazette": no person."""
    a = draw(_councils())
    outlet = draw(st.sampled_from(("BBC Radio Kent", "Radio Northshire", "the Northshire Gazette", "Channel Four News",
                                   "Riverside Television", "the Weekly Chronicle")))
    verb = draw(st.sampled_from(("told", "speaking to", "in an interview with")))
    return f"The council's press office, {verb} {outlet}, said {a} had improved."


def _as_with_no_name(draw: st.DrawFn) -> str:
    """A post after "as" with no name: "Kent as its improvement adviser", "Children's
    Services as chief executive"."""
    a = draw(_councils())
    return draw(st.sampled_from((f"The minister named {a} Council as improvement adviser to its neighbour.",
                                 f"It brought in Children's Services as chief executive of the plan for {a}.")))


def _post_before_no_name(draw: st.DrawFn) -> str:
    """A post before capitalised words that are no name: a council, a remit, a body:
    "Trust chair Kent County Council said", "The chair of the panel, Early Help Services, met"."""
    a = draw(_councils())
    post, _ = _post_words(draw)
    after = draw(st.sampled_from((f"{a} Council", "Early Help", "Children's Services", f"{a} Children's Trust")))
    if draw(st.booleans()):
        return f"{post[0].upper()}{post[1:]} {after} said it had improved."
    return f"The chair of the scrutiny panel, {after}, said it had improved."


NON_PEOPLE_FRAMES: Final[dict[str, Callable[[st.DrawFn], str]]] = {
    "portfolio-with-no-name": _no_name_portfolio, "title-and-surname": _title_and_surname,
    "trust-speaks": _trust_speaks, "role-with-no-name": _unnamed_role,
    "bracketed-bodies": _bracketed_bodies, "mp-with-no-name": _mp_words,
    "councillors-with-no-name": _councillors, "post-before-no-name": _post_before_no_name,
    "bodies-take-stances": _bodies_take_stances, "as-with-no-name": _as_with_no_name, "media-outlet": _media_outlet, **MORE_NON_PEOPLE_FRAMES,
    **PEOPLE_SHAPE_NON_FRAMES, **UNSEEN_NON_PEOPLE_FRAMES,
}


@st.composite
def people_sentences(draw: st.DrawFn, frames: tuple[str, ...] = tuple(PEOPLE_FRAMES)) -> Generated:
    """A sentence naming people, and the (name, role, authority) of each in ``Generated.people``."""
    text, people = PEOPLE_FRAMES[draw(st.sampled_from(frames))](draw)
    return Generated(text=text, people=frozenset(people))


@st.composite
def non_people_sentences(draw: st.DrawFn) -> str:
    """A sentence with role words, titles or a trust's name but no person."""
    return NON_PEOPLE_FRAMES[draw(st.sampled_from(tuple(NON_PEOPLE_FRAMES)))](draw)
