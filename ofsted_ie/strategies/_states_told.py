"""Grades and visits a second slot sweep (councils x verbs x grades x quote styles x
dates x council forms) found unread:

- a verb of becoming in the past or perfect before a grade ("Kent became 'good' in
  2019", "Kent's children's services have now become outstanding"): a grade given, not
  a hope (while "aims to become good", "could become good" and "help Kent become good"
  stay hopes);
- "to be judged" opening a quotation or a sentence whose verb follows the grade ("To be
  judged 'good' by Ofsted is testament to our staff"): a feeling about a grade given,
  not a goal (while "To be rated outstanding is our ambition" and "To be rated good,
  Kent must ..." stay goals);
- "Inspectors judge Kent inadequate" (a headline's present tense): a rating (while "A
  judge said the response was inadequate", a court's judge, is none);
- an earlier inspection stated with its own grade ("It was last inspected in 2016, when
  it was judged 'good'."): the past-tense grades of the next sentence ("Leadership was
  judged outstanding") are the news's, not that inspection's;
- a grade held "since" a year "when" a change left another ("rated 'good' since 2019,
  when it moved up from 'inadequate'"): the year is the held grade's, the grade left is
  past and not that year's;
- a bare visit counted past the first ("the third visit to Kent", "During its second
  visit, in May 2019, ..."): a monitoring visit, the only visits Ofsted numbers, with
  its ordinal; a count in figures ("its 3rd monitoring visit", "the 2nd visit") as well.

- a council "the first (council) to be inspected" ("Kent was one of the first councils
  to be inspected under the new framework, in May 2018"): its inspection (not one "due
  to be inspected");
- an event told by its report or letter, dated by the report's publication ("A
  monitoring report on Kent, published in May 2018, found ...": a monitoring visit of
  2018), unless the text dates the event itself.

Rating keys are those of ``_dated``: ``(authority, grade, judgement, year, current)``;
inspection keys ``(authority, kind, year, ordinal)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from hypothesis import strategies as st

from .._vocab import ORDINALS
from ..records import InspectionKind, Judgement
from ._base import MONTHS, InspectionKey, authority_names
from ._dated import Dated, DatedFrame, DatedRatingKey, _now, _two_grades, _years, dated_by
from ._draws import _grade, _pick

#: Forms of a council as a clause's subject, and whether the verb after it is plural.
_SUBJECTS: Final = (("{a}", False), ("{a} Council", False), ("{a} council", False),
                    ("{a}'s children's services", True), ("Children's services in {a}", True))


def _subject(draw: st.DrawFn, a: str) -> tuple[str, bool]:
    form, plural = draw(st.sampled_from(_SUBJECTS))
    return form.format(a=a), plural


def _became(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A verb of becoming in the past (dated or not) or the perfect (undated) before a grade."""
    a = draw(authority_names())
    subject, plural = _subject(draw, a)
    grade, q = _grade(draw, quoted_ri=True, grades=("outstanding", "good", "requires_improvement"))
    (year,) = _years(draw, present, 1)
    month = draw(st.sampled_from(MONTHS))
    have = "have" if plural else "has"
    if draw(st.booleans()):
        when = _pick(draw, f" in {year}", f" in {month} {year}", f" after an inspection in {month} {year}")
        lead = _pick(draw, "", "Following the inspection, ", "In the end, ")
        return f"{lead}{subject} became {q}{when}.", {(a, grade, "overall", str(year), True)}
    text = draw(st.sampled_from([
        f"{subject} {have} become {q}, Ofsted said.", f"Since its last inspection, {subject} {have} become {q}.",
        f"{subject} {have} now become {q}, according to inspectors.",
    ]))
    return text, {(a, grade, "overall", _now(present), True)}  # a present state: the dateline's year


def _infinitive_subject(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A council's officer on the grade given, "to be judged" opening the quotation."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True, grades=("outstanding", "good", "requires_improvement"))
    verb = _pick(draw, "judged", "rated", "graded", "judged as", "rated as")
    agent = _pick(draw, " by Ofsted", " by inspectors", "")
    said = _pick(draw, "is testament to our social workers", "is a huge achievement", "was a proud moment for us all",
                 "shows how far we have come")
    who = _pick(draw, f"Sam Patel, leader of {a} Council,", f"Councillor Jo Marsh, {a} Council's cabinet member for children,")
    opening, closing = draw(st.sampled_from([("\u201c", "\u201d"), ('"', '"')]))
    return f"{who} said: {opening}To be {verb} {q}{agent} {said}.{closing}", {(a, grade, "overall", _now(present), True)}


def _inspectors_judge(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A headline in the present tense, "Inspectors judge Kent inadequate"."""
    a = draw(authority_names())
    grade, label = _grade(draw, bare=True)
    subject = _pick(draw, a, f"{a} Council", f"{a}'s children's services", f"{a} children's services")
    body = _pick(draw, "The report was published on Tuesday.", "The council said it would study the findings.")
    return f"Inspectors judge {subject} {label}\n\n{body}", {(a, grade, "overall", _now(present), True)}


#: Judgements as a sentence's subject.
_AREAS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("Leadership", "leadership"), ("Help and protection", "help_and_protection"),
    ("Support for care leavers", "care_leavers"), ("Adoption", "adoption"),
)


def _news_after_history(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A new grade, the earlier inspection with its own grade, then the new report's
    judgements in the past tense: those are the news's, not the earlier inspection's."""
    a = draw(authority_names())
    (new, nq), (old, oq) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    area, judgement = draw(st.sampled_from(_AREAS))
    sub, sq = _grade(draw, quoted_ri=True)
    subject = _pick(draw, f"{a} Council", f"{a}'s children's services", f"Children's services in {a}")
    have = "has" if subject.endswith("Council") else "have"
    earlier = _pick(draw, f"It was last inspected in {year}, when it was judged {oq}.",
                    f"The council was last inspected in {year}, when it was rated {oq}.")
    text = f"{subject} {have} been rated {nq} by Ofsted. {earlier} {area} was judged {sq}."
    return text, {(a, new, "overall", _now(present), True), (a, old, "overall", str(year), False),
                  (a, sub, judgement, _now(present), True)}


def _sub_rating(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """An overall grade, then a judgement's "sub-rating" (or rating) for a judgement
    named at length ("for the progress and experiences of its care leavers")."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    sub, sq = _grade(draw, quoted=True, grades=("outstanding", "good", "inadequate"))
    noun = _pick(draw, "sub rating", "sub-rating", "sub-judgement", "rating")
    area, judgement = draw(st.sampled_from(_LONG_AREAS))
    art = "an" if sq.strip("'\"\u2018\u201c").lower()[0] in "aeiou" else "a"
    text = (f"{a} Council has been given an overall {q} rating by Ofsted. "
            f"This includes {art} {sq} {noun} for {area}.")
    return text, {(a, grade, "overall", _now(present), True), (a, sub, judgement, _now(present), True)}


#: Judgements named at length after "for".
_LONG_AREAS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("the progress and experiences of its care leavers", "care_leavers"),
    ("the experiences and progress of children in care", "children_in_care"),
    ("the impact of leaders on social work practice", "leadership"),
    ("its adoption work", "adoption"),
)


def _found_at_length(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """An inspection that "found" a long object "to be" a grade: a finding, not a hope."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    obj = _pick(draw, "the services for children and families provided by the council and its partners",
                "the help and support given to children and families by the council and its partners")
    text = f"An inspection of {a} Council in {year} found {obj} to be {q}."
    judgement: Judgement = "overall"
    return text, {(a, grade, judgement, str(year), True)}


def _then_found(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """One council's grade, then "found" another's services "to be" a grade in the same
    sentence: two ratings (the first verb's object does not run over the first grade)."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    (g1, q1), (g2, q2) = _grade(draw, quoted_ri=True), _grade(draw, quoted_ri=True)
    verb = _pick(draw, "was judged", "was rated", "was deemed", "was found to be")
    join = _pick(draw, "and", "while", "whereas", "but")
    found = _pick(draw, "found", "judged", "considered")
    text = f"{a} Council {verb} {q1}, {join} inspectors {found} {b}'s services to be {q2}."
    return text, {(a, g1, "overall", _now(present), True), (b, g2, "overall", _now(present), True)}


def _verdict_colon(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A rating noun, a colon and the grade after a dated inspection ("The verdict:
    good."): the inspected council's grade; the grading scale after it is none."""
    a = draw(authority_names())
    grade, label = _grade(draw, bare=True)
    (year,) = _years(draw, present, 1)
    month = draw(st.sampled_from(MONTHS))
    noun = _pick(draw, "The verdict", "Ofsted's verdict", "Overall judgement", "Rating", "The overall rating")
    text = f"Ofsted inspected {a} Council in {month} {year}. {noun}: {label}."
    # a verbless label is dated as the present is: the dateline's year, else the year stated
    keys: set[DatedRatingKey] = {(a, grade, "overall", _now(present) or str(year), True)}
    if draw(st.booleans()):  # the grading scale, in any order, is no grade
        scale = draw(st.permutations(["outstanding", "good", "requires improvement", "inadequate"]))
        return f"{text} Councils may be graded {', '.join(scale[:3])} or {scale[3]}.", keys
    return text, keys


#: Judgements as articles name them after "for" or as a verb's object: a service noun
#: after the judgement, or the board's acronym in brackets.
_NAMED_AREAS: Final[tuple[tuple[str, Judgement], ...]] = (
    ("adoption services", "adoption"), ("its adoption service", "adoption"), ("adoption performance", "adoption"),
    ("leaving care services", "care_leavers"), ("care leavers services", "care_leavers"),
    ("its safeguarding children board (LSCB)", "lscb"), ("the safeguarding board (SCB)", "lscb"),
    ("child protection work", "help_and_protection"),
)


def _judgement_named(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade for a judgement named with a service noun or an acronym after it ("rated
    good for adoption services", "judged the safeguarding board (SCB) in Kent to be good")."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    (year,) = _years(draw, present, 1)
    area, judgement = draw(st.sampled_from(_NAMED_AREAS))
    text = _pick(draw, f"Ofsted rated {a} {q} for {area} in {year}.", f"Inspectors judged {area} in {a} to be {q} in {year}.",
                 f"{a} Council was rated {q} for {area} in {year}.")
    return text, {(a, grade, judgement, str(year), True)}


#: Grades from the best down, to tell a rise from a fall.
_RANK: Final[dict[str, int]] = {"outstanding": 0, "good": 1, "requires_improvement": 2, "adequate": 2, "inadequate": 3}


def _since_change(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """A grade held "since" a year, "when" a change left another: the year is the held
    grade's, the grade left is past and undated."""
    a = draw(authority_names())
    (old, oq), (new, nq) = _two_grades(draw)
    (year,) = _years(draw, present, 1)
    subject, plural = _subject(draw, a)
    change = _pick(draw, "moved up from", "improved from", "rose from") if _RANK[new] < _RANK[old] else _pick(
        draw, "dropped from", "fell from", "slipped from")
    it = "they" if plural else "it"
    text = f"{subject} {'have' if plural else 'has'} been rated {nq} since {year}, when {it} {change} {oq}."
    return text, {(a, new, "overall", str(year), True), (a, old, "overall", None, False)}


def _not_stated(draw: st.DrawFn, present: int | None) -> tuple[str, set[DatedRatingKey]]:
    """Hopes with "become" or "to be rated", and a court's judge: no rating."""
    a = draw(authority_names())
    _, q = _grade(draw, quoted_ri=True, grades=("outstanding", "good"))
    text = draw(st.sampled_from([
        f"{a} Council aims to become {q} by next year.", f"{a} Council could become {q} at its next inspection.",
        f"Leaders want to help {a} become {q}.", f"{a} Council said: \u201cTo be rated {q} is our ambition.\u201d",
        f"To be rated {q}, {a} Council must recruit more social workers.",
        f"{a} Council lost the case. A judge said the council's response was inadequate.",
        f"{a} Council lost the case. The judge said its response had been inadequate.",
        f"{a} Council's adult social care was rated {q} by the CQC.", f"{a} Council's adult services were judged {q}.",
        f"Leaders at {a} Council said it was a good report for the council.",
    ]))
    return text, set()


#: Rating frames of this module, by phenomenon.
STATED_FRAMES: Final[dict[str, DatedFrame]] = {
    "became": _became, "infinitive_subject": _infinitive_subject, "inspectors_judge": _inspectors_judge,
    "news_after_history": _news_after_history, "since_change": _since_change, "not_stated": _not_stated,
    "sub_rating": _sub_rating, "found_at_length": _found_at_length, "then_found": _then_found,
    "verdict_colon": _verdict_colon, "judgement_named": _judgement_named,
}


@st.composite
def stated_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Dated:
    """A sentence or two of one of ``phenomena`` (all of ``STATED_FRAMES`` by default),
    after a dateline or none."""
    return dated_by(draw, STATED_FRAMES[draw(st.sampled_from(sorted(phenomena or STATED_FRAMES)))])


_COUNTED: Final = tuple((w, n) for w, n in ORDINALS.items() if 2 <= n <= 7)


@st.composite
def counted_visits(draw: st.DrawFn) -> tuple[str, frozenset[InspectionKey]]:
    """A bare visit counted past the first, to a council, dated: a monitoring visit with
    its ordinal (keys hold the year of ``when``)."""
    a = draw(authority_names())
    word, n = draw(st.sampled_from(_COUNTED))
    if draw(st.booleans()):  # written in figures: "3rd"
        word = f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th')}"
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.integers(2012, 2024))
    monitoring = _pick(draw, "", "monitoring ")
    text = draw(st.sampled_from([
        f"The {word} {monitoring}visit to {a}, in {month} {year}, found that progress had been made.",
        f"During the {word} {monitoring}visit to {a} in {month} {year}, inspectors found improvements.",
        f"Inspectors made their {word} {monitoring}visit to {a} Council in {month} {year}.",
        f"Ofsted's {word} {monitoring}visit to {a} took place in {month} {year}.",
        f"{a} had its {word} monitoring visit in {month} {year}.",  # a bare visit needs an inspector in sight
    ]))
    return text, frozenset({(a, "monitoring_visit", str(year), n)})


@st.composite
def first_inspected(draw: st.DrawFn) -> tuple[str, frozenset[InspectionKey]]:
    """A council "the first (council) to be inspected", dated: its inspection; or one
    "due to be inspected" or that "will be inspected": none yet (keys hold the year)."""
    a = draw(authority_names())
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.integers(2012, 2024))
    if draw(st.booleans()):
        text = _pick(draw, f"{a} Council is due to be inspected in {month} {year}.",
                     f"{a} will be inspected by Ofsted in {month} {year}.")
        return text, frozenset()
    who = _pick(draw, "the first council", "one of the first councils", "the first authority", "the only council")
    under = _pick(draw, " under the new framework", " under ILACS", "")
    return f"{a} was {who} to be inspected{under}, in {month} {year}.", frozenset({(a, "inspection", str(year), None)})


@st.composite
def reported_events(draw: st.DrawFn) -> tuple[str, frozenset[InspectionKey]]:
    """An event told by its report or letter and the report's date ("Ofsted's report on
    Kent, published in May 2018"): the event, of that year; when the text dates the event
    itself ("Ofsted inspected Kent in December 2017. Its report, published in ..."), that
    date, not the publication's (keys hold the year)."""
    a = draw(authority_names())
    month, later = draw(st.sampled_from(MONTHS)), draw(st.sampled_from(MONTHS))
    year = draw(st.integers(2012, 2023))
    published = _pick(draw, f"published in {later} {year + 1}", f"published on 4 {later} {year + 1}")
    if draw(st.booleans()):
        first = _pick(draw, f"Ofsted inspected {a} in {month} {year}.", f"{a} Council was inspected in {month} {year}.")
        report = _pick(draw, "The inspection report", "Its report", "The report")
        return f"{first} {report}, {published}, said services had improved.", frozenset({(a, "inspection", str(year), None)})
    noun, kind = draw(st.sampled_from(_REPORT_NOUNS))
    opening = _pick(draw, f"{noun} on {a}", f"{noun} into {a}'s children's services")
    return (f"{opening[0].upper()}{opening[1:]}, {published}, found that progress had been made.",
            frozenset({(a, kind, str(year + 1), None)}))


#: A report or letter as the text names it, and the kind of event it tells of.
_REPORT_NOUNS: Final[tuple[tuple[str, InspectionKind], ...]] = (
    ("Ofsted's report", "inspection"), ("the inspection report", "inspection"), ("a monitoring report", "monitoring_visit"),
    ("Ofsted's latest monitoring letter", "monitoring_visit"), ("the monitoring report", "monitoring_visit"),
)
