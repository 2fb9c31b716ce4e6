"""Caseloads: cases per social worker, with the statistic and qualifier.

"averaging 20 cases", "average caseload of 22", "the reported average of 22" (in a
sentence about caseloads), "caseloads of up to 30", "as many as 35 cases",
"caseloads have fallen from 25 to 18", "caseloads range from 12 to 18", "15 cases on
average". Counts of cases ("15 cases where no social
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
from ._common import figure_authority, figure_value
from ._fragments import DIGITS, LISTS
from ._tables import cell_at, column_name, head_authorities, row_authorities

RULE_AVERAGE: Final = "caseloads.average"
RULE_CASELOAD_OF: Final = "caseloads.caseload_of"
RULE_AS_MANY_AS: Final = "caseloads.as_many_as"
RULE_CHANGE: Final = "caseloads.change"
RULE_TABLE_ROW: Final = "caseloads.table_row"
RULE_EXTREME: Final = "caseloads.extreme"
RULE_RANGE: Final = "caseloads.range"

_NUM = rf"(?P<value>{DIGITS})(?!\ ?%|\ per\ ?cent|\d)"
_PER_WORKER = r"(?:\ (?i:per|for\ each|for\ every|a)\ (?:[\w-]+\ ){0,5}?(?i:social\ workers?|workers?|practitioners?|caseholders?))?"
#: Where a caseload is: "the average caseload in Kent is 18".
_WHERE = r"(?:\ (?i:in|at|across)\ (?:[\w'&,-]+\ ){0,4}?[\w'&-]+)"
_AVERAGE = rf"""
    (?<!\w)(?i:averag(?:e|ing|ed))\ (?:(?i:caseload|caseloads|case\ load|number\ of\ cases){_PER_WORKER}
      (?:{_WHERE}\ (?i:was|is|stood\ at|of)\ |\ (?:(?i:of|was|is|at|stood\ at)\ )?)|(?i:of)\ )?
    {_NUM}(?:\ (?i:cases|children))?                          # "averaging 20 cases", "average caseload of 22"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ (?i:cases|children)(?:\ (?i:each))?\ (?P<on_average>(?i:on\ average))
                                                               # "each social worker holds 15 cases on average"
"""
_CASELOAD_OF = rf"""
    (?<!\w)(?i:caseloads?|case\ loads?)(?:\ (?i:for|of|among|in)\ (?:[\w'-]+\ ){{0,3}}?[\w'-]+)?   # "caseloads for some social workers"
    \ (?:(?i:of|at|were|was|are|is|stood\ at|reached)\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?
    |(?:(?i:were|was|are|is|of)\ )?(?P<qualifier>(?i:as\ high\ as|as\ many\ as|up\ to))\ ){_NUM}   # "caseloads of up to 30", "caseloads as high as 40"
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
    |(?:(?i:were|are|of)\ )?(?i:between))\ (?P<low>{DIGITS})(?P<low_place>\ (?i:in|at)\ [^,.;]{{1,40}}?)?
    \ (?i:to|and|-)\ {_NUM}                                                    # "caseloads range from 12 to 18"
"""
#: The extreme caseload: "the highest number of cases held by any worker is 45".
_EXTREME = rf"""
    (?<!\w)(?P<extreme>(?i:highest|largest|greatest|biggest|lowest|smallest|fewest))\ (?:(?i:number\ of)\ )?(?i:cases|caseloads?)
    (?:\ [\w'-]+){{0,10}}?\ (?i:is|was|were|stood\ at|reached|of)\ {_NUM}
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
_CASELOAD_CONTEXT: Final = timed(r"(?i:caseload|case\ load|cases\ per|cases\ each|caseholder|averag\w*\ \d[\d.]*\ cases)")


def _record(m: regex.Match[str], ctx: Context, value: str, statistic: Statistic | None) -> Caseload | None:
    qualifier = m.groupdict().get("qualifier")
    figure = figure_value(value)
    if figure is None:
        return None
    return Caseload(
        authority=figure_authority(ctx, m.start(), m.end()),
        value=figure,
        statistic=statistic,
        qualifier=QUALIFIER_PHRASES.get(qualifier.lower()) if qualifier else None,
        when=ctx.when_for(m.start(), m.end()),
        start=m.start(),
        end=m.end(),
    )


def _in_caseload_sentence(m: regex.Match[str], ctx: Context) -> bool:
    """Whether the sentence, or the one before it in the paragraph, is about caseloads,
    or the text around it is ("last year's reported average of 16")."""
    start, end = ctx.prepared.sentence_with_previous(m.start())
    if _CASELOAD_CONTEXT.search(ctx.text, start, max(end, m.end())) is not None or "cases" in m.group():
        return True
    if _OTHER_UNIT.match(ctx.text, m.end()) is not None:
        return False
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


def _build_average(m: regex.Match[str], ctx: Context) -> Caseload | None:
    if not _in_caseload_sentence(m, ctx):
        return None
    if m.group("on_average") and not _WORKER.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return None  # "Inspectors sampled 40 cases on average": no worker holds them
    return _record(m, ctx, m.group("value"), "average")


def _build_caseload_of(m: regex.Match[str], ctx: Context) -> Caseload | None:
    qualifier = (m.group("qualifier") or "").lower()
    statistic: Statistic | None = "maximum" if qualifier in ("up to", "as many as", "as high as") else None
    return _record(m, ctx, m.group("value"), statistic)


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
    if m.group("low_place"):
        statistic: Statistic | None = "average" if m.group("average") else None
        out = []
        for group in ("low", "value"):
            value = figure_value(m.group(group))
            if value is not None:
                a, b = m.span(group)
                out.append(Caseload(authority=figure_authority(ctx, a, b), value=value, statistic=statistic,
                                    when=ctx.when_for(a, b), start=a, end=b))
        return out
    high = _record(m, ctx, m.group("value"), "maximum")
    low = figure_value(m.group("low"))
    if high is None or low is None:
        return []
    return [Caseload(authority=high.authority, value=low, statistic="minimum", when=high.when, start=m.start(),
                     end=m.end()), high]


def _build_extreme(m: regex.Match[str], ctx: Context) -> Caseload | None:
    low = m.group("extreme").lower() in ("lowest", "smallest", "fewest")
    record = _record(m, ctx, m.group("value"), "minimum" if low else "maximum")
    if record is None:
        return None
    a, b = m.span("value")  # a place after the figure is the figure's: "is 45, in Hull"
    return attrs.evolve(record, authority=figure_authority(ctx, a, b))


RULES: Final = (
    Rule(name=RULE_CHANGE, kind="caseloads", pattern=_CHANGE, build=_build_change, lists=LISTS,
         triggers=("caseload",), scope="sentence"),
    # a bare "average of 16" is kept only near caseload words (``_in_caseload_sentence``)
    Rule(name=RULE_AVERAGE, kind="caseloads", pattern=_AVERAGE, build=_build_average, lists=LISTS,
         triggers=("averag",), scope="sentence"),
    Rule(name=RULE_CASELOAD_OF, kind="caseloads", pattern=_CASELOAD_OF, build=_build_caseload_of, lists=LISTS,
         triggers=("caseload", "case load"), scope="sentence"),
    Rule(name=RULE_AS_MANY_AS, kind="caseloads", pattern=_AS_MANY_AS, build=_build_as_many_as, lists=LISTS,
         triggers=("cases",), scope="sentence"),
    Rule(name=RULE_RANGE, kind="caseloads", pattern=_RANGE, build=_build_range, lists=LISTS,
         triggers=("caseload", "case load"), scope="sentence"),
    Rule(name=RULE_EXTREME, kind="caseloads", pattern=_EXTREME, build=_build_extreme, lists=LISTS,
         triggers=("highest", "largest", "greatest", "biggest", "lowest", "smallest", "fewest"),
         also_triggers=("case",), scope="sentence"),
    # table rows hold no caseload word: the table's header does
    Rule(name=RULE_TABLE_ROW, kind="caseloads", pattern=_TABLE_ROW, build=_build_table_row, triggers=("caseload",)),
)
