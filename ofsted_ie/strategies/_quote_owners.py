"""Whose a quotation is when the words around the speaker name another body or person
(issue 22): a quotation inside reported speech followed by a clause of another verb
("Inspectors said X had made 'Y' in Z, though they noted ..."); "according to" an event
with a clause after it ("according to Ofsted's second monitoring visit since the service
was rated inadequate"); a councillor whose portfolio is a "spokesperson" one; "she said"
after a lead-in sentence about an unshown person, another "she" shown earlier; a post
owned by "Its" after a body spoke ("Its president, X, said:"); a post of a body named
with "the" ("chief executive of the Fostering Network"); a speaker given an age after
the verb ("said one member, aged 15"); a phrase quoted from a document another body owns
("A DfE report set out ...", "the government's report spoke of 'X'"), no inspector's.
``_quotes`` merges these frames into ``QUOTE_SOURCE_FRAMES``."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _NAMES, _PHRASES, Frame, _gen, _q

#: Bodies with a proper name after "the" that are no council, and a post in each.
_NAMED_BODIES: Final = ("the Fostering Network", "the Care Leavers Alliance", "the Family Rights Group",
                        "the Kinship Carers Forum")
_BODY_POSTS: Final = ("chief executive", "director", "chair", "head of policy")
#: National bodies that speak, then a post of theirs owned by "Its".
_SPEAKING_BODIES: Final[tuple[tuple[str, Source], ...]] = (
    ("The ADCS", "other"), ("The charity Become", "other"), ("The Local Government Association", "other"),
    ("{a} Council", "authority"), ("Ofsted", "inspectorate"),
)


def _complement_then_clause(draw: st.DrawFn) -> Generated:
    """A quoted phrase in reported speech, a clause of another verb after it: the
    reporting verb's subject."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    whose: tuple[tuple[str, Source], ...] = (("Inspectors", "inspectorate"), ("The council's leader", "authority"))
    who, side = draw(st.sampled_from(whose))
    link = draw(st.sampled_from(("though they noted", "although they warned", "yet they added")))
    return _gen(f"{who} said {a} had made {_q(draw, phrase)} in safeguarding, {link} that more was needed.", (phrase, side))


def _according_to_an_event(draw: st.DrawFn) -> Generated:
    """"According to" an event or report, a clause after it: the inspectorate."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    event = draw(st.sampled_from(("Ofsted's second monitoring visit", "the latest inspection report", "a focused visit")))
    after = draw(st.sampled_from(("since the service was rated inadequate", "which was published today", "after it was rated good")))
    return _gen(f"{a} Council is making {_q(draw, phrase)} progress, according to {event} {after}.", (phrase, "inspectorate"))


def _spokesperson_councillor(draw: st.DrawFn) -> Generated:
    """A councillor with a "spokesperson" portfolio: the council."""
    name, phrase = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    title = draw(st.sampled_from(("Coun", "Cllr", "Councillor")))
    post = draw(st.sampled_from(("Cabinet spokesperson for children's services", "cabinet spokesman for children and families")))
    return _gen(f"{title} {name}, {post}, said the council would {_q(draw, phrase)}.", (phrase, "authority"))


def _she_after_a_lead_in(draw: st.DrawFn) -> Generated:
    """"She said" after a lead-in sentence about a person the text shows to be of no
    pronoun, another "she" ("Ms Doe") shown earlier: the lead-in's person."""
    a = draw(authority_names())
    first, second = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    claim0, claim = draw(st.lists(st.sampled_from(_CLAIMS), min_size=2, max_size=2, unique=True))
    lead = draw(st.sampled_from((f"{a} North MP {second} welcomed the report.", f"Local campaigner {second} criticised the findings.")))
    text = (f"{first}, the council's director, said: {_q(draw, claim0)} Ms {first.split()[1]} joined in 2021.\n\n"
            f"{lead} \"{claim[:-1]},\" she said.")
    return _gen(text, (claim0, "authority"), (claim, "other"))


def _its_post(draw: st.DrawFn) -> Generated:
    """A body speaks, then a post it owns ("Its president, Jo Bell, said:"): the body's side."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    name = draw(st.sampled_from(_NAMES))
    body, side = draw(st.sampled_from(_SPEAKING_BODIES))
    post = draw(st.sampled_from(("president", "chief executive", "spokesperson")))
    text = f"{body.format(a=a)} said the findings reflected the efforts of staff. Its {post}, {name}, said: {_q(draw, claim)}"
    return _gen(text, (claim, side))


def _post_of_a_named_body(draw: st.DrawFn) -> Generated:
    """A post of a body named with "the" that is no council: other."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    name, body, post = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_NAMED_BODIES)), draw(st.sampled_from(_BODY_POSTS))
    return _gen(f"{a} Council was rated good. {name}, {post} of {body}, said: {_q(draw, claim)}", (claim, "other"))


def _aged_after_the_verb(draw: st.DrawFn) -> Generated:
    """A speaker given an age after the verb ("said one member, aged 15"): a member of the public."""
    claim = draw(st.sampled_from(_CLAIMS))
    who = draw(st.sampled_from(("one member", "a young person", "Jo")))
    age = draw(st.sampled_from(("aged 15", "17", "aged 19")))
    return _gen(f"\"{claim[:-1]},\" said {who}, {age}.", (claim, "other"))



def _another_body_s_document(draw: st.DrawFn) -> Generated:
    """A phrase quoted from a document that no inspector wrote, its owner before it: other;
    an Ofsted report's, or one with no owner, the inspectorate's."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    owners: tuple[tuple[str, Source], ...] = (("A DfE", "other"), ("The government's", "other"), ("An NSPCC", "other"),
                                              ("The minister's", "other"), ("The Ofsted", "inspectorate"), ("The", "inspectorate"))
    owner, side = draw(st.sampled_from(owners))
    document = draw(st.sampled_from(("report", "letter")))
    verb = draw(st.sampled_from(("spoke of", "called for", "set out")))
    return _gen(f"{a} Council was rated good in May. {owner} {document} {verb} {_q(draw, phrase)} in the county.", (phrase, side))


QUOTE_OWNER_FRAMES: Final[dict[str, Frame]] = {
    "complement_then_clause": _complement_then_clause, "according_to_an_event": _according_to_an_event,
    "spokesperson_councillor": _spokesperson_councillor, "she_after_a_lead_in": _she_after_a_lead_in,
    "its_post": _its_post, "post_of_a_named_body": _post_of_a_named_body, "aged_after_the_verb": _aged_after_the_verb,
    "another_body_s_document": _another_body_s_document,
}
__all__ = ["QUOTE_OWNER_FRAMES"]
