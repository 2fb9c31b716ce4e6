"""Documents of ratings and inspections (no text), for properties of facts and histories:
a few authorities, dates at every precision and dates that agree, so that documents
share facts, state them at different precisions and disagree."""

from __future__ import annotations

from hypothesis import strategies as st

from ..records import GRADES, INSPECTION_KINDS, JUDGEMENTS, Document, Inspection, Rating
from ._base import authority_names


@st.composite
def partial_dates(draw: st.DrawFn, years: tuple[int, int] = (2014, 2017)) -> str:
    """An ISO partial date: a year, a month or a day, of a few years (so that dates agree)."""
    year = draw(st.integers(*years))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return f"{year}"
    day = draw(st.none() | st.integers(1, 28))
    return f"{year}-{month:02d}" if day is None else f"{year}-{month:02d}-{day:02d}"


@st.composite
def history_documents(draw: st.DrawFn, authorities: tuple[str, ...] | None = None) -> Document:
    """A Document with ratings and inspections of a few authorities (a draw of 1 to 3
    gazetteer names unless given), some undated, some not current, maybe a published
    date, maybe an error."""
    names = authorities or tuple(draw(st.lists(authority_names(), min_size=1, max_size=3, unique=True)))
    whens = st.none() | partial_dates()
    ratings = draw(st.lists(st.builds(
        Rating, authority=st.sampled_from(names), grade=st.sampled_from(sorted(GRADES)[:4]),
        judgement=st.sampled_from(sorted(JUDGEMENTS)[:2]), when=whens, current=st.booleans(),
        start=st.integers(0, 500), end=st.just(None)), max_size=5))
    inspections = draw(st.lists(st.builds(
        Inspection, authority=st.sampled_from(names), kind=st.sampled_from(sorted(INSPECTION_KINDS)), when=whens,
        ordinal=st.none() | st.integers(1, 3)), max_size=3))
    published = draw(st.none() | partial_dates().filter(lambda d: len(d) == 10))
    error = draw(st.sampled_from([None] * 9 + ["cannot read"]))
    return Document(id=draw(st.sampled_from([None, "a", "b", "c", "d"])), published=published, ratings=tuple(ratings),
                    inspections=tuple(inspections), error=error)
