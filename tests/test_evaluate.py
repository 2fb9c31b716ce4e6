"""Tests for ofsted_ie.evaluate: keys, merging, attribute accuracy."""

from __future__ import annotations

from ofsted_ie import Document, Quote, Rating
from ofsted_ie.evaluate import score


def test_mentions_merge_by_key_and_nulls_are_not_scored() -> None:
    """Two mentions of one fact are one key; a gold null attribute is not scored."""
    pred = Document(ratings=(Rating(authority="Kent", grade="good", when=None), Rating(authority="Kent", grade="good", when="2017")))
    gold = Document(ratings=(Rating(authority="Kent", grade="good", when="2017-05"),))
    s = score([(pred, gold)]).types["ratings"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.accuracy("when") == 1.0


def test_quote_key_is_first_40_letters_and_digits() -> None:
    """Quotes match on their first 40 letters and digits, case and punctuation dropped."""
    long = "The experiences of vulnerable children have improved markedly since 2015"
    pred = Document(quotes=(Quote(text=long.upper() + "!!", source="inspectorate"),))
    gold = Document(quotes=(Quote(text=long[:60], source="authority"),))
    s = score([(pred, gold)]).types["quotes"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0) and s.accuracy("source") == 0.0


def test_precision_recall_f1() -> None:
    """P, R and F1 follow from the counts."""
    pred = Document(ratings=(Rating(authority="Kent", grade="good"), Rating(authority="Kent", grade="inadequate")))
    gold = Document(ratings=(Rating(authority="Kent", grade="good"), Rating(authority="Surrey", grade="good")))
    s = score([(pred, gold)]).types["ratings"]
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)
