"""Caseloads in tables, lists and beside their councils: a table's caseload column, a
list of councils and figures under a caseload heading, "Bury (27.1), Bolton (25.3)".

The rules are in ``caseloads``' ``RULES``; this module holds their builds.
"""

from __future__ import annotations

from typing import Final

import regex

from .._spans import union
from .._timed import timed
from ..context import Context
from ..records import Caseload, Statistic
from ..text import CellLine, Span
from ._caseload_patterns import ADULTS, CASELOAD_CONTEXT, MOST_CASES, NOT_CASELOAD
from ._common import (
    NATION_OR_REGION,
    NATION_OR_REGION_TRIGGERS,
    figure_authority,
    figure_value,
    number_value,
    region_before,
)
from ._tables import cell_at, column_name, column_year, head_authorities, places_in_table, row_authorities, table_title

__all__ = ["build_council_figure", "build_table_row", "lines_naming_places", "listed_statistic"]

#: A table's column names that hold figures, in order: which one is the caseload?
_NUMERIC_COLUMN: Final = timed(
    r"(?i:(?:(?:average|avg\.?|mean)\ )?(?:caseloads?|case\ loads?|(?:number\ of\ )?(?:cases|children)\ per)(?:\ [\w\ -]{0,40}?(?:worker|practitioner))?"
    r"|(?:(?:average|avg\.?|mean)\ )?(?:number|no\.?)\ of\ [\w-]+|[\w-]+\ rate|percentage|ratio|total|fte|count|%)"
)
#: A column whose figures are caseloads: "Average caseload", "Cases per social worker",
#: "Mean number of cases" (not "Number of cases", a count).
_CASELOAD_COLUMN: Final = timed(r"(?i:caseload|case\ load|(?:cases|children)\ per|(?:average|avg\.?|mean)\ (?:number|no\.?)\ of\ cases)")
_AVERAGE_COLUMN: Final = timed(r"(?i:\b(?:average|mean|avg)\b)")   # "Avg caseload"
#: A column of each council's extreme caseload: "Highest caseload", "Max. cases", "Lowest caseload".
_MAXIMUM_COLUMN: Final = timed(r"(?i:\b(?:highest|maximum|max|largest|biggest|heaviest)\b)")
_MINIMUM_COLUMN: Final = timed(r"(?i:\b(?:lowest|minimum|min|smallest|lightest)\b)")
#: A column of cases per worker: a rate, so a mean ("Cases per social worker").
_PER_WORKER_COLUMN: Final = timed(r"(?i:\b(?:cases|children|families)\ per\ (?:[\w-]+\ ){0,2}?(?:worker|practitioner|fte)\b)")


def column_statistic(name: str) -> Statistic | None:
    """The statistic a caseload column's or label's name gives: "Average caseload" an
    average, "Highest caseload" a maximum, "Lowest caseload" a minimum, "Cases per social
    worker" (a rate per worker) an average, "Caseload" none."""
    if _AVERAGE_COLUMN.search(name):
        return "average"
    if _MAXIMUM_COLUMN.search(name):
        return "maximum"
    if _MINIMUM_COLUMN.search(name):
        return "minimum"
    return "average" if _PER_WORKER_COLUMN.search(name) else None
_HEADER_WINDOW: Final = 1500
#: A column's name in words (a row of figures above is no header).
_WORDED: Final = timed(r"\p{L}{2}")
_CELL: Final = timed(r"\d[\d.,]*")


def build_table_row(m: regex.Match[str], ctx: Context) -> list[Caseload]:
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
    heads = list(CASELOAD_CONTEXT.finditer(ctx.text, max(0, m.start() - _HEADER_WINDOW), m.start()))
    if not heads:
        return []
    header_start = ctx.text.rfind("\n", 0, heads[-1].start()) + 1
    first_row = next((x.start for x in ctx.mentions_in(header_start, m.start())), m.start())
    columns = [c.group().lower() for c in _NUMERIC_COLUMN.finditer(ctx.text, header_start, first_row)]
    index = next((i for i, c in enumerate(columns) if _CASELOAD_COLUMN.search(c)), None)
    cells = list(_CELL.finditer(m.group("cells")))
    if index is None or len(cells) != len(columns):
        return []
    cell = cells[index]
    value = figure_value(cell.group())
    if value is None or value > MOST_CASES:
        return []  # "Bury 2019" under a heading of years: no caseload
    start, end = m.start("cells") + cell.start(), m.start("cells") + cell.end()
    statistic = column_statistic(columns[index])
    return [
        _noted(ctx, Caseload(authority=name, value=value, statistic=statistic, start=start, end=end),
               "the council its row names, under a header naming caseloads", "its row and header state no date")
        for name in names
    ]


def _noted(ctx: Context, record: Caseload, authority: str, when: str) -> Caseload:
    """``record``, its authority's and date's reasons noted for ``explain``."""
    assert record.start is not None and record.end is not None
    ctx.note_why(record.start, record.end, "authority", record.authority, authority)
    ctx.note_why(record.start, record.end, "when", record.when, when)
    return record


def _table_cells(ctx: Context, start: int, end: int) -> list[Caseload]:
    """The figures in ``[start, end)`` of a table row that are whole cells of a caseload
    column, one record per council at the row's head."""
    out: list[Caseload] = []
    for figure in _CELL.finditer(ctx.text, start, end):
        cell = cell_at(ctx, figure.start())
        if cell is None or cell.span != figure.span() or cell.column == 0:
            continue
        name = column_name(ctx, cell) or ""
        column = _NUMERIC_COLUMN.search(name)
        head = ctx.text[slice(*cell.row.cells[0])].strip()
        when = head if _YEAR.fullmatch(head) and head.isdigit() else None
        if column is None or not _CASELOAD_COLUMN.search(column.group()):
            # a column of a year under a title naming caseloads: "Average caseload by council, 2018 to 2020"
            title = table_title(ctx, cell.row) if name.strip().isdigit() and _YEAR.fullmatch(name.strip()) else None
            if title is None or not CASELOAD_CONTEXT.search(title) or NOT_CASELOAD.search(title):
                continue
            name, when = title, name.strip()
        statistic = column_statistic(name)
        when = when or column_year(ctx, cell)  # "Average caseload 2019"
        value = figure_value(figure.group())
        if value is None or value > MOST_CASES:
            continue
        out.extend(
            _noted(ctx, Caseload(authority=name, value=value, statistic=statistic, when=when, start=figure.start(), end=figure.end()),
                   "the council its table row names" if name else "its table row names a nation or region, or no council",
                   "its row's, column's or table title's year" if when else "its row, column and table title state no year")
            for name in _row_councils(ctx, cell.row, cell.column)
        )
    return out


#: A row or line headed by a year or a year's period: "2019", "2018-19", "2018/19", "March 2019".
_YEAR: Final = timed(r"(?:(?:\d{1,2}\ )?\p{L}{3,9}\ )?(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?")


#: A line headed by a year, a cell or a list's label: "2019\t16.9", "2018-19: 17.4".
_YEAR_LINE: Final = timed(r"(?m:^[\ \t]*(?:(?:\d{1,2}\ )?\p{L}{3,9}\ )?(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?(?=[\t:|\ ]))")
#: The same after the newline ending the line before: a pattern opening on a literal,
#: which ``regex`` finds fast, where ``^`` is tried at every offset.
_NEXT_YEAR_LINE: Final = timed(r"\n(?=[\ \t]*(?:(?:\d{1,2}\ )?\p{L}{3,9}\ )?(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?[\t:|\ ])")


def _row_councils(ctx: Context, row: CellLine, column: int) -> list[str | None]:
    """Whose a row's figures are: the councils its first cell names, else those of the
    first cell before ``column`` that names any ("1 | Bury | 27.1": a rank first); ``None``
    for a row headed by a nation or region ("North East | 18.9")."""
    names = head_authorities(ctx, row)
    if names:
        return list(names)
    start, end = row.cells[0]
    if NATION_OR_REGION.fullmatch(ctx.text[start:end].strip()) is not None:
        return [None]
    if _YEAR.fullmatch(ctx.text[start:end].strip()) is not None:
        return [figure_authority(ctx, start, end)]  # "2019 | 16.9": a year's row, of whom the text says
    for c_start, c_end in row.cells[1:column]:
        named = list(dict.fromkeys(m.name for m in ctx.mentions_in(c_start, c_end)))
        if named:
            return list(named)
    if not places_in_table(ctx, row.table):  # a table of one council's teams: "Duty and assessment | 19.4"
        return [figure_authority(ctx, start, end)]
    return []


#: A rank within a region, after which the region's name is no owner of the figure:
#: "Kent's caseloads were the highest in England, at 24.9".
_RANK_IN: Final = timed(r"(?i:\b(?:highest|lowest|largest|smallest|heaviest|biggest)\ (?:[\w-]+\ ){0,3}?(?:in|across)\ )")


def build_council_figure(m: regex.Match[str], ctx: Context) -> Caseload | None:
    """A figure right after its council ("Bury (27.1)", "followed by Bolton at 25.3") in a
    sentence about caseloads and no other measure, or on a list's line under a heading
    about them ("Bury: 27.1"): that council's caseload."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    sentence = ctx.text[s_start:max(s_end, m.end())]
    if m.group("item") is not None:  # a list's line: its heading says what the figures are
        cell = cell_at(ctx, m.start("value"))
        if cell is not None and _WORDED.search(column_name(ctx, cell) or "") is not None:
            return None  # a table's cell under its column's name: the table reader's
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        s_start = line_start
        sentence = _list_heading(ctx, line_start)
    named: list[str | None] = [x.name for x in ctx.mentions_in(max(s_start, m.start() - 80), m.start()) if x.end == m.start()]
    if not named and region_before(ctx, max(s_start, m.start() - 40), m.start()):
        named = [None]  # "highest in the West Midlands (18.2)": a region's, no council's
        if _RANK_IN.search(ctx.text, max(s_start, m.start() - 60), m.start()) and ctx.mentions_in(s_start, m.start()):
            named = [figure_authority(ctx, m.start("value"), m.end("value"))]  # "Kent's were the highest in England, at 24.9"
    year = _YEAR.fullmatch(ctx.text, s_start, m.start()) if m.group("item") is not None else None
    if not named and year is not None:
        named = [figure_authority(ctx, m.start("value"), m.end("value"))]  # a list's line "2019: 16.9"
    if not named or CASELOAD_CONTEXT.search(sentence) is None or NOT_CASELOAD.search(sentence) is not None:
        return None  # "Bury (12%) and Bolton (9%) had the highest vacancy rates"
    value = number_value(m.group("value"))
    if value is None or value > MOST_CASES or ADULTS.search(sentence) is not None:
        return None
    a, b = m.span("value")
    when = year.group() if year is not None and year.group().isdigit() else ctx.when_for(a, b)
    if year is not None:
        ctx.note_why(a, b, "when", when, "the year heading its list's line")
    return _noted(ctx, Caseload(authority=named[-1], value=value, statistic="average" if "averag" in sentence.lower() else None,
                                when=when, start=a, end=b),
                  "the council named right before it" if named[-1] else "a region named right before it",
                  "the year heading its list's line" if year is not None else "the nearest date of its sentence that is its own")


#: A list's line: a name, then a figure after a colon or dash, and nothing more.
_ITEM_LINE: Final = timed(r"[^\n]{1,80}?(?:(?::\ |\ -\ |,\ ?)\d{1,3}(?:\.\d+)?(?:\ (?i:cases|children)(?:\ (?i:per|a|each)[\w\ -]{0,30})?)?"
                          r"|\ \(\d{1,3}(?:\.\d+)?\)|[\ \t]+\d{1,3}(?:\.\d+)?)[\ \t]*")
#: Lines a list's heading may stand above it: a long list reads every line, each once.
_MAX_HEADING_WALK: Final = 400


def _list_heading(ctx: Context, line_start: int) -> str:
    """The line above a list whose line starts at ``line_start``: the nearest line, blank
    lines skipped, that is no line of the list; each line's heading is found once."""
    def previous_line(start: int) -> tuple[int, int] | None:
        end = start - 1
        while end > 0 and ctx.text[end - 1] == "\n":
            end -= 1  # skip blank lines
        if end <= 0:
            return None
        return ctx.text.rfind("\n", 0, end) + 1, end

    def heading(start: int) -> str:
        walked = []
        found = ""
        for _ in range(_MAX_HEADING_WALK):
            key = ("caseloads.list_heading", start)
            if key in walked_memo:
                found = walked_memo[key]
                break
            walked.append(key)
            line = previous_line(start)
            if line is None:
                break
            if _ITEM_LINE.fullmatch(ctx.text, *line) is None:
                found = ctx.text[line[0]:line[1]]
                break
            start = line[0]
        for key in walked:
            walked_memo[key] = found
        return found

    walked_memo: dict[tuple[str, int], str] = ctx.memo(("caseloads.list_headings",), dict)
    return heading(line_start)


#: What may open a list's line before its council: a bullet or a number.
_LINE_OPENING: Final = timed(r"[\ \t]*(?:[-*\u2022]\ |\d{1,3}[.)]\ )?")


def listed_statistic(ctx: Context, start: int) -> Statistic | None:
    """The statistic a list's heading gives the caseload at ``start`` on a line of the
    list that opens with its council ("Average caseload by council" over "Bury: 10.6
    cases per social worker"); ``None`` off such a line or when the heading names none."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line_end = len(ctx.text) if line_end == -1 else line_end
    opening = _LINE_OPENING.match(ctx.text, line_start)
    named = ctx.mentions_in(line_start, line_end) if opening is not None else []
    if opening is None or not named or named[0].start != opening.end() or _ITEM_LINE.fullmatch(ctx.text, line_start, line_end) is None:
        return None
    heading = _list_heading(ctx, line_start)
    return column_statistic(heading) if CASELOAD_CONTEXT.search(heading) else None


def lines_naming_places(ctx: Context) -> list[Span]:
    """The lines of the text naming an authority, a nation or a region, headed by a year,
    or rows of a table whose header names caseloads, each with the newline after it,
    neighbours merged: the only lines on which a council's figure in a list or table row
    ("Bury (27.1)", "Sutton 72.1 12.9", "North East | 18.9", "2019: 16.9", "Duty and
    assessment | 19.4") gives a record (the rules' ``where``)."""
    return ctx.memo(("caseloads", "lines naming places"), lambda: _lines_naming_places(ctx))


def _lines_naming_places(ctx: Context) -> list[Span]:
    text, prepared = ctx.text, ctx.prepared
    lines = {prepared.paragraph_index(m.start) for m in ctx.named}
    # the rows of a table whose header names caseloads, of teams or of councils alike
    headers = {line.index for line in prepared.cell_lines if line.table == line.index
               and _CASELOAD_COLUMN.search(text, *prepared.paragraphs[line.index])}
    lines.update(line.index for line in prepared.cell_lines if line.table in headers)
    if _YEAR_LINE.match(text) is not None:
        lines.add(prepared.paragraph_index(0))
    lines.update(prepared.paragraph_index(m.start() + 1) for m in _NEXT_YEAR_LINE.finditer(text))
    for a, b in ctx.windows.spans(NATION_OR_REGION_TRIGGERS, scope="paragraph") or ():  # runs of whole lines
        lines.update(range(prepared.paragraph_index(a), prepared.paragraph_index(b - 1) + 1))
    return union(_whole_line(text, *prepared.paragraphs[k]) for k in sorted(lines - {-1}))


def _whole_line(text: str, start: int, end: int) -> Span:
    """The line holding ``[start, end)``, with the newline after it."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end + 1
