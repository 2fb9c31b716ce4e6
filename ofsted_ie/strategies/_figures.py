"""Sentences that state workforce percentages or caseloads, and numbers that are neither."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Measure, Qualifier, Statistic
from ._base import Generated, authority_names

_ONES: Final = "one two three four five six seven eight nine".split()
_TEENS: Final = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS: Final = "twenty thirty forty fifty sixty seventy eighty ninety".split()
QUALIFIERS: Final[dict[str, Qualifier]] = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "less than": "less_than",
    "under": "less_than", "below": "less_than", "fewer than": "less_than", "about": "about", "around": "about",
    "approximately": "about", "nearly": "almost", "almost": "almost", "at least": "at_least", "up to": "up_to",
}
#: Measure, phrase naming it, and a frame "{figure}" goes into.
MEASURE_FRAMES: Final[tuple[tuple[Measure, str], ...]] = (
    ("vacancy_rate", "The vacancy rate for social workers in {a} was {f}."),
    ("vacancy_rate", "In {a}, {f} of social work posts were vacant."),
    ("agency_staff", "In {a}, {f} of social workers were agency staff."),
    ("agency_staff", "Locums made up {f} of the workforce in {a}."),
    ("agency_staff", "In {a}, {f} of social work positions are held by contractors."),
    ("agency_staff", "In {a}, {f} of children's social workers were on temporary contracts."),
    ("permanent_staff", "The proportion of permanent social workers in {a} rose to {f}."),
    ("turnover", "Staff turnover in {a} stood at {f}."),
    ("turnover", "The attrition rate among social workers in {a} was {f}."),
    ("turnover", "The leaver rate for social workers in {a} was {f}."),
    ("newly_qualified", "In {a}, {f} of social workers were newly qualified."),
    ("other", "In {a}, {f} of assessments were completed on time."),
    ("other", "In {a}, {f} of the fostering agencies inspected were rated good."),  # providers, not agency staff
    ("other", "Of the adoption agencies in {a}, {f} of those inspected were outstanding."),
    ("vacancy_rate", "In {a}, {f} of social work posts sat empty."),
    ("vacancy_rate", "In {a}, {f} of social work posts were unoccupied."),
    ("agency_staff", "Non-permanent staff made up {f} of the workforce in {a}."),
    ("permanent_staff", "In {a}, {f} of social workers were directly employed."),
    ("turnover", "In {a}, {f} of social workers handed in their notice."),
    ("newly_qualified", "Newly-qualified social workers made up {f} of the workforce in {a}."),
    ("newly_qualified", "In {a}, {f} of social workers were recently qualified."),
    ("other", "In {a}, {f} of care leavers were in education or work."),  # leavers of care, not of posts
)
FRACTIONS: Final[tuple[tuple[str, float], ...]] = (
    ("half", 50.0), ("a third", 33.3), ("two-thirds", 66.7), ("a quarter", 25.0), ("three quarters", 75.0),
    ("one in five", 20.0), ("one in three", 33.3), ("one in every five", 20.0), ("a sixth", 16.7),
)


def spelled(n: int) -> str:
    """An integer from 1 to 100 in words: 25 -> "twenty-five"."""
    if n == 100:
        return "a hundred"
    if n < 10:
        return _ONES[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


@st.composite
def _figure(draw: st.DrawFn) -> tuple[str, float, bool, str]:
    """A percentage as written, its value, whether approximate, and its evidence words."""
    kind = draw(st.sampled_from(["digits", "decimal", "spelled", "fraction", "ratio"]))
    if kind == "fraction":
        words, value = draw(st.sampled_from(FRACTIONS))
        return words, value, True, words
    if kind == "ratio":  # "seven in 10", "one out of twenty"
        den = draw(st.sampled_from([5, 10, 20, 100]))
        num = draw(st.integers(1, den))
        written = [spelled(n) if draw(st.booleans()) else str(n) for n in (num, den)]
        words = f"{written[0]} {draw(st.sampled_from(['in', 'out of']))} {written[1]}"
        return words, round(100 * num / den, 1), True, words
    if kind == "decimal":
        value = draw(st.integers(10, 999)) / 10
        number = f"{value:.1f}"
    else:
        value = float(draw(st.integers(1, 100)))
        number = spelled(int(value)) if kind == "spelled" else str(int(value))
    sign = draw(st.sampled_from([" per cent", " percent", "%", " %"] if kind != "spelled" else [" per cent", " percent"]))
    return f"{number}{sign}", value, False, number


@st.composite
def percentage_sentences(draw: st.DrawFn) -> Generated:
    """A sentence stating a workforce percentage (any form, qualifier, measure keyword
    and authority), or a change "from X in 2015 to Y" (two records)."""
    a = draw(authority_names())
    measure, frame = draw(st.sampled_from(MEASURE_FRAMES))
    fractions_fit = "{f} of" in frame  # "a third of ...", not "stood at a third."
    written, value, _approximate, evidence = draw(_figure().filter(lambda f: fractions_fit or not f[2]))
    qualifier = draw(st.sampled_from([None, *sorted(QUALIFIERS)]))
    if not fractions_fit and draw(st.booleans()):
        year = draw(st.integers(2010, 2016))
        old_written, old_value, _, old_evidence = draw(_figure().filter(lambda f: not f[2] and f[1] != value))
        verb = draw(st.sampled_from(["fell", "rose", "changed"]))
        text = f"The vacancy rate in {a} {verb} from {old_written} in {year} to {written}."
        return Generated(text, percentages=frozenset({
            (a, old_value, None, "vacancy_rate", old_evidence), (a, value, None, "vacancy_rate", evidence)}))
    figure = f"{qualifier} {written}" if qualifier else written
    text = frame.format(a=a, f=figure)
    return Generated(text, percentages=frozenset({(a, value, QUALIFIERS[qualifier] if qualifier else None, measure, evidence)}))


@st.composite
def owned_percentages(draw: st.DrawFn) -> Generated:
    """Two councils' figures in one sentence, the second owned by a possessive after "of"
    ("31% of Kent's social workers were agency staff, as were 25% of Wigan's")."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    v1, v2 = draw(st.lists(st.integers(2, 60), min_size=2, max_size=2, unique=True))
    own = draw(st.sampled_from([f"{a}'s", f"{a} council's"]))
    measure: Measure = draw(st.sampled_from(["agency_staff", "newly_qualified"]))
    what = "were agency staff" if measure == "agency_staff" else "were newly qualified"
    tail = draw(st.sampled_from([f", as were {v2}% of {b}'s.", f", against {v2}% of {b}'s.", f" and {v2}% of {b}'s were too."]))
    text = f"{v1}% of {own} social workers {what}{tail}"
    return Generated(text, percentages=frozenset({(a, float(v1), None, measure, str(v1)), (b, float(v2), None, measure, str(v2))}))


@st.composite
def elided_percentages(draw: st.DrawFn) -> Generated:
    """A second council's figure in a clause that leaves its measure to the first's ("...,
    while Rochdale has 28%", "..., with Bury at 21%", "This compares with a national
    average of 15%", "They now make up 8%" after the measure's noun), or, as negatives, names its own ("while 40% of children ...") or is
    a change in a count ("a rise of 12%"), or a national rate set against a figure of no
    measure ("re-referrals ran at 19%, below the national rate of 22%")."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    v1, v2 = draw(st.lists(st.integers(2, 60), min_size=2, max_size=2, unique=True))
    leads: list[tuple[Measure, str]] = [("vacancy_rate", f"{a} has a {v1}% vacancy rate"),
                                        ("agency_staff", f"{a}'s agency rate was {v1}%"),
                                        ("turnover", f"Staff turnover in {a} stood at {v1}%")]
    measure, lead = draw(st.sampled_from(leads))
    frame = draw(st.integers(0, 4))
    if frame == 0:
        tail = draw(st.sampled_from([f", while {b} has {v2}%.", f", and {b}'s figure is {v2}%.",
                                     f", compared with {b} at {v2}%.", f", with {b} at {v2}%."]))
        return Generated(lead + tail, percentages=frozenset({(a, float(v1), None, measure, str(v1)),
                                                             (b, float(v2), None, measure, str(v2))}))
    if frame == 1:  # the next sentence sets a national figure against it
        link = draw(st.sampled_from(["This compares with", "That compares with", "This compared to"]))
        level = draw(st.sampled_from(["an average across England of {}%", "a national average of {}%", "the national figure of {}%",
                                      "{}% nationally", "{}% across England"]))
        tail = f". {link} {level.format(v2)}."
        return Generated(lead + tail, percentages=frozenset({(a, float(v1), None, measure, str(v1)),
                                                             (None, float(v2), None, measure, str(v2))}))
    if frame == 2 and draw(st.booleans()):  # a change of a count the sentence before states: the count's measure
        noun = {"vacancy_rate": "vacant posts", "agency_staff": "agency workers", "turnover": "leavers"}.get(measure)
        if noun is not None:
            link = draw(st.sampled_from(["This compares with", "That compares with", "This represents"]))
            text = f"{a} had 5,470 {noun} in 2015. {link} 4,320 in 2014, {draw(st.sampled_from(['a rise', 'an increase']))} of {v2}%."
            return Generated(text, percentages=frozenset({(a, float(v2), None, measure, str(v2))}))
    if frame == 2:  # a change in a count set against the lead is no rate of its measure
        tail = f". This compares with 3,610 posts in 2013, {draw(st.sampled_from(['a rise', 'an increase', 'a fall']))} of {v2}%."
        return Generated(lead + tail, percentages=frozenset({(a, float(v1), None, measure, str(v1)),
                                                             (a, float(v2), None, "other", str(v2))}))
    if frame == 4 and draw(st.booleans()):  # the measure's noun in the sentence before, a pronoun its subject
        noun = {"vacancy_rate": "vacant posts", "agency_staff": "agency workers", "turnover": "leavers"}[measure]
        verb = draw(st.sampled_from(["made up", "now make up", "accounted for", "represent"]))
        return Generated(f"{a} has long had many {noun}. They {verb} {v1}% of its social workforce.",
                         percentages=frozenset({(a, float(v1), None, measure, str(v1))}))
    if frame == 3:  # a with-clause after a measure that names no figure of its own
        plural = {"vacancy_rate": "Vacancy rates", "agency_staff": "Agency rates", "turnover": "Turnover rates"}[measure]
        verb = draw(st.sampled_from(["vary across the region", "rose last year", "differ widely"]))
        return Generated(f"{plural} {verb}, with {a} at {v1}% and {b} at {v2}%.",
                         percentages=frozenset({(a, float(v1), None, measure, str(v1)), (b, float(v2), None, measure, str(v2))}))
    if draw(st.booleans()):  # a national rate set against a figure of no measure: none either
        v3 = max(v1, v2) + 1
        tail = f", and re-referrals in {b} ran at {v2}%, below the national rate of {v3}%."
        return Generated(lead + tail, percentages=frozenset({(a, float(v1), None, measure, str(v1)),
                                                             (b, float(v2), None, "other", str(v2)),
                                                             (None, float(v3), None, "other", str(v3))}))
    tail = f", while in {b} {v2}% of children were seen within a week."
    return Generated(lead + tail, percentages=frozenset({(a, float(v1), None, measure, str(v1)),
                                                         (b, float(v2), None, "other", str(v2))}))


@st.composite
def caseload_sentences(draw: st.DrawFn) -> Generated:
    """A sentence stating a caseload: an average, a maximum ("as many as"), a range, a change."""
    a = draw(authority_names())
    n = draw(st.integers(5, 60))
    frame = draw(st.integers(0, 14))
    if frame >= 9:
        return draw(_held_caseloads(a, n, frame))
    if frame == 0:
        return Generated(f"Social workers in {a} are now averaging {n} cases.", caseloads=frozenset({(a, float(n), "average", None)}))
    if frame == 1:
        return Generated(f"{a} reported an average caseload of {n} per social worker.",
                         caseloads=frozenset({(a, float(n), "average", None)}))
    if frame == 2:
        return Generated(f"In {a}, caseloads of up to {n} were found.", caseloads=frozenset({(a, float(n), "maximum", "up_to")}))
    if frame == 3:
        return Generated(f"Some social workers in {a} have as many as {n} cases.",
                         caseloads=frozenset({(a, float(n), "maximum", "up_to")}))
    if frame == 5:
        options: list[tuple[str, Qualifier | None]] = [("", None), ("around ", "about"), ("more than ", "more_than")]
        q, qualifier = draw(st.sampled_from(options))
        return Generated(f"Each social worker in {a} holds {q}{n} cases on average.",
                         caseloads=frozenset({(a, float(n), "average", qualifier)}))
    if frame == 6:
        return Generated(f"Social workers in {a} had caseloads as high as {n}.",
                         caseloads=frozenset({(a, float(n), "maximum", "up_to")}))
    old = draw(st.integers(5, 60).filter(lambda o: o != n))
    if frame == 7:
        low, high = sorted((old, n))
        verb = draw(st.sampled_from(["range from", "ranged from", "varied between", "were between"]))
        joiner = "and" if "between" in verb else "to"
        return Generated(f"Caseloads in {a} {verb} {low} {joiner} {high}.",
                         caseloads=frozenset({(a, float(low), "minimum", None), (a, float(high), "maximum", None)}))
    average = draw(st.sampled_from(["", "average "]))
    statistic: Statistic | None = "average" if average else None
    return Generated(f"In {a}, {average}caseloads have fallen from {old} to {n}.",
                     caseloads=frozenset({(a, float(old), statistic, None), (a, float(n), statistic, None)}))


#: Who holds cases, and verbs of holding (those of children that need "each" marked).
HOLDERS: Final = ("Social workers", "Practitioners", "Caseworkers", "Staff", "Some social workers")
HOLD_VERBS: Final = ("were holding", "carried", "had", "were managing", "were dealing with", "were responsible for",
                     "were looking after", "held", "were juggling")
_WEAK_OF_CHILDREN: Final = ("had", "were looking after")
#: A qualifier before a held figure: its name, and its statistic said of some workers (not "each").
HELD_QUALIFIERS: Final[tuple[tuple[str, Qualifier | None, Statistic | None], ...]] = (
    ("", None, None), ("more than ", "more_than", "maximum"), ("over ", "more_than", "maximum"),
    ("up to ", "up_to", "maximum"), ("as many as ", "up_to", "maximum"), ("fewer than ", "less_than", None),
    ("at least ", "at_least", None), ("around ", "about", None),
)


@st.composite
def _held_caseloads(draw: st.DrawFn, a: str, n: int, frame: int) -> Generated:
    """Workers holding cases ("holding 30-35 cases each, and a few had 50-55"), a change
    told of a word referring back ("these went from 22.4 in 2017 to 15.8"), the earlier
    level after a caseload ("down from 18"), and "caseloads of 20 to 25"."""
    holder = draw(st.sampled_from(HOLDERS))
    verb = draw(st.sampled_from(HOLD_VERBS))
    low = draw(st.integers(5, n - 1)) if n > 5 else None
    if frame == 9:  # one figure, any qualifier, "cases" or "children", with or without "each"
        q, qualifier, statistic = draw(st.sampled_from(HELD_QUALIFIERS))
        noun = draw(st.sampled_from(["cases", "children"]))
        each = draw(st.booleans()) or (noun == "children" and verb in _WEAK_OF_CHILDREN)
        if each and qualifier == "more_than" and not holder.startswith("Some"):
            statistic = None  # "more than 30 each" is said of every worker, not of the highest
        text = f"{holder} in {a} {verb} {q}{n} {noun}{' each' if each else ''}."
        return Generated(text, caseloads=frozenset({(a, float(n), statistic, qualifier)}))
    if frame == 10 and low is not None:  # a range, and an elided figure after it
        written = draw(st.sampled_from([f"{low}-{n}", f"{low} to {n}", f"{low} or {n}", f"between {low} and {n}"]))
        keys: set[tuple[str | None, float, Statistic | None, Qualifier | None]] = {(a, float(low), None, None),
                                                                                    (a, float(n), None, None)}
        tail = draw(st.sampled_from(["", "and a few had", "a handful up to"]))
        high = n + draw(st.integers(5, 20))
        if tail:
            keys.add((a, float(high), "maximum" if "up to" in tail else None, "up_to" if "up to" in tail else None))
        text = f"{holder} in {a} {verb} {written} cases each" + (f", {tail} {high}." if tail else ".")
        return Generated(text, caseloads=frozenset(keys))
    old = draw(st.integers(50, 300).filter(lambda o: o != n * 10)) / 10
    if frame == 11:  # a change of caseloads told of a word referring back to them
        years = sorted(draw(st.lists(st.integers(2010, 2023), min_size=2, max_size=2, unique=True)))
        text = (f"{holder} in {a} hold fewer cases now; figures show these went from {old} in {years[0]} "
                f"to {n} in {years[1]}.")
        return Generated(text, caseloads=frozenset({(a, old, None, None), (a, float(n), None, None)}))
    if frame == 12:  # the earlier levels after an average caseload
        subject = draw(st.sampled_from(["average caseload per social worker", "average social work caseload"]))
        if draw(st.booleans()):
            direction = draw(st.sampled_from(["down from", "up from", "from"]))
            text = f"The {subject} in {a} was {n}, {direction} {old} the year before."
            return Generated(text, caseloads=frozenset({(a, float(n), "average", None), (a, old, "average", None)}))
        older = draw(st.integers(50, 300).filter(lambda o: o / 10 not in (old, n))) / 10
        text = f"The {subject} in {a} was {n}, down from {old} in 2018 and {older} in 2017."
        return Generated(text, caseloads=frozenset({(a, float(n), "average", None), (a, old, "average", None),
                                                    (a, older, "average", None)}))
    if frame == 14 and low is not None:  # an elided extreme; "stand at"; a reversed change
        other = draw(authority_names().filter(lambda b: b != a))
        return draw(st.sampled_from([
            Generated(f"{other} had the highest average caseload at {n}.5, while {a} had the lowest at {low}.",
                      caseloads=frozenset({(other, n + 0.5, "average", None), (a, float(low), "minimum", None)})),
            Generated(f"Caseloads per worker in {a} stand at {n}.", caseloads=frozenset({(a, float(n), "average", None)})),
            Generated(f"In {a}, caseloads had reduced to {low} from {n}.",
                      caseloads=frozenset({(a, float(low), None, None), (a, float(n), None, None)})),
        ]))
    if frame == 13 and draw(st.booleans()):  # "N as an average", after talk of caseloads
        return Generated(f"Caseloads differ. Caseload data show {a} reporting {n} as an average.",
                         caseloads=frozenset({(a, float(n), "average", None)}))
    if low is not None:  # "caseloads of 20 to 25"
        text = f"Social workers in {a} had caseloads of {low} to {n}."
        return Generated(text, caseloads=frozenset({(a, float(low), None, None), (a, float(n), None, None)}))
    return Generated(f"In {a}, some social workers had caseloads of more than {n}.",
                     caseloads=frozenset({(a, float(n), "maximum", "more_than")}))


@st.composite
def figure_distractors(draw: st.DrawFn) -> Generated:
    """Numbers that are no percentage or caseload: prices, years, counts of people,
    cases that are not a caseload (unallocated, a backlog, a service's children, adults'),
    percentage-point changes, a change in the number of workers."""
    a = draw(authority_names())
    n = draw(st.integers(2, 900))
    year = draw(st.integers(2005, 2024))
    return Generated(draw(st.sampled_from([
        f"From £{n} / month",
        f"In {year} {a} employed {n} social workers.",
        f"There were {n} cases where no social worker had been allocated in {a}.",
        f"{a} recruited {n} new social workers in {year}.",
        f"The rate in {a} rose by {n % 20 + 1} percentage points.",
        f"{n} children's services were inspected in {year}.",
        f"In {a}, social workers found {n} cases unallocated.",
        f"Social workers in {a} had a backlog of {n} cases.",
        f"{a} had {n} children in care and {n % 50 + 2} social workers.",
        f"Social workers in adult services in {a} had {n % 60 + 5} cases each.",
        f"Caseloads among practitioners in adult social care ranged from {n % 20 + 5} in {a} to {n % 50 + 30}.",
        f"In {a}, each team had under {n % 20 + 5} cases awaiting allocation.",
        f"Social workers in {a} had {n % 90 + 5} unallocated cases between them.",
        f"Caseloads were discussed. The number of social workers in {a} went from {n} to {n + 7}.",
    ])))



#: ``(authority, value, year)`` of each percentage a dated text states; ``year`` is the
#: year the figure applies to (``None`` when undated).
DatedKey = tuple[str | None, float, str | None]
_MONTHS: Final = ("March", "June", "September", "December")


@st.composite
def dated_percentage_texts(draw: st.DrawFn) -> tuple[str, frozenset[DatedKey]]:
    """A dated article whose figures take a date, or no council, from beyond their own
    words (issue 21, "When" and "Scope"), and its negatives, with what each figure is:

    - the data period an article states once ("Our figures come from the workforce
      census for September 2019"), not a publication date ("data were published in");
      for an article citing data ("figures show"), the date it is taken at ("As of 30
      September 2019, there were ..."), not without the citation;
    - a sentence's opening date, shared by each figure of the sentence, a range's too;
      not across a clause break ("In 2015 it was 20%, but it is now 10%");
    - a list's lead-in ("At 30 September 2019:"), shared by each item under it;
    - a change, dated as its level ("reached 6,100 in 2019, an 8.5% rise on the year
      before"); a change to an undated present level is the present's;
    - figures of a nation, a region or councils in general (no council), a council's
      own rank band (its), and a figure before any council is named (no council)."""
    a = draw(authority_names())
    b = draw(authority_names().filter(lambda n: n != a))
    year = draw(st.integers(2012, 2021))
    now = str(year + 2)
    head = f"Headline\n\nFriday, July 7, {now}\n\n"
    v1, v2, v3 = (draw(st.integers(2, 33)) + 33 * k + draw(st.sampled_from([0.0, 0.5])) for k in range(3))
    month = draw(st.sampled_from(_MONTHS))
    y = str(year)
    frame = draw(st.integers(0, 10))
    if frame == 10:  # data cited, dated only where it is taken ("As of 30 September"): the lede's figure is of then
        cites = draw(st.booleans())
        show = draw(st.sampled_from([", government figures show", ", according to statistics released today",
                                     ", new data reveals"])) if cites else ""
        n = draw(st.integers(1200, 9000))
        lede = draw(st.sampled_from([f"Social work vacancies in England have risen by {v1} per cent in a year{show}.",
                                     f"The number of agency workers has grown by {v1}% over the year{show}."]))
        taken = draw(st.sampled_from([f"As of 30 {month} {y}, there were {n:,} vacancies.",
                                      f"There were {n:,} agency workers as at {month} {y}."]))
        return head + f"{lede}\n\n{taken}", frozenset({(None, v1, y if cites else now)})
    if frame == 0:
        source = draw(st.sampled_from([
            f"Our figures come from the workforce census for {month} {y}.", f"The figures relate to {month} {y}.",
            f"These data cover the year to {month} {y}.", f"All figures are for {month} {y}."]))
        return head + f"{source}\n\nIn {a}, the agency rate was {v1}%.", frozenset({(a, v1, y)})
    if frame == 1:  # a publication date is no data period
        return (head + f"The council's data were published in {month} {y}.\n\nIn {a}, the agency rate was {v1}%.",
                frozenset({(a, v1, now)}))
    if frame == 2:
        opening = draw(st.sampled_from([f"At the end of {month} {y}", f"As of {month} {y}", f"In {y}"]))
        low, high = sorted((v2, v3))
        return (head + f"{opening} the mean agency share stood at {v1}%, with councils between {low}% and {high}%.",
                frozenset({(None, v1, y), (None, low, y), (None, high, y)}))
    if frame == 3:  # no opening date across a clause break
        return (head + f"In {y}, the vacancy rate in {a} was {v1}%, but it is now {v2}%.",
                frozenset({(a, v1, y), (a, v2, now)}))
    if frame == 4:
        lead = draw(st.sampled_from([f"At 30 {month} {y}:", f"Agency rates at the end of {month} {y}:"]))
        return head + f"{lead}\n\n- {a}: {v1}%\n- {b}: {v2}%", frozenset({(a, v1, y), (b, v2, y)})
    if frame == 5:
        n, base = draw(st.integers(1200, 9000)), draw(st.integers(1000, 1199))
        change = draw(st.sampled_from([f"an {v1}% rise on the year before", f"a rise of {v1} per cent",
                                       f"up {v1}% on the previous year"]))
        text = draw(st.sampled_from([f"The number of social workers in {a} reached {n:,} in {y}, {change}.",
                                     f"Social workers in {a} rose from {base:,} in {year - 1} to {n:,} in {y}, {change}."]))
        return head + text, frozenset({(a, v1, y)})
    if frame == 6:  # a change to a present level is the present's
        return (head + f"Caseloads in {a} fell from an average of 20 in {month} {y} to 14 now - a reduction of {v1} per cent.",
                frozenset({(a, v1, now)}))
    if frame == 7:
        return (head + f"{a} Council and {b} Council were inspected in May.\n\nEngland relies on agency staff at an {v1}% rate, "
                f"against {v2}% in Wales and {v3}% in London.", frozenset({(None, v1, now), (None, v2, now), (None, v3, now)}))
    if frame == 8:
        rank = draw(st.sampled_from(["best", "worst", "top"]))
        band = draw(st.sampled_from([f"{b}'s services now rank among the {rank} {v1} per cent of councils nationally.",
                                     f"{b} was rated good. That puts the service amongst the {rank} {v1} per cent of "
                                     "councils in England."]))
        return (head + f"{a} Council and {b} Council were inspected in May.\n\nTwo thirds of all children's services "
                f"departments have improved their grade. {band}", frozenset({(None, 66.7, now), (b, v1, now)}))
    return (head + f"Nearly {v1}% of social work posts are vacant.\n\n{a} Council was inspected in {month} {y}.",
            frozenset({(None, v1, now)}))


#: A share's lead words naming one measure, and the nouns of another measure its relative
#: clause may name ("the percentage of agency social workers who were filling vacant posts").
_HEADS: Final[tuple[tuple[Measure, str, str], ...]] = (
    ("agency_staff", "agency social workers", "who were filling vacant posts"),
    ("agency_staff", "locum practitioners", "who had left permanent roles"),
    ("newly_qualified", "newly qualified social workers", "who were agency staff"),
    ("permanent_staff", "permanent staff", "who were covering vacancies"),
)
_LEADS: Final[tuple[tuple[Measure, str], ...]] = (
    ("agency_staff", "the mean agency share"), ("vacancy_rate", "the average vacancy rate"),
    ("turnover", "the turnover rate"))
_HEADINGS: Final[tuple[tuple[Measure, str], ...]] = (
    ("vacancy_rate", "Vacancy rates"), ("agency_staff", "Agency staff as a share of the workforce"),
    ("turnover", "Turnover rates"))


@st.composite
def measured_shares(draw: st.DrawFn) -> Generated:
    """Shares whose measure is not the nearest keyword's (issue 21): the head of the noun
    phrase ("the percentage of agency social workers who were filling vacant posts"), a
    range's lead ("the mean agency share stood at 9.5%, with councils between 2% and 40%"),
    a list's heading ("Vacancy rates in March 2022" above "Bolton Council: 9.3%"); a word
    fraction with its figure in brackets after its noun (one record); a national or
    regional figure beside a council's (no council's); and, as negatives, adult social
    care's shares, a share of a rate or a difference from it ("40% higher than the England
    average"), a part of a year ("in the second half of 2020")."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    v1, v2, v3 = (float(v) for v in draw(st.lists(st.integers(2, 60), min_size=3, max_size=3, unique=True)))
    frame = draw(st.integers(0, 6))
    if frame == 6:  # a share of a rate or a difference from it is no level; a part of a year is no share
        if draw(st.booleans()):
            how = draw(st.sampled_from(["{}% higher than the England average", "{} per cent above the national rate",
                                        "{}% lower than the regional figure"]))
            return Generated(f"{a}'s vacancy rate in 2020 was {how.format(int(v1))}.")
        part = draw(st.sampled_from(["the first half of 2020", "the second half of last year", "a quarter of the year"]))
        return Generated(f"Staff turnover in {a} was {v1}% in {part}.",
                         percentages=frozenset({(a, v1, None, "turnover", f"{v1}%")}))
    if frame == 5:  # a national or regional figure beside a council's: no council's, the lead's measure
        leads: list[tuple[Measure, str]] = [("vacancy_rate", "vacancy rate"), ("agency_staff", "agency rate"),
                                            ("turnover", "turnover rate")]
        measure, lead = draw(st.sampled_from(leads))
        against = draw(st.sampled_from(["compares with a national rate of {}%", "was above the national figure of {}%",
                                        ", while the average for England was {}%", ", while nationally it was {}%",
                                        "was higher than the regional average of {}%", ", compared with {}% across the country",
                                        "was double the {}% national rate"]))
        if draw(st.booleans()):  # a national source leading a sentence that names no council
            return Generated(f"{a} Council has struggled to recruit.\n\nDfE figures show {v2}% of children's social "
                             "workers left in 2021.", percentages=frozenset({(None, v2, None, "turnover", f"{v2}%")}))
        tail = against.format(v2)
        return Generated(f"{a}'s {lead} of {v1}%{'' if tail.startswith(',') else ' '}{tail}.",
                         percentages=frozenset({(a, v1, None, measure, f"{v1}%"), (None, v2, None, measure, f"{v2}%")}))
    if frame == 0:
        measure, head, clause = draw(st.sampled_from(_HEADS))
        noun = draw(st.sampled_from(["percentage", "proportion", "share"]))
        return Generated(f"The {noun} of {head} {clause} in {a} fell from {v1}% to {v2}%.",
                         percentages=frozenset({(a, v1, None, measure, f"{v1}%"), (a, v2, None, measure, f"{v2}%")}))
    if frame == 1:
        measure, lead = draw(st.sampled_from(_LEADS))
        low, high = sorted((v2, v3))
        return Generated(f"At the end of March 2020 {lead} stood at {v1}%, with councils between {low}% and {high}%.",
                         percentages=frozenset({(None, v, None, measure, f"{v}%") for v in (v1, low, high)}))
    if frame == 2:
        measure, heading = draw(st.sampled_from(_HEADINGS))
        bullet = draw(st.sampled_from(["  \u2022 ", "- ", ""]))
        return Generated(f"Councils say recruiting is hard.\n\n{heading} in March 2022\n\n{bullet}{a} Council: {v1}%\n"
                         f"{bullet}{b} Council: {v2}%\n\nThe councils said more.",
                         percentages=frozenset({(a, v1, None, measure, f"{v1}%"), (b, v2, None, measure, f"{v2}%")}))
    if frame == 3:
        words, _ = draw(st.sampled_from([("More than half", 50.0), ("Over two-thirds", 66.7), ("Nearly three-quarters", 75.0)]))
        qualifier = QUALIFIERS[words.split()[0].lower().replace("more", "more than")]
        count = int(v1) + 40
        return Generated(f"{words} of the {count} councils inspected ({v3}%) were rated good.",
                         percentages=frozenset({(None, v3, qualifier, "other", f"({v3}%)")}))
    return Generated(draw(st.sampled_from([f"The vacancy rate in adult social care in {a} fell to {v1}%.",
                                           f"In {a}, {v1}% of adult social workers were agency staff.",
                                           f"{a}'s agency rate in adult services was {v1}%."])))
