"""Hypothesis strategies that generate text with known records, for property tests.

The test suite uses them to check that rules recover what was generated; use them
the same way to test rules you add. Each strategy draws a ``Generated``: the text
and the record keys a careful reader would extract from it.

Requires ``hypothesis`` (the ``test`` extra)::

    from hypothesis import given
    from ofsted_ie import extract
    from ofsted_ie.strategies import rating_sentences

    @given(rating_sentences())
    def test_ratings(case):
        doc = extract(case.text)
        assert {(r.authority, r.grade, r.judgement, r.current) for r in doc.ratings} == case.ratings
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
from hypothesis import strategies as st

from ._vocab import MONTHS
from .gazetteer import load_gazetteer
from .records import Grade, Judgement, Measure, Qualifier, Source, Statistic

__all__ = [
    "FILLER",
    "Generated",
    "QUOTE_STYLES",
    "articles",
    "authority_names",
    "caseload_sentences",
    "figure_distractors",
    "non_rating_sentences",
    "percentage_sentences",
    "quote_paragraphs",
    "quote_styles",
    "rating_sentences",
    "report_headers",
]

RatingKey = tuple[str, Grade, Judgement, bool]
#: ``(authority, value, qualifier, measure, evidence)``: the evidence is the number or
#: words the value was read from, which the record's span must contain.
PercentageKey = tuple[str | None, float, Qualifier | None, Measure, str]
#: ``(authority, value, statistic, qualifier)``.
CaseloadKey = tuple[str | None, float, Statistic | None, Qualifier | None]
#: ``(text, speaker, source)``.
QuoteKey = tuple[str, str | None, Source | None]


@attrs.frozen
class Generated:
    """A generated text and the records it states, as keys."""

    text: str
    #: ``(authority, grade, judgement, current)`` for each rating stated.
    ratings: frozenset[RatingKey] = frozenset()
    percentages: frozenset[PercentageKey] = frozenset()
    caseloads: frozenset[CaseloadKey] = frozenset()
    quotes: frozenset[QuoteKey] = frozenset()
    #: The publication date the text states (ISO), for whole articles.
    published: str | None = None


#: Opening and closing marks a grade may stand in: none, straight, curly, mixed.
QUOTE_STYLES: Final = (("", ""), ('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u2018", "'"))

#: How each grade is written.
GRADE_FORMS: Final[dict[Grade, tuple[str, ...]]] = {
    "outstanding": ("outstanding", "Outstanding"),
    "good": ("good", "Good"),
    "requires_improvement": ("requires improvement", "requires improvement to be good", "Requires Improvement"),
    "inadequate": ("inadequate", "Inadequate"),
    "adequate": ("adequate",),
}
#: How each sub-judgement is written after "for".
JUDGEMENT_FORMS: Final[dict[Judgement, tuple[str, ...]]] = {
    "help_and_protection": ("child protection", "children who need help and protection"),
    "children_in_care": ("looked-after children", "children in care"),
    "care_leavers": ("care leavers",),
    "adoption": ("adoption",),
    "leadership": ("leadership, management and governance", "leadership"),
}
_MONTHS: Final = list(MONTHS)


@functools.cache
def _names() -> tuple[str, ...]:
    """Current authorities whose canonical name alone is recognised as itself."""
    gazetteer = load_gazetteer()
    out = []
    for entry in gazetteer.entries:
        if entry.active_to is not None:
            continue
        found = gazetteer.find(f"Officials in {entry.name} said so.")
        if [m.name for m in found] == [entry.name]:
            out.append(entry.name)
    return tuple(sorted(set(out)))


def authority_names() -> st.SearchStrategy[str]:
    """Canonical names of current authorities ("West Berkshire", "Kingston upon Hull")."""
    return st.sampled_from(_names())


def quote_styles() -> st.SearchStrategy[tuple[str, str]]:
    """An opening and closing mark pair (possibly empty)."""
    return st.sampled_from(QUOTE_STYLES)


@st.composite
def _grade(draw: st.DrawFn, grades: tuple[Grade, ...] = ("outstanding", "good", "requires_improvement", "inadequate")) -> tuple[Grade, str]:
    grade = draw(st.sampled_from(grades))
    return grade, draw(st.sampled_from(GRADE_FORMS[grade]))


@st.composite
def _date(draw: st.DrawFn) -> str:
    year = draw(st.integers(2009, 2024))
    return draw(st.sampled_from(["", f" in {year}", f" in {draw(st.sampled_from(_MONTHS))} {year}"]))


@st.composite
def rating_sentences(draw: st.DrawFn) -> Generated:
    """A sentence (or two) stating ratings in one of the genre's frames: verb frames,
    rating nouns, extremes, transitions, "no longer", a grade per sub-judgement, a grade
    shared by a list of councils, with any quote style, an optional date and an
    optional distractor clause that states no rating."""
    a = draw(authority_names())
    op, cl = draw(quote_styles())
    grade, form = draw(_grade())
    q = f"{op}{form}{cl}"
    when = draw(_date())
    frame = draw(st.integers(0, 25))
    ratings: set[RatingKey]
    if frame == 0:
        text, ratings = f"{a} Council was rated {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 1:
        text, ratings = f"Children's services in {a} were judged to be {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 2:
        text, ratings = f"Ofsted rated children's services in {a} as {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 3:
        judgement = draw(st.sampled_from(sorted(JUDGEMENT_FORMS)))
        phrase = draw(st.sampled_from(JUDGEMENT_FORMS[judgement]))
        text, ratings = f"{a} received a rating of {q} for {phrase}{when}.", {(a, grade, judgement, True)}
    elif frame == 4:
        extremes: list[tuple[str, Grade]] = [("lowest", "inadequate"), ("highest", "outstanding"), ("top", "outstanding")]
        extreme, extreme_grade = draw(st.sampled_from(extremes))
        text, ratings = f"Ofsted handed {a} Council its {extreme} rating{when}.", {(a, extreme_grade, "overall", True)}
    elif frame == 5:
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        text = f"{a} moves from {op}{old_form}{cl} to {q}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 6:
        text, ratings = f"Children's services in {a} are no longer {q}.", {(a, grade, "overall", False)}
    elif frame == 7:
        others = draw(st.lists(authority_names().filter(lambda n: n != a), min_size=1, max_size=3, unique=True))
        names = [a, *others]
        listed = ", ".join(names[:-1]) + " and " + names[-1]
        text = f"Meanwhile, {len(names)} councils - {listed} - have been rated {q}."
        ratings = {(n, grade, "overall", True) for n in names}
    elif frame == 8:
        listable: list[Judgement] = ["adoption", "care_leavers", "leadership"]
        judgements = draw(st.lists(st.sampled_from(listable), min_size=2, max_size=3, unique=True))
        phrases = {"adoption": "adoption services", "care_leavers": "care leaver support", "leadership": "the department's leadership"}
        listed = ", ".join(phrases[j] for j in judgements[:-1]) + " and " + phrases[judgements[-1]]
        text = f"{a}'s {listed} all received a rating of {q}."
        ratings = {(a, grade, j, True) for j in judgements}
    elif frame == 10:
        verb = draw(st.sampled_from(["remains", "is still", "is now"]))
        text, ratings = f"Ofsted says {a} Council {verb} {q}.", {(a, grade, "overall", True)}
    elif frame == 11:
        text = f"The judgement of overall effectiveness in {a} is {q}{when}."
        ratings = {(a, grade, "overall", True)}
    elif frame == 12:
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        verb = draw(st.sampled_from(["upgraded", "downgraded", "improved", "moved"]))
        text = f"{a} was {verb} from {op}{old_form}{cl} to {q}{when}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 13:
        annual, phrase = draw(st.sampled_from([("performs_poorly", "performs poorly"), ("performs_well", "performs well"),
                                               ("performs_adequately", "performs adequately"),
                                               ("performs_excellently", "performs excellently")]))
        text, ratings = f"In its annual assessment Ofsted found that {a} {phrase}.", {(a, annual, "overall", True)}  # type: ignore[arg-type]
    elif frame == 14:  # a round-up: each council keeps its own grade
        b = draw(authority_names().filter(lambda n: n != a))
        g2, f2 = draw(_grade())
        text = f"{a} was rated {q}. Elsewhere, {b} was judged {op}{f2}{cl} by inspectors."
        ratings = {(a, grade, "overall", True), (b, g2, "overall", True)}
    elif frame == 15:  # the next sentence refers back: "Its adoption services ..."
        judgement = draw(st.sampled_from(sorted(JUDGEMENT_FORMS)))
        g2, f2 = draw(_grade())
        text = (f"Ofsted inspected {a} Council in the spring. Its {JUDGEMENT_FORMS[judgement][0]} services "
                f"were rated {op}{f2}{cl}.")
        ratings = {(a, g2, judgement, True)}
    elif frame == 16:
        text, ratings = f"Inspectors found {a} Council to be {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 17:
        text, ratings = f"{a} Council has been awarded {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 18:
        text, ratings = f"Inspectors have removed {a}'s {q} rating.", {(a, grade, "overall", False)}
    elif frame == 19:
        text, ratings = f"{a} became the first council to be rated {q}{when}.", {(a, grade, "overall", True)}
    elif frame == 20:
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        direction = draw(st.sampled_from(["up", "down"]))
        text = f"{a} Council has been rated {q}, {direction} from {op}{old_form}{cl} at its previous inspection."
        ratings = {(a, grade, "overall", True), (a, old, "overall", False)}
    elif frame == 21:
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        text = f"{a} was rated {op}{old_form}{cl} in 2014 and {q} in 2019."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 22:
        verb = draw(st.sampled_from(["rated", "judged", "graded", "deemed"]))
        obj = draw(st.sampled_from([f"{a} Council", f"children's services in {a}", f"{a}'s children's services"]))
        tail = draw(st.sampled_from(["", " across all areas", " by Ofsted"]))
        text, ratings = f"Inspectors {verb} {obj} {q}{tail}{when}.", {(a, grade, "overall", True)}
    elif frame == 23:
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        verb = draw(st.sampled_from(["upgraded", "downgraded"]))
        text = f"Ofsted has {verb} {a}'s rating from the {op}{old_form}{cl} awarded in 2013 and 2015, to {q}."
        ratings = {(a, old, "overall", False), (a, grade, "overall", True)}
    elif frame == 25:  # a council and grade more, the verb left out
        b = draw(authority_names().filter(lambda n: n != a))
        g2, f2 = draw(_grade())
        joiner = draw(st.sampled_from([", and ", " and ", ", "]))
        text = f"{a} was rated {q}{when}{joiner}{b} {op}{f2}{cl}."
        ratings = {(a, grade, "overall", True), (b, g2, "overall", True)}
    elif frame == 24:  # a list line: "- Kent: good (previously inadequate)"
        bullet = draw(st.sampled_from(["- ", "* ", "\u2022 ", "1. ", ""]))
        sep = draw(st.sampled_from([": ", " - ", " \u2013 ", " | "]))
        council = draw(st.sampled_from([a, f"{a} Council"]))
        old, old_form = draw(_grade().filter(lambda g: g[0] != grade))
        before = draw(st.booleans())
        text = f"Ofsted results this month:\n\n{bullet}{council}{sep}{q}" + (f" (previously {old_form})" if before else "") + "\n"
        ratings = {(a, grade, "overall", True)}
        if before:
            ratings.add((a, old, "overall", False))
    else:
        j1, j2 = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=2, unique=True))
        g2, f2 = draw(_grade())
        text = (f"Inspectors found that {a} is {q} for {JUDGEMENT_FORMS[j1][0]}, "
                f"and {op}{f2}{cl} for {JUDGEMENT_FORMS[j2][0]}.")
        ratings = {(a, grade, j1, True), (a, g2, j2, True)}
    distractor = draw(st.sampled_from(["", " Staff praised the good practice of social workers.",
                                       " The council's leader said it was a good start."]))
    return Generated(text + distractor, frozenset(ratings))


@st.composite
def non_rating_sentences(draw: st.DrawFn) -> Generated:
    """A sentence with grade words that are no council's grade: adjectives, schools,
    counts of councils, the grading scale, hopes."""
    a = draw(authority_names())
    grade, form = draw(_grade())
    op, cl = draw(quote_styles())
    q = f"{op}{form.lower()}{cl}"
    n = draw(st.sampled_from(["10", "three", "Most", "None of the"]))
    school = draw(st.sampled_from(["St Mary's primary school", "a nursery", "the academy", "a children's home"]))
    text = draw(st.sampled_from([
        f"Social workers in {a} show good practice and provide good support to families.",
        f"{school.capitalize()} in {a} was rated {q} by Ofsted.",
        f"{n} councils have been rated {q} this year.",
        "Inspections grade councils as outstanding, good, requires improvement or inadequate.",
        f"{a} hopes its services can be judged {q} at the next inspection.",
        f"Local authorities that are rated {q} receive a short inspection every three years.",
    ]))
    return Generated(text)


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
    ("permanent_staff", "The proportion of permanent social workers in {a} rose to {f}."),
    ("turnover", "Staff turnover in {a} stood at {f}."),
    ("newly_qualified", "In {a}, {f} of social workers were newly qualified."),
    ("other", "In {a}, {f} of assessments were completed on time."),
)
FRACTIONS: Final[tuple[tuple[str, float], ...]] = (
    ("half", 50.0), ("a third", 33.3), ("two-thirds", 66.7), ("a quarter", 25.0), ("three quarters", 75.0),
    ("one in five", 20.0), ("one in three", 33.3),
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
def caseload_sentences(draw: st.DrawFn) -> Generated:
    """A sentence stating a caseload: an average, a maximum ("as many as"), a range, a change."""
    a = draw(authority_names())
    n = draw(st.integers(5, 60))
    frame = draw(st.integers(0, 8))
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


@st.composite
def figure_distractors(draw: st.DrawFn) -> Generated:
    """Numbers that are no percentage or caseload: prices, years, counts of people,
    cases that are not a caseload, percentage-point changes."""
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
    ])))


#: Who speaks, as the text names them, and their side.
SPEAKERS: Final[tuple[tuple[str, Source], ...]] = (
    ("Ofsted's inspection report", "inspectorate"), ("Inspectors", "inspectorate"), ("The monitoring letter", "inspectorate"),
    ("A council spokesman", "authority"), ("The council's director of children's services", "authority"),
    ("The children's minister", "other"), ("A spokeswoman for the Department for Education", "other"),
)
_CLAUSES: Final = (
    "The experiences of children have improved markedly", "Leaders know their services well",
    "Children's needs are not always assessed in good time", "Staff at Ofsted's partner agencies were praised",
    "Managers do not always check children's plans", "Social workers know the children they work with well",
)
#: Quotation marks: double straight, curly and the two mixed; single straight and curly.
_QUOTE_MARKS: Final = (('"', '"'), ("\u201c", "\u201d"), ("\u201c", '"'), ('"', "\u201d"), ("\u2018", "\u2019"), ("'", "'"))


@st.composite
def quote_paragraphs(draw: st.DrawFn) -> Generated:
    """Paragraphs of quotation with known text and speaker: any mark style, the speaker
    before ("X said: ...") or after ("..., X said."), quotations running over several
    paragraphs, a nested grade in the other style of marks ('...', "...") and
    apostrophes inside the words."""
    speaker, source = draw(st.sampled_from(SPEAKERS))
    op, cl = draw(st.sampled_from(_QUOTE_MARKS))
    sentences = draw(st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        nested = "'inadequate'" if cl in '"\u201d' else '"inadequate"'
        sentences[0] += f", and services are no longer {nested}"
    verb = "said" if speaker not in ("Ofsted's inspection report", "The monitoring letter") else "states"
    if draw(st.booleans()):  # speaker before, each sentence its own paragraph, closed at the end
        parts = [f"{x}." for x in sentences]
        body = f"\n\n{op}".join(parts)
        text = f"{speaker} {verb}: {op}{body}{cl}"
        return Generated(text, quotes=frozenset({(" ".join(parts), speaker, source)}))
    parts = [f"{x}." for x in sentences[:-1]] + [f"{sentences[-1]},"]
    body = f"\n\n{op}".join(parts)
    text = f"{op}{body}{cl} {speaker} {verb}."
    return Generated(text, quotes=frozenset({(" ".join(parts), speaker, source)}))


#: Sentences of the genre that state no record: no grade, figure, date, name or quotation.
FILLER: Final = (
    "The council said it was working with partners to strengthen its front door.",
    "Leaders have invested in training for managers and in a new recording system.",
    "The report sets out a number of areas where practice needs to be strengthened.",
    "Families told inspectors they felt listened to by their social workers.",
    "A plan to recruit more foster carers is under way across the region.",
    "The department has restructured its teams to reduce the number of handovers.",
    "Councillors will discuss the findings at a meeting of the scrutiny committee.",
    "Partners in health and the police are said to be working more closely together.",
    "Some children wait too long for a decision about where they will live.",
    "The authority has set up a panel to review the progress of its improvement plan.",
)
_HEADLINES: Final = (
    "Council's children's services praised by inspectors", "Inspectors find weaknesses in support for families",
    "Ofsted publishes its findings on children's services", "Social work workforce under pressure, report says",
)
_BYLINES: Final = ("", "By Joe Lepper", "By Jo Stephenson", "Derren Hayes")
_WEEKDAYS: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@st.composite
def _dateline(draw: st.DrawFn) -> tuple[str, str]:
    """A dateline as a news site writes it, and the date as ISO."""
    import datetime as dt

    day = draw(st.dates(min_value=dt.date(2009, 1, 1), max_value=dt.date(2024, 12, 31)))
    weekday, month = _WEEKDAYS[day.weekday()], _MONTHS[day.month - 1]
    written = draw(st.sampled_from([
        f"| {day.day} {month} {day.year}", f"{weekday}, {month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}", f"Published {day.day} {month} {day.year}",
    ]))
    return written, day.isoformat()


#: The judgement rows of Ofsted's report tables, by framework (frameworks.md §2, §3.2).
REPORT_ROWS: Final[dict[str, tuple[tuple[str, Judgement], ...]]] = {
    "SIF": (
        ("1. Children who need help and protection", "help_and_protection"),
        ("2. Children looked after and achieving permanence", "children_in_care"),
        ("2.1 Adoption performance", "adoption"),
        ("2.2 Experiences and progress of care leavers", "care_leavers"),
        ("3. Leadership, management and governance", "leadership"),
    ),
    "ILACS": (
        ("The impact of leaders on social work practice with children and families", "leadership"),
        ("The experiences and progress of children who need help and protection", "help_and_protection"),
        ("The experiences and progress of children in care", "children_in_care"),
        ("The experiences and progress of care leavers", "care_leavers"),
        ("Overall effectiveness", "overall"),
    ),
}


@st.composite
def report_headers(draw: st.DrawFn) -> Generated:
    """The top of an Ofsted report: title, inspection dates (no publication date), lead
    inspector, and the table of judgements, its cells apart by spaces, a tab, a bar or
    a colon, graded at random."""
    a = draw(authority_names())
    framework = draw(st.sampled_from(sorted(REPORT_ROWS)))
    title = (f"Inspection of {a} local authority children's services" if framework == "ILACS" else
             f"{a}\nInspection of services for children in need of help and protection, children looked after and care leavers")
    year = draw(st.integers(2014, 2025))
    month = draw(st.sampled_from(_MONTHS))
    gap = draw(st.sampled_from(["   ", "\t", " | ", ": ", "          "]))
    rows = [(label, judgement, *draw(_grade())) for label, judgement in REPORT_ROWS[framework]]
    table = "\n".join(f"{label}{gap}{form[0].upper()}{form[1:]}" for label, _, _, form in rows)
    text = (f"{title}\nInspection dates: 3 to 14 {month} {year}\nLead inspector: Jane Doe, His Majesty's Inspector\n"
            f"Judgement{gap}Grade\n{table}\n")
    return Generated(text, frozenset((a, grade, judgement, True) for _, judgement, grade, _ in rows))


@st.composite
def articles(draw: st.DrawFn, *, max_paragraphs: int = 12) -> Generated:
    """A whole news article: headline, optional byline, dateline, then paragraphs of
    ratings, figures, caseloads and quotations among filler sentences.

    The keys are those of its parts, so a test may check each part is recovered (the
    parts' authorities may meet, and a later grade for the same council and judgement
    supersedes an earlier one: compare ratings without ``current``)."""
    dateline, published = draw(_dateline())
    byline = draw(st.sampled_from(_BYLINES))
    head = [draw(st.sampled_from(_HEADLINES)), *([byline] if byline else []), dateline]
    parts = draw(st.lists(
        st.one_of(rating_sentences(), percentage_sentences(), caseload_sentences(), quote_paragraphs(),
                  non_rating_sentences(), figure_distractors().filter(lambda g: not g.text.startswith("From"))),
        min_size=1, max_size=max_paragraphs,
    ))
    paragraphs = []
    for part in parts:
        filler = draw(st.lists(st.sampled_from(FILLER), max_size=2))
        paragraphs.append(" ".join([part.text, *filler]) if "\n" not in part.text else part.text)
    return Generated(
        "\n\n".join([*head, *paragraphs]) + "\n",
        ratings=frozenset().union(*(p.ratings for p in parts)),
        percentages=frozenset().union(*(p.percentages for p in parts)),
        caseloads=frozenset().union(*(p.caseloads for p in parts)),
        quotes=frozenset().union(*(p.quotes for p in parts)),
        published=published,
    )
