"""A report's list of judgements as a copy of the report carries it (a page that put the
PDF's text on the web): each item a judgement's label and its grade in capitals, the
SIF's numbered ("2.1 Adoption performance Good"), the ILACS's not, laid out as the copy
left them: run together on one line, the grade on a line of its own, the label's or the
grade's words wrapped over lines ("Requires\\nImprovement"), blank lines between,
a footnote's number after the label or the grade. Each item is one current rating of
the report's council. Its negatives: the same labels with a sentence after them that
opens with a grade word ("Good progress has been made"), which rate nothing."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Grade
from ._base import Generated, RatingKey, authority_names
from ._draws import _GRADES, _pick
from ._ratings import REPORT_ROWS

#: How the copy laid an item out.
ITEM_LAYOUTS: Final = ("run", "lines", "wrapped", "blank")
#: A grade as a report's table writes it: capitals.
_CELL_FORMS: Final[dict[Grade, tuple[str, ...]]] = {
    "outstanding": ("Outstanding",),
    "good": ("Good",),
    "requires_improvement": ("Requires improvement", "Requires Improvement", "Requires improvement to be good"),
    "inadequate": ("Inadequate",),
}
#: What opens the list and what follows it (a report's own words, as invented here).
_LEADS: Final = ("Grades for each area of the service, as the inspectors gave them:", "The grades behind the overall one:",
                 "Summary of judgements")
_AFTERS: Final = ("This report is published under the inspectorate's powers.", "Executive summary",
                  "Inspectors found that leaders know the service well.")
#: Sentences opening with a grade word after a label: no grade of it.
_SENTENCES: Final = ("Good progress has been made since the last visit.", "Outstanding work was seen in some teams.",
                     "Inadequate records were found in a few cases.", "Good practice is shared across teams.")


def _wrap(draw: st.DrawFn, words: str) -> str:
    """``words`` with one space, at random, turned into a line break."""
    parts = words.split(" ")
    if len(parts) < 2:
        return words
    k = draw(st.integers(1, len(parts) - 1))
    return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])


def _item(draw: st.DrawFn, label: str, form: str, layout: str, footnote: str) -> str:
    """One item of the list as ``layout`` lays it out."""
    if layout == "run":
        return f"{label}{footnote and ' ' + footnote} {form}"
    if layout == "lines":
        return f"{label}\n{form}{footnote and chr(10) + footnote}"
    if layout == "wrapped":
        return f"{_wrap(draw, label)}\n{_wrap(draw, form)}{footnote and chr(10) + footnote}"
    return f"{label}\n\n{form}"


@st.composite
def judgement_items(draw: st.DrawFn, negative: bool = False) -> Generated:
    """A council's report top with its judgements listed as a copy lays them out; with
    ``negative``, one item's grade replaced by a sentence opening with a grade word."""
    a = draw(authority_names())
    framework = draw(st.sampled_from(sorted(REPORT_ROWS)))
    layout = draw(st.sampled_from(ITEM_LAYOUTS))
    rows = REPORT_ROWS[framework]
    footnoted = draw(st.integers(-1, len(rows) - 1)) if layout != "blank" else -1
    keys: set[RatingKey] = set()
    items = []
    for k, (label, judgement) in enumerate(rows):
        grade = draw(st.sampled_from(_GRADES))
        form = draw(st.sampled_from(_CELL_FORMS[grade]))
        if negative and k == len(rows) - 1:
            items.append(f"{label}\n{draw(st.sampled_from(_SENTENCES))}")
            continue
        items.append(_item(draw, label, form, layout, "1" if k == footnoted else ""))
        keys.add((a, grade, judgement, True))
    joiner = " " if layout == "run" else ("\n\n" if layout == "blank" else "\n")
    if negative:  # the sentence is a paragraph of its own
        joiner = "\n"
    title = f"{a}\nInspection of services for children in need of help and protection, children looked after and care leavers"
    text = f"{title}\n\n{_pick(draw, *_LEADS)}\n{joiner.join(items)}\n{_pick(draw, *_AFTERS)}\n"
    return Generated(text, frozenset(keys))
