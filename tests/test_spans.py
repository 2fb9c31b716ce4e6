"""Tests for ofsted_ie._spans: intersections, runs of units and unions of sorted spans.

| kind | cases |
|---|---|
| synthetic | sorted, non-overlapping span lists drawn by hypothesis (touching, nested in the other list's, empty lists), compared with character-by-character references |
| negative | lists that never meet intersect in nothing |
| bugs caught | none yet (the bisecting intersection was written with these tests) |
| known failures | none |
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ofsted_ie._spans import intersect, runs, union

Span = tuple[int, int]


@st.composite
def _spans(draw: st.DrawFn) -> list[Span]:
    """Sorted spans, none empty, none overlapping (touching allowed)."""
    cuts = sorted(set(draw(st.lists(st.integers(0, 60), max_size=16))))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return [(a, b) for a, b in pairs if a < b]


@given(_spans(), _spans())
def test_intersect_gives_every_overlap_of_a_pair_in_order(a: list[Span], b: list[Span]) -> None:
    """Every pair's overlap, sorted: what comparing each span of one list with each of the other gives."""
    expected = sorted((max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b if max(x[0], y[0]) < min(x[1], y[1]))
    assert intersect(a, b) == expected
    assert intersect(b, a) == expected


def test_lists_that_never_meet_intersect_in_nothing() -> None:
    assert intersect([(0, 5), (10, 15)], [(5, 10), (15, 20)]) == []
    assert intersect([], [(0, 5)]) == []


@given(st.sets(st.integers(0, 30)))
def test_runs_join_neighbouring_units(indices: set[int]) -> None:
    """Units ``k`` and ``k + 1`` make one span; a gap in the indices starts another."""
    starts = [10 * k for k in range(31)]
    ends = [10 * k + 7 for k in range(31)]
    found = runs(sorted(indices), starts, ends)
    covered = {k for a, b in found for k in range(31) if a <= starts[k] and ends[k] <= b}
    assert covered == indices
    assert all(later[0] - earlier[1] > 3 for earlier, later in zip(found, found[1:], strict=False))


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10))))
def test_union_merges_what_overlaps_or_touches(pieces: list[tuple[int, int]]) -> None:
    """The union covers exactly the characters of the spans, and no two of its spans touch."""
    spans = sorted((a, a + n) for a, n in pieces)
    merged = union(spans)
    assert {i for a, b in merged for i in range(a, b)} == {i for a, b in spans for i in range(a, b)}
    assert all(earlier[1] < later[0] for earlier, later in zip(merged, merged[1:], strict=False))
