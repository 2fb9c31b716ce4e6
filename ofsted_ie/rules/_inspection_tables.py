"""Inspections a table states: a column of when each council was inspected.

A league table of councils ("Council | Latest grade | Inspected", "Borough | Grade |
Date of inspection") gives each row's council an inspection of the month or year in its
date column; the row's grade is of that inspection. Read once per document from the
table lines text preparation keeps (``Prepared.cell_lines``).
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ..records import Inspection
from ..text import CellLine
from ._tables import cell_at, head_authorities, header_of

__all__ = ["RULE_TABLED", "row_inspection_date", "tabled_inspections"]

RULE_TABLED: Final = "inspections.tabled"

#: A header cell naming when each row's council was inspected: "Inspected", "Date of
#: inspection", "Last inspected", "Inspection date", "Month inspected".
_INSPECTED_COLUMN: Final = timed(r"(?i:\binspected\b|\binspection\ (?:date|month|year)\b|\bdate\ of\ (?:last\ |latest\ )?inspection\b)")


def _date_column(ctx: Context, header: CellLine) -> int | None:
    """The index of ``header``'s column of inspection dates, if it has one (read once per table)."""
    def find() -> int | None:
        return next((k for k, (start, end) in enumerate(header.cells) if _INSPECTED_COLUMN.search(ctx.text, start, end)), None)

    return ctx.memo(("inspections", "date column", header.index), find)


def _row_date(ctx: Context, row: CellLine, column: int) -> tuple[str, int, int] | None:
    """The date in ``row``'s cell of ``column`` and that cell's span."""
    if column >= len(row.cells):
        return None
    start, end = row.cells[column]
    found = [d for d in ctx.dates_in(start, end) if d.value is not None]
    return (found[0].value, start, end) if found and found[0].value is not None else None


def row_inspection_date(ctx: Context, i: int) -> str | None:
    """The inspection date of the table row holding offset ``i``, from its table's
    column of inspection dates; ``None`` off such a table."""
    cell = cell_at(ctx, i)
    header = header_of(ctx, cell.row) if cell is not None else None
    column = _date_column(ctx, header) if header is not None else None
    if cell is None or column is None:
        return None
    found = _row_date(ctx, cell.row, column)
    return found[0] if found is not None else None


def tabled_inspections(ctx: Context) -> tuple[list[Inspection], list[tuple[int, int]]]:
    """An inspection for each row of a table with a column of inspection dates whose
    first cell names one council: of that council, dated by the row's date cell; and the
    spans of those tables' headers (whose "inspection" names a column, no event)."""
    out, headers = [], []
    for row in ctx.prepared.cell_lines:
        header = header_of(ctx, row)
        column = _date_column(ctx, header) if header is not None else None
        if column is None or header is None:
            continue
        if header.span not in headers:
            headers.append(header.span)
        named = head_authorities(ctx, row)
        found = _row_date(ctx, row, column)
        if len(named) == 1 and found is not None:
            when, start, end = found
            out.append(Inspection(authority=named[0], kind="inspection", when=when, start=start, end=end, rule=RULE_TABLED))
    return out, headers
