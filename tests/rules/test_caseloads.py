"""Provenance tables for the caseloads rules (ofsted_ie.rules.caseloads): each row a text,
the (authority, value) it gives and the evidence of that caseload."""

from __future__ import annotations

import pytest

from tests.rules._table import Case, Negative, check, check_negative, params

FAMILY = "caseloads"

SEED_PHRASINGS: list[Case] = [
    Case("now-averaging-cases", "social workers now averaging 20 cases", (None, 20.0), "averaging 20 cases",
         {"statistic": "average"}, only=True),
    Case("higher-than-the-reported-average", "some caseloads are still higher than the reported average of 22",
         (None, 22.0), "average of 22", {"statistic": "average"}, only=True),
    Case("average-caseload-of-per-worker", "an average caseload of 17.8 per social worker", (None, 17.8),
         "average caseload of 17.8", {"statistic": "average"}, only=True),
    Case("caseloads-of-up-to", "caseloads of up to 30", (None, 30.0), "caseloads of up to 30",
         {"statistic": "maximum", "qualifier": "up_to"}, only=True),
    Case("average-per-worker-across-region", "the average caseload per social worker across the South East was 17",
         (None, 17.0), "average caseload per social worker across the South East was 17", {"statistic": "average"}, only=True),
    Case("workers-in-council-have-an-average", "Social workers in Walsall have an average caseload of 19.",
         ("Walsall", 19.0), "average caseload of 19", {"statistic": "average"}, only=True),
    Case("carry-caseloads-of-up-to-children", "In Rochdale, social workers carry caseloads of up to 35 children.",
         ("Rochdale", 35.0), "caseloads of up to 35", {"statistic": "maximum"}, only=True),
]
SYNTHETIC: list[Case] = [
    Case("average-caseload-in-council-is", "The average caseload in Kent is 18 children.", ("Kent", 18.0),
         "average caseload in Kent is 18 children", {"statistic": "average"}, only=True),
    Case("caseloads-in-council-of-up-to", "Caseloads in Kent of up to 25 were found.", ("Kent", 25.0),
         "Caseloads in Kent of up to 25", {"statistic": "maximum"}, only=True),
    Case("averaging-cases-each", "Social workers in Tower Hamlets are now averaging 14 cases each.",
         ("Tower Hamlets", 14.0), "averaging 14 cases", {"statistic": "average"}, only=True),
    Case("caseloads-in-council-average", "Caseloads in Luton average 21.", ("Luton", 21.0), "average 21",
         {"statistic": "average"}, only=True),
    Case("cases-on-average-against-national", "Kent social workers have 18 cases on average, against 16 nationally.",
         ("Kent", 18.0), "18 cases on average", {"statistic": "average"}),
    Case("hold-more-than-cases", "Some social workers in Kent hold more than 30 cases.", ("Kent", 30.0),
         "more than 30 cases", {"statistic": "maximum", "qualifier": "more_than"}, only=True),
]
NEGATIVE: list[Negative] = [
    Negative("cases-with-no-worker", "Ofsted found 15 cases where no social worker had been allocated."),
    Negative("cases-sampled-on-average", "Inspectors sampled 40 cases on average in each visit."),
    Negative("new-social-workers", "a campaign resulted in 61 new social workers"),
    Negative("a-count-of-services", "47 children's services"),
    Negative("a-third-inspection", "A third inspection was carried out in Kent."),
    Negative("an-average-age", "The average age in Kent is 40 years."),
    Negative("a-count-of-workers-after-a-year", "In 2016, 45 social workers left Camden."),
    Negative("a-percentage-of-cases", "In Kent, 30 per cent of cases were reviewed late."),
]
BUGS_CAUGHT: list[Case] = [
    # figures of a range each with its own place; the extreme caseload of any one worker
    Case("range-with-places", "Figures show average caseloads held by social workers range from 12.5 in Bury to 27 in "
         "Sefton this year.", ("Sefton", 27.0), "27", {"statistic": "average"},
         keys=frozenset({("Bury", 12.5), ("Sefton", 27.0)})),
    Case("highest-number-of-cases", "The highest number of cases held by any one social worker is 41, in Wigan.",
         ("Wigan", 41.0), "highest number of cases held by any one social worker is 41", {"statistic": "maximum"}, only=True),
    # "holds around 15 cases on average", in a sentence naming workers
    Case("holds-around-cases-on-average", "Each social worker in Enfield holds around 15 cases on average.",
         ("Enfield", 15.0), "around 15 cases on average", {"statistic": "average", "qualifier": "about"}, only=True),
    # "caseloads as high as 40" is a maximum
    Case("caseloads-as-high-as", "Social workers in Croydon had caseloads as high as 40.", ("Croydon", 40.0),
         "caseloads as high as 40", {"statistic": "maximum"}, only=True),
    # a phrase between "caseloads" and its verb
    Case("caseloads-for-some-were-as-high-as", "Caseloads for some social workers were as high as 30.", (None, 30.0),
         "Caseloads for some social workers were as high as 30", {"statistic": "maximum"}, only=True),
    # "average caseloads in X have reduced from A to B": a place between, the statistic kept
    Case("average-caseloads-reduced-from-to", "Average caseloads in Sheffield have reduced from 24 to 16.",
         ("Sheffield", 16.0), "Average caseloads in Sheffield have reduced from 24 to 16", {"statistic": "average"},
         keys=frozenset({("Sheffield", 24.0), ("Sheffield", 16.0)})),
    # caseloads.range: a minimum and a maximum; a place in "caseloads in X" may hold commas
    Case("range-in-council-with-commas", "Caseloads in Bournemouth, Christchurch and Poole range from 10 to 22.",
         ("Bournemouth, Christchurch and Poole", 10.0), "Caseloads in Bournemouth, Christchurch and Poole range from 10 to 22",
         {"statistic": "minimum"},
         keys=frozenset({("Bournemouth, Christchurch and Poole", 10.0), ("Bournemouth, Christchurch and Poole", 22.0)})),
]
KNOWN_FAILURES: list[Case] = [
    Case("responsible-for-children", "Each social worker in Luton is responsible for about 21 children.", ("Luton", 21.0),
         "about 21 children", reason="'responsible for N children' is no caseload phrasing"),
    Case("some-workers-holding-cases", "Caseloads in Luton were too high, with some workers holding 30 cases.",
         ("Luton", 30.0), "holding 30 cases", reason="'workers holding N cases' is no caseload phrasing"),
    Case("number-word-value", "The average caseload in Kent is eighteen.", ("Kent", 18.0),
         "average caseload in Kent is eighteen", reason="a caseload in words is not read"),
]


@pytest.mark.parametrize("case", params(SEED_PHRASINGS))
def test_seed_phrasings(case: Case) -> None:
    """Phrasings in the shape real articles use give their caseload and statistic."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(SYNTHETIC))
def test_synthetic(case: Case) -> None:
    """Other councils, verbs and qualifiers give their caseload and statistic."""
    check(FAMILY, case)


@pytest.mark.parametrize("row", params(NEGATIVE))
def test_negative(row: Negative) -> None:
    """Counts of cases or staff, other averages and ordinals are no caseloads."""
    check_negative(FAMILY, row)


@pytest.mark.parametrize("case", params(BUGS_CAUGHT))
def test_bugs_caught(case: Case) -> None:
    """Shapes of caseloads once missed or misread give their caseload and statistic."""
    check(FAMILY, case)


@pytest.mark.parametrize("case", params(KNOWN_FAILURES))
def test_known_failures(case: Case) -> None:
    """Caseloads not read yet (each a strict xfail with its reason)."""
    check(FAMILY, case)
