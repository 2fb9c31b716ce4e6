"""Share forms a combinatorial slot sweep found misread (issue 21): a comparison whose
other side is the nation's, in a sentence pointing at its council by "the council's" or
"its" ("the council's vacancy rate was 25%, compared with 23% nationally": 25 is the
council's); an aggregate of comparable councils ("against 24% for its statistical
neighbours", "the statistical neighbour average of 24%": no council's); a share in
brackets after a count of workers, then a verb of leaving ("40 social workers (20 per
cent) left": turnover); and their negatives (a share whose own clause is the nation's).

Drawn by ``unseen_figure_forms`` for its phenomenon "shares_swept" (see
``_unseen_figures``); returns a text and every share it states as ``(authority, value,
qualifier, measure, evidence)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure
from ._base import Generated

#: A rate's noun phrase with its measure.
_RATES: Final[tuple[tuple[str, Measure], ...]] = (
    ("vacancy rate", "vacancy_rate"), ("turnover rate", "turnover"), ("proportion of agency social workers", "agency_staff"),
    ("share of newly qualified staff", "newly_qualified"), ("proportion of permanent social workers", "permanent_staff"))
#: The nation's or an aggregate's side of a comparison, after the council's figure.
_OTHER_SIDES: Final = ("compared with {m} nationally", "against {m} across England", "while nationally it was {m}",
                       "against {m} for its statistical neighbours", "compared with {m} among similar councils",
                       "below the statistical neighbour average of {m}", "against {m} for comparator authorities")
_SIGNS: Final = ("%", " per cent", " percent")
#: What points at the council named in the sentence before.
_POINTERS: Final = ("the council's", "its")
_LEAVING: Final = ("left", "quit", "had left", "resigned")


@st.composite
def swept_share_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A share in one of the forms the sweep found misread, or a negative of one."""
    m = n + draw(st.sampled_from([-3, 2, 5]))
    sign = draw(st.sampled_from(_SIGNS))
    rate, measure = draw(st.sampled_from(_RATES))
    other = draw(st.sampled_from(_OTHER_SIDES)).format(m=f"{m}{sign}")
    pointer = draw(st.sampled_from(_POINTERS))
    count = 2 * n
    return draw(st.sampled_from([
        Generated(f"Ofsted has published a report on {a} Council.\n\nThe report found that {pointer} {rate} was {n}{sign}, {other}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a}'s {rate} was {n}{sign}, {other}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a} was inspected in May. Some {count} social workers ({n}{sign}) {draw(st.sampled_from(_LEAVING))} the council last year.",
                  percentages=frozenset({(a, float(n), None, "turnover", f"{n}")})),
        # negatives: the nation's own clause, with the council only on the other side
        Generated(f"{a} was inspected in May.\n\nNationally, the {rate} was {m}{sign}, compared with {n}{sign} a year earlier.",
                  percentages=frozenset({(None, float(m), None, measure, f"{m}"), (None, float(n), None, measure, f"{n}")})),
    ]))
