"""The invented people set (issue 22): twelve stories written blind, before the
extractor was run on them (``tests/fixtures/invented/people``), each with gold written by
hand to the output contract. Speakers of every kind, introduced in every way, quotes
whose source must be inferred, datelines in many site formats. The floors are what the
extractor reached on the set (rounded down), so that none of it can regress."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_ie.evaluate import Scores, evaluate_dir

_SET = Path(__file__).parent / "fixtures" / "invented" / "people"

#: Metric -> the floor reached (blind: people.f1 0.89, people.role 0.79, quotes.source 0.71).
FLOORS = {
    "people.f1": 0.98,
    "people.role": 0.97,
    "quotes.f1": 1.0,
    "quotes.source": 0.98,
    "published.f1": 1.0,
}


@pytest.fixture(scope="module")
def scores() -> Scores:
    return evaluate_dir(_SET)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_the_invented_people_set_keeps_its_floor(scores: Scores, metric: str) -> None:
    """Each metric of the invented set is at least the floor it reached."""
    value = scores.metric(metric)
    assert value is not None and value >= FLOORS[metric], (metric, value, "\n".join(scores.misses))


def test_the_set_has_its_twelve_documents(scores: Scores) -> None:
    """Every story is read with its gold: none silently skipped."""
    assert scores.documents == 12
