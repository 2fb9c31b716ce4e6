"""Which measure words of a clause may give a figure its measure: not those that lead
another figure.

In "agency staff make up 4% of the workforce, turnover is 8.7% and sickness absence has
dropped to 3.1%" a measure word is the subject of the figure its verb leads to, however
near the figure before it stands; coordinated words before as many coordinated figures
pair in order ("vacancy and turnover rates were 18% and 21%").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import regex

from .._timed import FROM_END, timed

#: A verb that leads its subject to a figure: "was", "stood at", "make up", "has dropped to".
_TO_A_FIGURE: Final = (
    r"\ (?i:was|is|were|are|stood\ at|stands\ at|reached|hit|remained\ at|remains\ at|ran\ at|runs\ at|makes?\ up|made\ up"
    r"|accounts?\ for|accounted\ for|(?:has\ |have\ |had\ )?(?:fallen|risen|dropped|fell|rose|climbed|increased|decreased|grown|grew)\ to)"
    r"\ (?:(?i:just|about|around|nearly|almost|over|under|only|roughly|some)\ )?"
)
#: What makes a measure word the subject of the figure after it: "turnover was 15.2%",
#: "agency staff now make up just 4%", "sickness absence has dropped to 3.1%".
LEADS_A_FIGURE: Final = timed(
    r"(?:\ (?i:in\ employment|programme|scheme)){0,2}(?:\ \((?i:asye)\))?\)?(?:\ (?i:staff|workers?|social\ workers?|absence))?(?:\ (?i:rates?|levels?|figures?))?(?:\ (?i:now|then|also|still))?"
    + _TO_A_FIGURE + r"(?:\d|(?=(?i:a|an|one|two|three|four|nine|half)\b)\w)"  # "(ASYE) make up 15%", "... made up one in six"
)
#: A figure led by a subject of its own: "... sickness absence has dropped to 3.1%".
_LED: Final = timed(_TO_A_FIGURE + r"$", FROM_END)
#: A figure given as a share: "4%", "8.7 per cent".
_SHARE_FIGURE: Final = timed(r"(?<![\d.,])\d+(?:\.\d+)?\ ?(?:%|(?i:per\ ?cent|percent))")
#: What may stand between coordinated figures: "18% and 21%", "18%, 21% and 30%".
_FIGURES_JOINED: Final = timed(r",?\ (?:and\ )?")
#: What may stand between coordinated measure words: "vacancy and turnover", "agency, vacancy and turnover".
_WORDS_JOINED: Final = timed(r"(?:\ (?i:staff|workers?|rates?))?(?:,\ (?:and\ )?|\ and\ |\ and\ the\ )")


def owned(text: str, keywords: Sequence[regex.Match[str]], start: int, end: int, c_start: int, c_end: int) -> list[regex.Match[str]]:
    """The measure words of the clause ``c_start``-``c_end`` that may give the figure at
    ``start``-``end`` its measure: coordinated words before as many coordinated figures
    pair in order; else all but those whose verb leads to another figure, after it or,
    when a verb leads to it too, before it ("a figure set against another, "below the
    national average of 14%", takes that one's measure)."""
    if not keywords:
        return []
    spans = sorted({(m.start(), m.end()) for m in _SHARE_FIGURE.finditer(text, c_start, c_end)} | {(start, end)})
    if len(spans) < 2:
        return list(keywords)
    paired = _paired(text, keywords, spans)
    if paired is not None and (start, end) in spans:
        k = spans.index((start, end))
        return [paired[k]] if k < len(paired) else []
    led = _LED.search(text, max(c_start, start - 40), start) is not None
    return [k for k in keywords if (k.start() < start and not led) or (lead := LEADS_A_FIGURE.match(text, k.end())) is None
            or start <= lead.end() - 1 < end]


def _paired(text: str, keywords: Sequence[regex.Match[str]], spans: list[tuple[int, int]]) -> list[regex.Match[str]] | None:
    """The k-th coordinated measure word for the k-th of as many coordinated figures after
    them all ("vacancy and turnover rates were 18% and 21%"), else ``None``."""
    if len(keywords) != len(spans) or keywords[-1].end() > spans[0][0]:
        return None
    if not all(_WORDS_JOINED.fullmatch(text, a.end(), b.start()) for a, b in itertools.pairwise(keywords)):
        return None
    if not all(_FIGURES_JOINED.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(spans)):
        return None
    return list(keywords)


__all__ = ["LEADS_A_FIGURE", "owned"]
