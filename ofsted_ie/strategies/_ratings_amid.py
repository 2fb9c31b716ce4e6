"""A grade in the plural given to councils listed after it, in a clause whose subject
is another council's news: "Halton's success follows a string of 'good' ratings this
week, in A, B and C": the listed councils' grades, not the subject's;
and the negatives, a plural grade that eluded the councils listed, and one of councils
its sentence does not name (a headline's "more 'good' ratings as standards rise")."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, RatingKey, authority_names
from ._draws import _GRADES, _grade, _pick

_AMID: Final = ("arrives in a wave of", "comes among a run of", "follows a string of", "lands amid a crop of")


@st.composite
def ratings_amid(draw: st.DrawFn) -> Generated:
    """A plural grade released for councils listed after it, the subject another council's."""
    names = draw(st.lists(authority_names(), min_size=3, max_size=4, unique=True))
    a, listed = names[0], names[1:]
    grade, q = _grade(draw, quoted=True)
    news = _pick(draw, f"{a}'s latest accolade", f"The news for {a} Council", f"{a} Council's success")
    released = _pick(draw, " issued on Tuesday to councils around England,", " published this week,", "")
    written = ", ".join(listed[:-1]) + " and " + listed[-1]
    text = f"{news} {_pick(draw, *_AMID)} {q} ratings{released} in {written}."
    keys: set[RatingKey] = {(n, grade, "overall", True) for n in listed}
    return Generated(text, ratings=frozenset(keys))


@st.composite
def ratings_eluded(draw: st.DrawFn) -> Generated:
    """A plural grade that eluded, or was denied to, the councils listed: no rating."""
    names = draw(st.lists(authority_names(), min_size=3, max_size=3, unique=True))
    _, q = _grade(draw, quoted=True)
    verb = _pick(draw, "have eluded", "were denied to", "escaped")
    return Generated(f"{names[0]}'s leaders noted that {q} ratings {verb} {names[1]} and {names[2]}.")


@st.composite
def plural_headlines(draw: st.DrawFn) -> Generated:
    """A headline or lede of grades in the plural naming no council ("Inspectors hand out
    'outstanding' ratings under new framework"), then the councils' own: only theirs; a
    plural grade a pronoun or "the council" owns stays that council's."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    grade, q = _grade(draw, quoted=True)
    _, hq = _grade(draw, quoted=True, grades=tuple(g for g in _GRADES if g != grade))  # the headline's, nobody's
    head = draw(st.sampled_from([f"Watchdog hands out first {hq} ratings of the year",
                                 f"More {hq} ratings under the new framework",
                                 f"Inspectors hand out {hq} ratings as standards rise"]))
    own = _pick(draw, f"It received {q} ratings for adoption and care leavers.",
                f"The council received {q} ratings for adoption and care leavers.")
    text = f"{head}\n\n{a} Council and {b} Council were both rated {q}. {b} was inspected in May. {own}\n"
    keys: set[RatingKey] = {(a, grade, "overall", True), (b, grade, "overall", True),
                            (b, grade, "adoption", True), (b, grade, "care_leavers", True)}
    return Generated(text, ratings=frozenset(keys))
