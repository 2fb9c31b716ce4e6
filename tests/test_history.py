"""Tests for ofsted_ie.history: timelines across documents, their merge, conflicts and
the grade current at a date; and the ``ofsted-ie history`` command.

Provenance of the cases (every sentence, person and document id invented; councils from
the gazetteer):

==================  ===================================================================
table               what it holds
==================  ===================================================================
``SYNTHETIC``       documents stating one fact at several precisions, undated, in
                    several articles; grades over time; "no longer" marks before and
                    after a "current" claim; the same facts in any order or grouping
                    (hypothesis: ``ofsted_ie.strategies.history_documents``)
``NEGATIVE``        what must not merge or resolve silently: different grades at dates
                    that agree, an undated claim beside two dated entries, a later
                    article's "no longer" that cannot retire an earlier claim before
                    its own date, documents with an error
``BUGS_CAUGHT``     a tie of grades claimed current, emptied by a later retirement
                    (the tie shared its set with the running standing; found by the
                    document-order property)
==================  ===================================================================
"""

from __future__ import annotations

import functools
import io
import json
import operator
import random
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie import Document, History, Inspection, Rating
from ofsted_ie.cli import main
from ofsted_ie.facts import agree
from ofsted_ie.strategies import history_documents


def _doc(id: str, published: str | None, *ratings: Rating, inspections: tuple[Inspection, ...] = ()) -> Document:
    return Document(id=id, published=published, ratings=ratings, inspections=inspections)


def _kent(grade: str, when: str | None = None, current: bool = True, judgement: str = "overall") -> Rating:
    return Rating(authority="Kent", grade=grade, when=when, current=current, judgement=judgement)  # type: ignore[arg-type]


# SYNTHETIC


def test_one_fact_at_several_precisions_across_articles_is_one_entry() -> None:
    """"2016" in one article and "2016-08" in two others: one entry at 2016-08, citing all three."""
    docs = [_doc("a", "2016-09-01", _kent("inadequate", "2016-08")), _doc("b", "2017-01-05", _kent("inadequate", "2016")),
            _doc("c", "2016-10-01", _kent("inadequate", "2016-08"))]
    (entry,) = ofsted_ie.history(docs).entries
    assert (entry.grade, entry.when, entry.doc_ids) == ("inadequate", "2016-08", ("a", "b", "c"))


def test_an_undated_claim_joins_the_one_dated_entry() -> None:
    """An article naming the grade without a date joins the single dated entry of that grade."""
    docs = [_doc("a", "2016-09-01", _kent("inadequate", "2016-08")), _doc("b", None, _kent("inadequate"))]
    (entry,) = ofsted_ie.history(docs).entries
    assert (entry.when, entry.doc_ids) == ("2016-08", ("a", "b"))


def test_entries_keep_their_sources_evidence() -> None:
    """Each source names its document, published date, span and words."""
    text = "Headline\n\nMonday, 3 October 2016\n\nOfsted rated Kent County Council inadequate in August 2016."
    (entry,) = ofsted_ie.history([ofsted_ie.extract(text, id="article-7")]).entries
    (source,) = entry.sources
    assert (source.doc, source.published, source.evidence) == ("article-7", "2016-10-03", text[source.start:source.end])
    assert source.evidence == "rated Kent County Council inadequate"


def test_timeline_orders_grades_and_inspections_by_date() -> None:
    """An authority's timeline: its grades and inspections in date order, undated last."""
    docs = [_doc("a", "2019-06-01", _kent("good", "2019-05"), _kent("inadequate", "2016", current=False),
                 inspections=(Inspection(authority="Kent", kind="monitoring_visit", when="2017-11"),
                              Inspection(authority="Kent", kind="jtai")))]
    h = ofsted_ie.history(docs)
    assert [(e.kind, e.grade, e.when) for e in h.timeline("Kent")] == [
        ("rating", "inadequate", "2016"), ("monitoring_visit", None, "2017-11"), ("rating", "good", "2019-05"),
        ("jtai", None, None)]
    assert h.authorities == ("Kent",)


def test_the_grade_current_at_a_date() -> None:
    """As of a date, the latest grade given or claimed current by then."""
    docs = [_doc("a", "2016-09-01", _kent("inadequate", "2016-08")),
            _doc("b", "2019-06-01", _kent("good", "2019-05"), _kent("inadequate", "2016", current=False))]
    h = ofsted_ie.history(docs)
    assert h.current("Kent", as_of="2015-01-01") is None
    assert h.current("Kent", as_of="2018-12-31").grade == "inadequate"  # type: ignore[union-attr]
    assert h.current("Kent").grade == "good"  # type: ignore[union-attr]
    assert [(e.grade, e.current) for e in h.timeline("Kent")] == [("inadequate", False), ("good", True)]


def test_a_later_no_longer_retires_an_earlier_current_claim_from_its_date_on() -> None:
    """An undated grade claimed current in 2017 and said to be no longer current in 2019:
    current as of 2018, not as of 2019 (nothing newer is known then)."""
    docs = [_doc("a", "2017-03-01", _kent("requires_improvement")),
            _doc("b", "2019-02-01", _kent("requires_improvement", current=False))]
    h = ofsted_ie.history(docs)
    assert h.current("Kent", as_of="2018-06-01").grade == "requires_improvement"  # type: ignore[union-attr]
    assert h.current("Kent", as_of="2019-06-01") is None


def test_standings_give_each_judgement_s_current_entry() -> None:
    """``standings`` lists the current entry per authority and judgement."""
    docs = [_doc("a", "2019-06-01", _kent("good", "2019"), _kent("outstanding", "2019", judgement="adoption"),
                 Rating(authority="Essex", grade="inadequate", when="2018"))]
    found = {(e.authority, e.judgement, e.grade) for e in ofsted_ie.history(docs).standings(as_of="2019-12-31")}
    assert found == {("Kent", "overall", "good"), ("Kent", "adoption", "outstanding"), ("Essex", "overall", "inadequate")}


def test_rows_and_dict_are_plain() -> None:
    """Rows count sources and documents; ``to_dict`` round-trips through JSON."""
    docs = [_doc("a", None, _kent("good", "2019")), _doc("b", None, _kent("good", "2019"), _kent("good", "2019"))]
    h = ofsted_ie.history(docs)
    (row,) = h.rows()
    assert (row["sources"], row["documents"], row["doc_ids"]) == (3, 2, "a;b")
    assert json.loads(json.dumps(h.to_dict())) == h.to_dict()


# NEGATIVE


def test_different_grades_at_agreeing_dates_are_a_conflict() -> None:
    """Two articles giving different grades for one date: both entries stay, a Conflict names them."""
    docs = [_doc("a", "2016-09-01", _kent("inadequate", "2016-08")), _doc("b", "2016-09-02", _kent("good", "2016"))]
    h = ofsted_ie.history(docs)
    assert len(h.entries) == 2 and all(e.conflict for e in h.entries)
    (conflict,) = h.conflicts
    assert (conflict.when, conflict.reason, conflict.grades, conflict.doc_ids) == (
        "2016", "dates", ("good", "inadequate"), ("a", "b"))


def test_different_grades_claimed_current_on_one_day_are_a_conflict() -> None:
    """Two articles of the same day each calling a different grade current: no current grade."""
    docs = [_doc("a", "2020-01-10", _kent("good")), _doc("b", "2020-01-10", _kent("inadequate"))]
    h = ofsted_ie.history(docs)
    assert [(c.reason, c.grades) for c in h.conflicts] == [("current", ("good", "inadequate"))]
    assert h.current("Kent") is None and not any(e.current for e in h.entries)


def test_an_undated_claim_beside_two_dated_entries_stays_apart() -> None:
    """Undated "inadequate" when the history has inadequate in 2014 and in 2018: it joins neither."""
    docs = [_doc("a", None, _kent("inadequate", "2014", False)), _doc("b", None, _kent("inadequate", "2018")),
            _doc("c", None, _kent("inadequate"))]
    assert [e.when for e in ofsted_ie.history(docs).entries] == ["2014", "2018", None]


def test_a_no_longer_does_not_reach_back_before_its_own_date() -> None:
    """A 2019 article's "no longer good" leaves a 2017 article's "good" standing for 2017."""
    docs = [_doc("a", "2017-03-01", _kent("good")), _doc("b", "2019-02-01", _kent("good", current=False))]
    assert ofsted_ie.history(docs).current("Kent", as_of="2017-12-31").grade == "good"  # type: ignore[union-attr]


def test_documents_with_an_error_add_nothing() -> None:
    """A failed input's Document contributes no claim."""
    bad = Document(id="x", ratings=(_kent("good"),), error="cannot read")
    assert ofsted_ie.history([bad]) == History()


def test_records_of_no_authority_are_left_out() -> None:
    """A grade of no named council has no timeline."""
    assert ofsted_ie.history([_doc("a", None, Rating(grade="good"))]).entries == ()


# properties: the merge is associative and commutative


documents_lists = st.lists(history_documents(("Kent", "Leeds", "Sefton")), max_size=10)


@given(documents_lists, st.randoms(use_true_random=False))
@settings(max_examples=150, deadline=None)
def test_document_order_does_not_matter(docs: list[Document], rnd: random.Random) -> None:
    """Shuffled documents give the same history: the same claims, entries and conflicts."""
    shuffled = docs[:]
    rnd.shuffle(shuffled)
    a, b = ofsted_ie.history(docs), ofsted_ie.history(shuffled)
    assert a == b and a.entries == b.entries and a.conflicts == b.conflicts and a.to_dict() == b.to_dict()


@given(documents_lists, st.lists(st.integers(0, 3), min_size=10, max_size=10), st.randoms(use_true_random=False))
@settings(max_examples=150, deadline=None)
def test_histories_of_any_split_merge_into_the_whole(docs: list[Document], groups: list[int],
                                                      rnd: random.Random) -> None:
    """Documents split into groups, each group's history built, then merged in any order
    (all at once, pairwise with ``|``, or one document at a time): the history of all
    the documents."""
    parts = [ofsted_ie.history(d for d, g in zip(docs, groups, strict=False) if g == n) for n in range(4)]
    rnd.shuffle(parts)
    whole = ofsted_ie.history(docs)
    merged = History.merge(*parts)
    folded = (parts[0] | parts[1]) | (parts[2] | parts[3])
    one_by_one = functools.reduce(operator.or_, (History.of(d) for d in reversed(docs)), History())
    assert merged == whole == folded == one_by_one
    assert merged.entries == whole.entries and merged.conflicts == whole.conflicts


@given(history_documents(("Kent", "Leeds")))
@settings(max_examples=100, deadline=None)
def test_every_claim_is_in_an_entry_of_its_key_and_an_agreeing_date(doc: Document) -> None:
    """Each document fact about an authority is cited by an entry of its grade whose date
    agrees with the fact's; no citation is lost or made up."""
    h = History.of(doc)
    assert sum(len(e.sources) for e in h.entries) == sum(len(c.citations) for c in h.claims)
    for c in h.claims:
        holders = [e for e in h.entries if (e.authority, e.kind, e.judgement, e.grade) == c.group()[:2] + (
            c.judgement, c.grade) and set(c.citations) <= set(e.sources)]
        assert any(c.when is None or (e.when is not None and agree(c.when, e.when)) for e in holders)


# the command


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text("Headline\n\nMonday, 3 October 2016\n\n"
                                      "Ofsted rated Kent County Council inadequate in August 2016.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Headline\n\nFriday, 7 June 2019\n\nKent County Council was rated good in "
                                      "May 2019, up from inadequate in 2016, said Tamsin Oakley.", encoding="utf-8")
    return tmp_path


def test_cli_table_has_one_row_per_entry(corpus: Path) -> None:
    """``ofsted-ie history FOLDER``: a header, then one line per entry with its sources."""
    code, out, _ = _run("history", str(corpus))
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:5] == ["authority", "kind", "judgement", "grade", "when"]
    assert [line.split()[:5] for line in lines[1:]] == [["Kent", "rating", "overall", "inadequate", "2016-08"],
                                                        ["Kent", "rating", "overall", "good", "2019-05"]]


def test_cli_csv_counts_sources_and_ids(corpus: Path) -> None:
    """csv: one row per (authority, judgement, date, grade) with its source counts and document ids."""
    code, out, _ = _run("history", str(corpus), "--format", "csv")
    rows = [line.split(",") for line in out.splitlines()]
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert code == 0 and first["grade"] == "inadequate" and first["documents"] == "2"
    assert first["doc_ids"].count(";") == 1


def test_cli_jsonl_one_line_per_authority_and_as_of(corpus: Path) -> None:
    """jsonl: one timeline per authority; ``--as-of`` keeps the grade current then."""
    code, out, _ = _run("history", str(corpus), "--format", "jsonl", "--as-of", "2018-01-01", "--authority", "Kent County Council")
    (line,) = out.splitlines()
    data = json.loads(line)
    assert code == 0 and data["authority"] == "Kent"
    assert [(e["grade"], e["when"]) for e in data["entries"]] == [("inadequate", "2016-08")]


def test_cli_reads_extract_output(corpus: Path, tmp_path: Path) -> None:
    """A .jsonl of Documents (``ofsted-ie extract``'s output) gives the history of its texts."""
    _, extracted, _ = _run("extract", str(corpus))
    (tmp_path / "docs.jsonl").write_text(extracted, encoding="utf-8")
    assert _run("history", str(tmp_path / "docs.jsonl"))[1] == _run("history", str(corpus))[1]


def test_cli_unknown_authority_is_a_usage_error(corpus: Path) -> None:
    """An authority the gazetteer does not know: exit 2 and a message naming it."""
    code, _, err = _run("history", str(corpus), "--authority", "Nowhereshire")
    assert code == 2 and "Nowhereshire" in err


def test_two_entries_of_one_grade_claimed_current_together_mean_the_later() -> None:
    """An article calling a grade current at two dates (inadequate in 2014 and again in
    2018): the later entry is current, and that is no conflict."""
    docs = [_doc("a", "2019-05-01", _kent("inadequate", "2014"), _kent("inadequate", "2018"))]
    h = ofsted_ie.history(docs)
    assert h.current("Kent").when == "2018" and h.conflicts == ()  # type: ignore[union-attr]


def test_a_retirement_after_a_tie_leaves_the_tie_a_conflict() -> None:
    """Two grades claimed current on one day, one retired later: the tie stays a conflict
    (the set of tied entries was once shared with the running standing and emptied)."""
    docs = [_doc("a", "2020-01-10", _kent("good")), _doc("b", "2020-01-10", _kent("inadequate")),
            _doc("c", "2021-01-10", _kent("good", current=False), _kent("inadequate", current=False))]
    h = ofsted_ie.history(docs)
    assert [(c.reason, c.grades) for c in h.conflicts] == [("current", ("good", "inadequate"))]


def test_as_of_takes_a_date_or_an_iso_string() -> None:
    """``as_of`` is a ``datetime.date`` or its ISO string; anything else says what it takes."""
    import datetime as dt

    h = ofsted_ie.history([_doc("a", "2016-09-01", _kent("inadequate", "2016-08"))])
    assert h.current("Kent", as_of=dt.date(2017, 1, 1)) == h.current("Kent", as_of="2017-01-01") is not None
    with pytest.raises(ValueError, match="as_of"):
        h.standings(as_of="August 2016")
