"""Share forms a combinatorial slot sweep found misread (issue 21): a comparison whose
other side is the nation's, in a sentence pointing at its council by "the council's" or
"its" ("the council's vacancy rate was 25%, compared with 23% nationally": 25 is the
council's); an aggregate of comparable councils ("against 24% for its statistical
neighbours", "the statistical neighbour average of 24%": no council's); a share in
brackets after a count of workers, then a verb of leaving ("40 social workers (20 per
cent) left": turnover); a rate heading its subject decides its measure, not the words of a
relative clause or phrase after it ("the vacancy rate, which includes posts covered by
agency staff, was 14%", "the turnover rate among newly qualified social workers"); a share
of a group that left is turnover; a share's own predicate after it decides ("... and 19%
of posts were vacant"); "unfilled", "NQSWs", "ASYEs"; and their negatives (a share whose
own clause is the nation's); "the authority's" or "its" set against another council
named after it is the council named before ("The authority's rate was 11%, compared with
21% in Walsall"); a word standing for the measure just spoken of takes its measure
("Nationally, the figure was 8%"), not one naming its own ("the figure for sickness
absence"); a table column headed as a share gives its bare cells ("Council | Vacancy
rate (%)" over "Kent | 14.2"), not one of a rate per head ("Rate per 10,000").

Drawn by ``unseen_figure_forms`` for its phenomenon "shares_swept" (see
``_unseen_figures``); returns a text and every share it states as ``(authority, value,
qualifier, measure, evidence)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure, Qualifier
from ._base import Generated, authority_names

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
#: A fraction opening a sentence, with its value, qualifier and evidence.
_FRACTIONS: Final[tuple[tuple[str, float, Qualifier | None, str], ...]] = (
    ("Roughly a third", 33.3, "about", "a third"), ("Almost half", 50.0, "almost", "half"), ("A quarter", 25.0, None, "A quarter"))
#: A table column headed as a share, with its measure.
_SHARE_HEADERS: Final[tuple[tuple[str, Measure], ...]] = (
    ("Vacancy rate (%)", "vacancy_rate"), ("Agency %", "agency_staff"), ("Turnover (%)", "turnover"),
    ("Re-referral rate", "other"), ("Agency share", "agency_staff"))
#: Words pointing at the council named before.
_POINTER_OWNERS: Final = ("The authority's", "The council's", "Its")
#: A word standing for the measure just spoken of, of the nation.
_REFERRING: Final = ("Nationally, the figure was", "Across England, the rate was", "The national figure was",
                     "The England average was")
#: A relative clause naming another measure than its rate's.
_ASIDES: Final = ("includes posts covered by agency staff", "counts posts held by locums", "excludes newly qualified staff",
                  "rose after permanent staff left")
#: A rate heading its subject, with its measure, and groups of workers a phrase may name.
_HEADS: Final[tuple[tuple[str, Measure], ...]] = (("turnover rate", "turnover"), ("vacancy rate", "vacancy_rate"),
                                                 ("agency staff rate", "agency_staff"))
_GROUPS: Final = ("newly qualified social workers", "agency social workers", "permanent staff", "NQSWs")


@st.composite
def swept_share_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A share in one of the forms the sweep found misread, or a negative of one."""
    m = n + draw(st.sampled_from([-3, 2, 5]))
    sign = draw(st.sampled_from(_SIGNS))
    rate, measure = draw(st.sampled_from(_RATES))
    other = draw(st.sampled_from(_OTHER_SIDES)).format(m=f"{m}{sign}")
    pointer = draw(st.sampled_from(_POINTERS))
    head, head_measure = draw(st.sampled_from(_HEADS))
    other_council = draw(authority_names().filter(lambda x: x != a))
    fraction = draw(st.sampled_from(_FRACTIONS))
    sep = draw(st.sampled_from(["\t", " | "]))
    header, header_measure = draw(st.sampled_from(_SHARE_HEADERS))
    count = 2 * n
    return draw(st.sampled_from([
        Generated(f"Ofsted has published a report on {a} Council.\n\nThe report found that {pointer} {rate} was {n}{sign}, {other}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a}'s {rate} was {n}{sign}, {other}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a} was inspected in May. Some {count} social workers ({n}{sign}) {draw(st.sampled_from(_LEAVING))} the council last year.",
                  percentages=frozenset({(a, float(n), None, "turnover", f"{n}")})),
        # a rate heading its subject decides, not the words of its relative clause or phrase
        Generated(f"{a}'s {rate}, which {draw(st.sampled_from(_ASIDES))}, was {n}{sign}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}")})),
        Generated(f"{a}'s {head} among {draw(st.sampled_from(_GROUPS))} was {n}{sign}.",
                  percentages=frozenset({(a, float(n), None, head_measure, f"{n}")})),
        # a share of a group that left is turnover; a share's own predicate decides after another share
        Generated(f"In {a}, {n}{sign} of {draw(st.sampled_from(_GROUPS))} left within a year.",
                  percentages=frozenset({(a, float(n), None, "turnover", f"{n}")})),
        Generated(f"In {a} {n}{sign} of children's social workers were agency workers and {m}{sign} of posts were vacant.",
                  percentages=frozenset({(a, float(n), None, "agency_staff", f"{n}"), (a, float(m), None, "vacancy_rate", f"{m}")})),
        Generated(f"In {a}, {n}{sign} of social work posts are unfilled.", percentages=frozenset({(a, float(n), None, "vacancy_rate", f"{n}")})),
        Generated(f"In {a}, {n}{sign} of social workers were {draw(st.sampled_from(['NQSWs', 'ASYEs']))}.",
                  percentages=frozenset({(a, float(n), None, "newly_qualified", f"{n}")})),
        # a pointer at the council named before, set against another council named after
        Generated(f"{a} Council was rated good by Ofsted.\n\n{draw(st.sampled_from(_POINTER_OWNERS))} {rate} was {n}{sign}, "
                  f"{draw(st.sampled_from(['compared with', 'against', 'while it was']))} {m}{sign} in {other_council}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (other_council, float(m), None, measure, f"{m}")})),
        # a word standing for the measure just spoken of
        Generated(f"{a}'s {rate} was {n}{sign}. {draw(st.sampled_from(_REFERRING))} {m}{sign}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a}'s {rate} was {n}{sign}. The figure for sickness absence was {m}{sign}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (a, float(m), None, "other", f"{m}")})),
        # a share followed by a participle of inspection is of councils in general
        Generated(f"{a} Council was rated good by Ofsted.\n\n{fraction[0]} "
                  f"{draw(st.sampled_from(['inspected this year', 'rated so far', 'judged since 2018']))} went down a grade.",
                  percentages=frozenset({(None, fraction[1], fraction[2], "other", fraction[3])})),
        # a table whose share column's cells carry no sign
        Generated(f"Council{sep}{header}{sep}Referrals\n{a}{sep}{n}{sep}{count * 10}\n{other_council}{sep}{m}.5{sep}{count * 9}\n",
                  percentages=frozenset({(a, float(n), None, header_measure, f"{n}"),
                                         (other_council, m + 0.5, None, header_measure, f"{m}.5")})),
        Generated(f"Council{sep}Referrals{sep}Rate per 10,000\n{a}{sep}{count * 10}{sep}{n}\n{other_council}{sep}{count * 9}{sep}{m}\n"),
        # negatives: the nation's own clause, with the council only on the other side
        Generated(f"{a} was inspected in May.\n\nNationally, the {rate} was {m}{sign}, compared with {n}{sign} a year earlier.",
                  percentages=frozenset({(None, float(m), None, measure, f"{m}"), (None, float(n), None, measure, f"{n}")})),
    ]))
