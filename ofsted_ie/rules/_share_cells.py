"""Table rows whose shares carry no sign: a column headed as a share ("Vacancy rate (%)",
"Turnover %", "Agency share") gives each row's bare figure ("Derby | 14.2 | 9.1") as a
percentage of the column's measure, as a signed cell ("14.2%") would be.

``share_rows`` gives the rows of such tables once per document (the percentage rule's
``where``); ``share_column`` says whether a cell's column is such a column.
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ..text import Span
from ._tables import Cell, column_name, header_of

__all__ = ["share_column", "share_rows"]

#: A column header naming a share: "(%)", "%", "per cent", "percentage", "proportion",
#: "share", or a rate that is no count per head ("Vacancy rate", not "Rate per 10,000").
_SHARE_HEADER: Final = timed(
    r"(?i:%|\bper\ ?cent\b|\bpercent(?:age)?\b|\bproportion\b|\bshare\b|\brate\b(?![^|\t]{0,20}\bper\b))"
)


def share_column(ctx: Context, cell: Cell) -> bool:
    """Whether ``cell``'s column header names a share ("Vacancy rate (%)", "Agency %")."""
    name = column_name(ctx, cell)
    return bool(name) and _SHARE_HEADER.search(name or "") is not None


def share_rows(ctx: Context) -> list[Span]:
    """The rows (each with its line's end) of the tables whose header names a share in a
    column after the first."""
    def rows() -> list[Span]:
        out: list[Span] = []
        for row in ctx.prepared.cell_lines:
            header = header_of(ctx, row)
            if header is None or not any(_SHARE_HEADER.search(ctx.text, a, b) for a, b in header.cells[1:]):
                continue
            start, end = row.span
            if out and out[-1][1] >= start:
                out[-1] = (out[-1][0], max(out[-1][1], end + 1))
            else:
                out.append((start, end + 1))
        return out

    return ctx.memo(("percentages", "share rows"), rows)
