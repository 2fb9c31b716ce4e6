"""People in the shapes a third sweep (names, what stands before a name, verbs after it,
posts and when they were held) showed the library getting wrong (issue 22); names are
invented.

- A middle initial with a full stop ("Jane A. Doe") ends no sentence: the name is whole;
  a letter labelling a part ("Annex B. Draft letter") still ends one.
- A word saying who a person is, capitalised before the name ("Mum Jane Doe",
  "Grandmother Jane Doe, 62,", "Mother-of-three Jane Doe"), and a preposition opening the
  sentence ("Under Jane Doe, the council's director, ..."), are no part of the name.
- A name the inspectorate's possessive stands before ("Ofsted's Jane Doe") is no council's
  person; "led" after a name makes one ("Jane Doe led the inspection").
- A person who did something other than speak, or spoke with a verb no list had: "Jane Doe
  declined to comment", "did not respond", "pointed out that", "tweeted that", "went on to say".
- When a post was held, after it, is no part of it: "who was director at the time", "director
  at the time of the inspection", "who was director when the inspection took place", "appointed
  Jane Doe as its head of safeguarding in March".
- A post taken up or held, however the verb says so ("was promoted to", "starts
  as", "joined Kent Council as", "will take up the post of", "appointed Jane Doe its
  interim director", "who serves as", "who was made"), held until a time ("until last
  year"), framed ("in her role as", "speaking as"), or with a remit of two items and a
  place ("lead member for young people and skills in Kent", "director in neighbouring
  Kent"): the post alone; a post in
  apposition to a surname opening a later sentence ("Doe, who is the council's director,
  said"): the full name's.
- A post and its council in brackets ("Jane Doe (chief executive, Kent Council) said"), a post
  in capitals in brackets ("Jane Doe (Director of Children's Services)"), and a post after
  "joined the council as" or "took up her post as": the post is the role.
- A post written before a name, wherever the name stands: opening the sentence ("County
  councillor Jane Doe said"), after a verb of speech ("..., said ward councillor Jane Doe",
  "according to principal social worker Jane Doe"), with no word before the post's noun
  ("Kent councillor Jane Doe": the council is the authority, "councillor" the role); a title
  ("Councillor Jane Doe", "Kent County Councillor Jane Doe") is no post.
- A body other than a council in brackets after a name ("Jane Doe (Kent Police)", "(Riverside
  Healthcare NHS Foundation Trust)") makes a person of no council, or of the council a
  children's trust serves.

Each frame gives ``Generated`` text with its people (name, role, authority).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import Generated, authority_names

_FIRST: Final = ("Beverley", "Imran", "Lesley", "Chidi", "Yvonne", "Gareth", "Siân")
_LAST: Final = ("Fairweather", "Okafor", "Nowak", "Thompson-Reid", "McCarthy", "O'Brien", "de Souza")
_POSTS: Final = ("director of children's services", "chief executive", "head of children's social care",
                 "assistant director for safeguarding", "cabinet member for children's services", "chief operating officer",
                 "chief finance officer")

_Frame = Callable[[st.DrawFn], Generated]


def _parts(draw: st.DrawFn) -> tuple[str, str, str]:
    council = draw(authority_names().filter(lambda x: "," not in x))
    return council, f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}", draw(st.sampled_from(_POSTS))


def _story(council: str) -> str:
    return f"Children's services at {council} Council have been rated good by Ofsted.\n\n"


def _middle_initial(draw: st.DrawFn) -> Generated:
    """"Jane A. Doe, the council's director, said ...": the name with its initial; and a
    lettered part before a sentence ("See Annex B. Jane Doe said ...") is no initial."""
    council, name, post = _parts(draw)
    first, last = name.split(" ", 1)
    initial = draw(st.sampled_from("ABDJKMRT"))
    if draw(st.booleans()):
        full = f"{first} {initial}. {last}"
        return Generated(f"{_story(council)}{full}, the council's {post}, said staff had worked hard.",
                         people=frozenset({(full, post, council)}))
    part = draw(st.sampled_from(("Annex", "Appendix", "Table", "Part")))
    return Generated(f"{_story(council)}The plan is set out in {part} {initial}. {name}, the council's {post}, said staff had "
                     "worked hard.", people=frozenset({(name, post, council)}))


_DESCRIPTORS: Final = ("Mum", "Grandmother", "Mother-of-three", "Teenager", "Campaigner", "Dad", "Pensioner")


def _descriptor_before_name(draw: st.DrawFn) -> Generated:
    """"Mum Jane Doe, whose son is in care, said ...": the name without the word before it."""
    council, name, _ = _parts(draw)
    word = draw(st.sampled_from(_DESCRIPTORS))
    aside = draw(st.sampled_from((", whose son is in care,", ", 62,", "")))
    return Generated(f"{_story(council)}{word} {name}{aside} said the service had let the family down.",
                     people=frozenset({(name, None, council)}))


def _preposition_before_name(draw: st.DrawFn) -> Generated:
    """"Under Jane Doe, the council's director, the service improved": the name alone."""
    council, name, post = _parts(draw)
    word = draw(st.sampled_from(("Under", "With", "Unlike", "Alongside", "Like")))
    return Generated(f"{_story(council)}{word} {name}, the council's {post}, the service has improved.",
                     people=frozenset({(name, post, council)}))


def _inspectorate_person(draw: st.DrawFn) -> Generated:
    """"Ofsted's Jane Doe led the inspection" or "... said": a person of no council."""
    council, name, _ = _parts(draw)
    verb = draw(st.sampled_from(("led the inspection", "said the council had improved", "welcomed the progress")))
    return Generated(f"{_story(council)}Ofsted's {name} {verb}.", people=frozenset({(name, None, None)}))


_DEEDS: Final = ("declined to comment", "did not respond to a request for comment", "pointed out that caseloads had fallen",
                 "tweeted that the grade was deserved", "went on to say the grade was deserved", "refused to comment",
                 "led the team that rebuilt the service", "revealed that caseloads had fallen")


def _deed_after_name(draw: st.DrawFn) -> Generated:
    """"Jane Doe declined to comment", "... pointed out that ...": a person of the story's council."""
    council, name, _ = _parts(draw)
    return Generated(f"{_story(council)}{name} {draw(st.sampled_from(_DEEDS))}.", people=frozenset({(name, None, council)}))


_HELD_THEN: Final = (
    "{n}, who was {p} at the time, left in 2019.",
    "{n}, {p} at the time of the inspection, left in 2019.",
    "{n}, who was {p} when the inspection took place, has since left.",
    "The {p} at the time, {n}, left in 2019.",
    "{c} Council appointed {n} as its {p} in March.",
    "{n}, who was the {p} until last year, declined to comment.",
    "{n}, {p} at {c} Council until 2020, declined to comment.",
    "{n}, who was {p} until May, has since left.",
)


def _post_with_its_time(draw: st.DrawFn) -> Generated:
    """"Jane Doe, who was director at the time, left": the post without its time."""
    council, name, post = _parts(draw)
    text = draw(st.sampled_from(_HELD_THEN)).format(n=name, p=post, c=council)
    return Generated(_story(council) + text, people=frozenset({(name, post, council)}))


def _post_in_brackets(draw: st.DrawFn) -> Generated:
    """"Jane Doe (chief executive, Kent Council) said", "Jane Doe (Director of Children's
    Services) said": the post, lower-cased, is the role."""
    council, name, post = _parts(draw)
    if draw(st.booleans()):
        return Generated(f"{_story(council)}{name} ({post}, {council} Council) said staff had worked hard.",
                         people=frozenset({(name, post, council)}))
    capitals = " ".join(w if w in ("of", "for") else w[0].upper() + w[1:] for w in post.split())
    return Generated(f"{_story(council)}{name} ({capitals}) said staff had worked hard.", people=frozenset({(name, post, council)}))


def _post_taken_up(draw: st.DrawFn) -> Generated:
    """"Jane Doe, who joined the council as director in 2016, is leaving", "took up her post as": the post."""
    council, name, post = _parts(draw)
    text = draw(st.sampled_from((f"{name}, who joined the council as {post} in 2016, is leaving.",
                                 f"{name} took up her post as {post} in 2016.",
                                 f"{name}, who joined the authority as {post} last year, is leaving.",
                                 f"{name}, who joined {council} Council as {post} in 2016, is leaving.",
                                 f"{name} joined {council} Council as {post} in 2016.",
                                 f"{name} was promoted to {post} at {council} Council in 2020.",
                                 f"{name} starts as {post} next month.",
                                 f"The council confirmed that {name} will take up the post of {post}.",
                                 f"{council} Council has appointed {name} its interim {post}.",
                                 f"{name}, who serves as {post}, said staff had worked hard.",
                                 f"{name}, who was made {post} last year, said staff had worked hard.",
                                 f"{name}, who stepped in as acting {post} in {council}, said staff had worked hard.")))
    if "interim" in text:
        post = f"interim {post}"
    elif "acting" in text:
        post = f"acting {post}"
    return Generated(_story(council) + text, people=frozenset({(name, post, council)}))


def _later_surname(draw: st.DrawFn) -> Generated:
    """"Jane Doe welcomed the report. Doe, who is the council's director, said ...": the
    surname's post is the full name's (each mention a record; the scorer merges them)."""
    council, name, post = _parts(draw)
    surname = name.split()[-1]
    link = draw(st.sampled_from(["who is the council's ", "the council's ", "who is ", ""]))
    return Generated(f"{_story(council)}{name} welcomed the report. {surname}, {link}{post}, said staff had worked hard.",
                     people=frozenset({(name, None, council), (name, post, council)}))


def _post_framed(draw: st.DrawFn) -> Generated:
    """"Jane Doe, in her role as director, said", "speaking as", "acting in his capacity as":
    the frame is no part of the post."""
    council, name, post = _parts(draw)
    frame = draw(st.sampled_from(("in her role as", "in his capacity as", "speaking as", "acting in her capacity as",
                                  "writing as the council's")))
    return Generated(f"{_story(council)}{name}, {frame} {post}, said staff had worked hard.", people=frozenset({(name, post, council)}))


_REMITS: Final = ("young people and skills", "adults and children", "education, families and early help", "schools and skills")


def _remit_in_place(draw: st.DrawFn) -> Generated:
    """"Jane Doe, lead member for young people and skills in Kent, said": the whole
    remit is the post's, the place its council."""
    council, name, _ = _parts(draw)
    post = f"{draw(st.sampled_from(('cabinet member', 'lead member', 'executive member')))} for {draw(st.sampled_from(_REMITS))}"
    text = draw(st.sampled_from((f"{name}, {post} in {council}, said staff had worked hard.",
                                 f"The report was welcomed by {name}, who is {post} in {council}.")))
    return Generated(f"{_story(council)}{text}", people=frozenset({(name, post, council)}))


def _post_in_area(draw: st.DrawFn) -> Generated:
    """"Jane Doe, head of safeguarding in neighbouring Kent, said": the council's
    area is where the post is held, no part of it (as "at Kent County Council" is none)."""
    council, name, post = _parts(draw)
    where = draw(st.sampled_from(("", "neighbouring ", "nearby ")))
    return Generated(f"{_story(council)}{name}, {post} in {where}{council}, said staff had worked hard.",
                     people=frozenset({(name, post, council)}))


def _post_after_determiner(draw: st.DrawFn) -> Generated:
    """"The council leader Jane Doe said", "Its chief executive Jane Doe": the determiner
    is no part of the post."""
    council, name, _ = _parts(draw)
    post = draw(st.sampled_from(("council leader", "chief executive", "director of children's services", "deputy leader")))
    det = draw(st.sampled_from(("The", "Its", "Their")))
    return Generated(f"{_story(council)}{det} {post} {name} said staff had worked hard.", people=frozenset({(name, post, council)}))


def _remit_written_out(draw: st.DrawFn) -> Generated:
    """A councillor's remit after a comma in brackets ("(Lead Member, Children and
    Families)"), after "with responsibility for", or a committee named by a list ("chair
    of the schools, learning and skills panel"): the whole post."""
    council, name, _ = _parts(draw)
    remit = draw(st.sampled_from(("Children and Young People", "Children, Schools and Families", "Young People and Skills")))
    frame = draw(st.integers(0, 2))
    if frame == 0:
        member = draw(st.sampled_from(("Lead Member", "Cabinet Member", "Portfolio Holder")))
        return Generated(f"{_story(council)}Councillor {name} ({member}, {remit}) introduced the report.",
                         people=frozenset({(name, f"{member}, {remit}".lower(), council)}))
    if frame == 1:
        link = draw(st.sampled_from(("with responsibility for", "with special responsibility for")))
        post = f"cabinet member {link} {remit.lower()}"
        return Generated(f"{_story(council)}Councillor {name}, {post}, said staff had worked hard.", people=frozenset({(name, post, council)}))
    post = f"chair of the {draw(st.sampled_from(('schools, learning and skills', 'corporate parenting, adoption and fostering')))} {draw(st.sampled_from(('committee', 'panel', 'board')))}"
    return Generated(f"{_story(council)}Cllr {name}, {post}, said staff had worked hard.", people=frozenset({(name, post, council)}))


_OTHER_BODIES: Final = ("Kent Police", "Riverside Healthcare NHS Foundation Trust", "Northshire Clinical Commissioning Group",
                        "the Northshire Safeguarding Partnership")


def _body_in_brackets(draw: st.DrawFn) -> Generated:
    """"Jane Doe (Kent Police) and Sam Roe (Kent County Council) attended": each a person, of
    the council named or of none (a children's trust: the council it serves)."""
    council, name, _ = _parts(draw)
    other = draw(st.sampled_from(("Sam Roe", "Ali Khan", "Jo Bloggs")))
    body = draw(st.sampled_from((*_OTHER_BODIES, f"{council} Children's Trust")))
    served = council if body.endswith("Children's Trust") else None
    return Generated(f"{_story(council)}{name} ({body}) and {other} ({council} Council) attended the meeting.",
                     people=frozenset({(name, None, served), (other, None, council)}))


_POSTS_BEFORE: Final = ("county councillor", "ward councillor", "Labour councillor", "opposition councillor",
                        "senior social worker", "principal social worker", "council spokesperson", "{council} councillor",
                        "social work academy lead", "Unison rep")


def _post_before_name(draw: st.DrawFn) -> Generated:
    """"..., said ward councillor Jane Doe": the post before the name is the role (a
    council's name in it is the authority); "Councillor Jane Doe" is a title, no role."""
    council, name, _ = _parts(draw)
    post = draw(st.sampled_from(_POSTS_BEFORE))
    role: str | None = "councillor" if post == "{council} councillor" else post.lower()
    post = post.format(council=council)
    if draw(st.integers(0, 5)) == 0:
        post, role = draw(st.sampled_from(("Councillor", f"{council} County Councillor"))), None
    text = draw(st.sampled_from((
        "{P} {N} said the report made worrying reading.", "The report made worrying reading, said {p} {N}.",
        '"We will act on every finding," said {p} {N}.', "According to {p} {N}, the report made worrying reading.",
    ))).format(P=post[0].upper() + post[1:], p=post, N=name)
    return Generated(f"{_story(council)}{text}", people=frozenset({(name, role, council)}))


#: Frames of people alone (no quotation), by the phenomenon each generates.
OFFICE_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "middle-initial": _middle_initial, "descriptor-before-name": _descriptor_before_name,
    "preposition-before-name": _preposition_before_name, "inspectorate-person": _inspectorate_person,
    "deed-after-name": _deed_after_name, "post-with-its-time": _post_with_its_time, "post-in-brackets": _post_in_brackets,
    "post-taken-up": _post_taken_up, "body-in-brackets": _body_in_brackets, "post-before-name": _post_before_name,
    "post-framed": _post_framed, "remit-in-place": _remit_in_place, "post-in-area": _post_in_area,
    "post-after-determiner": _post_after_determiner, "remit-written-out": _remit_written_out, "later-surname": _later_surname,
}

__all__ = ["OFFICE_PEOPLE_FRAMES"]
