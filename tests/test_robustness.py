"""Robustness: arbitrary and hostile text, time limits, threads and pickling.

Every input, however odd, gives a Document whose spans lie in the text, whose JSON
is serialisable and which is the same on a second run; pathological inputs finish
(rules that run out of time are skipped with a warning on the Document).
"""

from __future__ import annotations

import json
import pickle
import string
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie import Document, Extractor, Quote
from ofsted_ie.gazetteer import RULE_GAZETTEER
from ofsted_ie.rules import ALL_RULES
from ofsted_ie.strategies import articles, caseload_sentences, percentage_sentences, quote_paragraphs, rating_sentences

_RULE_NAMES = {r.name for r in ALL_RULES} | {RULE_GAZETTEER}
_FIELDS = ("authorities", "ratings", "percentages", "caseloads", "quotes", "inspections", "people")


def check_invariants(text: str, doc: Document) -> None:
    """What every Document must satisfy, whatever the text."""
    for field in _FIELDS:
        for r in getattr(doc, field):
            assert r.start is not None and r.end is not None
            assert 0 <= r.start < r.end <= len(text), (field, r)
            assert r.rule in _RULE_NAMES, r.rule
            evidence = text[r.start : r.end]
            assert evidence.strip(), (field, r)
            # one paragraph: no line break of any kind the text preparation knows (CR is one)
            if isinstance(r, Quote) and not any(c in evidence for c in "\n\r\u2028\u2029\x85") and r.text:
                assert r.text in evidence
    json.dumps(doc.to_dict())
    assert ofsted_ie.extract(text).to_dict() == doc.to_dict()


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("\u201cgood\u201d \u2018inadequate' \"\u00a0\u200b\r\n\u2028")
@example("Kent \ud83d\ude00 was rated 'good' in 31 February 2017 and 9999 and 0000.")
def test_arbitrary_text(text: str) -> None:
    """Any Unicode text: no exception, spans in bounds, evidence non-empty, JSON, stable."""
    check_invariants(text, ofsted_ie.extract(text))


_MUTATIONS = st.sampled_from([
    "insert", "delete", "unbalance", "huge_number", "bad_date", "year_zero", "year_9999", "swap_case",
])


@st.composite
def mutated_phrasings(draw: st.DrawFn) -> str:
    """A real phrasing with a few mutations: characters inserted and deleted, quotes
    unbalanced, huge numbers, impossible dates, years 0 and 9999."""
    text = draw(st.one_of(rating_sentences(), percentage_sentences(), caseload_sentences(), quote_paragraphs())).text
    for mutation in draw(st.lists(_MUTATIONS, min_size=1, max_size=4)):
        i = draw(st.integers(0, len(text)))
        if mutation == "insert":
            text = text[:i] + draw(st.sampled_from(["'", '"', "\u201c", "\n", ".", "%", "9", " ", "\u00a0", "x"])) + text[i:]
        elif mutation == "delete":
            text = text[:i] + text[i + 1 :]
        elif mutation == "unbalance":
            text = text.replace('"', "", 1) if '"' in text else '"' + text
        elif mutation == "huge_number":
            text = text[:i] + " 99999999999 per cent " + text[i:]
        elif mutation == "bad_date":
            text = text[:i] + " on 31 February 2017 " + text[i:]
        elif mutation == "year_zero":
            text = text[:i] + " in 0 and in 0000 " + text[i:]
        elif mutation == "year_9999":
            text = text[:i] + " since 9999, in March 9999 " + text[i:]
        else:
            text = text.swapcase()
    return text


@given(mutated_phrasings())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_phrasings(text: str) -> None:
    """Real phrasings, mutated: the same invariants hold."""
    check_invariants(text, ofsted_ie.extract(text))


PATHOLOGICAL = {
    "a megabyte of opening quotes": '"' * 1_000_000,
    "a megabyte of per cent": "per cent " * 111_111,
    "a 2 MB line with no spaces": "x" * 2_000_000,
    "10,000 nested quotes": "\"'" * 10_000 + "x" + "'\"" * 10_000,
    "100,000 council names": "Kent " * 100_000,
    "a quarter-megabyte of quotations": '"a ' * 80_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_finish(name: str) -> None:
    """Each pathological input gives a Document (rules out of time are skipped with a
    warning naming them); its spans are in bounds. Their times are in the benchmark."""
    text = PATHOLOGICAL[name]
    doc = ofsted_ie.extract(text, id=name)
    for field in _FIELDS:
        assert all(0 <= r.start < r.end <= len(text) for r in getattr(doc, field))
    assert all("timed out" in w and name in w for w in doc.warnings)


def test_a_rule_out_of_time_is_skipped_with_a_warning() -> None:
    """With a tiny time limit, rules are skipped and say so on the Document."""
    text = "Kent County Council was rated 'good' by Ofsted in 2015. " * 2000
    doc = Extractor(timeout=0.000_001).extract(text, id="long")
    assert doc.warnings and all("timed out on document 'long'" in w for w in doc.warnings)
    assert doc.error is None


def test_threads_give_what_a_single_thread_gives(examples_dir: object) -> None:
    """extract from 8 threads at once returns exactly the serial results."""
    texts = [
        case
        for case in (
            "Kent County Council was rated 'good' by Ofsted in 2015.",
            'Surrey\'s vacancy rate was 20 per cent. "We are pleased," said the council leader.',
            "Inspectors found caseloads of up to 30 in Essex during a monitoring visit in May 2018.",
        )
    ] * 8
    serial = [ofsted_ie.extract(t, id=str(i)) for i, t in enumerate(texts)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda it: ofsted_ie.extract(it[1], id=str(it[0])), enumerate(texts)))
    assert threaded == serial


@given(
    keep=st.lists(st.sampled_from([r.name for r in ALL_RULES]), unique=True, max_size=12),
    timeout=st.none() | st.floats(0.1, 10),
)
@settings(max_examples=25, deadline=None)
def test_extractors_pickle_to_equal_objects(keep: list[str], timeout: float | None) -> None:
    """Any Extractor (a choice of rules, a time limit) pickles to an equal one that
    extracts the same."""
    extractor = Extractor(rules=tuple(r for r in ALL_RULES if r.name in keep), timeout=timeout)
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone == extractor
    text = "Kent was rated 'good' in 2015; 20 per cent were agency staff."
    assert clone.extract(text) == extractor.extract(text)


@given(articles(max_paragraphs=4))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_extracted_documents_pickle_and_round_trip(article: object) -> None:
    """Documents extracted from whole articles pickle to equal objects and survive
    to_dict/from_dict through JSON."""
    doc = ofsted_ie.extract(article.text)  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


def test_printable_junk_in_every_rule() -> None:
    """Every rule, run alone on junk, keeps its spans in bounds and names itself."""
    junk = ["", "\U0001f600" * 50, "'" * 300, '"' * 300, string.punctuation * 50, "a" * 100_000]
    for rule in ALL_RULES:
        extractor = Extractor(rules=(rule,))
        for text in junk:
            doc = extractor.extract(text)
            for field in _FIELDS[1:]:
                assert all(r.rule == rule.name and 0 <= r.start <= r.end <= len(text) for r in getattr(doc, field))


def test_every_builder_pattern_passes_a_timeout() -> None:
    """The patterns the rules' builders (in every module of every family package), the
    dates and the gazetteer use are TimedPatterns (each call passes timeout=), not bare
    compiled patterns; text preparation's few linear patterns are the documented exception."""
    import importlib
    import pkgutil

    import regex

    import ofsted_ie
    from ofsted_ie import _timed, dates

    names = [m.name for m in pkgutil.walk_packages(ofsted_ie.__path__, "ofsted_ie.")]
    modules = [importlib.import_module(n) for n in names if not n.startswith(("ofsted_ie.dask", "ofsted_ie.strategies", "ofsted_ie.__main__", "ofsted_ie.text"))]
    assert "ofsted_ie.rules.ratings.frames" in names
    bare = [
        f"{module.__name__}.{name}"
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, regex.Pattern)
    ]
    assert bare == []
    assert isinstance(dates._PUBLISHED, _timed.TimedPattern)


def test_a_timeout_in_a_pass_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document pass that runs out of time leaves its family's records as made, with a warning."""
    from ofsted_ie.passes import Pass
    from ofsted_ie.rules import PASSES

    def slow(records: list[object], ctx: object, others: object) -> list[object]:
        raise TimeoutError("regex timed out")

    extractor = Extractor(
        passes=(*(p for p in PASSES if p.writes != "ratings"), Pass(name="ratings.finalise", writes="ratings", run=slow))
    )
    doc = extractor.extract("Kent was rated 'good'.", id="d")
    assert [r.grade for r in doc.ratings] == ["good"]
    assert doc.warnings == ("rule 'ratings.finalise' timed out on document 'd'",)


#: The pieces of figure-heavy text: digits, dots, commas, spaces, cell separators, and
#: the words that make the rules look at a figure.
_FIGURE_PIECES = st.sampled_from([
    "0", "1", "12", "3.5", "12.03.2019", "1,2,3", "9" * 30, ".", ",", " ", "  ", "\t", "|", "\n", "%",
    " per cent", "caseloads", "Average caseloads by council", "vacancy rate", "Kent", "Leeds", "Good",
    " cases", " of ", " from ", " to ", "-", "x",
])


@given(st.lists(_FIGURE_PIECES, max_size=40).map("".join))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("Average caseloads by council\nKent 12.03.2019\n")
@example("Average caseload\tVacancy rate\nKent\t12.03.2019\t1,2,3%\n")
@example("Kent has caseloads of up to " + "9" * 400 + " and " + "9" * 400 + " per cent.")
def test_figure_text_in_every_family(text: str) -> None:
    """Text of digits, dots, commas, spaces and separators around figure words never
    raises in any rule family; every figure is finite and the output is strict JSON."""
    doc = ofsted_ie.extract(text)
    check_invariants(text, doc)
    json.dumps(doc.to_dict(), allow_nan=False)
    assert all(0 <= r.value < 1e10 for r in doc.percentages) and all(0 <= r.value < 1e10 for r in doc.caseloads)
