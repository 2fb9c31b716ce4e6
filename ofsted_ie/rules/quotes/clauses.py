"""Clauses: the subject of the clause whose verb reports a quotation.

The words before a speech verb may hold more than its subject: a perfect's auxiliary
("a council leader has warned"), a clause opened before it ("... - while a council
leader warned", "after the Government deemed"), or a predicate coordinated with the
one before ("The watchdog has rated it inadequate and warned"). ``clause_subject``
keeps the subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..._timed import timed
from ..._vocab import SPEECH_VERBS, STANCE_VERBS
from .._fragments import alternation

#: A "speaker" ending so is the subject of a passive ("staff were praised for being"), not a speaker.
PASSIVE_END: Final = timed(r"(?i:\b(?:were|was|are|is|been|being|be|have|has|had)$)")
#: A perfect's auxiliary ("a council leader has warned"): the speaker is before it.
_PERFECT: Final = timed(r"(?i:\ (?:has|have|had)(?:\ (?:also|previously|repeatedly|already|now|since|recently))?$)")
#: Where a clause holding the speaker opens inside the phrase before the verb: "...
#: to protect - while a council leader", "it was set up after the Government". Only
#: after a comma or a clause of four words or more, and with no comma after it.
_CLAUSE_OPENING: Final = timed(
    r"(?i:(?:,|\ [-\u2013\u2014])\ (?:while|whereas)\ |\ (?:after|because|when|although|though|since|until|whereas|while)\ (?=(?:the|a|an|its|this)\ [^,]*$))"
)


def _last_clause(speaker: str) -> str:
    """The last clause of a speaker's phrase (see ``_CLAUSE_OPENING``)."""
    openings = list(_CLAUSE_OPENING.finditer(speaker))
    if not openings:
        return speaker
    at = openings[-1].start()
    if len(speaker[:at].split()) >= _CLAUSE_WORDS or "," in speaker[max(0, at - 1) : at + 1]:
        return speaker[openings[-1].end() :]
    return speaker


_CLAUSE_WORDS: Final = 4
#: A phrase ending "and" before the verb is a predicate coordinated with the one before
#: it ("The watchdog has rated the council inadequate and warned"): its subject speaks,
#: the words before its first finite verb.
_COORDINATED: Final = timed(r"(?i:,?\ (?:and|but)$)")
#: The first finite verb of a coordinated predicate, which ends its subject: "The MP
#: (accepted the findings but) said".
_FINITE: Final = timed(
    r"\ (?:has|have|had|is|was|were|are|will|would|rated|judged|"
    rf"{alternation(v for v in (*SPEECH_VERBS, *STANCE_VERBS) if ' ' not in v)})\b"
)



def clause_subject(phrase: str, trim: Callable[[str], str]) -> str | None:
    """The subject in the words before a speech verb (``trim`` takes off the words that
    stand between: "and", "who"); ``None`` if a coordinated predicate names none."""
    perfect = _PERFECT.search(phrase)
    if perfect is not None and perfect.start() > 0 and not PASSIVE_END.search(phrase[: perfect.start()]):
        phrase = phrase[: perfect.start()]
    phrase = _last_clause(trim(phrase))
    if _COORDINATED.search(phrase):  # "The watchdog has rated it inadequate and warned": its subject
        verb = _FINITE.search(phrase)
        if verb is None or verb.start() == 0:
            return None
        phrase = phrase[: verb.start()]
    return phrase


#: A passive's agent before a quotation in its sentence: "Areas singled out by the
#: regulator were", "the plan, criticised by the minister as".
_PASSIVE_AGENT: Final = timed(
    r"(?i:\b(?:recognised|recognized|praised|criticised|criticized|highlighted|identified|noted|described|judged|rated|deemed"
    r"|commended|welcomed|condemned|branded|labelled|called|singled\ out))\ by\ (?P<agent>(?:(?:the|a|an)\ )?[\w'-]+(?:,?\ [\w'-]+){0,7}?)"
    r"(?=\ (?:as|included|includes|include|to|for|was|were|is|are|in|at)\b|[,;:](?!\ \p{Lu})|\ ?$)"  # "Bournemouth, Christchurch and Poole"
)


def passive_agent(clause: str) -> str | None:
    """The agent of the last passive in ``clause`` (the words of a sentence before its
    quotation): "Areas singled out by the regulator were" -> "the regulator"."""
    agents = list(_PASSIVE_AGENT.finditer(clause))
    return agents[-1].group("agent") if agents else None


#: A phrase before the speaker proper: "On the question of staffing, Mr Freeman", "In a
#: statement, the council", "Responding to the report, Jo Bell".
LEADING_ADVERBIAL: Final = timed(
    r"^(?i:on|in|at|after|following|responding|reacting|commenting|speaking|asked\ about|referring\ to|writing"
    r"|last\ \w+|meanwhile)\b[^,]{0,120},\ (?=\S)"
)
