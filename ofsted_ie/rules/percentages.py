"""Percentages: workforce shares with what they measure, for whom and when.

"10 per cent", "10%", "ten percent", word fractions ("half", "a third", "one in
five"), qualifiers ("more than", "nearly"), changes ("from 50 per cent in 2015 to
10 per cent"); "more than half (51 per cent)" is one record, 51. Percentage points
are changes, not levels, and are not records.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .._timed import FROM_END, timed
from .._vocab import FRACTIONS, MEASURE_WORDS, NUMBER_WORDS, QUALIFIER_PHRASES
from ..context import Context
from ..records import Measure, Percentage
from ..rule import Rule
from ._common import clause_end, clause_start, figure_authority, figure_value, number_value, of_adults
from ._fragments import DIGITS, LISTS, NUMBER_WORD
from ._measure_owners import LEADS_A_FIGURE, owned
from ._periods import THIS_COMPARES, figure_when, list_heading
from ._share_cells import labelled_as_share, row_label, share_column, share_rows
from ._tables import cell_at, column_name, column_year, head_authorities, header_of, places_in_table, table_title

RULE_PER_CENT: Final = "percentages.per_cent"
RULE_FRACTION: Final = "percentages.fraction"
RULE_SHARE_CELL: Final = "percentages.share_cell"

#: Every phrase of ``FRACTIONS`` holds one of these.
FRACTION_TRIGGERS: Final = ("half", "third", "quarter", "fifth", "sixth", "eighth", "tenth", " out of ", " in every ",
                            *(f"{sep}in{sep}{d}" for sep in " -" for d in "123456789"),
                            *(f"{sep}in{sep}{w}" for sep in " -" for w in NUMBER_WORDS))
#: "One in five" written with hyphens: "one-in-five posts".
_ALL_FRACTIONS: Final = {**FRACTIONS, **{k.replace(" ", "-"): v for k, v in FRACTIONS.items() if " in " in k}}
_PERCENTAGE_LISTS: Final = {
    **LISTS,
    "fractions": sorted(_ALL_FRACTIONS, key=len, reverse=True),
    "measure_words": sorted({w for ws in MEASURE_WORDS.values() for w in ws}, key=len, reverse=True),
}

# -- fragments ----------------------------------------------------------------------
_QUALIFIER = r"(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?"
_PER_CENT_SIGN = r"(?:\ ?%|\ (?i:per\ ?cent|percent)(?!\w)|\ ?(?i:pc)(?!\w))"
_VALUE = rf"(?P<value>{DIGITS}|{NUMBER_WORD})"
#: The lower end of a range or the start of a change, which takes the sign after the
#: upper: "between 20 and 30 per cent", "20-30%", "from 20 to 30 per cent".
_LOW = r"(?:(?:(?i:between)\ )?(?P<low>\d{1,3}(?:\.\d+)?)(?:\ ?-\ ?|\ (?i:and|to)\ )(?=\d))?"
_PER_CENT = rf"""
    (?<![\w.£$-]){_QUALIFIER}{_LOW}{_VALUE}{_PER_CENT_SIGN}
    (?!\ (?i:point|points))                                     # "5 percentage points" is a change
"""
#: What a word fraction is before these: no share ("half his life", "half an hour", "half
#: term") or an ordinal ("a fifth monitoring visit", "a third inspection", "a third time").
_NOT_A_SHARE = (
    r"(?!(?i:his|her|its|their|my|our|your|an?\ (?:hour|day|week|month|year)|the\ (?:time|day|week|month|year|term|century|way)"
    r"|term|time|hour|day|way|century)\b)"
    r"(?!(?<=(?i:\ba|\ban)\ (?i:third|fifth|sixth|eighth|tenth|quarter)\ )"
    r"(?i:times?|years?|visits?|monitoring|inspections?|re-inspections?|rounds?|reports?|consecutive|successive|straight"
    r"|letters?|phase|stage|place|full|annual|focused|joint|judge?ment|rating|grade)\b)"
)
_FRACTION = rf"""
    (?<![\w-])(?<!(?i:first|second|final|latter|former|last)\ ){_QUALIFIER}(?:(?P<fraction>(?i:\L<fractions>))
    (?!\ (?i:of)\ (?:(?:the|this|last|that|next)\ )?(?:year|month|week|decade|term|(?:19|20)\d\d)\b)   # "in the second half of 2020"
    (?=\ (?:of|\(|were|are|was|is|had|have)\b|\ (?i:\L<measure_words>)   # "a third of home visits"
      |\ {_NOT_A_SHARE}\w                                                     # any other word: "almost half said", "a third plan to leave"
      |\ [-\u2013\u2014]\ \d|\ (?i:or\ more)\b                               # "Nearly half - 56 councils -", "a third or more posts"
      |\ (?i:inspected|rated|judged|went|saw|improved|declined|remained|received|got)\b   # "a third inspected this year"
      |(?<=\ (?i:in)\ (?i:two|three|four|five|six|seven|eight|nine|ten))\ \w)  # "one in four social workers"
    |(?P<ratio>(?P<num>\d{{1,3}}|{NUMBER_WORD})\ (?i:in(?:\ every)?|out\ of)\ (?P<den>\d{{1,3}}|{NUMBER_WORD}))(?!\d)
      (?=\ \w|(?<=(?i:rate|share|proportion|figure)\ (?:(?i:of|was|is|at)\ )?(?:\w+\ ){{1,3}}\w+)[.,;]))  # "nine out of 10 councils",
                                                                             # "a vacancy rate of one in five."
    (?:(?:\ (?i:of)\ [^,.;:()\n%]{{1,60}}?)?\ \((?:{_QUALIFIER}){_VALUE}{_PER_CENT_SIGN}\))?   # "more than half (51 per cent)",
                                                                             # "three-quarters of councils (79%)"
"""
#: Any figure, for telling whose a date is: "from 50 per cent in 2015 to 10 per cent".
_FIGURE: Final = timed(r"(?<![\d.,])\d+(?:[.,]\d+)*(?:\ ?(?:%|(?i:per\ ?cent|percent)))?")
#: A measure's keyword; "agencies" of another kind ("fostering agencies") are providers, not agency staff.
_MEASURE_PATTERN: Final = timed(r"(?<!\w)(?<!(?i:fostering|adoption|placement|voluntary)\ )(?!(?<=(?i:care|school|college|university)\ )(?i:leavers))"
                                r"(?i:\L<measure_words>)(?!\w)",  # "care leavers" left nothing
                                measure_words=_PERCENTAGE_LISTS["measure_words"])
_COUNCIL_SHARE: Final = timed(
    r"\ (?!(?i:among|for|across)\ )(?:of\ )?(?:(?i:the|all|england's)\ )?(?:[\w-]+\ ){0,2}?(?i:councils|local\ authorities|authorities|children's\ services\ departments)\b"
)
_BY_WORD: Final = {w: k for k, ws in MEASURE_WORDS.items() for w in ws}
#: A rate heading the subject its figure is the complement of, with a relative clause or
#: a phrase between ("the vacancy rate, which includes agency cover, was 14%", "the
#: turnover rate among newly qualified social workers was 14%"): the rate's measure,
#: not its modifiers'.
_RATE_SUBJECT: Final = timed(
    r"(?i:\b(?P<kw>\L<measure_words>)(?:(?<=rate|turnover|churn|attrition|vacancies)|(?:\ (?:staff|workers?|social\ workers?))?\ rates?)"
    r"(?:,\ (?:which|that)\ [^,;:\d%]{1,100},|\ (?:among|amongst|for|of|in|across)\ [^,;:\d%]{1,60}?)"
    r"\ (?:was|is|were|are|stood\ at|stands\ at|reached|hit|remained\ at|remains\ at|(?:has\ |had\ )?(?:fallen|risen|dropped|fell|rose|dropped|climbed)\ to)"
    r"\ (?:(?:just|about|around|nearly|almost|over|under|only)\ )?$)",
    FROM_END, measure_words=_PERCENTAGE_LISTS["measure_words"])
#: A word standing for the measure just spoken of: "the figure", "the national rate", "an
#: average across England", "Kent's rate", "the lowest rate in the region", "it was", "this
#: compares with"; not one naming its own ("the figure for sickness absence").
_REFERS_BACK: Final = timed(r"(?i:\b(?:(?:the|its|their|this|that|(?-i:\p{Lu}[\w-]*)'s)\ (?:(?:national|england|english|regional|london|average|comparable"
                            r"|equivalent|same|overall|lowest|highest|best|worst|(?-i:\p{Lu}[\w-]*))\ ){0,2}(?:figure|rate|average|proportion|share|level)s?"  # "the proportions were", "Kent's rate", "the lowest rate"
                            r"|an?\ (?:(?:national|england|english|regional|london|overall)\ ){0,2}average)\b"
                            r"(?!\ (?:for|of|on|among)\b(?!\ (?:the\ )?(?-i:\p{Lu})|\ (?:(?:just|about|around|nearly|over)\ )?(?:\d|$)))"  # "the figure for England": a place's
                            r"|\b(?:this|that|which|these|it)\ (?:compares|compared)\ (?:with|to)\b"
                            r"|\b(?:it|they)\ (?:(?:had|has|have|now|still|currently|then|later|since|also|again)\ ){0,2}(?:was|is|were|are|stood|stands|had|has|fell|rose|reached|hit|climbed|dropped"
                            r"|increased|decreased|peaked|remained|remains|been|risen|fallen|falls|rises|reaches|grew|grown"
                            r"|(?:now\ )?(?:made\ up|make\ up|makes\ up|account(?:ed|s)?\ for|represent(?:ed|s)?))\b)")  # "they made up 27%"
#: A figure after a comma and "at" or "with", which its clause before names: "the lowest
#: rate in the region, at 6.2%".
_AT_AFTER_COMMA: Final = timed(r",\ (?i:at|with|on)\ (?:(?i:just|only|about|around|nearly|almost)\ )?$", FROM_END)
#: A clause that is a figure alone after a comma: "(the lowest rate,) at 6.2%".
_AT_CLAUSE: Final = timed(r"(?<=,\ )(?i:at|with|on)\ (?:(?i:just|only|about|around|nearly|almost)\ )?\d")
#: A share in figures or words: "19%", "Seventeen per cent".
_A_SHARE: Final = timed(r"(?i:(?:\d|\b[a-z]+)\ ?(?:%|per\ ?cent|percent)(?!\w))")
#: How far before the sentence before a referring word's figure its measure is looked for.
_BACK_REACH: Final = 400
#: A share's figure: "19%", "8 per cent".
_PER_CENT_FIGURE: Final = timed(r"\d\ ?(?:%|(?i:per\ ?cent|percent))")
#: A relative change, whose figure measures no rate of its own: "a rise of 26.6 per cent".
_CHANGE_OF: Final = timed(r"(?i:\b(?:a|an|the)\ (?:[\w-]+\ )?(?:rise|increase|fall|decrease|drop|growth|reduction|jump|cut)\ of\ $)",
                          FROM_END)
#: What joins coordinated measure words: "vacancy and turnover (rates)".
_COORDINATED: Final = timed(r"(?:\ (?i:staff|workers?|rates?))?(?:,\ (?:and\ )?|\ and\ |\ and\ the\ )")
#: A share of people giving a view, as a survey tells it: "40% of social workers said they
#: felt unsupported", "69% said they would stay", "a third of respondents": no workforce
#: measure, whatever the view names (their ASYE, agency work, leaving).
_A_VIEW: Final = timed(
    r"(?:\ (?i:of)\ (?:[\w'-]+\ ){0,7}?(?i:social\ workers|staff|practitioners|workers|managers|those\ (?:surveyed|asked|polled))"
    r"(?:\ (?!(?i:were|are|was|is|had|have|has|left|leave|who)\b)[\w'-]+){0,4}?)?"
    r"\ (?i:said|say|says|felt|feel|did\ not\ feel|do\ not\ feel|didn't\ feel|don't\ feel|agreed|agree|believed|believe"
    r"|thought|think|wanted|want|planned|plan|intended|intend|were\ considering|are\ considering|would\ (?:consider|like|leave|stay|recommend)"
    r"|were\ (?:satisfied|happy|unhappy|confident|proud|worried)|are\ (?:satisfied|happy|unhappy|confident|proud|worried))\b"
    r"|\ (?i:of)\ (?:(?i:the|all)\ )?(?:[\w'-]+\ )?(?i:respondents)\b"
)
#: A change's base right before a share: "(21%), up from (17%)", "down from".
_CHANGED_FROM: Final = timed(r"(?i:,?\ (?:(?:up|down|rising|falling|rose|fell|increased|decreased|a\ rise|a\ fall)\ from|(?P<set>against|compared\ (?:with|to)))\ $)",
                             FROM_END)  # "made up 18% of the permanent workforce, against 11% in 2022": the level's measure
#: A share figure, its number whole.
_A_SHARE_FIGURE: Final = timed(r"(?<![\d.])\d+(?:\.\d+)?\ ?(?:%|(?i:per\ ?cent|percent))")
#: A verb of change and "by" right before a share: "had fallen by (a fifth)", "rose by (12%)".
_CHANGED_BY: Final = timed(
    r"(?i:\b(?:risen|rose|rises|rise|fallen|fell|falls|fall|grown|grew|grows|dropped|drops|increased|increases|decreased|decreases"
    r"|cut|reduced|reduces|climbed|climbs|jumped|jumps|shrunk|shrank)\ by\ (?:(?:more\ than|almost|nearly|about|around|over|some|just\ over|just\ under)\ )?$)",
    FROM_END,
)
#: A figure in a list after a colon in its sentence: "has changed: 21% in 2018, 24% in 2020".
_AFTER_COLON: Final = timed(r":\ (?:[^.;:!?\n]|\.(?=\d)){0,118}$", FROM_END)
#: A verb of losing right before a share of workers: "Kent lost 12% of its social workers".
_LOST_BEFORE: Final = timed(r"(?i:\b(?P<verb>lost|loses|lose|losing|shed|sheds|shedding)\ (?:(?:almost|nearly|about|around|over|more\ than|some)\ )?"
                            r"(?:\d+(?:\.\d+)?\ ?(?:%|per\ ?cent)(?:,\ and\ |,\ |\ and\ )){0,4}$)", FROM_END)  # "lost 14% and (16%)"
_OF_WORKERS: Final = timed(r"(?:(?:,\ and\ |,\ |\ and\ )\d+(?:\.\d+)?\ ?(?:%|(?i:per\ ?cent))){0,4}"  # "(14%) and 16% of their staff"
                           r"\ (?i:of)\ (?:[\w'-]+\ ){0,4}?(?i:social\ workers|workers|staff|practitioners|workforce)\b")
#: The words a clause set against a share may hold before its own figure, naming no
#: subject of its own: a council's name, a pronoun, a link ("while Bury had the lowest,
#: at", "and in Wigan", "whereas Bury managed just"); not "and re-referrals ran at".
_SET_AGAINST_WORDS: Final = ("had", "has", "have", "was", "were", "is", "are", "the", "lowest", "highest", "at", "just", "only",
                             "for", "in", "with", "recorded", "reported", "used", "them", "it", "managed", "saw", "a", "its",
                             "their", "figure", "rate", "share", "of", "nearly", "about", "around", "over", "under", "almost",
                             "some", "stood", "to", "fell", "rose", "by", "contrast", "comparison", "neighbouring", "nearby",
                             "council's", "authority's", "county's", "borough's", "city's",
                             "and", "upon", "on")  # the small words of names: "Kingston upon Hull", "Barking and Dagenham"
#: A share, then a word setting what follows against it, then such words up to the next
#: figure: "6.7% in Kent in 2020, and ", "39%, while Bury had the lowest, at ".
_SET_AGAINST_SHARE: Final = timed(
    r"\d\ ?(?:%|(?i:per\ ?cent|percent))(?:[^%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?"
    r"(?i:\b(?:while|whilst|whereas|but|and|compared\ with|compared\ to|against|than)\b)"
    r"(?:,?\ (?:\p{Lu}[\w'&-]*|(?i:\L<set_against_words>)(?!\w)|(?:19|20)\d\d)){0,10},?\ $",
    set_against_words=sorted(_SET_AGAINST_WORDS, key=len, reverse=True))
#: A council reporting a figure that names no measure of its own: "Kent reported 9%",
#: "Wigan had 12 per cent", "Bury recorded a figure of 15%".
_REPORTED: Final = timed(r"(?i:\b(?:reported|recorded|registered|posted|had|has)\ (?:a\ (?:figure|rate|level)\ of\ )?"
                         r"(?:(?:just|only|around|about|nearly)\ )?$)")
#: The predicate of a share of a group, up to the next figure: "19% of posts were vacant".
_OWN_PREDICATE: Final = timed(r"\ (?i:of)\ [^\d%;:]{1,80}")
#: The same up to a comma: what follows one is another clause's ("4% of the workforce,
#: turnover is 8.7%": turnover is not the 4%'s).
_OWN_OBJECT: Final = timed(r"\ (?i:of)\ [^\d%;:,]{1,80}")
#: A copula and its complement naming a measure, which the share is of, whatever its noun
#: phrase names before: "(11% of posts for permanent workers) remain unfilled", "(34% of
#: posts) are not filled by permanent staff", "(14% of social workers) were agency workers".
_COPULA_MEASURE: Final = timed(
    r"\ (?i:were|are|was|is|remain|remains|remained|stood|sat|lay|(?:have|has|had)\ been)\ (?:(?i:still|currently|now)\ )?"
    r"(?P<kw>(?i:\L<measure_words>))(?!\w)",
    measure_words=_PERCENTAGE_LISTS["measure_words"],
)
#: A share in brackets after a count of workers, or a share of a group of workers, then
#: a verb of leaving: "40 social workers (20 per cent) left", "14% of newly qualified
#: social workers left within a year" (not "of those who left": a share of leavers).
_LEFT_AFTER: Final = timed(r"(?:\)\ |\ (?i:of)\ (?:(?!(?i:who|that|which)\b)[\w'-]+\ ){1,5}?"
                           r"|\ (?=(?:[\w'-]+\ ){0,2}(?i:social\ workers|workers|staff|practitioners)\b)(?:(?!(?i:who|that|which)\b)[\w'-]+\ ){1,6}?)"  # "one in five permanent social workers (in Kent) left"
                           r"(?:(?i:had|have|has)\ )?"
                           r"(?P<verb>(?i:left|quit|resigned|moved\ on))\b")
#: A clause that leaves its measure to the one before: "while Sutton has", "and Wigan's
#: figure is", "compared with 9% in Kent".
_ELIDED_BEFORE: Final = timed(
    r"(?:(?:\b(?:while|whereas|(?<!\p{Lu}[\w'&-]*\ )and|but|against|compared\ (?:with|to))|,\ with)\ (?:(?:in|for)\ )?"  # not "West and Chester"
    r"(?:\p{Lu}[\w'&-]*(?:,?\ (?:\p{Lu}[\w'&-]*|and|upon|on|in|of|with))*?|(?:the|its|their)\ (?:own\ )?figure"
    r"|(?i:one|another|some|several|a\ few|the\ worst|the\ best)\ (?:(?:local|other|single)\ )?(?i:authority|authorities|council|councils|area|areas))"
    r"(?:'s)?"  # "Blackburn with Darwen's"; ", with one authority at"
    r"(?:\ (?:(?:\p{Lu}[\w'&-]*|City|County|Borough)\ )*(?:Council's\ )?(?:figure|rate|share))?"
    r"(?:\ [\w-]+){0,6}?\ (?:has|had|have|is|was|were|stands\ at|stood\ at|reached|recorded|reported|at|on)\ (?:a\ |just\ |only\ )?$"
    r"|(?i:\b(?:while|whereas|and|but)\ (?:nationally\ it|(?:the\ )?(?:national|england|regional)\ (?:average|figure)"
    r"|the\ average\ (?:for|across|in)\ (?:england|the\ country))\ (?:is|was|stood\ at|stands\ at)\ $))",   # "while nationally it was"
    FROM_END,
)
#: The head of a share's noun phrase, up to a relative clause or verb: "the percentage of
#: agency social workers who were filling vacant posts" measures agency staff.
_HEAD_OF: Final = timed(r"(?i:\b(?:percentage|proportion|share|number)\ of\ (?P<np>(?:[\w'-]+\ ){0,5}?[\w'-]+),?\ "
                        r"(?:who|which|that|were|are|was|is|had|have|has|fell|rose|grew|dropped|increased|decreased)\b[^;:]*$)")
#: What may stand between a share's head and its figure: no other figure but the start of
#: its change ("... fell from 70.5% to").
_ONLY_FROM: Final = timed(r"[^\d]*?(?:\bfrom\ \d{1,3}(?:\.\d+)?\ ?(?:%|(?i:per\ ?cent))\ to\ )?")
#: A range's or list's later figures, whose measure is the lead's: "between 2% and 40%".
_RANGE_BEFORE: Final = timed(r"(?i:\b(?:between|ranging\ from|varying\ from|from)\ $|\d\ ?(?:%|per\ ?cent)\ (?:and|to)\ $)", FROM_END)
#: A number that counts time, no figure a date may belong to: "9% in the 12 months to December 2019".
_DURATION: Final = timed(r"\ (?i:months?|years?|weeks?|days?|quarters?)\b")
#: A label's line before its colon, whose words say what the figure after it measures:
#: "Agency social workers: 28 per cent".
_LABEL: Final = timed(r"(?:^|(?<=\n))[^\n.;:!?]{2,60}:\ ?$")
_SUBJECT_AFTER: Final = timed(r"\ of\ (?P<subject>[^,.;:()\n]{3,80}?)(?=\ (?:were|are|was|is|had|have|having|did|do|who|in\ \d)\b|[,.;:()\n]|$)")


def _column_measure(ctx: Context, start: int) -> tuple[Measure, str | None] | None:
    """In a table row ("Kent | 25.1% | 20.3%", cells parted by tabs, bars or wide gaps),
    the measure its column's header names; ``None`` outside a table or when the header
    names no measure."""
    cell = cell_at(ctx, start)
    if cell is None:
        return None
    name = column_name(ctx, cell)
    if name is None:
        return None
    found = _MEASURE_PATTERN.search(name)
    year = column_year(ctx, cell) is not None
    label = row_label(ctx, cell.row) if found is None and year else ""
    if label and labelled_as_share(ctx, cell.row):  # "Agency social workers (%)" under "Measure | 2021 | 2022": the row's measure
        found = _MEASURE_PATTERN.search(label)
        return (_BY_WORD[found.group().lower()], label) if found is not None else ("other", label)
    title = table_title(ctx, cell.row) if found is None and year else None
    if title is not None:  # a year's column under a title naming the measure: "Agency staff share, 2018 to 2020"
        found = _MEASURE_PATTERN.search(title)
    if found is not None:
        return _BY_WORD[found.group().lower()], name
    header = header_of(ctx, cell.row)
    if header is not None and _MEASURE_PATTERN.search(ctx.text, *header.span):
        return "other", name or None  # a header naming other columns' measures
    return None


def _measure(ctx: Context, start: int, end: int) -> tuple[Measure, str | None]:
    """The measure whose keyword is nearest the figure within its clause (in a table,
    its column's header); a share of councils ("nine out of 10 councils") measures no
    workforce."""
    column = _column_measure(ctx, start)
    if column is not None:
        return column
    if _COUNCIL_SHARE.match(ctx.text, end):
        return "other", None
    s_first = ctx.prepared.sentence_at(start)[0]
    change = _CHANGED_FROM.search(ctx.text, max(s_first, start - 24), start)
    if change is not None and change.group("set") and _MEASURE_PATTERN.search(ctx.text, end, max(end, clause_end(ctx, end))):
        change = None  # "compared with 15% of staff who were permanent": a measure of its own
    levels = list(_A_SHARE_FIGURE.finditer(ctx.text, s_first, change.start())) if change is not None else []
    if levels:  # "made up 21% of the permanent workforce, up from 17% a year before": the level's measure
        return _measure(ctx, levels[-1].start(), levels[-1].end())
    if _A_VIEW.match(ctx.text, end):
        return "other", None  # "40% of social workers said they felt unsupported in their ASYE": a view
    if _CHANGED_BY.search(ctx.text, max(0, start - 40), start):
        return "other", None  # "agency use had fallen by a fifth": a change, no level of a measure
    left = _LEFT_AFTER.match(ctx.text, end)
    if left is not None:  # "40 social workers (20 per cent) left the council": those who left
        return "turnover", left.group("verb")
    lost = _LOST_BEFORE.search(ctx.text, max(0, start - 30), start)
    if lost is not None and _OF_WORKERS.match(ctx.text, end):  # "Kent lost 12% of its social workers": those who left
        return "turnover", lost.group("verb")
    rate = _RATE_SUBJECT.search(ctx.text, max(ctx.prepared.sentence_at(start)[0], start - 160), start)
    if rate is not None:  # "the vacancy rate, which includes posts covered by agency staff, was 14%": the head's
        return _BY_WORD[rate.group("kw").lower()], rate.group("kw")
    words = list(_MEASURE_PATTERN.finditer(ctx.text, max(s_first, start - 200), start))
    leading = [k for i, k in enumerate(words) if (lead := LEADS_A_FIGURE.match(ctx.text, k.end())) is not None
               and start <= lead.end() - 1 < end and not (i and _COORDINATED.fullmatch(ctx.text, words[i - 1].end(), k.start()))]
    if leading:  # "ASYEs make up 15% of the permanent workforce": the subject's measure, not the base's
        # (not "vacancy and turnover rates were 18% and 21%": coordinated words pair with their figures)
        return _BY_WORD[leading[-1].group().lower()], leading[-1].group()
    after = _OWN_OBJECT.match(ctx.text, end)
    own_after = _MEASURE_PATTERN.search(ctx.text, end, min(clause_end(ctx, end), after.end())) if after is not None else None
    if own_after is not None and LEADS_A_FIGURE.match(ctx.text, own_after.end()):
        own_after = None  # "15.8% of the workforce and turnover was 15.2%": the next figure's subject
    copula = _COPULA_MEASURE.search(ctx.text, end, min(clause_end(ctx, end), after.end())) if after is not None and own_after else None
    if copula is not None:  # "11% of posts for permanent workers remain unfilled": vacancies
        return _BY_WORD[copula.group("kw").lower()], copula.group("kw")
    if own_after is not None:  # "14% of social workers were agency workers and 19% of posts were vacant": 19 is vacancies
        return _BY_WORD[own_after.group().lower()], own_after.group()
    c_start, c_end = clause_start(ctx, start), clause_end(ctx, end)
    head = _HEAD_OF.search(ctx.text, max(ctx.prepared.sentence_at(start)[0], start - 200), start)
    if head is not None and not _ONLY_FROM.fullmatch(ctx.text, head.end("np"), start):
        head = None  # "The proportion of agency staff was 20%, while 15% of posts were vacant": 15% is not its
    own = _MEASURE_PATTERN.search(ctx.text, *head.span("np")) if head is not None else None
    if own is not None:  # "the percentage of agency social workers who were filling vacant posts": agency staff
        return _BY_WORD[own.group().lower()], own.group()
    # a clause's keywords, the same for each of its figures: found once
    keywords = ctx.memo(("percentages", "clause-measures", c_start, c_end),
                        lambda: tuple(_MEASURE_PATTERN.finditer(ctx.text, c_start, c_end)))
    found = [(min(abs(m.start() - end), abs(start - m.end())), m) for m in owned(ctx.text, keywords, start, end, c_start, c_end)]
    label = _LABEL.search(ctx.text, max(0, c_start - 64), c_start) if not found else None
    if label is not None:  # "Agency social workers: 28 per cent": the label's measure
        found = [(0, k) for k in _MEASURE_PATTERN.finditer(ctx.text, *label.span())][:1]
    if not found and (_ELIDED_BEFORE.search(ctx.text, max(c_start - 12, start - 80), start)
                      or _RANGE_BEFORE.search(ctx.text, max(c_start, start - 30), start)
                      or _AFTER_COLON.search(ctx.text, max(ctx.prepared.sentence_at(start)[0], start - 120), start)):
        # "a vacancy rate of 27%, while Sutton has 37%", "..., with councils between 2% and
        # 40%", "its agency rate has changed: 21% in 2018, 24% in 2020": the clause's measure is its lead's
        s_start = ctx.prepared.sentence_at(start)[0]
        earlier = list(_MEASURE_PATTERN.finditer(ctx.text, s_start, c_start))
        found = [(0, earlier[-1])] if earlier else []
    if not found and not _OWN_PREDICATE.match(ctx.text, end):
        # "The vacancy rate was 6.7% in Kent, and 11.6% in Wigan", "..., while Bury had the
        # lowest, at 4%": a figure set against the share before it shares its measure
        s_start = ctx.prepared.sentence_at(start)[0]
        earlier = list(_MEASURE_PATTERN.finditer(ctx.text, s_start, start))
        if earlier and _SET_AGAINST_SHARE.search(ctx.text, earlier[-1].end(), start):
            found = [(0, earlier[-1])]
    if not found and _CHANGE_OF.search(ctx.text, max(c_start, start - 40), start):
        s_start = ctx.prepared.sentence_at(start)[0]
        b_start = ctx.prepared.sentence_at(s_start - 1)[0] if s_start > 0 else s_start
        if THIS_COMPARES.match(ctx.text, s_start) and not _A_SHARE_FIGURE.search(ctx.text, b_start, s_start):
            before = list(_MEASURE_PATTERN.finditer(ctx.text, b_start, s_start))  # the count the sentence before states: its measure
            if before:
                return _BY_WORD[before[-1].group().lower()], before[-1].group()
        return "other", None  # "This compares with 3,610 in 2013, a rise of 20%": a change in a count
    if not found and (_REFERS_BACK.search(ctx.text, max(c_start, start - 80), start)
                      or (_AT_AFTER_COMMA.search(ctx.text, max(c_start - 4, start - 12), start)
                          and _REFERS_BACK.search(ctx.text, max(ctx.prepared.sentence_at(start)[0], c_start - 120), c_start))
                      or (_REPORTED.search(ctx.text, max(c_start, start - 40), start) and ctx.mentions_in(c_start, start))):
        # "Kent's vacancy rate was 14%. Nationally, the figure was 8%.", "..., while it was 5% in
        # Wigan", "Kent reported 9%": the measure the word stands for, in the clauses before
        s_start = ctx.prepared.sentence_at(start)[0]
        before = list(_PER_CENT_FIGURE.finditer(ctx.text, s_start, start))
        # the figure just before in its sentence is the one referred to: its clause's measure, or none
        # ("re-referrals ran at 19%, below the national rate of 22.6%")
        back = ctx.prepared.sentence_with_previous(start)[0]
        if back == s_start and s_start > 0:  # a paragraph of one sentence: the one before, across the break
            back = ctx.prepared.sentence_at(s_start - 2)[0]
        lo, hi = back, c_start
        if before:  # from the figure before that one, if any: "was 8.1%, and re-referrals ran at 19%"
            lo, hi = max(clause_start(ctx, before[-1].start()), before[-2].end() if len(before) > 1 else s_start), before[-1].end()
        earlier = list(_MEASURE_PATTERN.finditer(ctx.text, lo, hi))
        chained = bool(before) and not earlier and bool(_REFERS_BACK.search(ctx.text, lo, before[-1].start()) or _AT_CLAUSE.match(ctx.text, lo))
        if chained:
            # that figure referred back too ("In Bury the figure was 21%, while across the region
            # the rate was 11%", "the lowest rate, at 6%, while X had the highest, at 38%"):
            # the measure both stand for, before it
            earlier = list(_MEASURE_PATTERN.finditer(ctx.text, back, lo))
        if not earlier and (chained or not before) and head is None:
            # "Behind the regional figure lies a spread. Kent's rate was ...": the measure of a
            # share told further back
            earlier = [k for k in _MEASURE_PATTERN.finditer(ctx.text, max(0, back - _BACK_REACH), back)
                       if _A_SHARE.search(ctx.text, *ctx.prepared.sentence_at(k.start()))][-1:]
        found = [(0, earlier[-1])] if earlier else []
    heading = list_heading(ctx, start) if not found else None
    if heading is not None:  # "Vacancy rates in September 2023" above "Kent: 8.7%": the heading's measure
        found = [(0, h) for h in _MEASURE_PATTERN.finditer(ctx.text, *heading)][:1]
    if not found:
        return "other", None
    _, m = min(found, key=lambda x: x[0])
    return _BY_WORD[m.group().lower()], m.group()


def _subject(ctx: Context, end: int, keyword: str | None) -> str | None:
    m = _SUBJECT_AFTER.match(ctx.text, end)
    if m is not None:
        return m.group("subject").strip()
    if keyword is not None:
        return keyword
    return None


def _when(ctx: Context, start: int, end: int) -> str | None:
    """The date of the figure: in a table, the year its column's header names; else one
    that no other figure of the sentence stands nearer to, else the period its level,
    sentence, list, paragraph or article states (``figure_when``)."""
    cell = cell_at(ctx, start)
    year = column_year(ctx, cell) if cell is not None else None
    if year is not None:
        return year  # "Council | 2019 | 2020", "Agency rate 2019"
    s_start, s_end = ctx.prepared.sentence_at(start)
    stop = max(s_end, end)

    def figures() -> tuple[tuple[int, int], ...]:  # the sentence's figures but its dates' digits and durations
        in_dates = [(d.start, d.end) for d in ctx.dates_in(s_start, stop)]
        return tuple(
            m.span() for m in _FIGURE.finditer(ctx.text, s_start, stop)
            if not any(a <= m.start() < b for a, b in in_dates) and not _DURATION.match(ctx.text, m.end())
        )

    # the same for every figure of the sentence: found once
    return figure_when(ctx, start, end, list(ctx.memo(("percentages", "figures", s_start, stop), figures)))


def _record(m: regex.Match[str], ctx: Context, value: float, approximate: bool) -> Percentage:
    measure, keyword = _measure(ctx, m.start(), m.end())
    ctx.note_why(m.start(), m.end(), "measure", measure, f"the measure word {keyword!r} (the nearest in its clause, its "
                 "phrase's head, its column's or list's heading)" if keyword else "no measure word in its clause, column or heading")
    qualifiers = [q for q in m.captures("qualifier") if q]
    return Percentage(
        authority=figure_authority(ctx, m.start(), m.end()),
        value=round(value, 1),
        approximate=approximate,
        qualifier=QUALIFIER_PHRASES[qualifiers[0].lower()] if qualifiers else None,
        measure=measure,
        subject=_subject(ctx, m.end(), keyword),
        when=_when(ctx, m.start(), m.end()),
        start=m.start(),
        end=m.end(),
    )


#: Pupils, students and graduates, whose shares are no workforce's: "12% of pupils in the county".
_NOT_WORKFORCE: Final = timed(r"\ (?i:of)\ (?:[\w'-]+\ ){0,6}?(?i:pupils|students|graduates)\b")
#: A share of another rate, or a difference from it, not a level: "40% higher than the
#: England average", "50 per cent above the national rate", "a third of the England figure".
_OF_A_RATE_AFTER: Final = timed(
    r"(?:\ (?i:higher|lower|greater|more|less|above|below)(?:\ (?i:than|that\ of))?|\ (?i:of))"
    r"\ (?:(?i:the|its|their|that\ of\ the)\ )(?:[\w'-]+\ ){0,3}?(?i:average|rate|figure|level|mean)\b")
#: A ratio of two rates told as a share: "a ratio of 31%", "the ratio was 1.2".
_RATIO_BEFORE: Final = timed(r"(?i:\bratio\ (?:of|is|was|stood\ at|stands\ at)\ (?:(?:about|around|roughly|nearly)\ )?$)", FROM_END)
#: The areas of an inspection a ratio counts: "three out of five (inspected) areas".
_OF_AREAS: Final = timed(r"(?:\ (?i:of))?(?:\ [\w'-]+){0,2}?\ (?i:areas|judge?ments|categories|domains|aspects)\b")  # "four out of five of the key areas"


def _build_per_cent(m: regex.Match[str], ctx: Context) -> list[Percentage] | None:
    value = number_value(m.group("value"))
    if value is None or value > 100 or of_adults(ctx, m.start(), m.end()) or _NOT_WORKFORCE.match(ctx.text, m.end()) \
            or _RATIO_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) or _OF_A_RATE_AFTER.match(ctx.text, m.end()):
        return None  # "a ratio of 31%" between two rates is no share, nor "40% higher than the average"
    out = [_record(m, ctx, value, False)]
    low = figure_value(m.group("low")) if m.group("low") else None
    if low is not None and low <= 100:
        out.insert(0, attrs.evolve(out[0], value=round(low, 1)))
    return out


def _build_fraction(m: regex.Match[str], ctx: Context) -> Percentage | None:
    if of_adults(ctx, m.start(), m.end()) or _NOT_WORKFORCE.match(ctx.text, m.end()) or _OF_A_RATE_AFTER.match(ctx.text, m.end()):
        return None
    if m.group("ratio"):
        num, den = number_value(m.group("num")), number_value(m.group("den"))
        if num is None or den is None or not 0 < num <= den or den < 2 or _OF_AREAS.match(ctx.text, m.end()):
            return None  # "in three out of five inspected areas": a count of an inspection's judgements
        return _record(m, ctx, 100 * num / den, True)
    if m.group("value"):
        value = number_value(m.group("value"))
        if value is None or value > 100:
            return None
        return _record(m, ctx, value, False)
    return _record(m, ctx, _ALL_FRACTIONS[m.group("fraction").lower()], True)


#: A bare figure filling a table cell: "14.2" in "Derby | 14.2 | 9.1" (``qualifier`` never matches).
_CELL_FIGURE = r"(?<![\w.%,-])(?P<value>\d{1,3}(?:\.\d+)?)(?![\w.%,]|\ ?(?i:per\ ?cent|percent)\b)(?P<qualifier>(?!))?"


def _build_share_cell(m: regex.Match[str], ctx: Context) -> Percentage | None:
    """A bare figure that is a whole cell of a column headed as a share ("Vacancy rate (%)")."""
    cell = cell_at(ctx, m.start())
    if cell is None or cell.span != m.span() or not share_column(ctx, cell):
        return None
    value = number_value(m.group("value"))
    if value is None or value > 100:
        return None
    record = _record(m, ctx, value, False)
    if cell.column > 0 and not head_authorities(ctx, cell.row) and labelled_as_share(ctx, cell.row) \
            and not places_in_table(ctx, cell.row.table):  # "Vacancy rate (%) | 27.3" in a table of one council's measures
        start, end = cell.row.cells[0]
        return attrs.evolve(record, authority=figure_authority(ctx, start, end))
    if cell.column > 0 and not head_authorities(ctx, cell.row):  # "Statistical neighbour average | 19.3", "England | 17.6"
        ctx.note_why(m.start(), m.end(), "authority", None, "a table row whose head names no council: an aggregate's")
        return attrs.evolve(record, authority=None)
    return record


RULES: Final = (
    Rule(name=RULE_FRACTION, kind="percentages", pattern=_FRACTION, build=_build_fraction, lists=_PERCENTAGE_LISTS,
         triggers=FRACTION_TRIGGERS, scope="sentence", word_start=True),
    Rule(name=RULE_PER_CENT, kind="percentages", pattern=_PER_CENT, build=_build_per_cent, lists=_PERCENTAGE_LISTS,
         triggers=("%", "per cent", "percent", "pc"), scope="sentence", word_start=True),
    # a table's rows hold no sign: its header's share column does (``share_rows``)
    Rule(name=RULE_SHARE_CELL, kind="percentages", pattern=_CELL_FIGURE, build=_build_share_cell, lists=_PERCENTAGE_LISTS,
         triggers=tuple("0123456789"), scope="paragraph", where=share_rows),
)
