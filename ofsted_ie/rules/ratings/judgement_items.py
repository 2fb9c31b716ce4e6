"""A report's list of judgements as a copy of the report carries it (a page that put
the PDF's text on the web): items of a judgement's label and its grade in capitals,
numbered or not ("2.1 Adoption performance Good"), run together on one line or wrapped
over lines ("2. Children looked after and achieving\\npermanence\\nRequires\\nImprovement").
The pattern, where it is worth running, and the build are here.
"""

from __future__ import annotations

from functools import partial
from typing import Final

import regex

from ...context import Context
from ...records import Rating
from ...text import Span
from .._common import grade_of
from .fragments import _JUDGEMENT_PATTERN, _judgement
from .guards import guard_other_subject, guard_row_clause, vetoed

__all__ = ["GRADE_CELLS", "JUDGEMENT_ITEM", "build_judgement_item", "near_grade_cells"]

#: A grade as a report's table writes it, its words perhaps on lines of their own.
_CELL_GRADE = r"(?:Outstanding|Good|Inadequate|Adequate|Requires\s{1,3}[Ii]mprovement(?:\s{1,3}to\s{1,3}be\s{1,3}[Gg]ood)?)"
#: An item's number: "2.", "2.1", "3".
_NUMBER = r"\d{1,2}(?:\.\d{1,2})?\.?"
#: What ends an item after its grade: its line, else the next item or sentence opening
#: with a capital (after a footnote's number, perhaps).
_ITEM_END = rf"(?=[\ \t]*(?:\n|$)|\s{{1,3}}(?:\d\s{{1,3}})?(?:{_NUMBER}\s{{1,3}})?\p{{Lu}}[\p{{Ll}}\s])"
#: An item: perhaps a number, a label of words opening with a capital, not a grade's (no sentence's
#: stop in it, its words perhaps wrapped over lines), perhaps a footnote's number, the grade.
JUDGEMENT_ITEM = rf"""
    (?:(?<![\w.]){_NUMBER}\s{{1,3}})?
    (?P<label>(?<![\w'\u2019-])(?!{_CELL_GRADE}(?![\w'\u2019-]))\p{{Lu}}[\w'\u2019-]*,?(?:\s{{1,3}}[\w'\u2019-]+,?){{0,16}}?)
    \s{{1,3}}(?:\d\s{{1,3}})?
    (?P<grade>{_CELL_GRADE})(?![\w'\u2019-])
    {_ITEM_END}
"""
#: How a grade cell opens, capitals and all: the rule's cased triggers.
GRADE_CELLS: Final = ("Outstanding", "Good", "Requires", "Inadequate", "Adequate")
#: How far before a grade cell its item's label may start, and after it its end be read.
_LABEL_REACH: Final = 300
_END_REACH: Final = 40


def near_grade_cells(ctx: Context) -> list[Span]:
    """The text around each line holding a grade in capitals, from the lines before it
    that its item's label may take to a little after it: every item lies in one
    (the rule's ``where``, worked out once per document)."""

    def find() -> list[Span]:
        text, out = ctx.text, list[Span]()
        for start, end in ctx.windows.spans(GRADE_CELLS, scope="paragraph") or ():
            lo = text.rfind("\n", 0, max(0, start - _LABEL_REACH)) + 1
            hi = min(len(text), end + _END_REACH)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    return ctx.memo(("ratings", "near grade cells"), find)


def build_judgement_item(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """The judgement the item's label names, for the report's council: read from the
    fewest of its last lines that name one (a label may take in a heading's line above
    it), their words as one line; nothing for a label naming none, or that is a clause,
    or for a grade in a table's cell."""
    text, start = ctx.text, m.start("label")
    if ctx.prepared.cell_line(m.start("grade")) is not None:
        return []  # a table's cell: the table rules read it, by its column
    end = m.end("label")
    at = end
    while at > start:  # each line start of the label, the last first
        at = text.rfind("\n", start, at - 1) + 1 or start
        label = " ".join(text[at:end].split())
        named = None
        for found in _JUDGEMENT_PATTERN.finditer(label):  # the last it names
            named = found
        if named is None:
            continue
        if vetoed(ctx, *m.span("grade"), partial(guard_row_clause, label), partial(guard_other_subject, label)):
            return []
        return [Rating(authority=ctx.authority_for(m.start(), m.end()), grade=grade_of(m.group("grade")),
                       judgement=_judgement(named.group()), start=at, end=m.end("grade"))]
    return []
