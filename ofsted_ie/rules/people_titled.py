"""People named after a post written in front of them: "Trust chair Jane Doe said",
"BASW professional officer Sam Roe told ...", "Chief executive of the trust, Jo Bell,
said", "Kent's children's services councillor, Tom Reed, said".

The post is one to three words before a post's noun (a body, its acronym, a remit), or
the noun with the body it serves ("of the trust"); it is the role as written. What
``people_roles.ROLE`` reads (a council's known posts) is left to it. The patterns are
here; ``people`` builds from them.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from .._vocab import DESCRIPTORS, HONORIFICS, OPENING_PREPOSITIONS, POST_WORDS, SENTENCE_CONNECTIVES
from ..context import Context
from ._fragments import COUNCIL_ACRONYM, HONORIFIC, NAME, NAME_WORD, alternation
from .people_roles import ROLE, ROLE_NOUN, ROLE_QUALIFIER

#: A word that belongs to a post before its noun: a body's acronym ("BASW"), a remit
#: ("children's services"), a body ("trust", "board"), a grade of post ("senior").
_POST_WORD = rf"(?:\p{{Lu}}[\p{{Lu}}&]{{1,5}}(?![\w'])|(?i:{alternation(sorted(POST_WORDS, key=len, reverse=True))})(?![\w']))"
#: Where a post written before a name may start: a sentence, "the", a council's "'s",
#: a preposition ("welcomed by trust chair ..."), a verb of speech ("said county councillor ...").
_POST_START = r"""(?:(?<=(?:^|[.!?:;"(]|\n)[ \t]{0,3})|(?<=(?:\bthe|\bThe|\bits|\bIts|\btheir|\bour|\bby|\bfrom|\bwith|\band|\bof|\bas|,|\bsaid|\bsays|\badded|\bwarned|\bexplained|\b[Aa]ccording\ to)\ )
    |(?<=(?P<owner>\p{Lu}[\w' -]{1,60}?)'s\ ))"""
#: Words before the post's own: premodifiers ("former", "Then"), then a council or a body
#: named for its place ("Kent Council", "Kent Children's Trust"; not a sentence's
#: opening word: "After mayor Jane Doe left"); ``people`` keeps a body's
#: name in the role and drops a council's (it is the authority).
_LEAD = rf"""{ROLE_QUALIFIER}(?:(?!(?:{alternation((*SENTENCE_CONNECTIVES, *OPENING_PREPOSITIONS))}|The|A|An|This|That|Its|Their|Our)\ )(?P<place>\p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|and|upon|on|in|of|with)){{0,5}}(?<!'s|s'))\ )?"""  # not an owner's "Kent's"
#: The body a post serves, written after it: "of the trust", "of the council's children,
#: young people and skills committee" (commas inside; the name after the last).
_OF_BODY = r"\ (?i:of|for|at)\ (?:the\ |its\ |their\ )?[^.;:!?\n\"()]{1,100}?"
#: A body or remit after "of" in a post before the name: capitalised words, remit words and
#: links ("Kent County Council", "children's services", "State for Local Government"); no
#: verb, so it never runs past the name into the sentence.
_BODY_WORD = rf"(?:{_POST_WORD}|(?!{alternation(HONORIFICS)}\b)\p{{Lu}}[\w'&-]*|of|and|for|the|upon|on|with|&)"  # no title
_BODY_WORDS = rf"{_BODY_WORD}(?:\ {_BODY_WORD}){{0,9}}"
#: What follows the name: a break or a lower-case word (a capital would carry the name on).
_AFTER_NAME = r"(?=[,.:;)]|\ \(|\ \p{Ll}|$)"
TITLED = rf"""
    {_POST_START}   # where a post may start, once for the three shapes of a post and name
    (?:(?P<role>{_LEAD}(?:{_POST_WORD}[\ -]){{0,4}}{ROLE_NOUN}(?![\w'-]))\ {HONORIFIC}{{0,2}}{NAME}{_AFTER_NAME}     # "Trust chair Jane Doe said"
    | (?P<role>(?:{_POST_WORD}[\ -]){{0,4}}{ROLE_NOUN}(?:{_OF_BODY})?),\ {HONORIFIC}{{0,2}}{NAME}
      (?=[,;]|\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted)\b)      # "Chair of the trust, Jane Doe, said"
    | (?P<role>{_LEAD}(?:{_POST_WORD}[\ -]){{0,4}}{ROLE_NOUN}\ (?i:of|for)\ {_BODY_WORDS})\ {HONORIFIC}{{0,2}}{NAME}
      (?=\ (?:said|says|told|added|explained|commented|warned|welcomed|admitted|as|in|at|who|has|had|was|is|will)\b))  # "Mayor of Kent Jane Doe said"
"""
#: A councillor known by title and surname, with the post that makes them a person: "Councillor
#: Fry, the Cabinet Member for Schools and Skills, opened", "Cllr Fry (Lead Member,
#: Schools and Skills) said" (minutes). A title and surname alone name nobody.
MINUTED = rf"""
    (?<![\w'])(?:Councillor|Cllr|Coun)\.?\ (?P<name>{NAME_WORD})(?![\w'])
    (?:,\ (?:the\ )?{ROLE}(?=,|\ and\ |\ \p{{Ll}})                                           # "Cabinet Member for X, Y and Z"
      |,\ (?:the\ )?(?P<role>(?:[\w'&-]+\ ){{0,4}}?{ROLE_NOUN}(?:\ (?i:of|for|at)\ [^,;.\n()"]{{1,110}}?)?)(?=,\ \p{{Ll}})
      |\ \((?P<role>(?:[\w'&-]+\ ){{0,4}}?{ROLE_NOUN}(?![\w'-])[^()\n]{{0,80}})\))
"""
def named_in_full(surname: str, text: str) -> bool:
    """Whether ``text`` names someone in full with ``surname`` ("Rhys Fry" for "Fry")."""
    return regex.search(rf"(?<![\w'])(?!{alternation(HONORIFICS)}\b)\p{{Lu}}\p{{Ll}}+\ {regex.escape(surname)}(?![\w'])", text) is not None


#: The last word of each post's noun in ``TITLED`` (keep in step with ``people_roles.ROLE_NOUN``).
_NOUN_LAST_WORDS: Final = (
    "chair", "chairman", "chairwoman", "chairperson", "officer", "lead", "leader", "manager", "member", "adviser",
    "advisor", "ordinator", "head", "chief", "director", "secretary", "spokesperson", "spokesman", "spokeswoman",
    "councillor", "president", "executive", "founder", "convenor", "convener", "consultant", "principal", "deputy",
    "commissioner", "minister", "inspector", "mayor", "boss", "worker", "carer", "practitioner", "researcher",
    "professor", "lecturer", "analyst", "campaigner", "solicitor", "lawyer", "barrister", "teacher", "nurse",
    "doctor", "academic", "organiser", "representative", "trustee", "dcs", "reviewer", "headteacher", "mp", "rep",
    "paediatrician", "psychologist", "psychiatrist", "therapist", "midwife", "constable", "superintendent", "coroner", "ombudsman")
#: Triggers of ``TITLED``: a post's noun as a whole word, which every alternative follows
#: with a space or a comma ("trust chair Jane", "chair of the trust,"), so a plural
#: ("social workers", "leaders") or a longer word ("leadership") holds none.
TITLED_TRIGGERS: Final = tuple(word + after for word in _NOUN_LAST_WORDS for after in (" ", ","))
#: A body's acronym opening a post: a council's ("KCC", "BCC") names the council; another's
#: ("BASW", "FIRS", "NSPCC") is no council's.
_BODY_ACRONYM: Final = timed(rf"(?!{COUNCIL_ACRONYM})\p{{Lu}}[\p{{Lu}}&]{{1,5}}(?=\ )")


#: What may follow a council's name that is still the council: "Kent County Council".
_COUNCIL_TAIL: Final = timed(r"(?:\ (?:(?:City|County|Borough|District|Metropolitan\ Borough)\ )?Council)?\ ?")


def council_words(place: str, start: int, ctx: Context) -> str | None:
    """The text of ``place`` (at ``start``) if it is a council's name and nothing more
    ("Kent County Council"), so no part of a role; ``None`` for a body's ("Kent Children's Trust")."""
    first = next(iter(ctx.mentions_in(start, start + len(place) + 40)), None)  # it may run on: "Kent County Councillor"
    if first is None or first.start != start:
        return None
    end = first.end - start
    return place if end >= len(place) or _COUNCIL_TAIL.fullmatch(place, end) else None


#: A councillor's title, no post: "County Councillor", capitalised (the council before it is dropped).
_COUNCILLOR_TITLE: Final = timed(r"(?:(?i:(?:county|city|borough|district|town|parish|metropolitan)\ )?Councillor)")
#: Titles and words for who someone is, no post when alone before a name ("Professor
#: Jane Doe", "Campaigner Sam Roe").
_TITLES: Final = frozenset(h.lower() for h in (*HONORIFICS, *DESCRIPTORS))


def no_post(role: str, after_place: str) -> bool:
    """Whether a post written before a name is a title, no post: a capitalised
    "Councillor" after a council ("Kent County Councillor Jane Doe"; a lower-case "county
    councillor" is a post), a title or a descriptor alone ("Professor", "Campaigner")."""
    return _COUNCILLOR_TITLE.fullmatch(after_place) is not None or role.lower() in _TITLES


def after_council(start: int, end: int, ctx: Context) -> int | None:
    """Where the words after a council's name opening ``[start, end)`` begin ("Kent County
    Council Lead Member": at "Lead"), or ``None`` if no council's name opens it."""
    first = next(iter(ctx.mentions_in(start, end)), None)
    if first is None or first.start != start:
        return None
    tail = _COUNCIL_TAIL.match(ctx.text, first.end, end)
    return tail.end() if tail is not None and tail.end() < end else None


def other_body(role: str) -> bool:
    """Whether ``role`` opens with the acronym of a body that is no council."""
    return _BODY_ACRONYM.match(role) is not None


__all__ = ["MINUTED", "TITLED", "TITLED_TRIGGERS", "after_council", "council_words", "named_in_full", "no_post", "other_body"]
