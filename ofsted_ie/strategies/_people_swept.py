"""Speakers in apposition, in the shapes a sweep of posts, councils, titles and names
through speaker frames showed the library getting wrong (issue 22); names are invented.

- A post held "at" a council, in apposition: the council is the person's authority, no
  part of the role ("Jane Doe, deputy chief executive at Kent Council, said").
- A post given by "who is" and its council's possessive ("Jane Doe, who is Kent
  Council's service director for children's social care, said").
- A council's possessive of a long or "of" name before the post ("Isle of Wight
  Council's deputy chief executive", "Bath and North East Somerset Council's ...").
- A speaker after the quotation with a long portfolio ('"...," Jane Doe, executive
  member for schools, skills and families at Kent Council, said.').
- A post no list of sides names, held at a council, before the name of who spoke:
  the quotation is the council's even when its words name inspectors ("Head of
  children's social care Jane Doe said: "Inspectors saw our progress."").

- "It" after a body named as a sentence's subject by its own name or acronym: that body
  ("The NSPCC said the findings were worrying. It added: "..."" -> other).
- "It" or "they" after a quotation whose speaker is no named person, nor "he" or "she":
  that speaker goes on ("The education watchdog found: "..." ¶ It added: "..."" ->
  inspectorate; "Parents told the local paper: ... They added" -> other).
- A title and surname quoting a person introduced with their post and "said ...": the post
  decides, not the words after "said" ("Ofsted's regional director, Sam Roe, said leaders
  knew their services well. Mr Roe added: "..."" -> inspectorate, not the "leaders").

- A body's capitalised name after its common noun is no person ("Jane Doe, the chief
  executive of the charity Kids First, said": Jane Doe, with that post; no "Kids First").
- A post in brackets after the name ("Jane Doe (Kent's director of children's services)
  said"): the post is the role; an aside in brackets that is no post gives none.

- A post after "as" and a verb of taking, holding or leaving it ("Jane Doe arrived as
  director in 2018", "was sacked as director of children's services", "has served as leader
  since 2015"), and its negative ("sees Jane Doe as a leader": no post; "left as the report
  was published": a person with none).
- Three or more names listed before one verb ("Jane Doe, Sam Roe and Ali Khan said"): each.

- A post held at a council written before the name, with or without a comma ("Director of
  children's services at Kent Council Jane Doe said", "The head of safeguarding at Kent, Jane
  Doe, said"): the post without the council.

- Whose quotations a verbless lead-in names: a paragraph ending in a colon ("Among the
  report's findings:" and quotations in paragraphs of their own), or a noun phrase and a
  colon before the quotation ("Kent's response to the report: "..."", "Ofsted's verdict:").
- Social workers no council is named for speak as "other" ("Social workers told inspectors
  they felt "well supported""); a council's own ("Kent's social workers") for it.

- A participle of speech after its subject's clause: the subject speaks, not a body named in
  what is said ("But the council's leader hit back, saying the report was "unfair"", "The
  NSPCC welcomed the report, warning children were still "at risk"").

- A councillor's party in an aside is no part of the role ("Cllr Jane Doe, Labour, cabinet
  member for children, said", "cabinet member for children (Lab)", "Jane Doe, Labour, said").

Each frame gives ``Generated`` text with its people (name, role, authority) and quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names

#: Posts of council officers and members, some on no list of the library's.
_POSTS: Final = ("deputy chief executive", "service director for children's social care", "head of children's social care",
                 "assistant director for safeguarding", "director of children's services", "deputy leader",
                 "executive member for schools, skills and families", "cabinet member for education and skills")
_FIRST: Final = ("Beverley", "Imran", "Lesley", "Chidi", "Yvonne", "Gareth")
_LAST: Final = ("Fairweather", "Okafor", "Nowak", "Thompson-Reid", "McCarthy", "O'Brien")
_TITLES: Final = ("", "Dr ", "Ms ", "Mr ")
_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"))
_CLAIMS: Final = ("We are pleased that inspectors recognised our progress", "We know there is more to do")

_Frame = Callable[[st.DrawFn], Generated]


def _parts(draw: st.DrawFn) -> tuple[str, str, str, str, str, tuple[str, str]]:
    council = draw(authority_names().filter(lambda x: "," not in x))
    name = f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"
    return (council, name, draw(st.sampled_from(_TITLES)), draw(st.sampled_from(_POSTS)), draw(st.sampled_from(_CLAIMS)),
            draw(st.sampled_from(_MARKS)))


def _story(council: str) -> str:
    return f"Children's services at {council} Council have been rated good by Ofsted.\n\n"


def _generated(text: str, name: str, role: str, council: str, claim: str) -> Generated:
    return Generated(text, people=frozenset({(name, role, council)}), quotes=frozenset({(claim, None, "authority")}))


def _post_at_council(draw: st.DrawFn) -> Generated:
    """"Jane Doe, deputy chief executive at Kent Council, said: "..."": the role is the post."""
    council, name, title, post, claim, (op, cl) = _parts(draw)
    return _generated(f"{_story(council)}{title}{name}, {post} at {council} Council, said: {op}{claim}.{cl}",
                      name, post, council, claim)


def _who_is_post(draw: st.DrawFn) -> Generated:
    """"Jane Doe, who is Kent Council's deputy chief executive, said: "..."": the post."""
    council, name, title, post, claim, (op, cl) = _parts(draw)
    return _generated(f"{_story(council)}{title}{name}, who is {council} Council's {post}, said: {op}{claim}.{cl}",
                      name, post, council, claim)


def _council_possessive(draw: st.DrawFn) -> Generated:
    """"Jane Doe, Isle of Wight Council's deputy chief executive, said": the post alone."""
    council, name, title, post, claim, (op, cl) = _parts(draw)
    return _generated(f"{_story(council)}{title}{name}, {council} Council's {post}, said: {op}{claim}.{cl}",
                      name, post, council, claim)


def _speaker_after_long_post(draw: st.DrawFn) -> Generated:
    """'"...," Jane Doe, executive member for schools, skills and families at Kent
    Council, said.': the speaker after the quotation, however long the post."""
    council, name, title, post, claim, (op, cl) = _parts(draw)
    return _generated(f"{_story(council)}{op}{claim},{cl} {title}{name}, {post} at {council} Council, said.",
                      name, post, council, claim)


def _post_at_council_before_name(draw: st.DrawFn) -> Generated:
    """"Director of children's services at Kent Council Jane Doe said: "..."": the post alone."""
    council, name, _, _, claim, (op, cl) = _parts(draw)
    post = draw(st.sampled_from(("director of children's services", "cabinet member for children", "head of safeguarding")))
    place, comma = draw(st.sampled_from(((f"{council} Council", ""), (f"{council} Council", ","), (council, ","))))
    the = "The " if comma else ""
    lead = f"{the}{post}" if the else f"{post[0].upper()}{post[1:]}"
    return _generated(f"{_story(council)}{lead} at {place}{comma} {name}{comma} said: {op}{claim}.{cl}", name, post, council, claim)


def _unlisted_post_before_name(draw: st.DrawFn) -> Generated:
    """"Head of children's social care Jane Doe said: "Inspectors recognised our progress."":
    the council's post, whatever the quotation's own words."""
    council, name, title, post, claim, (op, cl) = _parts(draw)
    post = draw(st.sampled_from(("head of children's social care", "service director for children's social care")))
    return _generated(f"{_story(council)}{post[0].upper()}{post[1:]} {title}{name} said: {op}{claim}.{cl}",
                      name, post, council, claim)


_BODIES: Final[tuple[tuple[str, Source], ...]] = (("The NSPCC", "other"), ("The Children's Society", "other"), ("The report", "inspectorate"),
                   ("The council", "authority"), ("Ofsted's letter", "inspectorate"), ("The LGA", "other"))
_INTRODUCED: Final[tuple[tuple[str, Source], ...]] = (("Ofsted's regional director, {n},", "inspectorate"), ("{c}'s director of children's services, {n},", "authority"),
                      ("Unison's regional organiser, {n},", "other"))


def _it_after_named_body(draw: st.DrawFn) -> Generated:
    """"The NSPCC said the findings were worrying. It added: "..."": the body's side."""
    council, _, _, _, claim, (op, cl) = _parts(draw)
    body, side = draw(st.sampled_from(_BODIES))
    return Generated(f"{_story(council)}{body} said the findings were worrying. It added: {op}{claim}.{cl}",
                     quotes=frozenset({(claim, None, side)}))


def _surname_after_said(draw: st.DrawFn) -> Generated:
    """"X's regional director, Sam Roe, said leaders knew their services well. ¶ Mr Roe
    added: "..."": the post's side, not that of words after "said"."""
    council, name, _, _, claim, (op, cl) = _parts(draw)
    post, side = draw(st.sampled_from(_INTRODUCED))
    intro, title = post.format(n=name, c=council), draw(st.sampled_from(("Mr", "Ms", "Dr")))
    return Generated(f"{_story(council)}{intro} said leaders knew their services well.\n\n{title} {name.split()[-1]} added: "
                     f"{op}{claim}.{cl}", quotes=frozenset({(claim, None, side)}))


_LEAD_INS: Final[tuple[tuple[str, Source], ...]] = (
    ("Among the report's findings:", "inspectorate"), ("Key findings from the inspection:", "inspectorate"),
    ("The council's response:", "authority"))
_VERBLESS: Final[tuple[tuple[str, Source], ...]] = (
    ("{c}'s response to the report", "authority"), ("Ofsted's verdict", "inspectorate"), ("The council's reply", "authority"))


def _verbless_lead_in(draw: st.DrawFn) -> Generated:
    """"Among the report's findings:" ¶ "..." ¶ "...", or "Ofsted's verdict: "..."": its side."""
    council, _, _, _, claim, (op, cl) = _parts(draw)
    if draw(st.booleans()):
        line, side = draw(st.sampled_from(_LEAD_INS))
        other = "Too many plans are weak"
        return Generated(f"{_story(council)}{line}\n\n{op}{claim}.{cl}\n\n{op}{other}.{cl}",
                         quotes=frozenset({(claim, None, side), (other, None, side)}))
    phrase, side = draw(st.sampled_from(_VERBLESS))
    return Generated(f"{_story(council)}{phrase.format(c=council)}: {op}{claim}.{cl}", quotes=frozenset({(claim, None, side)}))


def _social_workers(draw: st.DrawFn) -> Generated:
    """"Social workers told inspectors they felt "well supported"": other; "Kent's social workers": Kent's."""
    council = draw(authority_names().filter(lambda x: "," not in x))
    speakers: tuple[tuple[str, Source], ...] = ((f"{council}'s social workers", "authority"), ("Social workers", "other"),
                                                ("One social worker", "other"), ("The council's social workers", "authority"))
    who, side = draw(st.sampled_from(speakers))
    return Generated(f"{_story(council)}{who} told inspectors they felt \"well supported\".",
                     quotes=frozenset({("well supported", None, side)}))


_PARTICIPLE_SUBJECTS: Final[tuple[tuple[str, Source], ...]] = (
    ("But the council's leader hit back", "authority"), ("{c} Council disputed the findings", "authority"),
    ("The NSPCC welcomed the report", "other"), ("Ofsted praised the council", "inspectorate"),
    ("The council's leader responded by", "authority"))


def _participle_of_speech(draw: st.DrawFn) -> Generated:
    """"But the council's leader hit back, saying the report was "unfair"": the leader's."""
    council = draw(authority_names().filter(lambda x: "," not in x))
    subject, side = draw(st.sampled_from(_PARTICIPLE_SUBJECTS))
    participle = draw(st.sampled_from(("saying", "claiming", "insisting", "arguing")))
    comma = "" if subject.endswith(" by") else ","
    return Generated(f"{_story(council)}{subject.format(c=council)}{comma} {participle} the report was \"unfair\".",
                     quotes=frozenset({("unfair", None, side)}))


_GOES_ON: Final[tuple[tuple[str, str, Source], ...]] = (
    ("The education watchdog found", "It", "inspectorate"), ("The regulator's letter said", "It", "inspectorate"),
    ("Parents told the local paper", "They", "other"), ("A Department for Education spokesperson said", "They", "other"),
    ("The chief inspector said", "They", "inspectorate"), ("A council spokesperson said", "They", "authority"),
    ("Union officials said", "They", "other"))


def _pronoun_goes_on_speaking(draw: st.DrawFn) -> Generated:
    """"The education watchdog found: "..." ¶ It added: "..."": whoever spoke before goes on,
    not the council the story is about ("they" may be one person's: "A spokesperson said")."""
    council, _, _, _, claim, (op, cl) = _parts(draw)
    lead, pronoun, side = draw(st.sampled_from(_GOES_ON))
    other = "Leaders have a clear plan for improvement"
    return Generated(f"{_story(council)}{lead}: {op}{claim}.{cl}\n\n{pronoun} added: {op}{other}.{cl}",
                     quotes=frozenset({(claim, None, side), (other, None, side)}))


SWEPT_SOURCE_FRAMES: Final[dict[str, _Frame]] = {
    "it-after-named-body": _it_after_named_body, "surname-after-said": _surname_after_said,
    "pronoun-goes-on-speaking": _pronoun_goes_on_speaking,
    "verbless-lead-in": _verbless_lead_in, "social-workers": _social_workers, "participle-of-speech": _participle_of_speech,
}

_BODY_NAMES: Final = (("charity", "Kids First"), ("campaign group", "Care Now"), ("think tank", "Civic Futures"),
                      ("organisation", "Family Voices"))


def _body_named_after_its_noun(draw: st.DrawFn) -> Generated:
    """"Jane Doe, the chief executive of the charity Kids First, said": one person."""
    council, name, _, _, _, _ = _parts(draw)
    noun, body = draw(st.sampled_from(_BODY_NAMES))
    the = draw(st.sampled_from(("the ", "")))
    role = f"{the}chief executive of the {noun} {body}".removeprefix("the ")
    return Generated(f"{_story(council)}{name}, {the}chief executive of the {noun} {body}, said councils must improve.",
                     people=frozenset({(name, role.lower(), None)}))


def _post_in_brackets(draw: st.DrawFn) -> Generated:
    """"Jane Doe (Kent's director of children's services) said": the post; "(Lab, Ashford)": none."""
    council, name, _, post, _, _ = _parts(draw)
    if draw(st.booleans()):
        return Generated(f"{_story(council)}{name} ({council}'s {post}) said the council had improved.",
                         people=frozenset({(name, post, council)}))
    return Generated(f"{_story(council)}{name} (Lab, Ashford) said the council had improved.",
                     people=frozenset({(name, None, council)}))


_OFFICE_FRAMES: Final = (("Since {n} arrived as {p} in 2018, the service has improved.", True),
                         ("{n} was sacked as {p} in May.", True), ("{n} has served as {p} since 2015.", True),
                         ("{n} stepped down as {p} last year.", True), ("{n}, who joined in 2018 as {p}, declined to comment.", True),
                         ("{n} left as the report was published.", False))


def _post_after_office_verb(draw: st.DrawFn) -> Generated:
    """"Jane Doe arrived as director in 2018": the post after "as" is the role."""
    council, name, _, _, _, _ = _parts(draw)
    post = draw(st.sampled_from(("director", "leader", "director of children's services", "chief executive")))
    frame, holds = draw(st.sampled_from(_OFFICE_FRAMES))
    return Generated(_story(council) + frame.format(n=name, p=post), people=frozenset({(name, post if holds else None, council)}))


def _listed_names(draw: st.DrawFn) -> Generated:
    """"Jane Doe, Sam Roe and Ali Khan welcomed the report": each a person, no role."""
    council = draw(authority_names().filter(lambda x: "," not in x))
    names = draw(st.lists(st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST)),
                          min_size=3, max_size=5, unique_by=lambda n: n.split()[1]))
    aside = draw(st.sampled_from(("", ", the council's assistant directors,")))
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return Generated(f"{_story(council)}{listed}{aside} welcomed the report.",
                     people=frozenset((n, None, council) for n in names))


def _party_aside(draw: st.DrawFn) -> Generated:
    """"Cllr Jane Doe, Labour, cabinet member for children, said": the post alone."""
    council, name, _, _, _, _ = _parts(draw)
    party = draw(st.sampled_from(("Labour", "Conservative", "Liberal Democrat", "Green")))
    abbreviation = {"Labour": "Lab", "Conservative": "Con", "Liberal Democrat": "LD", "Green": "Green"}[party]
    post = draw(st.sampled_from(("cabinet member for children", "lead member for children's services", None)))
    if post is None:
        return Generated(f"{_story(council)}Cllr {name}, {party}, said it was fair.", people=frozenset({(name, None, council)}))
    text = draw(st.sampled_from((f"Cllr {name}, {party}, {post}, said it was fair.", f"Cllr {name}, {post} ({abbreviation}), said it was fair.",
                                 f"Cllr {name} ({abbreviation}), {post}, said it was fair.")))
    return Generated(_story(council) + text, people=frozenset({(name, post, council)}))


SWEPT_SPEAKER_FRAMES: Final[dict[str, _Frame]] = {
    "post-at-council": _post_at_council, "who-is-post": _who_is_post, "council-possessive": _council_possessive,
    "speaker-after-long-post": _speaker_after_long_post, "unlisted-post-before-name": _unlisted_post_before_name,
    "post-at-council-before-name": _post_at_council_before_name,
}
#: Frames of people alone (no quotation).
SWEPT_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "body-named-after-its-noun": _body_named_after_its_noun, "post-in-brackets": _post_in_brackets,
    "post-after-office-verb": _post_after_office_verb, "listed-names": _listed_names, "party-aside": _party_aside,
}

__all__ = ["SWEPT_PEOPLE_FRAMES", "SWEPT_SOURCE_FRAMES", "SWEPT_SPEAKER_FRAMES"]
