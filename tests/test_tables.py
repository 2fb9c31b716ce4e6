"""Tests for ofsted_ie.tables (``ofsted_ie.records``) and the pandas example."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import ofsted_ie
from ofsted_ie.tables import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Kent County Council was rated 'good' in 2015. About 20 per cent were agency staff."


def test_one_flat_row_per_record_with_doc_id_and_type() -> None:
    """records() gives one dict per record of every Document, with doc_id and type first."""
    docs = [ofsted_ie.extract(TEXT, id="a"), ofsted_ie.extract("Surrey was judged inadequate.", id="b")]
    rows = list(ofsted_ie.records(docs))
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
    writer.writerows(ofsted_ie.records([ofsted_ie.extract(TEXT, id="a")]))
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert any(r["type"] == "percentage" and r["value"] == "20.0" for r in read)


def test_pandas_example_builds_ratings_over_time(
    require: Callable[[str, str], None], load_example: Callable[[str], ModuleType]
) -> None:
    """examples/ratings_over_time.py gives authorities by year with their grades."""
    require("pandas", "pandas")
    module = load_example("ratings_over_time")
    table = module.ratings_over_time(ROOT / "examples")
    assert "Sefton" in table.index and 2023 in table.columns
    assert table.loc["Sefton", 2023] == "good"
