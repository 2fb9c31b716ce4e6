"""More sides of speakers (issue 22, "who said it"): an inspector known by the letters
after their name, a body's statement that "reads" or a post it "tweeted", a named
person's side carried by their title and surname later on, a quotation nested in
another (a Quote of its own, with the outer speaker's side), and a council named by its
place alone, its staff and its documents speaking for it (others named with its place
keeping their own side), and a plural's possessive inside a quotation in single marks.

Names are invented; councils are random draws. ``_quotes`` merges these frames into
``QUOTE_SOURCE_FRAMES``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Source
from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _NAMES, _PHRASES, Frame, _gen, _pick, _q


def _post_nominal_inspector(draw: st.DrawFn) -> Generated:
    """An inspector named with "HMI" after the name speaks for the inspectorate: "Jane
    Doe HMI said: ..."."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    lead = draw(st.sampled_from((f"{name} HMI said:", f"{name} HMI, who led the visit, said:", f"{name}, HMI, wrote:")))
    return _gen(f"{a} was visited in May.\n\n{lead} {_q(draw, claim)}\n", (claim, "inspectorate"))


def _statement_reads(draw: st.DrawFn) -> Generated:
    """A body's statement that "reads", or a post it "tweeted": the body's side."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    body, side = _pick(draw, [("The council's statement", "authority"), (f"{a} Council", "authority"),
                                        ("Ofsted's letter", "inspectorate"), ("The union's statement", "other")])
    verb = draw(st.sampled_from(("read", "reads", "tweeted", "posted")))
    return _gen(f"{a} was rated good.\n\n{body} {verb}: {_q(draw, claim)}\n", (claim, side))


def _surname_later(draw: st.DrawFn) -> Generated:
    """A person introduced with their post, then quoted by title and surname: their side."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    post, side = _pick(draw, [("Ofsted's regional director", "inspectorate"),
                                        (f"{a}'s director of children's services", "authority"),
                                        ("the NSPCC's head of policy", "other")])
    title = draw(st.sampled_from(("Ms", "Dr")))
    surname = name.split()[-1]
    verb = draw(st.sampled_from(("said", "added", "told the BBC")))
    return _gen(f"{a} was rated good. {name}, {post}, welcomed it.\n\n{title} {surname} {verb}: {_q(draw, claim)}\n",
                (claim, side))


def _nested_quotation(draw: st.DrawFn) -> Generated:
    """A quotation in single marks nested in a double-quoted one is a Quote of its own,
    with the outer speaker's side: "The report said: "Children call it 'a turning point'.""."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("The report", "inspectorate"), (f"{a} Council's leader", "authority"),
                             ("The union", "other")])
    op, cl = draw(st.sampled_from((('"', '"'), ("\u201c", "\u201d"))))
    iop, icl = draw(st.sampled_from((("'", "'"), ("\u2018", "\u2019"))))
    outer = f"Children describe the new service as {iop}{phrase}{icl} and say so often."
    return _gen(f"{a} was rated good.\n\n{who} said: {op}{outer}{cl}\n", (outer, side), (phrase, side))


def _report_of_statistics(draw: st.DrawFn) -> Generated:
    """"The report" in a story of statistics that names no inspectorate is the report of
    the body whose figures it is, named before or after ("Government statistics show
    ...", "the DfE report"); in one about an inspection it is the inspectorate's."""
    claim = draw(st.sampled_from(_CLAIMS))
    said = f"The report said: {_q(draw, claim)}"
    if draw(st.booleans()):
        owner = draw(st.sampled_from(("Government statistics", "Department for Education figures")))
        return _gen(f"{owner} show caseloads rose.\n\n{said}\n", (claim, "other"))
    if draw(st.booleans()):
        owner = draw(st.sampled_from(("The DfE report", "The government's annual report")))
        return _gen(f"Caseloads rose again this year.\n\n{said}\n\n{owner} was published on Tuesday.\n", (claim, "other"))
    a = draw(authority_names())
    return _gen(f"Ofsted inspected {a} in May and rated it good.\n\n{said}\n", (claim, "inspectorate"))


#: What a council's name heads as a speaker, as its own name does: its staff ("Kent's
#: social workers", "staff in Kent") and its documents ("Kent's response").
_COUNCIL_STAFF: Final = ("social workers", "staff", "officers", "managers", "senior leaders")
_COUNCIL_DOCUMENTS: Final = ("response", "statement", "self-assessment", "improvement plan", "press release", "own report")


def _council_named_speaker(draw: st.DrawFn) -> Generated:
    """A council named by its place alone speaks for itself, and so do its staff and
    documents: "Kent said", "Kent's social workers told the BBC", "staff in Kent said",
    "Kent's response says", before or after the quotation."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    staff, document = draw(st.sampled_from(_COUNCIL_STAFF)), draw(st.sampled_from(_COUNCIL_DOCUMENTS))
    who = draw(st.sampled_from((a, f"{a}'s {staff}", f"{staff.capitalize()} in {a}", f"{a}'s {document}")))
    verb = draw(st.sampled_from(("said", "says", "added", "told the BBC", "stated")))
    lead = draw(st.sampled_from(("Inspectors visited in May.", "The report was published on Tuesday.")))
    if draw(st.booleans()):
        return _gen(f"{lead}\n\n{who} {verb}: {_q(draw, claim)}\n", (claim, "authority"))
    return _gen(f"{lead}\n\n{_q(draw, claim[:-1] + ',')} {who} {verb}.\n", (claim[:-1] + ",", "authority"))


def _others_in_a_council(draw: st.DrawFn) -> Generated:
    """Others named with a council's place keep their own side: its MP, a charity or
    parents there, the police of the area, Ofsted's report on it."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    who, side = _pick(draw, [(f"{a}'s MP", "other"), (f"A charity in {a}", "other"), (f"Parents in {a}", "other"),
                             (f"Ofsted's report on {a}", "inspectorate"), (f"Headteachers in {a}", "other")])
    return _gen(f"Inspectors visited in May.\n\n{who} said: {_q(draw, claim)}\n", (claim, side))


def _lead_in_names_a_document(draw: st.DrawFn) -> Generated:
    """A phrase before the speaker that names a document or a body ("Speaking after the
    report came out, ...") gives no side: the speaker's own words do."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    lead = draw(st.sampled_from(("Speaking after the report was published", "Responding to Ofsted's letter",
                                 "Commenting on the inspectors' findings", "Speaking at the union's conference")))
    who, side = _pick(draw, [(f"{a} Council's leader {name}", "authority"), (f"{name}, {a}'s director of children's services", "authority"),
                             (f"the children's minister, {name}", "other"), (f"{name}, Ofsted's regional director", "inspectorate")])
    return _gen(f"{a} was rated good.\n\n{lead}, {who} said: {_q(draw, claim)}\n", (claim, side))


def _agent_after_the_quotation(draw: st.DrawFn) -> Generated:
    """A passive whose agent follows the quotation ("was described as 'X' by the
    council's leader") is the agent's; with no agent ("by the end of May" names none) a
    finding's passive stays the inspectorate's."""
    a, name, phrase = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_PHRASES))
    verb = draw(st.sampled_from(("described as", "hailed as", "called", "labelled", "praised as")))
    agent, side = _pick(draw, [(f"council leader {name}", "authority"), (f"{a} Council's leader", "authority"),
                               ("the children's minister", "other"), ("the union", "other"), ("Ofsted", "inspectorate"),
                               ("inspectors", "inspectorate"), ("the end of May", "inspectorate")])
    subject = draw(st.sampled_from(("The result", "The council's plan", "Its work with care leavers")))
    return _gen(f"Ofsted inspected {a} in March.\n\n{subject} was {verb} {_q(draw, phrase)} by {agent}.\n", (phrase, side))


_PLURAL_OWNERS: Final = ("Leaders'", "Social workers'", "Managers'", "Partners'", "Carers'")


def _plural_possessive_in_single_marks(draw: st.DrawFn) -> Generated:
    """A quotation in single marks holding a plural's possessive ("'Leaders' grip on practice
    is weak.'") is one quotation, not a one-word one closed at the possessive; a quoted
    plural on its own ("'needs' were unmet") still closes at its mark."""
    a = draw(authority_names())
    iop, icl = draw(st.sampled_from((("'", "'"), ("\u2018", "\u2019"))))
    owner = draw(st.sampled_from(_PLURAL_OWNERS)).replace("'", icl)
    words = f"{owner} grip on practice is not yet strong enough."
    if draw(st.booleans()):
        return _gen(f"{a} was rated requires improvement.\n\nThe report said: {iop}{words}{icl}\n", (words, "inspectorate"))
    return _gen(f"{a} was rated requires improvement.\n\nThe report said {iop}needs{icl} were unmet and {iop}more work{icl} was "
                "needed.\n", ("needs", "inspectorate"), ("more work", "inspectorate"))


def _document_about_a_council(draw: st.DrawFn) -> Generated:
    """"The report on Kent Council said", "the monitoring visit to Kent found": what the
    document or event is about is no speaker; its author, after "from" or "by", is."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    doc = draw(st.sampled_from([f"The report on {a} Council", f"The Ofsted report on {a} Council", f"The inspection of {a} Council", f"The monitoring visit to {a}",
                                f"The new report into {a}'s children's services", f"The monitoring letter to {a} Council"]))
    if draw(st.integers(0, 3)) == 0:
        author = draw(st.sampled_from(["from the minister", "by the Local Government Association"]))
        return _gen(f"A letter to {a} Council {author} said: {_q(draw, phrase)}", (phrase, "other"))
    return _gen(f"{doc} {draw(st.sampled_from(['said', 'found', 'stated']))}: {_q(draw, phrase)}", (phrase, "inspectorate"))


_BODIES: Final = ("the Children's Society", "Action for Children", "the Home Office", "the Labour Party", "Become")


def _other_body_spokesperson(draw: st.DrawFn) -> Generated:
    """A spokesperson for a body no council ("an NSPCC spokesperson", "a spokesman for
    Action for Children") speaks for that body; a council's, or one named alone after a
    council, for the council; a parent in apposition for no council."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    frame = draw(st.integers(0, 3))
    if frame == 0:
        return _gen(f"A {draw(st.sampled_from(['spokesperson', 'spokesman']))} for {draw(st.sampled_from(_BODIES))} said: "
                    f"{_q(draw, phrase)}", (phrase, "other"))
    if frame == 1:
        return _gen(f"An {draw(st.sampled_from(['NSPCC', 'ADCS', 'LGA']))} spokesperson said: {_q(draw, phrase)}", (phrase, "other"))
    if frame == 2:
        return _gen(f"A {a} Council spokesperson said: {_q(draw, phrase)}", (phrase, "authority"))
    name = draw(st.sampled_from(_NAMES))
    return _gen(f"{name}, a {draw(st.sampled_from(['parent', 'foster carer', 'care leaver']))} in {a}, said: {_q(draw, phrase)}",
                (phrase, "other"))


def _headline_speaker(draw: st.DrawFn) -> Generated:
    """A headline's quotation: its speaker the subject after the colon ("'We let children
    down': Kent council apologises") or the kicker before it ("Union: Kent caseloads 'at
    breaking point'"); a topic before a colon ("Trusts: lessons from 'failing' councils")
    is no speaker."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    body = "\n\nThe story goes on here.\n"
    frame = draw(st.integers(0, 2))
    if frame == 0:
        speakers: list[tuple[str, Source]] = [(f"{a} council", "authority"), ("Unison", "other"), ("Ofsted", "inspectorate"),
                                              ("Children's minister", "other")]
        who, side = draw(st.sampled_from(speakers))
        verb = draw(st.sampled_from(["apologises", "warns", "says", "insists", "admits"]))
        return _gen(f"{_q(draw, phrase)}: {who} {verb} over children's services{body}", (phrase, side))
    if frame == 1:
        kickers: list[tuple[str, Source]] = [("Minister", "other"), ("Union", "other"), ("Ofsted", "inspectorate")]
        who, side = draw(st.sampled_from(kickers))
        return _gen(f"{who}: {a} children's services {_q(draw, phrase)}{body}", (phrase, side))
    return _gen(f"Children's trusts: lessons from {_q(draw, phrase)} councils{body}", (phrase, None))


def _attitude_before(draw: st.DrawFn) -> Generated:
    """A quotation opening its sentence after one whose subject takes a stance without a
    verb of speech ("Jo Bloggs was full of praise for staff.", "The minister was blunt.",
    "Unison responded angrily.", "The report is unsparing.", "Inspectors did not hold
    back."): that subject speaks it."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    speakers: list[tuple[str, Source]] = [(f"{a}'s director of children's services", "authority"), ("The children's minister", "other"),
                                          ("Unison", "other"), ("Inspectors", "inspectorate"), ("The report itself", "inspectorate")]
    who, side = draw(st.sampled_from(speakers))
    verb = "were" if who == "Inspectors" else "was"
    stance = draw(st.sampled_from([f"{verb} full of praise for staff in {a}", f"{verb} blunt about {a}'s progress",
                                   f"responded angrily to the news from {a}", f"{verb} quick to defend staff in {a}",
                                   f"{verb.replace('was', 'is').replace('were', 'are')} unsparing about {a}",
                                   f"did not hold back on {a}", f"pulled no punches about {a}"]))
    return _gen(f"{who} {stance}. {_q(draw, claim)}", (claim, side))


def _owner_of_the_post(draw: st.DrawFn) -> Generated:
    """A post in apposition owned by a body ("Jo Bloggs, the charity's director, said"):
    the owner's side (a charity, a union: no council's; the council's own post: the
    council's); a council's post before a titled name ("Kent County Council's director for
    children Professor Jo Bloggs said"): the council's, the title no academic's."""
    a, phrase, name = draw(authority_names()), draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_NAMES))
    owners: list[tuple[str, Source]] = [("charity's", "other"), ("union's", "other"), ("association's", "other"),
                                        ("council's", "authority"), ("authority's", "authority")]
    owner, side = draw(st.sampled_from(owners))
    if draw(st.booleans()):
        post = draw(st.sampled_from(["director", "chief executive", "head of policy"]))
        return _gen(f"{a} Council was inspected in May. {name}, the {owner} {post}, said: {_q(draw, phrase)}", (phrase, side))
    title = draw(st.sampled_from(["Professor", "Dr"]))
    return _gen(f"{a} County Council's director for children {title} {name} said: {_q(draw, phrase)}", (phrase, "authority"))


def _member_of_the_public(draw: st.DrawFn) -> Generated:
    """A speaker named by what they are to others ("Local mum Jo Bloggs", "Grandmother Jo
    Bloggs", "Father-of-two Jo Bloggs") or by a child of theirs ("Jo Bloggs, whose son was
    in care, said"): no council's; a council's post holder named so stays the council's."""
    a, phrase, name = draw(authority_names()), draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_NAMES))
    who = draw(st.sampled_from([f"Local mum {name}", f"Grandmother {name}", f"Father-of-two {name}", f"Dad {name}",
                                f"{name}, whose son was in care in {a},", f"{name}, whose daughter left care last year,"]))
    if draw(st.integers(0, 4)) == 0:
        return _gen(f"{a} Council was inspected in May. Council leader {name} said it was {_q(draw, phrase)}.", (phrase, "authority"))
    return _gen(f"{a} Council was inspected in May. {who} said the team had been {_q(draw, phrase)}.", (phrase, "other"))


def _subject_before_its_words(draw: st.DrawFn) -> Generated:
    """A subject right before its quoted intent or feeling, no verb between ("Kent council
    'will not stand still' after the inspection", "Minister 'appalled' by findings"): the
    subject's words (a council's department is the council); a verdict on the subject so
    written ("Kent 'still failing' after a hard year") is someone else's, unsaid whose."""
    a = draw(authority_names())
    tail = draw(st.sampled_from([" after a difficult year", " over the findings", " as the work goes on"]))
    if draw(st.integers(0, 3)) == 0:
        verdict = draw(st.sampled_from(["still failing", "not good enough", "in a mess"]))
        return _gen(f"{a} {_q(draw, verdict)}{tail}.\n\nThe story goes on here.\n", (verdict, None))
    speakers: list[tuple[str, Source]] = [(f"{a} County Council", "authority"), (f"{a} Children's Services", "authority"),
                                          ("The NSPCC", "other"), ("Minister", "other"), ("Ofsted", "inspectorate")]
    who, side = draw(st.sampled_from(speakers))
    words = draw(st.sampled_from(["will not stand still", "deeply concerned", "will act quickly", "appalled", "determined to improve"]))
    return _gen(f"{who} {_q(draw, words)}{tail} in {a}.\n\nThe story goes on here.\n", (words, side))


def _crosshead_echo(draw: st.DrawFn) -> Generated:
    """A quoted crosshead repeating words of a quotation below it is that quotation's
    speaker's, once a pronoun there ("..., she said") is resolved."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    echo = draw(st.sampled_from(["dedication and hard work", "real commitment to children", "a lot more to do"]))
    posts: list[tuple[str, Source]] = [("the council's children's services director", "authority"), ("the children's minister", "other")]
    who, side = draw(st.sampled_from(posts))
    said = f"It shows {echo} in {a}."
    return _gen(f"{a} Council was rated good.\n\n{_q(draw, echo.capitalize())}\n\n{name}, {who}, welcomed the report.\n\n"
                f'"{said}", she said.\n', (echo.capitalize(), side), (said, side))


def _headline_echo(draw: st.DrawFn) -> Generated:
    """A headline's quotation repeating the opening words of a quotation in the body, before
    a clause that reads as no speaker ("'X': Kent rated outstanding"): the body speaker's side."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    echo = draw(st.sampled_from(["We did not expect it, but we earned it", "This is a great day for our children",
                                 "We know there is more to do"]))
    posts: list[tuple[str, Source]] = [("the council's head of children's social care", "authority"),
                                       ("the charity's chief executive", "other"), ("the cabinet member for children", "authority")]
    who, side = draw(st.sampled_from(posts))
    head = draw(st.sampled_from([f"{a} children's services rated outstanding", f"Ofsted praises {a}", f"inspectors back {a}'s plans"]))
    said = f"{echo}. The families deserve the credit."
    return _gen(f"{_q(draw, echo)}: {head}\n\n{a} Council was rated outstanding by Ofsted.\n\n{name}, {who}, said: \"{said}\"\n",
                (echo, side), (said, side))


def _found_by_after(draw: st.DrawFn) -> Generated:
    """A quoted phrase right before a participle of finding and its agent ('with "grave
    weaknesses" noted by inspectors'): the agent's words, not the last speaker's."""
    a, claim, phrase = draw(authority_names()), draw(st.sampled_from(_CLAIMS)), draw(st.sampled_from(_PHRASES))
    agents: list[tuple[str, Source]] = [("inspectors", "inspectorate"), ("Ofsted", "inspectorate"), ("the LGA", "other"),
                                        ("a union", "other")]
    who, side = draw(st.sampled_from(agents))
    verb = draw(st.sampled_from(["identified", "highlighted", "noted", "found", "was raised"]))
    verb = verb.removeprefix("was ")
    return _gen(f"{a} Council said: {_q(draw, claim)}\n\nIts services were rated inadequate, with {_q(draw, phrase)} {verb} by {who}.\n",
                (claim, "authority"), (phrase, side))


def _hearsay_subject(draw: st.DrawFn) -> Generated:
    """Hearsay before the speaking subject ("it is reported that areas in the pilots have
    said ..."): the subject speaks, not a report; councils as places ("areas") are councils."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    subjects: list[tuple[str, Source]] = [("areas taking part in the pilots", "authority"), ("local areas", "authority"),
                                          ("some local authorities", "authority"), ("unions", "other")]
    who, side = draw(st.sampled_from(subjects))
    lead = draw(st.sampled_from(["It is reported that", "In addition, it is understood that", "It was reported that"]))
    return _gen(f"{a} Council was inspected in May. {lead} {who} have said that the approach is {_q(draw, phrase)}.\n",
                (phrase, side))


def _single_left_open(draw: st.DrawFn) -> Generated:
    """A paragraph opening with a single mark it never closes, after a lead-in naming the
    speaker (the next paragraph's mark left out): a quotation to the paragraph's end."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    leads: list[tuple[str, Source]] = [(f"{a} Council's leader said:", "authority"), ("Ofsted's chief inspector said:", "inspectorate"),
                                       ("The report states:", "inspectorate"), ("The union's spokesperson said:", "other")]
    lead, side = draw(st.sampled_from(leads))
    mark = draw(st.sampled_from(["'", "\u2018"]))
    return _gen(f"{a} was rated good.\n\n{lead}\n\n{mark}{claim}\n\nThe story goes on here.\n", (claim, side))


def _label_with_overall(draw: st.DrawFn) -> Generated:
    """A grade label with "overall" in marks ("rated 'overall good'") is no quotation; a
    passive's agent before a relative clause speaks without its "by" ("by inspectors, who
    praised its ..."): the inspectorate."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    grade = draw(st.sampled_from(["good", "inadequate", "outstanding", "requires improvement"]))
    label = draw(st.sampled_from([f"overall {grade}", f"{grade} overall"]))
    return _gen(f"{a} was rated {_q(draw, label)} by inspectors, who praised its {_q(draw, phrase)}.\n", (phrase, "inspectorate"))


def _partners_and_parents(draw: st.DrawFn) -> Generated:
    """Who speak for no council though the story is one council's: a parent named with
    their children ("Jo Bloggs, whose two daughters are on child protection plans"), health
    and police staff ("a consultant paediatrician", "a detective superintendent"), a union's
    organiser ("GMB regional organiser Jo Bloggs"), a parents' or carers' group, a care
    leaver or child given an age ("A 19-year-old care leaver"): other."""
    a, phrase, name = draw(authority_names()), draw(st.sampled_from(_PHRASES)), draw(st.sampled_from(_NAMES))
    who = draw(st.sampled_from([f"{name}, whose two daughters are on child protection plans,", f"{name}, whose sons were in care,",
                                f"Dr {name}, a consultant paediatrician who sat on the review panel,",
                                f"{name}, a clinical psychologist,", f"{name}, a detective superintendent,",
                                f"GMB regional organiser {name}", f"{name}, a community midwife,",
                                f"{name}, chair of the parents' group {a} Families Together,", f"{name}, who runs a carers' support group,",
                                "A 19-year-old care leaver who spoke to the paper", "A 15-year-old in foster care"]))
    return _gen(f"{a} Council was rated good. {who} said the changes had been {_q(draw, phrase)}.", (phrase, "other"))


def _carers_and_pronoun_after_a_clause(draw: st.DrawFn) -> Generated:
    """Carers and adopters speak for no council ("Jo Bloggs, a kinship carer from
    Crewe"); a pronoun after a clause of its words ("It is not, she said") is the person
    named before, not a council whose name stood between ("whether Kent is unusual")."""
    a, name = draw(authority_names()), draw(st.sampled_from(_NAMES))
    claim = draw(st.sampled_from([c for c in _CLAIMS if not c.startswith(("We ", "Our "))]))  # a council's "we" speaks for it
    who = draw(st.sampled_from([f"{name}, a kinship carer from Crewe,", f"{name}, an adopter,", f"{name}, a special guardian,",
                                f"{name}, a foster carer,", f"Carer {name}"]))
    if draw(st.booleans()):
        return _gen(f"{a} Council was rated good.\n\n{who} put it better than I can. \"{claim}\" she told me.\n", (claim, "other"))
    return _gen(f"{a} Council was rated good.\n\nI asked {name}, a lecturer at Keele University, whether {a} is unusual. "
                f"It is not, she said.\n\n\"{claim}\"\n", (claim, "other"))


def _visit_found(draw: st.DrawFn) -> Generated:
    """A visit as the finder of a quoted phrase ("That monitoring visit, in June, found
    'X'", "a focused visit in February ... found decisions to be 'X'"): the inspectorate."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    visit = draw(st.sampled_from(["That monitoring visit, in June,", "A focused visit in February", "The latest visit",
                                  "Its third monitoring visit, in May,", "The visit"]))
    found = draw(st.sampled_from([f"found {_q(draw, phrase)}", f"looked at the front door and found decisions to be {_q(draw, phrase)}",
                                  f"found leaders {_q(draw, phrase)}"]))
    return _gen(f"{a} was rated inadequate in 2019. {visit} {found}.\n", (phrase, "inspectorate"))


MORE_QUOTE_SOURCE_FRAMES: Final[dict[str, Frame]] = {
    "label_with_overall": _label_with_overall,
    "found_by_after": _found_by_after, "hearsay_subject": _hearsay_subject, "single_left_open": _single_left_open,
    "subject_before_its_words": _subject_before_its_words, "crosshead_echo": _crosshead_echo, "headline_echo": _headline_echo,
    "plural_possessive_in_single_marks": _plural_possessive_in_single_marks,
    "agent_after_the_quotation": _agent_after_the_quotation,
    "lead_in_names_a_document": _lead_in_names_a_document,
    "council_named_speaker": _council_named_speaker, "others_in_a_council": _others_in_a_council,
    "report_of_statistics": _report_of_statistics, "partners_and_parents": _partners_and_parents,
    "nested_quotation": _nested_quotation,
    "post_nominal_inspector": _post_nominal_inspector, "statement_reads": _statement_reads, "surname_later": _surname_later,
    "document_about_a_council": _document_about_a_council, "other_body_spokesperson": _other_body_spokesperson,
    "headline_speaker": _headline_speaker, "attitude_before": _attitude_before, "owner_of_the_post": _owner_of_the_post,
    "member_of_the_public": _member_of_the_public, "carers_and_pronoun_after_a_clause": _carers_and_pronoun_after_a_clause,
    "visit_found": _visit_found,
}
__all__ = ["MORE_QUOTE_SOURCE_FRAMES"]
