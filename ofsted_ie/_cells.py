"""Lines parted into cells (by tabs, bars or runs of spaces) and grouped into tables:
what ``Prepared.cell_lines`` reads of a normalised text's lines."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final, Literal

import attrs
import regex

from ._spans import Span
from ._timed import timed

__all__ = ["CellKind", "CellLine", "Span", "cell_lines", "figure_gaps"]

#: What parts a line's cells: a tab, a bar, or a run of two or more spaces.
CellKind = Literal["tab", "bar", "space"]
#: A cell that is a figure: "12.5", "1,200", "25%", "25 %".
_FIGURE_CELL: Final = timed(r"\d[\d.,]{0,20}(?: ?%)?")


#: A cell that is a year: a header's, no figure of a row.
_YEAR_CELL: Final = timed(r"(?:19|20)\d\d")


@attrs.frozen
class CellLine:
    """A line parted into cells: its kind of separator, its cells and its table."""

    #: Index of the line in ``Prepared.paragraphs``.
    index: int
    kind: CellKind
    span: Span
    #: The cells, without the spaces around them; an empty cell is an empty span.
    cells: tuple[Span, ...]
    #: Whether a cell after the first is a figure ("12.5", "25%").
    figures: bool
    #: ``index`` of the first line of the table holding this line.
    table: int = -1


def cell_lines(text: str, paragraphs: Sequence[Span], parted: Sequence[int], tab_gaps: tuple[int, ...],
               wide_gaps: tuple[int, ...], figure_gaps: tuple[int, ...]) -> tuple[CellLine, ...]:
    """The lines at ``parted`` (indices into ``paragraphs``, ascending, each holding a tab,
    a bar or a wide gap) that part into cells, grouped into tables. A line parted only by
    wide gaps is read only if it or the line after it has one of ``figure_gaps`` (wide gaps
    that may open a figure's cell, a digit after them; every wide gap will do, only slower):
    without one it is neither a row of figures nor the header right above one."""
    found = []
    for k in parted:
        start, end = paragraphs[k]
        if not _gaps_in(tab_gaps, start, end + 1) and "|" not in text[start:end]:
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if not _any_in(figure_gaps, start + 1, end) and (after is None or not _any_in(figure_gaps, after[0] + 1, after[1])):
                continue
        line = _cell_line(text, paragraphs[k], k, tab_gaps, wide_gaps)
        if line is not None:
            found.append(line)
    return _tables(found)


def figure_gaps(text: str, wide_gaps: tuple[int, ...]) -> tuple[int, ...]:
    """The wide gaps with a digit right after them: only after one can a spaced line's cell
    be a figure (``_FIGURE_CELL`` opens on a digit, and a gap's run of spaces is one space)."""
    return tuple(g for g in wide_gaps if text[g + 1 : g + 2].isdecimal())


def _any_in(gaps: tuple[int, ...], start: int, end: int) -> bool:
    return bisect.bisect_left(gaps, start) < bisect.bisect_left(gaps, end)


def _gaps_in(gaps: tuple[int, ...], start: int, end: int) -> list[int]:
    return list(gaps[bisect.bisect_left(gaps, start) : bisect.bisect_left(gaps, end)])


def _cell_line(
    text: str, span: Span, index: int, tab_gaps: tuple[int, ...], wide_gaps: tuple[int, ...]
) -> CellLine | None:
    """The cells of line ``index`` at ``span``: parted by tabs, else bars, else wide gaps
    (``_tables`` keeps spaced lines only in tables of figures); ``None`` for one cell."""
    start, end = span
    kind: CellKind
    seps = _gaps_in(tab_gaps, start + 1, end)
    empty_before: list[Span] = []
    empty_after: list[Span] = []
    if seps:
        kind = "tab"
        # tabs at the ends of a row with tabs inside part empty cells ("<tab>Vacancy rate<tab>
        # Agency staff", a header over the councils' column); alone, a tab only indents
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        empty_before = [(start, start)] * len(_gaps_in(tab_gaps, line_start, start))
        empty_after = [(end, end)] * len(_gaps_in(tab_gaps, end, len(text) if line_end == -1 else line_end))
    elif "|" in text[start:end]:
        kind, seps = "bar", [m.start() for m in regex.finditer(r"\|", text, pos=start, endpos=end)]
    else:
        kind, seps = "space", _gaps_in(wide_gaps, start + 1, end)
        if not seps:
            return None
    bounds = [start, *(x for g in seps for x in (g, g + 1)), end]
    cells = [*empty_before, *(_strip(text, bounds[k], max(bounds[k], bounds[k + 1])) for k in range(0, len(bounds), 2)),
             *empty_after]
    if kind == "bar":  # "| a | b |": the outer bars close the row, they part no cells
        if cells and cells[0][0] == cells[0][1] and text[start] == "|":
            cells.pop(0)
        if cells and cells[-1][0] == cells[-1][1] and text[end - 1] == "|":
            cells.pop()
    if kind == "space" and _gaps_in(wide_gaps, start - 1, start) and text[start - 2 : start - 1] in ("\n", "") and not any(
            _FIGURE_CELL.fullmatch(text, a, b) and not _YEAR_CELL.fullmatch(text, a, b) for a, b in cells):
        cells.insert(0, (start, start))  # a header indented over the figures ("   2021   2022"): the rows' heads' column blank
    if len(cells) < 2:
        return None
    figures = any(_FIGURE_CELL.fullmatch(text, a, b) for a, b in cells[1:])
    return CellLine(index=index, kind=kind, span=span, cells=tuple(cells), figures=figures)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _tables(lines: list[CellLine]) -> tuple[CellLine, ...]:
    """``lines`` grouped into tables: consecutive lines of the same kind of cells (and, for
    spaced lines, the same number of them).

    Spaced lines are a table's rows only with a figure in them ("Kent  25%  12"), or as the
    header right above such a row (a header of two lines, each word of a column's name on
    its own line, is one): two spaces between words of prose part no cells.
    """
    out: list[CellLine] = []
    heads = [False] * len(lines)  # a spaced line over figures: right above a row of them, or above such a line
    for k in range(len(lines) - 2, -1, -1):
        line, after = lines[k], lines[k + 1]
        heads[k] = (after.index == line.index + 1 and after.kind == "space" and len(after.cells) == len(line.cells)
                    and (after.figures or heads[k + 1]))
    for k, line in enumerate(lines):
        if line.kind == "space" and not line.figures and not heads[k]:
            continue
        prev = out[-1] if out else None
        joins = (prev is not None and prev.index == line.index - 1 and prev.kind == line.kind
                 and (line.kind != "space" or len(prev.cells) == len(line.cells)))
        out.append(attrs.evolve(line, table=prev.table if joins and prev is not None else line.index))
    return tuple(out)
