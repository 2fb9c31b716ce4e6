"""Tests for the engine (ofsted_ie.rule, context, overlap, extractor, _windows, _parallel): rules, composition, overlap policy, Extractor, batches."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

import attrs
import pytest
import regex

import ofsted_ie
from ofsted_ie import Document, Extractor, Rating, Rule
from ofsted_ie._triggers import TriggerIndex
from ofsted_ie._windows import Windows
from ofsted_ie.context import Context
from ofsted_ie.overlap import prefer_longest
from ofsted_ie.records import Grade
from ofsted_ie.rule import Candidate, FailedInput
from ofsted_ie.rules import ALL_RULES, FAMILIES
from ofsted_ie.rules._caseload_tables import lines_naming_places

_WORD = r"(?P<grade>good|inadequate)"
_GAP = r"[^.\n]{0,20}?"


def build_grade(m: regex.Match[str], ctx: Context) -> Rating:
    grade = cast(Grade, m.group("grade"))  # the patterns below capture only grade words
    return Rating(authority=ctx.authority_for(m.start(), m.end()), grade=grade,
                  start=m.start(), end=m.end(), rule="ratings.test_grade")


def test_fragments_compose_by_sequence_and_alternation() -> None:
    """Fragments joined in f-strings make one rule that matches either ordering."""
    rule = Rule(name="ratings.test_grade", kind="ratings", pattern=rf"(?:called{_GAP}\ {_WORD}|{_WORD}\ it\ is)", build=build_grade)
    doc = Extractor(rules=(rule,)).extract("Kent was called very good. Surrey? inadequate it is.")
    assert [(r.authority, r.grade) for r in doc.ratings] == [("Kent", "good"), ("Surrey", "inadequate")]


def test_overlaps_keep_the_longest_then_the_earliest_then_the_earlier_rule() -> None:
    """prefer_longest is deterministic whatever the input order."""
    r1 = Rule(name="ratings.a", kind="ratings", pattern="x", build=build_grade)
    r2 = Rule(name="ratings.b", kind="ratings", pattern="x", build=build_grade)
    rec = (Rating(grade="good"),)
    cands = [Candidate(r2, 0, 5, rec), Candidate(r1, 3, 12, rec), Candidate(r1, 0, 5, rec), Candidate(r2, 20, 22, rec)]
    order = {"ratings.a": 0, "ratings.b": 1}
    kept = prefer_longest(cands, order)
    assert [(c.rule.name, c.start, c.end) for c in kept] == [("ratings.a", 3, 12), ("ratings.b", 20, 22)]
    assert prefer_longest(list(reversed(cands)), order) == kept
    tie = prefer_longest([Candidate(r2, 0, 5, rec), Candidate(r1, 0, 5, rec)], order)
    assert [c.rule.name for c in tie] == ["ratings.a"]


def test_offsets_refer_to_the_original_text() -> None:
    """Records from normalised text carry spans into the caller's string (curly quotes, NBSP)."""
    text = "Kent\u00a0County\u00a0Council   was rated \u201cinadequate\u201d\u00a0in 2014."
    doc = ofsted_ie.extract(text)
    (rating,) = doc.ratings
    assert text[rating.start : rating.end] == "rated \u201cinadequate\u201d"
    assert text[doc.authorities[0].start : doc.authorities[0].end] == "Kent\u00a0County\u00a0Council"


@pytest.mark.parametrize("bad", [b"Kent was rated good", None, 42, ["text"]])
def test_non_str_input_raises_type_error_naming_str(bad: object) -> None:
    """extract() refuses anything but str with a TypeError that says what it takes."""
    with pytest.raises(TypeError, match="takes str"):
        ofsted_ie.extract(bad)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    """The bytes error tells the caller what to do."""
    with pytest.raises(TypeError, match="decode"):
        ofsted_ie.extract(b"x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02 control", "lone \ud800 surrogate \udfff", "\u201c" * 1000],
    ids=["empty", "control", "surrogates", "open-quotes"],
)
def test_any_str_returns_a_document_with_spans_in_bounds(text: str) -> None:
    """Odd strings still give a Document whose spans lie inside the text."""
    doc = ofsted_ie.extract(text)
    assert isinstance(doc, Document)
    for field in ("authorities", "ratings", "quotes", "percentages"):
        for r in getattr(doc, field):
            assert 0 <= r.start <= r.end <= len(text)


def test_extractor_rules_can_be_removed_and_added() -> None:
    """An Extractor without the ratings family finds no ratings; adding a rule adds its records."""
    text = "Kent was rated 'good'. Kent is splendid."
    no_ratings = Extractor(rules=tuple(r for r in ALL_RULES if r.kind != "ratings"))
    assert no_ratings.extract(text).ratings == ()
    splendid = Rule(name="ratings.splendid", kind="ratings", pattern=r"(?P<grade>splendid)",
                    build=lambda m, ctx: Rating(grade="outstanding", start=m.start(), end=m.end(), rule="ratings.splendid"))
    doc = Extractor(rules=(*ALL_RULES, splendid)).extract(text)
    assert {r.rule for r in doc.ratings} >= {"ratings.splendid", "ratings.rated"}


def test_duplicate_rule_names_are_refused() -> None:
    """Two rules with one name make a ValueError."""
    with pytest.raises(ValueError, match="unique"):
        Extractor(rules=(ALL_RULES[0], ALL_RULES[0]))


def test_rule_names_are_unique_and_prefixed_by_family() -> None:
    """Every packaged rule is named family.name, with the family its module's."""
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))
    for family in FAMILIES:
        prefix = family.__name__.rsplit(".", 1)[1]
        assert all(r.name.startswith(prefix + ".") and r.kind == prefix for r in family.RULES)


def test_extractor_and_rules_pickle() -> None:
    """An Extractor survives pickling and extracts the same."""
    text = "Kent was rated 'good' in 2015."
    clone = pickle.loads(pickle.dumps(Extractor()))
    assert clone.extract(text) == ofsted_ie.extract(text)


def test_reference_date_fills_in_when_there_is_no_dateline() -> None:
    """Relative dates use reference_date only when the text states no date of its own."""
    text = "Kent was rated inadequate last August."
    assert ofsted_ie.extract(text).ratings[0].when is None
    assert ofsted_ie.extract(text, reference_date=dt.date(2020, 3, 1)).ratings[0].when == "2019-08"
    dated = "Headline\n\n| 24 March 2017\n\n" + text
    assert ofsted_ie.extract(dated, reference_date=dt.date(2020, 3, 1)).ratings[0].when == "2016-08"


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_many_keeps_order_and_isolates_failures(jobs: int) -> None:
    """Results come in input order; a failing input gives an error Document only for itself."""
    texts = [f"{n} was rated 'good'." for n in ("Kent", "Surrey", "Devon", "Essex", "Leeds")] * 4
    items: list[object] = list(texts)
    items[3] = FailedInput("cannot read")
    items[7] = b"bytes"
    docs = list(ofsted_ie.default_extractor().extract_many(items, jobs=jobs))  # type: ignore[arg-type]
    assert [d.id for d in docs] == [str(i) for i in range(len(items))]
    assert docs[3].error == "cannot read" and docs[7].error and "TypeError" in docs[7].error
    for i, d in enumerate(docs):
        if i not in (3, 7):
            assert d.error is None and d.ratings[0].authority == texts[i].split()[0]


def _context(text: str, reference: dt.date | None = dt.date(2017, 7, 7)) -> Context:
    return Extractor().context(text, reference_date=reference)


def test_when_for_gives_a_date_to_the_nearest_claimant() -> None:
    """A date belongs to the nearest of a mention and its rivals; one introduced by a
    preposition to the nearest before it; with none owned, the reference year or None."""
    text = "The rate fell from 50 per cent in 2015 to 10 per cent, while in 2014 it was 12 per cent."
    ctx = _context(text)
    spans = [m.span() for m in regex.finditer(r"\d+ per cent", text)]
    first, second, third = spans
    assert ctx.when_for(*first, rivals=spans) == "2015"
    assert ctx.when_for(*second, rivals=spans) == "2017"
    assert ctx.when_for(*second, rivals=spans, default_published=False) is None
    assert ctx.when_for(*third, rivals=spans) == "2014"
    assert ctx.when_for(*second) == "2015"  # with no rivals every date is the mention's


@pytest.mark.parametrize("joiner", [" and ", ", ", " or ", ", and "])
def test_a_listed_date_belongs_where_the_first_of_its_list_does(joiner: str) -> None:
    """ "in 2013 and 2015": the second year is introduced by the first's preposition,
    so it dates what stands before the list, even when a rival is nearer after it."""
    text = f"The rate was 50 per cent in 2013{joiner}2015, and is now 10 per cent."
    ctx = _context(text)
    first, second = (m.span() for m in regex.finditer(r"\d+ per cent", text))
    assert ctx.when_for(*second, rivals=[first], default_published=False) is None
    assert ctx.when_for(*first, rivals=[second]) == "2013"


# -- the trigger prefilter --------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402

from ofsted_ie import dates  # noqa: E402
from ofsted_ie.strategies import articles  # noqa: E402


def _full_and_windowed(text: str) -> list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Per rule (and for dates), the candidate spans of a whole-text run and of a run
    on the windows the prefilter gives."""
    extractor = ofsted_ie.default_extractor()
    ctx = extractor.context(text)
    out = []
    for rule in extractor.rules:
        full = [(c.start, c.end) for c in rule.run(ctx, timeout=None)]
        spans = rule.spans_in(ctx)
        windowed = [] if spans == () else [(c.start, c.end) for c in rule.run(ctx, timeout=None, windows=spans)]
        out.append((rule.name, full, windowed))
    full_dates = [(d.start, d.end) for d in dates.find_dates(ctx.text, ctx.reference)]
    out.append(("dates", full_dates, [(d.start, d.end) for d in ctx.date_mentions]))
    return out


@given(articles())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_prefilter_finds_what_a_whole_text_run_finds(article: ofsted_ie.strategies.Generated) -> None:
    """Every rule run only on the sentences (paragraphs) holding its triggers, and the
    date scan run only on sentences that can hold a date, match exactly what they
    match over the whole text."""
    for name, full, windowed in _full_and_windowed(article.text):
        assert windowed == full, name


def _agree_on_the_examples(
    examples_dir: Path, pairs: Callable[[str], Sequence[tuple[str, Sequence[object], Sequence[object]]]]
) -> None:
    """Each pair of match lists ``pairs`` gives for the bundled example articles, which
    have matches for most rules, agrees."""
    matched = 0
    for path in sorted(examples_dir.glob("*.txt")):
        for name, expected, got in pairs(path.read_text(encoding="utf-8")):
            assert got == expected, (path.name, name)
            matched += len(expected)
    assert matched > 20


def test_prefilter_on_the_examples(examples_dir: Path) -> None:
    """The same on the bundled example articles, which have matches for most rules."""
    _agree_on_the_examples(examples_dir, _full_and_windowed)


def test_prefilter_skips_text_without_triggers() -> None:
    """A rule whose triggers are absent is not run at all; one with a sentence scope
    runs only on the sentences holding a trigger, neighbours merged."""
    rule = Rule(name="ratings.t", kind="ratings", pattern="good", build=build_grade, triggers=("good",), scope="sentence")
    ctx = Extractor(rules=(rule,)).context("Kent is good. Surrey is good. Nothing here. Essex is good.")
    spans = ctx.windows(rule)
    assert spans is not None
    assert [ctx.text[a:b] for a, b in spans] == ["Kent is good. Surrey is good.", "Essex is good."]
    absent = Rule(name="ratings.u", kind="ratings", pattern="x", build=build_grade, triggers=("zzz",))
    assert ctx.windows(absent) == ()


def test_prefilter_needs_a_trigger_of_each_set() -> None:
    """With ``also_triggers`` a rule runs only on the sentences holding a trigger of
    each set; with scope "text", only on a text holding both."""
    rule = Rule(name="ratings.t", kind="ratings", pattern=r"rated\ good", build=build_grade, triggers=("good",),
                also_triggers=("rated",), scope="sentence")
    ctx = Extractor(rules=(rule,)).context("Kent is good. Kent was rated good. Nothing. Surrey was rated. Essex rated good.")
    spans = ctx.windows(rule)
    assert spans is not None
    assert [ctx.text[a:b] for a, b in spans] == ["Kent was rated good.", "Essex rated good."]
    whole = attrs.evolve(rule, scope="text")
    assert ctx.windows(whole) is None
    assert Extractor(rules=(whole,)).context("Kent is good. Surrey was judged.").windows(whole) == ()
    assert pickle.loads(pickle.dumps(rule)).also_triggers == ("rated",)


def test_prefilter_finds_cased_triggers_as_written() -> None:
    """A rule with ``cased_triggers`` runs only on the sentences holding one as written,
    capitals and all: a given name, not the common word its lower case is; with scope
    "text", only on a text holding one; and it pickles with them."""
    rule = Rule(name="people.t", kind="people", pattern=r"(?:Will|Grace)\ [A-Z][a-z]+", build=_no_record,
                cased_triggers=("Will ", "Grace "), scope="sentence")
    text = "It will rain. Will Ashdown spoke. We said grace twice. Nothing. Grace Pilbeam agreed."
    ctx = Extractor(rules=(rule,)).context(text)
    alone = Windows(ctx.prepared, TriggerIndex(("will ", "grace "), use_automaton=False))  # each looked for alone
    for windows in (ctx.windows, alone):
        assert [ctx.text[a:b] for a, b in windows(rule) or ()] == ["Will Ashdown spoke.", "Grace Pilbeam agreed."]
    whole = attrs.evolve(rule, scope="text")
    assert Extractor(rules=(whole,)).context("It will rain, grace be said.").windows(whole) == ()
    assert Extractor(rules=(whole,)).context("Will Ashdown spoke.").windows(whole) is None
    assert pickle.loads(pickle.dumps(rule)).cased_triggers == ("Will ", "Grace ")


def test_cased_triggers_must_hold_a_capital_and_lower_letter_by_letter() -> None:
    """A cased trigger in lower case belongs in ``triggers``; one whose lower case is
    longer or hangs on its neighbours (dotted capital I, capital sigma) is refused, as
    is one string for a tuple."""
    for bad in (("will ",), ("\u0130stanbul",), ("\u03a3ofia",)):
        with pytest.raises(ValueError, match="cased_triggers"):
            Rule(name="people.t", kind="people", pattern="x", build=_no_record, cased_triggers=bad)
    with pytest.raises(TypeError, match="cased_triggers"):
        Rule(name="people.t", kind="people", pattern="x", build=_no_record, cased_triggers="Will ")


def _no_record(m: regex.Match[str], ctx: Context) -> None:
    return None


def test_stamping_a_record_with_its_rule_equals_evolve(examples_dir: Path) -> None:
    """The engine's cheap copies of a record with its rule's name, or its offsets, set
    equal attrs.evolve; offsets it would refuse are refused as it refuses them."""
    from ofsted_ie._copies import stamped as _stamped
    from ofsted_ie._copies import with_offsets

    seen = set()
    for path in sorted(examples_dir.glob("*.txt")):
        doc = ofsted_ie.extract(path.read_text(encoding="utf-8"))
        for kind in ("authorities", "ratings", "percentages", "caseloads", "quotes", "inspections", "people"):
            for record in getattr(doc, kind):
                stamped = _stamped(record, "x.y")
                assert stamped == attrs.evolve(record, rule="x.y") and type(stamped) is type(record)
                moved = with_offsets(record, 3, 9)
                assert moved == attrs.evolve(record, start=3, end=9) and type(moved) is type(record)
                seen.add(kind)
    assert len(seen) == 7
    with pytest.raises(ValueError, match="start must be <= end"):
        with_offsets(Rating(grade="good"), 9, 3)


def test_lower_keeps_offsets() -> None:
    """Lower-casing for the prefilter keeps every offset, even for characters whose
    lower case is two characters long."""
    from ofsted_ie._windows import lower_keeping_offsets as _lower

    text = "\u0130stanbul GOOD"
    assert len(_lower(text)) == len(text)
    assert _lower(text).endswith("good")


from hypothesis import strategies as st  # noqa: E402


def _naive_prefer_longest(candidates: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """The overlap policy written as plainly as possible, to check the fast one against."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start, order.get(c.rule.name, 0)))
    kept: list[Candidate] = []
    for c in ranked:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


_RULES3 = tuple(Rule(name=f"ratings.r{i}", kind="ratings", pattern="x", build=build_grade) for i in range(3))
_spans = st.tuples(st.integers(0, 40), st.integers(0, 8), st.sampled_from(_RULES3))


@given(st.lists(_spans, max_size=25))
@settings(max_examples=300, deadline=None)
def test_prefer_longest_equals_the_plain_policy(spans: list[tuple[int, int, Rule]]) -> None:
    """The bisecting overlap policy keeps exactly what the plain quadratic one keeps,
    empty spans included."""
    rec = (Rating(grade="good"),)
    cands = [Candidate(rule, start, start + length, rec) for start, length, rule in spans]
    order = {r.name: i for i, r in enumerate(_RULES3)}
    assert prefer_longest(cands, order) == _naive_prefer_longest(cands, order)


def test_context_lookups_by_span() -> None:
    """mentions_in, mentions_before and dates_in return what lies in a span, in order."""
    ctx = Extractor().context("Kent and Surrey in 2015. Essex in March 2016 and Kent.")
    assert [m.name for m in ctx.mentions_in(0, 24)] == ["Kent", "Surrey"]
    assert [m.name for m in ctx.mentions_before(ctx.text.index("Essex") + 1)] == ["Kent", "Surrey", "Essex"]
    assert [d.value for d in ctx.dates_in(24, len(ctx.text))] == ["2016-03"]
    assert ctx.main_authority == "Kent"


def _crash_on_marker(m: regex.Match[str], ctx: Context) -> None:
    """A build that kills its worker process outright, as a crash in C code would."""
    os._exit(3)


def test_a_worker_that_dies_fails_only_its_document() -> None:
    """extract_many(jobs=2): a document that kills its worker gives an error record for
    itself alone; the others, in the same chunk too, are extracted, in input order."""
    crash = Rule(name="ratings.crash", kind="ratings", pattern="CRASH", build=_crash_on_marker)
    extractor = Extractor(rules=(*ofsted_ie.default_extractor().rules, crash))
    texts = [f"{n} was rated 'good'." for n in ("Kent", "Surrey", "Devon", "Essex")] * 3
    texts[5] = "CRASH here"
    docs = list(extractor.extract_many(texts, jobs=2, chunksize=4))
    assert [d.id for d in docs] == [str(i) for i in range(len(texts))]
    assert docs[5].error is not None and "worker" in docs[5].error
    assert all(d.error is None and d.ratings for i, d in enumerate(docs) if i != 5)


@pytest.mark.parametrize("timeout", [float("inf"), 0, -1, float("nan")])
def test_extractor_refuses_a_timeout_that_is_no_limit(timeout: float) -> None:
    """A timeout that is not a finite number of seconds above 0 is a ValueError naming it."""
    with pytest.raises(ValueError, match="timeout"):
        Extractor(timeout=timeout)


@pytest.mark.parametrize("value", ["2", True, [2]])
def test_extractor_refuses_a_timeout_of_another_type(value: object) -> None:
    """A timeout that is not a number is a TypeError naming it and the type given."""
    with pytest.raises(TypeError, match=rf"timeout .*got {type(value).__name__}"):
        Extractor(timeout=value)  # type: ignore[arg-type]


def test_extractor_refuses_a_missing_gazetteer() -> None:
    """gazetteer=None is a TypeError naming the argument, not an AttributeError later."""
    with pytest.raises(TypeError, match="gazetteer .*got NoneType"):
        Extractor(gazetteer=None)  # type: ignore[arg-type]


def test_extract_many_refuses_ids_of_another_length_at_the_call() -> None:
    """Lists of texts and ids of different lengths are a ValueError when called, not a
    shorter output."""
    with pytest.raises(ValueError, match="2 texts and 1 ids"):
        Extractor().extract_many(["Kent.", "Essex."], ids=["a"])


def test_extract_many_refuses_lazy_ids_that_run_out() -> None:
    """Lazy texts and ids of different lengths are a ValueError when the shorter runs out."""
    docs = Extractor().extract_many(iter(["Kent.", "Essex."]), ids=iter(["a"]))
    assert next(docs).id == "a"
    with pytest.raises(ValueError, match="one id per text"):
        next(docs)


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [({"chunksize": 0}, ValueError, "chunksize"), ({"jobs": True}, TypeError, "jobs"),
     ({"jobs": 0}, ValueError, "jobs"), ({"jobs": 1.5}, TypeError, "jobs"),
     ({"reference_date": "2019-05-01x"}, ValueError, "reference_date"),
     ({"reference_date": 20190501}, TypeError, "reference_date")],
)
def test_extract_many_names_a_bad_argument_at_the_call(kwargs: dict[str, object], error: type[Exception], name: str) -> None:
    """A bad jobs, chunksize or reference_date raises at the call, naming the argument."""
    with pytest.raises(error, match=name):
        Extractor().extract_many(["Kent."], **kwargs)  # type: ignore[arg-type]


def test_reference_date_may_be_an_iso_string() -> None:
    """reference_date="2019-05-01" resolves relative dates as datetime.date(2019, 5, 1) does."""
    text = "Kent was inspected last March."
    as_string = Extractor().extract(text, reference_date="2019-05-01")
    assert as_string == Extractor().extract(text, reference_date=dt.date(2019, 5, 1))
    assert [i.when for i in as_string.inspections] == ["2018-03"]


def _count_builds(m: regex.Match[str], ctx: Context) -> Rating:
    return Rating(authority="Kent", grade="good", start=m.start(), end=m.end())


def test_a_deferring_rule_skips_what_earlier_rules_of_its_family_found() -> None:
    """A rule with defers=True builds no match overlapping a candidate an earlier rule of
    its family made, and builds the others; without it, both stand until the overlap policy."""
    first = Rule(name="ratings.first", kind="ratings", pattern=r"rated\ good", build=_count_builds)
    fallback = Rule(name="ratings.fallback", kind="ratings", pattern="good", build=_count_builds, defers=True)
    text = "Kent was rated good. Essex is good."
    doc = Extractor(rules=(first, fallback)).extract(text)
    assert [(r.rule, text[r.start : r.end]) for r in doc.ratings] == [("ratings.first", "rated good"), ("ratings.fallback", "good")]
    assert doc.ratings[1].start == text.rindex("good")
    eager = Rule(name="ratings.fallback", kind="ratings", pattern="good", build=_count_builds)
    ctx = Extractor(rules=(first, eager)).context(text)
    assert len(eager.run(ctx)) == 2 and len(fallback.run(ctx, taken=[(9, 19)])) == 1


def _build_special_measures(m: regex.Match[str], ctx: Context) -> Rating:
    return Rating(authority=ctx.authority_for(m.start(), m.end()), grade="inadequate", start=m.start(), end=m.end())


def test_a_custom_rule_as_a_user_writes_it() -> None:
    """A plain pattern with ``verbose=False`` and an upper-case trigger work as written; a
    one-line VERBOSE pattern with plain spaces, a bad name and a bad kind are refused
    with a message that says what is wrong."""
    build = _build_special_measures
    rule = Rule(name="ratings.special_measures", kind="ratings", pattern="placed in special measures", build=build,
                triggers=("Special Measures",), scope="sentence", verbose=False)
    doc = Extractor(rules=(rule,)).extract("Kent County Council was placed in special measures in 2019.")
    assert [(r.authority, r.grade, r.rule) for r in doc.ratings] == [("Kent", "inadequate", "ratings.special_measures")]
    assert pickle.loads(pickle.dumps(rule)).verbose is False
    with pytest.raises(ValueError, match=r"plain spaces.*verbose=False"):
        Rule(name="ratings.special_measures", kind="ratings", pattern="placed in special measures", build=build)
    with pytest.raises(ValueError, match="family.snake_case"):
        Rule(name="Special measures", kind="ratings", pattern=r"special\ measures", build=build)
    with pytest.raises(ValueError, match="kind must be one of"):
        Rule(name="ratings.special_measures", kind="rating", pattern=r"special\ measures", build=build)


def test_a_custom_rule_whose_pattern_does_not_compile_is_refused_when_the_extractor_is_made() -> None:
    """A rule compiles on first use, so making one with a broken pattern succeeds; an
    Extractor made with it compiles it at once and raises, before any text is read."""
    rule = Rule(name="ratings.broken", kind="ratings", pattern=r"rated\ (good", build=_build_special_measures)
    with pytest.raises(regex.error, match="missing \\)"):
        Extractor(rules=(*ALL_RULES, rule))


def test_built_in_rules_compile_on_first_use_and_each_compiles() -> None:
    """Importing the package compiles no built-in rule (a fresh copy of one starts
    uncompiled, as unpickled in a worker); each compiles on demand, once."""
    fresh = [pickle.loads(pickle.dumps(rule)) for rule in ALL_RULES]
    assert all(rule._compiled is None for rule in fresh)
    for rule in fresh:
        assert rule.compiled is rule.compiled
        assert isinstance(rule.compiled, regex.Pattern)
    unpickled = tuple(pickle.loads(pickle.dumps(rule)) for rule in ALL_RULES)
    Extractor(rules=unpickled)
    assert all(rule._compiled is None for rule in unpickled)  # equal to the defaults: still uncompiled


def _opened_and_plain(text: str) -> list[tuple[str, list[object], list[object]]]:
    """Per rule that opens its search at word starts (``word_start``) and for dates: the
    matches as compiled, and those of the pattern without the boundary, over the whole
    normalised text."""

    def found(pattern: regex.Pattern[str], t: str) -> list[object]:
        return [(m.span(), m.groups()) for m in pattern.finditer(t)]

    t = ofsted_ie.default_extractor().context(text).text
    out = []
    for rule in ALL_RULES:
        if rule.word_start:
            plain = attrs.evolve(rule, word_start=False)
            out.append((rule.name, found(rule.compiled, t), found(plain.compiled, t)))
    from ofsted_ie import _date_patterns

    date_pattern = _date_patterns._date_pattern()
    assert date_pattern.pattern.startswith(r"\b")
    plain_dates = regex.compile(date_pattern.pattern[2:], date_pattern.flags, **_date_patterns._DATE_LISTS)
    out.append(("dates", found(date_pattern, t), found(plain_dates, t)))
    return out


_EDGES = ("(2019) 'good' \"Good\" -good (director Jane Doe) 'Director of Children's Services, Jo Bell' "
          "-held 20 cases _held 20 cases 3rd March, mid-2018 ſhe K 'inadequate'-rated (Cllr Ann Lee)")


@given(articles())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_word_start_openings_only_make_the_search_faster(article: ofsted_ie.strategies.Generated) -> None:
    """A rule searched from word starts only, or behind a lookahead of the words it opens
    with, and the date scan from word boundaries, match exactly what they match without."""
    for name, opened, plain in _opened_and_plain(article.text + "\n" + _EDGES):
        assert opened == plain, name


def test_word_start_openings_on_the_examples(examples_dir: Path) -> None:
    """The same on the bundled example articles, which have matches for most rules."""
    _agree_on_the_examples(examples_dir, _opened_and_plain)


def test_windows_found_in_one_pass_equal_windows_found_trigger_by_trigger(examples_dir: Path) -> None:
    """The prefilter's windows are the same whether the triggers' occurrences come from
    one automaton pass or from looking for each trigger alone (as without pyahocorasick)."""
    from ofsted_ie._triggers import TriggerIndex
    from ofsted_ie._windows import Windows
    from ofsted_ie.text import prepare

    extractor = ofsted_ie.default_extractor()
    triggers = [t for r in extractor.rules for g in r.trigger_groups for t in g] + list(dates.DATE_TRIGGERS)
    compared = 0
    for path in sorted(examples_dir.glob("*.txt")):
        prepared = prepare(path.read_text(encoding="utf-8"))
        one_pass = Windows(prepared, TriggerIndex(triggers))
        alone = Windows(prepared, TriggerIndex(triggers, use_automaton=False))
        for rule in extractor.rules:
            assert one_pass(rule) == alone(rule), (path.name, rule.name)
            compared += bool(one_pass(rule))
        assert one_pass.spans(dates.DATE_TRIGGERS, scope="sentence") == alone.spans(dates.DATE_TRIGGERS, scope="sentence")
    assert compared > 50


_TRIGGER_SAMPLE = sorted({t for r in ALL_RULES for g in r.trigger_groups for t in g if t == t.lower()})[::7]


@given(st.lists(st.sampled_from([*_TRIGGER_SAMPLE, " ", ". ", "\n\n", "Kent ", "the "]), max_size=40))
@settings(max_examples=150, deadline=None)
def test_the_quick_no_of_the_prefilter_agrees_with_its_windows(pieces: list[str]) -> None:
    """A rule that the index's one pass says cannot run (a set of its triggers has no
    member in the text) has no window when the windows are worked out in full."""
    from ofsted_ie.text import prepare

    extractor = ofsted_ie.default_extractor()
    prepared = prepare("".join(pieces))
    windows = Windows(prepared, TriggerIndex([t.lower() for r in extractor.rules for g in r.trigger_groups for t in g]))  # as the extractor's
    for rule in extractor.rules:
        full = windows.spans(*rule.trigger_groups, scope=rule.scope)
        assert windows(rule) == full or (windows(rule) == () and not full), rule.name


_CASELOAD_TABLES = (
    "Average caseloads per social worker, by council:\n"
    "Council\tCaseload\tVacancy rate\n"
    "Bury\t27.1\t12%\n"
    "North East\t18.9\t9%\n"
    "Wigan\t16.4\t7%\n"
    "\n"
    "Caseloads in the region last year:\n"
    "Bolton: 25.3\n"
    "Salford (21.2)\n"
    "\n"
    "Council | Caseload | Agency staff\n"
    "Leeds | 14.2 | 12%\n"
    "England | 16.3 | 15%\n"
    "\n"
    "Caseloads were highest in Bury (27.1), followed by Bolton at 25.3, and lowest in Trafford.\n"
    "Sutton 72.1 12.9 Good\n"
)


def test_rules_read_only_where_their_where_says_find_what_a_whole_text_run_finds() -> None:
    """The caseload rules that read table rows and list lines run only on the lines naming
    a council, nation or region, and find there all that a whole-text run finds."""
    pairs = {name: (full, windowed) for name, full, windowed in _full_and_windowed(_CASELOAD_TABLES)}
    for name in ("caseloads.table_row", "caseloads.council_figure"):
        full, windowed = pairs[name]
        assert windowed == full and full, name
    rule = next(r for r in ofsted_ie.default_extractor().rules if r.name == "caseloads.table_row")
    assert pickle.loads(pickle.dumps(rule)).where is lines_naming_places


def test_every_nation_or_region_name_holds_a_prefilter_trigger() -> None:
    """Each name ``NATION_OR_REGION`` matches holds one of its prefilter triggers."""
    from ofsted_ie.rules._common import NATION_OR_REGION, NATION_OR_REGION_TRIGGERS

    names = ["England", "Wales", "Scotland", "Northern Ireland", "London", "inner London", "Outer London",
             "the North East", "the North West", "the South East", "the South West", "the East Midlands",
             "the West Midlands", "the Midlands", "the North", "the South", "the East of England",
             "Yorkshire and the Humber", "North East", "North West", "South East", "South West", "East Midlands",
             "West Midlands", "East of England", "Inner London"]
    for name in names:
        assert NATION_OR_REGION.fullmatch(name), name
        assert any(t in name.lower() for t in NATION_OR_REGION_TRIGGERS), name


def _middle_sentence(ctx: Context) -> list[tuple[int, int]]:
    return [ctx.prepared.sentences[1]]


def test_a_rule_runs_where_both_its_triggers_and_its_where_are() -> None:
    """A sentence-scope rule with ``where`` runs on the trigger windows' parts that its
    ``where`` spans cover, and nowhere else; one of scope "text" where ``where`` says."""
    rule = Rule(name="ratings.t", kind="ratings", pattern="(?P<grade>good)", build=build_grade, triggers=("good",),
                scope="sentence", where=_middle_sentence)
    text = "Kent is good. Surrey is good. Essex is bad."
    ctx = Extractor(rules=(rule,)).context(text)
    assert [ctx.text[a:b] for a, b in rule.spans_in(ctx) or ()] == ["Surrey is good."]
    assert [r.start for r in Extractor(rules=(rule,)).extract(text).ratings] == [text.index("good", 10)]
    whole = attrs.evolve(rule, scope="text")
    assert [ctx.text[a:b] for a, b in whole.spans_in(ctx) or ()] == ["Surrey is good."]
    assert attrs.evolve(rule, triggers=("zzz",)).spans_in(ctx) == ()


def test_people_rules_read_only_sentences_naming_someone() -> None:
    """The people rules run only on sentences with two capitalised words in a row, and
    find there what a whole-text run finds; a pair across a full stop counts for both."""
    from ofsted_ie.rules.people_lines import sentences_naming_people

    text = ("The council said it had made progress. Jane Doe, the head of children's services, said: \"We are proud.\" "
            "Leaders were praised by inspectors. Cllr. Smith welcomed it. It was rated good by inspectors in the county. "
            "The report was published by Ofsted. Amy Lee, the lead member, agreed.")
    ctx = ofsted_ie.default_extractor().context(text)
    named = [ctx.text[a:b] for a, b in sentences_naming_people(ctx)]
    assert named == ['Jane Doe, the head of children\'s services, said: "We are proud."', "Cllr. Smith welcomed it.",
                     "The report was published by Ofsted.", "Amy Lee, the lead member, agreed."]
    for name, full, windowed in _full_and_windowed(text):
        assert windowed == full, name
    assert {p.name for p in ofsted_ie.extract(text).people} >= {"Jane Doe", "Amy Lee"}


from ofsted_ie.strategies import caseload_forms, non_caseload_forms  # noqa: E402


@given(st.one_of(caseload_forms(), non_caseload_forms()))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_caseload_rules_run_only_where_caseloads_can_be_and_find_all(case: ofsted_ie.strategies.Generated) -> None:
    """Every caseload form and its negatives (generated): the caseload rules run only on
    the lines or sentences their ``where`` gives find what a whole-text run finds."""
    for name, full, windowed in _full_and_windowed(case.text):
        if name.startswith("caseloads."):
            assert windowed == full, name


def test_every_string_a_document_s_windows_are_asked_about_is_in_the_trigger_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules' triggers, the date scan's and what ``where`` functions and passes ask
    (caseload talk, regions, framework names) are all found in the one automaton pass:
    none is looked for alone in the text."""
    from ofsted_ie import _lowered

    pytest.importorskip("ahocorasick")
    asked_alone: list[str] = []
    holds = _lowered.Lowered._holds

    def spy(self: _lowered.Lowered, s: str) -> bool:
        asked_alone.append(s)
        return holds(self, s)

    monkeypatch.setattr(_lowered.Lowered, "_holds", spy)
    text = (
        "Services for children at Kent County Council were rated good in 2017 (single inspection framework, SIF) "
        "and at the ILACS inspection of local authority children's services in May 2023.\n"
        "Social workers held 18 cases each, and staff in the North East held 22 cases on average, "
        "against 16 kids per worker in London and England's 17.\n"
        "The agency rate was 12% and a third of posts were vacant, Ofsted said."
    )
    doc = Extractor().extract(text * 2)
    assert doc.ratings and doc.caseloads  # the families that ask were reached
    assert asked_alone == []


@pytest.mark.parametrize("text", ["Kent County Council was rated RI\nIt said it would improve.", "Kent County Council was rated RI",
                                  "Overall effectiveness  RI\nLeaders know their services well."])
def test_a_grade_abbreviation_ending_its_line_or_the_text_is_read(text: str) -> None:
    """"RI" is a trigger only with what stands after it (a newline among them): at a
    line's end, or the text's, its sentence and line are still read, as a whole-text run reads them."""
    for name, full, windowed in _full_and_windowed(text):
        assert windowed == full, name
    assert [r.grade for r in Extractor().extract(text, reference_date="2024-01-01").ratings] == ["requires_improvement"]
