"""Figures in the forms a blind, invented test set found unread (issue 21, round 6):
caseloads told of a word referring back, extreme columns and labels, other holders and
employers; shares whose measure is a label's, whose date is a period's end or a data
statement's, and shares or caseloads that are no children's workforce's.

Each frame is one phenomenon, named in ``UNSEEN_FIGURE_PHENOMENA`` (records stated) or
``NON_UNSEEN_FIGURE_PHENOMENA`` (nothing stated):

- ``refers_back``: a noun or pronoun standing for the caseloads just spoken of ("that
  number was 19", "its figure stood at 28", "Kent's average rose to 24.9 from 19.2",
  "the England figure of 16.3", "the average reported by staff was 24", "since 2017,
  when it stood at 28"), in the sentence after a caseload, or after a list under a
  caseload heading;
- ``extreme_columns``: a table's "Highest caseload" / "Lowest caseload" column, or a
  label "Highest individual caseload: 31" (a maximum, a minimum); a table whose rows are
  one council's teams (each cell the council's); a "Cases per social worker" column (a
  rate per worker: averages) under a title ranking councils;
- ``typical_average``: "the typical caseload" / "the mean caseload" fell from A to B
  (averages);
- ``held_each_earlier``: "holding 14 children each, down from as many as 30" (the
  earlier figure a maximum);
- ``other_holders``: a manager or colleague holding cases ("My manager held 40 cases");
- ``employer_with``: a post "with" a council names the employer, not a partner ("a post
  with Kent. They promised caseloads of no more than 18");
- ``national_average``: a nation's figure of cases per worker is an average;
- ``label_measure``: a label before a colon says what the share after it measures
  ("Agency social workers: 28 per cent");
- ``leavers``: workers who "leave their job" or "the rate of social workers leaving"
  measure turnover;
- ``per_each_and_lists``: "27 children allocated to each social worker", "30 children on
  their books", "25 vulnerable children", "reduced caseloads to between 15 and 18", a
  council's rank in a region ("Kent's caseloads were the highest in England, at 24.9":
  Kent's, not the region's), a caseload in
  apposition ("their caseloads, of between 25 and 30, were"), "on average" after its
  figure, "no social worker has a caseload above 22" (a maximum), councils and figures
  listed in a sentence ("Caseloads per social worker: Kent 19.4; Medway 22.1");
- ``quoted_holder``: "I" or "we" holding cases in a quotation, a paragraph after the
  article names social workers or staff ("One told us: 'I was holding 30-35 cases'");
- ``hard_wrapped``: a text whose lines are wrapped mid-sentence (an Ofsted report's PDF
  text): "caseloads of\\n25 children, which inspectors found\\nappropriate";
- ``councils_range``: a range of councils in general beside a council's own share ("Kent's
  agency share was 9.5%, with councils between 2% and 40%": the range is no council's);
- ``beside_adults``: a share set against adults' in its clause ("3.1%, compared with
  4.2% among adult social workers": only the adults' figure is no record);
- ``shares_differential``: forms a crude finder found missing (``_share_unseen``): "Nearly
  half - 56 councils - are", "a third or more posts", "a vacancy rate of one in five.",
  "Some 18% of its social workers left", and their negatives;
- ``shares_swept``: forms a combinatorial slot sweep found misread (``_share_swept``): the
  council's share against the nation's on a comparison's other side, aggregates of
  comparable councils ("for its statistical neighbours"), "40 social workers (20%) left";
- ``shares_layouts``: layouts and combinations a second sweep found misread
  (``_figure_layouts``): "It reached 35%", "The figure for England was 29%", a national
  clause before a council's, "respectively", "in neighbouring Bury", "Kent reported 9%",
  a share set against the one before ("while Bury had the lowest, at 4%"), "lost 12% of
  its social workers"; and its negative, a ratio told as a share (``layout_negatives``);
- ``shares_subjects``: shares each led by its own subject in one sentence ("agency staff
  make up 4% ..., turnover is 8.7% and sickness absence has dropped to 3.1%"), and
  coordinated words paired in order with coordinated figures (``_share_subjects``);
- negatives: a word referring back after a share, a count of staff or the number of
  something else (``other_referent``); a share in adult social care told in a "with" clause
  (``adults_with``); shares of pupils, students or graduates (``pupils_graduates``); a
  national share before any council, whose workers "left their council"
  (``their_council``, no council's).

``dated_figures`` draws texts whose shares carry a date: the end of a period ("9% in
the 12 months to December 2019": a duration's number owns no date), a stock's "at"
date, the date a paragraph's first share states (shared by a later sentence of the
paragraph told in the past, not one in the present), "a year earlier" (counted from
its sentence's date, else from the period its paragraph or article states, else from the
publication's), a change's level ("26,400 in post at
31 March 2016 (28,100 by headcount), up 2% from the same point in 2015": the level's
date, not the base's; an undated level's change "compared to the same point in 2018": 2019),
a list whose lines date themselves ("Average caseload: 19.5
(down from 26 in March 2018)" heads no line after it), a data statement ("The latest
workforce data, for September 2020, shows:"), a table's column of a year ("Council |
2019 | 2020", "Agency rate 2019"). ``unseen_figure_forms`` draws such tables of caseloads
too, whose title names the measure ("Average caseload by council, 2018 to 2020").
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from .._vocab import MONTHS
from ..records import Measure, Qualifier, Statistic
from ._base import CaseloadKey, Generated, PercentageKey, authority_names
from ._figure_layouts import layout_non_figures, layout_share_forms
from ._share_subjects import subject_share_forms
from ._share_swept import swept_share_forms
from ._share_unseen import unseen_share_forms

UNSEEN_FIGURE_PHENOMENA: Final = ("refers_back", "extreme_columns", "typical_average", "held_each_earlier",
                                  "other_holders", "employer_with", "national_average", "label_measure", "leavers",
                                  "per_each_and_lists", "quoted_holder", "beside_adults", "councils_range", "hard_wrapped",
                                  "shares_differential", "shares_swept", "shares_layouts", "shares_subjects")
NON_UNSEEN_FIGURE_PHENOMENA: Final = ("other_referent", "adults_with", "pupils_graduates", "their_council", "layout_negatives")

#: A caseload sentence a referring word may follow, with the statistic it gives.
_LEADS: Final[tuple[tuple[str, Statistic | None], ...]] = (
    ("Social workers in {a} have an average caseload of {n}.", "average"),
    ("Children's social workers in {a} hold an average of {n} cases.", "average"),
    ("In {a}, caseloads were {n} per social worker.", "average"),  # a rate per worker is a mean
    ("The caseload per practitioner in {a} is {n}.", "average"),
)
#: A word referring back, with its link: "{r}" takes the figure.
_REFERRING: Final = ("Last year that number was {r}.", "A year earlier, that figure was {r}.",
                     "In 2017 the figure stood at {r}.", "Two years ago, she said, that number was {r}.",
                     "The council says its figure has since fallen to {r}.", "Its own figure was {r} in 2016.")
#: Labels of an extreme caseload and the statistic each gives.
_EXTREMES: Final[tuple[tuple[str, Statistic], ...]] = (
    ("Highest caseload", "maximum"), ("Highest individual caseload", "maximum"), ("Maximum caseload", "maximum"),
    ("Lowest caseload", "minimum"), ("Largest caseload", "maximum"))
_HOLDERS: Final = ("My manager", "Her team manager", "One colleague", "My colleagues", "The team leader")
_HELD_VERBS: Final = ("held", "was holding", "carried", "had")
#: A label naming a measure, and the measure.
_LABELS: Final[tuple[tuple[str, Measure], ...]] = (
    ("Agency social workers", "agency_staff"), ("Agency staff", "agency_staff"), ("Vacancy rate", "vacancy_rate"),
    ("Vacant posts", "vacancy_rate"), ("Staff turnover", "turnover"), ("Newly qualified staff", "newly_qualified"),
    ("Permanent staff", "permanent_staff"), ("Re-referrals", "other"), ("Staff sickness", "other"))
_SIGNS: Final = ("%", " per cent", " percent")
_LEAVING: Final = ("{f} of children's social workers in {a} leave their job every year.",
                   "In {a}, the rate of social workers leaving was {f}.",
                   "{f} of social workers in {a} leave the service within two years.")
#: A measure told of children's social workers and set against adults'.
_BESIDE_ADULTS: Final[tuple[tuple[Measure, str], ...]] = (
    ("other", "Sickness absence"), ("vacancy_rate", "The vacancy rate"), ("turnover", "Turnover"))
#: Those whose shares are no children's social care workforce's.
_NOT_WORKFORCE: Final = ("pupils", "students", "new social work graduates", "graduates recruited", "secondary pupils")


def _c(a: str | None, n: float, statistic: Statistic | None = None, qualifier: Qualifier | None = None) -> CaseloadKey:
    return (a, float(n), statistic, qualifier)


def _p(a: str | None, v: float, measure: Measure, evidence: str, qualifier: Qualifier | None = None) -> PercentageKey:
    return (a, float(v), qualifier, measure, evidence)


@st.composite
def _refers_back(draw: st.DrawFn, a: str, n: int, r: int) -> Generated:
    lead, statistic = draw(st.sampled_from(_LEADS))
    average: Statistic | None = "average" if "average" in lead else None  # a word referring back: a mean only if said
    m = draw(st.integers(50, 300).filter(lambda x: x not in (n * 10, r * 10))) / 10
    b = draw(authority_names().filter(lambda x: x != a))
    return draw(st.sampled_from([
        Generated(f"{lead.format(a=a, n=n)} {draw(st.sampled_from(_REFERRING)).format(r=r)}",
                  caseloads=frozenset({_c(a, n, statistic), _c(a, r, average)})),
        # after a list under a caseload heading, the council's own average and its earlier level
        Generated(f"Highest average caseloads:\n\n- {a}: {n}\n- {b}: {m}\n\n"
                  f"{a}'s average rose to {n} from {r} a year earlier, the steepest increase of any council.",
                  caseloads=frozenset({_c(a, n, "average"), _c(b, m, "average"), _c(a, r, "average")})),
        Generated(f"{lead.format(a=a, n=n)} {b}, by contrast, has brought caseloads down every year since 2017, "
                  f"when they stood at {r}.", caseloads=frozenset({_c(a, n, statistic), _c(b, r, average)})),
        Generated(f"{b} said caseloads had risen sharply. The average reported by its social workers was {r}.",
                  caseloads=frozenset({_c(b, r, "average")})),
        Generated(f"The regional average caseload is {m}, above the England figure of {r}. {lead.format(a=a, n=n)}",
                  caseloads=frozenset({_c(None, m, "average"), _c(None, r, "average"), _c(a, n, statistic)})),
    ]))


@st.composite
def _per_each_and_lists(draw: st.DrawFn, a: str, n: int, r: int) -> Generated:
    lo, hi = min(n, r), max(n, r)
    b = draw(authority_names().filter(lambda x: x != a))
    x, y = draw(st.integers(100, 300)) / 10, draw(st.integers(100, 300).filter(lambda v: v % 10)) / 10
    sep = draw(st.sampled_from(["; ", ", "]))
    return draw(st.sampled_from([
        Generated(f"In {a} there were {n} children {draw(st.sampled_from(['allocated to', 'assigned to', 'to']))} each social worker.",
                  caseloads=frozenset({_c(a, n)})),
        Generated(f"Staff in {a} told inspectors that their caseloads, of between {lo} and {hi}, were too high.",
                  caseloads=frozenset({_c(a, lo), _c(a, hi)})),
        Generated(f"{a} has {n} cases per worker on average.", caseloads=frozenset({_c(a, n, "average")})),
        Generated(f"Social workers in {a} had a caseload of {n}{draw(st.sampled_from(['', ',']))} on average.",
                  caseloads=frozenset({_c(a, n, "average")})),
        Generated(f"{a} says no social worker has a caseload {draw(st.sampled_from(['above', 'over', 'of more than']))} {n}.",
                  caseloads=frozenset({_c(a, n, "maximum", "more_than")})),
        Generated(f"Social workers in {a} have {n} children on their books.", caseloads=frozenset({_c(a, n)})),
        Generated(f"{a}'s caseloads were the {draw(st.sampled_from(['highest', 'lowest']))} in "
                  f"{draw(st.sampled_from(['England', 'the North West', 'London', 'the South East']))}, at {x:.1f}.",
                  caseloads=frozenset({_c(a, x)})),
        Generated(f"A social worker in {a} is typically responsible for {n} vulnerable children.",
                  caseloads=frozenset({_c(a, n)})),
        Generated(f"{a} has {draw(st.sampled_from(['reduced', 'cut', 'brought down']))} caseloads to between {lo} and {hi} per worker.",
                  caseloads=frozenset({_c(a, lo), _c(a, hi)})),
        Generated(f"Caseloads per social worker: {a} {x:.1f}{sep}{b} {y:.1f}.",
                  caseloads=frozenset({_c(a, x), _c(b, y)})),
        Generated(f"Average caseload per social worker by council, 2019 to 2020\n\nCouncil\t2019\t2020\n{a}\t{x:.1f}\t{y:.1f}\n"
                  f"{b}\t{lo}.5\t{hi}.5\n",
                  caseloads=frozenset({_c(a, x, "average"), _c(a, y, "average"), _c(b, lo + 0.5, "average"),
                                       _c(b, hi + 0.5, "average")})),
    ]))


@st.composite
def unseen_figure_forms(draw: st.DrawFn) -> Generated:
    """A text stating figures in one of ``UNSEEN_FIGURE_PHENOMENA``'s forms, with every
    caseload ``(authority, value, statistic, qualifier)`` and share ``(authority, value,
    qualifier, measure, evidence)`` it states."""
    a = draw(authority_names())
    n, r = draw(st.lists(st.integers(8, 60), min_size=2, max_size=2, unique=True))
    phenomenon = draw(st.sampled_from(UNSEEN_FIGURE_PHENOMENA))
    if phenomenon == "refers_back":
        return draw(_refers_back(a, n, r))
    if phenomenon == "shares_differential":
        return draw(unseen_share_forms(a, n))
    if phenomenon == "shares_swept":
        return draw(swept_share_forms(a, n))
    if phenomenon == "shares_layouts":
        return draw(layout_share_forms(a, n))
    if phenomenon == "shares_subjects":
        return draw(subject_share_forms(a, n))
    if phenomenon == "extreme_columns":
        label, statistic = draw(st.sampled_from(_EXTREMES))
        b = draw(authority_names().filter(lambda x: x != a))
        lo, hi = min(n, r), max(n, r)
        form = draw(st.integers(0, 3))
        sep = draw(st.sampled_from(["\t", " | "]))
        if form == 2:  # one council's teams as the rows: each cell the council's
            team1, team2 = draw(st.lists(st.sampled_from(["Duty and assessment", "Children in care", "Disabled children",
                                                          "Child protection", "Care leavers team"]), min_size=2, max_size=2, unique=True))
            table = f"Team{sep}Average caseload{sep}{label}\n{team1}{sep}{lo}.5{sep}{hi}\n{team2}{sep}{lo + 1}.5{sep}{hi + 3}\n"
            return Generated(f"{a} Council: caseloads by team, March 2020\n\n{table}",
                             caseloads=frozenset({_c(a, lo + 0.5, "average"), _c(a, hi, statistic),
                                                  _c(a, lo + 1.5, "average"), _c(a, hi + 3, statistic)}))
        if form == 3:  # councils ranked, their "Cases per social worker" column a rate per worker: averages
            title = draw(st.sampled_from(["Highest average caseloads, 2020", "Lowest caseloads, 2020", "Caseloads by council"]))
            table = f"Council{sep}Cases per social worker{sep}Change on 2019\n{a}{sep}{lo}.5{sep}+1.2\n{b}{sep}{lo + 1}.5{sep}-0.4\n"
            return Generated(f"{title}\n{table}", caseloads=frozenset({_c(a, lo + 0.5, "average"), _c(b, lo + 1.5, "average")}))
        if form == 1:
            table = (f"Council{sep}Average caseload{sep}{label}\n{a}{sep}{lo}.5{sep}{hi}\n{b}{sep}{lo + 1}.5{sep}{hi + 3}\n")
            return Generated(f"Caseloads by council, March 2020:\n\n{table}",
                             caseloads=frozenset({_c(a, lo + 0.5, "average"), _c(a, hi, statistic),
                                                  _c(b, lo + 1.5, "average"), _c(b, hi + 3, statistic)}))
        return Generated(f"Key figures for {a}:\n\nAverage caseload per social worker: {lo}.5\n{label}: {hi}\n",
                         caseloads=frozenset({_c(a, lo + 0.5, "average"), _c(a, hi, statistic)}))
    if phenomenon == "typical_average":
        word = draw(st.sampled_from(["typical", "mean", "average"]))
        verb = draw(st.sampled_from(["fell", "rose", "has fallen", "dropped"]))
        return Generated(f"Figures from {a} show the {word} caseload {verb} from {n} in 2015 to {r} in 2016.",
                         caseloads=frozenset({_c(a, n, "average"), _c(a, r, "average")}))
    if phenomenon == "held_each_earlier":
        lo, hi = min(n, r), max(n, r)
        verb = draw(st.sampled_from(["holding", "carrying", "responsible for"]))
        bound = draw(st.sampled_from(["as many as", "up to", "as high as"]))
        return Generated(f"Social workers in {a} are now {verb} {lo} children each, down from {bound} {hi} two years ago.",
                         caseloads=frozenset({_c(a, lo), _c(a, hi, "maximum", "up_to")}))
    if phenomenon == "other_holders":
        holder, verb = draw(st.sampled_from(_HOLDERS)), draw(st.sampled_from(_HELD_VERBS))
        return Generated(f"When I joined a child protection team in {a}, I had {n} children on my caseload. "
                         f"{holder} {verb} {r} cases on top of supervising six of us.",
                         caseloads=frozenset({_c(a, n), _c(a, r)}))
    if phenomenon == "employer_with":
        b = draw(authority_names().filter(lambda x: x != a))
        post = draw(st.sampled_from(["a permanent post", "a job", "a new role"]))
        lo, hi = min(n, r), max(n, r)
        return Generated(f"I spent three years in {a}. Last month I accepted {post} with {b}. They have promised "
                         f"caseloads of no more than {hi}, and the team I am joining averages {lo}.",
                         caseloads=frozenset({_c(b, hi, "maximum", "up_to"), _c(b, lo, "average")}))
    if phenomenon == "national_average":
        per = draw(st.sampled_from(["cases per practitioner", "cases per social worker", "children per worker"]))
        m = draw(st.integers(50, 300).filter(lambda x: x != n * 10)) / 10
        return Generated(f"The national figure was {m} {per}. In {a}, caseloads were {n}.",
                         caseloads=frozenset({_c(None, m, "average"), _c(a, n)}))
    if phenomenon == "label_measure":
        (l1, m1), (l2, m2) = draw(st.lists(st.sampled_from(_LABELS), min_size=2, max_size=2, unique_by=lambda x: x[0]))
        s1, s2 = draw(st.sampled_from(_SIGNS)), draw(st.sampled_from(_SIGNS))
        return Generated(f"Key figures from the {a} report:\n{l1}: {n}{s1}\n{l2}: {r}{s2}\n",
                         percentages=frozenset({_p(a, n, m1, str(n)), _p(a, r, m2, str(r))}))
    if phenomenon == "per_each_and_lists":
        return draw(_per_each_and_lists(a, n, r))
    if phenomenon == "quoted_holder":
        lo, hi = min(n, r), max(n, r)
        o, c = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("'", "'")]))
        who = draw(st.sampled_from(["Social workers", "Staff", "Practitioners"]))
        said = draw(st.sampled_from(["said one, who asked not to be named", "said a third", "one told us"]))
        held = draw(st.sampled_from([f"I was holding {lo}-{hi} cases", f"We were responsible for {lo} to {hi} children",
                                     f"I had {lo}-{hi} cases"]))
        return Generated(f"{who} in {a} say they are at breaking point.\n\n{o}{held} at one point,{c} {said}.",
                         caseloads=frozenset({_c(a, lo), _c(a, hi)}))
    if phenomenon == "hard_wrapped":
        lo, hi = min(n, r), max(n, r)
        return draw(st.sampled_from([
            Generated(f"Social workers in {a} have manageable caseloads of\n{lo} children, which inspectors found\n"
                      "appropriate for their experience.", caseloads=frozenset({_c(a, lo)})),
            Generated(f"In {a}, the vacancy rate is\n{n}% and the proportion of agency\nstaff is {r}%, which inspectors\n"
                      "noted.", percentages=frozenset({_p(a, n, "vacancy_rate", str(n)), _p(a, r, "agency_staff", str(r))})),
            Generated(f"Inspectors found that social workers in {a} were\nholding between {lo} and {hi} cases each, and\n"
                      "managers were aware of this.", caseloads=frozenset({_c(a, lo), _c(a, hi)})),
        ]))
    if phenomenon == "councils_range":
        lo, hi = draw(st.integers(1, 7)), draw(st.integers(61, 95))
        who = draw(st.sampled_from(["councils", "local authorities"]))
        between = draw(st.sampled_from([f"between {lo}% and {hi}%", f"ranging from {lo}% to {hi}%",
                                        f"varying from {lo} per cent to {hi} per cent"]))
        return Generated(f"The agency share in {a} stood at {n}%, with {who} {between}.",
                         percentages=frozenset({_p(a, n, "agency_staff", str(n)), _p(None, lo, "agency_staff", str(lo)),
                                                _p(None, hi, "agency_staff", str(hi))}))
    if phenomenon == "beside_adults":
        adults = draw(st.sampled_from(["among adult social workers", "in adult social care", "in adult services"]))
        measure, what = draw(st.sampled_from(_BESIDE_ADULTS))
        return Generated(f"{what} among children's social workers in {a} was {n}%, compared with {r}% {adults}.",
                         percentages=frozenset({_p(a, n, measure, str(n))}))
    frame = draw(st.sampled_from(_LEAVING))
    sign = draw(st.sampled_from(_SIGNS))
    return Generated(frame.format(a=a, f=f"{n}{sign}"), percentages=frozenset({_p(a, n, "turnover", str(n))}))


@st.composite
def non_unseen_figure_forms(draw: st.DrawFn) -> Generated:
    """A text in one of ``NON_UNSEEN_FIGURE_PHENOMENA``'s forms, with the records it does
    state (none of the phenomenon's own figures)."""
    a = draw(authority_names())
    n, r = draw(st.lists(st.integers(8, 60), min_size=2, max_size=2, unique=True))
    phenomenon = draw(st.sampled_from(NON_UNSEEN_FIGURE_PHENOMENA))
    if phenomenon == "layout_negatives":
        return draw(layout_non_figures(a, n))
    if phenomenon == "other_referent":
        return draw(st.sampled_from([
            Generated(f"Social workers in {a} have an average caseload of {n}. The agency rate was {r}% last year, "
                      f"and in 2017 that figure was {r + 5}.",
                      caseloads=frozenset({_c(a, n, "average")}), percentages=frozenset({_p(a, r, "agency_staff", str(r))})),
            Generated(f"Social workers in {a} have an average caseload of {n}. The number of social workers rose to {r * 3}.",
                      caseloads=frozenset({_c(a, n, "average")})),
            Generated(f"Social workers in {a} have an average caseload of {n}. The council employs {r} "
                      f"{draw(st.sampled_from(['social workers', 'staff', 'agency practitioners']))}, and that number "
                      f"rose to {r + 4} last year.", caseloads=frozenset({_c(a, n, "average")})),
            Generated(f"Social workers in {a} have an average caseload of {n}. The number of children in care rose to {r}.",
                      caseloads=frozenset({_c(a, n, "average")})),
        ]))
    if phenomenon == "adults_with":
        place = draw(st.sampled_from(["adult social care", "adult services", "adults' services"]))
        return Generated(f"The picture in {place} in {a} is similar, with a vacancy rate of {n}%.")
    if phenomenon == "pupils_graduates":
        who = draw(st.sampled_from(_NOT_WORKFORCE))
        return Generated(f"In {a}, around {n}% of {who} came from the local area.")
    return Generated(f"Nationally, {n}% of social workers left their council in the year, "
                     f"against {r}% the year before. {a} is recruiting.",
                     percentages=frozenset({_p(None, n, "turnover", str(n)), _p(None, r, "turnover", str(r))}))


def day_of(month: int) -> int:
    """A day every month has, told apart from the month's number: 28 for February, else 30."""
    return 28 if month == 2 else 30


@st.composite
def dated_figures(draw: st.DrawFn) -> tuple[str, frozenset[tuple[str | None, float, str | None]]]:
    """A dated article stating shares whose dates a period's end, a stock's "at" date, a
    list line's own date, a data statement, a bare month opening the sentence ("In
    March, 30% of ..."), a count of staff "at" a day's date in an article citing figures,
    or a table's year column (rows of councils, or one council's
    measures as rows labelled as shares) gives, with each share as ``(authority, value,
    when)``."""
    a = draw(authority_names())
    n, r, q = draw(st.lists(st.integers(2, 60), min_size=3, max_size=3, unique=True))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(2015, 2022))
    name = MONTHS[month - 1]
    header = f"Published {draw(st.integers(1, 28))} {name} {year + 1}\n\n"
    form = draw(st.sampled_from(["period_end", "dated_item", "data_statement", "stock_at", "change_of_level",
                                 "paragraph_lead", "years_earlier", "year_columns", "fronted_month", "measure_rows", "stock_count", "rate_on_day"]))
    if form == "rate_on_day":  # a share taken "on" a day's date, in an article citing figures: the later shares' date too
        day = draw(st.integers(1, 28))
        stamp = f"{year}-{month:02d}-{day:02d}"
        text = (f"Councils in England are short of staff, official figures show.\n\nThe annual count put the vacancy rate at {n}% "
                f"on {day} {name} {year}.\n\nAgency workers made up {r}% of the workforce.")
        return header + text, frozenset({(None, float(n), stamp), (None, float(r), stamp)})
    if form == "stock_count":  # a count of staff at a day's date, where figures come from, dates the later shares
        day = draw(st.integers(1, 28))
        cite = draw(st.sampled_from(["official figures show", "according to the Department for Education",
                                     "new statistics show"]))
        text = (f"Councils in England are struggling to fill posts, {cite}.\n\nThere were {q * 1000:,} children's social "
                f"workers in post at {day} {name} {year}, up from {q * 1000 - 900:,} a year earlier.\n\n"
                f"In {a}, the vacancy rate stood at {n}%, while agency workers made up {r}% of the workforce.")
        return header + text, frozenset({(a, float(n), f"{year}-{month:02d}-{day:02d}"), (a, float(r), f"{year}-{month:02d}-{day:02d}")})
    if form == "measure_rows":  # one council's measures as rows labelled as shares, years as columns
        sep, lead, tail = draw(st.sampled_from([("\t", "", ""), (" | ", "", ""), (" | ", "| ", " |"), ("      ", "", "")]))
        rule = f"{lead}{sep.join(['---'] * 3)}{tail}\n" if lead else ""
        label1, label2 = draw(st.sampled_from([("Agency social workers (%)", "Vacancy rate"), ("Re-referrals within 12 months (%)", "Turnover rate (%)"),
                                               ("Vacancy rate (%)", "Proportion of agency staff"),
                                               ("Locum and interim staff (%)", "Posts without a permanent worker (%)")]))
        # a fixed-width table: its header indented over the figures, its first column blank; a
        # year written alone, after a month, or as the financial year it ends
        spaced = draw(st.sampled_from([(str(year - 1), str(year)), (f"Sept {year - 1}", f"Sept {year}"),
                                       (f"{year - 2}/{(year - 1) % 100:02d}", f"{year - 1}/{year % 100:02d}")]))
        first = f"{' ' * 30}{spaced[0]}{sep}{spaced[1]}" if sep == "      " else f"Measure{sep}{year - 1}{sep}{year}"
        rows = [first, f"{label1}{sep}{n}.0{sep}{r}.0", f"Average caseload{sep}{q + 60}.5{sep}{q + 61}.5",
                f"{label2}{sep}{q}.0{sep}{n + 1}.0", f"Social workers in post (FTE){sep}{q + 150}{sep}{q + 160}"]
        table = "\n".join(f"{lead}{row}{tail}" + ("\n" + rule.rstrip("\n") if i == 0 and rule else "") for i, row in enumerate(rows))
        title = draw(st.sampled_from([f"{a} Council: workforce, {year - 1} to {year}\n\n", f"Key measures for {a}\n\n"]))
        return header + title + table + "\n", frozenset({(a, float(n), str(year - 1)), (a, float(r), str(year)),
                                                         (a, float(q), str(year - 1)), (a, float(n + 1), str(year))})
    if form == "fronted_month":  # a bare month opening the sentence, a comma, then the share: the latest such month
        published = draw(st.integers(1, 12))
        header = f"Published {draw(st.integers(1, 28))} {MONTHS[published - 1]} {year + 1}\n\n"
        when = f"{year + 1 if month <= published else year}-{month:02d}"
        text = draw(st.sampled_from([f"In {name}, {n}% of social work posts in {a} were vacant.",
                                     f"In {name}, {n} per cent of {a}'s social workers were agency staff.",
                                     f"By {name}, {a}'s turnover rate had fallen to {n}%."]))
        return header + text, frozenset({(a, float(n), when)})
    if form == "year_columns":  # a table of years' columns: each cell its column's year
        b = draw(authority_names().filter(lambda x: x != a))
        sep = draw(st.sampled_from(["\t", " | "]))
        title = draw(st.sampled_from([f"Agency social workers as a share of the workforce, {year - 1} to {year}\n\n",
                                      "", "Vacancy rates by council\n\n"]))
        heads = [f"Agency rate {year - 1}", f"Agency rate {year}"] if not title else [str(year - 1), str(year)]
        table = (f"Council{sep}{sep.join(heads)}\n{a}{sep}{n}%{sep}{r}%\n{b}{sep}{q}%{sep}{n + 1}%\n")
        return header + title + table, frozenset({(a, float(n), str(year - 1)), (a, float(r), str(year)),
                                                  (b, float(q), str(year - 1)), (b, float(n + 1), str(year))})
    if form == "years_earlier":  # "a year earlier" counts from its sentence's date, else from the publication
        k = draw(st.integers(1, 3))
        ago = draw(st.sampled_from(["a year", "one year"] if k == 1 else [f"{k} years", f"{['two', 'three'][k - 2]} years"]))
        back = draw(st.sampled_from([f"{ago} earlier", f"{ago} before", *(["the year before", "the previous year"] if k == 1 else [])]))
        shape = draw(st.integers(0, 3))
        if shape == 3:  # in an article of a stated period, counted back from the period, not the publication
            day = draw(st.integers(1, 28))
            text = (f"The figures below come from the DfE's workforce statistics for {day} {name} {year}.\n\n"
                    f"In {a}, the vacancy rate was {n}%, compared with {r}% {ago} {draw(st.sampled_from(['earlier', 'before']))}.")
            return header + text, frozenset({(a, float(n), f"{year}-{month:02d}-{day:02d}"), (a, float(r), str(year - k))})
        if shape == 0:  # "the year before" at a clause's end looks back, like "a year earlier"
            text = f"The vacancy rate in {a} rose to {n}% in {name} {year}, up from {r}% {back}."
            return header + text, frozenset({(a, float(n), f"{year}-{month:02d}"), (a, float(r), str(year - k))})
        if shape == 1:  # ... from a level dated by the calendar ("last year"), not from the publication
            back = draw(st.sampled_from([back, *(["the previous year"] if k == 1 else [])]))
            text = f"The vacancy rate in {a} was {n}% last year, compared with {r}% {back}."
            return header + text, frozenset({(a, float(n), str(year)), (a, float(r), str(year - k))})
        text = f"Kent was inspected in {year - 4}. The vacancy rate in {a} is now {n}%, up from {r}% {ago} earlier."
        return header + text, frozenset({(a, float(n), str(year + 1)), (a, float(r), str(year + 1 - k))})
    if form == "paragraph_lead":  # a paragraph's first share's date, shared by a later past-tense sentence, not a present one
        present = draw(st.booleans())
        later = (f"Agency workers in {a} {'fill' if present else 'filled'} {r}% of posts."
                 if draw(st.booleans()) else f"In {a}, {r}% of social workers {'are' if present else 'were'} newly qualified.")
        text = f"The vacancy rate in {a} rose to {n}% in {name} {year}. {later}"
        return header + text, frozenset({(a, float(n), f"{year}-{month:02d}"),
                                         (a, float(r), str(year + 1) if present else f"{year}-{month:02d}")})
    if form == "change_of_level":  # a change's date is its level's, never its base's, the nearest dated level's
        count = draw(st.integers(20, 35)) * 1000 + draw(st.integers(1, 9)) * 100
        aside = draw(st.sampled_from(["", f" ({count + 2170:,} headcount)"]))
        base = draw(st.sampled_from([f"from the same point in {year - 1}", "on last year", f"compared to the same date in {year - 1}"]))
        if draw(st.booleans()):  # an undated level: "the same point in" a year makes it the year after
            text = f"There were {count:,} FTE agency workers, an increase of {n}% compared to the same point in {year - 1}."
            return header + text, frozenset({(None, float(n), str(year))})
        text = (f"Councils employed {count:,} full-time equivalent social workers in their children's services at {day_of(month)} {name} {year}{aside}, "
                f"an increase of {n}% {base}.")
        return header + text, frozenset({(None, float(n), f"{year}-{month:02d}-{day_of(month):02d}")})
    if form == "stock_at":  # a stock's date after "at": "12.5% ... at 31 March 2016, up from 11% a year before"
        day = draw(st.integers(1, 28))
        text = (f"In {a}, {n}% of children's social workers were agency staff {draw(st.sampled_from(['at', 'as at', 'as of']))} "
                f"{day} {name} {year}, up from {r}% in {year - 2}.")
        return header + text, frozenset({(a, float(n), f"{year}-{month:02d}-{day:02d}"), (a, float(r), str(year - 2))})
    if form == "period_end":
        span = draw(st.sampled_from(["12 months", "six months", "year", "three months"]))
        verb = draw(st.sampled_from(["ending", "to"]))
        if draw(st.booleans()):  # a "since ... began in" clause after it dates a series' start, not the figure
            began = draw(st.sampled_from(["records began in", "comparable data collection began in", "the survey started in"]))
            text = (f"In {a}, 1,200 social workers left their roles in the {span} {verb} {name} {year}, a rise of {n}% "
                    f"over the previous year and the largest number since {began} {year - 5}-{(year - 4) % 100:02d}.")
            return header + text, frozenset({(a, float(n), f"{year}-{month:02d}")})
        text = (f"Turnover among children's social workers in {a} was {n}% in the {span} {verb} {name} {year}, "
                f"compared with {r}% in {year - 3}.")
        return header + text, frozenset({(a, float(n), f"{year}-{month:02d}"), (a, float(r), str(year - 3))})
    if form == "dated_item":
        label = draw(st.sampled_from(["Agency social workers", "Vacancy rate", "Staff turnover"]))
        text = (f"Key figures from the {a} report:\nAverage caseload per social worker: 19.5 (down from 26 in {name} {year - 1})\n"
                f"{label}: {n} per cent\n")
        return header + text, frozenset({(a, float(n), str(year + 1))})
    text = (f"{a} relies on agency staff more than most. The latest workforce data, for {name} {year}, shows:\n\n"
            f"- {a}: {n}% agency\n\nAcross England, agencies supplied {r}% of the social workers in children's services.")
    return header + text, frozenset({(a, float(n), f"{year}-{month:02d}"), (None, float(r), f"{year}-{month:02d}")})
