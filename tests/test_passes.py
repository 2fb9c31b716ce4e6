"""Tests for ofsted_ie.passes: passes declare what they read and write, and the
extractor orders them by it or refuses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from ofsted_ie import Extractor
from ofsted_ie.context import Context
from ofsted_ie.passes import Pass, order_passes
from ofsted_ie.rules import PASSES


def _same(records: list[Any], ctx: Context, others: Mapping[str, Sequence[Any]]) -> list[Any]:
    return records


def test_default_passes_listed_in_reverse_give_the_same_document() -> None:
    """Listed reversed, the default passes still run inspections before the ratings that
    read them, and give the same Document."""
    text = "London, 3 May 2019\nKent was inspected in March 2018. Ofsted rated it 'good'.\n"
    backward = Extractor(passes=tuple(reversed(PASSES)))
    names = [p.name for p in backward.passes]
    assert names.index("inspections.finalise") < names.index("ratings.finalise")
    assert backward.extract(text) == Extractor().extract(text)


def test_a_reader_runs_after_the_writer_listed_after_it() -> None:
    """A pass reading a kind waits for the pass that writes it, wherever it is listed."""
    reader = Pass(name="ratings.reads_people", writes="ratings", reads=("people",), run=_same)
    writer = Pass(name="people.tidy", writes="people", run=_same)
    assert [p.name for p in order_passes([reader, writer])] == ["people.tidy", "ratings.reads_people"]


def test_passes_that_wait_for_each_other_are_refused_by_name() -> None:
    """Two passes each reading what the other writes admit no order: a ValueError names both."""
    a = Pass(name="ratings.from_inspections", writes="ratings", reads=("inspections",), run=_same)
    b = Pass(name="inspections.from_ratings", writes="inspections", reads=("ratings",), run=_same)
    with pytest.raises(ValueError, match=r"ratings\.from_inspections.*inspections\.from_ratings"):
        Extractor(passes=(a, b))


def test_a_repeated_pass_name_is_refused() -> None:
    """Two passes of one name are refused, naming it."""
    p = Pass(name="quotes.finalise", writes="quotes", run=_same)
    with pytest.raises(ValueError, match="repeated: quotes.finalise"):
        order_passes([p, p])


def test_a_pass_must_name_record_kinds() -> None:
    """A pass reading or writing something that is not a record kind is refused."""
    with pytest.raises(ValueError, match="bananas"):
        Pass(name="ratings.odd", writes="ratings", reads=("bananas",), run=_same)
    with pytest.raises(ValueError):
        Pass(name="ratings.odd", writes="bananas", run=_same)


def test_a_pass_sees_the_finished_records_of_what_it_reads() -> None:
    """A pass reading inspections gets them after the inspections pass has dated them."""
    seen: list[tuple[str | None, ...]] = []

    def spy(records: list[Any], ctx: Context, others: Mapping[str, Sequence[Any]]) -> list[Any]:
        seen.append(tuple(i.when for i in others["inspections"]))
        return records

    extractor = Extractor(passes=(Pass(name="ratings.spy", writes="ratings", reads=("inspections",), run=spy), *PASSES))
    extractor.extract("London, 3 May 2019\nKent was inspected in March. It was rated 'good'.")
    assert seen == [("2019-03",)]
