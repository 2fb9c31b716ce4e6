"""Grade mentions whose currentness and date the times around them decide: a grade in an
adjunct of an earlier time, a grade in a relative clause of an earlier inspection."""

from __future__ import annotations

from hypothesis import strategies as st

from ..records import Grade
from ._base import GRADE_FORMS, RatingKey, authority_names
from ._draws import _GRADES


def _history_adjunct(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade in an adjunct of an earlier time ("following the 'inadequate' rating",
    "after the service was rated good") is no longer current when the text gives another;
    alone, it is the news ("delighted after the 'good' rating")."""
    a = draw(authority_names())
    (old, q_old), (new, q_new) = draw(st.lists(st.sampled_from(_GRADES), min_size=2, max_size=2, unique=True).map(
        lambda gs: [(g, f"'{GRADE_FORMS[g][0]}'") for g in gs]))
    if draw(st.booleans()):
        return f"The leader of {a} Council was delighted after the {q_new} rating.", {(a, new, "overall", True)}
    lead = draw(st.sampled_from([f"Following the {q_old} rating", f"After a judgement of {q_old}",
                                 f"Since the {q_old} verdict"]))
    text = draw(st.sampled_from([
        f"{lead}, {a} Council appointed a new director. Ofsted has now rated the council {q_new}.",
        f"{a} Council has been rated {q_new} by Ofsted, after the service was rated {q_old} five years ago.",
    ]))
    return text, {(a, old, "overall", False), (a, new, "overall", True)}


def _which_clause(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade in a relative clause of an earlier, dated inspection is that inspection's,
    and past; the main clause's grade is not dated by it."""
    a = draw(authority_names())
    year = draw(st.integers(2012, 2019))
    news: list[tuple[Grade, str]] = [("good", "'good'"), ("outstanding", "'outstanding'")]
    olds: list[tuple[Grade, str]] = [("requires_improvement", "which found that they required improvement"),
                                     ("inadequate", "which judged them inadequate"),
                                     ("inadequate", "that rated them 'inadequate'")]
    new, q_new = draw(st.sampled_from(news))
    old, clause = draw(st.sampled_from(olds))
    event = draw(st.sampled_from(["the previous inspection", "its earlier inspection", "the last full inspection"]))
    return (f"Ofsted rated {a}'s children's services as {q_new}, a contrast to {event} in {year}, {clause}.",
            {(a, new, "overall", True), (a, old, "overall", False)})
