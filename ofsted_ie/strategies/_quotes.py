"""Who said it: texts whose quotations' sides hang on how the speaker is named (issue 22).

Each frame is a phenomenon, with random councils, invented names, quote marks and
speaker positions; ``QUOTE_SOURCE_NEGATIVE_FRAMES`` are the forms that must not take
the side the positive frames give. Keys are ``(text, None, source)``: the side is what
is checked, the speaker as the text names it may vary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names

_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'"))
#: Invented people.
_NAMES: Final = ("Amy Lee", "Jane Doe", "Tom Ashcroft", "Priya Nandra", "Owen Pask", "Ruth Kellaway", "Sam Idowu")
_CLAIMS: Final = ("We are proud of our staff.", "There is more to do.", "Children are at the heart of this.",
                  "Leaders are ambitious.", "Some plans are weak.", "Our families deserve better.")
_PHRASES: Final = ("highly effective", "too slow", "a big recruitment drive", "act on every recommendation",
                   "a turning point", "a new package of support")

Frame = Callable[[st.DrawFn], Generated]


def _pick(draw: st.DrawFn, options: list[tuple[str, Source]]) -> tuple[str, Source]:
    return draw(st.sampled_from(options))


def _q(draw: st.DrawFn, text: str) -> str:
    op, cl = draw(st.sampled_from(_MARKS))
    return f"{op}{text}{cl}"


def _gen(text: str, *pairs: tuple[str, Source]) -> Generated:
    return Generated(text, quotes=frozenset((t, None, s) for t, s in pairs))


def _council_speaks(draw: st.DrawFn) -> Generated:
    """ "The council said" names the council: a speaker, not a pronoun for the last one."""
    a = draw(authority_names())
    first, second = draw(st.lists(st.sampled_from(_PHRASES), min_size=2, max_size=2, unique=True))
    body = draw(st.sampled_from(["The council", "The authority", "The trust", f"{a} Council",
                                 f"A spokesperson for {a} Council", "A council spokeswoman"]))
    lead = draw(st.sampled_from([f"Inspectors described practice in {a} as {_q(draw, first)}.",
                                 f"Ofsted said practice in {a} was {_q(draw, first)}."]))
    return _gen(f"{lead} {body} said it would {_q(draw, second)}.", (first, "inspectorate"), (second, "authority"))


def _head_not_clause(draw: st.DrawFn) -> Generated:
    """The head of the speaker's phrase decides, not a body in a relative clause."""
    phrase = draw(st.sampled_from(_PHRASES))
    head, side = _pick(draw, [("The authority", "authority"), ("The council", "authority"),
                                       ("The schools minister", "other"), ("The inspectorate", "inspectorate")])
    clause = draw(st.sampled_from(["whose leader met the schools minister last week", "which was inspected in May",
                                   "whose officers spoke to Ofsted inspectors", "who met the council's leader"]))
    return _gen(f"{head}, {clause}, said it planned {_q(draw, phrase)}.", (phrase, side))


def _pronoun_person(draw: st.DrawFn) -> Generated:
    """ "She said" after a person introduced by their post takes that post's side."""
    name, claim = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    post, side = _pick(draw, [("Lead member Cllr", "authority"), ("Council leader", "authority"),
                                       ("Ofsted's regional director", "inspectorate"), ("Children's minister", "other")])
    pronoun = draw(st.sampled_from(["She", "He"]))
    return _gen(f"{post} {name} welcomed the report.\n\n{pronoun} said: {_q(draw, claim)}", (claim, side))


def _pronoun_body(draw: st.DrawFn) -> Generated:
    """ "It also noted" after a body's quotation is that body's."""
    a = draw(authority_names())
    first, second = draw(st.lists(st.sampled_from(_CLAIMS), min_size=2, max_size=2, unique=True))
    body, side = _pick(draw, [("Ofsted's letter", "inspectorate"), ("The report", "inspectorate"),
                                       (f"{a} Council", "authority")])
    return _gen(f"{body} praised {a}: {_q(draw, first)} It also noted: {_q(draw, second)}",
                (first, side), (second, side))


def _lead_in(draw: st.DrawFn) -> Generated:
    """A lead-in paragraph ending "said:" gives its speaker to the next paragraph."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    who, side = _pick(draw, [(f"Councillor {name}, {a} Council lead member for children,", "authority"),
                                      (f"{name}, the mayor of {a},", "authority"),
                                      (f"Her Majesty's Chief Inspector, {name},", "inspectorate"),
                                      (f"{name}, chief executive of a children's charity,", "other")])
    verb = draw(st.sampled_from(["said", "added"]))
    return _gen(f"Ofsted published its report on {a}.\n\n{who} {verb}:\n\n{_q(draw, claim)}\n", (claim, side))


def _findings_verb(draw: st.DrawFn) -> Generated:
    """Findings verbs make the inspectorate's quotations without "said"."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    text = draw(st.sampled_from([f"The assessors called the support in {a} {_q(draw, phrase)}.",
                                 f"Ofsted commended the service in {a} as {_q(draw, phrase)}.",
                                 f"In {a}, early help was praised for being {_q(draw, phrase)}."]))
    return _gen(text, (phrase, "inspectorate"))


def _crosshead(draw: st.DrawFn) -> Generated:
    """An unattributed quotation continues the previous speaker across a crosshead."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    first, second = draw(st.lists(st.sampled_from(_CLAIMS), min_size=2, max_size=2, unique=True))
    head = draw(st.sampled_from(["Next steps", "Staff praised", "A long road"]))
    return _gen(f"{name}, {a} Council's director of children's services, said: {_q(draw, first)}\n\n{head}\n\n"
                f"{_q(draw, second)}\n", (first, "authority"), (second, "authority"))


def _other_speakers(draw: st.DrawFn) -> Generated:
    """Speakers outside the three lists: users of services, government, charities, unions."""
    phrase = draw(st.sampled_from(_PHRASES))
    who = draw(st.sampled_from(["A care leaver", "One young person", "Parents", "Some children", "Foster carers",
                                "A government department", "The schools minister", "A children's charity",
                                "The union"]))
    return _gen(f"{who} said the changes had been {_q(draw, phrase)}.", (phrase, "other"))


def _reported_long(draw: st.DrawFn) -> Generated:
    """Reported speech carries its speaker over a long clause."""
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("A DfE spokeswoman", "other"), ("A council spokesman", "authority"),
                                      ("Ofsted's national director", "inspectorate")])
    filler = "the department was working with councils and with partners across the region and beyond on"
    return _gen(f"{who} said that {filler} {_q(draw, phrase)}.", (phrase, side))


QUOTE_SOURCE_FRAMES: Final[dict[str, Frame]] = {
    "council_speaks": _council_speaks, "head_not_clause": _head_not_clause, "pronoun_person": _pronoun_person,
    "pronoun_body": _pronoun_body, "lead_in": _lead_in, "findings_verb": _findings_verb, "crosshead": _crosshead,
    "other_speakers": _other_speakers, "reported_long": _reported_long,
}
#: Frames not read yet.
QUOTE_SOURCE_FAILURES: Final[frozenset[str]] = frozenset()


def _council_as_object(draw: st.DrawFn) -> Generated:
    """The council told something is no speaker: the teller is."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    return _gen(f"Inspectors told the council in {a} its plans were {_q(draw, phrase)}.", (phrase, "inspectorate"))


def _services_are_no_children(draw: st.DrawFn) -> Generated:
    """ "Children's services" in a post is no child speaking."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    return _gen(f"{a}'s children's services director {name} said: {_q(draw, claim)}", (claim, "authority"))


def _clause_names_the_council(draw: st.DrawFn) -> Generated:
    """A minister whose clause names a council still speaks for the government."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    return _gen(f"The minister, who met {a} Council's leader, said it was {_q(draw, phrase)}.", (phrase, "other"))


QUOTE_SOURCE_NEGATIVE_FRAMES: Final[dict[str, Frame]] = {
    "council_as_object": _council_as_object, "services_are_no_children": _services_are_no_children,
    "clause_names_the_council": _clause_names_the_council,
}


@st.composite
def quote_sources(draw: st.DrawFn, phenomena: tuple[str, ...] | None = None, negative: bool = False) -> Generated:
    """A text from one of the frames (by default every positive frame not a known failure)."""
    frames = QUOTE_SOURCE_NEGATIVE_FRAMES if negative else QUOTE_SOURCE_FRAMES
    names = sorted(set(frames) - (set() if negative else QUOTE_SOURCE_FAILURES) if phenomena is None else phenomena)
    return frames[draw(st.sampled_from(names))](draw)


__all__ = ["QUOTE_SOURCE_FAILURES", "QUOTE_SOURCE_FRAMES", "QUOTE_SOURCE_NEGATIVE_FRAMES", "quote_sources"]
