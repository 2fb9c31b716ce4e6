"""The overlap policy: within one family, which of two overlapping mentions is kept."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from .rule import Candidate

__all__ = ["prefer_longest"]


def prefer_longest(candidates: Sequence[Candidate], order: Mapping[str, int]) -> list[Candidate]:
    """Keep, among candidates of one family, those no better candidate overlaps.

    Better means: the longer span, then the earlier start, then the rule earlier in
    the rule list (``order``: rule name -> position). Deterministic for any input order.
    """
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start, order.get(c.rule.name, 0)))
    kept: list[Candidate] = []
    # Kept spans never overlap, so with them sorted only a new span's neighbours can
    # touch it (a bisection, not a scan). Empty spans are points: they overlap only a
    # span they fall strictly inside, and are kept apart.
    starts: list[int] = []
    ends: list[int] = []
    points: list[int] = []
    for c in ranked:
        k = bisect.bisect_right(starts, c.start)
        if c.start == c.end:
            if k > 0 and starts[k - 1] < c.start < ends[k - 1]:
                continue
            bisect.insort(points, c.start)
        else:
            if (k > 0 and ends[k - 1] > c.start) or (k < len(starts) and starts[k] < c.end):
                continue
            i = bisect.bisect_right(points, c.start)
            if i < len(points) and points[i] < c.end:
                continue
            starts.insert(k, c.start)
            ends.insert(k, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))
