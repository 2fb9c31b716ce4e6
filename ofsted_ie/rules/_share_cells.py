"""Table rows whose shares carry no sign: a column headed as a share ("Vacancy rate (%)",
"Turnover %", "Agency share", or a year under a title naming one) gives each row's bare figure ("Derby | 14.2 | 9.1") as a
percentage of the column's measure, as a signed cell ("14.2%") would be; so does a row
labelled as a share under a header of years ("Agency social workers (%) | 38.0 | 29.4"
under "Measure | 2021 | 2022": a table of one council's measures over time).

``share_rows`` gives the rows of such tables once per document (the percentage rule's
``where``); ``share_column`` says whether a cell's column is such a column.
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ..text import CellLine, Span
from ._tables import Cell, column_name, column_year, header_lines, header_of, table_title

__all__ = ["labelled_as_share", "row_label", "share_column", "share_rows"]

#: A column header naming a share: "(%)", "%", "per cent", "percentage", "proportion",
#: "share", or a rate that is no count per head ("Vacancy rate", not "Rate per 10,000").
_SHARE_HEADER: Final = timed(
    r"(?i:%|\bper\ ?cent\b|\bpercent(?:age)?\b|\bproportion\b|\bshare\b|\brate\b(?![^|\t]{0,20}\bper\b))"
)


def share_column(ctx: Context, cell: Cell) -> bool:
    """Whether ``cell``'s column header names a share ("Vacancy rate (%)", "Agency %"), or
    a year under a table title that does ("Agency rate, 2016 and 2017" over "Council |
    2016 | 2017") or in a row labelled as one ("Agency social workers (%)")."""
    name = column_name(ctx, cell)
    if bool(name) and _SHARE_HEADER.search(name or "") is not None:
        return True
    return column_year(ctx, cell) is not None and (_title_share(ctx, cell.row) or labelled_as_share(ctx, cell.row))


def labelled_as_share(ctx: Context, row: CellLine) -> bool:
    """Whether ``row``'s first cell names a share ("Agency social workers (%)", "Vacancy rate")."""
    return _SHARE_HEADER.search(row_label(ctx, row)) is not None


def row_label(ctx: Context, row: CellLine) -> str:
    """The first cell of ``row``: what its figures are of ("Vacancy rate (%)", "Kent")."""
    start, end = row.cells[0] if row.cells else (0, 0)
    return ctx.text[start:end]


#: A header cell that is a year alone, perhaps after its month, or a span of years:
#: "2019", "(2019)", "Sept 2019", "2019/20".
_YEAR_CELL: Final = timed(r"\W*(?:\p{Lu}\p{Ll}{2,8}\.?\ )?(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?\W*")


def _title_share(ctx: Context, row: CellLine) -> bool:
    """Whether the title above ``row``'s table names a share ("Turnover rate, 2016 to 2018")."""
    title = table_title(ctx, row)
    return title is not None and _SHARE_HEADER.search(title) is not None


def share_rows(ctx: Context) -> list[Span]:
    """The rows (each with its line's end) of the tables whose header names a share in a
    column after the first."""
    def rows() -> list[Span]:
        out: list[Span] = []
        for row in ctx.prepared.cell_lines:
            header, heads = header_of(ctx, row), [c for line in header_lines(ctx, row) for c in line.cells[1:]]
            years = header is not None and any(_YEAR_CELL.fullmatch(ctx.text, a, b) for a, b in header.cells[1:])
            if header is None or not (any(_SHARE_HEADER.search(ctx.text, a, b) for a, b in heads)
                                      or (years and (_title_share(ctx, row) or labelled_as_share(ctx, row)))):
                continue
            start, end = row.span
            if out and out[-1][1] >= start:
                out[-1] = (out[-1][0], max(out[-1][1], end + 1))
            else:
                out.append((start, end + 1))
        return out

    return ctx.memo(("percentages", "share rows"), rows)
