"""tables: rows, header columns and row authorities, read once per table.

The one table reader of the rule families. Text preparation keeps where tabs, bars and
wide gaps parted a line's cells and groups such lines into tables
(``Prepared.cell_lines``, built once per document); this module reads them: the cell
holding an offset, the name of its column in the table's header (the table's first
line), and the authorities named at a row's head. Each look-up costs a bisection and
the cells it returns, never a re-reading of the lines above. It also reads the head of
a row that has no cell separators ("Sutton 72.1 12.9 Good", a table flattened into
prose), by the mentions that end right before its figures. What a column means (a
grade, a measure, a caseload) is left to the families.
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs

from .._timed import timed
from ..context import Context
from ..text import CellLine, Span
from ._common import NATION_OR_REGION

__all__ = ["Cell", "cell_at", "column_name", "column_year", "head_authorities", "header_lines", "header_of", "places_in_table",
           "row_authorities", "table_title"]


@attrs.frozen
class Cell:
    """A cell of a table row: the row, the cell's column (from 0) and its span."""

    row: CellLine
    column: int
    span: Span


def cell_at(ctx: Context, i: int) -> Cell | None:
    """The cell of a table row holding normalised offset ``i``; ``None`` outside tables
    (and in the separators between cells)."""
    row = ctx.prepared.cell_line(i)
    if row is None:
        return None
    column = bisect.bisect_right(row.cells, i, key=lambda cell: cell[0]) - 1
    if column < 0:
        return None
    start, end = row.cells[column]
    if start <= i < end or start == i == end:
        return Cell(row=row, column=column, span=(start, end))
    return None


def header_of(ctx: Context, row: CellLine) -> CellLine | None:
    """The header of ``row``'s table, its first line; ``None`` for the header itself."""
    if row.table == row.index:
        return None
    start, _ = ctx.prepared.paragraphs[row.table]
    return ctx.prepared.cell_line(start)


def column_name(ctx: Context, cell: Cell) -> str | None:
    """The header's name for ``cell``'s column ("Vacancy rate"), ``""`` for an empty
    header cell; ``None`` in a header, a table without one, or a column beyond it (a row
    shorter than its header keeps its columns: only its last cells are missing)."""
    lines = header_lines(ctx, cell.row)
    if not lines or cell.column >= len(lines[0].cells):
        return None
    parts = [line.cells[cell.column] for line in lines if cell.column < len(line.cells)]
    return " ".join(ctx.text[a:b] for a, b in parts if b > a) if len(parts) > 1 else ctx.text[slice(*parts[0])]


def header_lines(ctx: Context, row: CellLine) -> list[CellLine]:
    """The lines of the header of ``row``'s table: its first, and for a spaced table the
    lines without figures right under it ("Agency staff" over "(%)"); none for a header."""
    header = header_of(ctx, row)
    lines = [header] if header is not None else []
    while header is not None and header.kind == "space" and lines[-1].index + 1 < row.index:
        line = ctx.prepared.cell_line(ctx.prepared.paragraphs[lines[-1].index + 1][0])
        if line is None or line.figures:
            break
        lines.append(line)
    return lines


#: The one year a column's header names: "2019", "Agency rate 2019", "Caseload (2020)".
_ONE_YEAR: Final = timed(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")
#: A span of years a column's header names: "2018/19", "2018-2019".
_YEAR_SPAN: Final = timed(r"(?<![\d/-])((?:19|20)\d\d)[/-](\d\d|(?:19|20)\d\d)(?![\d/-])")


def column_year(ctx: Context, cell: Cell) -> str | None:
    """The year ``cell``'s column header names, when it names exactly one ("2019",
    "Agency rate 2019", "Sept 2019") or one span of years, whose last year it is ("2018/19",
    "2018-19": as a figure written for such a span is); ``None`` otherwise."""
    name = column_name(ctx, cell)
    found = _ONE_YEAR.findall(name) if name else []
    spans = _YEAR_SPAN.findall(name) if name and not found else []
    if len(spans) == 1:
        first, last = (str(x) for x in spans[0])
        return first[:2] + last if len(last) == 2 else last
    return str(found[0]) if len(found) == 1 else None


#: How long a table's title line may be.
_TITLE_LENGTH = 160


def table_title(ctx: Context, row: CellLine) -> str | None:
    """The title of ``row``'s table: the line right above its header when that is a short
    heading with no full stop ("Average caseload per social worker by council, 2018 to
    2020" above "Council | 2018 | 2019"); ``None`` when there is none."""
    if row.table <= 0:
        return None
    start, end = ctx.prepared.paragraphs[row.table - 1]
    line = ctx.text[start:end].strip()
    if not line or len(line) > _TITLE_LENGTH or line.endswith((".", "!", "?")) or ctx.prepared.cell_line(start) is not None:
        return None
    return line


def head_authorities(ctx: Context, row: CellLine) -> list[str]:
    """The authorities named in the first cell of ``row``: "Leeds" in "Leeds | Good",
    both in "Redcar and Cleveland/Stockton-on-Tees"."""
    start, end = row.cells[0]
    return list(dict.fromkeys(m.name for m in ctx.mentions_in(start, end)))


def row_authorities(ctx: Context, at: int) -> list[str]:
    """The authorities named at the head of a table row that ends its names at ``at``:
    "Sutton" in "Sutton 72.1 12.9 Good", both in "Redcar and Cleveland/Stockton-on-Tees 58.3"."""
    names: list[str] = []
    for mention in reversed(ctx.mentions_in(max(0, at - 200), at)):
        if mention.end != at:
            break
        names.insert(0, mention.name)
        at = mention.start - 1
        if at < 0 or ctx.text[at] != "/":
            break
    return list(dict.fromkeys(names))


def places_in_table(ctx: Context, table: int) -> bool:
    """Whether a row of the table whose first line is paragraph ``table`` is headed by a
    council, a nation or a region (else its rows are one council's teams or services)."""
    def find() -> bool:
        for line in ctx.prepared.cell_lines:
            if line.table == table and line.index != table:
                start, end = line.cells[0]
                if head_authorities(ctx, line) or NATION_OR_REGION.fullmatch(ctx.text[start:end].strip()) is not None:
                    return True
        return False
    return ctx.memo(("tables", "places in table", table), find)
