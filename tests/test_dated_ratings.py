"""Tests for the dating of ratings: a year of another event (a grade since superseded,
a founding, an earlier inspection) is not a present grade's, a grade's own year is,
and a grade named as history is not current (``ofsted_ie.strategies._dated``)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

import ofsted_ie
from ofsted_ie.strategies._dated import DATED_RATING_FRAMES, Dated, DatedRatingKey, dated_ratings

_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


def _keys(case: Dated) -> set[DatedRatingKey]:
    """The ratings extracted, as dated keys; the text's own dateline, if any, is its date."""
    doc = ofsted_ie.extract(case.text)
    assert (doc.published is None) == (case.reference is None)
    return {(r.authority, r.grade, r.judgement, r.when[:4] if r.when else None, r.current)  # type: ignore[misc]
            for r in doc.ratings}


@given(dated_ratings())
@settings(max_examples=600, **_SETTINGS)  # type: ignore[arg-type]
def test_dated_ratings_are_recovered(case: Dated) -> None:
    """Each grade takes the year of its own grading, or the present's; a grade named
    as history is past."""
    assert _keys(case) == case.ratings


def test_every_phenomenon_has_a_frame() -> None:
    assert {"superseded_year", "founding_year", "since_earlier_inspection", "own_year", "since_rated", "counted"} <= set(
        DATED_RATING_FRAMES)


def _one(text: str, reference: dt.date | None = None) -> set[tuple[str, str | None, bool]]:
    return {(r.grade, r.when, r.current) for r in ofsted_ie.extract(text, reference_date=reference).ratings}


def test_a_superseded_grades_year_is_not_the_present_grades() -> None:
    """Without a dateline, the present grade after a dated past one takes no year of it."""
    assert _one("Wigan, rated inadequate in 2014 amid a crisis, is now good.") == {
        ("inadequate", "2014", False), ("good", None, True)}


def test_a_founding_year_dates_the_founding() -> None:
    assert _one("The Wigan children's trust, set up in 2014, was rated good.") == {("good", None, True)}
    assert _one("The Wigan children's trust, set up in 2014, was rated good.", dt.date(2019, 3, 1)) == {
        ("good", "2019", True)}


def test_a_year_before_the_grading_clause_is_its_own() -> None:
    assert _one("In 2019, Wigan was rated good.") == {("good", "2019", True)}
    assert _one("Ofsted inspected Wigan in 2019 and rated it good.") == {("good", "2019", True)}


def test_an_earlier_inspections_year_is_not_the_new_grades() -> None:
    text = "Wigan was rated requires improvement, up from inadequate at the previous inspection in 2017."
    assert _one(text) == {("requires_improvement", None, True), ("inadequate", "2017", False)}
    assert _one("In its previous inspection in 2012, Wigan was rated adequate.") == {("adequate", "2012", False)}
    assert _one("Since its previous inspection in 2016, Wigan has improved and is now rated good.") == {
        ("good", None, True)}


def test_a_grade_named_as_history_is_past() -> None:
    assert _one("Wigan has made progress since being rated as 'inadequate'.") == {("inadequate", None, False)}
    assert _one("Wigan has improved after two inadequate judgements.") == {("inadequate", None, False)}
    assert _one("Wigan has a new director. This followed two separate 'inadequate' Ofsted judgments.") == {
        ("inadequate", None, False)}
    assert _one("Wigan has been rated inadequate since 2015.") == {("inadequate", "2015", True)}


def test_a_change_dated_before_it_dates_the_new_grade() -> None:
    """A date before a whole change "from X to Y" is the change's, so Y's."""
    text = "At the last inspection in 2021, Wigan made the leap from 'inadequate' to 'outstanding'."
    assert _one(text) == {("inadequate", None, False), ("outstanding", "2021", True)}


def test_years_after_an_event_leaves_the_grade_before_it_current() -> None:
    """ "N years after" dates what follows it: an event that is no grade is past, and the
    grade before it is still the council's."""
    assert _one("Wigan's services were declared good by inspectors - four years after a minister stepped in.") == {
        ("good", None, True)}
    assert _one("Wigan has been rated 'adequate' two years after a damning report.", dt.date(2019, 3, 1)) == {
        ("adequate", "2019", True)}
    assert _one("Wigan was rated good two years after being rated inadequate.", dt.date(2019, 3, 1)) == {
        ("good", "2019", True), ("inadequate", "2017", False)}


def test_a_year_before_another_grades_when_clause_is_that_grades() -> None:
    """A year a when-clause after it grades ("a change from 2012 when it was judged
    inadequate") is not the year of a grade before it; a grade's own date is still its own."""
    text = "Bury's services were all judged 'good' - quite a change from 2013 when it was rated inadequate."
    assert _one(text, dt.date(2019, 3, 1)) == {("good", "2019", True), ("inadequate", "2013", False)}
    assert _one("Bury was rated good in 2016, when Wigan was rated inadequate.", dt.date(2019, 3, 1)) == {
        ("good", "2016", True), ("inadequate", "2016", False)}


def test_a_year_a_grade_is_counted_since_is_an_earlier_times() -> None:
    """ "for the first time since 2010" dates the last time, not the grade; "since 2016"
    alone is still the grade's own year."""
    assert _one("Bury has been rated good for the first time since 2010.") == {("good", None, True)}
    assert _one("Bury was judged inadequate for the second time since 2018.", dt.date(2023, 2, 1)) == {
        ("inadequate", "2023", True)}
    assert _one("Bury has been rated good since 2016.") == {("good", "2016", True)}


def test_a_deadline_is_not_the_present() -> None:
    """Without a dateline, a year after "by" or "until" looks ahead: the present grade
    takes no year from it."""
    assert _one("Bury has been rated inadequate. Commissioners will stay until 2021.") == {("inadequate", None, True)}
    assert _one("Bury was rated inadequate in 2015. It must finish its plan by 2022.") == {("inadequate", "2015", True)}


def test_an_arrival_or_takeover_with_an_object_dates_itself() -> None:
    """A takeover or an arrival dates itself even with words between its verb and its
    date ("took control of the department in 2014"); a rating verb among them does not."""
    assert _one("Bury has been rated good. A trust took control of the council's department in 2014.") == {
        ("good", None, True)}
    assert _one("The trust set up by the council was rated good in 2016.") == {("good", "2016", True)}


from hypothesis import strategies as st  # noqa: E402

from ofsted_ie.strategies import Generated, report_headers  # noqa: E402


@given(report_headers(), st.sampled_from(["good", "inadequate", "requires improvement"]),
       st.sampled_from(["This area's LSCB is {g}.", "The effectiveness of the LSCB is {g}."]))
@settings(max_examples=60, **_SETTINGS)  # type: ignore[arg-type]
def test_a_report_s_grades_outside_its_table_are_dated_by_its_inspection(header: Generated, grade: str, sentence: str) -> None:
    """In a report with a table of judgements and a publication date, a present grade the
    table does not hold (the LSCB's, in its own section far below) is the inspection's,
    dated like the table's rows, not by the publication date."""
    filler = "\n\n".join(["Leaders know their services and practice is improving in most teams."] * 40)
    text = f"Published: 20 December 2030\n\n{header.text}\n{filler}\n\nThe LSCB\n\n{sentence.format(g=grade)}\n"
    doc = ofsted_ie.extract(text)
    rows = {r.when for r in doc.ratings if r.rule == "ratings.judgement_row"}
    (when,) = rows
    assert when is not None and when.endswith("-03")  # "3 to 14 <month> <year>"
    lscb = [r for r in doc.ratings if r.judgement == "lscb"]
    assert lscb and {r.when for r in lscb} == rows


def test_an_article_s_undated_lscb_grade_takes_its_dateline_s_year() -> None:
    """Without a report's table, a present grade the text leaves undated is the dateline's year's."""
    found = _one("Published: 20 December 2030\n\nKent's LSCB is good, the inspectorate wrote in a letter to the board.")
    assert found == {("good", "2030", True)}
