"""Share forms a differential against a crude finder found missing (issue 21): a word
fraction set off by a dash before its count ("Nearly half - 56 councils - are"), "a
third or more", a ratio ending its clause after a rate ("a vacancy rate of one in
five."), workers who "left" as turnover, a share whose copula names its measure ("of
posts for permanent staff remain unfilled": vacancies), a figure naming its own scope
beside another's ("14% in children's services and 9% in adult services": only the
children's), a share of people giving a view ("31% of its social workers said they
planned to leave": other, whatever the view names), coordinated shares "lost" ("lost 14%
and 16% of their social workers respectively": turnover), a clause after a dashed aside
naming its own measure ("- a drop of 8 points - and sickness absence stands at 3.9%"), a
change's base taking its level's measure ("made up 21% of the permanent workforce, up from
17%", "against 11%": both newly qualified), a word fraction leading its subject's measure
("made up one in six permanent staff"), a fraction of workers who left ("one in five
permanent social workers left"), posts with "no permanent holder" (vacancies);
and their negatives.

Drawn by ``unseen_figure_forms`` for its phenomenon "shares_differential" (see
``_unseen_figures``); returns a text and every share it states as ``(authority, value,
qualifier, measure, evidence)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure, Qualifier
from ._base import Generated, PercentageKey, authority_names

#: A rate before "of one in five", with its measure.
_RATES: Final[tuple[tuple[str, Measure], ...]] = (("vacancy rate", "vacancy_rate"), ("turnover rate", "turnover"))
_CHILDREN_SCOPES: Final = ("children's services", "children's social care", "child and family social work")
_ADULT_SCOPES: Final = ("adult services", "adults' services", "adult social care", "adults services")
#: Those in their first year of practice, as written before "made up".
_IN_THEIR_FIRST_YEAR: Final = ("social workers completing their assessed and supported year in employment",
                               "staff on the assessed and supported year in employment (ASYE)", "social workers in their ASYE")
#: Views a survey reports, naming a measure's word or none.
_VIEWS: Final = ("said they planned to leave", "felt unsupported in their ASYE", "said agency work paid better",
                 "would consider leaving", "agreed that turnover was too high", "thought vacancies were rising")


def _p(a: str | None, v: float, measure: Measure, evidence: str, qualifier: Qualifier | None = None) -> PercentageKey:
    return (a, float(v), qualifier, measure, evidence)


@st.composite
def unseen_share_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A share in one of the forms the differential found missing, or a negative of one."""
    dash = draw(st.sampled_from(["-", "\u2013", "\u2014"]))
    who = draw(st.sampled_from(["social workers", "staff", "practitioners"]))
    rate, measure = draw(st.sampled_from(_RATES))
    fifth = draw(st.sampled_from(["one in five", "a fifth"]))
    almost = draw(st.sampled_from(["almost ", ""]))
    return draw(st.sampled_from([
        Generated(f"Nearly half {dash} {n} councils {dash} are rated requires improvement.",
                  percentages=frozenset({_p(None, 50.0, "other", "half", "almost")})),
        Generated(f"In {a}, a third or more posts were vacant.", percentages=frozenset({_p(a, 33.3, "vacancy_rate", "a third")})),
        Generated(f"{a} had a {rate} of one in five.", percentages=frozenset({_p(a, 20.0, measure, "one in five")})),
        Generated(f"Some {n}% of {a}'s {who} left last year.", percentages=frozenset({_p(a, n, "turnover", f"{n}%", "about")})),
        Generated(f"Of {a}'s {who}, {n}% left last year.", percentages=frozenset({_p(a, n, "turnover", f"{n}%")})),
        Generated(f"{a} saw {n}% of its {who} leave.", percentages=frozenset({_p(a, n, "turnover", f"{n}%")})),
        # a copula's complement names the measure, whatever the noun phrase before it names
        Generated(f"In {a}, {n}% of posts for permanent {who} remain unfilled.",
                  percentages=frozenset({_p(a, n, "vacancy_rate", f"{n}%")})),
        Generated(f"Some {n}% of posts in {a} are not filled by permanent {who}.",
                  percentages=frozenset({_p(a, n, "vacancy_rate", f"{n}%", "about")})),
        Generated(f"In {a}, {n}% of agency {who} were covering vacant posts.",
                  percentages=frozenset({_p(a, n, "agency_staff", f"{n}%")})),
        # a county of several councils is no council's; a count of an inspection's areas is no share
        Generated(f"{a} was inspected. Only {n}% of posts in {draw(st.sampled_from(['Merseyside', 'Greater Manchester', 'West Yorkshire']))} were vacant.",
                  percentages=frozenset({_p(None, n, "vacancy_rate", f"{n}%")})),
        Generated(f"{a} was judged good in three out of four of the main areas."),
        # a figure naming its own scope: the children's is a record, the adults' beside it none
        draw(_scoped(a, n, rate, measure)),
        # coordinated shares "lost" of the workforce: each turnover, paired "respectively"
        draw(_lost_respectively(a, n, who)),
        # a subject's measure over the base "of" after it, and a change's base taking its level's measure
        Generated(f"In {a}, {draw(st.sampled_from(_IN_THEIR_FIRST_YEAR))} made up {n}% of the permanent workforce, "
                  f"{draw(st.sampled_from(['up', 'down']))} from {n % 9 + 61}% a year before.",
                  percentages=frozenset({_p(a, n, "newly_qualified", f"{n}%"), _p(a, n % 9 + 61, "newly_qualified", f"{n % 9 + 61}%")})),
        # the same with a word fraction and a longer subject, and a level set "against" another
        Generated(f"In {a}, social workers on the assessed and supported year in employment programme made up "
                  f"{almost}one in six permanent staff.",
                  percentages=frozenset({_p(a, 16.7, "newly_qualified", "one in six", "almost" if almost else None)})),
        Generated(f"In {a}, {draw(st.sampled_from(_IN_THEIR_FIRST_YEAR))} made up {n}% of the permanent workforce, "
                  f"{draw(st.sampled_from(['against', 'compared with']))} {n % 9 + 61}% two years earlier.",
                  percentages=frozenset({_p(a, n, "newly_qualified", f"{n}%"), _p(a, n % 9 + 61, "newly_qualified", f"{n % 9 + 61}%")})),
        # a fraction of workers who left, the workers right after it; posts with no permanent holder
        Generated(f"In {a}, {fifth} permanent {who} left last year.", percentages=frozenset({_p(a, 20.0, "turnover", fifth)})),
        Generated(f"In {a}, {n}% of funded posts had no permanent holder.", percentages=frozenset({_p(a, n, "vacancy_rate", f"{n}%")})),
        # a clause after a dashed aside and "and" names its own measure, not the one before
        Generated(f"Turnover in {a} fell to {n}% - a drop of {n % 5 + 2} percentage points - and sickness absence now stands at {n % 4 + 1}.5%.",
                  percentages=frozenset({_p(a, n, "turnover", f"{n}%"), _p(a, n % 4 + 1.5, "other", f"{n % 4 + 1}.5%")})),
        # a share of people giving a view measures no workforce
        Generated(f"A survey found {n}% of {a}'s {who} {draw(st.sampled_from(_VIEWS))}.",
                  percentages=frozenset({_p(a, n, "other", f"{n}%")})),
        # negatives: a ratio ending a clause with no rate, a dash before no count, workers "left" with no share
        Generated(f"The score in {a} was one in five."),
        Generated(f"In {a}, {n} {who} left last year."),
    ]))


@st.composite
def _scoped(draw: st.DrawFn, a: str, n: int, rate: str, measure: Measure) -> Generated:
    """A council's rate told for children's services and for adults' in one clause, in
    either order: only the children's figure is a record."""
    children, adults = draw(st.sampled_from(_CHILDREN_SCOPES)), draw(st.sampled_from(_ADULT_SCOPES))
    m = n % 9 + 61  # never n
    kept = frozenset({_p(a, n, measure, f"{n}%")})
    if draw(st.booleans()):
        return Generated(f"In {a}, the {rate} was {n}% in {children} and {m}% in {adults}.", percentages=kept)
    return Generated(f"In {a}, the {rate} was {m}% in {adults} and {n}% in {children}.", percentages=kept)


@st.composite
def _lost_respectively(draw: st.DrawFn, a: str, n: int, who: str) -> Generated:
    """Two councils' shares of their workers "lost", paired in order: each a turnover."""
    b = draw(authority_names().filter(lambda x: x != a and "," not in x and " and " not in x))
    if "," in a or " and " in a:
        a = "Kent" if b != "Kent" else "Bury"
    m = n % 9 + 61
    return Generated(f"{a} and {b} lost {n}% and {m}% of their {who} respectively.",
                     percentages=frozenset({_p(a, n, "turnover", f"{n}%"), _p(b, m, "turnover", f"{m}%")}))
