"""Tests for ofsted_ie.tables (``ofsted_ie.to_rows``) and the pandas example."""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import ofsted_ie
from ofsted_ie.tables import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Kent County Council was rated 'good' in 2015. About 20 per cent were agency staff."


def test_one_flat_row_per_record_with_doc_id_and_type() -> None:
    """to_rows() gives one dict per record of every Document, with doc_id and type first."""
    docs = [ofsted_ie.extract(TEXT, id="a"), ofsted_ie.extract("Surrey was judged inadequate.", id="b")]
    rows = list(ofsted_ie.to_rows(docs))
    expected = sum(len(getattr(d, k)) for d in docs for k in ("authorities", "ratings", "percentages", "caseloads",
                                                              "quotes", "inspections", "people"))
    assert len(rows) == expected
    assert {(r["doc_id"], r["type"]) for r in rows} >= {("a", "rating"), ("a", "percentage"), ("b", "rating")}
    rating = next(r for r in rows if r["type"] == "rating" and r["doc_id"] == "a")
    assert (rating["authority"], rating["grade"], rating["when"]) == ("Kent", "good", "2015")
    assert all(list(r)[:2] == ["doc_id", "type"] and set(r) <= set(COLUMNS) for r in rows)


def test_rows_write_as_csv() -> None:
    """The rows go straight into csv.DictWriter with COLUMNS."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(ofsted_ie.to_rows([ofsted_ie.extract(TEXT, id="a")]))
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert any(r["type"] == "percentage" and r["value"] == "20.0" for r in read)


def test_old_records_call_warns_and_gives_the_same_rows() -> None:
    """ofsted_ie.records(docs), the old name of to_rows, warns DeprecationWarning naming
    ofsted_ie.to_rows and gives the same rows."""
    docs = [ofsted_ie.extract(TEXT, id="a")]
    with pytest.warns(DeprecationWarning, match=r"ofsted_ie\.to_rows"):
        rows = list(ofsted_ie.records(docs))  # type: ignore[operator]  # the module is callable, deprecated
    assert rows == list(ofsted_ie.to_rows(docs)) and rows


def test_to_rows_does_not_warn() -> None:
    """The new name, ofsted_ie.to_rows, gives its rows without a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert list(ofsted_ie.to_rows([ofsted_ie.extract(TEXT, id="a")]))


def test_pandas_example_builds_ratings_over_time(
    require: Callable[[str, str], None], load_example: Callable[[str], ModuleType]
) -> None:
    """examples/ratings_over_time.py gives authorities by year with their grades."""
    require("pandas", "pandas")
    module = load_example("ratings_over_time")
    table = module.ratings_over_time(ROOT / "examples")
    assert "Sefton" in table.index and 2023 in table.columns
    assert table.loc["Sefton", 2023] == "good"


def test_to_rows_names_an_item_that_is_no_document() -> None:
    """to_rows([doc, None]) raises TypeError naming the position of the bad item."""
    import pytest

    from ofsted_ie import Document

    with pytest.raises(TypeError, match="got NoneType at position 1"):
        list(ofsted_ie.to_rows([Document(id="a"), None]))  # type: ignore[list-item]


def test_rows_repeat_the_document_and_keep_empty_and_failed_ones() -> None:
    """Each row carries its document's published date, byline and error and its evidence;
    a document with no record, or a failed input, still gives a row."""
    dated = "Kent praised\n\nBy Sam Roe\n\n| 24 March 2017\n\nKent County Council was rated 'good' by Ofsted."
    docs = [ofsted_ie.extract(dated, id="a"), ofsted_ie.extract("Nothing to see here.", id="b"),
            *ofsted_ie.extract_many([ofsted_ie.FailedInput("not UTF-8 text")], ids=["c"])]
    rows = list(ofsted_ie.to_rows(docs))
    rating = next(r for r in rows if r["type"] == "rating")
    assert (rating["published"], rating["byline"], rating["evidence"]) == ("2017-03-24", "Sam Roe", "rated 'good'")
    assert [(r["doc_id"], r["error"]) for r in rows if r["type"] == "document"] == [("b", None), ("c", "not UTF-8 text")]


def test_rows_give_whole_dates_for_partial_ones() -> None:
    """``when_start``/``when_end`` make "2016" and "2019-05" whole dates pandas parses
    together; a full date is its own range."""
    from ofsted_ie.tables import when_range

    docs = [ofsted_ie.extract("Inspectors rated Kent County Council 'good' in May 2019, up from 'inadequate' in 2016.")]
    ranges = {(r["when"], r["when_start"], r["when_end"]) for r in ofsted_ie.to_rows(docs) if r["type"] == "rating"}
    assert ranges == {("2019-05", "2019-05-01", "2019-05-31"), ("2016", "2016-01-01", "2016-12-31")}
    assert when_range("2020-02") == ("2020-02-01", "2020-02-29") and when_range("2021-03-04") == ("2021-03-04",) * 2
