"""Counts given a grade: a count of councils whose names follow it, a count of one
council's judgement areas, and the counts that name nobody (no rating)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from hypothesis import strategies as st

from ..records import Judgement
from ._base import FRAMEWORK_TITLES, JUDGEMENT_FORMS, Generated, RatingKey, authority_names, date_phrases
from ._draws import Frame, _grade, _pick
from ._mentions import _COUNTS, _an, _councils, _frames, _judgements, _listed

#: Counts as written before a plural noun.
_NUMBERS: Final = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
#: Judgements as written after a count's grade: "(assessed as inadequate) for keeping children safe".
_COUNT_JUDGEMENTS: Final[dict[Judgement, tuple[str, ...]]] = {
    **JUDGEMENT_FORMS, "help_and_protection": (*JUDGEMENT_FORMS["help_and_protection"], "keeping children safe"),
}
#: Plural nouns of councils.
_COUNCIL_NOUNS: Final = ("councils", "authorities", "local authorities")


def _count(draw: st.DrawFn, n: int) -> str:
    """``n`` as a word or digits."""
    return draw(st.sampled_from([_NUMBERS.get(n, str(n)), str(n)]))


def _named_list(draw: st.DrawFn, names: list[str]) -> str:
    """``names`` as a list with commas ("A, B and C") or semicolons ("A; B; C", "A; B; and C")."""
    if len(names) == 1:
        return names[0]
    style = draw(st.integers(0, 2))
    if style == 0:
        return _listed(names)
    if style == 1:
        return "; ".join(names)
    return "; ".join(names[:-1]) + "; and " + names[-1]


# -- a count of councils, then their names ----------------------------------------------


def _names_next(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw)
    noun = _pick(draw, *_COUNCIL_NOUNS)
    opening = _pick(draw, f"Services at {_count(draw, len(names))} {noun} were rated {q}",
                    f"Ofsted rated children's services at {_count(draw, len(names))} {noun} as {q}",
                    f"{_count(draw, len(names)).capitalize()} {noun} have been judged {q}")
    back = _pick(draw, "all received the same rating", "received those ratings", "all received these positive grades",
                 "were the councils", "were among them", "each received this grade")
    text = f"{opening}{draw(date_phrases())}. {_listed(names)} {back}."
    return text, {(n, grade, "overall", True) for n in names}


def _count_are(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw)
    noun = _pick(draw, *_COUNCIL_NOUNS)
    other = _pick(draw, "The other ", "The ", "")
    count = _count(draw, len(names))
    subject = f"{other}{count} {noun}" if other else f"{count.capitalize()} {noun}"
    verb = _pick(draw, "graded", "rated", "judged", "assessed as")
    where = _pick(draw, "", " overall", " in this latest report", " this year")
    judgement: Judgement = "overall"
    if draw(st.booleans()):  # "assessed as inadequate for keeping children safe are ..."
        judgement, phrase = draw(st.sampled_from(sorted(
            (j, p) for j, forms in _COUNT_JUDGEMENTS.items()
            for p in forms)))
        where = f" for {phrase}"
    link = _pick(draw, "are", "are:", "were", "include", "were as follows:")
    text = f"{subject} {verb} {q}{where} {link} {_named_list(draw, names)}."
    return text, {(n, grade, judgement, True) for n in names}


def _count_then_list(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw)
    count = _count(draw, len(names) + draw(st.integers(0, 3)))
    first = f"{count.capitalize()} were judged {q}."
    second = f"The {count} judged {q} are: {_named_list(draw, names)}."
    return f"{first} {second}", {(n, grade, "overall", True) for n in names}


def _bullets(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw)
    mark = _pick(draw, "\u2022 ", "  \u2022 ", "- ", "* ")
    gap = _pick(draw, "\n", "\n\n")
    council = _pick(draw, "", " Council")
    lines = "\n".join(f"{mark}{n}{council}" for n in names)
    noun = _pick(draw, *_COUNCIL_NOUNS)
    verb = _pick(draw, "were judged", "were rated", "were found to be")
    when = _pick(draw, " in the latest round", " this year", " in this period", "")
    text = f"{_count(draw, len(names)).capitalize()} {noun} {verb} {q}{when}:{gap}{lines}\n\nOther news."
    return text, {(n, grade, "overall", True) for n in names}


def _serial_comma(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Councils listed with a serial comma ("A, B, and C", "two councils - A, and B -")
    all take the grade; a clause after ", and" ("Ofsted praised A, and B was rated X")
    gives it only to its own subject."""
    names = _councils(draw, 2, 4)
    grade, q = _grade(draw)
    listed = ", ".join(names[:-1]) + ", and " + names[-1]
    verb = _pick(draw, "have been rated", "were judged", "were rated")
    if draw(st.booleans()):
        return f"Ofsted praised {', '.join(names[:-1])}, and {names[-1]} was rated {q}.", {(names[-1], grade, "overall", True)}
    if len(names) == 2 or draw(st.booleans()):
        lead = _pick(draw, "Just", "Only", "So far")
        noun = _pick(draw, *_COUNCIL_NOUNS)
        return f"{lead} {_count(draw, len(names))} {noun} - {listed} - {verb} {q}.", {(n, grade, "overall", True) for n in names}
    return f"{listed} {verb} {q}.", {(n, grade, "overall", True) for n in names}


# -- one council's judgement areas counted ----------------------------------------------


def _all_areas(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    grade, q = _grade(draw, quoted=True)
    subject = _pick(draw, "All aspects of the service", "All five areas", "All sub-categories", "All four areas",
                    "All areas of the service")
    verb = _pick(draw, "were judged", "were given", "received", "were rated")
    tail = _pick(draw, "", " grading", " rating")
    article = f"{_an(q)} " if tail or verb in ("were given", "received") else ""
    text = f"Inspectors visited {a} in May. {subject} {verb} {article}{q}{tail}."
    return text, {(a, grade, "overall", True)}


def _exception(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    (j, phrase), = _judgements(draw, 1, 1)
    g1, q1 = _grade(draw, quoted=True)
    g2, q2 = _grade(draw, quoted=True)  # the excepted area's grade
    subject = _pick(draw, "All sub-categories", "All other areas", "All other judgements")
    but = _pick(draw, "with the exception of", "except for", "apart from")
    verb = _pick(draw, "which received", "which was rated", "which was judged")
    article = f"{_an(q2)} " if verb == "which received" else ""
    text = (f"{a} received an overall effectiveness grade of {q1}. {subject} also received a grade of {q1} "
            f"{but} {phrase}, {verb} {article}{q2}.")
    keys: set[RatingKey] = {(a, g1, "overall", True), (a, g2, j, True)}
    return text, keys


def _some_areas_listed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    js = _judgements(draw, 2, 3)
    grade, q = _grade(draw)
    total = len(js) + draw(st.integers(1, 2))
    subject = _pick(draw, f"{_COUNTS[len(js)].capitalize()} of the {_NUMBERS[total]} areas inspected",
                    f"{_COUNTS[len(js)].capitalize()} out of {_NUMBERS[total]} key areas of the service")
    verb = _pick(draw, "were given", "were judged", "were rated")
    lead = _pick(draw, " - ", ": ", ", namely ")
    text = f"Inspectors visited {a} in May. {subject} {verb} {q}{lead}{_listed(p for _, p in js)}."
    return text, {(a, grade, j, True) for j, _ in js}


def _overall_judgement_is(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    grade, q = _grade(draw)
    year = draw(st.integers(2014, 2019))
    day = draw(st.integers(2, 28))
    stop = _pick(draw, ". ", " ")  # a report's cover, its lines run together
    text = (f"Inspection of services for children in {a}\nReport published: {day} March {year}{stop}"
            f"The overall judgement is that children's services are {q}.")
    return text, {(a, grade, "overall", True)}


def _bulleted_areas(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A count of one council's areas given a grade, then the areas one a line after a
    colon: each listed judgement takes the grade."""
    a = draw(authority_names())
    grade, q = _grade(draw)
    chosen = draw(st.lists(st.sampled_from(sorted(FRAMEWORK_TITLES)), min_size=2, max_size=4, unique=True))
    overall = draw(st.booleans())
    mark = _pick(draw, "\u2022 ", "  \u2022 ", "- ")
    lines = [f"{mark}The {FRAMEWORK_TITLES[j]}" for j in chosen] + ([f"{mark}Overall effectiveness"] if overall else [])
    n = len(lines)
    count = _pick(draw, f"these {_count(draw, n)} areas", f"these {n} areas")
    verb = _pick(draw, "were all rated", "were all judged", "were each rated")
    text = f"Inspectors visited {a} in May. They found that {count} {verb} {q}:\n\n" + "\n".join(lines) + "\n\nOther news."
    keys = {(a, grade, j, True) for j in chosen}
    return text, keys | ({(a, grade, "overall", True)} if overall else set())


def _coordinated_subjects(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Judgements coordinated as a grade's subject each take it, with words between them
    ("X's child protection work and provision for children in care were both rated",
    "adoption services and overall effectiveness were judged")."""
    a = draw(authority_names())
    grade, q = _grade(draw)
    first: Judgement = draw(st.sampled_from(["help_and_protection", "care_leavers", "adoption"]))
    head = {"help_and_protection": _pick(draw, "safeguarding work", "child protection services",
                                         f"the {FRAMEWORK_TITLES['help_and_protection']}"),
            "care_leavers": "support for care leavers", "adoption": "adoption services"}[first]
    if draw(st.booleans()):
        second: Judgement = "overall"
        verb = _pick(draw, "was judged", "were judged to be", "was found to be")
        text = f"Leaders in {a} were praised, while {head} and overall effectiveness {verb} {q}."
        return text, {(a, grade, first, True), (a, grade, second, True)}
    second = "children_in_care"
    tail = _pick(draw, "services for looked-after children", "services for children who are looked after",
                 "provision for children in care")
    return f"In May, {a}'s {head} and {tail} were both rated as {q}.", {(a, grade, first, True), (a, grade, second, True)}


def _plural_ratings_listed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade in the plural ("'outstanding' ratings") given to councils listed after it
    ("were also given to A, B and C", "released today, in A and B"): each listed council
    takes it, and the council of the sentence before keeps its own."""
    a = draw(authority_names())
    names = [n for n in _councils(draw, 2, 4) if n != a]
    grade, q = _grade(draw, quoted=True)
    if len(names) < 2:
        return f"{a} was rated {q}.", {(a, grade, "overall", True)}
    listed = _listed(names)
    later = _pick(draw, f"{q[0]}{q[1].upper()}{q[2:]} ratings were also given to {listed}.",
                  f"Other {q} ratings went to {listed}.",
                  f"It comes amid a run of {q} ratings released today for services across the country, in {listed}.")
    return f"{a} was rated {q}. {later}", {(n, grade, "overall", True) for n in [a, *names]}


def _bracketed_areas(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade "in three of the four categories (A, B and C)": the judgements in the
    brackets, not those of another grade after them."""
    a = draw(authority_names())
    grade, q = _grade(draw)
    chosen = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=3, unique=True))
    phrases = [draw(st.sampled_from(JUDGEMENT_FORMS[j])) for j in chosen]
    noun = _pick(draw, "categories", "areas", "judgements")
    opening = _pick(draw, f"{a} was rated {q}", f"Inspectors judged {a} {q}", f"{a} received {_an(q)} {q} rating")
    text = f"{opening} in {_count(draw, len(chosen))} of the five {noun} ({_listed(phrases)})."
    return text, {(a, grade, j, True) for j in chosen}


COUNT_FRAMES: Final[dict[str, Frame]] = {
    "names_next": _names_next, "count_are": _count_are, "count_then_list": _count_then_list, "bullets": _bullets,
    "all_areas": _all_areas, "exception": _exception, "some_areas_listed": _some_areas_listed,
    "overall_judgement_is": _overall_judgement_is, "serial_comma": _serial_comma, "bulleted_areas": _bulleted_areas,
    "coordinated_subjects": _coordinated_subjects, "plural_ratings_listed": _plural_ratings_listed,
    "bracketed_areas": _bracketed_areas,
}
COUNT_FAILURES: Final[frozenset[str]] = frozenset()


@st.composite
def counted_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Generated:
    """A count given a grade that says whose it is: a count of councils whose names follow
    (after "are:", one a line after a colon, or as the next sentence's subject), one
    council's judgement areas, all of them or a count with the areas listed
    (``COUNT_FRAMES``' names; by default all but the known failures)."""
    names = _frames(COUNT_FRAMES, phenomena, set(COUNT_FRAMES) - COUNT_FAILURES)
    text, keys = COUNT_FRAMES[draw(st.sampled_from(names))](draw)
    return Generated(text, frozenset(keys))


# -- counts that name nobody -------------------------------------------------------------


def _bare_count(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    _, q = _grade(draw)
    n = draw(st.integers(2, 40))
    noun = _pick(draw, *_COUNCIL_NOUNS)
    return f"{_count(draw, n).capitalize()} {noun} were rated {q}{draw(date_phrases())}.", set()


def _names_unrelated(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    names = _councils(draw, 2, 3)
    _, q = _grade(draw)
    noun = _pick(draw, *_COUNCIL_NOUNS)
    after = _pick(draw, "were inspected in the spring", "have new directors", "are in the same region")
    text = f"{_count(draw, len(names)).capitalize()} {noun} were rated {q} this year. {_listed(names)} {after}."
    return text, set()


def _some_areas_unnamed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw)
    subject = _pick(draw, "Three of the five areas assessed", "Two out of five key areas of the service",
                    "Four of the five areas inspected", "Some of the areas examined")
    verb = _pick(draw, "were given", "were judged", "were rated")
    return f"Inspectors visited {a} in May. {subject} {verb} {q}.", set()


def _count_of_areas_as_places(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    a = draw(authority_names())
    _, q = _grade(draw)
    count = _pick(draw, "Three", "Five", "Most", "Some")
    noun = _pick(draw, "local areas", "councils in the region", "authorities nearby")
    return f"{a} was inspected in May. {count} {noun} were judged {q}.", set()


def _aggregate_plural(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Ratings in the plural, counted or measured as a whole, are no council's grade."""
    a = draw(authority_names())
    _, q = _grade(draw)
    measure = _pick(draw, "the increase in", "a rise in", "the number of", "the proportion of")
    noun = _pick(draw, "ratings", "judgements", "Ofsted grades")
    return f"{a} was inspected in May. Ofsted said {measure} {q} {noun} was a concern.", set()


COUNT_NEGATIVE_FRAMES: Final[dict[str, Frame]] = {
    "bare_count": _bare_count, "names_unrelated": _names_unrelated, "some_areas_unnamed": _some_areas_unnamed,
    "areas_as_places": _count_of_areas_as_places, "aggregate_plural": _aggregate_plural,
}
COUNT_NEGATIVE_FAILURES: Final[frozenset[str]] = frozenset()


@st.composite
def counted_non_ratings(draw: st.DrawFn, phenomena: Iterable[str] | None = None) -> Generated:
    """A count given a grade that names no council: a bare count, a count followed by
    councils the next sentence says something else of, a count of a council's areas
    that does not say which, a count of places (``COUNT_NEGATIVE_FRAMES``' names; by
    default all but the known failures)."""
    names = _frames(COUNT_NEGATIVE_FRAMES, phenomena, set(COUNT_NEGATIVE_FRAMES) - COUNT_NEGATIVE_FAILURES)
    text, _ = COUNT_NEGATIVE_FRAMES[draw(st.sampled_from(names))](draw)
    return Generated(text)


__all__ = ["COUNT_FAILURES", "COUNT_FRAMES", "COUNT_NEGATIVE_FAILURES", "COUNT_NEGATIVE_FRAMES",
           "counted_non_ratings", "counted_ratings"]
