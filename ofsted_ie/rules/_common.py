"""Fragments and helpers shared by several rule families.

Numbers and number words, word fractions, qualifiers, grade phrases, gaps of bounded
width, quotation marks, and the clause helpers that several families use to find
what a mention is about. Nothing here is a rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from .._timed import timed
from ..engine import Context
from ..records import Grade, Qualifier

# -- vocabularies (phrase as written, lower case -> contract value) ------------------

GRADE_PHRASES: Final[Mapping[str, Grade]] = MappingProxyType({
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement to be good": "requires_improvement",
    "require improvement to be good": "requires_improvement",
    "requiring improvement to be good": "requires_improvement",
    "required improvement to be good": "requires_improvement",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "requiring improvement": "requires_improvement",
    "required improvement": "requires_improvement",
    "adequate": "adequate",
    "inadequate": "inadequate",
    "performs excellently": "performs_excellently",
    "performing excellently": "performs_excellently",
    "performs well": "performs_well",
    "performing well": "performs_well",
    "performs adequately": "performs_adequately",
    "performing adequately": "performs_adequately",
    "performs poorly": "performs_poorly",
    "performing poorly": "performs_poorly",
    "ri": "requires_improvement",  # "rated RI" (the trade press's short form)
})

QUALIFIER_PHRASES: Final[Mapping[str, Qualifier]] = MappingProxyType({
    "more than": "more_than", "over": "more_than", "above": "more_than", "just over": "more_than",
    "greater than": "more_than", "higher than": "more_than",
    "less than": "less_than", "under": "less_than", "below": "less_than", "fewer than": "less_than",
    "just under": "less_than", "lower than": "less_than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "nearly": "almost", "almost": "almost", "close to": "almost",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "as high as": "up_to",
})

NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType({
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())
} | {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
  | {"a hundred": 100, "one hundred": 100})

ORDINALS: Final[Mapping[str, int]] = MappingProxyType({
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)
})

# -- fragments ----------------------------------------------------------------------

#: A gap inside one sentence, at most 60 characters.
#: A framework named, in group ``sif`` or ``ilacs``: by name, or by a report title's form
#: ("Inspection of Dorset local authority children's services" is ILACS).
FRAMEWORK_WORDS: Final = (
    r"(?i:\b(?P<sif>single\ inspection\ framework|SIF|inspection\ of\ services\ for\ children\ in\ need\ of\ help\ and\ protection)\b"
    r"|\b(?P<ilacs>ILACS|inspecting\ local\ authority\ children's\ services"
    r"|inspection\ of\ [\w',&\ -]{1,60}?\ local\ authority\ children's\ services)\b)"
)
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


#: Every match of ``GRADE`` holds one of these (lower-cased). "RI" is a word on its own
#: (as a substring "ri" is in most texts, "children", "rated"), so its triggers are the
#: word with what may stand either side of it.
GRADE_TRIGGERS: Final = (
    *literal_triggers(p for p in GRADE_PHRASES if p != "ri"),
    *(f"{a}ri{b}" for a in " '\"(" for b in " '\".,;:)\n"),
)


def grade_of(phrase: str) -> Grade:
    """The contract grade of a grade phrase as written ("Requires Improvement" -> ...)."""
    return GRADE_PHRASES[" ".join(phrase.lower().split())]


_NUMBER_PARTS: Final = timed(r"[- ]")


def number_value(text: str) -> float | None:
    """The value of digits or a spelled number ("1,200", "twenty-five"); None if neither."""
    text = text.strip().lower()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    parts = _NUMBER_PARTS.split(text)
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


#: Councils in general rather than a named one: "local authorities", "councils", "those".
GENERIC_SUBJECT: Final = timed(
    r"(?i:\b(?:local\ authorities|councils|authorities|local\ areas|LAs|those|others)\b)"
)
#: A share or count of councils as a subject: "42% of", "The remaining three-quarters", "most".
COUNT_SUBJECT: Final = timed(
    r"^\W*(?i:(?:the|a|just|only|about|over|under|around|nearly|almost|of)\ )*"
    r"(?:\d+(?:\.\d+)?\ ?%|\d+\b|(?i:\L<number_words>)\b|(?i:(?:three-|two-|one-)?quarters?|(?:two-)?thirds?|half|most"
    r"|many|few|several|remaining|majority|minority|some|all|none)\b)",
    number_words=LISTS["number_words"],
)

#: A figure of councils in general or of the nation: "a quarter of councils", "16% nationally".
_NATIONAL_AFTER: Final = timed(
    r"(?i:\)?\ (?:of\ )?(?:all\ |the\ |inadequate\ |english\ )*(?:councils|local\ authorities|authorities|LAs)\b"
    r"|\ (?:nationally|across\ England|in\ England|nationwide))"
)
_NATIONAL_BEFORE: Final = timed(r"(?i:\bnational\ average\ (?:of\ |is\ |was\ |at\ )?$)")
#: Words of a sentence about councils in general or the nation.
_NATIONAL_SENTENCE: Final = timed(
    r"(?i:\b(?:councils|local\ authorities|authorities|nationally|national|nationwide|across\ England|the\ country)\b)"
)


def figure_authority(ctx: Context, start: int, end: int) -> str | None:
    """The authority a figure at ``[start, end)`` is of: ``None`` for figures of councils
    in general or of the nation ("a quarter of councils", "17.8 nationally", a sentence
    naming no council that, or whose predecessor, speaks of councils in general), else
    the authority ``Context.authority_for`` gives."""
    if _NATIONAL_AFTER.match(ctx.text, end) or _NATIONAL_BEFORE.search(ctx.text, max(0, start - 30), start):
        return None
    s_start, s_end = ctx.prepared.sentence_at(start)
    in_sentence = ctx.mentions_in(s_start, max(s_end, end))
    if not in_sentence:
        prev_start, _ = ctx.prepared.sentence_with_previous(start)
        if _NATIONAL_SENTENCE.search(ctx.text, prev_start, max(s_end, end)):
            return None
    place = _PLACE_AFTER.match(ctx.text, end)
    if place is not None:  # "from 5% in Wokingham to 35% in Slough": each figure's own place
        named = [m for m in in_sentence if m.start == place.end()]
        if named:
            return named[0].name
    return ctx.authority_for(start, end)


#: What leads from a figure to the council it is of: "35% in Slough", "40 per cent of
#: children in care in Kent".
_PLACE_AFTER: Final = timed(r"(?:\ (?i:of)\ (?:[\w'-]+\ ){0,4}?[\w'-]+)?\ (?i:in|at|for|across)\ (?:(?i:the)\ )?")


_CLAUSE_BREAK: Final = timed(
    r"(?:;|:|,\ (?:while|whilst|but|whereas|although|though|and|with)\b|\ (?:while|whilst|but|whereas)\ )"
)


def clause_start(ctx: Context, i: int) -> int:
    """Where the clause holding offset ``i`` begins (its sentence start at the latest)."""
    s_start, _ = ctx.prepared.sentence_at(i)
    last = s_start
    for m in _CLAUSE_BREAK.finditer(ctx.text, s_start, i):
        last = m.end()
    return last


def clause_end(ctx: Context, i: int) -> int:
    """Where the clause holding offset ``i`` ends (its sentence end at the latest)."""
    _, s_end = ctx.prepared.sentence_at(i)
    m = _CLAUSE_BREAK.search(ctx.text, i, max(i, s_end))
    return m.start() if m is not None else max(i, s_end)
