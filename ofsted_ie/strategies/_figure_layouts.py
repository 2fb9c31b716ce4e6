"""Figure forms a second combinatorial slot sweep found misread (issue 21): layouts and
combinations of sentences rather than single phrasings.

Shares: a pronoun or a place's figure standing for the measure just spoken of ("It reached
35% in 2021", "The figure for England as a whole was 29%"); a national clause opening a
sentence before a council's ("The vacancy rate in England was 8%; at Kent it was 35%",
"the national rate was 26%, but Kent's was 37%", "..., but the council's is 22%"); councils paired with shares by
"respectively"; "in neighbouring Kent"; a nation or region labelling a figure ("England
18%", "the England average (11%)", "London's 16%"); a council reporting a figure after the measure's
sentence ("Kent reported 9%"); a list after a colon ("has changed: 21% in 2018, 24% in
2020"); a share set against the one before ("..., while Bury had the lowest, at 4%",
"while Bury used them for just 8%", "..., and 11.6% in Bury"); "lost 12% of its social
workers" (turnover) and "had been qualified for less than two years" (newly qualified);
and their negatives (a ratio told as a share; a share of another group after a rate).

Caseloads: a headline's or bullet's change ("Kent cuts social worker caseloads to 16",
"Caseloads fall from 22 to 16 at Kent", "Kent: caseloads down to 16", "case loads"); an
earlier level after workers' average of children or each worker's cases ("..., down from
25 two years ago", "..., compared to 22 before"); "compares with 16 nationally"; NQSWs
as holders; an average after workers' cases ("had the most cases, with an average of 19")
or a verb of holding ("Each worker carries an average of 17"); "The number of children each
social worker is responsible for has fallen from 25 to 17"; "social workers struggling with
30 cases each"; lists of councils' caseloads one a line, after a grade in brackets ("Bury
(good): 27.1"), a bare comma ("Bury,27.1") or with the unit ("Bury: 10.6 cases per social
worker", an average when the heading says so); "are now 'manageable', at about 17", "vary
between teams, from 12 to 24", "The typical social worker now holds 17 cases, down from 27",
"compared to a peak of 24"; and a negative (foster carers' children).

``dated_layouts`` draws texts whose shares are dated by their layout: a year closing a
list's heading ("The highest vacancy rates, 2015"), year columns under a table title that
names a share ("Turnover rate, 2016 and 2017" over "Council | 2016 | 2017"), a second
sentence's own year ("It reached 35% in 2021"), a national clause's date shared by the
council's clause after it, and a year naming the data a sentence cites ("The 2019 workforce
census shows").

Drawn by ``unseen_figure_forms`` ("shares_layouts"), ``non_unseen_figure_forms``
("layout_negatives") and ``caseload_forms`` ("layout_forms").
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure
from ._base import Generated, authority_names

#: A rate's noun phrase with its measure.
_RATES: Final[tuple[tuple[str, Measure], ...]] = (
    ("vacancy rate", "vacancy_rate"), ("agency rate", "agency_staff"), ("turnover rate", "turnover"),
    ("proportion of agency social workers", "agency_staff"), ("share of posts that are vacant", "vacancy_rate"),
    ("reliance on agency workers", "agency_staff"), ("staff turnover", "turnover"),
    ("proportion of newly qualified social workers", "newly_qualified"))
_SIGNS: Final = ("%", " per cent", " percent")
#: Verbs of a level told of "it".
_NOW_VERBS: Final = ("now stands at", "is now", "has fallen to", "is currently")
_BASES: Final = ("down from", "up from", "compared with", "against")
_IT_VERBS: Final = ("reached", "hit", "climbed to", "dropped to", "had risen to", "stood at", "then reached", "later climbed to",
                     "still stood at", "has since dropped to")
#: A place's figure standing for the measure just spoken of.
_PLACE_FIGURES: Final = ("The figure for England as a whole was", "The figure for England was", "The rate for London was")
#: A national clause opening a sentence, with the council's clause after a break.
_NATIONAL_FIRST: Final = ("The {rate} in England was {m}{s}; at {a} Council it was {n}{s}.",
                          "The national {rate} was {m}{s}, but {a}'s was {n}{s}.",
                          "Across England the {rate} was {m}{s}, while {a} recorded {n}{s}.")
#: A share set against the one before, its measure left out.
_SET_AGAINST: Final = ("{a} had the highest {rate} in the region, at {n}{s}, while {b} had the lowest, at {m}{s}.",
                       "The {rate} was {n}{s} in {a}, and {m}{s} in {b}.",
                       "{a}'s {rate} was {n}{s}, whereas {b} managed just {m}{s}.")
#: Headlines and bullets that tell a change of caseloads, with the levels they state
#: (``n`` new, ``m`` old).
_CHANGE_LINES: Final = (("{a} cuts social worker caseloads to {n}", ("n",)), ("Caseloads fall from {m} to {n} at {a}", ("m", "n")),
                        ("{a}: caseloads down to {n}", ("n",)), ("{a} has cut case loads to {n}.", ("n",)),
                        ("{a} brings children's social work caseloads down to {n}", ("n",)),
                        ("Case-loads drop from {m} to {n} in {a}", ("m", "n")))
_BULLETS: Final = ("- ", "* ", "\u2022 ", "")
#: Words pointing at the one council spoken of.
_POINTERS: Final = ("the council's", "the authority's", "its")


@st.composite
def layout_share_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A share in one of the layouts the second sweep found misread."""
    m = n + draw(st.sampled_from([-5, 3, 7]))
    s = draw(st.sampled_from(_SIGNS))
    rate, measure = draw(st.sampled_from(_RATES))
    b = draw(authority_names().filter(lambda x: x != a))
    both = frozenset({(a, float(n), None, measure, f"{n}"), (b, float(m), None, measure, f"{m}")})
    return draw(st.sampled_from([
        Generated(f"{a} Council was inspected.\n\n{a}'s {rate} was {n}{s} in 2018. It {draw(st.sampled_from(_IT_VERBS))} {m}{s} in 2020.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (a, float(m), None, measure, f"{m}")})),
        Generated(f"The {rate} was highest in {a} ({n}{s}) and {b} ({m}{s}). {draw(st.sampled_from(_PLACE_FIGURES))} {n - 1}{s}.",
                  percentages=both | {(None, float(n - 1), None, measure, f"{n - 1}")}),
        Generated(draw(st.sampled_from(_NATIONAL_FIRST)).format(rate=rate, a=a, n=n, m=m, s=s),
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a} and {b} had {rate.replace('rate', 'rates')} of {n}{s} and {m}{s} respectively.", percentages=both)
        if rate.endswith("rate") else Generated(f"{a}'s {rate} was {n}{s}, against {m}{s} in neighbouring {b}.", percentages=both),
        Generated(f"{a}'s {rate} was {n}{s}, compared with {m}{s} in neighbouring {b}.", percentages=both),
        Generated(f"Across England the {rate} stood at {m}{s}. {a} Council {draw(st.sampled_from(['reported', 'recorded', 'had']))} {n}{s}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        Generated(f"{a}'s {rate} has changed: {n}{s} in 2018, {m}{s} in 2020.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (a, float(m), None, measure, f"{m}")})),
        Generated(draw(st.sampled_from(_SET_AGAINST)).format(a=a, b=b, rate=rate, n=n, m=m, s=s), percentages=both),
        Generated(f"In 2020, {a} relied on agency staff for {n}{s} of posts, while {b} used them for just {m}{s}.",
                  percentages=frozenset({(a, float(n), None, "agency_staff", f"{n}"), (b, float(m), None, "agency_staff", f"{m}")})),
        Generated(f"{a} {draw(st.sampled_from(['lost', 'shed']))} {n}{s} of its children's social workers in 2021.",
                  percentages=frozenset({(a, float(n), None, "turnover", f"{n}")})),
        Generated(f"In 2019, {n}{s} of {a}'s social workers had been qualified for less than two years.",
                  percentages=frozenset({(a, float(n), None, "newly_qualified", f"{n}")})),
        # a council's clause after a break from the nation's, pointing at it
        Generated(f"{a} Council was inspected.\n\nThe national {rate} is {m}{s}, but {draw(st.sampled_from(_POINTERS[:2]))} is {n}{s}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        # a nation or region labelling a figure between councils' figures
        Generated(f"The {rate} in 2019: {a} {n}{s}, England {m}{s}, {b} {n - 2}{s}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}"),
                                         (b, float(n - 2), None, measure, f"{n - 2}")})),
        Generated(f"{a} ({n}{s}) and {b} ({m}{s}) sit either side of the England average ({n + 1}{s}) for {rate}.",
                  percentages=both | {(None, float(n + 1), None, measure, f"{n + 1}")}),
        Generated(f"{a}'s {rate}, at {n}{s}, is below London's {m}{s}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (None, float(m), None, measure, f"{m}")})),
        # a share of another group, or a clause with a subject of its own, after a rate names its own thing
        Generated(f"In {a} the {rate} is {n}{s}, and {m}{s} of children were seen late.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (a, float(m), None, "other", f"{m}")})),
        Generated(f"In {a} the {rate} was {n}{s}, and {draw(st.sampled_from(['re-referrals ran at', 'sickness absence was']))} {m}{s}.",
                  percentages=frozenset({(a, float(n), None, measure, f"{n}"), (a, float(m), None, "other", f"{m}")})),
    ]))


@st.composite
def layout_non_figures(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A ratio of two rates told as a share: no record."""
    s = draw(st.sampled_from(_SIGNS))
    return Generated(f"{a} Council's agency rate is twice its vacancy rate, a ratio of {n}{s}.")


#: A list's line of a council's caseload: after a grade in brackets, a bare comma, or with its unit.
_LIST_LINES: Final = ("{a} (good): {n}", "{a} (requires improvement): {n}", "{a},{n}", "{a}: {n} cases per social worker",
                      "- {a}: {n} cases per social worker", "{a} - {n}")


@st.composite
def layout_caseload_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A caseload in one of the layouts the second sweep found missing."""
    n = min(n, 40)
    b = draw(authority_names().filter(lambda x: x != a))
    m = n + draw(st.sampled_from([3, 6, 9]))
    line, stated = draw(st.sampled_from(_CHANGE_LINES))
    values = {"n": n, "m": m}
    bullet = draw(st.sampled_from(_BULLETS))
    return draw(st.sampled_from([
        Generated(line.format(a=a, n=n, m=m) + "\n\nBy Sam Okafor\n\nThe council has been recruiting social workers.",
                  caseloads=frozenset({(a, float(values[k]), None, None) for k in stated})),
        Generated(f"Key figures for {a} Council:\n{bullet}caseloads down to {n} per social worker\n{bullet}more permanent staff\n",
                  caseloads=frozenset({(a, float(n), "average", None)})),  # a rate per worker is a mean
        Generated(f"Social workers in {a} now have an average of {n} {draw(st.sampled_from(['children', 'families']))}, "
                  f"down from {m} {draw(st.sampled_from(['two years ago', 'in 2018', 'last year']))}.",
                  caseloads=frozenset({(a, float(n), "average", None), (a, float(m), "average", None)})),
        Generated(f"NQSWs in {a} {draw(st.sampled_from(['hold', 'have', 'manage']))} {n} to {m} cases each.",
                  caseloads=frozenset({(a, float(n), None, None), (a, float(m), None, None)})),
        Generated(f"{a}'s average caseload of {n} {draw(st.sampled_from(['compares with', 'compares to']))} {m} nationally.",
                  caseloads=frozenset({(a, float(n), "average", None), (None, float(m), "average", None)})),
        Generated(f"Each social worker in {a} now has around {n} cases, compared to {m} before.",
                  caseloads=frozenset({(a, float(n), None, "about"), (a, float(m), None, None)})),
        Generated(f"Social workers in {a} had the most cases, with an average of {m}.",
                  caseloads=frozenset({(a, float(m), "average", None)})),
        Generated(f"Each practitioner in {a} now works with around {n} families, compared to {m} a year ago.",
                  caseloads=frozenset({(a, float(n), None, "about"), (a, float(m), None, None)})),
        Generated(f"Each worker in {a} {draw(st.sampled_from(['carries', 'holds', 'manages']))} an average of {n}.",
                  caseloads=frozenset({(a, float(n), "average", None)})),
        Generated(f"The number of children each social worker in {a} is responsible for has fallen from {m} to {n}.",
                  caseloads=frozenset({(a, float(n), None, None), (a, float(m), None, None)})),
        Generated(f"{a} social workers struggling with {n} cases each\n\nThe council says it is recruiting.",
                  caseloads=frozenset({(a, float(n), None, None)})),
        # a list of councils' caseloads under a heading naming their average, one a line
        Generated(f"An FOI request found wide variation.\n\nAverage caseload per social worker, by council\n"
                  f"{draw(st.sampled_from(_LIST_LINES)).format(a=a, n=n)}\n{draw(st.sampled_from(_LIST_LINES)).format(a=b, n=m)}\n",
                  caseloads=frozenset({(a, float(n), "average", None), (b, float(m), "average", None)})),
        Generated(f"Caseloads in {a} are now 'manageable', at about {n} per worker.",
                  caseloads=frozenset({(a, float(n), "average", "about")})),
        Generated(f"Caseloads in {a} vary between teams, from {n} to {m}.",
                  caseloads=frozenset({(a, float(n), "minimum", None), (a, float(m), "maximum", None)})),
        Generated(f"The typical social worker in {a} now holds {n} cases, down from {m}.",
                  caseloads=frozenset({(a, float(n), None, None), (a, float(m), None, None)})),
        Generated(f"Average caseloads in {a} are now {n}, compared to a peak of {m}.",
                  caseloads=frozenset({(a, float(n), "average", None), (a, float(m), "average", None)})),
        Generated(f"Ofsted inspected {a} Council in May. The national average caseload is {m}, but {draw(st.sampled_from(_POINTERS))} "
                  f"social workers hold {n} cases each.",
                  caseloads=frozenset({(None, float(m), "average", None), (a, float(n), None, None)})),
        # carers' children are no caseload
        Generated(f"Foster carers in {a} look after an average of 2 children, down from 3."),
    ]))


#: A heading a list of councils' shares is under, closed by a year alone.
_YEAR_HEADINGS: Final = ("The highest {rate}s, {y}", "{Rate}s by council, {y}", "Councils' {rate}s ({y})")


@st.composite
def dated_layouts(draw: st.DrawFn) -> tuple[str, frozenset[tuple[str | None, float, str | None]]]:
    """A text whose shares are dated by its layout, with each share's ``(authority, value,
    year)``."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    n, m = draw(st.lists(st.integers(3, 60), min_size=2, max_size=2, unique=True))
    y = draw(st.integers(2012, 2022))
    s = draw(st.sampled_from(_SIGNS))
    rate = draw(st.sampled_from(("vacancy rate", "agency rate", "turnover rate")))
    sep = draw(st.sampled_from(("\t", " | ")))
    bullet = draw(st.sampled_from(_BULLETS))
    item_sep = draw(st.sampled_from((": ", " - ", ", ")))
    heading = draw(st.sampled_from(_YEAR_HEADINGS)).format(rate=rate, Rate=rate.capitalize(), y=y)
    both = frozenset({(a, float(n), str(y)), (b, float(m), str(y))})
    return draw(st.sampled_from([
        (f"A Freedom of Information request found wide variation.\n\n{heading}\n{bullet}{a}{item_sep}{n}{s}\n{bullet}{b}{item_sep}{m}{s}\n",
         both),
        (f"The table shows the figures.\n\n{rate.capitalize()}, {y} and {y + 1}\nCouncil{sep}{y}{sep}{y + 1}\n{a}{sep}{n}{sep}{m}\n",
         frozenset({(a, float(n), str(y)), (a, float(m), str(y + 1))})),
        (f"{a} Council was inspected.\n\n{a}'s {rate} was {n}{s} in {y}. It {draw(st.sampled_from(_IT_VERBS))} {m}{s} in {y + 2}.",
         frozenset({(a, float(n), str(y)), (a, float(m), str(y + 2))})),
        (f"The {rate} in England was {m}{s} in {y}; at {a} Council it was {n}{s}.",
         frozenset({(None, float(m), str(y)), (a, float(n), str(y))})),
        (f"{a} Council was inspected.\n\nThe {y} {draw(st.sampled_from(['workforce census', 'DfE figures', 'data']))} shows {a}'s {rate} was {n}{s}.",
         frozenset({(a, float(n), str(y))})),
        # no dateline, and the only year the base's a change is measured from: the present is none of it
        (f"{a}'s {rate} {draw(st.sampled_from(_NOW_VERBS))} {m}{s}, {draw(st.sampled_from(_BASES))} {n}{s} in {y}.",
         frozenset({(a, float(m), None), (a, float(n), str(y))})),
    ]))
