"""Tests for ofsted_ie.rules.ratings.row_lines: the judgement-row rule read only on the
lines ending in a grade label finds what it finds reading every line.

| kind | cases |
|---|---|
| synthetic | report-like texts drawn by hypothesis: numbered and bare judgement rows with every separator (spaces, tab, bar, colon, dash), quoted grades, trailing full stops and spaces, among prose lines holding grades mid-line |
| negative | prose lines with a grade not at their end; a grade glued to a word ("goodwill") |
| bugs caught | none yet (written with the ``where``) |
| known failures | none |
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.rules.ratings.row_lines import lines_ending_in_a_grade

_LABELS = ["Overall effectiveness", "The experiences and progress of children who need help and protection",
           "2.1 Adoption performance", "3. The impact of leaders on social work practice with children and families",
           "Leadership, management and governance", "The experiences and progress of care leavers"]
_SEPARATORS = ["  ", "\t", " | ", ": ", " - ", " \u2013 ", " "]
_GRADES = ["Good", "good", "Outstanding", "Requires improvement to be good", "Inadequate", "'good'", "\"Good\"",
           "Adequate", "requires improvement", "RI", "goodwill"]
_ENDS = ["", ".", "  ", " .", "\t", " (2)", "(1)."]
_PROSE = ["Leaders know their services well and practice is good in most teams.",
          "Inspectors found good practice; care leavers said the support was outstanding at times.",
          "Kent County Council"]


@st.composite
def _reports(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(_LABELS)) + draw(st.sampled_from(_SEPARATORS))
                         + draw(st.sampled_from(_GRADES)) + draw(st.sampled_from(_ENDS)))
        else:
            lines.append(draw(st.sampled_from(_PROSE)))
        lines.append(draw(st.sampled_from(["", "", "\n"])))
    return "\n".join(lines)


@given(_reports())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_judgement_rows_read_on_lines_ending_in_a_grade_are_those_read_on_every_line(text: str) -> None:
    extractor = ofsted_ie.default_extractor()
    ctx = extractor.context(text)
    (rule,) = [r for r in extractor.rules if r.name == "ratings.judgement_row"]
    full = [(c.start, c.end, c.records) for c in rule.run(ctx, timeout=None)]
    spans = rule.spans_in(ctx)
    windowed = [] if spans == () else [(c.start, c.end, c.records) for c in rule.run(ctx, timeout=None, windows=spans)]
    assert windowed == full


def test_only_lines_ending_in_a_grade_are_read() -> None:
    text = ("The experiences and progress of care leavers: good.\n"
            "Leaders know their services well and practice is good in most teams.\n"
            "2.1 Adoption performance\tOutstanding\n"
            "Practice shows goodwill")
    ctx = ofsted_ie.default_extractor().context(text)
    assert [ctx.text[a:b] for a, b in lines_ending_in_a_grade(ctx)] == [
        "The experiences and progress of care leavers: good.", "2.1 Adoption performance Outstanding"]
    (rule,) = [r for r in ofsted_ie.default_extractor().rules if r.name == "ratings.judgement_row"]
    assert [ctx.text[c.start:c.end] for c in rule.run(ctx, timeout=None, windows=rule.spans_in(ctx))] == [
        "The experiences and progress of care leavers: good.", "2.1 Adoption performance Outstanding"]
