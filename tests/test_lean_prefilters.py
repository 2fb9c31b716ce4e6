"""Tests for the speed work's prefilters: a rule's cased triggers lose none of its
matches (a table's grade cells), and the one-pass helpers the prefilter uses equal the
plain definitions they replace."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie._spans import runs
from ofsted_ie.rules.ratings import RULE_TABLE_ROW
from ofsted_ie.strategies import authority_names

#: How a grade cell is written in a table (capitalised) and how a grade is written in
#: a sentence (lower case, or shouted): only the former is a cell.
_CELLS = ("Outstanding", "Good", "Requires improvement", "Requires Improvement", "Requires improvement to be good",
          "Inadequate", "Adequate")
_PROSE = ("good", "outstanding", "requires improvement", "inadequate", "GOOD", "INADEQUATE")
_SEPARATORS = (" | ", "  ", " ", "\t")


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, int]:
    """Lines of a table of councils (figures, then a grade cell) among sentences using
    grade words; and how many cells hold a capitalised grade."""
    lines, cells = [], 0
    for _ in range(draw(st.integers(1, 6))):
        name = draw(authority_names())
        if draw(st.booleans()):
            figures = draw(st.lists(st.integers(0, 999), min_size=0, max_size=3))
            sep = draw(st.sampled_from(_SEPARATORS))
            cell = draw(st.sampled_from(_CELLS))
            lines.append(name + "".join(f"{sep}{f / 10:.1f}" for f in figures) + sep + cell)
            cells += 1
        else:
            word = draw(st.sampled_from(_PROSE))
            lines.append(f"Inspectors said {name} was {word} at listening to Priya Okonkwo's team.")
    return "\n".join(lines) + "\n", cells


@given(_tables())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_table_rows_cased_triggers_keep_every_grade_cell(table: tuple[str, int]) -> None:
    """``ratings.table_row`` run only where a capitalised grade stands matches what it
    matches over the whole text: one match per capitalised cell, none for prose."""
    text, cells = table
    extractor = ofsted_ie.default_extractor()
    rule = next(r for r in extractor.rules if r.name == RULE_TABLE_ROW)
    ctx = extractor.context(text)
    whole = [m.span() for m in rule.compiled.finditer(ctx.text)]
    spans = rule.spans_in(ctx)
    windowed = [] if spans == () else [m.span() for a, b in spans or ((0, len(ctx.text)),)
                                       for m in rule.compiled.finditer(ctx.text, a, b)]
    assert windowed == whole
    assert len(whole) == cells
    full = [(c.start, c.end) for c in rule.run(ctx, timeout=None)]
    assert [(c.start, c.end) for c in rule.run(ctx, timeout=None, windows=spans)] == (full if spans != () else [])


def _runs_by_cuts(indices: list[int], starts: list[int], ends: list[int]) -> tuple[tuple[int, int], ...]:
    """``runs`` as first written: the cuts found, then the spans between them."""
    if not indices:
        return ()
    cuts = [i for i in range(1, len(indices)) if indices[i] != indices[i - 1] + 1]
    firsts, lasts = [0, *cuts], [*(c - 1 for c in cuts), len(indices) - 1]
    return tuple((starts[indices[f]], ends[indices[last]]) for f, last in zip(firsts, lasts, strict=True))


@given(st.lists(st.integers(0, 19), max_size=30).map(sorted))
def test_runs_in_one_pass_equal_runs_by_cuts(indices: list[int]) -> None:
    """The one-pass ``runs`` gives what cutting the indices first gave, repeated indices too."""
    starts = [10 * k for k in range(20)]
    ends = [10 * k + 7 for k in range(20)]
    assert runs(indices, starts, ends) == _runs_by_cuts(indices, starts, ends)
    assert runs([3, 4, 5, 9, 10], starts, ends) == ((30, 57), (90, 107))
