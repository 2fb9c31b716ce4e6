"""Paragraphs of quotation, and whole news articles: headline, byline and dateline, then
every other strategy's sentences among filler."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from .._vocab import WEEKDAYS
from ..records import Source
from ._base import MONTHS, Generated
from ._figures import caseload_sentences, figure_distractors, percentage_sentences
from ._ratings import non_rating_sentences, rating_sentences

#: Who speaks, as the text names them, and their side.
SPEAKERS: Final[tuple[tuple[str, Source], ...]] = (
    ("Ofsted's inspection report", "inspectorate"), ("Inspectors", "inspectorate"), ("The monitoring letter", "inspectorate"),
    ("A council spokesman", "authority"), ("The council's children's services director", "authority"),
    ("The children's minister", "other"), ("A spokeswoman for the Department for Education", "other"),
)
_CLAUSES: Final = (
    "The experiences of children have improved markedly", "Leaders know their services well",
    "Children's needs are not always assessed in good time", "Staff at Ofsted's partner agencies were praised",
    "Managers do not always check children's plans", "Social workers know the children they work with well",
)
#: Quotation marks: double straight, curly and the two mixed; single straight and curly.
_QUOTE_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"), ("\u201c", '"'), ('"', "\u201d"), ("\u2018", "\u2019"), ("'", "'"))


@st.composite
def quote_paragraphs(draw: st.DrawFn) -> Generated:
    """Paragraphs of quotation with known text and speaker: any mark style, the speaker
    before ("X said: ...") or after ("..., X said."), quotations running over several
    paragraphs, a nested grade in the other style of marks ('...', "...") and
    apostrophes inside the words."""
    speaker, source = draw(st.sampled_from(SPEAKERS))
    op, cl = draw(st.sampled_from(_QUOTE_MARKS))
    sentences = draw(st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        nested = "'inadequate'" if cl in '"\u201d' else '"inadequate"'
        sentences[0] += f", and services are no longer {nested}"
    verb = "said" if speaker not in ("Ofsted's inspection report", "The monitoring letter") else "states"
    if draw(st.booleans()):  # speaker before, each sentence its own paragraph, closed at the end
        parts = [f"{x}." for x in sentences]
        body = f"\n\n{op}".join(parts)
        text = f"{speaker} {verb}: {op}{body}{cl}"
        return Generated(text, quotes=frozenset({(" ".join(parts), speaker, source)}))
    parts = [f"{x}." for x in sentences[:-1]] + [f"{sentences[-1]},"]
    body = f"\n\n{op}".join(parts)
    text = f"{op}{body}{cl} {speaker} {verb}."
    return Generated(text, quotes=frozenset({(" ".join(parts), speaker, source)}))


#: Sentences of the genre that state no record: no grade, figure, date, name or quotation.
FILLER: Final = (
    "The council said it was working with partners to strengthen its front door.",
    "Leaders have invested in training for managers and in a new recording system.",
    "The report sets out a number of areas where practice needs to be strengthened.",
    "Families told inspectors they felt listened to by their social workers.",
    "A plan to recruit more foster carers is under way across the region.",
    "The department has restructured its teams to reduce the number of handovers.",
    "Councillors will discuss the findings at a meeting of the scrutiny committee.",
    "Partners in health and the police are said to be working more closely together.",
    "Some children wait too long for a decision about where they will live.",
    "The authority has set up a panel to review the progress of its improvement plan.",
)
_HEADLINES: Final = (
    "Council's children's services praised by inspectors", "Inspectors find weaknesses in support for families",
    "Ofsted publishes its findings on children's services", "Social work workforce under pressure, report says",
)
_BYLINES: Final = ("", "By Tom Ashby", "By Kit Morrow", "Neil Haworth")
_WEEKDAYS: Final = list(WEEKDAYS)


@st.composite
def _dateline(draw: st.DrawFn) -> tuple[str, str]:
    """A dateline as a news site writes it, and the date as ISO."""
    import datetime as dt

    day = draw(st.dates(min_value=dt.date(2009, 1, 1), max_value=dt.date(2024, 12, 31)))
    weekday, month = _WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    written = draw(st.sampled_from([
        f"| {day.day} {month} {day.year}", f"{weekday}, {month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}", f"Published {day.day} {month} {day.year}",
    ]))
    return written, day.isoformat()


@st.composite
def articles(draw: st.DrawFn, *, max_paragraphs: int = 12) -> Generated:
    """A whole news article: headline, optional byline, dateline, then paragraphs of
    ratings, figures, caseloads and quotations among filler sentences.

    The keys are those of its parts, so a test may check each part is recovered (the
    parts' authorities may meet, and a later grade for the same council and judgement
    supersedes an earlier one: compare ratings without ``current``)."""
    dateline, published = draw(_dateline())
    byline = draw(st.sampled_from(_BYLINES))
    head = [draw(st.sampled_from(_HEADLINES)), *([byline] if byline else []), dateline]
    parts = draw(st.lists(
        st.one_of(rating_sentences(), percentage_sentences(), caseload_sentences(), quote_paragraphs(),
                  non_rating_sentences(), figure_distractors().filter(lambda g: not g.text.startswith("From"))),
        min_size=1, max_size=max_paragraphs,
    ))
    paragraphs = []
    for part in parts:
        filler = draw(st.lists(st.sampled_from(FILLER), max_size=2))
        paragraphs.append(" ".join([part.text, *filler]) if "\n" not in part.text else part.text)
    return Generated(
        "\n\n".join([*head, *paragraphs]) + "\n",
        ratings=frozenset().union(*(p.ratings for p in parts)),
        percentages=frozenset().union(*(p.percentages for p in parts)),
        caseloads=frozenset().union(*(p.caseloads for p in parts)),
        quotes=frozenset().union(*(p.quotes for p in parts)),
        published=published,
    )
