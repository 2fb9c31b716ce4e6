"""Sorted lists of spans (start, end), not overlapping: where two of them meet."""

from __future__ import annotations

from collections.abc import Sequence

from .text import Span

__all__ = ["intersect"]


def intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The spans where a span of ``a`` and one of ``b`` overlap (both sorted and not
    overlapping), in order; in time linear in their lengths."""
    out: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return out
