"""People named on a labelled line, as reports and letters list them: "Lead inspector:
Jane Doe, His Majesty's Inspector", "Team inspectors: Sam Roe, Ali Khan and Jo Bloggs", or in a sentence ("His Majesty's
Inspectors for this visit were Sam Roe and Ali Khan.").

The label is the role as written (lower-cased); each name after it is a person. Inspectors
are Ofsted's, so they have no council; a council's post on a committee report's line
("Lead member: Cllr Jo Bell", "Contact officer: Sam Roe") is the council's.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ..records import Person
from ..rule import Rule

RULE_LABELLED: Final = "people.labelled"
RULE_LABELLED_SENTENCE: Final = "people.labelled_sentence"

#: A role label of a report's or letter's line: "Lead inspector", "Deputy lead inspector",
#: "Team inspectors", "Shadow inspector", "Regional director".
_LABEL = r"""(?P<label>(?i:(?:deputy\ |assistant\ )?lead\ inspector|team\ inspectors?|(?:shadow|social\ care\ regulatory|senior)\ inspectors?
    |inspectors?|regional\ director|(?:his|her)\ majesty's\ inspectors?
    |(?P<council_post>(?:lead|cabinet|executive)\ member|portfolio\ holder|contact\ officer|report\ author)))"""
#: A name: two to four capitalised words ("Jane Doe", "Mary-Ann O'Neill Smith").
_WORD = r"\p{Lu}(?:\p{Ll}|'\p{Lu})[\p{L}'-]*"  # not an all-capitals title ("HMI")
_NAME = rf"{_WORD}(?:\ (?:{_WORD}|de|van|von|da|le)){{1,3}}"
#: What may follow a name on such a line: its title ("His Majesty's Inspector", "HMI").
_TITLE_AFTER = r"(?:,?\ \(?(?:HMI|OI|(?:His|Her)\ Majesty's\ Inspector|Ofsted\ Inspector|Social\ Care\ Regulatory\ Inspector)\)?)?"
_LINE = rf"""
    (?m:^)[ \t]*{_LABEL}[ \t]*:[ \t]*(?:(?:Cllr|Councillor|Coun)\.?\ )?
    (?P<names>{_NAME}{_TITLE_AFTER}(?:(?:,\ |,?\ and\ |;\ ){_NAME}{_TITLE_AFTER}){{0,8}})[ \t.]*(?m:$)
"""
#: The same said in a sentence, as letters do: "His Majesty's Inspectors for this visit were
#: Jane Doe and Sam Roe."
_SENTENCE = rf"""
    (?<![\w'])(?:The\ )?{_LABEL}(?:\ (?i:for|on|at)\ (?i:this|the)\ (?i:visit|inspection))?\ (?i:were|was|are|is)
    \ (?P<names>{_NAME}{_TITLE_AFTER}(?:(?:,\ |,?\ and\ ){_NAME}{_TITLE_AFTER}){{0,8}})(?=\.|,?\ (?i:and|who)\b)
"""
_ONE_NAME: Final = timed(rf"(?P<name>{_NAME})(?P<title>{_TITLE_AFTER})")


def _build(m: regex.Match[str], ctx: Context) -> list[Person]:
    """One person per name on the line, with the label as role."""
    label = " ".join(m.group("label").lower().split())
    role = label[:-1] if label.endswith("inspectors") else label  # "team inspectors": each is a team inspector
    # a council's post ("Lead member: Cllr Jo Bell") is the council's the text is about
    authority = ctx.authority_for(m.start(), m.end()) if m.group("council_post") else None
    return [Person(name=n.group("name"), role=_titled(n.group("title")) if role == "inspector" and n.group("title") else role,
                   authority=authority, start=n.start("name"), end=n.end("name"))
            for n in _ONE_NAME.finditer(ctx.text, m.start("names"), m.end("names"))]


def _titled(title: str) -> str:
    """The role a title after a name gives ("Her Majesty's Inspector", "HMI"), lower-cased,
    over a bare label's "inspector"."""
    words = title.strip(" ,()").lower()
    return _ABBREVIATED.get(words, words)


#: Inspectors' titles by their abbreviations.
_ABBREVIATED: Final = {"hmi": "his majesty's inspector", "oi": "ofsted inspector"}


RULES: Final = (
    Rule(name=RULE_LABELLED, kind="people", pattern=_LINE, build=_build, triggers=("inspector", "director", "member", "holder", "officer", "author"),
         scope="paragraph"),
    Rule(name=RULE_LABELLED_SENTENCE, kind="people", pattern=_SENTENCE, build=_build, triggers=("inspectors for ", "inspectors were",
         "inspector was", "inspectors on "), scope="sentence"),
)

__all__ = ["RULES", "RULE_LABELLED", "RULE_LABELLED_SENTENCE"]
