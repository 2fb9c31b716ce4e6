"""Tests for ofsted_ie.rules._caseload_statistic: a caseload stated as a rate per worker is a
mean, a council's as a nation's, whichever rule reads it.

| provenance | cases |
|---|---|
| synthetic | the generators' per-worker frames (``_caseloads``, ``_caseload_more``, ``_caseload_swept``, ``_caseload_unseen``, ``_figure_layouts``, ``_figures``, ``_unseen_figures``) now expect "average" |
| synthetic (sweep) | ``worded_caseloads``: "for every social worker", "per head", the heaviest/largest/lightest caseload, a group of councils' average |
| negative | workers recruited or hired, files audited, older people's services' caseloads; the ends of a range ("between 15 and 20 per worker", "15-20 per worker"); some workers' ("some had 30 per worker"); a share ("20 per cent") |
| bugs caught | "20 cases per social worker", "caseloads per worker stand at 18" had no statistic (the check set's two missing averages, found by a throwaway probe reading totals); a change's earlier level ("fell from 25 to 18 per social worker": 25 had none while 18 was a mean) |
| known failures | a rate per worker whose change starts from a range ("from 30-35 to 20 per social worker": 20 has none) |
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import ofsted_ie
from ofsted_ie.strategies import Generated
from ofsted_ie.strategies._caseload_words import worded_caseloads


@pytest.mark.parametrize(("text", "expected"), [
    ("In Rutland, there are 20 cases per social worker.", {(20.0, "average")}),
    ("Caseloads per worker in Rutland stand at 18.", {(18.0, "average")}),
    ("Rutland's caseloads have been cut to 16 per qualified social worker.", {(16.0, "average")}),
    ("Rutland had 14 cases per full-time practitioner.", {(14.0, "average")}),
    ("Rutland social workers have between 15 and 20 cases per worker.", {(15.0, None), (20.0, None)}),
    ("Caseloads in Rutland are 15-20 per worker.", {(15.0, None), (20.0, None)}),
    ("Some Rutland social workers had 30 cases per worker.", {(30.0, None)}),
    ("Caseloads in Rutland are now 22.", {(22.0, None)}),
    ("Caseloads in Rutland are now 22, and 20 per cent of posts are vacant.", {(22.0, None)}),
    ("Caseloads in Rutland fell from 25 to 18 per social worker.", {(25.0, "average"), (18.0, "average")}),
    ("Caseloads in Rutland have fallen from 25 to 18.", {(25.0, None), (18.0, None)}),
])
def test_a_rate_per_worker_is_a_mean(text: str, expected: set[tuple[float, str | None]]) -> None:
    assert {(c.value, c.statistic) for c in ofsted_ie.extract(text).caseloads} == expected


@given(worded_caseloads())
@example(Generated("The heaviest caseload, held by a team manager in Bath and North East Somerset, was 6.",
                   caseloads=frozenset({("Bath and North East Somerset", 6.0, "maximum", None)})))  # eleven words between
@settings(max_examples=300, deadline=None)
def test_caseloads_told_in_words_no_rule_read(case: Generated) -> None:
    """"for every social worker" and "per head" are means; the heaviest, largest, lightest
    caseloads and those of the workers with the highest are extremes; a group of councils'
    average is no council's; workers recruited, files audited and older people's services'
    caseloads are none (bugs caught: each of these, in a sweep of 280 invented sentences)."""
    got = {(c.authority, c.value, c.statistic, c.qualifier) for c in ofsted_ie.extract(case.text).caseloads}
    assert got == set(case.caseloads)
