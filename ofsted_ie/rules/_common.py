"""Helpers shared by several rule families to tell what a mention is about.

The values of grade and number words, a mention's clause, councils in general or a
count of them as a subject, whose a figure is, a table row's councils, whether a
capitalised phrase can be a person's name. Pattern fragments are in ``_fragments``,
phrase lists in ``ofsted_ie._vocab``. Nothing here is a rule.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from .._timed import FROM_END, timed
from .._vocab import (
    BAND_WORDS,
    GRADE_PHRASES,
    JUDGEMENT_PHRASES,
    NOT_NAME_WORDS,
    NUMBER_WORDS,
    POST_WORDS,
    SURNAME_WORDS,
)
from ..attribution import SET_AGAINST
from ..context import Context
from ..dates import MONTH_NAMES
from ..gazetteer import Mention
from ..records import Grade
from ._fragments import LISTS


def grade_of(phrase: str) -> Grade:
    """The contract grade of a grade phrase as written ("Requires Improvement" -> ...)."""
    folded = " ".join(phrase.lower().split())
    return GRADE_PHRASES[folded] if folded in GRADE_PHRASES else BAND_WORDS[folded]


_NUMBER_PARTS: Final = timed(r"[- ]")


#: A figure as written once its thousands commas are gone: digits, one decimal point.
_FIGURE: Final = timed(r"\d{1,12}(?:\.\d{1,6})?")
#: No share, caseload or count an article states is larger: a longer run of digits is
#: a misread (a date, a phone number), and a float of it could be infinite.
MAX_FIGURE: Final = 1e9


def figure_value(text: str) -> float | None:
    """The value of a figure as written ("1,200", "12.5"); ``None`` for what is no single
    figure ("12.03.2019", "1.2.3") or beyond any real count."""
    digits = text.strip().replace(",", "")
    if not _FIGURE.fullmatch(digits):
        return None
    value = float(digits)
    return value if value <= MAX_FIGURE else None


def number_value(text: str) -> float | None:
    """The value of digits or a spelled number ("1,200", "twenty-five"); None if neither."""
    text = text.strip().lower()
    if text[:1].isdigit():
        return figure_value(text)
    parts = _NUMBER_PARTS.split(text)
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


#: Councils in general rather than a named one: "local authorities", "councils", "those".
GENERIC_SUBJECT: Final = timed(
    r"(?i:\b(?:local\ authorities|councils|authorities|local\ areas|LAs|those|others|departments"
    r"|(?:the|a)\ number\ of(?=\ (?:[\w'-]+\ ){0,2}?(?:local\ authorities|councils|authorities|areas|LAs|departments|services)\b))\b)"
)
#: A share or count of councils as a subject: "42% of", "The remaining three-quarters", "most".
COUNT_SUBJECT: Final = timed(
    r"^\W*(?i:(?:the|a|just|only|about|over|under|around|nearly|almost|of|other|another)\ )*"
    r"(?:\d+(?:\.\d+)?\ ?%|(?!(?:19|20)\d\d\b)\d+\b(?!\ (?i:\L<months>)\b)|(?!(?<=(?i:\bthe)\ )(?i:one)\b)(?i:\L<number_words>)\b(?!-)|(?i:(?:three-|two-|one-)?quarters?|(?:two-)?thirds|(?<!\bthe\ )third|half|most"
    r"|many|few|several|remaining|majority|minority|some|all|none)\b)"  # "the one area": the only, no count
    r"(?!\ (?i:years?|months?|weeks?|days?|decades?)\b)",  # "three years after": a time, no count
    number_words=LISTS["number_words"], months=sorted(MONTH_NAMES, key=len, reverse=True),
)
#: A count's noun that is one council's judgement areas, not councils or places: "all
#: aspects of the service", "two of the five areas inspected", "all sub-categories",
#: "two out of four key areas".
JUDGEMENT_AREAS: Final = timed(
    r"(?i:\b(?:aspects?|sub-?categor(?:y|ies)|sub-?judge?ments?|judge?ments|elements?|strands?"
    r"|(?:key\ |judgement\ |inspection\ )areas?|areas?\ (?:of\ (?:the|its|their)\ (?:services?|work|inspection|provision|report)"
    r"|reviewed|inspected|assessed|examined|judged\ by|looked\ at)"
    r"|(?:(?:of|out\ of)\ (?:the\ )?|all\ |every\ |each\ )(?:(?:\L<number_words>|\d+)\ )?(?:[\w-]+\ )?areas?"
    r"|(?:these|those)\ (?:\L<number_words>|\d+)\ areas)\b)",  # "these four areas were all rated ...:"
    number_words=LISTS["number_words"],
)
#: A count of judgement areas that is not all of them: "two of the five areas", "all but one".
SOME_AREAS: Final = timed(
    r"^\W*(?i:(?:the\ |just\ |only\ )?(?:\L<number_words>|(?!(?:19|20)\d\d\b)\d+\b(?!\ (?i:\L<months>)\b)|some|most|several"
    r"|many|a\ few|few)\b|all\ but\b)",
    number_words=LISTS["number_words"], months=sorted(MONTH_NAMES, key=len, reverse=True),
)

#: Nations and regions of England, and counties of several councils with none of their
#: own ("Merseyside"), whose figures are no council's: "14.5% in London".
_REGIONS: Final = (r"England|Wales|Scotland|Northern\ Ireland|London|(?:inner|outer)\ London|the\ (?:North\ East|North\ West|South\ East"
                   r"|South\ West|East\ Midlands|West\ Midlands|Midlands|North|South|East\ of\ England)|Yorkshire\ and\ the\ Humber"
                   r"|Merseyside|Greater\ Manchester|Tyne\ and\ Wear|(?:South|West)\ Yorkshire")  # counties of several councils
#: A figure of councils in general or of the nation: "a quarter of councils", "16% nationally".
_NATIONAL_AFTER: Final = timed(
    r"(?i:\)?\ (?:of\ )?(?:all\ |the\ |inadequate\ |english\ )*(?:children's\ (?:services\ )?)?"
    r"(?:councils|local\ authorities|authorities|LAs|departments)\b"
    r"|\ (?:nationally|across\ England|in\ England|nationwide|across\ the\ country|in\ the\ country)"
    r"|\ (?:national|england|english|regional)\ (?:average|rate|figure|level|mean)\b"   # "double the 15% national rate"
    r"|\ (?:average|mean)\ (?:for|across|among)\ (?:all\ )?(?:english\ |england's\ )?(?:councils|local\ authorities|authorities)\b"
    rf"|,?\ (?:in|across|for)\ (?:{_REGIONS})\b(?!\ (?i:borough|council))"
    r"|\ (?:for|among|across|in|of)\ (?:(?:its|their|the\ council's|[\w'-]+'s|similar|comparable|comparator|neighbouring)\ )?"
    r"(?:statistical\ neighbours|comparator\ (?:councils|authorities)|councils|authorities|peers)\b"   # "against 24% for its statistical neighbours"
    r"|\ (?:inspected|rated|judged|assessed|visited|reinspected)\b(?!\ (?:by|as)\b))"   # "a third inspected this year went down a grade": councils
)
#: A nation or region of England as a whole name ("North East", "London", "England"): a
#: table row headed so is no council's.
_NATION_OR_REGION: Final = (rf"(?i:(?:the\ )?(?:{_REGIONS}|North\ East|North\ West|South\ East|South\ West|East\ Midlands"
                             rf"|West\ Midlands|East\ of\ England|Inner\ London|Outer\ London|Yorkshire))")
NATION_OR_REGION: Final = timed(_NATION_OR_REGION)
#: Every name ``NATION_OR_REGION`` matches holds one of these (lower case): a prefilter.
NATION_OR_REGION_TRIGGERS: Final = ("england", "wales", "scotland", "ireland", "london", "north", "south", "east",
                                    "midlands", "yorkshire", "merseyside", "greater manchester", "tyne")
_REGION_BEFORE: Final = timed(rf"(?<![\w-]){_NATION_OR_REGION}(?:'s)?[\ ,]*$")  # "England 18%", "London's 16%"


def region_before(ctx: Context, start: int, at: int) -> bool:
    """Whether a nation or region, no part of a council's name, ends the text in
    ``[start, at)``: "highest in the West Midlands (18.2)", "while in London it was", not
    "in City of London it was"."""
    m = _REGION_BEFORE.search(ctx.text, start, at)
    return m is not None and not any(x.end > m.start() for x in ctx.mentions_in(max(0, m.start() - 60), m.end()))


#: A figure's own words naming it a nation's or region's: "the national average of",
#: "an England average of", "the London average", "the average across England is".
NATIONAL_FIGURE: Final = timed(
    rf"(?i:\b(?:national|nationwide|regional)\b|\b(?:{_REGIONS}|English|the\ country's)\ (?:average|mean|figure)\b"
    rf"|\baverage\ (?:[\w']+\ ){{0,3}}?(?:in|across|for)\ (?:{_REGIONS}|the\ country)\b"
    rf"|\b(?:statistical\ neighbours?|comparator\ (?:councils|authorities|group)|similar\ (?:councils|authorities)"
    rf"|(?:London|metropolitan|county|unitary|shire)\ (?:boroughs|councils|authorities))\b)"   # a group's: "the statistical neighbours' average"
)
#: One council spoken of before it is named: "'inadequate' council cuts caseloads by 30 per cent".
#: Not "their council", "each council", "any council": every worker's own, councils in general.
_ONE_COUNCIL: Final = timed(r"(?<!(?i:their|each|every|any|other|per)\ )(?i:\b(?:council|local\ authority|authority)\b)")
#: A council's own rank band, which is its figure: "ranks among the best 10 per cent".
_RANK_BAND: Final = timed(
    r"(?i:\b(?:among|amongst|in|within|into)\ the\ (?:very\ )?(?:best|worst|top|bottom|highest|lowest|strongest|weakest)"
    r"(?:[\ -]performing|[\ -]rated)?\ $)"
)
#: A nation as a figure's own subject: "England relies on agency staff at an 11% rate".
_NATION: Final = timed(rf"\b(?:{_REGIONS})\b")
_NATIONAL_BEFORE: Final = timed(
    r"(?i:\b(?:national|nationwide|regional|england|english|london|statistical\ neighbours?'?|comparator)\ (?:[\w-]+\ ){0,3}?(?:average|rate|figure|level|mean)"
    r"(?:\ (?:(?:of|is|was|at|stood\ at|stands\ at|was\ just|is\ just)\ )?|\ \()$"   # "against a national rate of 16.7%", "the England average (11%)"
    r"|\b(?:councils|local\ authorities|authorities)\ (?:(?:ranging|ranged|varying|varied|range|vary)\ )?(?:between|from)\ "
    r"(?:\d{1,3}(?:\.\d+)?\ ?(?:%|per\ ?cent)\ (?:and|to)\ )?$"            # "with councils between 2% and 40%"
    r"|\bnationally\ (?:it\ )?(?:is|was|stood\ at|stands\ at)\ $|\baverage\ (?:for|across|in)\ (?:england|the\ country)"
    r"\ (?:is|was|of|stood\ at)\ $)"                                         # "while nationally it was", "the average for England was"
    # a region's: "The South East average was", "across Yorkshire the rate was", "the average for the North West of"
    rf"|(?<![\w-]){_NATION_OR_REGION}(?:'s)?\ (?i:[\w-]+\ ){{0,2}}?(?i:average|rate|figure|level|mean)(?:\ (?i:of|is|was|stood\ at|stands\ at)\ |\ \()$"
    rf"|\b(?i:across|in|for|throughout)\ {_NATION_OR_REGION}(?:\ (?i:as\ a\ whole))?,?\ (?i:[\w'-]+\ ){{0,4}}?(?i:is|was|were|are|stood\ at|stands\ at)\ (?i:just\ |about\ |around\ )?$"
    rf"|\b(?i:average|rate|figure)\ (?i:for|across|in)\ {_NATION_OR_REGION}\ (?i:is|was|of|stood\ at)\ $"
)
#: Words of a sentence about councils in general or the nation.
_NATIONAL_SENTENCE: Final = timed(
    r"(?i:\b(?:councils|local\ authorities|authorities|nationally|national|nationwide|across\ England|the\ country)\b)"
)


#: A national source of a sentence's figures: "DfE figures show", "official statistics".
_NATIONAL_SOURCE: Final = timed(
    r"(?i:\b(?:DfE|Department\ for\ Education|government|official|national)\ (?:figures|statistics|data)\b"
    r"|\b(?:the\ )?(?:DfE|Department\ for\ Education)\ (?:found|said|says|shows?|showed|reported|reports)\b)"
)
#: Words pointing at one council in a sentence that names none: "its", "the council's".
_ONE_COUNCIL_OWN: Final = timed(r"(?i:\b(?:its|their|council|authority)\b)")


def figure_authority(ctx: Context, start: int, end: int, *, clause: bool = False) -> str | None:
    """The authority a figure at ``[start, end)`` is of: ``None`` for figures of councils
    in general or of the nation ("a quarter of councils", "17.8 nationally", a sentence
    naming no council that, or whose predecessor, speaks of councils in general), else
    the authority ``Context.authority_for`` gives.

    With ``clause``, only the words up to the figure's end say it is of councils in
    general ("holding 40 cases, high compared with other authorities" is the council's),
    and the sentence before says so only if the figure's own words do not point at one
    council ("But in the council's assessment team, workers held 35 cases") and it names
    none ("Like many councils, Kent struggles to recruit. Workers held 35 cases")."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    in_sentence = ctx.mentions_in(s_start, max(s_end, end))

    def none(reason: str) -> str | None:  # no council: why
        return ctx.note_why(start, end, "authority", None, reason)

    if _RANK_BAND.search(ctx.text, max(s_start, start - 40), start):  # "among the best 10 per cent of councils"
        return ctx.authority_for(start, end)
    national_before = _NATIONAL_BEFORE.search(ctx.text, max(0, start - 50), start)
    if national_before is not None and any(x.start < national_before.end() and national_before.start() < x.end for x in in_sentence):
        national_before = None  # "In City of London the rate is 8%", "In North East Lincolnshire": a council's name, no region
    if _NATIONAL_AFTER.match(ctx.text, end) or national_before is not None or region_before(ctx, max(s_start, start - 40), start):
        return none("a national or regional figure (the words next to it say so: 'England 18%')")
    if not in_sentence:
        prev_start, _ = ctx.prepared.sentence_with_previous(start)
        own_end = end if clause else max(s_end, end)
        other_side = _COMPARED.search(ctx.text, end, own_end)
        if other_side is not None and _ONE_COUNCIL_OWN.search(ctx.text, s_start, start):
            own_end = other_side.start()  # "the council's rate was 25%, compared with 23% nationally": the nation is the other side's
        if clause and (_ONE_COUNCIL.search(ctx.text, s_start, end) or ctx.mentions_in(prev_start, s_start)):
            prev_start = s_start  # "the council's team", or after "Like many councils, Kent ...": of one council
        own_start = _pointing_clause(ctx, s_start, start)
        if own_start is not None:  # "The national average is 29, but the council's social workers hold 25": the council's clause
            prev_start = own_start
        if _NATIONAL_SENTENCE.search(ctx.text, prev_start, own_end) or _NATION.search(ctx.text, own_start or s_start, own_end):
            return none("its sentence, naming no council, speaks of councils in general or the nation")
        if _NATIONAL_SOURCE.search(ctx.text, s_start, start) and not _ONE_COUNCIL_OWN.search(ctx.text, s_start, own_end):
            return none("a national source's figure")  # "DfE figures show 7.2% of children's social workers left", not "... show its rate is 9%"
        if (not ctx.mentions_before(s_start) and not _ONE_COUNCIL.search(ctx.text, s_start, max(s_end, end))
                and not _restated(ctx, start, end)):
            return none("stated before any council is named")  # unless "the council"'s
    respective = _respective(ctx, s_start, s_end, start, end, in_sentence)
    if respective is not None:
        return ctx.note_why(start, end, "authority", respective, "the council of the same rank in a list 'respectively' pairs")
    if in_sentence and _national_clause(ctx, s_start, start, end, in_sentence):
        return none("a national figure's clause; the council is named only in a later clause")
    place = _PLACE_AFTER.match(ctx.text, end)
    if place is not None:  # "from 5% in Wokingham to 35% in Slough": each figure's own place
        named = [m for m in in_sentence if m.start == place.end()]
        if named:
            return ctx.note_why(start, end, "authority", named[0].name, "the place named right after it ('N% in <place>')")
    return ctx.authority_for(start, end)


#: What parts a national figure's clause from a council's after it: "...; at Kent it was",
#: ", but Kent's was", "compared with", "while".
_CLAUSE_AFTER: Final = timed(r"(?i:;|\bbut\b|\bwhile\b|\bwhereas\b|\bcompared\b|\bagainst\b|\bthan\b|\bversus\b)")


#: A pointer at the one council spoken of: "its", "the council's", "the county's".
_POINTER_OWN: Final = timed(r"(?i:\b(?:its|the\ (?:council|authority|local\ authority|county|borough|city)'s)\b)")


def _pointing_clause(ctx: Context, s_start: int, start: int) -> int | None:
    """Where the figure's own clause starts when it opens after a break and points at one
    council ("..., but the council's social workers hold 25 cases"), else ``None``."""
    breaks = list(_CLAUSE_AFTER.finditer(ctx.text, s_start, start))
    return breaks[-1].end() if breaks and _POINTER_OWN.search(ctx.text, breaks[-1].end(), start) else None


def _national_clause(ctx: Context, s_start: int, start: int, end: int, in_sentence: Sequence[Mention]) -> bool:
    """Whether the figure's own clause, opening its sentence, is the nation's or councils'
    in general and every council of the sentence is named after a break following it:
    "The vacancy rate in England was 8% in 2020; at Kent it was 35%", "In 2015 the national
    rate was 26 per cent, but Kent's was 37 per cent" (not "Kent's rate was 8%, against 6%
    nationally", nor "the council's rate was 8%, while Kent's ...")."""
    if any(m.start < end for m in in_sentence) or _ONE_COUNCIL_OWN.search(ctx.text, s_start, start):
        return False
    own = _NATIONAL_SENTENCE.search(ctx.text, s_start, start) or _NATION.search(ctx.text, s_start, start)
    return own is not None and _CLAUSE_AFTER.search(ctx.text, end, in_sentence[0].start) is not None


#: What pairs a list of councils with a list of figures in order.
_RESPECTIVELY: Final = timed(r"(?i:\brespectively\b)")


def _respective(ctx: Context, s_start: int, s_end: int, start: int, end: int, in_sentence: Sequence[Mention]) -> str | None:
    """The council paired with the figure at ``start`` by "respectively": "Kent and Wigan
    had vacancy rates of 20% and 25% respectively", "caseloads were 14.2 and 16.8 in Kent
    and Wigan respectively" (the k-th figure is the k-th council's, when the councils, all
    named before the first figure or all after the last, are as many as the figures; shares
    pair with shares, other numbers with other numbers)."""
    if len(in_sentence) < 2 or _RESPECTIVELY.search(ctx.text, start, s_end) is None:
        return None
    for numbers in (SHARE_NUMBER, _BARE_NUMBER):
        figures = [m.start() for m in numbers.finditer(ctx.text, s_start, s_end)]
        own = [k for k, f in enumerate(figures) if start <= f < end]  # the match may open before its number
        if own:
            break
    if len(own) != 1 or len(figures) != len(in_sentence) or not (
            in_sentence[-1].end <= figures[0] or in_sentence[0].start >= figures[-1]):
        return None
    return in_sentence[own[0]].name


def _restated(ctx: Context, start: int, end: int) -> bool:
    """Whether a figure stated before the first council is named (a headline's, a
    standfirst's) is stated again after it: the article's council's figure told early."""
    def later() -> frozenset[str]:
        first = ctx.mentions[0].start if ctx.mentions else len(ctx.text)
        return frozenset(m.group() for m in SHARE_NUMBER.finditer(ctx.text, first))

    own = SHARE_NUMBER.search(ctx.text, start, end)
    return own is not None and own.group() in ctx.memo(("figures", "restated"), later)


#: A number written in digits that is no share, no year and no count in thousands: "14.2".
_BARE_NUMBER: Final = timed(r"(?<![\d.,£$])(?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d+)?(?![\d%]|[.,]\d|\ ?(?i:per\ ?cent|percent|pc\b))")
#: The number of a share written in digits: "20" of "20 per cent".
SHARE_NUMBER: Final = timed(r"(?<![\d.])\d+(?:\.\d+)?(?=\ ?(?:%|(?i:per\ ?cent|percent|pc\b)))")  # "14pc" too


#: What leads from a figure to the council it is of: "35% in Slough", "40 per cent of
#: children in care in Kent", "as were 47% of Wigan's".
_PLACE_AFTER: Final = timed(
    r"(?:\ (?i:of)\ (?:[\w'-]+\ ){0,4}?[\w'-]+)?,?\ (?i:in|at|for|across)\ (?:(?i:the)\ )?"
    r"(?:(?i:neighbouring|nearby|neighbour|adjacent|adjoining)\ )?|\ (?i:of)\ (?=\p{Lu})"   # "42% in neighbouring Derby"
)


_CLAUSE_BREAK: Final = timed(
    r"(?:;|:|,\ (?:while|whilst|but|whereas|although|though|and|with)\b|\ (?:while|whilst|but|whereas)\ "
    r"|\ [-\u2013\u2014]\ (?:and|but|while|whereas)\b)"  # "... - a drop of eight points - and sickness absence ..."
)


#: A list set off by dashes: its ", and" joins its last item, no clause ("Three areas - A,
#: B, and C - were rated good").
_DASH_ASIDE: Final = timed(r"\ [-\u2013\u2014]\ [^-\u2013\u2014.;:!?\n]{1,200}?,\ and\ [^-\u2013\u2014.;:!?\n]{1,80}?\ [-\u2013\u2014]\ ")


#: What opens a list before its second-last council: "- A, and B -", "A, B, and C".
_LIST_OPENED: Final = timed(r"(?:\ [-:]|,|\()\ ?$")
#: A singular verb right after a council: it is a clause's subject, no list's last item.
_SINGULAR_VERB: Final = timed(r"(?:'s)?\ (?:(?i:council|borough\ council|county\ council)\ )?(?:was|is|has)\b")


#: A judgement's name as a list item, perhaps with its service's noun: "adoption services".
_ITEM = r"(?<!\w)(?i:\L<judgements>)(?:\ (?i:services?|support|work|performance))?"
#: The judgements' names, longest first, for ``\L<judgements>``.
_JUDGEMENTS: Final = tuple(sorted(JUDGEMENT_PHRASES, key=len, reverse=True))
#: What may follow a judgement's name and say whom it serves: "(the help and protection)
#: given to children at risk", "(the help and protection) it gives to children".
JUDGEMENT_POSTMODIFIER = (r"(?:\ (?i:given|provided|offered|delivered|available)\ (?i:to|for)(?:\ [\w'-]+){1,3}?"
                          r"|(?:\ (?i:for)\ (?i:children|young\ people|families))?\ (?i:at\ risk|in\ need|who\ need\ it|at\ home)"  # "(help and protection for children) at risk"
                          r"|\ (?i:it|they)\ (?i:gives?|provides?|offers?)(?:\ (?i:to)(?:\ [\w'-]+){1,2}?)?)")
#: A judgement's name ending or opening a list item: "(adoption, care leavers), and children in care".
_ITEM_BEFORE: Final = timed(rf"{_ITEM}{JUDGEMENT_POSTMODIFIER}?,\ (?:[\w'-]+\ ){{0,3}}?{_ITEM}{JUDGEMENT_POSTMODIFIER}?$",
                            FROM_END, judgements=_JUDGEMENTS)  # "A services, support for B"
#: A judgement's name ending the text before ", and" (a pair's first item).
_ITEM_ENDS: Final = timed(rf"{_ITEM}$", FROM_END, judgements=_JUDGEMENTS)
#: A plural verb after a pair's second item and its comma: ", were both", ", have (both) been".
_PLURAL_AFTER_ITEM: Final = timed(r",\ (?:(?i:both|also)\ )?(?i:were|are|have|had)\b")
_ITEM_AFTER: Final = timed(r"\ (?:(?i:the|its)\ |(?i:the)\ [\w-]+'s\ )?(?:(?i:services?|support|provision)\ for\ |(?i:experiences?\ (?:and\ progress\ )?of)\ )?(?i:\L<judgements>)(?!\w)", judgements=_JUDGEMENTS)


def serial_comma(ctx: Context, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether ", and" at ``[start, end)`` ends a list of councils ("A, B, and C", "two
    councils - A, and B - were rated") or of judgements ("adoption, care leavers, and
    children in care"), not a clause: a council on each side, the one before it opened
    by a list's comma, dash or bracket; or two judgements before it and one after; or one
    judgement on each side, the second followed by a comma and a plural verb ("A, and B,
    were both rated good")."""
    item = _ITEM_AFTER.match(ctx.text, end)
    if item and _ITEM_BEFORE.search(ctx.text, max(s_start, start - 160), start):
        return True
    if item and _PLURAL_AFTER_ITEM.match(ctx.text, item.end()) and _ITEM_ENDS.search(ctx.text, max(s_start, start - 100), start):
        return True  # "A, and B, were both rated good": a pair set off by commas
    mentions = ctx.mentions_in(s_start, s_end)
    before = [m for m in mentions if m.end == start]
    after = [m for m in mentions if m.start == end + 1]
    if not before or not after or _SINGULAR_VERB.match(ctx.text, after[0].end):
        return False  # "praised A, B, and C was rated": C is a clause's own subject
    return _LIST_OPENED.search(ctx.text, max(s_start, before[0].start - 3), before[0].start) is not None


def _breaks(ctx: Context, s_start: int, s_end: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of a sentence's clause breaks, found once per sentence (the
    serial comma of a list of councils is none)."""
    def find() -> tuple[tuple[int, ...], tuple[int, ...]]:
        asides = [a.span() for a in _DASH_ASIDE.finditer(ctx.text, s_start, s_end)]
        found = [m.span() for m in _CLAUSE_BREAK.finditer(ctx.text, s_start, s_end)
                 if not (m.group() == ", and" and (serial_comma(ctx, *m.span(), s_start, s_end)
                                                   or any(a < m.start() and m.end() < b for a, b in asides)))]
        return tuple(a for a, _ in found), tuple(b for _, b in found)

    return ctx.memo(("clauses", s_start, s_end), find)


def clause_start(ctx: Context, i: int) -> int:
    """Where the clause holding offset ``i`` begins (its sentence start at the latest)."""
    s_start, s_end = ctx.prepared.sentence_at(i)
    _, ends = _breaks(ctx, s_start, max(s_end, i))
    k = bisect.bisect_right(ends, i)  # the last break that ends by i
    return ends[k - 1] if k else s_start


def clause_end(ctx: Context, i: int) -> int:
    """Where the clause holding offset ``i`` ends (its sentence end at the latest)."""
    s_start, s_end = ctx.prepared.sentence_at(i)
    starts, _ = _breaks(ctx, s_start, max(s_end, i))
    k = bisect.bisect_left(starts, i)  # the first break that starts at i or after
    return starts[k] if k < len(starts) else max(i, s_end)


def is_name(text: str) -> bool:
    """Whether a capitalised phrase can be a person's name: no word of it is one that
    never stands in a name, but for a surname that is also such a word ("Jane Young")."""
    words = text.split()
    last = len(words) - 1
    if all(w in _COMPASS for w in words):
        return False  # a region: "South East", "West Midlands"
    return not any(w in NOT_NAME_WORDS and not (i == last > 0 and w in SURNAME_WORDS and words[0].lower() not in _POST_WORDS)
                   for i, w in enumerate(words))


_POST_WORDS: Final = frozenset(POST_WORDS)
#: The words of a region's name: "North West", "East Midlands".
_COMPASS: Final = frozenset(("North", "South", "East", "West", "Midlands", "Central", "Eastern", "Western", "Northern", "Southern"))


#: Places and providers Ofsted inspects that are no council's children's services.
OTHER_PROVIDER_WORDS: Final = (
    r"(?i:\b(?:(?:primary|secondary|special|free|independent)\ )?schools?\b|\bacadem(?:y|ies)\b|\bnurser(?:y|ies)\b"
    r"|(?:children's|residential|care)\ homes?\b|\bcolleges?\b|fostering\ (?:agenc(?:y|ies)|services?|providers?)|\bsecure\ (?:training|children's)\ (?:centres?|homes?)"
    r"|\bhospitals?\b|\bprisons?\b|young\ offender|\bchildminders?\b|\bproviders?\b"
    r"|youth\ (?:offending|justice)\ (?:services?|teams?|partnerships?)|\badoption\ agenc(?:y|ies)\b"  # inspected by others or registered
    r"|\bpolice\ forces?\b|\bconstabular(?:y|ies)\b)"  # the police's own inspectorate
    r"(?!-\w)"  # a compound modifier ("school-age children") names no provider
)
OTHER_PROVIDER: Final = timed(OTHER_PROVIDER_WORDS)
#: A provider right after an event word: "inspected a primary school", "of a children's home".
OTHER_PROVIDER_AFTER: Final = timed(
    r"(?i:\ (?:of|at|into))?\ (?:(?i:a|an|the|its|one|two|three|several)|(?:(?:[A-Z][\w-]*,?|and|of|upon|on|under|with|the)\ ){0,4}[A-Z][\w-]*['\u2019]s)"  # "of Barking and Dagenham's"
    r"\ (?:[\w'-]+\ ){0,2}?" + OTHER_PROVIDER_WORDS
)
#: A count of councils as a subject: "30 councils have been inspected so far" (not "one
#: of three areas where ...").
COUNTED_COUNCILS: Final = timed(
    r"(?i:\b(?:\d+|\L<number_words>)\ (?:[\w-]+\ )?(?:councils|local\ authorities|authorities|areas|LAs)"
    r"\ (?:have|has|had|were|are|was)\b)",
    number_words=LISTS["number_words"],
)


#: Adult social care, whose figures and grades are no records of children's services.
ADULT_CARE: Final = timed(r"(?i:\badult\ (?:social\ (?:care|work(?:ers?)?)|services|care)\b|\badults'?\ (?:social\ care|services)\b"
                          r"|\bolder\ people(?:'s)?\ (?:services|teams?|social\ work(?:ers)?)\b)")
#: The scope a figure names right after itself: "12% in children's services", "9% among
#: adult social workers".
_OWN_SCOPE: Final = timed(r"\)?\ (?i:in|among|for|across|within)\ (?:(?i:the)\ )?")
_CHILDREN_SCOPE: Final = timed(r"(?i:children(?:'s|s')?\ (?:services|social\ (?:care|work(?:ers?)?))|child(?:ren)?\ and\ famil(?:y|ies)\b)")
#: A figure standing between a figure and an adults' scope: that scope is the other figure's.
_A_FIGURE: Final = timed(r"\d\ ?(?:%|(?i:per\ ?cent|percent|cases))")


def of_adults(ctx: Context, start: int, end: int) -> bool:
    """Whether the figure's clause is about adult social care ("the vacancy rate in adult
    social care fell to 7%", "against 9% in adult services"); a figure naming its own
    scope right after it ("12% in children's services and 8% in adult services") is of
    that scope, and an adults' scope another figure names is not this one's."""
    own = _OWN_SCOPE.match(ctx.text, end)
    if own is not None:
        if _CHILDREN_SCOPE.match(ctx.text, own.end()):
            return False
        if ADULT_CARE.match(ctx.text, own.end()):
            return True
    c_start = clause_start(ctx, start)
    if _WITH_CLAUSE.search(ctx.text, max(0, c_start - 8), c_start):
        c_start = clause_start(ctx, c_start - 6)  # "in adult social care ..., with a vacancy rate of 9.9%": the clause it modifies
    for adults in ADULT_CARE.finditer(ctx.text, c_start, clause_end(ctx, end)):
        between = (end, adults.start()) if adults.start() >= end else (adults.end(), start)
        if _COMPARED.search(ctx.text, *between):
            continue  # "3.1%, compared with 4.2% among adult social workers": the other side's
        if _A_FIGURE.search(ctx.text, *between):
            continue  # "12% in children's services and 8% in adult services": the other figure's
        return True
    return False


#: A clause that only adds to the one before it: "..., with a vacancy rate of 9.9%".
_WITH_CLAUSE: Final = timed(r",\ with$")
#: What sets a figure against another's: adults' on one side leave the other side's alone.
_COMPARED: Final = SET_AGAINST


#: A relative "when" right after a date: "(set up) in 2014, when an inspection found ...".
_WHEN_CLAUSE: Final = timed(r",?\ when\ ")
#: How far into the "when" clause a mention may stand.
_WHEN_REACH: Final = 60


def when_clause_date(ctx: Context, s_start: int, start: int, reach: int = _WHEN_REACH) -> str | None:
    """The date a relative "when" clause holding the mention at ``start`` hangs on: "The
    trust was set up in 2014, when an inspection found services inadequate" (the
    inspection's is 2014)."""
    for d in reversed(ctx.dates_in(s_start, start)):
        opened = _WHEN_CLAUSE.match(ctx.text, d.end)
        if opened is not None and d.value is not None and not d.forward and start - opened.end() <= reach \
                and not any(c in ctx.text[opened.end() : start] for c in ",;:"):
            return d.value
    return None
