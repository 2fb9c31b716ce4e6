"""Hypothesis strategies that generate text with known records, for property tests.

The test suite uses them to check that rules recover what was generated; use them
the same way to test rules you add. Each strategy draws a ``Generated``: the text
and the record keys a careful reader would extract from it.

Requires ``hypothesis`` (the ``test`` extra)::

    from hypothesis import given
    from ofsted_ie import extract
    from ofsted_ie.strategies import rating_sentences

    @given(rating_sentences())
    def test_ratings(case):
        doc = extract(case.text)
        assert {(r.authority, r.grade, r.judgement, r.current) for r in doc.ratings} == case.ratings
"""

from __future__ import annotations

# Names without ``as`` are the public API (``__all__``); the others, also public before
# this module became a package, stay importable from here (``X as X`` re-exports them).
from ._articles import FILLER, articles, quote_paragraphs
from ._articles import SPEAKERS as SPEAKERS
from ._base import GRADE_FORMS as GRADE_FORMS
from ._base import JUDGEMENT_FORMS as JUDGEMENT_FORMS
from ._base import QUOTE_STYLES, Generated, authority_names, quote_styles
from ._base import CaseloadKey as CaseloadKey
from ._base import InspectionKey as InspectionKey
from ._base import PercentageKey as PercentageKey
from ._base import PersonKey as PersonKey
from ._base import QuoteKey as QuoteKey
from ._base import RatingKey as RatingKey
from ._caseloads import CASELOAD_PHENOMENA, NON_CASELOAD_PHENOMENA, caseload_forms, non_caseload_forms
from ._counts import COUNT_FAILURES as COUNT_FAILURES
from ._counts import COUNT_FRAMES as COUNT_FRAMES
from ._counts import COUNT_NEGATIVE_FAILURES as COUNT_NEGATIVE_FAILURES
from ._counts import COUNT_NEGATIVE_FRAMES as COUNT_NEGATIVE_FRAMES
from ._counts import counted_non_ratings, counted_ratings
from ._dated import DATED_RATING_FAILURES as DATED_RATING_FAILURES
from ._dated import DATED_RATING_FRAMES as DATED_RATING_FRAMES
from ._dated import dated_ratings
from ._documents import history_documents, partial_dates
from ._figure_layouts import dated_layouts
from ._figures import FRACTIONS as FRACTIONS
from ._figures import MEASURE_FRAMES as MEASURE_FRAMES
from ._figures import QUALIFIERS as QUALIFIERS
from ._figures import (
    caseload_sentences,
    elided_percentages,
    figure_distractors,
    measured_shares,
    owned_percentages,
    percentage_sentences,
)
from ._figures import spelled as spelled
from ._headers import DATELINE_FORMS, UNDATED_FORMS, dated_headers, undated_headers
from ._inspections import (
    INSPECTION_GAPS,
    INSPECTION_PHENOMENA,
    NON_INSPECTION_GAPS,
    NON_INSPECTION_PHENOMENA,
    datelines,
    inspection_sentences,
    non_inspection_sentences,
)
from ._mentions import GRADE_MENTION_FAILURES as GRADE_MENTION_FAILURES
from ._mentions import GRADE_MENTION_FRAMES as GRADE_MENTION_FRAMES
from ._mentions import RATING_LIST_FAILURES as RATING_LIST_FAILURES
from ._mentions import RATING_LIST_FRAMES as RATING_LIST_FRAMES
from ._mentions import grade_mentions, rating_lists
from ._non_ratings import NON_RATING_FAILURES as NON_RATING_FAILURES
from ._non_ratings import NON_RATING_FRAMES as NON_RATING_FRAMES
from ._non_ratings import non_rating_mentions
from ._people import NON_PEOPLE_FRAMES, PEOPLE_FRAMES, non_people_sentences, people_sentences
from ._quotes import QUOTE_SOURCE_FAILURES as QUOTE_SOURCE_FAILURES
from ._quotes import QUOTE_SOURCE_FRAMES as QUOTE_SOURCE_FRAMES
from ._quotes import QUOTE_SOURCE_NEGATIVE_FRAMES as QUOTE_SOURCE_NEGATIVE_FRAMES
from ._quotes import quote_sources as quote_sources
from ._ratings import REPORT_ROWS as REPORT_ROWS
from ._ratings import non_rating_sentences, rating_sentences, report_headers
from ._unseen_figures import (
    NON_UNSEEN_FIGURE_PHENOMENA,
    UNSEEN_FIGURE_PHENOMENA,
    dated_figures,
    non_unseen_figure_forms,
    unseen_figure_forms,
)

__all__ = [
    "CASELOAD_PHENOMENA",
    "DATELINE_FORMS",
    "FILLER",
    "Generated",
    "INSPECTION_GAPS",
    "INSPECTION_PHENOMENA",
    "NON_INSPECTION_GAPS",
    "NON_CASELOAD_PHENOMENA",
    "NON_INSPECTION_PHENOMENA",
    "NON_PEOPLE_FRAMES",
    "NON_UNSEEN_FIGURE_PHENOMENA",
    "PEOPLE_FRAMES",
    "QUOTE_STYLES",
    "UNDATED_FORMS",
    "UNSEEN_FIGURE_PHENOMENA",
    "articles",
    "authority_names",
    "caseload_forms",
    "caseload_sentences",
    "counted_non_ratings",
    "counted_ratings",
    "dated_headers",
    "dated_ratings",
    "dated_figures",
    "dated_layouts",
    "datelines",
    "figure_distractors",
    "grade_mentions",
    "history_documents",
    "inspection_sentences",
    "non_caseload_forms",
    "non_inspection_sentences",
    "non_people_sentences",
    "non_rating_mentions",
    "non_rating_sentences",
    "non_unseen_figure_forms",
    "partial_dates",
    "people_sentences",
    "elided_percentages",
    "measured_shares",
    "owned_percentages",
    "percentage_sentences",
    "quote_paragraphs",
    "quote_styles",
    "rating_lists",
    "rating_sentences",
    "report_headers",
    "undated_headers",
    "unseen_figure_forms",
]

