"""Tests for ofsted_ie.strategies: whole generated articles are recovered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import ofsted_ie
from ofsted_ie.strategies import FILLER, Generated, articles


@given(articles())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_articles_are_recovered(article: Generated) -> None:
    """A generated article's dateline, ratings (without ``current``: parts may
    supersede each other), percentages, caseloads and quotations are all extracted."""
    doc = ofsted_ie.extract(article.text)
    assert doc.published == article.published
    assert {k[:3] for k in article.ratings} <= {(r.authority, r.grade, r.judgement) for r in doc.ratings}
    assert {k[:2] for k in article.percentages} <= {(p.authority, p.value) for p in doc.percentages}
    assert {k[:2] for k in article.caseloads} <= {(c.authority, c.value) for c in doc.caseloads}
    assert {k[0] for k in article.quotes} <= {q.text for q in doc.quotes}


def test_filler_states_no_record() -> None:
    """The filler sentences articles are padded with yield no rating, figure, quote or person."""
    doc = ofsted_ie.extract(" ".join(FILLER), reference_date=None)
    assert (doc.ratings, doc.percentages, doc.caseloads, doc.quotes, doc.people) == ((), (), (), (), ())
