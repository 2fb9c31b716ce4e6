"""Sides: which side a speaker's phrase names (the inspectorate, the council, or others).

The head of the phrase decides, not a body named in a relative clause or a lead-in
phrase; a possessive owner gives its side ("Ofsted's national director"); otherwise the
last side word in the phrase is its head ("a letter to the council from Ofsted"). Who
the speaker is (the phrase itself) is ``speakers``' concern.
"""

from __future__ import annotations

from typing import Final

import regex

from ..._timed import timed
from ..._vocab import DESCRIPTORS, PARTIES
from ...records import Source
from .._fragments import alternation
from ..people_roles import ROLE_NOUN
from .clauses import LEADING_ADVERBIAL
from .owners import acronym_side_words, without_owned_documents

_INSPECTORATE: Final = timed(
    r"(?i:ofsted|inspector|assessors?\b|inspectorate|inspection|report|letter|watchdog|hmci|\bhmi\b|regulator|national\ director"
    r"|\bjudge?ments?\b|\bfindings\b(?!\ of\b)|\bverdicts?\b"  # "the findings highlight" (not "findings of a study")
    r"|\bvisits?\b)"  # "That monitoring visit found ...", "a focused visit in February"
)
_AUTHORITY: Final = timed(
    r"(?<!(?i:(?:former|retired|one-time)\ |ex-)(?:[\w']+\ ){0,5}?)"  # a former post speaks for no council: ``_OTHER``'s
    r"(?i:council|(?<!national\ |regional\ |association\ of\ |ofsted\ |ofsted's\ )director|(?<=services\ |care\ )(?:boss|chief)|cabinet\ member|lead\ member|executive\ member|councillor|cllr"
    r"|chief\ executive|(?<!(?:union|unions|charity|sector|business|community|faith|school|union's)\ )leader|portfolio\ holder|local\ authority|(?<!(?i:nhs|health|foundation|hospital)\ )(?<!(?i:charity|charitable)\b[^,;]{0,40})trust|authority|authorities|mayor|\bdcs\b|corporate\ parent"
    r"|(?:local|pilot)\ areas|^(?:the\ |some\ |many\ |other\ |all\ )?areas\b)"  # councils as places: "areas taking part in the pilots"
)
#: A spokesperson speaks for whoever the phrase names ("a DfE spokesperson", "a
#: spokesman for Ofsted"); named alone, for the council.
SPOKESPERSON: Final = timed(r"(?i:spokes(?:man|woman|person))")
_OTHER: Final = timed(r"(?i:\b(?:(?:former|retired|ex|one-time)[\ -]|professor|university|academic|researcher|independent\ (?:review|inquiry|investigation|reviewer|commission|chair|chairman|chairwoman|scrutineer)|minister|secretary|department\ (?:for|of)\b|government\ department|\bdfe\b|commissioner|adcs|association|unions?\b|unison|basw|charity|charities|campaigners?|(?<!council\ |local\ |county\ |borough\ )politicians?|nspcc|barnardo|government|mps?\b|lga\b"
                              r"|police|\bnhs\b|health\ (?:trust|board)|clinical\ commissioning|\bccg\b|head\ ?teacher|\bschool\b|college|\bcourt\b|\bjudge\b|coroner|ombudsman|\blscb\b|safeguarding\ (?:children\ )?(?:board|partnership)|(?:serious|practice)\ case\ review|safeguarding\ practice\ review"
                              r"|paediatrician|psychologist|psychiatrist|therapist|midwife|\bnurse\b|\bgp\b|constable|constabular(?:y|ies)|superintendent|organiser|\bgmb\b|\bunite\b"
                              r"|(?:co-)?founders?\b|\bforum\b|(?:parents|families|carers)'?\ (?:voice|group|association|network|support\ group)|campaign\b))")  # and the council's partners, their case reviews; health and police staff; union officers
#: A speaker named by whose they are: "Ofsted's national director", "the council's leader".
_POSSESSIVE: Final = timed(r"^(?i:the\ )?(?P<owner>[\w-]+(?:\ [\w-]+)?)'s?\ ")
#: "Professor" as a title before a name.
_PROFESSOR_TITLE: Final = timed(r"\b(?i:professor)(?=\ \p{Lu})")
#: The same in a post in apposition after a name: "Jo Bloggs, the charity's director".
_POSSESSIVE_POST: Final = timed(r",\ (?i:the\ )(?P<owner>[\w-]+)'s?\ (?=[\w-]+(?:\ [\w'-]+){0,6}$)")


#: An aside inside a speaker's phrase: a relative clause ("The authority, whose leader
#: met the minister, said"), between commas or dashes; the head is outside it.
_ASIDE: Final = timed(
    r"(?:(?:,|\ [-\u2013\u2014])\ (?i:who|whose|which|where|when)|\ (?i:who|whose|which)"
    r"|,\ (?:\p{Ll}+ed|set|sent|written|made|given|shown)(?:\ out)?(?=\ (?:in|on|to|by|at|from|last|this)\b))"  # ", set out in a letter to ...,"
    r"\b[^,\u2013\u2014]{0,200}?(?:,|\ [-\u2013\u2014]|$)"
)
#: A speaker given their age ("Jo Bloggs, 17,", "Sam Roe, 45"): a member of the public,
#: as news names them; officers and officials are given posts, not ages.
AGED: Final = timed(r"^[^\n]{2,80}?,\ (?:(?i:aged)\ )?\d{1,2}(?:,|$)")  # "One member, Jo, 17"
#: A member of the public by what they are to others, before their name ("mum", "grandmother").
_DESCRIBED_AS = "|".join(f"{d.lower()}s?" for d in DESCRIPTORS)
#: A speaker who is a service's user or a member of the public: "a care leaver", "one
#: young person", "parents" (not "children's services").
PEOPLE_SPEAKER: Final = timed(
    r"^(?i:(?:the|some|many|one|two|three|several|a|an|other|local|older|younger)\ )?(?:[\p{Ll}\d][\w-]*\ )?"  # "a 19-year-old care leaver"
    r"(?i:children|child|young\ (?:people|person|wom[ae]n|m[ae]n)|teenagers?|care[\ -]leavers?|parents?|families|family"
    r"|(?:foster\ |kinship\ )?carers?|adopters?|adoptive\ parents?|special\ guardians?"
    r"|mothers?|fathers?|grandparents?|pupils?|residents?"
    rf"|{_DESCRIBED_AS})(?:-of-\w+)?(?=$|[\ ,])"  # "Local mum Jo Bloggs", "Mother-of-three Jo Bloggs"
    # a relative of a child the services serve: "Jo Bloggs, whose son was in care"
    r"|^[^,\n]{2,60},\ whose\ (?:[\w-]+\ ){0,2}?(?i:(?:son|daughter|child|grandson|granddaughter|nephew|niece)s?|children|grandchildren|baby|babies)\b"
    # someone named by their age alone: "A 15-year-old in foster care"
    r"|^(?i:an?|the|one)\ \d{1,2}-year-old(?=$|[\ ,])"
    # front-line staff no council is named for (not a post: "the principal social worker")
    r"|^(?i:(?:the|some|many|one|two|three|several|a|an|other|front-?line|current|former)\ )?(?i:social\ workers?)(?=$|[\ ,])"
)


def _head(speaker: str) -> str:
    """A speaker's phrase up to its first relative clause: "The minister, who met X's
    leader" -> "The minister" (the clause may hold commas of its own)."""
    aside = _ASIDE.search(speaker)
    return speaker[: aside.start()].rstrip(", ") if aside is not None and aside.start() > 0 else speaker


def _source(speaker: str | None, people: bool = True) -> Source | None:
    """The side a speaker's phrase names; ``people``: whether users of services
    ("parents", "a care leaver") may be its head (not in "children's services")."""
    if not speaker:
        return None
    proper = LEADING_ADVERBIAL.sub("", speaker)  # "Speaking after the report came out, Jo Bloggs": no report's
    name = described_name(proper)
    if name != proper:
        # "Jo Bloggs, a long-term advocate of removing services from local authority
        # control": what the person is an advocate of is no side they speak for
        return _source(name, people)
    head = _head(proper)
    if head != speaker:  # the head decides, not a body in a relative clause or a lead-in phrase
        side = _source(head, people)
        if side == "authority" and _TITLED_NAME.fullmatch(head) and proper.startswith(head):
            # "Cllr Jo Bloggs, who chairs the LGA's board": a title alone says less than the post
            side = "other" if _source_of_phrase(proper[len(head):], False) == "other" else side
        return side or (_source_of_phrase(proper, people) if proper else None)
    return _source_of_phrase(speaker, people)


#: A councillor's title before the name.
COUNCILLOR_TITLE = r"(?:Cllr|Councillor|Coun)"
#: A councillor named by title alone, no post: "Cllr Jo Bloggs".
_TITLED_NAME: Final = timed(rf"{COUNCILLOR_TITLE}\.?\ \p{{Lu}}[\w'-]+(?:\ \p{{Lu}}[\w'-]+){{1,3}}")


#: A name described by a noun with a complement: "Jo Bloggs, a long-term advocate of X",
#: "a fierce critic of Y" (not "for": "a regional organiser for the union" is a post).
_DESCRIBED: Final = timed(r"(?P<name>[^,]{2,60}),\ (?:a|an)\ (?:\p{Ll}[\w-]*\ ){0,2}?(?P<noun>\p{Ll}[\w-]*)\ (?:of|against)\ .{1,150}")
#: A post's noun: the complement then names the body it is held in ("a member of Kent's cabinet").
_POST_NOUN: Final = timed(ROLE_NOUN, regex.VERBOSE)


def described_name(speaker: str) -> str:
    """The name of "Jo Bloggs, a long-term advocate of X" (what ``_source`` reads alone);
    any other speaker's phrase as it is."""
    described = _DESCRIBED.match(speaker)
    return described.group("name") if described is not None and not _POST_NOUN.fullmatch(described.group("noun")) else speaker




def _source_of_phrase(speaker: str, people: bool) -> Source | None:
    if people and (PEOPLE_SPEAKER.match(speaker) or AGED.match(speaker) or _PEOPLE_APPOSITION.match(speaker)):
        return "other"  # "a care leaver", "Jo Bloggs, 17", "Jo Bloggs, a parent"
    if _EVENT.fullmatch(speaker):  # "the focused visit" found it
        return "inspectorate"
    acronym = acronym_side_words(speaker)
    if acronym is not None:  # "TCSW chief executive": the acronym's body, no council
        return _source(acronym, people=False) or "other"
    speaker = without_owned_documents(speaker)  # "the DfE report": the DfE's
    topic = _TOPIC.match(speaker)
    if topic is not None:  # "the report on Walsall Council", "the inspection of Kent": what it is about speaks not
        return _source_of_phrase(speaker[: topic.start("topic")], people)
    owner = _POSSESSIVE.match(speaker) or _POSSESSIVE_POST.search(speaker)
    if owner is not None and owner.end() < len(speaker):
        owned = _source(owner.group("owner"), people=False)
        if owned is not None:  # the owner's side: "Ofsted's national director", "the DfE's adviser"
            return owned
    # each side's last word in the phrase: "a letter to the council from Ofsted"
    hits = [(m.start(), side) for p, side in ((_OTHER, "other"), (_AUTHORITY, "authority"), (_INSPECTORATE, "inspectorate"))
            for m in p.finditer(speaker)]
    if any(side == "authority" for _, side in hits):  # "Kent Council director Professor Jo Bloggs": a title, the post decides
        titles = {m.start() for m in _PROFESSOR_TITLE.finditer(speaker)}
        hits = [h for h in hits if h[0] not in titles]
    if not hits:
        if SPOKESPERSON.search(speaker):
            return "authority"
        return "other" if _NAMED_BODY.fullmatch(speaker) else None  # "The Children's Society": neither council nor inspectorate
    # The head of a phrase such as "a letter from Ofsted" or "Herefordshire Council's
    # chief executive" is its last source word.
    return max(hits)[1]  # type: ignore[return-value]


#: What a document or an inspection is about, after its noun: "(the report) on Walsall
#: Council", "(the monitoring visit) to Bradford", "(the inspection) of Kent's services"
#: (a report's "of" may name its author: "the report of the independent reviewer").
_TOPIC: Final = timed(
    r"^(?i:(?:the|an?|its|this|that|their|ofsted's|ofsted|inspectors'|latest|new|full|final|monitoring|focused|inspection|damning|critical)\ ){0,3}"
    r"(?:(?i:report|letter|findings|judge?ment|verdict)(?P<topic>\ (?i:on|into|to|about|for)\ (?:(?!\b(?i:from|by)\b).)+)"
    r"|(?i:inspection|re-inspection|visit|reinspection)(?P<topic>\ (?i:of|to|into|at|on)\ (?:(?!\b(?i:from|by)\b).)+))$"  # not its author
)
#: A user of services or member of the public, in apposition to a name.
_PUBLIC_NOUN = (r"parent|mother|father|grandparent|(?:foster\ |kinship\ )?carer|adopter|adoptive\ parent|special\ guardian"
                r"|care\ leaver|young\ person|resident|pupil")
#: A name with a user of services in apposition: "Jo Bloggs, a parent", "Sam Roe, a foster carer".
_PEOPLE_APPOSITION: Final = timed(
    rf"^[^,\n]{{2,60}},\ (?:(?i:a|an|one|the)\ (?:\p{{Ll}}[\w-]*\ )?(?i:{_PUBLIC_NOUN}|campaigner|social\ worker)"
    rf"|(?i:{_PUBLIC_NOUN}))"  # "Jo Bell, a parent", "Jo Bell, foster carer"
    r"(?:\ (?:in|from|at|of)\ [^,]{1,60})?(?:,|$)")
#: A post's body named after it, a proper name after "the": "(chief executive) of the
#: Fostering Network" (a council's company goes without "the": "of Achieving for Children";
#: an acronym is read by ``owners``), to the phrase's end or a comma.
_OF_NAMED_BODY: Final = timed(
    r"\ (?:of|at|for)\ (?P<body>the\ \p{Lu}\p{Ll}[\w'&-]*(?:\ (?:of|for|and|on|\p{Lu}[\w'&-]*)){0,5})(?=,|$)"
)
#: What makes a named body a council's: a council's word, a committee, the cabinet.
_COUNCIL_BODY: Final = timed(rf"(?i:committee|panel|scrutiny|cabinet)|\b(?:{COUNCILLOR_TITLE}|{alternation(PARTIES)})\b")


def post_of_named_body(speaker: str) -> bool:
    """Whether ``speaker`` holds a post of a body named after it that is no council's nor
    the inspectorate's ("Jo Bell, chief executive of the Fostering Network"), the post
    being the phrase's last side word if it has one."""
    body = _OF_NAMED_BODY.search(speaker)
    if body is None or _COUNCIL_BODY.search(speaker):
        return False  # "Cllr Jo Bell, chair of the Education and Families Policy Committee"
    named = body.group("body")
    if _AUTHORITY.search(named) or _INSPECTORATE.search(named) or _OTHER.search(speaker, body.end()):
        return False
    return not any(p.search(speaker, body.end()) for p in (_AUTHORITY, _INSPECTORATE))
#: A body by its proper name after "the", that no list of sides names: "The Children's Society".
NAMED_BODY = r"[Tt]he\ \p{Lu}[\w'&-]*(?:\ (?:of|for|and|on|\p{Lu}[\w'&-]*)){0,5}"
_NAMED_BODY: Final = timed(NAMED_BODY)
#: An inspection event named as a noun phrase: "a two-day 'focused visit'".
_EVENT: Final = timed(r"(?i:\b(?:the|an?|its|this|ofsted's)\ (?:[\"']?[\w-]+\ ){0,3}?[\"']?(?:inspection|visit|re-inspection)\b)")

