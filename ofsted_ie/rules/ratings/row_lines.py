"""Where a report's judgement row can be: the lines that end in a grade label (the
judgement-row rule's ``where``), found once per document."""

from __future__ import annotations

from typing import Final

from ..._timed import FROM_END, timed
from ...context import Context
from ...text import Span
from .._fragments import GRADE_TRIGGERS
from .fragments import RATING_LISTS

__all__ = ["lines_ending_in_a_grade"]

#: A line's end that a judgement row needs: a separator, a grade label, perhaps a quote
#: mark, the grade's number, an earlier grade in brackets, spaces or a full stop ("...care
#: leavers: good.", "...|\tOutstanding", "... Good (2)", "... Good (previously Outstanding)"); matched
#: from the line's end, so only that end is read.
_GRADE_AT_END: Final = timed(r"""[ \t|:\u2013-]["']?(?i:\L<grades>)["']?(?:[ \t]*\([1-4]\))?"""
                             r"""(?:[ \t]*\([^()\n]{0,24}?["']?(?i:\L<grades>)["']?(?:,?\ (?i:in)\ (?:19|20)\d\d)?\))?[ \t.]*$""", FROM_END,
                             grades=RATING_LISTS["grades"])


def lines_ending_in_a_grade(ctx: Context) -> list[Span]:
    """The whole lines, among those holding a grade label's trigger, that end in a grade
    label after a separator: every judgement row ("2.1 Adoption performance   Good")
    is one of them."""

    def find() -> list[Span]:
        text, found = ctx.text, []
        for start, end in ctx.windows.spans(GRADE_TRIGGERS, scope="paragraph") or ():
            line_start = start
            while line_start <= end:
                line_end = text.find("\n", line_start, end)
                line_end = end if line_end == -1 else line_end
                if _GRADE_AT_END.search(text, line_start, line_end) is not None:
                    found.append((line_start, line_end))
                line_start = line_end + 1
        return found

    return ctx.memo(("ratings", "lines ending in a grade"), find)
