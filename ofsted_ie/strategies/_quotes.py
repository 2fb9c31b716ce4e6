"""Who said it: texts whose quotations' sides hang on how the speaker is named (issue 22).

Each frame is a phenomenon, with random councils, invented names, quote marks and
speaker positions; ``QUOTE_SOURCE_NEGATIVE_FRAMES`` are the forms that must not take
the side the positive frames give. Keys are ``(text, None, source)``: the side is what
is checked, the speaker as the text names it may vary.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _MARKS, _NAMES, _PHRASES, Frame, _gen, _pick, _q
from ._quote_forms import MORE_QUOTE_SOURCE_FRAMES
from ._quote_leads import QUOTE_LEAD_FRAMES
from ._quote_owners import QUOTE_OWNER_FRAMES
from ._quote_turns import QUOTE_TURN_FRAMES


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
    """Speakers outside the three lists: users, government, charities, unions, partners."""
    phrase = draw(st.sampled_from(_PHRASES))
    who = draw(st.sampled_from(["A care leaver", "One young person", "Parents", "Some children", "Foster carers",
                                "A government department", "The schools minister", "A children's charity",
                                "The union", "Politicians", "Some politicians at Westminster", "The police", "A headteacher",
                                "The local safeguarding children board", "The chair of the safeguarding partnership",
                                "The NHS trust", "A family court judge", "A serious case review"]))  # partners, their reviews
    return _gen(f"{who} said the changes had been {_q(draw, phrase)}.", (phrase, "other"))


def _former_officer(draw: st.DrawFn) -> Generated:
    """A former or retired officer, an academic, or a parents' group named after the place
    ("co-founder of Kent Parents' Voice") speaks for no council: other."""
    a = draw(authority_names())
    phrase = draw(st.sampled_from(_PHRASES))
    name = draw(st.sampled_from(_NAMES))
    post = draw(st.sampled_from([f"a former social care director in {a}", f"{a} Council's former leader",
                                 "a retired social care director", f"an ex-councillor in {a}",
                                 "a professor of social work at a northern university", "an academic who studies councils",
                                 f"co-founder of {a} Parents' Voice", f"chair of the {a} Parent Carer Forum"]))  # a group named after the place
    if draw(st.booleans()):
        return _gen(f"{name}, {post}, said the plan was {_q(draw, phrase)}.", (phrase, "other"))
    return _gen(f"{_q(draw, phrase[0].upper() + phrase[1:])}, said {name}, {post}.", (phrase[0].upper() + phrase[1:], "other"))


def _reported_long(draw: st.DrawFn) -> Generated:
    """Reported speech carries its speaker over a long clause."""
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("A DfE spokeswoman", "other"), ("A council spokesman", "authority"),
                                      ("Ofsted's national director", "inspectorate")])
    filler = "the department was working with councils and with partners across the region and beyond on"
    return _gen(f"{who} said that {filler} {_q(draw, phrase)}.", (phrase, side))


def _perfect_speech(draw: st.DrawFn) -> Generated:
    """ "X has warned that ...": a perfect's auxiliary is no speaker's end, and a clause
    opened before the speaker ("- while X has warned") is not the speaker's."""
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("a council leader", "authority"), ("the schools minister", "other"),
                             ("Ofsted's chief inspector", "inspectorate"), ("a children's charity", "other")])
    lead = draw(st.sampled_from(["Staff are under strain and families wait too long for help - while ",
                                 "Caseloads rose again this year, while ", ""]))
    verb = draw(st.sampled_from(["has warned", "has said", "had warned", "has also warned"]))
    text = f"{lead}{who} {verb} that cuts will make the work {_q(draw, phrase)}."
    return _gen(text[0].upper() + text[1:], (phrase, side))


def _findings_of_an_object(draw: st.DrawFn) -> Generated:
    """A findings verb with an object pronoun ("deemed them to have"), in a clause
    opened after the sentence's own subject."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("the Government", "other"), ("Ofsted", "inspectorate"), ("the minister", "other")])
    verb = draw(st.sampled_from(["deemed them to have", "described it as", "called them"]))
    return _gen(f"The trust in {a} was set up in 2015 after {who} {verb} {_q(draw, phrase)}.", (phrase, side))


def _owned_document(draw: st.DrawFn) -> Generated:
    """A document a body other than Ofsted owns is that body's: premodified ("the DfE
    report"), or named before a bare "the report said"."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    owner, side = _pick(draw, [("The Local Government Association published its annual survey", "other"),
                               ("A report by a children's charity came out on Monday", "other"),
                               (f"According to a {a} report, spending rose", "authority"),
                               (f"{a} Council published its own review", "authority"),
                               (f"Ofsted published its report on {a}", "inspectorate")])
    direct, direct_side = _pick(draw, [("The DfE report", "other"), ("The charity's survey", "other"),
                                       ("The council's own review", "authority"), ("Ofsted's report", "inspectorate")])
    second = draw(st.sampled_from([p for p in _PHRASES if p != phrase]))
    return _gen(f"{owner}. The report said councils faced {_q(draw, phrase)}.\n\n"
                f"{direct}, which drew on new data, called the plans {_q(draw, second)}.",
                (phrase, side), (second, direct_side))


def _acronym_post(draw: st.DrawFn) -> Generated:
    """A post premodified by a body's acronym ("TCSW chief executive") is that body's."""
    name, claim = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    acronym = draw(st.sampled_from(["TCSW", "BASW", "NAYJ", "FRG", "CSWA"]))
    post = draw(st.sampled_from(["chief executive", "chair", "director", "president"]))
    return _gen(f"{name}, {acronym} {post}, said: {_q(draw, claim)}", (claim, "other"))


def _reported_lead_in(draw: st.DrawFn) -> Generated:
    """A paragraph of reported speech ("X said she was delighted.") gives its speaker to
    the quotation opening the next paragraph, not the quotation before it."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    first, claim = draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_CLAIMS))
    who, side = _pick(draw, [(f"{name}, chair of {a} Children's Trust,", "authority"),
                             (f"Council leader {name}", "authority"), (f"The schools minister, {name},", "other")])
    return _gen(f"Inspectors said the service had {_q(draw, first)}.\n\n{who} said she was delighted by the findings."
                f"\n\n{_q(draw, claim)}\n", (first, "inspectorate"), (claim, side))


def _single_continuation(draw: st.DrawFn) -> Generated:
    """A quotation in single marks continues the one before it in single marks."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    first, second = draw(st.lists(st.sampled_from(_CLAIMS), min_size=2, max_size=2, unique=True))
    who, side = _pick(draw, [(f"{name}, {a} Council's leader", "authority"), (f"{name}, the schools minister", "other")])
    return _gen(f"Ofsted's report on {a} came out today.\n\n'{first}' said {who}. '{second}'",
                (first, side), (second, side))


def _coordinated_predicate(draw: st.DrawFn) -> Generated:
    """ "X has rated ... and warned 'Q'": the subject of the first predicate speaks."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("The watchdog", "inspectorate"), ("The minister", "other"), ("Ofsted", "inspectorate")])
    return _gen(f"{who} has rated the council's services in {a} as weak and warned of {_q(draw, phrase)}.",
                (phrase, side))


def _quoted_crosshead(draw: st.DrawFn) -> Generated:
    """A quoted crosshead is no quotation of the next speaker: it has the side of the
    quotation elsewhere that holds its words."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    phrase, claim = draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_CLAIMS))
    who, side = _pick(draw, [("Ofsted said services were", "inspectorate"), ("The minister said the plan was", "other")])
    op, cl = draw(st.sampled_from(_MARKS))
    return _gen(f"{who} {_q(draw, phrase)}.\n\n{op}{phrase[0].upper()}{phrase[1:]}{cl}\n\n"
                f"{name}, {a} Council's leader, said: {_q(draw, claim)}\n",
                (phrase, side), (phrase[0].upper() + phrase[1:], side), (claim, "authority"))


def _post_named_earlier(draw: st.DrawFn) -> Generated:
    """ "The chief operating officer said": a post named by "the", its side that of the
    body it was first given with ("Jo Bloggs, chief operating officer of X Trust")."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    first, second = draw(st.lists(st.sampled_from(_PHRASES), min_size=2, max_size=2, unique=True))
    post = draw(st.sampled_from(["chief operating officer", "head of service", "principal social worker",
                                 "operations manager", "practice lead"]))
    body, side = _pick(draw, [(f"of {a} Children's Services Trust", "authority"), (f"at {a} Council", "authority"),
                              ("of a national children's charity", "other"), ("at Ofsted", "inspectorate")])
    verb = draw(st.sampled_from(["said", "added", "told the meeting"]))
    third = draw(st.sampled_from([p for p in _PHRASES if p not in (first, second)]))
    middle: str = "A DfE spokeswoman said it was" if side != "other" else "Ofsted said it was"
    middle_side: Source = "other" if side != "other" else "inspectorate"
    return _gen(f"{name}, {post} {body}, said staff had shown {_q(draw, first)}.\n\n{middle} {_q(draw, third)}.\n\n"
                f"The {post} {verb} the next year would bring {_q(draw, second)}.",
                (first, side), (third, middle_side), (second, side))


def _department_named_earlier(draw: st.DrawFn) -> Generated:
    """ "The department said": the department named last before, the government's
    ("the Department for Education", "DfE figures") or a council's own."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    lead, side = _pick(draw, [("Tables the Department for Education issued show caseloads rose.", "other"),
                              ("New figures published by the Department for Education came out on Monday.", "other"),
                              (f"{a} Council's social care department has a new head.", "authority"),
                              (f"The social care department at {a} Council was reorganised.", "authority")])
    return _gen(f"{lead}\n\nThe department said the changes would be {_q(draw, phrase)}.", (phrase, side))


def _judgement_speaks(draw: st.DrawFn) -> Generated:
    """An inspection's judgement speaks for the inspectorate, whatever its aside names."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    head = draw(st.sampled_from(["The judgement", "The judgment", "The latest judgement"]))
    aside = draw(st.sampled_from([f"which puts {a} Council among the best in the country",
                                  "which the council's leader welcomed"]))
    return _gen(f"{head}, {aside}, said support for care leavers was {_q(draw, phrase)}.", (phrase, "inspectorate"))


def _long_aside(draw: st.DrawFn) -> Generated:
    """A speaker whose relative clause is long: the head before it decides, however far
    the clause puts it from the verb."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    head, side = _pick(draw, [("Ofsted inspectors", "inspectorate"), ("The schools minister", "other"),
                              (f"{a} Council's leader", "authority")])
    clause = draw(st.sampled_from([
        f"who have come to {a} Council's social care department on six visits since its services were judged weak two years ago",
        "who met civil servants at the Department for Education and a national charity several times over the last two years",
    ]))
    return _gen(f"{head}, {clause}, said the service had seen {_q(draw, phrase)}.", (phrase, side))


def _post_describes_the_last_speaker(draw: st.DrawFn) -> Generated:
    """A post named by "the" and nowhere before ("The chief operating officer said")
    describes anew the person quoted just before: their side."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    first, second, third = draw(st.lists(st.sampled_from(_PHRASES), min_size=3, max_size=3, unique=True))
    body, side = _pick(draw, [(f"of {a} Children's Services Trust", "authority"), (f"from {a} Council", "authority"),
                              ("of a national children's charity", "other")])
    post = draw(st.sampled_from(["chief operating officer", "practice lead", "head of practice"]))
    return _gen(f"Ofsted said services were {_q(draw, first)}.\n\n{name}, {body}, said staff had shown {_q(draw, second)}."
                f"\n\nThe {post} said the next year would bring {_q(draw, third)}.",
                (first, "inspectorate"), (second, side), (third, side))


def _passive_agent(draw: st.DrawFn) -> Generated:
    """A passive's agent speaks: "Areas recognised by the regulator were ...
    'Q'", "the plan, criticised by the minister as 'Q'"."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    verb = draw(st.sampled_from(["recognised", "praised", "criticised", "highlighted", "identified", "noted"]))
    agent, side = _pick(draw, [("the watchdog", "inspectorate"), ("inspectors", "inspectorate"), ("Ofsted", "inspectorate"),
                               ("the schools minister", "other"), ("a children's charity", "other"),
                               (f"{a} Council's leader", "authority")])
    lead = draw(st.sampled_from(["Council figures show caseloads fell.", "A council spokesman said it was \"a good day\"."
                                 if side != "authority" else "A DfE spokeswoman said it was \"a good day\".",
                                 "Inspectors visited in May."]))
    text = draw(st.sampled_from([f"Among the areas {verb} by {agent} were {_q(draw, phrase)}.",
                                 f"The plan for {a}, {verb} by {agent} as {_q(draw, phrase)}, starts in May."]))
    return _gen(f"{lead}\n\n{text}", (phrase, side))


def _attitude_verb(draw: st.DrawFn) -> Generated:
    """Verbs of blame or appeal report their subject's words: "Union leaders have
    blamed the problems on 'Q'", "the minister urged councils to show 'Q'"."""
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("Union leaders", "other"), ("The schools minister", "other"), ("A children's charity", "other"),
                             ("The council's leader", "authority"), ("Inspectors", "inspectorate")])
    verb = draw(st.sampled_from(["have blamed the problems partly on", "blamed the delays on", "accused the agencies of",
                                 "urged the government to avoid", "condemned the"]))
    lead = draw(st.sampled_from(["Caseloads rose again this year.",
                                 "A council spokesman said it was \"a good day\"." if side != "authority"
                                 else "Ofsted said it was \"a good day\"."]))
    return _gen(f"{lead}\n\n{who} {verb} {_q(draw, phrase)}.", (phrase, side))


def _commitment_verb(draw: st.DrawFn) -> Generated:
    """A pledge reports its subject's words: "The authority has issued an apology and pledged
    to reach 'Q'", "the minister vowed to bring 'Q'"."""
    phrase = draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("The authority", "authority"), ("The council", "authority"), ("The schools minister", "other"),
                             ("A children's charity", "other")])
    verb = draw(st.sampled_from(["has issued an apology and pledged to reach", "pledged to deliver", "promised to bring",
                                 "has vowed to make", "vowed to bring in"]))
    lead = draw(st.sampled_from(["Inspectors said progress was \"far too slow\".", "Ofsted said it was \"a hard year\"."]))
    return _gen(f"{lead}\n\n{who} {verb} {_q(draw, phrase)}.", (phrase, side))


def _independent_post(draw: st.DrawFn) -> Generated:
    """An independent post ("independent chair of the safeguarding partnership") speaks
    for no council, even in the first person plural."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    post = draw(st.sampled_from(["independent chair", "Independent Chair", "independent chairman", "independent scrutineer"]))
    body = draw(st.sampled_from([f"of the {a} Safeguarding Children Partnership", f"of {a}'s safeguarding board",
                                 f"of the {a} improvement board"]))
    if draw(st.booleans()):
        return _gen(f"{name}, {post} {body}, said: {_q(draw, claim)}", (claim, "other"))
    return _gen(f"The {post} {body}, {name}, said: {_q(draw, claim)}", (claim, "other"))


def _pronoun_body_later(draw: st.DrawFn) -> Generated:
    """ "it" after the quotation in its own sentence stands for the body that opens it:
    "The report gave warm praise to X and to 'Q'; it also praised the staff"."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    body, side = _pick(draw, [("The report", "inspectorate"), ("Ofsted's letter", "inspectorate"),
                              (f"{a} Council", "authority")])
    return _gen(f"Caseloads rose this year.\n\n{body} gave warm praise to fostering and to "
                f"{_q(draw, phrase)}; it also praised the staff.", (phrase, side))


QUOTE_SOURCE_FRAMES: Final[dict[str, Frame]] = {
    "perfect_speech": _perfect_speech, "findings_of_an_object": _findings_of_an_object,
    "owned_document": _owned_document, "acronym_post": _acronym_post, "reported_lead_in": _reported_lead_in,
    "single_continuation": _single_continuation, "coordinated_predicate": _coordinated_predicate,
    "quoted_crosshead": _quoted_crosshead, "post_named_earlier": _post_named_earlier,
    "department_named_earlier": _department_named_earlier, "judgement_speaks": _judgement_speaks,
    "long_aside": _long_aside, "pronoun_body_later": _pronoun_body_later, "independent_post": _independent_post, "commitment_verb": _commitment_verb, "passive_agent": _passive_agent, "attitude_verb": _attitude_verb, "post_describes_the_last_speaker": _post_describes_the_last_speaker,
    "council_speaks": _council_speaks, "head_not_clause": _head_not_clause, "pronoun_person": _pronoun_person,
    "pronoun_body": _pronoun_body, "lead_in": _lead_in, "findings_verb": _findings_verb, "crosshead": _crosshead,
    "other_speakers": _other_speakers, "reported_long": _reported_long, "former_officer": _former_officer,
    **MORE_QUOTE_SOURCE_FRAMES, **QUOTE_TURN_FRAMES, **QUOTE_LEAD_FRAMES, **QUOTE_OWNER_FRAMES,
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


def _council_acronym_post(draw: st.DrawFn) -> Generated:
    """A council's own acronym ("KCC leader", "the DCS") keeps its post the council's."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    initials = "".join(w[0] for w in a.split() if w[:1].isupper())
    acronym = draw(st.sampled_from([f"{initials}CC", f"{initials}BC", "DCS"]))
    return _gen(f"{acronym} chair {name} said: {_q(draw, claim)}", (claim, "authority"))


def _inspectorate_report_last(draw: st.DrawFn) -> Generated:
    """Ofsted's report named after another body's document, or a council's figures
    (no report), leaves "the report said" the inspectorate's."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    before = draw(st.sampled_from(["The DfE published its annual survey last week.", "Council figures show rising demand.",
                                   "A charity's report in May found more families in need."]))
    return _gen(f"{before} Ofsted's report on {a} came out today. The report said leaders showed {_q(draw, phrase)}.",
                (phrase, "inspectorate"))


def _name_in_a_quotation(draw: st.DrawFn) -> Generated:
    """A person named inside a quotation, or in what someone reports ("he explained"),
    is not whom the next "she" stands for."""
    a, (name, other) = draw(authority_names()), draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    claim = draw(st.sampled_from(_CLAIMS))
    first = draw(st.sampled_from([f"We thank {other} for her work.", "We are listening."]))
    middle = draw(st.sampled_from([f"The minister, {other}, will chair the board, she explained.",
                                   f"She praised the work of {other} over the past year."]))
    return _gen(f"{a} Council's leader {name} said: {_q(draw, first)}\n\n{middle}\n\nShe added: {_q(draw, claim)}",
                (claim, "authority"))


def _last_department_named(draw: st.DrawFn) -> Generated:
    """ "The department" is the department named last, not the first one in the text."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    council = f"{a} Council's social care department was reorganised last year."
    dfe = "The Department for Education published its figures on Monday."
    orders: list[tuple[str, str, Source]] = [(council, dfe, "other"), (dfe, council, "authority")]
    first, second, side = draw(st.sampled_from(orders))
    return _gen(f"{first} {second}\n\nThe department said the figures were {_q(draw, phrase)}.", (phrase, side))


def _post_with_a_side(draw: st.DrawFn) -> Generated:
    """A post that names its side itself ("the council's director") keeps it, whatever
    body an earlier post of the same words was given with."""
    name, phrase = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    return _gen(f"{name}, director of a national children's charity, spoke first.\n\n"
                f"The council's director said the plan was {_q(draw, phrase)}.", (phrase, "authority"))


def _post_mentioned_before_the_last_speaker(draw: st.DrawFn) -> Generated:
    """A post given with its body earlier keeps that body's side, whoever spoke last."""
    name, other = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    first, second = draw(st.lists(st.sampled_from(_PHRASES), min_size=2, max_size=2, unique=True))
    return _gen(f"{other}, head of practice at a national children's charity, spoke first.\n\n"
                f"Council leader {name} said it was {_q(draw, first)}.\n\n"
                f"The head of practice said the plan was {_q(draw, second)}.", (first, "authority"), (second, "other"))


def _agent_of_a_label(draw: st.DrawFn) -> Generated:
    """An agent in a sentence before the quotation's, or a "by" that is no passive's
    agent ("by the end of May"), gives no speaker."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    before = draw(st.sampled_from(["The plan was criticised by the schools minister.",
                                   "Services improved by the end of May, figures show."]))
    return _gen(f"{before}\n\n{a} Council's leader {name} said: {_q(draw, claim)}", (claim, "authority"))


def _pledge_reported_by_another(draw: st.DrawFn) -> Generated:
    """A pledge inside what another speaker reports is that speaker's quotation."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("Inspectors found", "inspectorate"), ("The schools minister said", "other")])
    return _gen(f"{who} that {a} Council had not delivered what it promised, calling progress {_q(draw, phrase)}.",
                (phrase, side))


def _independent_body_of_a_council(draw: st.DrawFn) -> Generated:
    """ "Independent" before no post ("the council's independent fostering panel") leaves
    a council's member the council's."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    return _gen(f"Cllr {name}, who chairs {a} Council's independent fostering panel, said: {_q(draw, claim)}",
                (claim, "authority"))


def _council_politicians(draw: st.DrawFn) -> Generated:
    """Politicians of a council are its members: the council's side."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who = draw(st.sampled_from([f"{a} council politicians", f"Politicians on {a} Council", "County council politicians"]))
    return _gen(f"{who} said the plan would be {_q(draw, phrase)}.", (phrase, "authority"))


QUOTE_SOURCE_NEGATIVE_FRAMES: Final[dict[str, Frame]] = {
    "council_acronym_post": _council_acronym_post, "inspectorate_report_last": _inspectorate_report_last,
    "name_in_a_quotation": _name_in_a_quotation, "last_department_named": _last_department_named,
    "post_with_a_side": _post_with_a_side, "council_politicians": _council_politicians, "independent_body_of_a_council": _independent_body_of_a_council, "pledge_reported_by_another": _pledge_reported_by_another, "agent_of_a_label": _agent_of_a_label, "post_mentioned_before_the_last_speaker": _post_mentioned_before_the_last_speaker,
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
