"""Shapes of named people seen in invented stories (issue 22, "who they are"): a name
after a sentence's connective ("But Jane Doe, the council's leader, said") or a title
on an addressee's line ("Ms Jane Doe" over her post in a letter), a post given in a
relative clause ("who had been cabinet member for ... since 2012", "who became Kent's
director"), a post that a relative clause follows ("a former director who now chairs a
panel": the clause is no part of it), and surnames with an apostrophe and a hyphen or a
lower-case particle ("D'Arcy-Whyte", "ap Rhys"); a judge's title before the name, an age
after it ("Jane Doe, 20, a care leaver, said"), and a service user's description before
it ("Care leaver Jane Doe"); a person named in full only in passing who speaks later by
surname ("Doe said"), and its negative (a surname two people share); an adverb or
auxiliary before the verb ("Jane Doe also said", "has warned"); a post opening one
sentence and its holder's name the next, and its negative (a name the text gave before);
a party in brackets after the name, two asides before the verb, a plural title ("Cllrs");
a member of the public known by a first name with an age or a pseudonym's note; a
remit after a colon ("Executive Director: People").

Names are invented; councils are random draws. ``_people`` merges these frames into
``PEOPLE_FRAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import PersonKey, authority_names

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_FIRST: Final = ("Aisling", "Kwame", "Lindsey", "Marta", "Sean", "Ruth")
_LAST: Final = ("Okafor", "Fairweather-Hughes", "Tough-Lindqvist", "Abernethy", "Mbeki-Rowe")
#: Surnames of other shapes: an apostrophe and a hyphen, a lower-case particle.
_SHAPED: Final = ("D'Arcy-Whyte", "O'Brien-Kelly", "ap Rhys", "de la Cruz", "van der Merwe", "O'Sullivan")
_TITLES: Final = ("", "Cllr ", "Councillor ", "Dr ", "Ms ", "Mr ")
_CONNECTIVES: Final = ("But", "And", "Meanwhile", "However,", "Today", "Yesterday", "Separately,")
_POSTS: Final = ("director of children's services", "cabinet member for children and family services",
                 "executive director for children and families", "lead member for children, young people and skills",
                 "chief executive", "assistant director for early help")
_SAID: Final = ("said it was deserved", "welcomed the report", "said staff had worked hard")


def _councils() -> st.SearchStrategy[str]:
    return authority_names().filter(lambda x: "," not in x)


def _name(draw: st.DrawFn, shaped: bool = False) -> str:
    return f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_SHAPED if shaped else _LAST))}"


def _connective_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A sentence's connective before the name is no part of it: "But Cllr Jane Doe, Kent's
    director of children's services, said"."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(_TITLES))
    post, said = draw(st.sampled_from(_POSTS)), draw(st.sampled_from(_SAID))
    connective = draw(st.sampled_from(_CONNECTIVES))
    return f"{a} was rated good. {connective} {title}{name}, {a}'s {post}, {said}.", {(name, post, a)}


def _post_in_relative_clause(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post given by a relative clause of being or becoming: "Jane Doe, who had been
    cabinet member for children since 2012, said", "who became Kent's director in 2016"."""
    a, name, title = draw(_councils()), _name(draw), draw(st.sampled_from(_TITLES))
    post, said = draw(st.sampled_from(_POSTS)), draw(st.sampled_from(_SAID))
    verb = draw(st.sampled_from(("is", "was", "has been", "had been", "became", "has become")))
    owner = draw(st.sampled_from(("", f"{a}'s ", "the council's ")))
    when = draw(st.sampled_from(("", " since 2012", " in 2016")))
    return f"{a} was rated good. {title}{name}, who {verb} {owner}{post}{when}, {said}.", {(name, post, a)}


def _post_before_relative_clause(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A relative clause after a post in apposition is no part of the post: "Jane Doe, a
    former director who now chairs a panel, said"."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(("former director of children's services", "interim director of children's services",
                                 "former chief executive")))
    clause = draw(st.sampled_from(("who now chairs a family justice panel", "who left the council in 2019",
                                   "which she held for six years")))
    return f"{a} was rated good. {name}, a {post} {clause}, said it was deserved.", {(name, post, a)}


def _addressee(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A letter's addressee: the name with a title on one line, the post on the next, then
    the council: "Ms Jane Doe / Director of Children's Services / Kent County Council"."""
    a, name = draw(_councils()), _name(draw)
    title = draw(st.sampled_from(("Ms ", "Mr ", "Dr ", "Mrs ", "")))
    post = draw(st.sampled_from(("Director of Children's Services", "Interim Director of Children's Services",
                                 "Chief Executive")))
    surname = name.split()[-1]
    return (f"14 February 2020\n\n{title}{name}\n{post}\n{a} Council\nTown Hall\n\nDear {title or 'Dr '}{surname}\n\n"
            f"Monitoring visit to {a} children's services\n", {(name, post.lower(), a)})


def _shaped_surname(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Surnames with an apostrophe and a hyphen, or a lower-case particle, are read whole:
    "Aisling D'Arcy-Whyte", "Lindsey ap Rhys", "Marta de la Cruz"."""
    a, name, title = draw(_councils()), _name(draw, shaped=True), draw(st.sampled_from(_TITLES))
    post, said = draw(st.sampled_from(_POSTS)), draw(st.sampled_from(_SAID))
    if draw(st.booleans()):
        return f"{a} was rated good. {title}{name}, {a}'s {post}, {said}.", {(name, post, a)}
    return f"{a} was rated good. {a}'s {post}, {title}{name}, {said}.", {(name, post, a)}


def _judicial_title(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A judge's title before the name is the role, not part of the name: "District Judge
    Jane Doe said" (a judge is no council's)."""
    a, name = draw(_councils()), _name(draw)
    title = draw(st.sampled_from(("District Judge", "Judge", "Circuit Judge", "Deputy District Judge")))
    verb = draw(st.sampled_from(("said the delay was unacceptable", "criticised the council")))
    return f"{a} Council was criticised in court. {title} {name} {verb}.", {(name, title.lower(), None)}


def _age_then_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An age between the name and what follows it: "Jane Doe, 20, a care leaver from the
    town, said", "Jane Doe, 20, who sits on the children in care council, said"."""
    a, name = draw(_councils()), _name(draw)
    age = draw(st.integers(min_value=16, max_value=70))
    if draw(st.booleans()):
        post = draw(st.sampled_from(("care leaver", "foster carer", "social worker")))
        return f"{a} was rated good. {name}, {age}, a {post} from the town, said it was deserved.", {
            (name, f"{post} from the town", a)}
    return f"{a} was rated good. {name}, {age}, who sits on the children in care council, said it was deserved.", {
        (name, None, a)}


def _service_user_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Who a speaker is to the service, written before the name: "Care leaver Jane Doe said"."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(("Care leaver", "Foster carer")))
    return f"{a} was rated good. {post} {name} said it was deserved.", {(name, post.lower(), a)}


def _surname_speaks(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A person named in full only in passing, who speaks later by surname alone (maybe
    with a title): "The report landed on Jane Doe's desk. ... Doe said it was fair."."""
    a, name = draw(_councils()), _name(draw)
    surname = name.split()[-1]
    passing = draw(st.sampled_from((f"The report landed on {name}'s desk on Monday.", f"Councillors met {name} on Tuesday.",
                                    f"It was sent to {name} last week.")))
    title = draw(st.sampled_from(("", "Mr ", "Ms ", "Dr ")))
    said = draw(st.sampled_from((f"{title}{surname} said it was deserved.", f'"It is deserved," {title}{surname} said.',
                                 f'"It is deserved," said {title}{surname}.', f"{title}{surname} told reporters it was fair.")))
    return f"{a} was rated good. {passing}\n\n{said}", {(name, None, a)}


def _adverb_before_verb(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An adverb or auxiliary between the name and the verb, or a verb of thinking: "Jane
    Doe also said", "Jane Doe has warned", "Jane Doe thinks"; no role, the story's council."""
    a, name = draw(_councils()), _name(draw)
    verb = draw(st.sampled_from(("also said", "has said", "had previously warned", "later told reporters", "thinks",
                                 "hopes", "agreed", "has since admitted")))
    return f"{a} was rated good. {name} {verb} the service had improved.", {(name, None, a)}


def _post_then_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post with no name opening one sentence, its holder's full name opening the next
    (maybe after a paragraph break): "Kent's director of children's services is to leave.
    Jane Doe, who took up the post in 2016, will ..."."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(("director of children's services", "interim director of children's services",
                                 "chief executive", "cabinet member for children and family services")))
    verb = draw(st.sampled_from(("is to leave the council next month.", "has resigned.", "will retire in the spring.")))
    aside = draw(st.sampled_from(("", ", who took up the post in 2016,", ", who joined from a neighbouring council,")))
    then = draw(st.sampled_from(("will become chief executive of a trust.", "thanked staff.", "said it was time for a change.")))
    gap = draw(st.sampled_from((" ", "\n\n")))
    return f"{a}'s {post} {verb}{gap}{name}{aside} {then}", {(name, post, a)}


def _post_without_change(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post opening the sentence before with no change of holder ("Its former director
    now works for Y.") gives the next sentence's speaker no post: no role, the story's council."""
    a, b, name = draw(_councils()), draw(_councils()), _name(draw)
    before = draw(st.sampled_from((f"Its former director now works for {b} Council.", "The chief executive chaired the meeting.",
                                   "The council's leader welcomed the report.")))
    return f"{a} was rated good. {a} Council has a new team. {before} {name} said it was fair.", {(name, None, a)}


def _first_name_only(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A member of the public known by a first name, with an age or a pseudonym's note,
    who speaks: "Kayla, 17, who has lived with us for years, said", "Sam (not his real
    name) said"; no role, the story's council."""
    a = draw(_councils())
    first = draw(st.sampled_from(("Kayla", "Jordan", "Priya", "Callum")))
    who = draw(st.sampled_from((f"{first}, 17,", f"{first}, 19, who has lived with us for years,", f"{first} (not her real name)")))
    verb = draw(st.sampled_from(("said she had waited months for help.", "put it bluntly: nobody asked her.",
                                 "told the meeting she had three social workers in a year.")))
    return f"{a} was rated good. {who} {verb}", {(first, None, a)}


def _colon_remit(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post's remit after a colon, as councils title their directors: "Jane Doe,
    Executive Director: People, said", "Strategic Director: Children's Services"."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(("Executive Director: People", "Strategic Director: Children's Services",
                                 "executive director: people", "Corporate Director: Children and Families")))
    return f"{a} was rated good. {name}, {post}, said it was deserved.", {(name, post.lower(), a)}


def _name_known_before(draw: st.DrawFn) -> str:
    """A name opening the sentence after a post's is no holder of it when the text named
    them before: "Jane Doe chaired the meeting. ... Kent's director is to leave. Jane Doe
    thanked staff." (no role for her; no record, as she only chairs and thanks)."""
    a, name = draw(_councils()), _name(draw)
    return (f"{a} was rated good. The meeting heard from {name} on Monday.\n\n"
            f"{a}'s director of children's services is to leave next month. {name} spoke later.")


def _party_in_brackets(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A party or ward in brackets after the name, then the post: "Cllr Jane Doe (Lab,
    Ashford Central), cabinet member for children, said"."""
    a, name = draw(_councils()), _name(draw)
    bracket = draw(st.sampled_from(("(Lab)", "(Con, Ashford Central)", "(Liberal Democrat)", "(Ind, Upper Ward)")))
    post, said = draw(st.sampled_from(_POSTS)), draw(st.sampled_from(_SAID))
    return f"{a} was rated good. Cllr {name} {bracket}, {post}, {said}.", {(name, post, a)}


def _two_asides(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Two asides that are no post before the verb: "Jane Doe, 45, of Ashford, said"."""
    a, name = draw(_councils()), _name(draw)
    asides = draw(st.sampled_from((", 45, of Ashford,", ", 31, from the town,", ", a mother of two, of Ashford,")))
    return f"{a} was rated good. {name}{asides} said it was deserved.", {(name, None, a)}


def _plural_title(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A plural title before two names: "Cllrs Jane Doe and Sam Roe said"."""
    a = draw(_councils())
    one, two = draw(st.lists(st.sampled_from([f"{first} {last}" for first in _FIRST for last in _LAST]), min_size=2, max_size=2,
                             unique_by=lambda n: n.split()[-1]))
    title = draw(st.sampled_from(("Cllrs", "Councillors")))
    return f"{a} was rated good. {title} {one} and {two} said it was deserved.", {(one, None, a), (two, None, a)}


def _coordinated_appositions(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Two people, each with a post in apposition, joined by "and": "Jane Doe, the
    council's lead member for Children and Families, and Sam Roe, its chief executive,
    said" (the second name is no item of the first post's portfolio)."""
    a = draw(_councils())
    one, two = draw(st.lists(st.sampled_from([f"{first} {last}" for first in _FIRST for last in _LAST]), min_size=2, max_size=2,
                             unique_by=lambda n: n.split()[-1]))
    first = draw(st.sampled_from((*_POSTS, "cabinet member for Children and Families", "lead member for Early Help")))
    second = draw(st.sampled_from(_POSTS))
    owner1 = draw(st.sampled_from(("", "the council's ", f"{a}'s ")))
    owner2 = draw(st.sampled_from(("", "its ", "the council's ", f"{a}'s ")))
    title = draw(st.sampled_from(("", "Cllr ", "Dr ")))
    said = draw(st.sampled_from(_SAID))
    return (f"{a} was rated good. {title}{one}, {owner1}{first}, and {two}, {owner2}{second}, {said}.",
            {(one, first.lower(), a), (two, second, a)})


def _post_with_its_time(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post with when it was taken, between dashes or after "who took over as": the time
    is no part of it ("Jane Doe – interim director of children's services since January
    last year – will stay", "who took over as director in the spring")."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(_POSTS[:4]))
    when = draw(st.sampled_from((" since January last year", " since 2020", " in the spring", " since last May", "")))
    if draw(st.booleans()):
        return f"{a} was rated good. {name} – {post}{when} – will stay on until the handover.", {(name, post, a)}
    return f"{a} was rated good. {name}, who took over as {a}'s {post}{when}, {draw(st.sampled_from(_SAID))}.", {(name, post, a)}


def _post_before_name_in_place(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post before the name with a remit link or its place: "The councillor responsible
    for children's services, Jane Doe, said", "The Department for Education's improvement
    adviser in Kent, Jane Doe, said"."""
    a, name = draw(_councils()), _name(draw)
    said = draw(st.sampled_from(_SAID))
    if draw(st.booleans()):
        remit = draw(st.sampled_from(("children's services", "children and families", "education and skills")))
        link = draw(st.sampled_from(("responsible for", "with responsibility for")))
        return f"{a} was rated good. The councillor {link} {remit}, {name}, {said}.", {(name, f"councillor {link} {remit}", a)}
    post = draw(st.sampled_from(("improvement adviser", "children's services commissioner")))
    return (f"{a} was rated good. The Department for Education's {post} in {a}, {name}, {said}.",
            {(name, post, a)})


def _posts_of_other_services(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Posts of the police and health partners, in a list parted by semicolons or in
    apposition with a relative clause after: "addressed to Kent's director of children's
    services, Jane Doe; Kent Police's assistant chief constable, Sam Roe; ...", "Dr Jane
    Doe, a consultant paediatrician who sat on the panel, said"."""
    a = draw(_councils())
    one, two = draw(st.lists(st.sampled_from([f"{f} {last}" for f in _FIRST for last in _LAST]), min_size=2, max_size=2,
                             unique_by=lambda n: n.split()[-1]))
    if draw(st.booleans()):
        post = draw(st.sampled_from(("assistant chief constable", "chief superintendent", "chief constable", "chief nurse")))
        end = draw(st.sampled_from(("; and the local health board.", "; and the designated nurse.")))
        return (f"{a} was praised. The letter was addressed to {a}'s director of children's services, {one}; "
                f"Mercia Police's {post}, {two}{end}", {(one, "director of children's services", a), (two, post, a)})
    post = draw(st.sampled_from(("consultant paediatrician", "clinical psychologist", "family therapist", "community midwife")))
    return (f"{a} was praised. Dr {one}, a {post} who sat on the review panel, {draw(st.sampled_from(_SAID))}.",
            {(one, post, a)})


def _bracketed_post_and_remit(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post and its remit in brackets after the name: "Jane Doe (assistant director,
    safeguarding) said"."""
    a, name = draw(_councils()), _name(draw)
    post = draw(st.sampled_from(("assistant director", "head of service", "service manager")))
    remit = draw(st.sampled_from(("safeguarding", "early help and prevention", "children in care")))
    return f"{a} was rated good. {name} ({post}, {remit}) {draw(st.sampled_from(_SAID))}.", {(name, f"{post}, {remit}", a)}


def _surname_of_two(draw: st.DrawFn) -> str:
    """A surname two people named in passing share names neither: "Doe said" after "Jane
    Doe and Sam Doe" is no person."""
    a, surname = draw(_councils()), draw(st.sampled_from(_LAST))
    one, two = draw(st.lists(st.sampled_from(_FIRST), min_size=2, max_size=2, unique=True))
    return f"{a} was rated good. Councillors met {one} {surname} and {two} {surname} on Tuesday.\n\n{surname} said it was fine."


PEOPLE_SHAPE_NON_FRAMES: Final[dict[str, Callable[[st.DrawFn], str]]] = {
    "surname-of-two": _surname_of_two, "name-known-before": _name_known_before}

PEOPLE_SHAPE_FRAMES: Final[dict[str, _Frame]] = {
    "first-name-only": _first_name_only, "colon-remit": _colon_remit, "post-then-name": _post_then_name, "post-without-change": _post_without_change, "party-in-brackets": _party_in_brackets, "two-asides": _two_asides,
    "plural-title": _plural_title, "surname-speaks": _surname_speaks, "adverb-before-verb": _adverb_before_verb,
    "judicial-title": _judicial_title, "age-then-post": _age_then_post, "service-user-before-name": _service_user_before_name,
    "connective-before-name": _connective_before_name, "post-in-relative-clause": _post_in_relative_clause,
    "post-before-relative-clause": _post_before_relative_clause, "addressee": _addressee,
    "shaped-surname": _shaped_surname, "coordinated-appositions": _coordinated_appositions,
    "post-with-its-time": _post_with_its_time, "post-before-name-in-place": _post_before_name_in_place,
    "posts-of-other-services": _posts_of_other_services, "bracketed-post-and-remit": _bracketed_post_and_remit,
}
__all__ = ["PEOPLE_SHAPE_FRAMES", "PEOPLE_SHAPE_NON_FRAMES"]
