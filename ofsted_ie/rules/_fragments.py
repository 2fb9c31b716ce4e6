"""Pattern fragments shared by several rule families, and the named lists they read.

Gaps of bounded width, quotation marks, numbers and number words, grade phrases,
framework names, people's names and honorifics; ``alternation`` builds a fragment from
a vocabulary tuple of ``ofsted_ie._vocab``, in the tuple's order. Nothing here is a rule
or compiled.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import regex

from .._vocab import (
    COURTESY_TITLES,
    DESCRIPTORS,
    GRADE_PHRASES,
    HONORIFICS,
    ILACS_NAMES,
    NUMBER_WORDS,
    OPENING_PREPOSITIONS,
    ORDINALS,
    PEERAGE,
    POST_NOMINALS,
    QUALIFIER_PHRASES,
    SENTENCE_CONNECTIVES,
    SIF_NAMES,
)


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing group matching one of ``phrases``, tried in their order (spaces
    and other special characters escaped, so it reads the same with ``regex.VERBOSE``).

    Where no phrase comes before a longer one it begins (the usual longest-first order),
    the group is written as a trie ("ha(?:d|s|ve)"), which matches the same in the same
    preference and fails faster: ``regex`` tries a plain alternation's phrases one by one.
    """
    ordered = list(dict.fromkeys(phrases))
    if "" in ordered or any(b.startswith(a) for i, a in enumerate(ordered) for b in ordered[i + 1:]):
        return "(?:" + "|".join(regex.escape(p) for p in ordered) + ")"
    trie: dict[str, Any] = {}
    for phrase in ordered:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + "|".join(_branches(trie)) + ")"


def _branches(node: dict[str, Any]) -> list[str]:
    """A trie node's branches as patterns, one per next character."""
    return [regex.escape(char) + _rest(child) for char, child in sorted(node.items()) if char]


def _rest(node: dict[str, Any]) -> str:
    """What may follow the character that led to ``node``: its branches, longest first
    (greedy), then nothing if a phrase ends there."""
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + ("?" if "" in node else "")


#: A framework named, in group ``sif`` or ``ilacs``: by name, or by a report title's form
#: ("Inspection of Dorset local authority children's services" is ILACS).
FRAMEWORK_WORDS: Final = (
    rf"(?i:\b(?P<sif>{alternation(SIF_NAMES)})\b"
    rf"|\b(?P<ilacs>{alternation(ILACS_NAMES)}"
    r"|inspection\ of\ [\w',&\ -]{1,60}?\ local\ authority\ children's\ services)\b)"
)
#: A gap inside one sentence, at most 60 characters.
GAP = r"[^.!?\n]{0,60}?"
#: A short gap of a few words.
SHORT_GAP = r"[^.!?\n]{0,25}?"
#: An optional quotation mark (straight; the text is normalised).
Q = r"""["']?"""
#: A number as digits, with decimals: "10", "10.5", "1,200".
DIGITS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
#: A spelled number up to a hundred: "ten", "twenty-five", "a hundred".
NUMBER_WORD = r"(?i:\L<number_words>(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
GRADE = r"(?P<grade>(?i:\L<grades>))(?!\w)"

#: The named lists the fragments above read.
LISTS: Final = {
    "grades": sorted(GRADE_PHRASES, key=len, reverse=True),
    "qualifiers": sorted(QUALIFIER_PHRASES, key=len, reverse=True),
    "number_words": sorted(NUMBER_WORDS, key=len, reverse=True),
    "ordinals": list(ORDINALS),
}


def literal_triggers(phrases: Iterable[str]) -> tuple[str, ...]:
    """Prefilter triggers for a rule that matches one of ``phrases``: the phrases
    lower-cased, less those that contain a shorter one ("inadequate" has "adequate")."""
    lowered = sorted({p.lower() for p in phrases}, key=len)
    kept: list[str] = []
    for p in lowered:
        if not any(k in p for k in kept):
            kept.append(p)
    return tuple(kept)


#: Every match of ``FRAMEWORK_WORDS`` holds one of these (lower-cased), inside one sentence.
FRAMEWORK_TRIGGERS: Final = (*literal_triggers((*SIF_NAMES, *ILACS_NAMES)), "local authority children's services")
#: Every match of ``GRADE`` holds one of these (lower-cased). "RI" is a word on its own
#: (as a substring "ri" is in most texts, "children", "rated"), so its triggers are the
#: word with what may stand either side of it (its number too: "RI(3)").
GRADE_TRIGGERS: Final = (
    *literal_triggers(p for p in GRADE_PHRASES if p != "ri"),
    *(f"{a}ri{b}" for a in " '\"(" for b in " '\".,;:()\n"),
)

# -- people's names (the people and quotes families) -----------------------------------

#: A council's acronym: a county, city, borough or district council's ("KCC", "WSCC",
#: "BCC") or a metropolitan borough's ("SMBC"); no broadcaster's ("BBC", "LBC").
COUNCIL_ACRONYM = r"(?!BBC|LBC)(?:\p{Lu}{1,2}[CBD]C|\p{Lu}MBC)(?![\w'-])"
#: Dropped from names: "Cllr Tom Brennan" -> "Tom Brennan".
HONORIFIC = rf"(?:{alternation(HONORIFICS)}\.?\ )"
#: "Wardell", "McAllister", "MacDonald", "O'Neill", "D'Arcy", "D'Arcy-Whyte", "Smith-Jones".
_NAME_WORD = r"(?:Mc\p{Lu}\p{Ll}+|[OD]'\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)"
#: One word of a name, for a surname alone after a title.
NAME_WORD = _NAME_WORD
#: Lower-case words inside a surname: "Jane van der Berg".
_PARTICLES = r"(?:(?:van|von|der|den|de|du|da|di|le|la|al|bin|ter|ap)\ ){0,2}"
#: A courtesy title inside a name ends what went before: "Kent County Councillor Jane Doe"
#: names Jane Doe (so a scan tries the title's own position, not "County Councillor Jane").
_NO_TITLE = rf"(?!{alternation(COURTESY_TITLES)}\b)"
#: Two to four capitalised words: "Priya Okafor", "Mary Jo Fenwick".
#: Honours after a name are read past, outside the name: "Jane Doe OBE".
_POST_NOMINAL = rf"(?:\ {alternation(POST_NOMINALS)}(?!\w))"
#: A photo's aside after a name, read past: "Jane Doe (pictured)", "(centre)".
_PICTURED = r"(?:\ \((?i:pictured|centre|center|left|right|above|below|inset|top|bottom)\))"
#: Two capitalised words in a row (a title's full stop and a surname's particles may
#: stand between): every person the people rules read is named with such a pair
#: ("Jane Doe", "Cllr. Smith", "Mr van Dijk"). A name opens on a capital, looked for first
#: (``regex`` finds one fast, then looks behind it).
NAME_PAIR = rf"(?=\p{{Lu}})(?<![\w']){_NAME_WORD}\.?\ {_PARTICLES}(?:Mc|[OD]')?\p{{Lu}}"
#: A middle initial after the first name: "Jane A. Doe", "Sam K Roe" (not "A" or "I" alone, words of their own).
_INITIAL = rf"(?:\ (?:\p{{Lu}}\.|(?![AI]\ )\p{{Lu}})(?=\ {_PARTICLES}\p{{Lu}}[\p{{Ll}}']))"
#: What a name never opens with: a title, read before it ("Ms Jane Doe" names Jane Doe;
#: a peer keeps "Lord"), a sentence's connective ("But Jane Doe said"), a preposition
#: ("Under Jane Doe") or a descriptor ("Mum Jane Doe").
_NOT_FIRST = (
    rf"(?!(?:{alternation(h for h in HONORIFICS if h not in PEERAGE)}|{alternation((*SENTENCE_CONNECTIVES, *OPENING_PREPOSITIONS))}"
    rf"|{alternation(DESCRIPTORS)}(?:-of-\w+)?)\.?\ )"
)
#: A name in a list after the first, no group of its own: "Jane Doe, Sam Roe and Ali Khan".
LISTED_NAME = rf"{HONORIFIC}{{0,2}}\p{{Lu}}[\p{{L}}'-]+(?:\ \p{{Lu}}[\p{{L}}'-]+){{1,3}}"
NAME = rf"(?P<name>{_NOT_FIRST}{_NAME_WORD}{_INITIAL}?(?:\ {_PARTICLES}{_NO_TITLE}{_NAME_WORD}){{1,3}})(?!\w){_POST_NOMINAL}{{0,2}}{_PICTURED}?"
#: A name opening with a given name of the named list ``given_names`` (a rule passes it as
#: ``lists``): "Julia Marchbank", "Siân A. Ellis".
GIVEN_NAME = rf"(?P<name>\L<given_names>{_INITIAL}?(?:\ {_PARTICLES}{_NO_TITLE}{_NAME_WORD}){{1,2}})(?![\w'-])"
