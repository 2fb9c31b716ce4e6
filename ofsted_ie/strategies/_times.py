"""Grade mentions whose currentness and date the times around them decide: a grade in an
adjunct of an earlier time, a grade in a relative clause of an earlier inspection."""

from __future__ import annotations

from hypothesis import strategies as st

from ..records import Grade, Judgement
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
    olds: list[tuple[Grade, str]] = [("requires_improvement", "which had found services to require improvement"),
                                     ("inadequate", "which judged them inadequate"),
                                     ("inadequate", "that rated them 'inadequate'")]
    new, q_new = draw(st.sampled_from(news))
    old, clause = draw(st.sampled_from(olds))
    event = draw(st.sampled_from(["the previous inspection", "its earlier inspection", "the last full inspection"]))
    return (f"Ofsted rated {a}'s children's services as {q_new}, a contrast to {event} in {year}, {clause}.",
            {(a, new, "overall", True), (a, old, "overall", False)})


# -- labels once read as ordinary adjectives (``guard_label_adjective``) --------------------------


def _label_then_adverb(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A quoted grade followed by an adverb or preposition is no adjective of a noun."""
    a = draw(authority_names())
    grade = draw(st.sampled_from(_GRADES))
    q = f"'{GRADE_FORMS[grade][0]}'"
    tail = draw(st.sampled_from(["ahead of the launch of a new trust", "despite rising demand", "just as the new trust begins",
                                 "amid rising demand", "not for the first time"]))
    return f"Ofsted found that services in {a} remain {q} {tail}.", {(a, grade, "overall", True)}


def _sub_rating(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A "sub rating" ("sub-judgement") of a judgement is that judgement's rating."""
    a = draw(authority_names())
    first, second = draw(st.lists(st.sampled_from(_GRADES), min_size=2, max_size=2, unique=True))
    noun = draw(st.sampled_from(["sub rating", "sub-rating", "sub-judgement"]))
    named: list[tuple[Judgement, str]] = [("care_leavers", "the experiences and progress of care leavers"),
                                          ("adoption", "adoption"), ("leadership", "leadership")]
    judgement, phrase = draw(st.sampled_from(named))
    an = "an" if GRADE_FORMS[second][0][0] in "aeiou" else "a"
    return (f"{a} Council was rated '{GRADE_FORMS[first][0]}' overall. This includes {an} "
            f"'{GRADE_FORMS[second][0]}' {noun} for {phrase}.", {(a, first, "overall", True), (a, second, judgement, True)})


def _quoted_before_judgement(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A quoted grade right before a judgement's name grades that judgement."""
    a = draw(authority_names())
    grade = draw(st.sampled_from(_GRADES))
    named: list[tuple[Judgement, str]] = [("leadership", "leadership and governance"), ("adoption", "adoption services"),
                                          ("care_leavers", "care leavers services"), ("leadership", "leadership")]
    judgement, phrase = draw(st.sampled_from(named))
    return f"Inspectors found {a} Council has '{GRADE_FORMS[grade][0]}' {phrase}.", {(a, grade, judgement, True)}


def _in_order_to_be_good(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """ "requires improvement in order to be good" is the grade's full name, reworded."""
    a = draw(authority_names())
    verb = draw(st.sampled_from(["requires", "still requires", "required"]))
    return (f"The report shows {a}'s children's services department {verb} improvement in order to be good.",
            {(a, "requires_improvement", "overall", True)})
