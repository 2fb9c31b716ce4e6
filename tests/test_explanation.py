"""Tests for ofsted_ie.explanation and Extractor.explain: every candidate mention with
what became of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import ofsted_ie
from ofsted_ie import Extractor
from ofsted_ie.cli import main
from ofsted_ie.strategies import Generated, rating_sentences

TEXT = (
    "Kent was rated 'good' by Ofsted. A primary school nearby was rated good. "
    "Essex has good practice in adoption, and Leeds hopes to become 'outstanding'."
)


def test_each_grade_word_has_its_outcome() -> None:
    """A rated grade is a record with its rule; a school's grade, an adjective and a hope
    are vetoed by named guards with their reasons."""
    grades = Extractor().explain(TEXT).of("grade")
    assert [(m.text, m.outcome) for m in grades] == [
        ("good", "record"), ("good", "vetoed"), ("good", "vetoed"), ("outstanding", "vetoed"),
    ]
    assert grades[0].rules == ("ratings.rated",) and getattr(grades[0].records[0], "authority", None) == "Kent"
    assert [(m.guard, m.reason) for m in grades[1:]] == [
        ("ratings.guard_other_subject", "a school's grade"),
        ("ratings.guard_label_adjective", "an ordinary adjective"),
        ("ratings.guard_hope", "a hope, not a grade"),
    ]


def test_offsets_index_the_callers_text() -> None:
    """Mentions' offsets index the text as given, curly quotes and all."""
    text = "Kent\u2019s services were rated \u2018inadequate\u2019 in 2019."
    [grade] = ofsted_ie.explain(text).of("grade")
    assert text[grade.start : grade.end] == grade.text == "inadequate"


def test_councils_figures_and_inspections_are_listed() -> None:
    """Councils, percentage figures and inspection words are mentions too."""
    why = ofsted_ie.explain("Surrey was inspected in May. Some 14 per cent of its staff are agency workers.")
    assert [m.text for m in why.of("council")] == ["Surrey"]
    assert [(m.text, m.outcome) for m in why.of("inspection")] == [("inspected", "record")]
    assert [(m.text, m.outcome) for m in why.of("figure")] == [("14 per cent", "record")]


def test_a_number_no_rule_reads_is_unreached() -> None:
    """A figure no rule makes a record of, and no guard vetoes, is "unreached"."""
    why = ofsted_ie.explain("Wigan's 12% rise in referrals worried nobody.")
    assert [m.outcome for m in why.of("figure")] in (["unreached"], ["record"])
    assert all(m.outcome != "vetoed" or m.guard for m in why.mentions)


def test_kinds_filter_and_refuse_unknown_kinds() -> None:
    """kinds= keeps only those kinds; an unknown kind is a ValueError naming the known ones."""
    assert {m.kind for m in Extractor().explain(TEXT, kinds=["grade"]).mentions} == {"grade"}
    with pytest.raises(ValueError, match="grade, inspection"):
        Extractor().explain(TEXT, kinds=["grades"])


@given(rating_sentences())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_grade_word_is_a_rating_or_has_a_named_veto(case: Generated) -> None:
    """In generated rating sentences (with their distractors), no grade word is left
    unexplained: it is inside a rating's evidence, or a named guard vetoed it."""
    for m in ofsted_ie.explain(case.text).of("grade"):
        assert m.outcome in ("record", "vetoed"), m.describe()
        assert m.outcome == "record" or (m.guard and m.reason)


def test_cli_explain_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`ofsted-ie explain FILE` prints a line per mention; --format json an array of them."""
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["explain", str(path), "--kind", "grade"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and "vetoed by ratings.guard_other_subject: a school's grade" in lines[1]
    assert main(["explain", str(path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} >= {"grade", "council"}
    assert rows[0]["start"] == 0 and rows[0]["text"] == "Kent"


def test_inspection_words_that_are_no_event_have_a_named_veto() -> None:
    """Another provider's inspection and a future one are vetoed by a named guard with
    their reasons; a reported inspection is a record."""
    why = ofsted_ie.explain(
        "London, 3 May 2019\nA school in Kent was inspected in March. Kent is due a further inspection "
        "next year. Inspectors visited Kent in April."
    )
    assert [(m.text, m.outcome, m.reason) for m in why.of("inspection")] == [
        ("inspected", "vetoed", "another provider's inspection, or a count of councils"),
        ("inspection", "vetoed", "a future event"),
        ("visited", "record", None),
    ]


def test_a_grade_word_in_site_furniture_is_named_as_such() -> None:
    """Grade words under a "Related articles" panel make no record, and ``explain`` says why."""
    text = "Kent was rated 'good' by Ofsted.\n\nRelated articles\n- Careers: moving to an inadequate-rated department\n"
    grades = ofsted_ie.explain(text).of("grade")
    assert [(m.text, m.outcome) for m in grades][0] == ("good", "record")
    furniture = [m for m in grades if m.start > text.index("Related")]
    assert furniture and all(m.outcome == "vetoed" and m.guard == "text.boilerplate" for m in furniture)


from hypothesis import strategies as st  # noqa: E402

from ofsted_ie.explanation import LATER_STEP  # noqa: E402
from ofsted_ie.strategies import elided_percentages, owned_percentages, percentage_sentences  # noqa: E402

_FIGURES = (
    "Published 5 March 2020\n\n"
    "Kent County Council's agency rate rose to 15% in 2019. Nationally the vacancy rate was 17%. "
    "Turnover ranged from 5% in Wokingham to 35% in Slough.\n\n"
    "Vacancy rates at 30 September 2019:\nKent: 12%\nSurrey: 9%\n"
)


def test_each_figure_says_why_it_got_its_authority_date_and_measure() -> None:
    """Every share's record names the step of attribution behind its authority, date and measure."""
    why = {m.text: {field: (value, reason) for field, value, reason in m.why} for m in Extractor().explain(_FIGURES).of("figure")}
    assert why["15%"] == {
        "authority": ("Kent", "the nearest council named before it in its sentence"),
        "when": ("2019", "the nearest date of its sentence that is its own, not a rival's"),
        "measure": ("agency_staff", "the measure word 'agency' (the nearest in its clause, its phrase's head, its column's or list's heading)"),
    }
    assert why["17%"]["authority"] == ("None", "its sentence, naming no council, speaks of councils in general or the nation")
    assert why["17%"]["when"] == ("2019", "the date its paragraph states first")  # told in the past after a dated share
    assert why["35%"]["authority"] == ("Slough", "the place named right after it ('N% in <place>')")
    assert why["12%"]["when"] == ("2019-09-30", "the date of its list's or table's lead-in line")


@given(st.one_of(percentage_sentences(), owned_percentages(), elided_percentages()))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_share_s_authority_date_and_measure_has_a_reason(case: Generated) -> None:
    """On generated shares (councils before and after, ranges, elided measures), every
    record's authority, date and measure come with the step of attribution that gave them."""
    explanation = Extractor().explain(case.text)
    records = explanation.document.percentages
    mentions = [m for m in explanation.of("figure") if m.records]
    assert sum(len(m.records) for m in mentions) >= len(records)
    for m in mentions:
        assert [field for field, _, _ in m.why] == ["authority", "when", "measure"] * len(m.records)
        assert all(reason != LATER_STEP for _, _, reason in m.why), m.why


from ofsted_ie.strategies import caseload_forms  # noqa: E402


@given(caseload_forms())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_caseload_s_authority_and_date_has_a_reason(case: Generated) -> None:
    """On every generated caseload form (held, averages, ranges, changes, tables, lists),
    each record's authority and date come with the step that gave them."""
    explanation = Extractor().explain(case.text)
    mentions = [m for m in explanation.of("caseload") if m.records]
    assert sum(len(m.records) for m in mentions) >= len(explanation.document.caseloads)
    for m in mentions:
        assert [field for field, _, _ in m.why] == ["authority", "when"] * len(m.records)
        assert all(reason != LATER_STEP for _, _, reason in m.why), m.why
