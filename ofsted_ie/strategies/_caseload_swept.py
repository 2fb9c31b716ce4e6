"""Caseload forms a combinatorial slot sweep found missing (issue 21): a weak verb of
holding ("have", "work with", "deal with") made a worker's own by a range or a lower
bound ("have 25 to 33 families", "work with more than 16 families"); spelled numbers
and averages before other held nouns ("sixteen kids", "an average of 22 young
people"); caseloads at a council's full name ("Caseloads at Kent County Council are
30"); links with a perfect tense and an adverb ("have reached 22", "has now fallen
to 18"); more verbs of a change ("went down from 30 to 25", "came down", "grew"); a
long place after "caseloads for" ("for social workers in the duty team in Kent"); a
count of workers above a bound, or "some" among the caseload's own words, making the
bound a maximum ("nine social workers had caseloads above 32"); a rank's words before
"at" ("are among the lowest in the region at 14"), an earlier level after "having been",
"are now at 18", a label's "(average)"; a second figure of another team of the council,
its noun and verb left out ("..., and in the children in need teams 19", "are 24 in the
assessment team and 19 in the children in need teams", "but are higher, at 28, in the
assessment service"); an amount of a change before its levels ("have been cut by a third,
from 27 to 18"); caseloads whose change's verb is left out after another measure ("has cut
its agency rate to 12% and caseloads to 16"); a share of workers above a bound makes it a
maximum ("A third of Kent's social workers have caseloads above 25"); an earlier level after
"compared to" with no comma ("was 18 in 2019 compared to 21 in 2018"). And their negatives:
adults' caseloads told before the figure ("Adult social workers in Kent carry caseloads of
30", "Caseloads in Kent's adult services average 16"); a count of staff before an earlier
level ("... and 40 staff left, compared with 30 in 2018").

Drawn by ``caseload_forms`` for its phenomenon "swept_forms" and by
``non_caseload_forms`` for "swept_negatives" (see ``_caseloads``); each returns a text
and every caseload it states as ``(authority, value, statistic, qualifier)``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Qualifier, Statistic
from ._base import CaseloadKey, Generated
from ._figures import spelled

#: Workers as the subject of a weak verb of holding.
_WORKERS: Final = ("Social workers in {a}", "Practitioners in {a}", "Team members in {a}", "Members of staff in {a}",
                   "Newly qualified social workers in {a}", "{a}'s social workers", "Social workers at {a} Council")
#: Verbs that, of children, may also say whom a service has.
_WEAK: Final = ("have", "work with", "deal with", "support", "are working with", "had")
#: What a worker holds, other than "cases".
_HELD: Final = ("children", "families", "kids", "young people")
#: A council named in full after "at" or "across", and a caseload's link.
_AT: Final = ("Caseloads at {a} Council", "Caseloads across {a} Council", "Average caseloads at {a} Council")
_LINKS: Final = ("are", "have reached", "stand at", "have now fallen to", "have since risen to", "had already reached")
#: A bound of a worker's cases, and its qualifier.
_BOUNDS: Final[tuple[tuple[str, Qualifier], ...]] = (("more than", "more_than"), ("up to", "up_to"), ("as many as", "up_to"))
#: Parts of a council's service.
_TEAMS: Final = ("the assessment team", "the children in need teams", "the duty service", "the child protection teams",
                 "some localities", "the looked-after children service")
#: Verbs of a change of caseloads from one level to another.
_CHANGES: Final = ("went down", "went up", "came down", "have come down", "grew", "have grown", "climbed", "declined")


def _key(a: str | None, n: float, statistic: Statistic | None = None, qualifier: Qualifier | None = None) -> CaseloadKey:
    return (a, float(n), statistic, qualifier)


@st.composite
def swept_caseload_forms(draw: st.DrawFn, a: str, n: int) -> Generated:
    """A caseload in one of the forms the sweep found missing, with every caseload it states."""
    hi = n + draw(st.integers(2, 12))
    holder = draw(st.sampled_from(_WORKERS)).format(a=a)
    verb, held = draw(st.sampled_from(_WEAK)), draw(st.sampled_from(_HELD))
    low, high = draw(st.sampled_from([(f"{n} to", f"{hi}"), (f"between {n} and", f"{hi}"), (f"{n}-", f"{hi}"),
                                      (f"{spelled(n)} to", spelled(hi))]))
    gap = "" if low.endswith("-") else " "
    bound, qualifier = draw(st.sampled_from(_BOUNDS))
    at = draw(st.sampled_from(_AT))
    also = draw(st.sampled_from(["caseloads", "its caseloads", "average caseloads"]))
    team, team2 = draw(st.lists(st.sampled_from(_TEAMS), min_size=2, max_size=2, unique=True))
    statistic: Statistic | None = "average" if at.startswith("Average") else None
    return draw(st.sampled_from([
        # a weak verb made a worker's own by a range or a bound
        Generated(f"{holder} {verb} {low}{gap}{high} {held}.", caseloads=frozenset({_key(a, n), _key(a, hi)})),
        Generated(f"{holder} {verb} {bound} {n} {held}.", caseloads=frozenset({_key(a, n, "maximum", qualifier)})),
        # spelled numbers and averages before other held nouns
        Generated(f"{holder} each hold {spelled(n)} {held}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"{holder} {draw(st.sampled_from(['manage', 'are responsible for', 'hold', 'work with']))} an average of {n} {held}.",
                  caseloads=frozenset({_key(a, n, "average")})),
        Generated(f"{holder} each hold an average of {n} {held} per social worker.", caseloads=frozenset({_key(a, n, "average")})),
        # caseloads at a council's full name, links with a perfect tense and an adverb
        Generated(f"{at.format(a=a)} {draw(st.sampled_from(_LINKS))} {n}.", caseloads=frozenset({_key(a, n, statistic)})),
        Generated(f"{a}'s caseloads {draw(st.sampled_from(_LINKS))} {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} used to hold {hi} cases each. That has now fallen to {n}.",
                  caseloads=frozenset({_key(a, hi), _key(a, n)})),
        # a long place after "caseloads for", a count of workers above a bound, "some" inside the caseload's own words
        Generated(f"Caseloads for social workers in the {draw(st.sampled_from(['assessment', 'children in need', 'duty']))} team in {a} "
                  f"were as high as {hi}.", caseloads=frozenset({_key(a, hi, "maximum", "up_to")})),
        Generated(f"In {a}, {draw(st.sampled_from(['9', 'nine', '14', 'twelve']))} social workers had caseloads above {hi}.",
                  caseloads=frozenset({_key(a, hi, "maximum", "more_than")})),
        Generated(f"Caseloads in {a} are too high, with some social workers holding over {hi} cases.",
                  caseloads=frozenset({_key(a, hi, "maximum", "more_than")})),
        # a rank's words before "at", an earlier level "having been", "now at", a label's "(average)"
        Generated(f"{a}'s caseloads are among the {draw(st.sampled_from(['lowest', 'highest']))} "
                  f"{draw(st.sampled_from(['in the region', 'in the country', 'nationally']))}{draw(st.sampled_from([',', '']))} at {n}.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"{a}'s average caseload is now {n}, having been {hi} in 2018.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "average")})),
        Generated(f"Caseloads in {a} are {draw(st.sampled_from(['now', 'currently', 'still']))} at {n} per worker.",
                  caseloads=frozenset({_key(a, n, "average")})),  # a rate per worker is a mean
        Generated(f"Caseloads at {a} Council\n\nCaseload per social worker (average): {n}", caseloads=frozenset({_key(a, n, "average")})),
        # a second figure of another team of the council, its noun and verb left out
        Generated(f"Caseloads in {team} in {a} average {n}, and in {team2} {hi}.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "average")})),
        Generated(f"Average caseloads in {a} are {n} in {team} and {hi} in {team2}.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "average")})),
        Generated(f"Caseloads in {a} are {n} in most teams but are higher, at {hi}, in {team}.",
                  caseloads=frozenset({_key(a, n), _key(a, hi)})),
        # caseloads a change's verb left out after another measure; a share of workers above a bound
        Generated(f"{a} has cut its agency rate to {n + 1}% and {also} to {n}.",
                  caseloads=frozenset({_key(a, n, "average" if "average" in also else None)})),
        Generated(f"{draw(st.sampled_from(['A third of', 'Half of', '30% of']))} {a}'s social workers have caseloads above {hi}.",
                  caseloads=frozenset({_key(a, hi, "maximum", "more_than")})),
        # an earlier level after "compared to" or "down from" with no comma before it
        Generated(f"{a}'s average caseload was {n} in 2019 {draw(st.sampled_from(['compared to', 'compared with', 'down from']))} {hi} in 2018.",
                  caseloads=frozenset({_key(a, n, "average"), _key(a, hi, "average")})),
        # more verbs of a change
        Generated(f"In {a}, caseloads {draw(st.sampled_from(_CHANGES))} from {hi} to {n}.", caseloads=frozenset({_key(a, hi), _key(a, n)})),
        Generated(f"Caseloads in {a} have {draw(st.sampled_from(['been cut', 'fallen', 'dropped']))} by "
                  f"{draw(st.sampled_from(['a third', 'nine', 'a quarter']))}, from {hi} to {n}.", caseloads=frozenset({_key(a, hi), _key(a, n)})),
    ]))


@st.composite
def swept_non_caseloads(draw: st.DrawFn, a: str, n: int) -> Generated:
    """Adults' caseloads told before their figure, in the same shapes: no caseload."""
    hi = n + draw(st.integers(2, 12))
    return Generated(draw(st.sampled_from([
        f"Adult social workers in {a} carry caseloads of {n}.",
        f"Caseloads in {a}'s adult services average {n}.",
        f"In adult social care, caseloads at {a} Council have reached {n}.",
        f"Adult social workers in {a} have {n} to {hi} cases each.",
        f"Caseloads in adult services in {a} went down from {hi} to {n}.",
        # a count of staff before an earlier level: no caseload's
        f"Caseloads in {a} were discussed, and {n} staff left{draw(st.sampled_from([',', '']))} compared with {hi} in 2018.",
    ])))
