"""Where in a text the caseload rules that read cases held, changes and earlier levels
can find a record: the sentences that talk of caseloads, the sentence after each, and
the sentences where a figure stands before cases, children or families held (their
``where``, found once per document)."""

from __future__ import annotations

import bisect
from typing import Final

from .._spans import runs
from .._timed import timed
from .._vocab import NUMBER_WORDS
from ..context import Context
from ..text import Span
from ._caseload_patterns import CASELOAD_CONTEXT, CASES_HELD, FIGURE_TRIGGERS
from ._fragments import alternation

__all__ = ["WINDOW_TRIGGERS", "sentences_about_caseloads"]

#: A figure, in digits or words, with what is held a few words after it: every match of
#: ``HELD`` that names what is held has one ("30-plus open cases", "twenty children").
_FIGURE_HELD: Final = timed(
    rf"(?i:(?:\d|\b{alternation(sorted(NUMBER_WORDS, key=len, reverse=True))})[^.!?\n]{{0,40}}?\b(?:cases|children|kids|families|young\ people)\b)"
)
#: Every match of ``CASELOAD_CONTEXT`` or ``CASES_HELD`` holds a member of each set of one
#: of these: a caseload word; an average and cases; children or families per a worker;
#: workers and cases.
_TALK_TRIGGERS: Final = (
    (("caseload", "case load", "cases per", "cases each", "cases on average", "caseholder", "apiece", "children each",
      "families each", " books"),),
    (("averag",), ("cases",)),
    (("children per", "families per"), ("worker", "practitioner")),
    (("worker", "practitioner", "staff"), ("cases",)),
)
_HELD_TRIGGERS: Final = ("cases", "children", "kids", "families", "young people")
#: The strings ``sentences_about_caseloads`` asks the document's windows about (for the
#: extractor's one-pass trigger index).
WINDOW_TRIGGERS: Final = (*(t for groups in _TALK_TRIGGERS for group in groups for t in group), *FIGURE_TRIGGERS, *_HELD_TRIGGERS)


def sentences_about_caseloads(ctx: Context) -> list[Span]:
    """The sentences talking of caseloads (``CASELOAD_CONTEXT``, ``CASES_HELD``), each with
    the sentence after it (which may refer back: "A few had 50-55."), and those where a
    figure stands before cases, children or families: the only ones where a caseload is
    held, changes or has an earlier level."""

    def find() -> list[Span]:
        sentences, text = ctx.prepared.sentences, ctx.text
        starts = [a for a, _ in sentences]
        found: set[int] = set()
        for groups in _TALK_TRIGGERS:
            for a, b in ctx.windows.spans(*groups, scope="sentence") or ():
                for pattern in (CASELOAD_CONTEXT, CASES_HELD):
                    for m in pattern.finditer(text, a, b):
                        k = bisect.bisect_right(starts, m.start()) - 1
                        found.update((k, k + 1))
        for a, b in ctx.windows.spans(FIGURE_TRIGGERS, _HELD_TRIGGERS, scope="sentence") or ():
            found.update(bisect.bisect_right(starts, m.start()) - 1 for m in _FIGURE_HELD.finditer(text, a, b))
        return list(runs(sorted(k for k in found if 0 <= k < len(sentences)), starts, [b for _, b in sentences]))

    return ctx.memo(("caseloads", "sentences about caseloads"), find)
