"""Caseload forms found missing by a differential against a crude finder (issue 21):
changes told with bare, present or passive verbs and an amount before the level; the
figures of other places listed after a caseload; lists of figures; weak verbs of
holding made a worker's own by a bound; other nouns for the holders; the statistics'
wording ("cases held per social worker", "children on each social worker's caseload");
a quantifier opening a sentence before a council ("Some Kent social workers"); figures
right after their councils in a sentence ("Bury: 27.1, Bolton: 25.3", "Bury, 27.1;",
"Bolton's 25.3", "while Bolton had 25.3"); a word referring back or an extreme in the
next sentence ("the median for a social worker was 25", "That compares with 25", "The
maximum is 30"); a council's or inspectors' report's wording ("remain 'too high' at 28",
"manageable for most social workers, at between 15 and 20", "(typically 15 to 18
children)", "between 18-22", "typically have 15-20 children", "an unmanageable 30",
"well in excess of 30", "have improved, falling to 18"); a ratio of cases to workers ("the
ratio of cases to social workers is 20", "a caseload ratio of 18:1"); councils in one list and their
figures in another ("Bury and Bolton ... at 27 and 25 respectively"). And their
negatives: the same shapes holding shares, dates, counts of other things or no worker.

Drawn by ``caseload_forms`` for its phenomenon "unseen_forms" and by
``non_caseload_forms`` for "unseen_negatives" (see ``_caseloads``); each returns a text
and every caseload it states as ``(authority, value, statistic, qualifier)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Qualifier, Statistic
from ._base import CaseloadKey, Generated, authority_names
from ._figures import spelled

#: Links from caseloads to a new level by a bare, present, passive or hedged verb.
_LINKS: Final = ("fall to", "drop to", "rise to", "climb to", "sit at", "currently sit at", "are sitting at",
                 "are currently sitting at", "have been brought down to", "were brought down to", "are capped at",
                 "were capped at", "have been pushed down to")
#: An amount of a change before its level, set off by a comma: "by a third, to 17".
_AMOUNTS: Final = ("a third", "a quarter", "half", "two", "five", "three cases")
#: Holders other than "social workers".
_HOLDERS: Final = ("Team members", "Members of staff", "Employees", "Professionals", "Staff members")
_WEAK_VERBS: Final = ("working with", "supporting", "looking after", "working on")
#: What parts a list line's council from its figure: a tab or a space.
_GAPS: Final = ("\t", " ")
_MAXIMA: Final[tuple[tuple[str, Qualifier], ...]] = (("as many as", "up_to"), ("up to", "up_to"))


def _key(a: str | None, n: float, statistic: Statistic | None = None, qualifier: Qualifier | None = None) -> CaseloadKey:
    return (a, float(n), statistic, qualifier)


@st.composite
def unseen_caseload_forms(draw: st.DrawFn, a: str, n: int, m: float) -> Generated:
    """A caseload in one of the forms the differential found missing, with every caseload
    it states."""
    b = draw(authority_names().filter(lambda x: x != a))
    c = draw(authority_names().filter(lambda x: x not in (a, b)))
    old = draw(st.integers(6, 60).filter(lambda x: x != n))
    hi, mid = n + draw(st.integers(8, 20)), n + draw(st.integers(1, 7))
    link, amount = draw(st.sampled_from(_LINKS)), draw(st.sampled_from(_AMOUNTS))
    average = draw(st.sampled_from(["", "average "]))
    statistic: Statistic | None = "average" if average else None
    q, qualifier = draw(st.sampled_from(_MAXIMA))
    holder, verb = draw(st.sampled_from(_HOLDERS)), draw(st.sampled_from(_WEAK_VERBS))
    held = draw(st.sampled_from(["cases", "children", "families"]))
    return draw(st.sampled_from([
        # changes: bare, present or passive verbs, an amount before the level, a comma before "from"
        Generated(f"Social workers in {a} saw their {average}caseloads {link} {n}.", caseloads=frozenset({_key(a, n, statistic)})),
        Generated(f"{a}'s {average}caseloads {link} {n}.", caseloads=frozenset({_key(a, n, statistic)})),
        Generated(f"{a} has cut {average}caseloads by {amount}, to {n}.", caseloads=frozenset({_key(a, n, statistic)})),
        Generated(f"Caseloads in {a} were reduced by {amount}, to {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"{a} has been {draw(st.sampled_from(['reducing', 'cutting', 'lowering']))} {average}caseloads from {old} to {n}.",
                  caseloads=frozenset({_key(a, old, statistic), _key(a, n, statistic)})),
        Generated(f"Caseloads in {a} have {draw(st.sampled_from(['almost ', 'nearly ', '']))}halved, from {2 * n} to {n}.",
                  caseloads=frozenset({_key(a, 2 * n), _key(a, n)})),
        # a ratio of cases to workers: "the ratio of cases to social workers is 20", "a caseload ratio of 18:1"
        Generated(f"In {a} the {average}ratio of {held} to {draw(st.sampled_from(['social workers', 'workers', 'each social worker']))} "
                  f"{draw(st.sampled_from(['is', 'was', 'stands at', 'has fallen to']))} {n}.", caseloads=frozenset({_key(a, n, statistic)})),
        Generated(f"{a}'s {average}caseload ratio {draw(st.sampled_from(['stands at', 'is', 'was']))} {n}{draw(st.sampled_from([':1', ' to one', '']))}.",
                  caseloads=frozenset({_key(a, n, statistic)})),
        # other places' figures listed after a caseload
        Generated(f"The {average}caseload is {n} in {a}, {mid} in {b} and {hi} in {c}.",
                  caseloads=frozenset({_key(a, n, statistic), _key(b, mid, statistic), _key(c, hi, statistic)})),
        Generated(f"Social workers in {a} have caseloads of {n}; {b}'s are {mid} and {c}'s {hi}.",
                  caseloads=frozenset({_key(a, n), _key(b, mid), _key(c, hi)})),
        Generated(f"Caseloads in {a} were {n}, while in {b} they had {hi}.", caseloads=frozenset({_key(a, n), _key(b, hi)})),
        Generated(f"{a} has {average}caseloads of {n}, compared with {hi} in {b}.",
                  caseloads=frozenset({_key(a, n, statistic), _key(b, hi, statistic)})),
        # a list of figures after a caseload
        Generated(f"Social workers in {a} reported caseloads of {n}, {mid} and {draw(st.sampled_from(['even ', '']))}{hi}.",
                  caseloads=frozenset({_key(a, n), _key(a, mid), _key(a, hi)})),
        Generated(f"Social workers in {a} reported caseloads of {n} or {hi}.", caseloads=frozenset({_key(a, n), _key(a, hi)})),
        # weak verbs made a worker's own by a bound
        Generated(f"Social workers in {a} were {verb} {q} {hi} {held}.", caseloads=frozenset({_key(a, hi, "maximum", qualifier)})),
        Generated(f"{a} social workers are now {verb} {n} {held} on average.", caseloads=frozenset({_key(a, n, "average")})),
        # other holders
        Generated(f"In {a}, caseloads were a concern. {holder} carried more than {n} children each.",
                  caseloads=frozenset({_key(a, n, None, "more_than")})),
        Generated(f"{holder} in {a} were holding {spelled(n)} cases.", caseloads=frozenset({_key(a, n)})),
        # the statistics' wording: cases held per worker, children on each worker's caseload
        Generated(f"The number of cases {draw(st.sampled_from(['held', 'handled', 'carried']))} per social worker in {a} was {m}.",
                  caseloads=frozenset({_key(a, m, "average")})),  # a rate per worker is a mean
        Generated(f"In {a}, there are {n} children on each social worker's caseload.", caseloads=frozenset({_key(a, n)})),
        Generated(f"The number of children each {a} social worker is responsible for has risen to {n}.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} had an average of {n} families on their books.", caseloads=frozenset({_key(a, n, "average")})),
        # figures right after their councils in a sentence: a colon, a comma, "'s", "had"
        Generated(f"{'Average caseloads' if average else 'Caseloads'} were highest in {a}: {hi}, {b}: {mid} and {c}: {n}.",
                  caseloads=frozenset({_key(a, hi, statistic), _key(b, mid, statistic), _key(c, n, statistic)})),
        Generated(f"The highest {average}caseloads were in {a}, {hi}; {b}, {mid}; and {c}, {n}.",
                  caseloads=frozenset({_key(a, hi, statistic), _key(b, mid, statistic), _key(c, n, statistic)})),
        Generated(f"{a}'s average caseload was {hi} compared to {b}'s {n}.",
                  caseloads=frozenset({_key(a, hi, "average"), _key(b, n, "average")})),
        Generated(f"Caseloads were high in {a}, at {hi}, while {b} had {n}.", caseloads=frozenset({_key(a, hi), _key(b, n)})),
        # a word referring back, or an extreme, in the sentence after a caseload
        Generated(f"The average caseload in {a} is {m}. A survey found the median {draw(st.sampled_from(['', 'average ']))}"
                  f"for a social worker there was {hi}.", caseloads=frozenset({_key(a, m, "average"), _key(a, hi, "average")})),
        Generated(f"Caseloads in {a} are {n} on average. {draw(st.sampled_from(['That', 'This']))} "
                  f"{draw(st.sampled_from(['compares with', 'compares to']))} {hi} two years ago.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "average")})),
        Generated(f"Social workers in {a} have an average caseload of {n}{draw(st.sampled_from(['. The', ', and the']))} "
                  f"{draw(st.sampled_from(['highest', 'maximum']))} is {hi}.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "maximum")})),
        # a council's or inspectors' report: quoted or hedged states, parentheses, sizes, adverbs of what is usual
        Generated(f"{a}'s caseloads {draw(st.sampled_from(['remain', 'have been', 'are']))} "
                  f"{draw(st.sampled_from(['too high', 'stubbornly high', 'consistently high']))!r} at {hi}.".replace('"', "'"),
                  caseloads=frozenset({_key(a, hi)})),
        Generated(f"Caseloads in {a} are manageable for most social workers, at between {n} and {hi} children.",
                  caseloads=frozenset({_key(a, n), _key(a, hi)})),
        Generated(f"Social workers in {a} have manageable caseloads ({draw(st.sampled_from(['typically ', 'usually ', '']))}{n} to {hi} children).",
                  caseloads=frozenset({_key(a, n), _key(a, hi)})),
        Generated(f"Social workers in {a} faced high caseloads ({q} {hi} children).", caseloads=frozenset({_key(a, hi, "maximum", qualifier)})),
        Generated(f"In {a}, caseloads are between {n}-{hi}.", caseloads=frozenset({_key(a, n), _key(a, hi)})),
        Generated(f"In {a}, social workers {draw(st.sampled_from(['typically', 'usually', 'generally']))} have {n}-{hi} children.",
                  caseloads=frozenset({_key(a, n), _key(a, hi)})),
        Generated(f"Social workers' caseloads in {a} are now, on average, {n}.", caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"{a}'s social work caseloads average at {n}.", caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"Caseloads in {a} had grown to an {draw(st.sampled_from(['unmanageable', 'unprecedented']))} {hi}.",
                  caseloads=frozenset({_key(a, hi)})),
        Generated(f"{a}'s caseloads have improved, falling to {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} had caseloads well in excess of {hi}.", caseloads=frozenset({_key(a, hi)})),
        # a worker's own words and loose figures: "kids", "20-odd", "in excess of", "One ... worker"
        Generated(f'"We each have about {n} kids," one {a} social worker said.', caseloads=frozenset({_key(a, n, None, "about")})),
        Generated(f"Social workers in {a} each have {n}{draw(st.sampled_from(['-odd', ' or so']))} cases.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} are holding in excess of {hi} cases.", caseloads=frozenset({_key(a, hi)})),
        Generated(f"One {a} worker was carrying {hi} cases.", caseloads=frozenset({_key(a, hi)})),
        Generated(f"Each {a} worker has responsibility for {n} children.", caseloads=frozenset({_key(a, n)})),
        Generated(f"The number of cases {draw(st.sampled_from(['held by', 'allocated to']))} each {a} social worker has fallen to {n}.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"{a} {draw(st.sampled_from(['aims to reduce', 'hopes to bring', 'plans to lower']))} caseloads"
                  f"{draw(st.sampled_from(['', ' down']))} to {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Caseloads in {a} have reduced from {hi}{draw(st.sampled_from(['+', '-plus']))} to {n}.",
                  caseloads=frozenset({_key(a, hi), _key(a, n)})),
        Generated(f"Caseloads in {a}, which stood at {hi} in 2019, {draw(st.sampled_from(['are now', 'are currently']))} {n}.",
                  caseloads=frozenset({_key(a, hi), _key(a, n)})),
        Generated(f"Social workers in {a} have caseloads of circa {n}.", caseloads=frozenset({_key(a, n, None, "about")})),
        Generated(f"Social workers in {a} are holding between {n} & {hi} cases.", caseloads=frozenset({_key(a, n), _key(a, hi)})),
        # a list's lines "Bury<tab>27.1" or "Bury 27.1" under a sentence naming caseloads
        Generated(f"The table below shows the average caseload in each council.\n\n{a}{draw(st.sampled_from(_GAPS))}{m}\n{b}\t{hi}\n",
                  caseloads=frozenset({_key(a, m, "average"), _key(b, hi, "average")})),
        # councils in one list, their figures in another, paired in order
        Generated(f"{a} and {b} had the highest caseloads, at {hi} and {mid} respectively.",
                  caseloads=frozenset({_key(a, hi), _key(b, mid)})),
        # a second council's figure with the noun elided after its possessive and the verb repeated
        Generated(f"{a}'s social workers held {hi} children each on average, while {b}'s {draw(st.sampled_from(['held', 'had', 'carried']))} {mid}.",
                  caseloads=frozenset({_key(a, hi, "average"), _key(b, mid, "average")})),
        # the figures first, the councils after, "respectively" pairing them in order
        Generated(f"{'Average caseloads' if average else 'Caseloads'} were {hi}, {mid} and {n} in {a}, {b} and {c} respectively.",
                  caseloads=frozenset({_key(a, hi, statistic), _key(b, mid, statistic), _key(c, n, statistic)})),
        Generated(f"{a}, {b} and {c} had {average}caseloads of {hi}, {mid} and {n}.",
                  caseloads=frozenset({_key(a, hi, statistic), _key(b, mid, statistic), _key(c, n, statistic)})),
        Generated(f"{'Average caseloads' if average else 'Caseloads'} were {a} {hi}, {b} {mid} and {c} {n}.",
                  caseloads=frozenset({_key(a, hi, statistic), _key(b, mid, statistic), _key(c, n, statistic)})),
        # a quantifier opening the sentence before the council's name
        Generated(f"{draw(st.sampled_from(['Some', 'Many', 'Several']))} {a} social workers had more than {n} children on their caseloads.",
                  caseloads=frozenset({_key(a, n, "maximum", "more_than")})),
    ]))


@st.composite
def unseen_non_caseloads(draw: st.DrawFn, a: str, n: int, year: int) -> Generated:
    """The same shapes with no caseload: shares, dates and years, counts of other things,
    a service's count with no worker, and figures after talk of caseloads that are no one's."""
    b = draw(authority_names().filter(lambda x: x != a))
    month = draw(st.sampled_from(["March", "September", "May"]))
    return Generated(draw(st.sampled_from([
        f"Caseloads in {a} were reduced by {n}%, to {year} levels.",
        f"In {a} the ratio of social workers to managers is {n}.",  # a ratio of no cases
        f"In {a} the ratio of children to staff in each home is {n}.",
        f"In {a}, caseloads fall to {year} levels next year.",
        f"The caseload review in {a} is due on {n} {month}, and {n + 1} in {b} were unallocated.",
        f"Caseloads are a concern in {a}, where {n * 20} in {b}'s assessment team were waiting.",
        f"{a} council was working with as many as {n} families.",
        f"The service in {a} was supporting up to {n} children in care.",
        f"Caseloads in {a} were discussed, and {n}, {n + 1} and {n + 2} staff left in {year}.",
        f"In {a}, caseloads were high; {b}'s staff numbered {n * 10}.",
        f"There are {n} children on the waiting list in {a}.",
        f"The number of families each {a} school supports has risen to {n}.",
        f"The number of cases held in {a} rose to {n * 100}.",
        f"Some {a} schools had more than {n} children in each class.",
        f"Caseloads are high in {a}: {n} staff have left, and {b}, {n + 1} posts are empty.",
        f"{a}'s vacancy rate was {n}, compared to {b}'s {n + 2}, and caseloads are high.",
        f"Caseloads in {a} were discussed, while {b} had {n} social workers.",
        f"Caseloads in {a} are high. The highest vacancy rate is {n}.",
        f"Caseloads in {a} are high. That compares with {n} staff a year ago.",
        f"Caseloads in {a} are high. The maximum is {n} weeks.",
        f"In {a}, staff typically have {n} years of experience, and caseloads are high.",
        f"The council in {a} typically has {n} children in care per home.",
        f"{a}'s caseloads have improved, falling to {year} levels.",
        f"Caseloads in {a} are 'too high' at {n} per cent of teams.",
        f"Staff in {a} looked after {n}-odd kids' clubs.",
        f"In {a}, {n} or so families were waiting.",
        f"{a} and {b} had vacancy rates of {n}% and {n + 1}%, and caseloads were high.",
        f"{a} and {b} have {n} and {n + 1} social workers, and caseloads are high.",
        f"The vacancy rate in each council.\n\n{a} {n}\n{b} {n + 1}\n",
        f"Caseloads are high.\n\nInspections by year\n{a} {year}\n",
        f"Caseloads in {a} were discussed, and the council is now {n} years old.",
        f"{a} aims to reduce caseloads by {n} per cent.",
    ])))
