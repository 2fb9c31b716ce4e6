"""Tests for ofsted_ie._cells: lines parted into cells and grouped into tables.

| kind | cases |
|---|---|
| synthetic | texts drawn by hypothesis from table-like lines (tabs, bars, runs of spaces, figures, prose) |
| negative | prose with double spaces and no figure is no table |
| synthetic (pieces) | texts of cells, figures, runs of spaces, tabs, bars and blank lines in any order |
| bugs caught | none yet (the digit checks were written with these tests) |
| known failures | none |
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ofsted_ie._cells import _cell_line, _tables, cell_lines, figure_gaps
from ofsted_ie.text import prepare

_LINE = st.lists(st.sampled_from(["Kent", "North East", "12.5", "25%", "1,200", "Good", "vacancy rate", "said so."]),
                 min_size=1, max_size=5)
_SEPARATOR = st.sampled_from(["\t", " | ", "   ", " ", "\t\t"])


@given(st.lists(st.tuples(_LINE, _SEPARATOR, st.booleans()), max_size=10))
def test_lines_without_a_digit_near_them_are_skipped_without_changing_the_tables(rows: list[tuple[list[str], str, bool]]) -> None:
    """Reading only the spaced lines with a digit after a wide gap, or whose next line has
    one, gives the tables that reading every line gives."""
    text = "\n".join(("| " if bar else "") + sep.join(cells) for cells, sep, bar in rows)
    p = prepare(text)
    every = [_cell_line(p.text, p.paragraphs[k], k, p._tab_gaps, p._wide_gaps) for k in range(len(p.paragraphs))]
    expected = _tables([line for line in every if line is not None])
    assert cell_lines(p.text, p.paragraphs, range(len(p.paragraphs)), p._tab_gaps, p._wide_gaps,
                      figure_gaps(p.text, p._wide_gaps)) == expected
    assert p.cell_lines == expected


def test_prose_with_double_spaces_is_no_table() -> None:
    """Two spaces between sentences part no cells where no figure is near."""
    p = prepare("Leaders know their services well.  Practice is strong.\nInspectors agreed.  Staff are proud.")
    assert p.cell_lines == ()
    table = prepare("Council  Rate\nKent  12.5%\nSurrey  9%")
    assert [line.index for line in table.cell_lines] == [0, 1, 2]


@given(st.lists(st.sampled_from(["Kent", "rated good", "12", "25%", "1,200", "3.5 %", "x1", "  ", "   ", "\t", " | ", " ",
                                 "\n", "\n\n", "\n  "]), max_size=40))
@settings(max_examples=300, deadline=None)
def test_lines_read_for_cells_are_those_a_look_at_every_line_finds(pieces: list[str]) -> None:
    """Reading only the lines with a digit after a wide gap (or the line above one) finds
    the cell lines, tables included, that reading every line with every wide gap finds."""
    prepared = prepare("".join(pieces))
    every_line = range(len(prepared.paragraphs))
    wide = prepared._wide_gaps
    assert prepared.cell_lines == cell_lines(prepared.text, prepared.paragraphs, every_line, prepared._tab_gaps, wide, wide)
