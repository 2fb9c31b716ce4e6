"""People named in the prose with nothing beside the name to say who they are: a given
name and a surname ("Priya Okonjo is to chair a new recovery board with the chief executive",
"... met Sam Okafor and the team") make a person, unless a named veto says otherwise.

A name's first word must be a given name of ``data/given_names.txt`` (a vocabulary of
common given names, compiled by hand): that is the evidence of a person's name where no
title, post or verb of speech stands beside it. The vetoes, each one line:

- a short line (under ``_PROSE_WORDS`` words): a byline, a caption, a credit, a heading;
- a line of credits or contacts ("Picture: ...", "Media contacts: ... T: 0207 ...");
- a reporter's credit ("Jane Doe reports", "writes Jane Doe");
- a child in a case ("the death of eight-year-old Jane Doe", "Jane Doe's murder"), and
  anyone a sentence telling of a crime or a death names ("at the hands of Jane Doe");
- a name inside a quotation (named in passing by a speaker);
- a name that is an institution's or a place's ("the Alan Turing Institute", "Jane Doe House");
- a council's name ("Brent Okonjo" is no person where Brent is read as the council);
- named in passing: the sentence holds no post (one holder's) and no verb of speech or
  stance ("Councillors met Jane Doe and Sam Roe on Tuesday").

The rule runs last among the people rules and defers to them: a name another rule read
(with its post, or as a speaker) keeps that rule's record. The authority is the council
the sentence names, else the article's.
"""

from __future__ import annotations

from typing import Final

import regex

from .._given_names import GIVEN_NAMES
from .._timed import timed
from .._vocab import BODY_HEADS, SPEECH_VERBS, STANCE_VERBS
from ..context import Context
from ..records import Person
from ..rule import Rule
from ._common import is_name
from ._fragments import GIVEN_NAME, HONORIFIC, alternation
from .people_asides import story_authority
from .people_lines import sentences_naming_people
from .people_roles import ROLE_NOUN

RULE_MENTIONED: Final = "people.mentioned"


_PATTERN = rf"(?<![\w'’-]){HONORIFIC}{{0,2}}{GIVEN_NAME}"
#: A line of prose has at least this many words; bylines, captions and credits fewer.
_PROSE_WORDS: Final = 8
#: A line of credits or contact details.
_CREDITS: Final = timed(r"(?i:\b(?:picture|photo|photograph|credit|image|pic|copyright|contacts?)\b|©|\bT:\ |@\w|\b0\d{3,4}\ ?\d{3}\ ?\d{3,4}\b)")
#: A reporter's credit around the name.
_REPORTER_AFTER: Final = timed(r",?\ (?:reports|reporting|writes)\b")
_REPORTER_BEFORE: Final = timed(r"\b(?:[Rr]eports|[Ww]rites|[Bb]y)\ $")
#: A child in a case, before the name or after it.
_CHILD_BEFORE: Final = timed(
    r"(?i:\b(?:\w+-(?:year|month|week)-old|toddler|baby|infant|schoolgirl|schoolboy|girl|boy|death\ of|murder\ of|killing\ of"
    r"|murdered|killed|abuse\ of|case\ of))(?:\ \w+){0,2}\ $"
)
#: A sentence telling of a crime or a death: who it names are named in passing (a child,
#: a perpetrator: "at the hands of Jane Doe, her mother's partner").
_CASE_SENTENCE: Final = timed(
    r"(?i:\b(?:murder(?:ed|er)?|killed|killing|manslaughter|jailed|convicted|sentenced|injuries|died|death\ of|at\ the\ hands\ of"
    r"|serious\ case\ review|inquest)\b)"
)
_CHILD_AFTER: Final = timed(r"(?:'s|’s)\ (?:murder|death|killing|abuse)\b|,\ (?:aged\ )?(?:[1-9]|1[0-7])\b(?!,\ (?:who|said))")
#: The last word of an institution's or a place's name: a body's head noun, or one of these.
_INSTITUTION_LAST: Final = timed(
    rf"(?:{alternation(BODY_HEADS)}|Institute|Centre|Center|House|Hall|School|Academy|Court|Road|Street|Award|Awards"
    r"|Review|Prize|Fund|Unit|Ward|Building|Park|Programme|Lecture|Inquiry|Report|Act|Memorial|Appeal|Campaign|Law)$"
)


#: What makes a named person one the spec counts, in the name's own sentence: a post (one
#: holder's: "chief executive", not "councillors") or a verb of speech or stance.
_PERSON_EVIDENCE: Final = timed(
    rf"(?<![\w-]){ROLE_NOUN}(?![\w'-])|(?<![\w-])(?i:{alternation((*SPEECH_VERBS, *STANCE_VERBS))})(?![\w'-])"
)


def _veto(m: regex.Match[str], ctx: Context) -> str | None:
    """The named veto the name at ``m`` falls under, or None."""
    text, start, end = ctx.text, m.start("name"), m.end("name")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if len(line.split()) < _PROSE_WORDS:
        return "a short line: a byline, a caption, a credit or a heading"
    if _CREDITS.search(line):
        return "a line of credits or contacts"
    if _REPORTER_AFTER.match(text, end) or _REPORTER_BEFORE.search(text, max(0, start - 10), start):
        return "a reporter's credit"
    if _CHILD_BEFORE.search(text, max(0, start - 50), start) or _CHILD_AFTER.match(text, end):
        return "a child in a case"
    if _CASE_SENTENCE.search(text, *ctx.prepared.sentence_at(start)):
        return "a sentence telling of a crime or a death: named in passing"
    if text.count('"', ctx.prepared.paragraph_at(start)[0], start) % 2:
        return "inside a quotation: named in passing"
    if _INSTITUTION_LAST.search(m.group("name")):
        return "an institution's or a place's name"
    if any(c.start < end for c in ctx.mentions_in(start, end + 80)):
        return "a council's name"
    if not _PERSON_EVIDENCE.search(text, *ctx.prepared.sentence_at(start)):
        return "named in passing: no post nor speech in the sentence"
    return None


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    """A person the prose names, of the sentence's council or the article's; no role."""
    name = m.group("name")
    if not is_name(name):
        return None
    veto = _veto(m, ctx)
    if veto is not None:
        ctx.note_veto(m.start("name"), m.end("name"), RULE_MENTIONED, veto)
        return None
    return Person(name=name, role=None, authority=story_authority(m, ctx), start=m.start("name"), end=m.end("name"))


RULES: Final = (
    Rule(name=RULE_MENTIONED, kind="people", pattern=_PATTERN, build=_build, lists={"given_names": GIVEN_NAMES},
         cased_triggers=tuple(f"{n} " for n in GIVEN_NAMES), scope="sentence", where=sentences_naming_people, defers=True),
)

__all__ = ["GIVEN_NAMES", "RULES", "RULE_MENTIONED"]
