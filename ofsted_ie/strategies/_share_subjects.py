"""Shares each led by its own subject in one sentence (issue 21, a blind set's misreads):
a measure word is the subject of the figure its verb leads to, not of the figure before
it however near ("agency staff make up 4% of the workforce, turnover is 8.7% and sickness
absence has dropped to 3.1%": 4 agency staff, 8.7 turnover, 3.1 another measure); words
coordinated before as many coordinated figures pair in order ("vacancy and turnover rates
were 18% and 21%", with "respectively" or without); the subject that "makes up" a share
gives its measure, not the base after "of" ("ASYEs make up 15% of the permanent
workforce": newly qualified); a change "by" a share ("agency use has fallen by 20%") is
no level of a measure (other).

Drawn by ``unseen_figure_forms`` for its phenomenon "shares_subjects"; returns a text and
every share it states as ``(authority, value, qualifier, measure, evidence)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure
from ._base import Generated

#: A subject with its measure and the verbs that lead it to its figure.
_SUBJECTS: Final[tuple[tuple[str, Measure, tuple[str, ...]], ...]] = (
    ("agency staff", "agency_staff", ("now make up just", "make up", "account for")),
    ("agency workers", "agency_staff", ("made up", "accounted for", "now make up")),
    ("the vacancy rate", "vacancy_rate", ("stood at", "was", "has risen to")),
    ("annual turnover", "turnover", ("is", "was", "stood at")),
    ("turnover", "turnover", ("is", "has fallen to", "rose to")),
)
#: A subject that is none of our measures, with its verbs.
_OTHER: Final = (("sickness absence", ("has dropped to", "was", "stood at")),
                 ("the re-referral rate", ("was", "stood at")))
#: Coordinated measure words and their measures.
_PAIRS: Final[tuple[tuple[str, tuple[Measure, Measure]], ...]] = (
    ("vacancy and turnover rates", ("vacancy_rate", "turnover")),
    ("turnover and vacancy rates", ("turnover", "vacancy_rate")),
    ("agency and vacancy rates", ("agency_staff", "vacancy_rate")),
)


@st.composite
def subject_share_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A sentence of shares each led by its subject, or coordinated words paired in order."""
    x, y, z = n, n + 7, n + 13  # distinct
    sign = draw(st.sampled_from(["%", " per cent"]))
    form = draw(st.integers(0, 3))
    if form == 0:  # the subject's measure, not the base's; a change "by" a share is no level of a measure
        subject = draw(st.sampled_from(["Social workers in their assessed and supported year in employment (ASYE)", "NQSWs",
                                        "Newly qualified social workers"]))
        base = draw(st.sampled_from(["the permanent workforce", "permanent staff", "the workforce"]))
        verb = draw(st.sampled_from(["fallen", "risen", "dropped", "grown"]))
        return Generated(f"In {a}, {subject} make up {x}{sign} of {base}. Agency use has {verb} by {y}{sign} since 2020.",
                         percentages=frozenset({(a, float(x), None, "newly_qualified", f"{x}"), (a, float(y), None, "other", f"{y}")}))
    if form == 1:
        words, (m1, m2) = draw(st.sampled_from(_PAIRS))
        tail = draw(st.sampled_from(["", " respectively"]))
        lead = draw(st.sampled_from([f"In {a}, {words} were", f"{a}'s {words} were", f"In {a}, the {words} stood at"]))
        return Generated(f"{lead} {x}{sign} and {y}{sign}{tail}.",
                         percentages=frozenset({(a, float(x), None, m1, f"{x}"), (a, float(y), None, m2, f"{y}")}))
    (s1, k1, v1), (s2, k2, v2) = draw(st.lists(st.sampled_from(_SUBJECTS), min_size=2, max_size=2, unique_by=lambda s: s[1]))
    other, v3 = draw(st.sampled_from(_OTHER))
    verb1, verb2, verb3 = draw(st.sampled_from(v1)), draw(st.sampled_from(v2)), draw(st.sampled_from(v3))
    of = draw(st.sampled_from([" of the children's social work workforce", " of social workers", ""])) if k1 == "agency_staff" else ""
    join = draw(st.sampled_from([", ", ", while "]))
    lead = draw(st.sampled_from([f"In {a}, ", f"{a} said ", f"The report on {a} says "]))
    text = f"{lead}{s1} {verb1} {x}{sign}{of}{join}{s2} {verb2} {y}{sign} and {other} {verb3} {z}{sign}."
    return Generated(text[0].upper() + text[1:], percentages=frozenset({
        (a, float(x), None, k1, f"{x}"), (a, float(y), None, k2, f"{y}"), (a, float(z), None, "other", f"{z}")}))


__all__ = ["subject_share_forms"]
