"""Tests for ofsted_ie.facts: a Document's mentions merged into facts by their contract keys.

Provenance of the tables (every sentence and name invented; councils from the gazetteer):

==================  ===================================================================
table               what it holds
==================  ===================================================================
``SYNTHETIC``       dates of one key and the clusters they make: repeats, precisions,
                    undated mentions, dates that disagree, a date agreeing with two
``NEGATIVE``        mentions that must stay apart: other grades, judgements, councils,
                    dates that disagree, an undated mention beside two dated facts
``BUGS_CAUGHT``     none yet: a regression found later goes here, pinned by a row
==================  ===================================================================
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

import ofsted_ie
from ofsted_ie import Document, Inspection, Percentage, Person, Quote, Rating
from ofsted_ie.facts import KEYS, agree, cluster_dates, facts
from ofsted_ie.records import RECORD_TYPES
from ofsted_ie.strategies import history_documents

Dates = list[str | None]

#: dates of mentions of one key -> the clusters (date, how many mentions)
SYNTHETIC: dict[str, tuple[Dates, list[tuple[str | None, int]]]] = {
    "repeats": (["2016-08", "2016-08"], [("2016-08", 2)]),
    "year-joins-month": (["2016", "2016-08", "2016-08"], [("2016-08", 3)]),
    "month-joins-day": (["2016-08-05", "2016-08"], [("2016-08-05", 2)]),
    "undated-joins-one": ([None, "2015-03"], [("2015-03", 2)]),
    "undated-alone": ([None, None], [(None, 2)]),
    "disagreeing-months": (["2016-03", "2016-09"], [("2016-03", 1), ("2016-09", 1)]),
    "year-agreeing-with-two-stays": (["2016", "2016-03", "2016-09"], [("2016", 1), ("2016-03", 1), ("2016-09", 1)]),
    "other-years": (["2015", "2016-02"], [("2015", 1), ("2016-02", 1)]),
    "three-precisions-one-fact": (["2016", "2016-08", "2016-08-05"], [("2016-08-05", 3)]),
    "year-with-a-day-and-a-month": (["2016", "2016-08-05", "2016-09"], [("2016", 1), ("2016-08-05", 1), ("2016-09", 1)]),
}


@pytest.mark.parametrize(("dates", "expected"), SYNTHETIC.values(), ids=list(SYNTHETIC))
def test_cluster_dates(dates: Dates, expected: list[tuple[str | None, int]]) -> None:
    """Dates that agree are one cluster at the most precise; undated ones join a single cluster."""
    assert [(d, len(group)) for d, group in cluster_dates(dates, lambda w: w)] == expected


def test_agree_is_a_prefix_either_way() -> None:
    """A date agrees with itself and its extensions, not with its neighbours."""
    assert agree("2016", "2016-08-05") and agree("2016-08-05", "2016-08")
    assert not agree("2016-08", "2016-09") and not agree("2016", "2017")


def test_keys_cover_every_record_type_in_contract_order() -> None:
    """``facts.KEYS`` and ``records.RECORD_TYPES`` name the same types in the same order."""
    assert tuple(KEYS) == tuple(RECORD_TYPES)


#: invented texts: (text, the rating facts' keys, the evidence of each)
RATING_TEXTS: dict[str, tuple[str, list[tuple[Any, ...]], list[list[str]]]] = {
    "precisions": (
        "Headline\n\nMonday, 3 October 2016\n\nOfsted rated Kent County Council inadequate in August 2016. "
        "Kent was rated inadequate in 2016 after inspectors found weak oversight.",
        [("Kent", "overall", "inadequate", "2016-08")],
        [["rated Kent County Council inadequate", "rated inadequate"]],
    ),
    "two-grades": (
        "Leeds City Council was rated good in 2019, up from inadequate in 2015.",
        [("Leeds", "overall", "good", "2019"), ("Leeds", "overall", "inadequate", "2015")],
        [["rated good"], ["up from inadequate"]],
    ),
}


@pytest.mark.parametrize(("text", "keys", "evidence"), RATING_TEXTS.values(), ids=list(RATING_TEXTS))
def test_rating_facts_of_extracted_text(text: str, keys: list[tuple[Any, ...]], evidence: list[list[str]]) -> None:
    """Extracted mentions of one rating are one fact with each mention's evidence."""
    found = [f for f in ofsted_ie.extract(text).facts() if f.type == "ratings"]
    assert [f.key for f in found] == keys
    assert [[text[s:e] for s, e in f.spans] for f in found] == evidence


def test_inspection_mentions_are_one_fact() -> None:
    """Two mentions of one monitoring visit are one inspection fact."""
    text = "Ofsted carried out a monitoring visit to Norfolk in May 2018. The monitoring visit to Norfolk found progress."
    found = [f for f in ofsted_ie.extract(text).facts() if f.type == "inspections"]
    assert [(f.key, [text[s:e] for s, e in f.spans]) for f in found] == [
        (("Norfolk", "monitoring_visit", "2018-05"), ["monitoring visit", "monitoring visit"])]


NEGATIVE: dict[str, list[Rating]] = {
    "other-grades": [Rating(authority="Kent", grade="good"), Rating(authority="Kent", grade="inadequate")],
    "other-judgements": [Rating(authority="Kent", grade="good"), Rating(authority="Kent", grade="good", judgement="adoption")],
    "other-councils": [Rating(authority="Kent", grade="good"), Rating(authority="Essex", grade="good")],
    "months-disagree": [Rating(authority="Kent", grade="good", when="2016-03"),
                        Rating(authority="Kent", grade="good", when="2016-09")],
    "years-disagree": [Rating(authority="Kent", grade="good", when="2014"),
                           Rating(authority="Kent", grade="good", when="2018")],
}


@pytest.mark.parametrize("ratings", NEGATIVE.values(), ids=list(NEGATIVE))
def test_different_facts_stay_apart(ratings: list[Rating]) -> None:
    """Mentions that differ in a key field, or in dates that disagree, are facts of their own."""
    assert len(Document(ratings=tuple(ratings)).facts()) == len(ratings)


def test_an_undated_mention_beside_two_dated_facts_stays_apart() -> None:
    """An undated mention that could be either of two dated facts joins neither."""
    doc = Document(ratings=(Rating(authority="Kent", grade="good", when="2014"), Rating(authority="Kent", grade="good"),
                            Rating(authority="Kent", grade="good", when="2018")))
    assert [f.key[-1] for f in doc.facts()] == ["2014", "2018", None]  # no spans: dated first


def test_the_merged_record_takes_the_agreed_date_and_first_attributes() -> None:
    """The fact's record: the agreed date, the first framework given, current if any
    mention is, and no span."""
    doc = Document(ratings=(
        Rating(authority="Kent", grade="good", when="2016", current=False, start=0, end=4, rule="r"),
        Rating(authority="Kent", grade="good", when="2016-08", framework="ILACS", start=10, end=14, rule="r")))
    (fact,) = doc.facts()
    assert fact.record == Rating(authority="Kent", grade="good", when="2016-08", current=True, framework="ILACS")
    assert fact.spans == ((0, 4), (10, 14))


def test_other_types_merge_by_their_keys() -> None:
    """Figures by council, value, measure and date; quotes by their first letters; people by name."""
    doc = Document(
        percentages=(Percentage(authority="Kent", value=12, measure="vacancy_rate", when="2019"),
                     Percentage(authority="Kent", value=12.0, measure="vacancy_rate", when="2019-03"),
                     Percentage(authority="Kent", value=12, measure="turnover")),
        quotes=(Quote(text="We are proud of our staff."), Quote(text="we are PROUD of our staff")),
        people=(Person(name="Orla Pennant", role="director"), Person(name="orla pennant")),
        inspections=(Inspection(authority="Kent", kind="jtai", when="2019"),))
    assert [(f.type, f.key, len(f.mentions)) for f in doc.facts()] == [
        ("percentages", ("Kent", 12.0, "vacancy_rate", "2019-03"), 2),
        ("percentages", ("Kent", 12.0, "turnover", None), 1),
        ("quotes", ("weareproudofourstaff",), 2),
        ("inspections", ("Kent", "jtai", "2019"), 1),
        ("people", ("orla pennant",), 2),
    ]


def test_to_dict_gives_evidence_when_the_document_has_text() -> None:
    """A fact's dict names its mentions' spans, with their words from the Document's text."""
    text = "Leeds City Council was rated good in 2019."
    doc = ofsted_ie.extract(text)
    (fact,) = [f for f in doc.facts() if f.type == "ratings"]
    out = fact.to_dict(doc)
    assert out["grade"] == "good" and out["when"] == "2019" and "start" not in out
    assert [m["evidence"] for m in out["mentions"]] == ["rated good"]
    assert "evidence" not in fact.to_dict()["mentions"][0]


def test_unknown_types_raise() -> None:
    """Asking for a type that is no record type is a ValueError naming it."""
    with pytest.raises(ValueError, match="rankings"):
        facts(Document(), ["rankings"])


@given(history_documents())
@settings(max_examples=200, deadline=None)
def test_facts_keep_every_mention_once(doc: Document) -> None:
    """Every record is a mention of exactly one fact, whose key it shares."""
    found = doc.facts()
    mentions = [m for f in found for m in f.mentions]
    assert sorted(map(repr, mentions)) == sorted(map(repr, (*doc.ratings, *doc.inspections)))
    for fact in found:
        for m in fact.mentions:
            assert KEYS[fact.type](m) == fact.key[:-1]
            assert m.when is None or agree(m.when, fact.key[-1] or "")  # type: ignore[union-attr]
