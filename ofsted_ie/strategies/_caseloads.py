"""Caseload forms beyond the plain ones of ``caseload_sentences`` (issue 21, "Caseloads:
every form of cases per social worker"), and numbers near caseload words that are none.

Each frame is one phenomenon, named in ``CASELOAD_PHENOMENA`` / ``NON_CASELOAD_PHENOMENA``:

- a national or regional average beside a council's own ("Leeds's average caseload is 19,
  above the national average of 16.3"): the national figure is no council's;
- a word of time or hedging between a caseload and its figure ("caseloads are now 15",
  "have come down to 17", "are typically 20-25", "are manageable, at 18"), or a bound with no link ("caseloads
  above 30", "caseloads in excess of 30");
- cases or children "per social worker" with no caseload word ("18 children per social
  worker", "the average number of cases per practitioner is 16", "one social worker for
  every 25 children"); a rate per worker is a mean ("average"), said or not;
- a caseload in words ("twenty cases each", "as many as forty cases");
- a social worker's own words ("'I was holding 30 cases,' said a social worker in Leeds");
- caseloads as the object of a change ("Leeds has cut average caseloads from 22 to 16"),
  and a change's ends with a noun, a lead or a qualifier ("from a high of 35 cases to
  around 18");
- a word referring back to a caseload ("... but in Leeds it was 27.1", "They now stand at
  18", "Leeds's was 19");
- a figure set beside a caseload ("compared with 16.9 across England", "... the year before"),
  or listed after it with its year ("was 16.3 in 2017, 17.4 in 2018 and 17.8 in 2019");
- figures right after their councils in a sentence about caseloads ("Bury (27.1), Bolton
  (25.3) and Wigan (24.9) had the highest average caseloads", "followed by Bolton at 25.3"),
  on the lines of a list under a caseload heading ("Bury: 27.1", "Bury (27.1)"), or in a
  table's caseload column ("Cases per social worker", "Mean caseload"), whose councils
  may follow a rank, and whose rows of regions are no council's;
- a holder or a held noun told elsewhere: a pronoun after a worker is named ("She was
  carrying 32 children"), a figure after caseloads were spoken of ("A few had 50-55."),
  cases allocated or given to workers;
- a figure after a caseload whose noun and verb the sentence leaves out ("caseloads were
  around 25, with a few up to 40", "averaged 25 in 2017 but have since dropped to 18");
- a council's caseload beside talk of councils in general after it, or after a sentence
  about the nation when its own words point at the council ("But in the council's team,
  workers held 35 cases"); with no such pointer the figure stays no council's; another
  council named in an aside before it is not its owner ("Leeds, which is supported by
  Bury, has reduced caseloads to 18");
- other words for holding and what is held: "are on 40 cases", "working on", workers
  "with 40 cases", "30-plus cases", "30 open cases", "workloads of 30 cases";
- a council's caseload told in a headline before the council is named, and again after
  ("Caseloads of up to 50 found ... Inspectors found caseloads of up to 50 in Leeds"); a
  national figure in a headline stays no council's;
- more words for holding, what is held and caseloads (issue 21): "each supporting 23
  children", "26 child in need cases", "each with 22 cases", "hold, on average, 18 cases",
  "caseload sizes of 21", "per full-time equivalent (FTE) practitioner", "the mean
  caseload", an apposition ("the average caseload, 25, is"), "as low as 11" (a minimum),
  "caseloads approaching 40", "... and the lowest 8";
- changes told with other verbs, amounts and orders ("brought caseloads down from 27 to
  19", "rose to 20 from 18 a year earlier", "before falling to 18", "increased by 2 to
  19", "doubled to 36", after another measure's figure), and figures of regions and years
  ("highest in the East Midlands (18.7)", "while in the North West it was 17.1", a table's
  or list's rows of years), which are no council's;
- forms a differential against a crude finder found missing (``_caseload_unseen``): bare,
  present and passive change verbs ("saw caseloads fall to 17", "sit at 17", "by a third,
  to 17"), other places' figures listed after a caseload ("18 in Bury, 22 in Wigan and 25
  in Bolton"), lists of figures, weak verbs bounded ("working with as many as 40
  families"), other holders ("Team members"); and their negatives;
- forms a combinatorial slot sweep found missing (``_caseload_swept``): weak verbs bounded
  by a range or a lower bound ("have 25 to 33 families"), spelled numbers and averages
  before "kids" or "young people", caseloads "at Kent County Council", "have reached 22",
  "has now fallen to 18", "went down from 30 to 25"; and adults' caseloads told before
  their figure, which are none;
- layouts a second sweep found missing (``_figure_layouts``): headlines and bullets of a
  change ("Kent cuts social worker caseloads to 16", "Kent: caseloads down to 16", "case
  loads"), an earlier level after an average of children or each worker's cases, "compares
  with 16 nationally", NQSWs as holders.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Qualifier, Statistic
from ._base import CaseloadKey, Generated, authority_names
from ._caseload_more import changes_regions_years, more_caseload_words
from ._caseload_swept import swept_caseload_forms, swept_non_caseloads
from ._caseload_unseen import unseen_caseload_forms, unseen_non_caseloads
from ._figure_layouts import layout_caseload_forms
from ._figures import HELD_QUALIFIERS, spelled

CASELOAD_PHENOMENA: Final = ("national_beside_council", "hedged_link", "per_worker", "in_words", "first_person",
                              "caseloads_as_object", "referring_back", "compared_with", "council_figures",
                              "holder_elsewhere", "told_early", "elided_after_caseload", "council_among_others",
                              "held_words", "more_words", "changes_regions_years", "unseen_forms", "swept_forms",
                              "layout_forms")
NON_CASELOAD_PHENOMENA: Final = ("per_other_unit", "worker_counts", "other_averages", "shares_and_years", "adults",
                                 "council_figures_of_other_measures", "unseen_negatives", "swept_negatives")

#: A national or regional average's name before "average".
_NATIONAL: Final = ("national", "England", "English", "regional", "London")
#: What sets a council's caseload beside the national one.
_AGAINST: Final = ("above", "below", "compared with", "against", "higher than", "lower than")
#: A link between "caseloads" and their figure, with a word of time or hedging.
_LINKS: Final = ("are", "were", "had been", "remain", "had hit", "peaked at", "have come down to", "have been cut to", "have gone down to",
                 "had decreased to", "have risen to", "have gone up to", "are down to", "are back down to")
_BOUNDS: Final[tuple[tuple[str, Qualifier | None], ...]] = (
    ("above", "more_than"), ("over", "more_than"), ("well over", "more_than"), ("below", "less_than"),
    ("under", "less_than"), ("exceeding", None), ("in excess of", None))
_ADVERBS: Final = ("", "now ", "currently ", "still ", "typically ", "generally ", "usually ")
_PER: Final = ("", " per social worker", " per worker", " per practitioner", " per children's social worker")
_HELD_NOUNS: Final = ("cases", "children", "families")
_WORKERS: Final = ("social worker", "worker", "practitioner", "children's social worker", "qualified social worker")
#: A table's caseload column, and the statistic its name gives.
_COLUMNS: Final[tuple[tuple[str, Statistic | None], ...]] = (
    ("Average caseload", "average"), ("Mean caseload per social worker", "average"), ("Cases per social worker", "average"),
    ("Average number of cases", "average"), ("Caseload", None), ("Number of children per worker", "average"),
    ("Avg caseload", "average"), ("Average no. of cases", "average"), ("Average case load", "average"))
_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
_SPEAKERS: Final = ("said a social worker in {a}", "one practitioner in {a} said", "a {a} social worker told us")


def _key(a: str | None, n: float, statistic: Statistic | None = None, qualifier: Qualifier | None = None) -> CaseloadKey:
    return (a, float(n), statistic, qualifier)


@st.composite
def caseload_forms(draw: st.DrawFn) -> Generated:
    """A sentence or two stating caseloads in one of ``CASELOAD_PHENOMENA``'s forms,
    with every caseload it states as ``(authority, value, statistic, qualifier)``."""
    a = draw(authority_names())
    n = draw(st.integers(6, 60))
    m = draw(st.integers(50, 300).filter(lambda x: x != n * 10)) / 10
    phenomenon = draw(st.sampled_from(CASELOAD_PHENOMENA))
    if phenomenon == "national_beside_council":
        national = draw(st.sampled_from(_NATIONAL))
        return draw(st.sampled_from([
            Generated(f"{a}'s average caseload is {n}, {draw(st.sampled_from(_AGAINST))} the {national} average of {m}.",
                      caseloads=frozenset({_key(a, n, "average"), _key(None, m, "average")})),
            Generated(f"The {national} average caseload was {m}. In {a}, the average caseload was {n}.",
                      caseloads=frozenset({_key(None, m, "average"), _key(a, n, "average")})),
            Generated(f"Social workers in {a} have an average caseload of {n}, while the {national} average is {m}.",
                      caseloads=frozenset({_key(a, n, "average"), _key(None, m, "average")})),
            Generated(f"Caseloads in {a} ({n}) are above the {national} average ({m}).",
                      caseloads=frozenset({_key(a, n), _key(None, m, "average")})),
        ]))
    if phenomenon == "hedged_link":
        link, adverb, per = draw(st.sampled_from(_LINKS)), draw(st.sampled_from(_ADVERBS)), draw(st.sampled_from(_PER))
        if draw(st.booleans()):
            average = draw(st.sampled_from(["", "average "]))
            statistic: Statistic | None = "average" if average or per else None  # a rate per worker is a mean
            place = draw(st.sampled_from([("Average caseloads" if average else "Caseloads") + f" in {a}",
                                          f"{a}'s {average}caseloads"]))
            return Generated(f"{place} {link} {adverb}{n}{per}.", caseloads=frozenset({_key(a, n, statistic)}))
        if draw(st.booleans()):  # how caseloads are, before their figure: "are manageable, at 18"
            state = draw(st.sampled_from(["manageable, at", "high, typically", "reasonable, at around", "too high, at"]))
            low = n - draw(st.integers(1, 5))
            return draw(st.sampled_from([
                Generated(f"Caseloads in {a} are {state} {n}.",
                          caseloads=frozenset({_key(a, n, None, "about" if "around" in state else None)})),
                Generated(f"Caseloads in {a} are manageable (between {low} and {n} children).",
                          caseloads=frozenset({_key(a, low), _key(a, n)})),
                Generated(f"Social workers in {a} have manageable caseloads, typically {low} to {n} children.",
                          caseloads=frozenset({_key(a, low), _key(a, n)})),
                Generated(f"Newly qualified social workers in {a} have protected caseloads, capped at {n} children.",
                          caseloads=frozenset({_key(a, n)})),
            ]))
        if draw(st.booleans()):  # a bound with no link: "caseloads above 30", "caseloads exceeding 30"
            bound, qualifier = draw(st.sampled_from(_BOUNDS))
            return Generated(f"In {a}, caseloads {bound} {n} were found.", caseloads=frozenset({_key(a, n, None, qualifier)}))
        low = draw(st.integers(5, n - 1))
        return Generated(f"In {a}, caseloads are {adverb}{low}-{n}{per}.", caseloads=frozenset({_key(a, low), _key(a, n)}))
    if phenomenon == "per_worker":
        noun, worker = draw(st.sampled_from(_HELD_NOUNS)), draw(st.sampled_from(_WORKERS))
        return draw(st.sampled_from([
            # a rate per worker is a mean, "average" said or not
            Generated(f"{a} has {n} {noun} per {worker}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"In {a}, the average number of {noun} per {worker} is {n}.",
                      caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"The number of {noun} per {worker} in {a} has fallen to {n}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"In {a}, {noun} per {worker} stood at {n}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"In {a}, average {noun} per {worker} stood at {n}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"There are now about {n} {noun} per {worker} in {a}.",
                      caseloads=frozenset({_key(a, n, "average", "about")})),
            Generated(f"In {a}, there is one {worker} for every {n} {noun}.", caseloads=frozenset({_key(a, n)})),
        ]))
    if phenomenon == "in_words":
        words = spelled(n)
        q, qualifier, statistic = draw(st.sampled_from(HELD_QUALIFIERS))
        verb = draw(st.sampled_from(["hold", "carry", "have", "are responsible for"]))
        return draw(st.sampled_from([
            Generated(f"Social workers in {a} {verb} {q}{words} cases each.",
                      caseloads=frozenset({_key(a, n, None if qualifier == "more_than" else statistic, qualifier)})),
            Generated(f"Some social workers in {a} {verb} as many as {words} cases.",
                      caseloads=frozenset({_key(a, n, "maximum", "up_to")})),
            Generated(f"The average caseload in {a} is {words}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"Social workers in {a} had between {spelled(n - 4)} and {words} cases.",
                      caseloads=frozenset({_key(a, n - 4), _key(a, n)})),
            Generated(f"Social workers in {a} {verb} {spelled(n - 4)} to {words} cases each.",
                      caseloads=frozenset({_key(a, n - 4), _key(a, n)})),
        ]))
    if phenomenon in ("referring_back", "compared_with", "council_figures"):
        return draw(_beside_others(a, n, m, phenomenon))
    if phenomenon == "told_early":
        headline, body, key = draw(st.sampled_from([
            (f"Social workers holding up to {n} cases", f"Social workers in {a} were holding up to {n} cases each.",
             _key(a, n, "maximum", "up_to")),
            (f"Caseloads of up to {n} found at 'inadequate' council", f"Inspectors found caseloads of up to {n} in {a}.",
             _key(a, n, "maximum", "up_to")),
            (f"Average caseload reaches {n}", f"The average caseload in {a} has reached {n}.", _key(a, n, "average")),
        ]))
        return draw(st.sampled_from([
            Generated(f"{headline}\n\n{a} Council was inspected in May.\n\n{body}", caseloads=frozenset({key})),
            Generated(f"Average caseload across England rises to {m}\n\n{a} Council was inspected in May.\n\n{body}",
                      caseloads=frozenset({key, _key(None, m, "average")})),
        ]))
    if phenomenon == "held_words":
        verb = draw(st.sampled_from(["are on", "were on", "were working on", "are each on", "had", "held"]))
        count = draw(st.sampled_from([f"{n}", f"{n}-plus", f"{n}+", f"{n} or more"]))
        kind = draw(st.sampled_from(["", "open ", "active ", "complex ", "child protection "]))
        return draw(st.sampled_from([
            Generated(f"Some social workers in {a} {verb} {count} {kind}cases.", caseloads=frozenset({_key(a, n)})),
            Generated(f"Social workers in {a} with {count} {kind}cases were struggling.", caseloads=frozenset({_key(a, n)})),
            Generated(f"Social workers in {a} had workloads of {n} cases.", caseloads=frozenset({_key(a, n)})),
        ]))
    if phenomenon == "council_among_others":
        lead = f"{a} Council has been rated inadequate by Ofsted.\n\n"
        b = draw(authority_names().filter(lambda x: x != a))
        return draw(st.sampled_from([
            Generated(lead + f"Inspectors found social workers were holding up to {n} cases, which is high compared with "
                      "other authorities.", caseloads=frozenset({_key(a, n, "maximum", "up_to")})),
            Generated(lead + f"Nationally, caseloads average {m}. But in the council's assessment team, workers were "
                      f"holding {n} cases.", caseloads=frozenset({_key(None, m, "average"), _key(a, n)})),
            Generated(f"{a}, which is being supported by {b}, has reduced caseloads to {n}.", caseloads=frozenset({_key(a, n)})),
            Generated(f"{a}'s director, formerly of {b} Council, said caseloads had come down to {n}.",
                      caseloads=frozenset({_key(a, n)})),
            Generated(f"{b}, {a}'s neighbour, has caseloads of {n}.", caseloads=frozenset({_key(b, n)})),
            Generated(f"In 2019 {a} had caseloads of {n}, but in {b} caseloads were {n + 3}.",
                      caseloads=frozenset({_key(a, n), _key(b, n + 3)})),
            Generated(lead + f"Like many councils, {a} struggles to recruit. Social workers have caseloads of up to {n}.",
                      caseloads=frozenset({_key(a, n, "maximum", "up_to")})),
            Generated(lead + f"Caseloads vary widely between councils. Some social workers have as many as {n} cases.",
                      caseloads=frozenset({_key(None, n, "maximum", "up_to")})),
        ]))
    if phenomenon == "elided_after_caseload":
        hi = n + draw(st.integers(5, 30))
        tails: list[tuple[str, Qualifier]] = [("up to", "up_to"), ("as high as", "up_to"), ("as many as", "up_to"),
                                              ("more than", "more_than")]
        q, tail_qualifier = draw(st.sampled_from(tails))
        some = draw(st.sampled_from(["a few", "some", "a handful", "others"]))
        tail = draw(st.sampled_from([f"with {some} {q} {hi}", f"{some} {q} {hi}", f"and {some} were {q} {hi}",
                                     f"with {some} having {q} {hi}"]))
        return draw(st.sampled_from([
            Generated(f"In {a}, caseloads were around {n}, {tail}.",
                      caseloads=frozenset({_key(a, n, None, "about"), _key(a, hi, "maximum", tail_qualifier)})),
            Generated(f"Social workers in {a} had caseloads of {n}, {tail}, inspectors said.",
                      caseloads=frozenset({_key(a, n), _key(a, hi, "maximum", tail_qualifier)})),
            Generated(f"{a}'s caseloads averaged {hi} in 2017 but have since dropped to {n}.",
                      caseloads=frozenset({_key(a, hi, "average"), _key(a, n, "average")})),
        ]))
    if phenomenon == "holder_elsewhere":
        return draw(_holder_elsewhere(a, n))
    if phenomenon == "unseen_forms":
        return draw(unseen_caseload_forms(a, n, m))
    if phenomenon == "swept_forms":
        return draw(swept_caseload_forms(a, n))
    if phenomenon == "layout_forms":
        return draw(layout_caseload_forms(a, n))
    if phenomenon in ("more_words", "changes_regions_years"):
        return draw(more_caseload_words(a, n, m) if phenomenon == "more_words" else changes_regions_years(a, n, m))
    if phenomenon == "caseloads_as_object":
        old = draw(st.integers(6, 60).filter(lambda x: x != n))
        average = draw(st.sampled_from(["", "average "]))
        verb = draw(st.sampled_from(["has cut", "has reduced", "cut", "reduced", "has brought down", "has lowered"]))
        stat: Statistic | None = "average" if average else None
        choices: list[tuple[str, str, Qualifier | None]] = [
            (f"{old}", f"{n}", None), (f"{old} cases", f"{n}", None), (f"a high of {old}", f"around {n}", "about"),
            (f"{old} cases in 2017", f"{n} in 2021", None)]
        ends = draw(st.sampled_from(choices))
        return draw(st.sampled_from([
            Generated(f"{a} {verb} {average}caseloads from {ends[0]} to {ends[1]}.",
                      caseloads=frozenset({_key(a, old, stat), _key(a, n, stat, ends[2])})),
            Generated(f"{a}'s {average}caseloads have fallen from {ends[0]} to {ends[1]}.",
                      caseloads=frozenset({_key(a, old, stat), _key(a, n, stat, ends[2])})),
            Generated(f"Figures show social workers in {a} went from {old} cases in 2017 to {n} cases in 2021.",
                      caseloads=frozenset({_key(a, old), _key(a, n)})),
        ]))
    opening, closing = draw(st.sampled_from(_MARKS))
    speaker = draw(st.sampled_from(_SPEAKERS)).format(a=a)
    verb = draw(st.sampled_from(["I was holding", "I had", "We were carrying", "I'm responsible for", "We each have",
                                 "I've got", "I have got"]))
    return Generated(f"{opening}{verb} {n} cases,{closing} {speaker}.", caseloads=frozenset({_key(a, n)}))


@st.composite
def _holder_elsewhere(draw: st.DrawFn, a: str, n: int) -> Generated:
    """Held caseloads whose holder or noun the sentence leaves to another."""
    pronoun = draw(st.sampled_from(["She", "He"]))
    verb = draw(st.sampled_from(["was carrying", "was holding", "had", "was responsible for", "was allocated", "was given"]))
    low = n - draw(st.integers(1, 5))
    some = draw(st.sampled_from(["A few", "Some", "Others", "Many"]))
    return draw(st.sampled_from([
        Generated(f"We spoke to a social worker in {a}. {pronoun} {verb} {n} cases.", caseloads=frozenset({_key(a, n)})),
        Generated(f"A practitioner in {a} described her week. {pronoun} said {pronoun.lower()} {verb} {n} children each.",
                  caseloads=frozenset({_key(a, n)})),
        Generated(f"Social workers in {a} described high caseloads. {some} had {low}-{n}.",
                  caseloads=frozenset({_key(a, low), _key(a, n)})),
        Generated(f"Caseloads in {a} were high. {some} social workers had {n}.", caseloads=frozenset({_key(a, n)})),
        Generated(f"Newly qualified social workers in {a} were {draw(st.sampled_from(['allocated', 'given', 'assigned']))} {n} cases.",
                  caseloads=frozenset({_key(a, n)})),
    ]))


@st.composite
def _beside_others(draw: st.DrawFn, a: str, n: int, m: float, phenomenon: str) -> Generated:
    """Caseloads told of a word referring back, set beside another figure, or listed
    after their councils."""
    if phenomenon == "referring_back":
        national = draw(st.sampled_from(_NATIONAL))
        return draw(st.sampled_from([
            Generated(f"The {national} average caseload was {m}, but in {a} it was {n}.",
                      caseloads=frozenset({_key(None, m, "average"), _key(a, n, "average")})),
            Generated(f"{a} has published its average caseload. It is now {n}.", caseloads=frozenset({_key(a, n, "average")})),
            Generated(f"The {national} average caseload was {m}. {a}'s was {n}.",
                      caseloads=frozenset({_key(None, m, "average"), _key(a, n, "average")})),
            Generated(f"Caseloads in {a} have fallen. They now stand at {n}.", caseloads=frozenset({_key(a, n)})),
        ]))
    if phenomenon == "compared_with":
        against = draw(st.sampled_from(["compared with", "compared to", "against"]))
        return draw(st.sampled_from([
            Generated(f"Social workers in {a} held {n} cases on average, {against} {m} across England.",
                      caseloads=frozenset({_key(a, n, "average"), _key(None, m, "average")})),
            Generated(f"The average caseload in {a} was {n} in 2017, {m} in 2018 and {n + 2.5} in 2019.",
                      caseloads=frozenset({_key(a, n, "average"), _key(a, m, "average"), _key(a, n + 2.5, "average")})),
            Generated(f"{a}'s caseloads stood at {n} last year, {against} {m} the year before.",
                      caseloads=frozenset({_key(a, n), _key(a, m)})),
            Generated(f"The average caseload in {a} was {n} ({against} {m} nationally).",
                      caseloads=frozenset({_key(a, n, "average"), _key(None, m, "average")})),
        ]))
    b, c = draw(st.lists(authority_names().filter(lambda x: x != a), min_size=2, max_size=2, unique=True))
    v = sorted({float(n), m, round(m + 0.7, 1), round(m + 1.3, 1)}, reverse=True)[:3]
    keys = frozenset({_key(a, v[0], "average"), _key(b, v[1], "average")})
    line = draw(st.sampled_from(["{}: {}", "{} - {}", "{}, {}", "{} ({})", "- {}: {} cases"]))
    sep = draw(st.sampled_from(["\t", " | "]))
    column, statistic = draw(st.sampled_from(_COLUMNS))
    extreme = draw(st.sampled_from(["highest", "lowest"]))
    return draw(st.sampled_from([
        Generated(f"{a} ({v[0]}), {b} ({v[1]}) and {c} ({v[2]}) had the {extreme} average caseloads.",
                  caseloads=keys | {_key(c, v[2], "average")}),
        Generated(f"The {extreme} average caseloads were in {a} ({v[0]}) and {b} ({v[1]}).", caseloads=keys),
        Generated(f"{a} had the {extreme} average caseload, at {v[0]}, followed by {b} at {v[1]}.", caseloads=keys),
        Generated(f"In {a}, the average caseload was {v[0]}, and in {b} {v[1]}.", caseloads=keys),
        Generated(f"Average caseloads {draw(st.sampled_from(['ranged', 'varied widely,']))} from {v[1]} ({b}) to {v[0]} ({a}).",
                  caseloads=keys),
        Generated(f"Average caseloads ranged from a low of {v[1]} in {b} to a high of {v[0]} in {a}.", caseloads=keys),
        # a council's figure is its average, "average" said or not
        Generated(f"Caseloads {draw(st.sampled_from(['varied', 'ranged']))} from {v[1]} in {b} to {v[0]} in {a}.", caseloads=keys),
        Generated(f"Caseloads ranged from {v[1]} in one team to {v[0]} in another in {a}.",
                  caseloads=frozenset({_key(a, v[1]), _key(a, v[0])})),
        Generated(f"The {extreme} average caseloads were in {a}, at {v[0]}, and {b}, at {v[1]}.", caseloads=keys),
        Generated(f"Councils with the {extreme} average caseloads:\n\n" + "\n".join(
            line.format(name, value) for name, value in ((a, v[0]), (b, v[1]))), caseloads=keys),
        Generated(f"Council{sep}{column}\n{a}{sep}{v[0]}\n{b}{sep}{v[1]}",
                  caseloads=frozenset({_key(a, v[0], statistic), _key(b, v[1], statistic)})),
        Generated(f"Rank{sep}Council{sep}{column}\n1{sep}{a}{sep}{v[0]}\n2{sep}{b}{sep}{v[1]}",
                  caseloads=frozenset({_key(a, v[0], statistic), _key(b, v[1], statistic)})),
        Generated(f"Region{sep}{column}\nNorth East{sep}{v[0]}\nLondon{sep}{v[1]}\nEngland{sep}{v[2]}",
                  caseloads=frozenset({_key(None, v[0], statistic), _key(None, v[1], statistic), _key(None, v[2], statistic)})),
        Generated(f"The {extreme} average caseloads\n1. {a} - {v[0]}\n2. {b} - {v[1]}\n3. {c} - {v[2]}",
                  caseloads=keys | {_key(c, v[2], "average")}),
    ]))


@st.composite
def non_caseload_forms(draw: st.DrawFn) -> Generated:
    """Numbers beside caseload words, or beside cases and workers, that are no caseload
    (``NON_CASELOAD_PHENOMENA``): cases per team or per month, counts of workers, other
    averages, shares and years, adults' services."""
    a = draw(authority_names())
    n = draw(st.integers(6, 60))
    year = draw(st.integers(2010, 2023))
    phenomenon = draw(st.sampled_from(NON_CASELOAD_PHENOMENA))
    if phenomenon == "unseen_negatives":
        return draw(unseen_non_caseloads(a, n, year))
    if phenomenon == "swept_negatives":
        return draw(swept_non_caseloads(a, n))
    if phenomenon == "per_other_unit":
        unit = draw(st.sampled_from(["team", "month", "year", "day", "week", "school", "10,000 children", "head of population"]))
        return Generated(draw(st.sampled_from([f"{a} had {n} cases per {unit}.", f"In {a}, there were {n} children per {unit}.",
                                               f"The number of cases per {unit} in {a} has fallen to {n}."])))
    if phenomenon == "worker_counts":
        return Generated(draw(st.sampled_from([
            f"The number of social workers in {a} has fallen to {n}.", f"{a} now has {spelled(n)} social workers.",
            f"Caseloads in {a} are high, and the council now employs {n} social workers.",
            f"{a} had {n * 10} social workers with {n} cases unallocated.",
            f"Caseloads are high. {a}'s staff with {n} years' experience left.", f"{a} had workloads of {n} hours a week.",
                        f"Caseloads in {a} are high, {n} staff have left.", f"Caseloads in {a} are too high and {n} staff have left.",
            f'"We had {n} referrals," said a social worker in {a}.',
            f"Caseloads in {a} were discussed. Some teams had {n}.", f"Caseloads in {a} were high. The council had {n}.",
            f"A social worker in {a} left. She had {n} years of experience.",
            f"Staff in {a} are supporting {n} children in care.",
            f"Concerns over caseload levels were found at {n} councils, including {a}."])))
    if phenomenon == "other_averages":
        return Generated(draw(st.sampled_from([
            f"The national average age of social workers in {a} is {n} years.",
            f"Caseloads in {a} are high. The average stay is now {n} days.",
            f"Caseloads in {a} are high and the average social worker stays {n} months.",
            # an average of something else than cases, a decimal share after "averaged"
            f"Caseloads in {a} are high. Each team manager supervises an average of {n}.2 social workers.",
            f"Caseloads in {a} are high. Sickness absence averaged {n}.6% of working days."])))
    if phenomenon == "shares_and_years":
        return Generated(draw(st.sampled_from([
            f"Caseloads in {a} are now {n} per cent lower.", f"Caseloads in {a} have come down to {year} levels.",
            f"In {a}, caseloads are now {n}% below {year}.", f"In {a}, caseloads have risen by {n} this year."])))
    if phenomenon == "council_figures_of_other_measures":
        b = draw(authority_names().filter(lambda x: x != a))
        return Generated(draw(st.sampled_from([
            f"{a} ({n}%) and {b} ({n + 1}%) had the highest vacancy rates.",
            f"{a} ({n}) and {b} ({n + 1}) had the most inspections.",
            f"Caseloads were high in {a} ({year}) and {b} ({year + 1}).",
            f"Caseloads are high. {a} had the highest vacancy rate, at {n}, followed by {b} at {n + 1}.",
            f"Caseloads are high.\n\nHighest vacancy rates:\n\n{a}: {n}\n{b}: {n + 1}",
            f"Councils with the most caseworkers:\n{a} - {n}\n{b} - {n + 1}",
            f"Council\tNumber of cases\tSocial workers\n{a}\t{n * 20}\t{n}\n{b}\t{n * 21}\t{n + 1}",
            f"Caseloads are high in {a}.\n\nVacancy rate\n{year}: {n}\n{year + 1}: {n + 1}\n\nSource: workforce census.",
        ])))
    return Generated(draw(st.sampled_from([
        f"There are now {n} cases per social worker in adult services in {a}.",
        f"Caseloads in adult social care in {a} are now {n}.",
    ])))
