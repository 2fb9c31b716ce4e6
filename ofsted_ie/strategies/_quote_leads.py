"""Who speaks when the speaker is told around the quotation, not by "X said" beside it
(issue 22), found by a slot sweep of invented people, posts, sides, marks and orders:

- "He added:" goes on with the last speaker, though someone the text shows to be "he"
  was named before ("Lord X"), and the last speaker's phrase opens with a post ("The
  leader of Kent County Council, Cllr Jo Bell, who ..., said");
- an emphatic auxiliary is a verb of speech ("Inspectors did note that ... 'X'");
- a clause of stance and a conjunction before the verb of speech ("X welcomed the report
  but said ..."): the clause's subject speaks, not the report;
- a lead-in paragraph whose last sentence has its subject speak ("... patchy. Jo Bell,
  whose son ..., told us she had waited", "X was more measured when she spoke to
  reporters") gives its speaker to a quotation paragraph after it;
- a headline's quotation and, after a dash, who says it ("'X' - council leader welcomes
  verdict"), or after a colon who speaks "on" a topic ("'X': the director on ...");
- a relative clause after the quotation ("..., which was lovely to read") names no speaker;
- a relative clause that ends on the quotation ("..., which inspectors described as 'X'")
  is its subject's;
- a free relative ("The report records what one young person told inspectors:") and
  a member of the public in apposition without an article ("Jo Bell, foster carer"),
  or given an age after another apposition ("One member, Jo, 17"), speak for themselves;
- "They found that the council had 'X'": the pronoun stands for the body before its
  sentence, not one named after it in its own clause;
- findings with a participial aside ("Their findings, set out in a letter to X Council,
  ...") are the inspectorate's.

Each frame first quotes someone on another side, so that carrying the wrong speaker
over shows. ``_quotes`` merges these frames into ``QUOTE_SOURCE_FRAMES``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _NAMES, _PHRASES, Frame, _gen, _q

#: Opening quotations on each side, each said by someone the text shows to be "he".
_OPENERS: Final[tuple[tuple[str, Source], ...]] = (
    ("In the Lords, Lord Ashby, a former minister, said", "other"),
    ("Mr Kendrick, the inspector who led the visit, said", "inspectorate"),
)
_FIRST: Final = "Change takes time."


def _sided(draw: st.DrawFn, options: tuple[tuple[str, Source], ...]) -> tuple[str, Source]:
    """One of ``options``, a phrase and its side."""
    return draw(st.sampled_from(options))


def _opener(draw: st.DrawFn, side: Source) -> tuple[str, Source]:
    """A paragraph quoting a man on another side than ``side``."""
    who, first = draw(st.sampled_from([o for o in _OPENERS if o[1] != side]))
    return f"{who}: {_q(draw, _FIRST)}\n\n", first


def _added_after_a_post(draw: st.DrawFn) -> Generated:
    """"He added:" after a speaker whose phrase opens with a post: the same speaker."""
    lead, side0 = _opener(draw, "authority")
    a = draw(authority_names())
    name = draw(st.sampled_from(_NAMES))
    phrase, claim = draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_CLAIMS))
    aside = draw(st.sampled_from((", who watched from the gallery,", ",", ", who chairs the cabinet,")))
    verb = draw(st.sampled_from(("added", "continued", "went on")))
    text = (f"{lead}The leader of {a} Council, Cllr {name}{aside} said afterwards that he welcomed the "
            f"{_q(draw, phrase)}.\n\nHe {verb}: {_q(draw, claim)}\n")
    return _gen(text, (_FIRST, side0), (phrase, "authority"), (claim, "authority"))


def _emphatic_finding(draw: st.DrawFn) -> Generated:
    """"Inspectors did note that ... 'X'" after a councillor's quotation: the inspectorate's."""
    a = draw(authority_names())
    claim, phrase = draw(st.sampled_from(_CLAIMS)), draw(st.sampled_from(_PHRASES))
    aux = draw(st.sampled_from(("did note", "did say", "do note", "did find", "did warn")))
    text = (f"Cllr {draw(st.sampled_from(_NAMES))}, {a} Council's cabinet member for children, said: {_q(draw, claim)}\n\n"
            f"Inspectors {aux} that some assessments were {_q(draw, phrase)}, and the council says it has begun a review.\n")
    return _gen(text, (claim, "authority"), (phrase, "inspectorate"))


def _stance_then_speech(draw: st.DrawFn) -> Generated:
    """"X welcomed the report but said ...": X speaks, not the report."""
    lead, side0 = _opener(draw, "other")
    name, phrase = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    post, side = _sided(draw, (("The local MP", "other"), ("The council's leader", "authority"), ("A union official", "other")))
    stance = draw(st.sampled_from(("welcomed the report", "accepted the findings", "praised the inspection report")))
    conj = draw(st.sampled_from(("but", "and")))
    text = f"{lead}{post} {name} {stance} {conj} said ministers should {_q(draw, phrase)}.\n"
    return _gen(text, (_FIRST, side0), (phrase, side))


def _lead_in_last_sentence(draw: st.DrawFn) -> Generated:
    """A lead-in paragraph whose last sentence has its subject speak: the quotation
    paragraph after it is theirs."""
    lead, side0 = _opener(draw, "authority")
    name, claim = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    who, side = _sided(draw, (
        (f"For parents, the changes have been patchy. {name}, whose young son was referred in January, told us she had "
         "waited eleven days for a call.", "other"),
        (f"Council leader {name} was more measured than some of her colleagues when she spoke to reporters.", "authority"),
        (f"The new rating was a relief. Council leader {name} spoke to reporters on Wednesday.", "authority"),
    ))
    return _gen(f"{lead}{who}\n\n{_q(draw, claim)}\n", (_FIRST, side0), (claim, side))


def _headline_dash(draw: st.DrawFn) -> Generated:
    """A headline's quotation, a dash, and who says it."""
    claim = draw(st.sampled_from(_CLAIMS))
    who, side = _sided(draw, (("council leader welcomes Ofsted verdict", "authority"),
                              ("inspectors warn children's services", "inspectorate"), ("union hits back at report", "other"),
                              ("the council's director on rebuilding a workforce", "authority")))
    dash = draw(st.sampled_from(("-", "\u2013", "\u2014")))
    return _gen(f"{_q(draw, claim[:-1])} {dash} {who}\n\nThe report came out on Tuesday.\n", (claim[:-1], side))


def _relative_after_the_quotation(draw: st.DrawFn) -> Generated:
    """A relative clause after the quotation ("..., which was lovely to read") names no
    speaker: the sentence's subject before it speaks."""
    a = draw(authority_names())
    phrase = draw(st.sampled_from(_PHRASES))
    after = draw(st.sampled_from(("which was lovely to read", "which we read with relief", "that we read twice")))
    text = f"Inspectors visited {a} in May. They said our workforce was {_q(draw, phrase)}, {after}.\n"
    return _gen(text, (phrase, "inspectorate"))


def _pronoun_before_a_body(draw: st.DrawFn) -> Generated:
    """"They found that the council had 'X'": the pronoun stands for the body named
    before its sentence, not for one named in its own clause after it."""
    a = draw(authority_names())
    phrase = draw(st.sampled_from(_PHRASES))
    lead, pronoun, side = _sided3(draw)
    verb = draw(st.sampled_from(("found that", "said", "noted that", "warned that")))
    obj = draw(st.sampled_from(("the council", "the trust", f"{a} Council")))
    return _gen(f"{lead.format(a=a)} {pronoun} {verb} {obj} had {_q(draw, phrase)}.\n", (phrase, side))


def _sided3(draw: st.DrawFn) -> tuple[str, str, Source]:
    """A sentence naming a body, the pronoun for it and its side."""
    options: tuple[tuple[str, str, Source], ...] = (
        ("Inspectors visited {a} in June.", "They", "inspectorate"), ("Ofsted wrote to {a} in May.", "It", "inspectorate"),
        ("The NSPCC reviewed services in {a}.", "It", "other"))
    return draw(st.sampled_from(options))


def _relative_described(draw: st.DrawFn) -> Generated:
    """"X said ..., which inspectors described as 'Y'": the relative clause's subject."""
    name, phrase = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    who, side = _sided(draw, (("inspectors", "inspectorate"), ("the council", "authority"), ("parents", "other")))
    verb = draw(st.sampled_from(("described as", "called")))
    text = f"Mr {name.split()[-1]} said the next priority was the wait for early help, which {who} {verb} {_q(draw, phrase)}.\n"
    return _gen(text, (phrase, side))


def _member_of_the_public(draw: st.DrawFn) -> Generated:
    """A free relative's subject, a name with a bare people's noun, or with an age
    after another apposition: each speaks for themselves ("other")."""
    lead, side0 = _opener(draw, "other")
    name, claim = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    who = draw(st.sampled_from((
        "The report also records what one young person told inspectors:",
        f"{name}, foster carer, said:", f"{name}, care leaver, said:",
        f"One member, {name.split()[0]}, 17, said:",
    )))
    return _gen(f"{lead}{who} {_q(draw, claim)}\n", (_FIRST, side0), (claim, "other"))


def _findings_with_an_aside(draw: st.DrawFn) -> Generated:
    """Findings with a participial aside naming bodies: the inspectorate's."""
    a = draw(authority_names())
    phrase = draw(st.sampled_from(_PHRASES))
    aside = draw(st.sampled_from((f"set out in a letter to {a} Council, the NHS and the police",
                                  f"published in a letter to {a} Council", f"sent to {a} Council and its partners")))
    text = f"Their findings, {aside}, called the support {_q(draw, phrase)}.\n"
    return _gen(text, (phrase, "inspectorate"))


QUOTE_LEAD_FRAMES: Final[dict[str, Frame]] = {
    "added_after_a_post": _added_after_a_post, "emphatic_finding": _emphatic_finding,
    "stance_then_speech": _stance_then_speech, "lead_in_last_sentence": _lead_in_last_sentence,
    "headline_dash": _headline_dash, "relative_described": _relative_described,
    "member_of_the_public": _member_of_the_public, "findings_with_an_aside": _findings_with_an_aside,
    "relative_after_the_quotation": _relative_after_the_quotation, "pronoun_before_a_body": _pronoun_before_a_body,
}
__all__ = ["QUOTE_LEAD_FRAMES"]
