"""Tests for ofsted_ie.records: validation, to_dict / from_dict, timeline, public API."""

from __future__ import annotations

import json
import pickle
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie import Document, Inspection, Rating
from ofsted_ie.records import GRADES, INSPECTION_KINDS, JUDGEMENTS, MEASURES, Percentage, Quote

_opt_text = st.none() | st.text(max_size=20)
_when = st.none() | st.from_regex(r"\A(19|20)\d\d(-(0[1-9]|1[0-2]))?\Z")


@st.composite
def documents(draw: st.DrawFn) -> Document:
    start = draw(st.integers(0, 1000))
    span = {"start": start, "end": start + draw(st.integers(0, 50)), "rule": draw(st.sampled_from(["ratings.rated", None]))}
    ratings = draw(st.lists(st.builds(
        Rating, authority=_opt_text, grade=st.sampled_from(sorted(GRADES)), judgement=st.sampled_from(sorted(JUDGEMENTS)),
        when=_when, current=st.booleans(), **{k: st.just(v) for k, v in span.items()}), max_size=3))
    percentages = draw(st.lists(st.builds(
        Percentage, value=st.floats(0, 100), measure=st.sampled_from(sorted(MEASURES)), subject=_opt_text, when=_when), max_size=2))
    quotes = draw(st.lists(st.builds(Quote, text=st.text(max_size=30), speaker=_opt_text), max_size=2))
    inspections = draw(st.lists(st.builds(
        Inspection, kind=st.sampled_from(sorted(INSPECTION_KINDS)), ordinal=st.none() | st.integers(1, 9)), max_size=2))
    return Document(id=draw(_opt_text), published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
                    byline=draw(_opt_text), ratings=tuple(ratings), percentages=tuple(percentages), quotes=tuple(quotes),
                    inspections=tuple(inspections), warnings=draw(st.lists(st.text(max_size=10), max_size=2)))


@given(documents())
def test_to_dict_from_dict_round_trip(doc: Document) -> None:
    """from_dict(to_dict(doc)) == doc, through JSON too."""
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


@given(documents())
def test_documents_pickle(doc: Document) -> None:
    """Documents pickle to equal objects."""
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_to_dict_follows_contract_order() -> None:
    """Top-level keys come in the contract's order."""
    keys = list(Document().to_dict())
    assert keys[:11] == ["schema", "id", "published", "byline", "authorities", "ratings", "percentages",
                         "caseloads", "quotes", "inspections", "people"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Rating(grade="Good"),  # type: ignore[arg-type]  # not in the vocabulary: the point
        lambda: Rating(grade="good", judgement="everything"),  # type: ignore[arg-type]
        lambda: Rating(grade="good", when="last year"),
        lambda: Rating(grade="good", start=10, end=5),
        lambda: Percentage(value=5, measure="salary"),  # type: ignore[arg-type]
        lambda: Document(published="2017"),
    ],
)
def test_invalid_values_are_rejected(make: object) -> None:
    """A misspelt vocabulary value, a bad date or a reversed span raises ValueError."""
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Rating(grade="good", start="1"),  # type: ignore[arg-type]  # the wrong type: the point
        lambda: Rating(grade="good", authority=3),  # type: ignore[arg-type]
        lambda: Quote(text="x", speaker=b"y"),  # type: ignore[arg-type]
    ],
)
def test_values_of_the_wrong_type_are_rejected(make: object) -> None:
    """An offset that is no int, or a name that is no str, raises TypeError."""
    with pytest.raises(TypeError):
        make()  # type: ignore[operator]


def test_negative_offsets_and_ordinals_are_rejected() -> None:
    """Offsets are >= 0 and ordinals >= 1, and an optional value may be None."""
    with pytest.raises(ValueError, match="start"):
        Rating(grade="good", start=-1)
    with pytest.raises(ValueError, match="ordinal"):
        Inspection(kind="inspection", ordinal=0)
    assert Inspection(kind="inspection", ordinal=None, framework=None).ordinal is None


def test_from_dict_reads_gold_without_offsets() -> None:
    """Gold files (no spans, extra keys such as url) are read."""
    doc = Document.from_dict({"schema": "ofsted_ie/1", "id": "x.txt", "url": "http://example",
                              "ratings": [{"authority": "Kent", "grade": "good", "judgement": "overall", "when": None, "current": True}]})
    assert doc.ratings[0].start is None and doc.ratings[0].grade == "good"


def test_timeline_orders_by_date_with_undated_last() -> None:
    """An authority's inspections and ratings come oldest first, undated at the end."""
    doc = Document(
        ratings=(Rating(authority="Kent", grade="good", when="2017"), Rating(authority="Kent", grade="inadequate", when="2014"),
                 Rating(authority="Surrey", grade="good", when="2010")),
        inspections=(Inspection(authority="Kent", kind="monitoring_visit"), Inspection(authority="Kent", kind="inspection", when="2013")),
    )
    assert [(type(e).__name__, e.when) for e in doc.timeline("Kent")] == [
        ("Inspection", "2013"), ("Rating", "2014"), ("Rating", "2017"), ("Inspection", None)]


def test_all_is_sorted_importable_and_complete() -> None:
    """__all__ is sorted, every name imports, and every public record class is in it."""
    assert ofsted_ie.__all__ == sorted(ofsted_ie.__all__)
    for name in ofsted_ie.__all__:
        assert hasattr(ofsted_ie, name)
    public = {n for n in vars(ofsted_ie) if not n.startswith("_") and isinstance(getattr(ofsted_ie, n), type)}
    assert public <= set(ofsted_ie.__all__)


def test_records_submodule_imports_as_the_module() -> None:
    """``import ofsted_ie.records as r`` gives the records module (with the record classes),
    not the flat-rows function that used to shadow it."""
    import ofsted_ie.records as r

    assert isinstance(r, types.ModuleType) and r.__name__ == "ofsted_ie.records"
    assert r.Rating is Rating and ofsted_ie.records is r


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({"ratings": 5}, TypeError, r"ratings must be a list of records, got int"),
        ({"ratings": [5]}, TypeError, r"ratings\[0\] must be a mapping, got int"),
        ({"ratings": [{"grade": "good", "start": "x"}]}, TypeError, r"ratings\[0\]: start"),
        ({"published": "2019-02-31"}, ValueError, r"published .*calendar.*'2019-02-31'"),
        ({"ratings": [{"grade": "good", "when": "2019-02-31"}]}, ValueError, r"ratings\[0\]: when"),
        ({"percentages": [{"value": "abc"}]}, ValueError, r"percentages\[0\]: value must be a number"),
        ({"percentages": [{"value": float("inf")}]}, ValueError, r"percentages\[0\]: value must be a finite"),
        ({"caseloads": [{"value": [3]}]}, TypeError, r"caseloads\[0\]: value must be a number, got list"),
        ({"warnings": 5}, TypeError, r"warnings must be a list of str"),
    ],
    ids=["list-not-list", "record-not-mapping", "bad-offset", "impossible-published", "impossible-when",
         "value-not-number", "value-infinite", "value-list", "warnings-not-list"],
)
def test_from_dict_names_the_field_at_fault(data: dict[str, object], error: type[Exception], message: str) -> None:
    """Document.from_dict on a wrong shape or an impossible value raises TypeError or
    ValueError naming where it stands, never AttributeError."""
    with pytest.raises(error, match=message):
        Document.from_dict(data)


def test_records_carry_their_evidence_and_the_text_stays_out_of_json_unless_asked() -> None:
    """``doc.evidence(r)`` is the words a record was read from; ``to_dict()`` gives each
    record its ``evidence`` and leaves the whole text out unless ``text=True``."""
    text = "Kent was rated 'good' by Ofsted, and Surrey 'inadequate'."
    doc = ofsted_ie.extract(text)
    assert doc.text == text
    assert all(doc.evidence(r) == text[r.start : r.end] for r in doc.ratings if r.start is not None and r.end is not None)
    out = doc.to_dict()
    assert "text" not in out and all(r["evidence"] for r in out["ratings"])
    assert doc.to_dict(text=True)["text"] == text
    assert Document.from_dict(out).ratings == doc.ratings


def test_timeline_takes_any_name_the_gazetteer_knows() -> None:
    """ "Kent County Council" and "Kent" give the same timeline; an unknown name is an
    error offering close ones, not a silent empty tuple; an ISO string reference date works."""
    doc = ofsted_ie.extract("Inspectors rated Kent County Council 'good' in May.", reference_date="2019-08-01")
    assert doc.timeline("Kent County Council") == doc.timeline("Kent") != ()
    assert doc.timeline("Kent")[0].when == "2019-05"
    with pytest.raises(ValueError, match="did you mean 'Kent'"):
        doc.timeline("Kentt")
