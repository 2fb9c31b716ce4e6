"""Sentences naming people with their roles (issue 22, "who they are"), and sentences
whose role words and titles name nobody.

Names are invented; councils are random draws. Each positive frame gives the people a
careful reader would extract, as (name, role, authority); each negative frame gives none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import Generated, PersonKey, authority_names

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


PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "member-after-name": _member_after_name, "member-before-name": _member_before_name,
    "premodified-role": _premodified, "leader-title": _leader_title, "appointed-as-its": _appointed,
    "trust-chair": _trust, "ofsted-official": _ofsted_official, "minister": _minister, "left-post": _left_post,
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


NON_PEOPLE_FRAMES: Final[dict[str, Callable[[st.DrawFn], str]]] = {
    "portfolio-with-no-name": _no_name_portfolio, "title-and-surname": _title_and_surname,
    "trust-speaks": _trust_speaks, "role-with-no-name": _unnamed_role,
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
