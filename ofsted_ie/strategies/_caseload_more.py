"""More caseload forms (issue 21): other words for holding, what is held and caseloads;
changes told with other verbs, amounts and orders; figures of regions and of years.

Drawn by ``caseload_forms`` for its phenomena "more_words" and "changes_regions_years"
(see ``_caseloads``); each returns a text and every caseload it states as
``(authority, value, statistic, qualifier)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Qualifier, Statistic
from ._base import CaseloadKey, Generated

_REGIONS: Final = ("North West", "South West", "East Midlands", "West Midlands", "North East")
_BOUNDS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("approaching", "almost"), ("nearing", "almost"), ("around", "about"), ("upwards of", "more_than"),
    ("in the region of", "about"))
#: A bound that makes a caseload a maximum: "no more than 18", "a maximum of 18".
_MAXIMA: Final = ("no more than", "not more than", "a maximum of", "up to")
_KINDS: Final = ("child in need ", "child protection ", "CIN ", "open ", "")


def _key(a: str | None, n: float, statistic: Statistic | None = None, qualifier: Qualifier | None = None) -> CaseloadKey:
    return (a, float(n), statistic, qualifier)


@st.composite
def more_caseload_words(draw: st.DrawFn, a: str, n: int, m: float) -> Generated:
    """Other verbs and nouns of holding, other caseload nouns, bounds and statistics,
    labels ("Average caseload: 16.9", "16.9 average caseload") and relative clauses."""
    hi = n + draw(st.integers(5, 30))
    bound, qualifier = draw(st.sampled_from(_BOUNDS))
    return draw(st.sampled_from([
        Generated(f"Practitioners in {a} are each supporting {n} children.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} held {n} {draw(st.sampled_from(_KINDS))}cases each.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"Personal advisers in {a} each had {n} young people.", caseloads=frozenset({_key(a, n)})),
        Generated(f"{a} has {hi * 10} social workers, each with {n} cases.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} hold, on average, {n} cases.", caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"{a} reported caseload {draw(st.sampled_from(['sizes', 'levels']))} of {n}.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"{a} had {m} cases per full-time equivalent (FTE) practitioner.",
                  caseloads=frozenset({_key(a, m, "average")})),  # a rate per worker is a mean
        Generated(f"{a}'s mean caseload was {m}.", caseloads=frozenset({_key(a, m, "average")})),
        Generated(f"{a}'s average caseload, {n}, is the highest in its region.", caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"Caseloads in {a} were as low as {n}.", caseloads=frozenset({_key(a, n, "minimum")})),
        Generated(f"Social workers in {a} have caseloads {bound} {n}.", caseloads=frozenset({_key(a, n, None, qualifier)})),
        Generated(f"{a} aims for caseloads of {draw(st.sampled_from(_MAXIMA))} {n}.",
                  caseloads=frozenset({_key(a, n, "maximum", "up_to")})),
        Generated(f"Social workers in {a} have {draw(st.sampled_from(_MAXIMA))} {n} cases.",
                  caseloads=frozenset({_key(a, n, "maximum", "up_to")})),
        Generated(f"Social workers in {a} hold a maximum caseload of {n}.", caseloads=frozenset({_key(a, n, "maximum")})),
        Generated(f"In {a}, the highest caseload was {hi} and the lowest {n}.",
                  caseloads=frozenset({_key(a, hi, "maximum"), _key(a, n, "minimum")})),
        # a label's colon, or the label after its figure, as in a statistics release
        Generated(f"Children's social work workforce\n\nAverage caseload{draw(st.sampled_from(['', ' (FTE)']))}: {m}\n\n"
                  "Source: the workforce census.", caseloads=frozenset({_key(None, m, "average")})),
        Generated(f"Children's social work workforce\n\n{m} average caseload\n\nSource: the workforce census.",
                  caseloads=frozenset({_key(None, m, "average")})),
        # a relative clause between a caseload and its figure
        Generated(f"{a}'s average caseload, which stood at {m} last year, has fallen to {n}.",
                  caseloads=frozenset({_key(a, m, "average"), _key(a, n, "average")})),
        Generated(f"{a}'s caseloads, which were as high as {hi} in 2019, have fallen to an average of {n}.",
                  caseloads=frozenset({_key(a, hi, "maximum", "up_to"), _key(a, n, "average")})),
    ]))


@st.composite
def changes_regions_years(draw: st.DrawFn, a: str, n: int, m: float) -> Generated:
    """Changes with other verbs, amounts and orders; regions' and years' figures, no council's."""
    old = draw(st.integers(6, 60).filter(lambda x: x != n))
    region = draw(st.sampled_from(_REGIONS))
    later = round(m + draw(st.integers(1, 9)) / 10, 1)
    sep = draw(st.sampled_from(["\t", " | "]))
    return draw(st.sampled_from([
        Generated(f"{a} has brought caseloads down from {old} to {n}.", caseloads=frozenset({_key(a, old), _key(a, n)})),
        Generated(f"In {a}, the average caseload rose to {n} from {old} a year earlier.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, old, "average")})),
        Generated(f"Caseloads in {a} were cut to {n} from {old} after the inspection.",
                  caseloads=frozenset({_key(a, n), _key(a, old)})),
        Generated(f"Average caseloads in {a} rose to {old} in 2018 before falling to {n} in 2021.",
                  caseloads=frozenset({_key(a, old, "average"), _key(a, n, "average")})),
        Generated(f"{a}'s average caseload increased by 2 to {n}.", caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"In {a}, caseloads have doubled to {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"In {a}, caseloads were running at {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"In {a}, the number of cases each social worker holds has fallen to {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"{a}'s turnover rate was 18%, while caseloads stood at {n}, down from {old}.",
                  caseloads=frozenset({_key(a, n), _key(a, old)})),
        Generated(f"Caseloads were highest in the {region} ({m}) and lowest in {a} ({n}).",
                  caseloads=frozenset({_key(None, m), _key(a, n)})),
        Generated(f"In {a}, the average caseload was {n}, while in the {region} it was {m}.",
                  caseloads=frozenset({_key(a, n, "average"), _key(None, m, "average")})),
        Generated(f"Year{sep}Average caseload\n2019{sep}{m}\n2020{sep}{later}\n\nSource: workforce census.",
                  caseloads=frozenset({_key(None, m, "average"), _key(None, later, "average")})),
        Generated(f"Average caseload per social worker\n2019: {m}\n2020: {later}\n\nSource: workforce census.",
                  caseloads=frozenset({_key(None, m, "average"), _key(None, later, "average")})),
    ]))
