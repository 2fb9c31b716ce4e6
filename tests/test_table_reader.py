"""Tests for ofsted_ie.rules._tables and the cells ``text.prepare`` keeps: tables read alike
whatever parts their cells (tabs, bars, bars at the edges, aligned spaces)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies import authority_names
from ofsted_ie.text import prepare

Row = Sequence[str]

#: How a table's cells are parted: by tabs, by bars, by bars with outer bars too.
SEPARATORS = {"tab": "\t", "bar": " | ", "outer_bars": " | "}
#: Also aligned columns (two or more spaces): these part cells only in rows of figures.
ALL_SEPARATORS = {**SEPARATORS, "aligned": "   "}

#: How a grade cell is written, by grade.
GRADE_CELLS = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement",
               "inadequate": "Inadequate"}


def render(rows: Sequence[Row], style: str) -> tuple[str, list[list[int]]]:
    """``rows`` as a table in ``style`` under a title line, with where each cell starts."""
    sep = ALL_SEPARATORS[style]
    text = "Figures for the year\n\n"
    starts: list[list[int]] = []
    for row in rows:
        line = "| " if style == "outer_bars" else ""
        at: list[int] = []
        for k, cell in enumerate(row):
            if k:
                line += sep
            at.append(len(text) + len(line))
            line += cell
        text += line + (" |" if style == "outer_bars" else "") + "\n"
        starts.append(at)
    return text, starts


RATING_ROWS = [["Local authority", "Children in care", "Ofsted rating"],
               ["Leeds", "1,250", "Outstanding"], ["Kent/Medway", "2,310", "Good"],
               ["Bexley", "412", "Requires improvement"], ["Sandwell", "980", "Inadequate"]]
PERCENTAGE_ROWS = [["Local authority", "Vacancy rate", "Agency staff", "Turnover", "Assessments on time"],
                   ["Leeds", "12.5%", "8%", "14.1%", "71%"], ["Bexley", "20.3%", "17.5%", "9%", "64%"]]
CASELOAD_ROWS = [["Local authority", "Number of caseholders", "Average caseload", "Last Ofsted rating"],
                 ["Leeds", "310", "14.2", "Outstanding"], ["Kent/Medway", "655.5", "17", "Good"],
                 ["Bexley", "120", "19.6", "Requires improvement"]]


@pytest.mark.parametrize("style", SEPARATORS)
def test_a_rating_table_gives_one_rating_per_council_and_grade_cell(style: str) -> None:
    """Each row's grade cell rates every council at the row's head, its evidence the cell."""
    text, _ = render(RATING_ROWS, style)
    doc = ofsted_ie.extract(text)
    assert {(r.authority, r.grade, r.judgement) for r in doc.ratings} == {
        ("Leeds", "outstanding", "overall"), ("Kent", "good", "overall"), ("Medway", "good", "overall"),
        ("Bexley", "requires_improvement", "overall"), ("Sandwell", "inadequate", "overall")}
    assert {text[r.start : r.end] for r in doc.ratings} == {"Outstanding", "Good", "Requires improvement", "Inadequate"}


@pytest.mark.parametrize("style", SEPARATORS)
def test_a_percentage_table_gives_each_cell_its_column_s_measure(style: str) -> None:
    """A share takes its column header's measure; a column naming none is ``other``."""
    text, _ = render(PERCENTAGE_ROWS, style)
    doc = ofsted_ie.extract(text)
    assert {(p.authority, p.value, p.measure) for p in doc.percentages} == {
        ("Leeds", 12.5, "vacancy_rate"), ("Leeds", 8.0, "agency_staff"), ("Leeds", 14.1, "turnover"),
        ("Leeds", 71.0, "other"), ("Bexley", 20.3, "vacancy_rate"), ("Bexley", 17.5, "agency_staff"),
        ("Bexley", 9.0, "turnover"), ("Bexley", 64.0, "other")}
    assert all(text[p.start : p.end] == f"{p.value:g}%" for p in doc.percentages)


@pytest.mark.parametrize("style", SEPARATORS)
def test_a_caseload_table_gives_the_caseload_column_s_cells(style: str) -> None:
    """The cell under an average caseload header is each head council's average caseload."""
    text, _ = render(CASELOAD_ROWS, style)
    doc = ofsted_ie.extract(text)
    assert {(c.authority, c.value, c.statistic) for c in doc.caseloads} == {
        ("Leeds", 14.2, "average"), ("Kent", 17.0, "average"), ("Medway", 17.0, "average"), ("Bexley", 19.6, "average")}
    assert {text[c.start : c.end] for c in doc.caseloads} == {"14.2", "17", "19.6"}


def _keys(doc: ofsted_ie.Document, text: str) -> set[tuple[object, ...]]:
    return ({("rating", r.authority, r.grade, r.judgement, text[r.start : r.end]) for r in doc.ratings}
            | {("percentage", p.authority, p.value, p.measure, text[p.start : p.end]) for p in doc.percentages}
            | {("caseload", c.authority, c.value, c.statistic, text[c.start : c.end]) for c in doc.caseloads})


@pytest.mark.parametrize("rows", [RATING_ROWS, PERCENTAGE_ROWS, CASELOAD_ROWS], ids=["ratings", "percentages", "caseloads"])
def test_tabs_and_bars_give_the_same_records(rows: list[Row]) -> None:
    """A table gives the same records, evidence included, whatever parts its cells."""
    found = {style: _keys(ofsted_ie.extract(render(rows, style)[0]), render(rows, style)[0]) for style in SEPARATORS}
    assert found["tab"] == found["bar"] == found["outer_bars"] != set()


def _percent(tenths: int) -> str:
    return f"{tenths / 10:g}%"


WORKFORCE_HEADER = ["Local authority", "Vacancy rate", "Agency staff", "Turnover", "Average caseload", "Ofsted rating"]


@settings(max_examples=40, deadline=None)
@given(
    councils=st.lists(authority_names(), min_size=1, max_size=6, unique=True),
    data=st.data(),
    style=st.sampled_from(sorted(ALL_SEPARATORS)),
)
def test_drawn_tables_are_recovered(councils: list[str], data: st.DataObject, style: str) -> None:
    """Drawn councils, shares, caseloads and grades come back from their table's cells,
    each record's evidence its cell, whatever parts the cells."""
    rows: list[Row] = [WORKFORCE_HEADER]
    expected: set[tuple[object, ...]] = set()
    for council in councils:
        shares = data.draw(st.lists(st.integers(1, 999), min_size=3, max_size=3))
        caseload = data.draw(st.integers(5, 40))
        grade = data.draw(st.sampled_from(sorted(GRADE_CELLS)))
        rows.append([council, *map(_percent, shares), str(caseload), GRADE_CELLS[grade]])
        for tenths, measure in zip(shares, ("vacancy_rate", "agency_staff", "turnover"), strict=True):
            expected.add(("percentage", council, tenths / 10, measure, _percent(tenths)))
        expected.add(("caseload", council, float(caseload), "average", str(caseload)))
        expected.add(("rating", council, grade, "overall", GRADE_CELLS[grade]))
    text, _ = render(rows, style)
    assert _keys(ofsted_ie.extract(text), text) == expected


def test_every_row_of_a_long_tab_table_gets_its_column_s_measure() -> None:
    """In a 152-row tab table, the header is read once for all rows: the last row's shares
    take their columns' measures as the first row's do."""
    names = ["Leeds", "Bexley", "Sandwell", "Sutton", "Kent", "Hull", "Dorset", "Bolton"]
    rows: list[Row] = [["Local authority", "Vacancy rate", "Agency staff", "Turnover", "Caseload"]]
    for k in range(152):
        rows.append([names[k % len(names)], f"{k % 90 + 1}.5%", f"{k % 40 + 2}%", f"{k % 30 + 3}.1%", str(k % 20 + 10)])
    text, starts = render(rows, "tab")
    doc = ofsted_ie.extract(text)
    measures = {p.start: p.measure for p in doc.percentages}
    columns = ("vacancy_rate", "agency_staff", "turnover")
    assert {(row[1 + k], measures.get(at[1 + k])) for row, at in zip(rows[1:], starts[1:], strict=True)
            for k in range(3)} == {(row[1 + k], columns[k]) for row in rows[1:] for k in range(3)}
    assert len(doc.percentages) == 3 * 152


@pytest.mark.parametrize(
    "text",
    ["\tVacancy rate\tAgency staff\nBolton\t12%\t8%\nWigan\t9%\n",
     "Local authority\tVacancy rate\tAgency staff\nBolton\t12%\t8%\nWigan\t9%\t\n"],
    ids=["empty corner cell", "short row"],
)
def test_a_tab_table_s_empty_cells_keep_its_columns(text: str) -> None:
    """A header's empty first cell, or a row's missing last cells, shift no column."""
    doc = ofsted_ie.extract(text)
    assert {(p.authority, p.value, p.measure) for p in doc.percentages} == {
        ("Bolton", 12.0, "vacancy_rate"), ("Bolton", 8.0, "agency_staff"), ("Wigan", 9.0, "vacancy_rate")}


# -- the cells text preparation keeps ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind", "cells"),
    [
        ("Leeds\t12%\t\tGood", "tab", ["Leeds", "12%", "", "Good"]),
        ("| Leeds | 12% | Good |", "bar", ["Leeds", "12%", "Good"]),
        ("Leeds | 12% | Good", "bar", ["Leeds", "12%", "Good"]),
        ("Leeds    12%   14.5", "space", ["Leeds", "12%", "14.5"]),
    ],
    ids=["tab, with an empty cell", "outer bars", "bars", "aligned figures"],
)
def test_prepare_keeps_a_line_s_cells(text: str, kind: str, cells: list[str]) -> None:
    """A line's cells, as the separators left them, index the normalised text."""
    p = prepare(text)
    (line,) = p.cell_lines
    assert (line.kind, [p.text[a:b] for a, b in line.cells]) == (kind, cells)


def test_tabs_are_still_spaces_in_the_normalised_text() -> None:
    """Tabs become single spaces, so prose patterns read a tab table as before."""
    p = prepare("Local authority\tRating\nLeeds\t\tOutstanding")
    assert p.text == "Local authority Rating\nLeeds Outstanding"
    assert p.original[p.to_original_start(23) : p.to_original_end(28)] == "Leeds"


def test_consecutive_lines_of_the_same_cells_make_one_table() -> None:
    """A header and its rows are one table; a line of other cells starts another."""
    p = prepare("Name\tRate\nLeeds\t12%\nKent\t9%\nA | B | C\n")
    assert [line.table for line in p.cell_lines] == [0, 0, 0, 3]


# -- NEGATIVE: no table -----------------------------------------------------------------

def test_two_spaces_between_words_of_prose_part_no_cells() -> None:
    """A sentence with two spaces between words is prose, not a table row."""
    text = "Leeds  said its vacancy rate  rose to 25%  last year, and it was rated  Good."
    assert prepare(text).cell_lines == ()
    doc = ofsted_ie.extract(text)
    assert [(p.value, p.measure) for p in doc.percentages] == [(25.0, "vacancy_rate")]
    assert "ratings.table_row" not in {r.rule for r in doc.ratings}
    assert "caseloads.table_row" not in {c.rule for c in doc.caseloads}


def test_a_tab_indented_paragraph_gives_no_table_records() -> None:
    """A tab before a paragraph indents it: no cells, and no table records."""
    text = ("\tLeeds said average caseloads were 17 while agency staff made up 12% of its workforce.\n"
            "\tIts children's services were rated Good.\n")
    assert prepare(text).cell_lines == ()
    doc = ofsted_ie.extract(text)
    assert "ratings.table_row" not in {r.rule for r in doc.ratings}
    assert "caseloads.table_row" not in {c.rule for c in doc.caseloads}
    assert {(c.authority, c.value) for c in doc.caseloads} == {("Leeds", 17.0)}


def test_a_bar_line_without_a_header_keeps_the_nearest_keyword() -> None:
    """A lone line with a bar is a table without a header: keywords give the measure."""
    (p,) = ofsted_ie.extract("Workforce | Agency staff in Kent made up 12% of social workers.").percentages
    assert p.measure == "agency_staff"

