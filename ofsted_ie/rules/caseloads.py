"""Caseloads: cases per social worker, with the statistic and qualifier.

"averaging 20 cases", "average caseload of 22", "the reported average of 22" (in a
sentence about caseloads), "caseloads of up to 30", "as many as 35 cases",
"caseloads have fallen from 25 to 18", "caseloads range from 12 to 18", "15 cases on
average", workers "holding 30-35 cases each" or "responsible for over 40 children", a
change told of a word referring back ("these went from 22 in 2017 to 16"), an earlier
level beside a caseload ("down from 19.2"). Counts of cases ("15 cases where no social
worker had been allocated") are not caseloads.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs
import regex

from .._timed import timed
from .._vocab import QUALIFIER_PHRASES
from ..context import Context
from ..records import Caseload, Statistic
from ..rule import Rule
from ._common import clause_start, figure_authority, figure_value
from ._fragments import DIGITS, LISTS, opening
from ._tables import cell_at, column_name, head_authorities, row_authorities

RULE_AVERAGE: Final = "caseloads.average"
RULE_CASELOAD_OF: Final = "caseloads.caseload_of"
RULE_AS_MANY_AS: Final = "caseloads.as_many_as"
RULE_CHANGE: Final = "caseloads.change"
RULE_TABLE_ROW: Final = "caseloads.table_row"
RULE_EXTREME: Final = "caseloads.extreme"
RULE_RANGE: Final = "caseloads.range"
RULE_HELD: Final = "caseloads.held"
RULE_EARLIER: Final = "caseloads.earlier"
RULE_WENT_FROM: Final = "caseloads.went_from"

#: A month after a number makes it a date: "as of 30 September".
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_NUM = rf"(?P<value>{DIGITS})(?!\ ?%|\ per\ ?cent|\d|\ {_MONTH})"
_PER_WORKER = r"(?:\ (?i:per|for\ each|for\ every|a)\ (?:[\w-]+\ ){0,5}?(?i:social\ workers?|workers?|practitioners?|caseholders?))?"
#: Where a caseload is: "the average caseload in Kent is 18".
_WHERE = r"(?:\ (?i:in|at|across)\ (?:[\w'&,-]+\ ){0,4}?[\w'&-]+)"
#: What links an average caseload to its figure: "is", "of", "has risen to", "stood at".
_LINK = r"(?i:of|at|was|is|were|are|stood\ at|reached|(?:has\ |had\ |have\ )?(?:risen|rose|fallen|fell|dropped|increased|decreased|grown|grew|reduced|come\ down|gone\ (?:up|down))\ to)"
#: The low end of a range before ``_NUM``: "between 20 and", "30-", "20 to", "60 or".
_LOW = r"(?:(?i:between)\ (?P<low>\d{1,3}(?:\.\d+)?)\ (?i:and|to|-)\ |(?P<low>\d{1,3}(?:\.\d+)?)\ ?(?:-|\u2013|(?i:to|or))\ ?)"
_AVERAGE = rf"""
    (?<!\w)(?i:averag(?:e|es|ing|ed))\ (?:(?:(?i:social\ work|children's|practitioner|worker)\ )?(?i:caseload|caseloads|case\ load|number\ of\ cases){_PER_WORKER}
      (?:{_WHERE}\ (?i:was|is|stood\ at|of)\ |(?:\ [\w'&()-]+,?){{0,10}}?\ {_LINK}\ |\ (?:(?i:of|was|is|at|stood\ at)\ )?)|(?i:of)\ |(?:(?i:across|in)\ (?:[\w'&,-]+\ ){{1,4}}?)?(?i:was|is|stood\ at)\ )?
    (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM}(?:\ (?i:cases|children))?   # "averaging 20 cases", "average caseload of 22"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ (?i:cases|children)(?:\ (?i:each))?\ (?P<on_average>(?i:on\ average))
                                                               # "each social worker holds 15 cases on average"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ (?i:as\ (?:an|the|their)\ average)\b   # "Kent reporting 9.8 as an average"
"""
_CASELOAD_OF = rf"""
    (?<!\w)(?i:caseloads?|case\ loads?)(?:\ (?i:per)\ (?:social\ )?(?i:worker|practitioner))?(?:\ (?i:for|of|among|in)\ (?:[\w'-]+\ ){{0,5}}?[\w'-]+)?   # "caseloads for some social workers"
    \ (?:(?i:of|at|were|was|are|is|stood\ at|stand\ at|stands\ at|remain\ at|remained\ at|reached|(?:have\ |has\ |had\ )?(?:fallen|fell|dropped|reduced|risen|rose|increased)\ to)\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?
    |(?:(?i:were|was|are|is|of|(?:could|can|would|may|might)\ be)\ )?(?P<qualifier>(?i:as\ high\ as|as\ many\ as|up\ to))\ ){_LOW}?{_NUM}   # "caseloads of up to 30", "caseloads as high as 40"
"""
_AS_MANY_AS = rf"""
    (?<!\w)(?P<qualifier>(?i:as\ many\ as|up\ to|more\ than|over))\ {_NUM}\ (?i:cases)\b   # "as many as 35 cases"
"""
_CHANGE = rf"""
    (?<!\w)(?:(?P<average>(?i:average))\ )?(?i:caseloads?){_WHERE}?\ (?:(?i:have|had|has)\ )?(?:been\ )?(?i:fallen|fell|reduced|dropped|risen|rose|increased|gone\ down|gone\ up|cut)
    \ (?i:from)\ (?P<old>{DIGITS})\ (?i:to)\ {_NUM}            # "caseloads have fallen from 25 to 18"
"""
_RANGE = rf"""
    (?<!\w)(?P<average>(?i:average)\ )?(?i:caseloads?|case\ loads?)(?:{_WHERE}|(?:\ [\w'-]+){{1,8}}?(?=\ (?i:range|ranged|ranging|varied|vary|varying)\b))?
    \ (?:(?i:range|ranged|ranging|varied|vary|varying)\ (?i:from|between)
    |(?:(?i:were|are|of)\ )?(?i:between))\ (?:(?i:as\ low\ as)\ )?(?P<low>{DIGITS})
    (?:\ (?i:cases|children)(?:\ [\w'-]+){{0,6}}?(?=\ (?i:in|at|for)\ ))?(?P<low_place>\ (?i:in|at|for)\ [^,.;]{{1,40}}?)?
    ,?\ (?i:to|and|-)\ (?:(?i:as\ high\ as)\ )?{_NUM}                                                    # "caseloads range from 12 to 18"
"""
#: A worker holding a number of cases or children: "holding 30-35 cases each", "had 60 or
#: 70 cases", "responsible for over 40 children"; an elided second figure of the same
#: sentence is its own ("and a few had 50-55", "a handful up to 45").
_HOLD_VERB = r"""(?i:hold|holds|holding|held|carry|carries|carrying|carried|have|has|had|having|manage|manages
    |managing|managed|handle|handles|handling|handled|juggle|juggles|juggling|juggled|(?:deal|deals|dealing|dealt
    |work|works|working|worked)\ with|(?:look|looks|looking|looked)\ after|responsible\ for)"""
#: What every ``_HOLD_VERB`` opens with: keep the two in step.
_HOLD_OPENING: Final = opening(("hold", "held", "carr", "ha", "manag", "handl", "juggl", "deal", "work", "look",
                                 "responsible"))
_HOLD_NOUN = r"(?i:cases|children|families|child\ protection\ cases|children\ in\ need)"
_PER_TIME = r"(?i:each|apiece|at\ a\ time|at\ any\ (?:one\ )?time|per\ (?:social\ )?worker)"
_ELIDED = r"""(?i:a\ few|some|a\ handful|others|one|several|many|a\ minority|a\ number)(?:\ [\w'-]+){0,3}?
    (?:\ (?i:had|have|held|holding|carried|carrying|with|on))?"""
_HELD = rf"""
    {_HOLD_OPENING}(?<!\w){_HOLD_VERB}\ (?:(?i:a|an)\ (?:(?i:more|less|very|far)\ )?(?i:manageable|unmanageable|high|heavy|low)\ )?
    (?P<figure>(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM}\ {_HOLD_NOUN}(?!\ (?i:where|without|awaiting|who\ (?:were|are)\ not))
    (?P<per_time>\ {_PER_TIME})?(?P<on_average>\ (?i:on\ average))?)
    (?:(?:,?\ (?i:and|but|while|with|though|whereas)|,)\ {_ELIDED}\ (?:(?P<tail_qualifier>(?i:\L<qualifiers>))\ )?
       (?:(?P<tail_low>\d{{1,3}})\ ?(?:-|\u2013|(?i:to|or))\ ?)?(?P<tail>\d{{1,3}}(?:\.\d+)?)(?!\d|\ ?%|\ per\ ?cent)(?:\ {_HOLD_NOUN})?
       (?=\ ?[,.;:!?)]|\ ?$|\ (?i:and|but|or|while|each|in|at|for|by|across)\b))?
"""
#: A caseload's earlier level beside it: "... 15.2, down from 19.2 a year before".
_EARLIER = rf"""
    (?:,|;|\(|\ -|\ \u2013)\ (?:(?i:up|down)\ (?i:from|on)|(?i:from))\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}
    (?:\ (?i:in)\ (?:19|20)\d\d\ (?i:and)\ (?P<also>\d{{1,3}}\.\d+|\d{{1,3}})(?=\ (?i:in)\ (?:19|20)\d\d))?   # "up from 14.1 in 2016 and 13.5 in 2015"
"""
#: A change of caseloads told of a word referring back: "these went from 22.4 in 2017 to 15.8 in 2020".
_WENT_FROM = rf"""
    (?<!\w)(?i:went|gone|fell|fallen|rose|risen|dropped|increased|decreased|reduced|moved|changed|grew|grown|came\ down|come\ down)
    \ (?i:from)\ (?P<old>\d{{1,3}}(?:\.\d+)?)(?!\ ?%|\ per\ ?cent|\d)(?P<old_when>\ (?i:in|at)\ (?:\w+\ ){{0,2}}?(?:19|20)\d\d)?\ (?i:to)\ {_NUM}
  | (?<!\w)(?:(?i:caseloads?)\ (?:(?i:have|has|had)\ )?)?(?i:fell|fallen|dropped|reduced|rose|risen|increased|decreased|grown|grew)\ (?i:to)\ {_NUM}
    \ (?i:from)\ (?P<old>\d{{1,3}}(?:\.\d+)?)(?!\ ?%|\ per\ ?cent|\d)                     # "reduced to 17 from 24"
"""
#: The extreme caseload: "the highest number of cases held by any worker is 45".
_EXTREME = rf"""
    (?<!\w)(?P<extreme>(?i:highest|largest|greatest|biggest|lowest|smallest|fewest))\ (?:(?P<average>(?i:average))\ )?(?:(?i:number\ of)\ )?(?i:cases|caseloads?)
    (?:\ [\w'-]+){{0,10}}?\ (?i:is|was|were|stood\ at|reached|of|at)\ {_NUM}
  | (?<!\w)(?i:had|has|have|with)\ (?i:the)\ (?P<extreme>(?i:highest|lowest))\ (?i:at|of|with)\ {_NUM}(?!\ ?\w)   # "while Luton had the lowest at 9.6"
"""
#: The figures of a table row after its councils, or one figure standing as a cell.
_TABLE_ROW = r"""
    (?<=\w)(?P<cells>(?:[ |]+\d[\d.,]*){1,6})(?=[ |]+\p{Lu}|[ |]*(?:\n|$))   # "Sutton 72.1 12.9 Good"
  | (?<=[ |])(?P<cell>\d[\d.,]*)(?![\w.,])                               # "Leeds | 14.2 | 12%" (a tab reads as a space)
"""
#: A table's column names that hold figures, in order: which one is the caseload?
_NUMERIC_COLUMN: Final = timed(
    r"(?i:number\ of\ [\w-]+|(?:average\ )?caseloads?(?:\ per\ [\w\ -]{0,40}?(?:worker|practitioner))?|[\w-]+\ rate"
    r"|percentage|ratio|total|fte|count|%)"
)
_HEADER_WINDOW: Final = 1500
#: How often the text around a bare "average of 16" must name caseloads for it to be one.
_TOPIC_MENTIONS: Final = 3
_TOPIC_WINDOW: Final = 3000
_OTHER_UNIT: Final = timed(
    r"(?i:\ (?:visits?|days?|weeks?|months?|years?|hours?|minutes?|miles?|pupils?|staff|posts?|families|homes|beds|places|points?)\b)"
)
_CASELOAD_CONTEXT: Final = timed(r"(?i:caseload|case\ load|cases\ per|cases\ each|cases\ on\ average|caseholder|averag\w*\ \d[\d.]*\ cases)")


def _record(m: regex.Match[str], ctx: Context, value: str, statistic: Statistic | None) -> Caseload | None:
    qualifier = m.groupdict().get("qualifier")
    figure = figure_value(value)
    if figure is None or _ADULTS.search(m.group()) is not None:
        return None  # caseloads in adult social care are no children's
    return Caseload(
        authority=figure_authority(ctx, m.start(), m.end()),
        value=figure,
        statistic=statistic,
        qualifier=QUALIFIER_PHRASES.get(qualifier.lower()) if qualifier else None,
        when=ctx.when_for(m.start(), m.end(), rivals=_other_figures(ctx, m)),
        start=m.start(),
        end=m.end(),
    )


_FIGURE: Final = timed(r"(?<![\w.])\d{1,3}(?:\.\d+)?(?![\w.]|\.\d)")


def _other_figures(ctx: Context, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The figures of the sentence after the match, which a date after them is of ("was
    15.3, down from 16.8 in 2018": 2018 is 16.8's), found once per sentence."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    spans: list[tuple[int, int]] = ctx.memo(("caseloads.figures", s_start, s_end),
                                             lambda: [f.span() for f in _FIGURE.finditer(ctx.text, s_start, s_end)])
    return [sp for sp in spans if sp[0] >= m.end()]


def _in_caseload_sentence(m: regex.Match[str], ctx: Context) -> bool:
    """Whether the sentence, or the one before it in the paragraph, is about caseloads,
    or the text around it is ("last year's reported average of 16")."""
    if _OTHER_UNIT.match(ctx.text, m.end()) is not None:
        return False  # "the average in Kent is 40 years"
    start, end = ctx.prepared.sentence_with_previous(m.start())
    if _CASELOAD_CONTEXT.search(ctx.text, start, max(end, m.end())) is not None or "cases" in m.group():
        return True
    around = _CASELOAD_CONTEXT.finditer(ctx.text, max(0, m.start() - _TOPIC_WINDOW), m.end() + _TOPIC_WINDOW)
    return sum(1 for _ in itertools.islice(around, _TOPIC_MENTIONS)) >= _TOPIC_MENTIONS


_CELL: Final = timed(r"\d[\d.,]*")
_WORKER: Final = timed(r"(?i:\b(?:workers?|practitioners?|caseloads?)\b)")


def _build_table_row(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """The caseload cell of a table row, found by its column in the header above: through
    the table reader where tabs, bars or wide gaps part the cells, else (a table flattened
    into prose) in the last line before it that names caseloads."""
    lone = m.group("cell") is not None  # one figure: a cell only where tabs, bars or wide gaps part cells
    start, end = m.span("cell" if lone else "cells")
    if ctx.prepared.cell_line(start) is not None:
        return _table_cells(ctx, start, end)
    if lone:
        return []
    # a table flattened into prose: the header is the last line naming caseloads before it
    names = row_authorities(ctx, m.start())
    if not names:
        return []
    heads = list(_CASELOAD_CONTEXT.finditer(ctx.text, max(0, m.start() - _HEADER_WINDOW), m.start()))
    if not heads:
        return []
    header_start = ctx.text.rfind("\n", 0, heads[-1].start()) + 1
    first_row = next((x.start for x in ctx.mentions_in(header_start, m.start())), m.start())
    columns = [c.group().lower() for c in _NUMERIC_COLUMN.finditer(ctx.text, header_start, first_row)]
    index = next((i for i, c in enumerate(columns) if "caseload" in c), None)
    cells = list(_CELL.finditer(m.group("cells")))
    if index is None or len(cells) != len(columns):
        return []
    cell = cells[index]
    value = figure_value(cell.group())
    if value is None:
        return []
    start, end = m.start("cells") + cell.start(), m.start("cells") + cell.end()
    statistic: Statistic | None = "average" if "average" in columns[index] else None
    return [
        Caseload(authority=name, value=value, statistic=statistic, start=start, end=end)
        for name in names
    ]


def _table_cells(ctx: Context, start: int, end: int) -> list[Caseload]:
    """The figures in ``[start, end)`` of a table row that are whole cells of a caseload
    column, one record per council at the row's head."""
    out: list[Caseload] = []
    for figure in _CELL.finditer(ctx.text, start, end):
        cell = cell_at(ctx, figure.start())
        if cell is None or cell.span != figure.span() or cell.column == 0:
            continue
        column = _NUMERIC_COLUMN.search(column_name(ctx, cell) or "")
        if column is None or "caseload" not in column.group().lower():
            continue
        statistic: Statistic | None = "average" if "average" in column.group().lower() else None
        value = figure_value(figure.group())
        if value is None:
            continue
        out.extend(
            Caseload(authority=name, value=value, statistic=statistic, start=figure.start(), end=figure.end())
            for name in head_authorities(ctx, cell.row)
        )
    return out


def _build_average(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    if not _in_caseload_sentence(m, ctx):
        return []
    if m.group("on_average") and not _WORKER.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return []  # "Inspectors sampled 40 cases on average": no worker holds them
    return _with_low(m, ctx, _record(m, ctx, m.group("value"), "average"))


def _with_low(m: regex.Match[str], ctx: Context, high: Caseload | None) -> list[Caseload]:
    """``high``, and the low end of its range ("between 20 and 30", "30-35") as a
    record of its own with the same statistic, qualifier and place."""
    low = m.groupdict().get("low")
    value = figure_value(low) if low else None
    if high is None:
        return []
    if value is None or value >= high.value:
        return [high]
    a, b = m.span("low")
    return [attrs.evolve(high, value=value, when=ctx.when_for(a, b), start=a, end=b), high]


def _build_caseload_of(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """"caseloads of up to 30" is a maximum, and so "some had caseloads of more than 45";
    "caseloads of 20 to 25" is both ends of a range."""
    qualifier = (m.group("qualifier") or "").lower()
    before = ctx.text[ctx.prepared.sentence_at(m.start())[0]:m.start()]
    some = qualifier in _ABOVE and _SOME.search(before) is not None and "averag" not in before.lower()
    statistic: Statistic | None = "maximum" if qualifier in _MAXIMA or some else None
    if "averag" in m.group().lower():
        statistic = "average"  # "caseloads have dropped to an average of 15"
    return _with_low(m, ctx, _record(m, ctx, m.group("value"), statistic))


def _build_as_many_as(m: regex.Match[str], ctx: Context) -> Caseload | None:
    if not _in_caseload_sentence(m, ctx):
        return None
    return _record(m, ctx, m.group("value"), "maximum")


def _build_change(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    statistic: Statistic | None = "average" if m.group("average") else None
    new = _record(m, ctx, m.group("value"), statistic)
    old = figure_value(m.group("old"))
    if new is None or old is None:
        return []
    return [Caseload(authority=new.authority, value=old, statistic=statistic, when=None, start=m.start(), end=m.end()),
            new]


def _build_range(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """A range of one place's caseloads (its minimum and maximum), or figures each of
    its own place ("average caseloads range from 14 in X to 25 in Y": each X's, Y's)."""
    if _ADULTS.search(m.group()) is not None:
        return []  # "adult social care caseloads ranged from ..."
    if m.group("low_place"):
        statistic: Statistic | None = "average" if m.group("average") else None
        out: list[Caseload] = []
        for group in ("low", "value"):
            value = figure_value(m.group(group))
            if value is not None:
                a, b = m.span(group)
                # "9 in Bury and Bolton": each council its place names is the figure's
                named: list[str | None] = [x.name for x in ctx.mentions_in(*m.span("low_place"))] if group == "low" else []
                out.extend(Caseload(authority=name, value=value, statistic=statistic, when=ctx.when_for(a, b),
                                    start=a, end=b)
                           for name in dict.fromkeys(named or [figure_authority(ctx, a, b)]))
        return out
    high = _record(m, ctx, m.group("value"), "maximum")
    low = figure_value(m.group("low"))
    if high is None or low is None:
        return []
    return [Caseload(authority=high.authority, value=low, statistic="minimum", when=high.when, start=m.start(),
                     end=m.end()), high]


#: Verbs that, of children, may say whom a service has, not whom a worker holds.
_WEAK_VERB: Final = timed(r"(?i:ha[vsd]e?|having|work|works|working|worked|look|looks|looking|looked)\b")
_EACH: Final = timed(r"(?i:\b(?:each|every|all)\b)")
#: Who holds the cases: a worker, or a word for some or each of them.
_HOLDER: Final = timed(r"(?i:\b(?:(?:social\ |case)?workers?|practitioners?|staff|caseworkers?|case\ holders?|caseholders?"
                       r"|each|they|some|a\ few|a\ handful|others|many)\b)")
#: A part of the workforce whose highest caseloads "more than 30" are: "some", "a few".
_SOME: Final = timed(r"(?i:\b(?:some|a\ few|a\ handful|one|several|many|others|a\ minority|highest)\b)")
_ADULTS: Final = timed(r"(?i:\badults?\b|\badults'|older\ people)")
#: Caseloads larger than this are counts of cases, not cases per worker.
_MOST_CASES: Final = 120.0
_MAXIMA: Final = frozenset({"up to", "as many as", "as high as", "as much as"})
_ABOVE: Final = frozenset({"more than", "over", "above", "just over", "greater than", "higher than"})


def _held_statistic(ctx: Context, m: regex.Match[str], qualifier: str, sentence_start: int, each: bool) -> Statistic | None:
    """"up to 45" is a maximum; "more than 30" too unless said of each worker or an
    average; "averaging"/"an average of" before the verb makes the figure an average."""
    before = ctx.text[sentence_start:m.start()]
    # "one team's average was 38 whereas others held 11 to 19": the average is another
    # figure's; only words after the last figure and clause break count
    own = regex.split(r"\d", ctx.text[clause_start(ctx, m.start()):m.start()])[-1]
    if "averag" in own.lower() or m.group("on_average"):
        return "average"
    if qualifier in _MAXIMA or (qualifier in _ABOVE and (not each or _SOME.search(before) is not None)):
        return "maximum"
    return None


def _build_held(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """Cases a worker holds, with the low end of a range and an elided figure after it."""
    sentence_start, _ = ctx.prepared.sentence_at(m.start())
    before = ctx.text[sentence_start:m.start()]
    each = m.group("per_time") is not None or _EACH.search(before) is not None
    noun_cases = "case" in m.group().lower()
    if _HOLDER.search(before) is None or _ADULTS.search(before) is not None:
        return []  # "Kent had 300 cases": nobody holds them; adults' caseloads are no children's
    if not noun_cases and not each and _WEAK_VERB.match(m.group()) and not _CASELOAD_CONTEXT.search(ctx.text, *ctx.prepared.sentence_with_previous(m.start())):
        return []  # "staff had 40 children in care": no caseload unless "each" or the sentence says so
    qualifier = (m.group("qualifier") or "").lower()
    high = _record(m, ctx, m.group("value"), _held_statistic(ctx, m, qualifier, sentence_start, each))
    if high is None or high.value > _MOST_CASES:
        return []
    out = _with_low(m, ctx, attrs.evolve(high, start=m.start("figure"), end=m.end("figure")))
    if m.group("tail"):
        tail_qualifier = (m.group("tail_qualifier") or "").lower()
        statistic: Statistic | None = "maximum" if tail_qualifier in _MAXIMA | _ABOVE else None
        for group in ("tail_low", "tail"):
            value = figure_value(m.group(group)) if m.group(group) else None
            if value is None or value > _MOST_CASES:
                continue
            a, b = m.span(group)
            out.append(Caseload(authority=high.authority, value=value, statistic=statistic,
                                qualifier=QUALIFIER_PHRASES.get(tail_qualifier) if group == "tail" else None,
                                when=ctx.when_for(a, b), start=a, end=b))
    return out


def _build_earlier(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """The earlier levels after a caseload in its sentence ("down from 19.2 a year before",
    "up from 14.1 in 2016 and 13.5 in 2015"), each with its own date."""
    sentence_start, _ = ctx.prepared.sentence_at(m.start())
    before = ctx.text[sentence_start:m.start()]
    if _CASELOAD_CONTEXT.search(before) is None or _NOT_CASELOAD.search(before) is not None:
        return []
    if _OTHER_UNIT.match(ctx.text, m.end("value")) is not None or not regex.search(r"\d", before):
        return []  # "from 40 days"; "caseloads fell, from 20": no later level before it
    statistic: Statistic | None = "average" if "averag" in before.lower() else None
    record = _record(m, ctx, m.group("value"), statistic)
    if record is None or record.value > _MOST_CASES:
        return []
    spans = [m.span("value")] + ([m.span("also")] if m.group("also") else [])
    out = []
    for a, b in spans:
        value = figure_value(ctx.text[a:b])
        if value is not None and value <= _MOST_CASES:
            rivals = [s for s in spans if s != (a, b)]
            out.append(attrs.evolve(record, value=value, when=ctx.when_for(a, b, rivals=rivals),
                                    start=m.start() if (a, b) == spans[0] else a, end=b))
    return out


#: A subject whose figures are no caseloads: staff numbers, rates, vacancies.
_NOT_CASELOAD: Final = timed(r"(?i:number\ of\ (?:\w+\ )?(?:social\ )?workers|vacanc|turnover|agency|\brates?\b|percentage|proportion|adults?\b)")
#: A caseload word, or workers and their cases, in the text a change refers back to.
_CASES_HELD: Final = timed(r"(?i:caseload|case\ load|cases\ per|cases\ each|caseholder|(?:workers?|practitioners?|staff)\b[^.!?\n]{0,80}\bcases\b)")


def _build_went_from(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """A change from one level to another ("these went from 22.4 in 2017 to 15.8 in 2020")
    in a sentence about caseloads, or after one: each level with its own date."""
    start, end = ctx.prepared.sentence_with_previous(m.start())
    own_start, _ = ctx.prepared.sentence_at(m.start())
    if _CASES_HELD.search(ctx.text, start, m.end()) is None or _NOT_CASELOAD.search(ctx.text, own_start, m.start()):
        return []
    before = ctx.text[start:m.start()].lower()
    statistic: Statistic | None = "average" if "averag" in before else None
    new = _record(m, ctx, m.group("value"), statistic)
    old = figure_value(m.group("old"))
    if new is None or old is None or max(old, new.value) > _MOST_CASES:
        return []
    a, b = m.span("old")
    when = ctx.when_for(a, b, rivals=[m.span("value")]) if m.group("old_when") else None
    new = attrs.evolve(new, when=ctx.when_for(*m.span("value"), rivals=[(a, b)]))
    return [Caseload(authority=new.authority, value=old, statistic=statistic, when=when, start=a, end=b), new]


def _build_extreme(m: regex.Match[str], ctx: Context) -> Caseload | None:
    low = m.group("extreme").lower() in ("lowest", "smallest", "fewest")
    statistic: Statistic = "average" if m.group("average") else "minimum" if low else "maximum"
    if "case" not in m.group().lower() and not _in_caseload_sentence(m, ctx):
        return None  # "had the lowest at 9.6" is a caseload only where the sentence says so
    record = _record(m, ctx, m.group("value"), statistic)
    if record is None:
        return None
    a, b = m.span("value")  # a place after the figure is the figure's: "is 45, in Hull"
    return attrs.evolve(record, authority=figure_authority(ctx, a, b))


RULES: Final = (
    Rule(name=RULE_CHANGE, kind="caseloads", pattern=_CHANGE, build=_build_change, lists=LISTS,
         triggers=("caseload",), scope="sentence"),
    # a bare "average of 16" is kept only near caseload words (``_in_caseload_sentence``)
    Rule(name=RULE_AVERAGE, kind="caseloads", pattern=_AVERAGE, build=_build_average, lists=LISTS,
         triggers=("averag",), scope="sentence", word_start=True),
    Rule(name=RULE_RANGE, kind="caseloads", pattern=_RANGE, build=_build_range, lists=LISTS,
         triggers=("caseload", "case load"), scope="sentence"),
    Rule(name=RULE_CASELOAD_OF, kind="caseloads", pattern=_CASELOAD_OF, build=_build_caseload_of, lists=LISTS,
         triggers=("caseload", "case load"), scope="sentence"),
    Rule(name=RULE_AS_MANY_AS, kind="caseloads", pattern=_AS_MANY_AS, build=_build_as_many_as, lists=LISTS,
         triggers=("cases",), scope="sentence", word_start=True),
    Rule(name=RULE_HELD, kind="caseloads", pattern=_HELD, build=_build_held, lists=LISTS,
         triggers=("case", "children", "families"), scope="sentence", word_start=True),
    Rule(name=RULE_EARLIER, kind="caseloads", pattern=_EARLIER, build=_build_earlier, lists=LISTS,
         triggers=("from", "up on", "down on"), scope="sentence"),
    Rule(name=RULE_WENT_FROM, kind="caseloads", pattern=_WENT_FROM, build=_build_went_from, lists=LISTS,
         triggers=("from",), scope="sentence"),
    Rule(name=RULE_EXTREME, kind="caseloads", pattern=_EXTREME, build=_build_extreme, lists=LISTS,
         triggers=("highest", "largest", "greatest", "biggest", "lowest", "smallest", "fewest"),
         also_triggers=("case",), scope="sentence"),
    # table rows hold no caseload word: the table's header does
    Rule(name=RULE_TABLE_ROW, kind="caseloads", pattern=_TABLE_ROW, build=_build_table_row, triggers=("caseload",)),
)
