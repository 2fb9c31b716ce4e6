"""Turns of a story that carry a speaker from one sentence to the next (issue 22):
a quotation split by "she said" whose second half opens a sentence of its own, a
quotation after a sentence of reported speech, a pronoun after a lead-in phrase ("In
a statement he said"), a spokesperson for the body named just before, "in what X
called", a speaker who "told the meeting", and a speaker who "thanked" someone for
something quoted; a colon-led quotation after a clause with no speech verb, a
speaker given an age, and a councillor speaking for a national body; a finding or stance
reported over a clause, a fronted "According to X,", a quotation signed on the line after,
"she said" after a post with no name, a passive finding after another side's quotation, and
a name described by a noun whose complement names a body ("an advocate of X"); the agent
of a passive verb of description after the quotation ("It was described as 'X' by the
council's leader", "once branded 'X' by MPs"), and the inspection's findings or verdict
as the speaker ("The findings highlight 'X'"); "she" after a sentence with no speech verb
opened by a person named first or after their post ("The council's new director, Jane Doe,
joined in May, replacing Tom Ashcroft.").

Each frame first quotes someone on another side, so that carrying the wrong speaker
over shows. Names are invented; councils are random draws. ``_quotes`` merges these
frames into ``QUOTE_SOURCE_FRAMES``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _MARKS, _NAMES, _PHRASES, Frame, _gen, _pick, _q

#: A person's post, the pronoun for them and the side they speak for.
_POSTS: Final[tuple[tuple[str, Source], ...]] = (
    ("the council's director for children", "authority"), ("cabinet member for children", "authority"),
    ("Ofsted's regional director", "inspectorate"), ("chief executive of a children's charity", "other"),
    ("the children's minister", "other"), ("a regional organiser for the union", "other"),
    ("head of safeguarding at Ashbury Constabulary", "other"),
)
#: A first speaker on each side, quoted before the person the frame is about.
_OPENERS: Final[tuple[tuple[str, Source], ...]] = (
    ("Inspectors said", "inspectorate"), ("The council's leader said", "authority"), ("The minister said", "other"),
)
#: What the first speaker says: none of ``_CLAIMS``, so that no two quotations are alike.
_OPENING_CLAIMS: Final = ("Practice has improved.", "The figures speak for themselves.", "Every child matters here.")


def _opener(draw: st.DrawFn, side: Source) -> tuple[str, str, Source]:
    """A paragraph quoting someone on a side other than ``side``."""
    who, first = draw(st.sampled_from([o for o in _OPENERS if o[1] != side]))
    claim = draw(st.sampled_from(_OPENING_CLAIMS))
    return f"{who}: {_q(draw, claim)}\n\n", claim, first


def _person(draw: st.DrawFn) -> tuple[str, str, Source]:
    name = draw(st.sampled_from(_NAMES))
    post, side = draw(st.sampled_from(_POSTS))
    return name, post, side


def _split_quotation(draw: st.DrawFn) -> Generated:
    """ "A," she said. "B.": the second half, a sentence of its own, is the same speaker's."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    first, second = draw(st.lists(st.sampled_from(_CLAIMS), min_size=2, max_size=2, unique=True))
    op, cl = draw(st.sampled_from(_MARKS[:2]))
    pronoun, verb = draw(st.sampled_from(("she", "he"))), draw(st.sampled_from(("said", "added", "warned")))
    intro = draw(st.sampled_from((f"{name}, {post}, was more cautious. ", f"{name}, {post}, spoke next. ")))
    text = f"{lead}{intro}{op}{first[:-1]},{cl} {pronoun} {verb}. {op}{second}{cl}\n"
    return _gen(text, (claim0, side0), (first[:-1] + ",", side), (second, side))


#: Short second halves naming the inspection: their own words say nothing of who says them.
_ABOUT_THE_INSPECTION: Final = ("I would have told the inspectors that.", "The report is fair to us.",
                                "Ofsted saw that for itself.", "The letter says as much.")


def _split_about_the_inspection(draw: st.DrawFn) -> Generated:
    """ "A," she said. "I would have told the inspectors that.": a short second half naming
    the inspection is still the speaker's, not the findings'."""
    name = draw(st.sampled_from(_NAMES))
    post, side = draw(st.sampled_from([p for p in _POSTS if p[1] != "inspectorate"]))
    lead, claim0, side0 = _opener(draw, side)
    first = draw(st.sampled_from(_CLAIMS))
    second = draw(st.sampled_from(_ABOUT_THE_INSPECTION))
    op, cl = draw(st.sampled_from(_MARKS[:2]))
    text = f"{lead}{name}, {post}, spoke next. {op}{first[:-1]},{cl} {draw(st.sampled_from(('she', 'he')))} said. {op}{second}{cl}\n"
    return _gen(text, (claim0, side0), (first[:-1] + ",", side), (second, side))


_REPORTED: Final = ("the biggest change had been being listened to", "staff had worked hard all year",
                    "the findings were fair", "the service had turned a corner")


def _reported_then_quoted(draw: st.DrawFn) -> Generated:
    """A sentence of reported speech ("X said staff had worked hard.") gives its speaker
    to a quotation opening the next sentence of its paragraph."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim, reported = draw(st.sampled_from(_CLAIMS)), draw(st.sampled_from(_REPORTED))
    who = draw(st.sampled_from((f"{name}, {post}, said", f"{name}, {post}, told reporters")))
    return _gen(f"{lead}{who} {reported}. {_q(draw, claim)}\n", (claim0, side0), (claim, side))


def _phrase_before_pronoun(draw: st.DrawFn) -> Generated:
    """A lead-in phrase before "he" or "she" ("In a statement she said", "In his letter
    to staff he wrote") leaves the pronoun the speaker: the document is the person's."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim = draw(st.sampled_from(_CLAIMS))
    pronoun, own = draw(st.sampled_from((("she", "her"), ("he", "his"))))
    phrase = draw(st.sampled_from((f"In a statement {pronoun} said:", f"In {own} letter to staff {pronoun} wrote:",
                                   f"In a written statement, {pronoun} said:", f"Later {pronoun} added:")))
    return _gen(f"{lead}{name}, {post}, welcomed the findings. {phrase} {_q(draw, claim)}\n",
                (claim0, side0), (claim, side))


def _spokesperson_of_the_body_before(draw: st.DrawFn) -> Generated:
    """ "A spokesperson said" with no body named is the body the sentence before has speak."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    body, side = _pick(draw, [("The Department for Education", "other"), ("Ofsted", "inspectorate"),
                              (f"{a} Council", "authority"), ("The union", "other")])
    who = draw(st.sampled_from(("A spokesperson", "A spokeswoman", "A spokesman")))
    return _gen(f"{a} was rated good in May.\n\n{body} said it welcomed the report. {who} said: {_q(draw, claim)}\n",
                (claim, side))


def _in_what_they_called(draw: st.DrawFn) -> Generated:
    """ "..., in what X called 'Y'": X, in the relative clause, is the speaker."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("the inspectorate", "inspectorate"), ("inspectors", "inspectorate"),
                             ("the minister", "other"), ("the council's leader", "authority")])
    verb = draw(st.sampled_from(("called", "described as", "termed")))
    lead = draw(st.sampled_from(("A council has been rated good", f"{a} Council has cut its caseloads")))
    return _gen(f"{lead}, in what {who} {verb} {_q(draw, phrase)}.", (phrase, side))


def _told_an_audience(draw: st.DrawFn) -> Generated:
    """ "..., she told the meeting.": the teller is the speaker, whatever the audience."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim = draw(st.sampled_from(_CLAIMS))
    op, cl = draw(st.sampled_from(_MARKS[:2]))
    pronoun = draw(st.sampled_from(("she", "he")))
    audience = draw(st.sampled_from(("the meeting", "the room", "councillors", "a packed hall", "the committee")))
    return _gen(f"{lead}{name}, {post}, was asked about it. {op}{claim[:-1]},{cl} {pronoun} told {audience}.\n",
                (claim0, side0), (claim[:-1] + ",", side))


def _credited_for(draw: st.DrawFn) -> Generated:
    """ "X thanked Y for 'Z'": the one who thanks, praises or pays tribute is the speaker."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from(_PHRASES))
    verb = draw(st.sampled_from(("thanked staff for", "paid tribute to staff for", "congratulated the team on")))
    return _gen(f"{lead}{name}, {post}, {verb} {_q(draw, phrase)}.\n", (claim0, side0), (phrase, side))


def _colon_after_a_clause(draw: st.DrawFn) -> Generated:
    """A colon-led quotation after a clause with no speech verb: the clause's subject
    speaks ("Inspectors were clear:", "Jane Doe, the council's leader, put it bluntly:")."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim = draw(st.sampled_from(_CLAIMS))
    predicate = draw(st.sampled_from(("put it bluntly:", "was blunt:", "had a simple message:", "summed it up:")))
    return _gen(f"{lead}{name}, {post}, {predicate} {_q(draw, claim)}\n", (claim0, side0), (claim, side))


def _aged_speaker(draw: st.DrawFn) -> Generated:
    """A speaker given an age ("Jane Doe, 17, who has lived with us for years, said") is a
    member of the public: other, however the quotation before was attributed."""
    name, claim = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    lead, claim0, side0 = _opener(draw, "other")
    age = draw(st.integers(min_value=12, max_value=89))
    aside = draw(st.sampled_from(("", ", who has lived with us since she was twelve", ", from a nearby town")))
    verb = draw(st.sampled_from(("said:", "put it bluntly:", "told the meeting:")))
    return _gen(f"{lead}{name}, {age}{aside}, {verb} {_q(draw, claim)}\n", (claim0, side0), (claim, "other"))


def _councillor_for_a_national_body(draw: st.DrawFn) -> Generated:
    """A councillor named by title alone whose relative clause gives a post in a national
    body speaks for that body: "Cllr Jane Doe, who chairs the Local Government
    Association's children and young people board, said"."""
    name, phrase = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    title = draw(st.sampled_from(("Cllr", "Councillor")))
    body = draw(st.sampled_from(("who chairs the Local Government Association's children and young people board",
                                 "who is the Local Government Association's vice-chair",
                                 "who speaks for a national children's charity")))
    return _gen(f"{title} {name}, {body}, said councils needed {_q(draw, phrase)}.", (phrase, "other"))


def _finding_of_any_length(draw: st.DrawFn) -> Generated:
    """A finding or a stance reported over a clause before the quotation: "Inspectors
    found leaders had 'a clear vision'", "X apologised for the 'unacceptable' delay"."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = draw(st.sampled_from(((f"{name}, {post},", side), ("Inspectors", "inspectorate"),
                                      ("The inspectors", "inspectorate"))))
    verb = draw(st.sampled_from(("found leaders had", "noted that managers showed", "concluded the council had made",
                                 "felt the plan was", "admitted the service had been")))
    return _gen(f"{lead}{who} {verb} {_q(draw, phrase)} for some time.\n", (claim0, side0), (phrase, side))


def _according_to_fronted(draw: st.DrawFn) -> Generated:
    """ "According to X, ..." before the quotation in its sentence: X speaks."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = draw(st.sampled_from(((f"{name}, {post}", side), ("the report", "inspectorate"), ("Ofsted", "inspectorate"))))
    return _gen(f"{lead}According to {who}, the plan is {_q(draw, phrase)}.\n", (claim0, side0), (phrase, side))


def _signed_quotation(draw: st.DrawFn) -> Generated:
    """A quotation standing alone, signed with a dash on the line after or on its own line
    ("- Jane Doe, the council's leader"), as pull quotes are."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim = draw(st.sampled_from(_CLAIMS))
    dash = draw(st.sampled_from(("-", "\u2013", "\u2014")))
    between = draw(st.sampled_from(("\n\n", " ")))  # the next line, or the quotation's own line
    return _gen(f"{lead}{_q(draw, claim)}{between}{dash} {name}, {post}\n", (claim0, side0), (claim, side))


def _pronoun_for_a_post(draw: st.DrawFn) -> Generated:
    """ "She said" after a sentence whose subject is a post with no name ("The council's
    leader welcomed the report."): the post's side, not the last quotation's."""
    lead, claim0, side0 = _opener(draw, "authority")
    post = draw(st.sampled_from(("The council's leader", "The council's director", "Its lead member for children")))
    stance = draw(st.sampled_from(("welcomed the report.", "admitted there was more to do.", "said she was pleased.")))
    claim = draw(st.sampled_from(_CLAIMS))
    pronoun, verb = draw(st.sampled_from(("She", "He"))), draw(st.sampled_from(("said:", "added:")))
    return _gen(f"{lead}{post} {stance}\n\n{pronoun} {verb} {_q(draw, claim)}\n", (claim0, side0), (claim, "authority"))


def _passive_finding_after_another(draw: st.DrawFn) -> Generated:
    """A passive finding ("Supervision was described as 'X' in the report") after another
    side's quotation is the inspectorate's."""
    lead, claim0, side0 = _opener(draw, "inspectorate")
    phrase = draw(st.sampled_from(_PHRASES))
    verb = draw(st.sampled_from(("was described as", "was judged to be", "was criticised as")))
    return _gen(f"{lead}Supervision {verb} {_q(draw, phrase)} in the report.\n", (claim0, side0), (phrase, "inspectorate"))


def _described_by_a_noun(draw: st.DrawFn) -> Generated:
    """A name described by a noun with a complement ("X, a long-term advocate of removing
    services from council control,"): the complement's body is no side; a post's noun
    ("a member of the council's cabinet") keeps its body's."""
    a, name, phrase = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    surname = name.split()[-1]
    described, side = _pick(draw, [("a long-term advocate of removing services from council control", "other"),
                                   (f"a fierce critic of {a} Council", "other"),
                                   ("a member of the council's cabinet", "authority")])
    intro = f"Professor {name}, of a northern university, spoke first." if side == "other" else f"{a} was rated good."
    return _gen(f"{intro}\n\n{surname}, {described}, argued that the plan was {_q(draw, phrase)}.\n", (phrase, side))


def _passive_agent_after(draw: st.DrawFn) -> Generated:
    """The agent of a passive verb of description, after the quotation, is its speaker:
    "The plan was described as 'X' by the council's leader" (after another side's quotation)."""
    agent, side = _pick(draw, [("inspectors", "inspectorate"), ("the watchdog", "inspectorate"), ("Ofsted", "inspectorate"),
                               ("the council's leader", "authority"), ("the cabinet member for children", "authority"),
                               ("the children's minister", "other"), ("local MPs", "other")])
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from(_PHRASES))
    subject = draw(st.sampled_from(("It was", "The plan was", "The service, once", "Practice has been")))
    verb = draw(st.sampled_from(("described as", "branded", "called", "hailed as")))
    return _gen(f"{lead}{subject} {verb} {_q(draw, phrase)} by {agent}.\n", (claim0, side0), (phrase, side))


def _findings_speak(draw: st.DrawFn) -> Generated:
    """The inspection's findings or verdict as the speaker: "The findings highlight 'X'",
    "The verdict described practice as 'X'" (not a study's: "findings of a survey")."""
    lead, claim0, side0 = _opener(draw, "inspectorate")
    phrase = draw(st.sampled_from(_PHRASES))
    subject = draw(st.sampled_from(("The findings highlight", "Its findings highlight", "The verdict described the work as",
                                    "The verdicts called it")))
    return _gen(f"{lead}{subject} {_q(draw, phrase)}.\n", (claim0, side0), (phrase, "inspectorate"))


def _pronoun_shown_by_a_title(draw: st.DrawFn) -> Generated:
    """Two named people on two sides speak in turn, then "He added: ..." (or "She"): the
    pronoun stands for the one the text shows to be of it ("Mr Roe", "Ms Doe", "said he
    was"), not the last one named, when the other is shown otherwise or not at all."""
    (first, second) = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    (post1, side1), (post2, side2) = draw(st.lists(st.sampled_from(_POSTS), min_size=2, max_size=2, unique_by=lambda p: p[1]))
    pronoun = draw(st.sampled_from(("he", "she")))
    other = "she" if pronoun == "he" else "he"
    title = {"he": "Mr", "she": draw(st.sampled_from(("Ms", "Mrs")))}
    claim1, claim2, claim3 = draw(st.lists(st.sampled_from(_CLAIMS), min_size=3, max_size=3, unique=True))
    shown = draw(st.sampled_from((f"{title[pronoun]} {first.split()[1]} spoke first.", f"{first} said {pronoun} was pleased.")))
    second_shown = draw(st.sampled_from(("", f" {title[other]} {second.split()[1]} agreed.")))
    text = (f"{shown} {first}, {post1}, said: {_q(draw, claim1)}\n\n{second}, {post2}, said: {_q(draw, claim2)}"
            f"{second_shown}\n\n{pronoun.capitalize()} added: {_q(draw, claim3)}\n")
    return _gen(text, (claim1, side1), (claim2, side2), (claim3, side1))


def _crosshead_echoing_a_quotation(draw: st.DrawFn) -> Generated:
    """A quoted crosshead whose words a speaker below says ("'A turning point'" above "Jane
    Doe, ..., said it was "a turning point" for the service"): the crosshead is that
    speaker's side, not the side of the quotation before it."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from([p for p in _PHRASES if len(p.split()) > 1]))
    op, cl = draw(st.sampled_from(_MARKS))
    heading = f"{op}{phrase[0].upper()}{phrase[1:]}{cl}"
    text = f"{lead}{heading}\n\n{name}, {post}, said it was {_q(draw, phrase)} for the service.\n"
    return _gen(text, (claim0, side0), (phrase[0].upper() + phrase[1:], side), (phrase, side))


_SAYERS_AFTER: Final[tuple[tuple[str, Source], ...]] = (
    ("the report said", "inspectorate"), ("inspectors found", "inspectorate"), ("Ofsted said", "inspectorate"),
    ("the council's leader said", "authority"), ("Amy Lee, the council's director for children, said", "authority"),
    ("the minister said", "other"), ("said the council's leader", "authority"), ("according to the report", "inspectorate"),
    ("claimed the council", "authority"), ("according to union leaders who say cuts are to blame", "other"),
)


def _speaker_after_the_clause(draw: st.DrawFn) -> Generated:
    """A short quotation inside a clause that goes on after it, then the speaker ('Staff
    showed "a turning point" in their work with families, the report said'): the speaker
    is the words after the clause's comma, not the clause's rest."""
    sayer, side = draw(st.sampled_from(_SAYERS_AFTER))
    lead, claim0, side0 = _opener(draw, side)
    phrase = draw(st.sampled_from(_PHRASES))
    rest = draw(st.sampled_from(("in their work with families", "for children in the borough", "across the service")))
    return _gen(f"{lead}Staff showed {_q(draw, phrase)} {rest}, {sayer}.\n", (claim0, side0), (phrase, side))


_PLURAL_LEADS: Final[tuple[tuple[str, Source], ...]] = (
    ("{a} Council was praised by inspectors.", "inspectorate"), ("{a}'s leaders welcomed the report.", "authority"),
    ("The report was welcomed by {a}'s councillors.", "authority"), ("Union officials criticised the report on {a}.", "other"),
)


def _they_for_a_plural(draw: st.DrawFn) -> Generated:
    """"They" after a sentence naming people or bodies in the plural stands for them, not for
    a body in the singular named first ("Kent Council was praised by inspectors. They said:
    ..." is the inspectors')."""
    a = draw(authority_names())
    lead_text, side = draw(st.sampled_from(_PLURAL_LEADS))
    claim = draw(st.sampled_from(_CLAIMS))
    verb = draw(st.sampled_from(("said", "added", "wrote")))
    return _gen(f"{lead_text.format(a=a)} They {verb}: {_q(draw, claim)}\n", (claim, side))


def _lead_in_opened_by_a_name(draw: st.DrawFn) -> Generated:
    """A sentence with no speech verb opened by a person, named first or after their post in
    apposition ("The council's new director, Jane Doe, joined from Medway in May."), then
    '"...," she said': that person, not the one quoted before, nor one named later in the
    lead-in ("..., replacing Tom Ashcroft")."""
    name, post, side = _person(draw)
    lead, claim0, side0 = _opener(draw, side)
    claim = draw(st.sampled_from(_CLAIMS))
    other = draw(st.sampled_from([n for n in _NAMES if n != name]))
    opening = draw(st.sampled_from((f"{post[0].upper()}{post[1:]}, {name}, joined in May, replacing {other}.",
                                    f"{name}, {post}, took up the post in May, succeeding {other}.")))
    pronoun = draw(st.sampled_from(("She", "He")))
    return _gen(f"{lead}{opening}\n\n{pronoun} told the paper: {_q(draw, claim)}\n", (claim0, side0), (claim, side))


QUOTE_TURN_FRAMES: Final[dict[str, Frame]] = {
    "lead_in_opened_by_a_name": _lead_in_opened_by_a_name,
    "pronoun_shown_by_a_title": _pronoun_shown_by_a_title, "they_for_a_plural": _they_for_a_plural, "speaker_after_the_clause": _speaker_after_the_clause, "crosshead_echoing_a_quotation": _crosshead_echoing_a_quotation,
    "described_by_a_noun": _described_by_a_noun, "passive_agent_after": _passive_agent_after, "findings_speak": _findings_speak,
    "finding_of_any_length": _finding_of_any_length, "according_to_fronted": _according_to_fronted,
    "signed_quotation": _signed_quotation, "pronoun_for_a_post": _pronoun_for_a_post,
    "passive_finding_after_another": _passive_finding_after_another,
    "colon_after_a_clause": _colon_after_a_clause, "aged_speaker": _aged_speaker,
    "councillor_for_a_national_body": _councillor_for_a_national_body,
    "split_quotation": _split_quotation, "split_about_the_inspection": _split_about_the_inspection, "reported_then_quoted": _reported_then_quoted,
    "phrase_before_pronoun": _phrase_before_pronoun, "spokesperson_of_the_body_before": _spokesperson_of_the_body_before,
    "in_what_they_called": _in_what_they_called, "told_an_audience": _told_an_audience, "credited_for": _credited_for,
}
__all__ = ["QUOTE_TURN_FRAMES"]
