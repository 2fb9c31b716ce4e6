"""An article that lists a report's table of judgements and also names the grade the
council held before, with its year ("The department was rated 'good' in 2015, and
..."): the table gives the current grades, the dated grade is an earlier one,
not a rival of the table's."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, RatingKey, authority_names
from ._draws import _GRADES, _grade, _pick
from ._ratings import REPORT_ROWS

#: Marks and separators of a list of the report's judgements in an article.
_BULLETS: Final = ("\u2022 ", "* ", "")
_SEPARATORS: Final = (" \u2013 ", " - ", ": ")


@st.composite
def tabled_history(draw: st.DrawFn) -> Generated:
    """A dated earlier grade said in prose beside the report's judgements listed one a line."""
    a = draw(authority_names())
    rows = [(label, judgement, *_grade(draw, bare=True)) for label, judgement in REPORT_ROWS["ILACS"]]
    overall, overall_form = _grade(draw, bare=True)
    old, old_q = _grade(draw, quoted=True, grades=tuple(g for g in _GRADES if g != overall))
    year, latest = draw(st.integers(2010, 2019)), draw(st.integers(2020, 2024))
    bullet, sep = _pick(draw, *_BULLETS), _pick(draw, *_SEPARATORS)
    lines = [f"{bullet}{label}{sep}{form[0].upper()}{form[1:]}." for label, _, _, form in rows]
    lines.append(f"{bullet}Overall effectiveness{sep}{overall_form[0].upper()}{overall_form[1:]}.")
    subject = _pick(draw, "The service", f"{a}'s children's services", "The department")
    history = f"{subject} was rated {old_q} in {year}, and a new director arrived the next spring."
    lead = f"The latest inspection of {a} Council took place in March {latest}."
    intro = _pick(draw, "Its grades:", "The inspection's grades, one by one:")
    order = draw(st.sampled_from([[history, lead], [lead, history]]))
    text = "\n\n".join([*order, intro, "\n".join(lines)]) + "\n"
    keys: set[RatingKey] = {(a, grade, judgement, True) for _, judgement, grade, _ in rows}
    keys |= {(a, overall, "overall", True), (a, old, "overall", False)}
    return Generated(text, frozenset(keys))
