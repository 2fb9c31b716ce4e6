"""Tests for ofsted_ie._cells: lines parted into cells and grouped into tables.

| kind | cases |
|---|---|
| synthetic | texts drawn by hypothesis from table-like lines (tabs, bars, runs of spaces, figures, prose) |
| negative | prose with double spaces and no figure is no table |
| bugs caught | none yet (the digit check was written with this test) |
| known failures | none |
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ofsted_ie._cells import _cell_line, _tables, cell_lines
from ofsted_ie.text import prepare

_LINE = st.lists(st.sampled_from(["Kent", "North East", "12.5", "25%", "1,200", "Good", "vacancy rate", "said so."]),
                 min_size=1, max_size=5)
_SEPARATOR = st.sampled_from(["\t", " | ", "   ", " ", "\t\t"])


@given(st.lists(st.tuples(_LINE, _SEPARATOR, st.booleans()), max_size=10))
def test_lines_without_a_digit_near_them_are_skipped_without_changing_the_tables(rows: list[tuple[list[str], str, bool]]) -> None:
    """Reading only the spaced lines that hold a digit, or whose next line does, gives the
    tables that reading every parted line gives."""
    text = "\n".join(("| " if bar else "") + sep.join(cells) for cells, sep, bar in rows)
    p = prepare(text)
    parted = sorted({p.paragraph_index(i) for i in p._separators()} - {-1})
    every = [_cell_line(p.text, p.paragraphs[k], k, p._tab_gaps, p._wide_gaps) for k in parted]
    expected = _tables([line for line in every if line is not None])
    assert cell_lines(p.text, p.paragraphs, parted, p._tab_gaps, p._wide_gaps) == expected
    assert p.cell_lines == expected


def test_prose_with_double_spaces_is_no_table() -> None:
    """Two spaces between sentences part no cells where no figure is near."""
    p = prepare("Leaders know their services well.  Practice is strong.\nInspectors agreed.  Staff are proud.")
    assert p.cell_lines == ()
    table = prepare("Council  Rate\nKent  12.5%\nSurrey  9%")
    assert [line.index for line in table.cell_lines] == [0, 1, 2]
