"""The invented ratings set (tests/fixtures/invented/ratings): twenty-three news texts written
blind, before the extractor was run on them, with gold annotated by hand against the
output contract. Their ratings and inspections scores must not fall below what was
reached; a change that lowers them has broken a phenomenon they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_ie.evaluate import Scores, evaluate_dir

_INVENTED = Path(__file__).parent / "fixtures" / "invented" / "ratings"

#: The floors, each what the set reached (rounded down to two places).
FLOORS = {
    "ratings.f1": 1.00,
    "ratings.current": 0.99,
    "inspections.f1": 0.93,
    "inspections.precision": 0.96,
    "inspections.ordinal": 1.00,
}


@pytest.fixture(scope="module")
def scores() -> Scores:
    """The set scored once for all the floors."""
    return evaluate_dir(_INVENTED, texts=_INVENTED)


def test_the_set_holds_its_texts_with_gold() -> None:
    """Every text has its gold file and the set is whole."""
    texts = sorted(p.stem for p in _INVENTED.glob("*.txt"))
    assert texts == sorted(p.stem for p in _INVENTED.glob("*.json"))
    assert len(texts) == 23


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_scores_stay_at_or_above_their_floor(scores: Scores, metric: str) -> None:
    """Each metric is at least what the set reached when its floor was set."""
    value = scores.metric(metric)
    assert value is not None and round(value, 6) >= FLOORS[metric], (metric, value, scores.table())
