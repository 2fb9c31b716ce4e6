"""Sorted lists of spans (start, end), not overlapping: where two of them meet, spans
merged where they touch, and the runs of neighbouring units as spans."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

__all__ = ["Span", "intersect", "runs", "union"]

#: A span of a text: start and end offsets.
Span = tuple[int, int]


def intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The spans where a span of ``a`` and one of ``b`` overlap (both sorted and not
    overlapping), in order; each span of the shorter list finds its first partner in the
    longer one by bisection (a rule's few trigger windows among a document's many
    sentences of a kind), so the work follows the shorter list and the overlaps."""
    if len(a) > len(b):
        a, b = b, a
    out: list[Span] = []
    j = 0
    for start, end in a:
        j = bisect.bisect_right(b, start, lo=j, key=_end)  # the first of ``b`` ending past ``start``
        k = j
        while k < len(b) and b[k][0] < end:
            s, e = max(start, b[k][0]), min(end, b[k][1])
            if s < e:
                out.append((s, e))
            k += 1
    return out


def _end(span: Span) -> int:
    return span[1]


def runs(indices: Sequence[int], starts: Sequence[int], ends: Sequence[int]) -> tuple[Span, ...]:
    """The spans of the units at ``indices`` (ascending; unit ``k`` runs from ``starts[k]``
    to ``ends[k]``), neighbours (``k``, ``k + 1``) made one span, so that nothing at their
    seam is lost."""
    if not indices:
        return ()
    out: list[Span] = []
    rest = iter(indices)
    first = previous = next(rest)
    for k in rest:  # one pass: a run ends where the next index is not one more
        if k != previous + 1:
            out.append((starts[first], ends[previous]))
            first = k
        previous = k
    out.append((starts[first], ends[previous]))
    return tuple(out)


def union(spans: Iterable[Span]) -> list[Span]:
    """``spans`` (sorted by start) merged where they overlap or touch."""
    out: list[Span] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
