"""Caseloads told in the words a sweep of invented caseload sentences found no rule reading
(issue 21): a rate "for every social worker" or "per head" is a mean; the heaviest,
largest or lightest caseload, and the caseloads of the workers with the highest, are the
extremes; a group of councils' average ("the statistical neighbours' average", "the
average for similar councils") is no council's. Negatives: a number of workers recruited
or hired, files audited, older people's services' caseloads (adults')."""

from __future__ import annotations

from hypothesis import strategies as st

from ..records import Statistic
from ._base import Generated, authority_names


@st.composite
def worded_caseloads(draw: st.DrawFn) -> Generated:
    """A sentence of one of the phrasings above and the caseloads it states."""
    a = draw(authority_names())
    n, m = draw(st.lists(st.integers(6, 55), min_size=2, max_size=2, unique=True))
    frame = draw(st.integers(0, 5))
    if frame == 0:
        text = draw(st.sampled_from([f"There were {n} open cases for every social worker in {a}.",
                                     f"Social workers in {a} held {n} cases per head.",
                                     f"{a} had {n} children for each practitioner."]))
        return Generated(text, caseloads=frozenset({(a, float(n), "average", None)}))
    if frame == 1:
        word = draw(st.sampled_from(["heaviest", "largest", "highest"]))
        text = draw(st.sampled_from([f"The {word} caseload, held by a team manager in {a}, was {n}.",
                                     f"{a} social workers with the {word} caseloads were holding {n} children.",
                                     f"In {a} the {word} caseloads topped {n} cases."]))
        return Generated(text, caseloads=frozenset({(a, float(n), "maximum", None)}))
    if frame == 2:
        low, high = sorted((n, m))
        small = draw(st.sampled_from(["smallest", "lightest", "lowest"]))
        big = draw(st.sampled_from(["largest", "heaviest", "highest"]))
        stats: tuple[Statistic, Statistic] = ("minimum", "maximum")
        return Generated(f"In {a} the {small} caseload was {low} and the {big} was {high}.",
                         caseloads=frozenset({(a, float(low), stats[0], None), (a, float(high), stats[1], None)}))
    if frame == 3:
        group = draw(st.sampled_from(["the statistical neighbours' average of {}", "the average for similar councils of {}",
                                      "the average among London boroughs of {}"]))
        return Generated(f"{a}'s average caseload of {n} exceeds {group.format(m)}.",
                         caseloads=frozenset({(a, float(n), "average", None), (None, float(m), "average", None)}))
    if frame == 4:
        return Generated(draw(st.sampled_from([f"{a} council is recruiting {n} new social workers to bring caseloads down.",
                                               f"{a} hired {n} agency social workers last year as caseloads rose.",
                                               f"A caseload audit of {n} files in {a} found weaknesses."])))
    return Generated(f"Older people's services in {a} have caseloads averaging {n}.")
