"""People: named people with their role as written (lower-cased) and authority.

"Rutland's director of children's services Priya Okafor", "Executive member for
children's services Cllr Tom Brennan", "Ruth Adeyemi, chief executive of Together for
Families", "Gareth Lowe was named acting DCS". Honorifics are dropped from names; a
byline is not a Person.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .._timed import timed
from .._vocab import (
    COURTESY_TITLES,
    HONORIFICS,
    LEAVING_VERBS,
    NOT_NAME_WORDS,
    OFFICE_OBJECT_VERBS,
    PARTIES,
    PEERAGE,
    PORTFOLIO_WORDS,
)
from ..context import Context
from ..records import Person
from ..rule import Rule
from ..text import Span
from ._common import NATION_OR_REGION, is_name
from ._fragments import HONORIFIC, LISTED_NAME, NAME, NAME_WORD, alternation
from .people_asides import (
    BRACKETED,
    CHAIRS,
    INSPECTORS,
    LED_BY,
    OF_BODY,
    bracketed_post,
    names_a_body,
    role_without_place,
    running_council,
    served_council,
    story_authority,
)
from .people_frames import (
    APPOINTED,
    APPOINTS,
    AS_ROLE,
    FRAMED_AS,
    LATER_SURNAME,
    LATER_TITLE,
    NAME_ROLE,
    POST_TIME,
    REPORTED,
    REPORTED_VERBS,
    ROLE_NAME,
    SIGNATURE,
)
from .people_joined import joined_role, listed_tail
from .people_labels import RULES as LABELLED_RULES
from .people_lines import lines_after_a_name, sentences_naming_people
from .people_mentioned import RULES as MENTIONED_RULES
from .people_names import full_name_for
from .people_possessive import RULES as POSSESSIVE_RULES
from .people_posts import RULES as POST_THEN_NAME_RULES
from .people_referred import RULES as REFERRED_RULES
from .people_roles import CAPITAL_REMIT, OPEN_PORTFOLIO, PORTFOLIO, REMIT_LINK, ROLE_BEFORE_NAME_TRIGGERS, ROLE_NOUN
from .people_roles import PARTY as _PARTY
from .people_roles import PARTY_BRACKET as _PARTY_BRACKET
from .people_roles import ROLE_TRIGGERS as _ROLE_TRIGGERS
from .people_succession import RULES as SUCCESSION_RULES
from .people_titled import (
    MINUTED,
    TITLED,
    TITLED_TRIGGERS,
    after_council,
    council_words,
    named_in_full,
    no_post,
    other_body,
)

RULE_ROLE_NAME: Final = "people.role_name"
RULE_NAME_ROLE: Final = "people.name_role"
RULE_APPOINTED: Final = "people.appointed"
RULE_NAMED: Final = "people.named"
RULE_SIGNATURE: Final = "people.signature"
RULE_MENTION: Final = "people.mention"
RULE_APPOINTS: Final = "people.appoints"
RULE_OFFICE_EVENT: Final = "people.office_event"
RULE_BRACKETED: Final = "people.bracketed"
RULE_OF_BODY: Final = "people.of_body"
RULE_CHAIRS: Final = "people.chairs"
RULE_LED_BY: Final = "people.led_by"
RULE_TITLED: Final = "people.titled"
RULE_AS_ROLE: Final = "people.as_role"
RULE_MINUTED: Final = "people.minuted"
RULE_LATER_TITLE: Final = "people.later_title"
RULE_LATER_SURNAME: Final = "people.later_surname"
RULE_SURNAME: Final = "people.surname"
RULE_FIRST_NAME: Final = "people.first_name"

_NATIONAL: Final = timed(r"(?i:inspector|judge|secretary|minister|national\ director|chief\ social\ worker|\bfor\ england\b|president|association|ofsted|watchdog|adcs|\blga\b|regional|\bhmc?i\b|\bmp\ for\b)")  # a constituency is no council
#: An aside that is a post (read by the role rules): "a social worker", "chair of the panel".
_A_POST = rf"(?:[\w'&-]+\ ){{0,7}}?{ROLE_NOUN}(?![\w'-])"
_NAMED = rf"""
    (?<![\w'])(?:(?i:appointment|replacement|appointee|successor|predecessor)(?:\ of)?,?\ )?{HONORIFIC}{{0,2}}{NAME}
    (?=,\ (?:who(?!\ is\ {_A_POST}(?:\ (?:of|for|at|in)\ [^,;.\n]{{1,80}})?,)|whose)\b   # not "Jane Doe, who is Kent's head of safeguarding,": a post's holder
      |(?:,\ (?!{_A_POST})(?:\d{{1,3}}|\p{{Ll}}[^,;.\n"()]{{1,60}}|{_PARTY})){{1,2}},\ {REPORTED}(?!\w)   # "Jane Doe, 45, (of Kent,) said", ", in a statement, said"
      |,\ \d{{1,3}},\ (?:who|whose)\b                                                # "Jane Doe, 20, who sits on ..."
      |,?\ (?:said|says|told|added|explained|commented|warned|joined|joins|left|led|will\ continue
        |(?:has\ |had\ )?(?:{alternation(LEAVING_VERBS)})|(?:was|has\ been|had\ been)\ (?:{alternation(OFFICE_OBJECT_VERBS)}))\b  # "Jane Doe, joined": an apposition
      |\ {REPORTED}(?!\w)                                                       # "Jane Doe welcomed the report"
      |\ \((?!{_A_POST}(?:\ (?:of|for|at|in)\ [^()\n]{{1,60}}|,\ \p{{Lu}}[^()\n]{{1,60}})?\))[^()\n]{{1,60}}\),?\ {REPORTED}(?!\w)  # "Jane Doe (Lab, Ashford) said"
      |\ (?:and|&)\ {HONORIFIC}{{0,2}}\p{{Lu}}[\p{{L}}'-]+(?:\ \p{{Lu}}[\p{{L}}'-]+){{1,3}}
        (?:,\ who\b|(?:,\ [^,;.\n]{{1,60}},)?\ {REPORTED}(?!\w))                 # "Jane Doe and Sam Roe said", "..., who"
      |,\ (?:both|each)\ [^,;.\n]{{1,60}},\ {REPORTED}(?!\w)                      # "..., both of Kent Council, said"
      |(?:,\ {LISTED_NAME}){{1,4}},?\ (?:and|&)\ {LISTED_NAME}(?:,\ [^,;.\n]{{1,80}},)?\ {REPORTED}(?!\w)  # "Jane Doe, Sam Roe and Ali Khan said"
      |:\ ["'](?=\w))                                                          # a headline's "Jane Doe: 'We must do better'"
"""
#: A member of the public known by a first name, given an age or a pseudonym's note, who
#: speaks: "Kayla, 17, who has lived with us for years, said", "Sam (not his real name) said".
_FIRST_NAME_ONLY = rf"""
    (?<![\w'-])(?<!\p{{Lu}}[\p{{L}}'-]*\ )(?P<name>{NAME_WORD})(?![\w'])                    # a first name alone, no name before it
    (?=(?:,\ \d{{1,2}},|\ \((?i:not\ (?:her|his|their)\ real\ name)\),?)\ (?:[^,;.\n"]{{1,120}},\ )?(?:{REPORTED}|put\ it)(?!\w))
"""
#: A person leaving or taking a post, named after the event: "the resignation of Jane Doe",
#: "her predecessor Tom Reed" (the post is the story's; the role is not written).
_OFFICE_EVENT = rf"""
    (?<![\w'])(?:(?i:departure|resignation|retirement|sacking|dismissal|exit|suspension|removal)\ of\ (?:(?:her|his|their|the)\ )?
      (?:(?:predecessor|successor)\ )?|(?:her|his|their|its)\ (?:predecessor|successor),?\ |(?:{alternation(OFFICE_OBJECT_VERBS)})\ )  # "sacked Jane Doe"
    {HONORIFIC}{{0,2}}{NAME}
"""


#: A relative clause after a post ends it: "a former director who now chairs a panel".
_RELATIVE = r"\ (?:who|which|whose)\ "
#: A body named by a list, after a post: "(chair) of the children, young people and education committee".
_BODY_OF_A_LIST = (r"\ (?i:of|for)\ (?i:the\ )?(?=[^,;.\n]{1,60},\ )"  # a comma in the list
                   r"(?:(?!(?i:who|which|whose|that|at|to|from|with|during)\b)[\w'-]+(?:,\ |\ (?:and|&)\ |\ )){1,10}?(?i:committee|sub-committee|board|panel|partnership|forum)\b")
_APPOSITION_ROLE = rf"(?:(?i:now|currently|(?:recently\ |newly\ )?appointed\ as|appointed|in\ post\ as|{FRAMED_AS}(?:\ (?:a|an|the))?)\ )?(?P<apposition>(?:[\w'&-]+\ ){{0,9}}?{ROLE_NOUN}(?:{PORTFOLIO}(?={POST_TIME}?(?:\)|\ [-–]\ ))|{_BODY_OF_A_LIST}|\ (?i:of|for|at|in|from|{REMIT_LINK})\ (?:(?!{_RELATIVE}|\ {REPORTED}(?!\w)|\ (?i:since|until|till)\ )[^,;.\n()\"]){{1,110}}?)?{CAPITAL_REMIT}?)(?:\ \(\p{{Lu}}{{2,8}}\))?{POST_TIME}?"  # "now ...", "... last year", "... since January"
#: A title before a name: "Prime Minister Alan Fenwick", "Councillor Jane Doe".
_TITLE = r"(?P<title>(?:Prime\ Minister|Chancellor|(?:Education|Home|Health|Children's)\ Secretary|Secretary\ of\ State|Minister|Councillor)\ )"
#: Any named person with evidence of being one: an honorific or a title before the name,
#: or a role in apposition after it. The other rules read what they can first.
_MENTION = rf"""
    (?<![\w'])(?:{HONORIFIC}{{1,2}}|{_TITLE})?{NAME}(?P<mp>\ MP(?!\w)|,?\ HMI(?!\w))?                 # "Jane Doe MP", "Jane Doe HMI"
    (?:(?:,\ \d{{1,3}}|\ \([^()\n]{{1,40}}\)|,\ {_PARTY})?(?:,\ |\ [-–]\ |\ \()(?:who\ is\ )?(?:(?P<det>the\ |a\ |an\ |its\ |their\ |our\ )|(?!the\ |a\ |an\ )){_APPOSITION_ROLE}   # "Jane Doe, 20, a care leaver,", "Jane Doe (Lab), leader,"
       {_PARTY_BRACKET}?(?=,|\ [-–]|\ (?:says|said|told|added|explained)\b|\.|:|\)|{_RELATIVE}|(?(det)(?!)|[ \t]*(?m:$))))?  # a signature: "Jo Bell, Director\n"
"""
_HAS_HONORIFIC: Final = timed(rf"{HONORIFIC}$")
#: A verb of speech right before a name: '"...," said Jane Doe', "according to Jane Doe"
#: (not "told": a name after it is who heard, "told Public Weekly that ...").
_SPEECH_BEFORE: Final = timed(r"(?i:\b(?:said|says|added|explained|warned|according\ to))\ $")


def _build_mention(m: regex.Match[str], ctx: Context) -> Person | None:
    """A name shown to be a person's by an honorific, a title or a role in apposition;
    the role as written, lower-cased; the authority a council named in the role, else
    (for a role of no named body) the one its sentence or the article is about."""
    name = m.group("name")
    honorific = _HAS_HONORIFIC.search(ctx.text, max(0, m.start("name") - 12), m.start("name")) is not None
    speaking = _SPEECH_BEFORE.search(ctx.text, max(0, m.start("name") - 20), m.start("name")) is not None
    if not (honorific or speaking or m.group("title") or m.group("apposition") or m.group("mp")):
        return None
    if not _is_person_name(name) or _a_council(m, ctx) or _NOT_FIRST_WORDS.match(name):
        return None
    role = " ".join((m.group("title") or m.group("apposition") or (m.group("mp") or "").strip(", ")).lower().split()) or None
    if role is not None and m.group("title") and m.group("apposition"):
        role = " ".join(m.group("apposition").lower().split())
    if role is None:  # a portfolio written before the name: "Cabinet Member for X, Y and Z, Councillor Jo Bell"
        before = _ROLE_BEFORE.search(ctx.text, max(0, m.start() - 160), m.start())
        if before is not None:
            role = " ".join(before.group("role").lower().split())
    owner = _OWNER_FIRST.match(m.group("apposition")) if m.group("apposition") else None
    if owner is not None and role is not None and not _named_body(owner.group(), m.start("apposition"), ctx):
        role = " ".join(m.group("apposition")[owner.end():].lower().split()) or role  # "Kent's head of safeguarding": the owner no part
    elif m.group("apposition") and (rest := after_council(m.start("apposition"), m.end("apposition"), ctx)):
        role = " ".join(ctx.text[rest : m.end("apposition")].lower().split())  # "Kent Council Lead Member": the council is no part
    if m.group("apposition") and role == " ".join(m.group("apposition").lower().split()):  # not "at Kent Council"
        role = " ".join((role_without_place(m.group("apposition"), m.start("apposition"), ctx) + listed_tail(ctx.text, m.end("apposition"))).lower().split())
    authority: str | None
    if m.group("apposition"):
        inside = ctx.mentions_in(m.start("apposition"), m.end("apposition"))
        named_body = _BODY.search(m.group("apposition")) and not _REMIT_ONLY.search(m.group("apposition"))
        served = served_council(m.group("apposition"), ctx)
        authority = served or (inside[0].name if inside else (None if named_body or _NATIONAL.search(role or "") else ctx.authority_for(m.start(), m.end())))
        if owner is not None and (_OFSTED.search(owner.group()) or _OTHER_OWNER.match(owner.group())):
            authority = None  # "Ofsted's", "the charity's", "the union's" post is no council's
    elif role is not None and _NATIONAL.search(role):
        authority = None
    else:
        authority = _councillor_of(m.start(), ctx) or story_authority(m, ctx)
    return Person(name=name, role=role, authority=authority, start=m.start("name"), end=m.end())


def _named_body(owner: str, start: int, ctx: Context) -> bool:
    """Whether a possessive ``owner`` at ``start`` ("Unison's ") names a body that is no
    council, nor a council's trust, nor the inspectorate, nor a party, nor a common noun
    ("the trust's"): its post is written with it ("unison's branch secretary"), as a
    council's and Ofsted's are not ("Kent's director", "Ofsted's national director")."""
    name = owner.removesuffix(" ").removesuffix("'s").removesuffix("'")
    words = name.split()
    if any(x.start < start + len(name) and start < x.end for x in ctx.mentions_in(max(0, start - 60), start + len(name))):
        return False  # a council's name, or its end ("Dagenham" of "Barking and Dagenham")
    return (bool(words) and words[0][0].isupper() and words[0] not in _OPENING_WORDS
            and all(w[0].isupper() or w in _NAME_LINKS for w in words)  # "Department for Education's"
            and name not in PARTIES and not _OFSTED.search(name) and not _COUNCIL_ACRONYM.fullmatch(name) and not NATION_OR_REGION.fullmatch(name)
            and not ctx.gazetteer.lookup(_COUNCIL_TITLE.sub("", name))
            and served_council(name, ctx) is None)


#: Words opening a sentence before a council's possessive, no body's name: "But the council's".
_OPENING_WORDS: Final = frozenset({"But", "And", "We", "The", "It", "This", "That", "Its", "Their", "Our", "Meanwhile", "Now"})
#: Lower-case words a body's name may hold: "Department for Education", "Association of ...".
_NAME_LINKS: Final = frozenset({"of", "for", "and", "the", "on", "upon", "in", "with", "&"})
#: A council's acronym: "KCC", "WSCC" (Kent, West Sussex County Council).
_COUNCIL_ACRONYM: Final = timed(r"[A-Z]{1,2}CC")


def _is_person_name(name: str) -> bool:
    """A capitalised phrase that can be a name, not words of a portfolio ("Early Help") nor a party's."""
    return is_name(name) and not all(w.lower() in PORTFOLIO_WORDS for w in name.split()) and name not in PARTIES


def _a_council(m: regex.Match[str], ctx: Context) -> bool:
    """Whether the name is part of a council's: "Cheshire West" of "Cheshire West and Chester",
    "North East Somerset" of "Bath and North East Somerset"."""
    start, end = m.start("name"), m.end("name")  # or is the end of one: "North East Somerset" of "Bath and ..."
    return any(c.start < end and start < c.end for c in ctx.mentions_in(max(0, start - 60), end + 80))


#: A role just before a name (and its honorific), parted by a comma.
_ROLE_BEFORE: Final = timed(
    r"""(?P<role>(?i:(?:deputy\ |assistant\ |acting\ |interim\ )?(?:cabinet\ member|executive\ member|lead\ member|portfolio\ holder"""
    r"""|director|chief\ executive|leader|chair))(?:\ (?i:for|of)\ [^.;:()"\n]{1,100}?)?),\ $"""
)
#: An owner opening a role in apposition: "ofsted's deputy director" (lower-cased).
_OWNER_FIRST: Final = timed(
    r"(?:(?!(?:Her|His)\ Majesty's|Children's)\p{Lu}[\w&-]*(?:\ (?:and\ |upon\ |with\ |on\ |of\ )?\p{Lu}[\w&-]*){0,5}|(?i:the\ )?(?i:(?:county\ |city\ |borough\ )?council|authority|trust|county|borough|city|charity|company"
    r"|department|organisation|partnership|watchdog|inspectorate|regulator|union|government))"
    r"(?<!\b(?i:children|people))(?:'s|s')\ (?=\S)"  # not "Director of Children's Services": a remit
)
#: An owner before a post that is no council nor its trust: "the charity's", "the union's".
_OTHER_OWNER: Final = timed(r"(?i:(?:the\ )?(?:charity|company|organisation|watchdog|inspectorate|regulator|union|government)(?:'s|s')\ )")
#: A role naming a body of its own: "chief executive of the British Association of ...".
_BODY: Final = timed(r"\ (?:of|for|at)\ (?:the\ )?(?:[\p{Ll}'-]+\ ){0,3}\p{Lu}")  # "chair of the regulator Ofqual"
#: A remit after a role, not a body: "of Children's Services", "for Children and Families".
_REMIT_ONLY: Final = timed(rf"\ (?:of|for)\ (?:(?i:{alternation(PORTFOLIO_WORDS)}|and|&|-|–)(?![\w'])[ ,]*)+$")


def _build_named(m: regex.Match[str], ctx: Context) -> Person | None:
    """A person the text names with no role: "Hilary Dunmore said", "Petra Lindqvist, who";
    of the council named in their sentence, else the article's main one (no role ties
    them to a council named in passing before: they belong to the story)."""
    name = m.group("name")
    if (not _is_person_name(name) or _a_council(m, ctx) or _NOT_FIRST_WORDS.match(name)
            or _AFTER_PREPOSITION.search(ctx.text, max(0, m.start() - 10), m.start()) or names_a_body(ctx.text, m.start())
            or _PORTFOLIO_TAIL.search(ctx.text, max(0, m.start("name") - 160), m.end("name"))):
        return None
    authority = _councillor_of(m.start(), ctx) or story_authority(m, ctx)
    return Person(name=name, role=None, authority=authority, start=m.start("name"), end=m.end("name"))


#: A person who speaks by surname alone (maybe with a title), named in full elsewhere in
#: the text only in passing ("landed on Jane Doe's desk ... Doe said", '"...," said Mr
#: Doe'): the surname stands alone, no capitalised word before it.
_SURNAME = rf"""
    (?<![\w'])(?<!\p{{Lu}}[\p{{L}}'-]*\ )(?:{alternation(COURTESY_TITLES)}\.?\ )?(?P<surname>{NAME_WORD})(?![\w'])
      (?=,?\ {REPORTED}(?!\w))                                                  # "Doe said", "Mr Doe told MPs"
  | (?<=\b(?:said|says|added|according\ to)\ )(?:{alternation(COURTESY_TITLES)}\.?\ )?(?P<surname>{NAME_WORD})
      (?=[.,;:]|$)                                                               # '"...," said Mr Doe.'
"""


def _build_surname(m: regex.Match[str], ctx: Context) -> Person | None:
    """A person speaking by surname: the one full name in the text with that surname, no
    role (what they are is said where they are named, if anywhere)."""
    surname = m.group("surname")
    full = None if surname in NOT_NAME_WORDS or ctx.gazetteer.lookup(surname) else full_name_for(surname, ctx)
    if full is None or not _is_person_name(full) or _NOT_FIRST_WORDS.match(full):
        return None
    authority = _councillor_of(m.start(), ctx) or story_authority(m, ctx)
    return Person(name=full, role=None, authority=authority, start=m.start("surname"), end=m.end("surname"))


#: Capitalised words that open a sentence and so are no first name: "Inspectors said".
#: (A peer keeps the title by which they are known: "Lord Laming".)
_NOT_FIRST_WORDS: Final = timed(rf"(?:{alternation(h for h in HONORIFICS if h not in PEERAGE)}|Inspectors|Officials|Councillors|Ministers|Leaders|Staff|Managers|Social|Senior|Government|Department)\b")


#: A capitalised phrase ending a portfolio is no name: "Cabinet Member for Children and Early Help said".
_PORTFOLIO_TAIL: Final = timed(rf"(?i:member|holder|director|councillor|minister){OPEN_PORTFOLIO}$")
#: A capitalised phrase after one of these is a place or body: "Director for South East said".
_AFTER_PREPOSITION: Final = timed(r"\b(?:for|of|in|at|from|to|by)\ (?:the\ )?$")  # "a social worker in the North West, said"
_COUNCIL_TITLE: Final = timed(r"\ (?:[Cc]ounty\ |[Cc]ity\ |[Bb]orough\ )?[Cc]ouncil$")
_OFSTED: Final = timed(r"(?i:ofsted)")
#: The national office, capitalised: "the Children's Commissioner" (a "children's services
#: commissioner" is sent to a council).
_NATIONAL_OFFICE: Final = timed(r"(?<![\w'])Children(?:'s|s')?\ Commissioner(?:\ for\ England)?$")


#: A council's name read with its members' title: "Kent County Councillor", "Kent Councillors".
_COUNCILLORS: Final = timed(r"[Cc]ouncillors?$")


def _councillor_of(start: int, ctx: Context) -> str | None:
    """The council whose councillor the name at ``start`` is: "Kent County Councillor Jane Doe"."""
    before = [c for c in ctx.mentions_in(max(0, start - 80), start + 20) if c.start < start]  # its title may hold ``start``
    if before and start - before[-1].end <= 1 and _COUNCILLORS.search(ctx.text, before[-1].start, before[-1].end):
        return before[-1].name
    return None


def is_person_mention(m: regex.Match[str], ctx: Context) -> bool:
    """Whether the match's name can be a person's: no council's, no portfolio's, no plural."""
    name = m.group("name")
    return _is_person_name(name) and not _a_council(m, ctx) and not _NOT_FIRST_WORDS.match(name)


def _build_bracketed(m: regex.Match[str], ctx: Context) -> Person | None:
    """A name with the council or body it stands for, in brackets, perhaps after a post."""
    says_whose, role, council = bracketed_post(m.group("body"), m.start("body"), ctx)
    if not says_whose or not is_person_mention(m, ctx):
        return None
    if role is not None and council is None:  # a post and its remit: the story's council's
        council = story_authority(m, ctx)
    return Person(name=m.group("name"), role=role, authority=council, start=m.start("name"), end=m.end())


def _build_of_body(m: regex.Match[str], ctx: Context) -> Person | None:
    """"Jane Doe, of Kent Children's Trust, said": no role; the council the body is or serves."""
    if not is_person_mention(m, ctx):
        return None
    inside = ctx.mentions_in(m.start("body"), m.end("body"))
    authority = served_council(m.group("body"), ctx) or (inside[0].name if inside else None)
    return Person(name=m.group("name"), role=None, authority=authority, start=m.start("name"), end=m.end("body"))


def _build_chairs(m: regex.Match[str], ctx: Context) -> Person | None:
    """"Jane Doe, who chairs the Kent partnership,": the chair of the body, of the council it names."""
    if not is_person_mention(m, ctx):
        return None
    role = f"{'chair' if m.group('verb') == 'chairs' else 'head'} of {' '.join(m.group('body').lower().split())}"
    inside = ctx.mentions_in(m.start("body"), m.end("body"))
    authority = served_council(m.group("body"), ctx) or (inside[0].name if inside else None) or (  # "the committee": the story's council's
        ctx.authority_for(m.start("name"), m.end("body")) if m.group("body")[:1].islower() else None)
    return Person(name=m.group("name"), role=role, authority=authority, start=m.start("name"), end=m.end("body"))


def _build_led_by(m: regex.Match[str], ctx: Context) -> Person | None:
    """"Inspectors led by Jane Doe": no role; an inspector is no council's."""
    if not is_person_mention(m, ctx):
        return None
    inspectors = m.group("team") is not None and INSPECTORS.fullmatch(m.group("team")) is not None
    authority = None if inspectors else story_authority(m, ctx)
    return Person(name=m.group("name"), role=None, authority=authority, start=m.start("name"), end=m.end("name"))


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    name = m.group("name")
    if not _is_person_name(name) or _NOT_FIRST_WORDS.match(name) or _a_council(m, ctx):  # "Councillor Patel": a title and a surname
        return None
    org = m.groupdict().get("org")
    role_start, role_end = (m.start("role"), m.end("role")) if org else joined_role(ctx.text, m.start("role"), m.end("role"))
    role = " ".join(role_without_place(ctx.text[role_start:role_end], role_start, ctx).lower().split())  # "deputy leader and cabinet member for X"
    authority: str | None
    owner = m.groupdict().get("owner")
    start = min(m.start(), role_start, m.start("owner") if owner else role_start)  # an owner looked behind for; a post before
    org = running_council(ctx, m.start("org"), m.end("org")) or org if org else org  # "at Barking" of "Barking and Dagenham's"
    council = _COUNCIL_TITLE.sub("", body := org.removeprefix("the ")) if org else ""  # "of the Kent ... Partnership"
    link = m.groupdict().get("link")
    where = link in ("at", "in", "on") or (link == "for" and org is not None and org.endswith("Council"))
    if org and (not where or (link != "in" and link != "on" and not ctx.gazetteer.lookup(council))):
        # "chief executive of X", "head of social work at Keele University"; "DCS at (or for) Kent Council",
        # "commissioner in X" name X only
        role = f"{role} {m.group('link') or 'of'} {org.lower()}" if not role.endswith(org.lower()) else role
    if org and served_council(body, ctx):  # "chair of Wigan Children's Trust": the council it serves
        authority = served_council(body, ctx)
    elif org and not ctx.gazetteer.lookup(council) and m.groupdict().get("link") == "in":  # "in February": no body
        authority = ctx.authority_for(start, m.end())
    elif org and not ctx.gazetteer.lookup(council):
        authority = None
    elif _NATIONAL.search(role):
        authority = None
    elif org:  # a company serving several councils ("Achieving for Children") names none
        names = ctx.gazetteer.lookup(council)
        authority = names[0] if len(names) == 1 else None
    else:
        inside = ctx.mentions_in(start, m.end())
        authority = inside[0].name if inside else ctx.authority_for(start, m.end())
    if owner and m.start("owner") > m.start("name") and _named_body(owner + "'s ", m.start("owner"), ctx):
        role = f"{' '.join(owner.lower().split())}'s {role}"  # "Jo Bell, Unison's branch secretary,": a named body's post, as written
    if owner and not ctx.mentions_in(m.start("owner"), m.end("owner")) and (_OFSTED.search(owner) or _OTHER_OWNER.match(f"{owner}'s ")):
        authority = None  # "Ofsted's", "the inspectorate's", "the charity's" post is no council's
    if _NATIONAL_OFFICE.search(m.group("role")) and not owner:  # "the Children's Commissioner" (for England)
        authority = None
    if not org and not owner:  # "Kent County Councillor Jane Doe, cabinet member for ..."
        authority = _councillor_of(start, ctx) or authority
    return Person(name=name, role=role, authority=authority, start=start, end=max(m.end(), role_end))


def _build_titled(m: regex.Match[str], ctx: Context) -> Person | None:
    """As ``_build``, for a post written before the name; a post of a body named by its
    acronym ("BASW professional officer") is no council's."""
    if not is_person_mention(m, ctx):
        return None
    person = _build(m, ctx)
    if person is None:
        return None
    place = m.group("place")
    role = m.group("role")
    after_place = role[m.end("place") - m.start("role") + 1 :] if place else role
    if no_post(role, after_place):  # "Kent County Councillor", "Professor": a title, no post
        return None
    served = served_council(role[m.start("place") - m.start("role"):], ctx) if place else None
    if served is not None:  # "Kent Children's Trust chief executive": a body's name, the council it serves
        person = attrs.evolve(person, authority=served)
    elif place and council_words(place, m.start("place"), ctx) is not None:
        # "former Kent Council director ...": the council is the authority, not the role
        before = role[: m.start("place") - m.start("role")]
        start = person.start if before else m.end("place") + 1  # the evidence opens on the post
        if after_place.startswith("Council "):  # "Kent County Council leader": the council's own word, then the post
            after_place = after_place[len("Council ") :]
        person = attrs.evolve(person, role=" ".join(f"{before}{after_place}".lower().split()), start=start)
    return attrs.evolve(person, authority=None) if other_body(m.group("role")) else person


def _build_minuted(m: regex.Match[str], ctx: Context) -> Person | None:
    """As ``_build``, for a councillor known by title and surname, unless the text names
    them in full (that name is the person)."""
    return None if named_in_full(m.group("name"), ctx.text) else _build(m, ctx)


def _build_signature(m: regex.Match[str], ctx: Context) -> Person | None:
    """As ``_build``, the evidence running from the name."""
    person = _build(m, ctx)
    return None if person is None else attrs.evolve(person, start=m.start("name"))


def signature_lines(ctx: Context) -> list[Span]:
    """Where a signature's role line can be (``lines_after_a_name``), once per document."""
    return ctx.memo(("people", "signature lines"), lambda: lines_after_a_name(ctx, sentences_naming_people(ctx)))


RULES: Final = (
    *LABELLED_RULES,  # first: a report's labelled line says most ("Lead inspector: Jane Doe")
    *SUCCESSION_RULES,  # before "as": in "Jane Doe replaced Sam Roe as director" the post is Jane Doe's
    *REFERRED_RULES,  # "The council's director said ... Jane Doe, who took up the post in 2021, added"
    *POSSESSIVE_RULES,  # "Jane Doe's appointment as director"
    Rule(name=RULE_NAME_ROLE, kind="people", pattern=NAME_ROLE, build=_build, triggers=_ROLE_TRIGGERS, scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_APPOINTED, kind="people", pattern=APPOINTED, build=_build,
         triggers=("appointed", "named", "confirmed", "installed", "made", " in as ", " over as ", "bec", " as ", " to be ", "will be ",
                   "promoted", "elected", "selected", "chosen", " up the "),
         scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_APPOINTS, kind="people", pattern=APPOINTS, build=_build,
         triggers=("appoint", "named", "naming", "installed", "confirm"), scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_MINUTED, kind="people", pattern=MINUTED, build=_build_minuted, triggers=("councillor", "cllr", "coun"),
         scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_LATER_TITLE, kind="people", pattern=LATER_TITLE, build=_build,
         triggers=tuple(f"{t.lower()}{after}" for t in COURTESY_TITLES for after in (" ", ". ")), scope="sentence", where=sentences_naming_people, word_start=True),
    Rule(name=RULE_LATER_SURNAME, kind="people", pattern=LATER_SURNAME, build=_build, triggers=(", who ", ", the ", *_ROLE_TRIGGERS),
         scope="sentence", word_start=True),  # a surname alone may be its sentence's only capitalised word
    Rule(name=RULE_AS_ROLE, kind="people", pattern=AS_ROLE, build=_build, triggers=(" as ",), scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_ROLE_NAME, kind="people", pattern=ROLE_NAME, build=_build, triggers=ROLE_BEFORE_NAME_TRIGGERS, scope="sentence", where=sentences_naming_people,
         word_start=True),
    Rule(name=RULE_TITLED, kind="people", pattern=TITLED, build=_build_titled, triggers=TITLED_TRIGGERS, scope="sentence", where=sentences_naming_people,
         word_start=True),
    Rule(name=RULE_SIGNATURE, kind="people", pattern=SIGNATURE, build=_build_signature, triggers=_ROLE_TRIGGERS, scope="text",
         where=signature_lines),
    Rule(name=RULE_NAMED, kind="people", pattern=_NAMED, build=_build_named,
         triggers=("said", "says", "told", "added", "explained", "commented", "warned", "joined", "joins", "left", " led ",
                   "will continue", ", who", "whose", ": '", ': "',
                   *LEAVING_VERBS, *OFFICE_OBJECT_VERBS,
                   *REPORTED_VERBS),
         scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_SURNAME, kind="people", pattern=_SURNAME, build=_build_surname,
         triggers=("said", "says", "told", "added", "warned", "according to", *REPORTED_VERBS), scope="sentence"),
    Rule(name=RULE_FIRST_NAME, kind="people", pattern=_FIRST_NAME_ONLY, build=_build_named,
         triggers=tuple(f"{a}{v}" for a in (", ", ") ", "), ") for v in ("said", "says", "told", "added", "put it")), scope="sentence"),
    Rule(name=RULE_OFFICE_EVENT, kind="people", pattern=_OFFICE_EVENT, build=_build_named,
         triggers=("predecessor", "successor", "departure", "resignation", "retirement", "sacking", "dismissal", "exit",
                   "suspension", "removal", *OFFICE_OBJECT_VERBS), scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_BRACKETED, kind="people", pattern=BRACKETED, build=_build_bracketed, triggers=("(",), scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_CHAIRS, kind="people", pattern=CHAIRS, build=_build_chairs, triggers=(" chairs ", " heads "),
         scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_OF_BODY, kind="people", pattern=OF_BODY, build=_build_of_body, triggers=(", of ", " from ", " of the ", " at the "),
         scope="sentence", where=sentences_naming_people, defers=True),  # "Foster carer Jane Doe, from Otley,": the post's
    # last: a name an honorific, a title or an apposition shows to be a person's
    Rule(name=RULE_MENTION, kind="people", pattern=_MENTION, build=_build_mention, scope="sentence", where=sentences_naming_people,
         triggers=(", ", " - ", " – ", " (", " mp", " hmi", "prime minister", "chancellor", "secretary", "minister", "councillor", "said ", "says ",
                   "added ", "explained ", "warned ", "told ", "according to ",
                   *(f"{h.lower()} " for h in HONORIFICS), *(f"{h.lower()}. " for h in HONORIFICS)), defers=True),
    # after it: who leads a team, where nothing else says who they are
    Rule(name=RULE_LED_BY, kind="people", pattern=LED_BY, build=_build_led_by,
         triggers=("led by", "chaired by", "headed by"), scope="sentence", where=sentences_naming_people, defers=True),
    *POST_THEN_NAME_RULES,  # a post's holder named in the next sentence
    *MENTIONED_RULES,  # last: a given name and surname with nothing beside them, unless vetoed
)
