"""A grade given "for" a list of judgements after it, in any frame that gives a grade (a
verb, a rating noun, the end of the scale): "gave Halton its highest grade for adoption,
the help given to care leavers and leadership, and also for its overall effectiveness"
is one rating per judgement listed; items may be the judgement's name or
the service for it ("support for", "services for"), joined by commas, "and", "as well as".
Negatives: the same lists after a hope, a count of councils, or a school's grade."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import JUDGEMENT_FORMS, Generated, RatingKey, authority_names
from ._draws import _grade, _pick

_Frame = Callable[[st.DrawFn], tuple[str, set[RatingKey]]]

#: Services named for a judgement, before its name: "support for care leavers".
_SERVICE_FOR: Final = ("", "", "support for ", "services for ", "the support for ", "the services provided to ")
#: Later items of a list may name a judgement by what it is about, the council's care
#: understood: "..., to those who are in its care".
_ELIDED: Final[dict[Judgement, tuple[str, ...]]] = {
    "children_in_care": ("those who are in its care", "those in its care", "children in their care", "cared for children"),
    "help_and_protection": ("the help and protection it gives to children", "the help and protection it provides"),
    "leadership": ("the impact of its leaders",),
}
#: Judgements whose names read after "support for" (not "support for leadership").
_SERVED: Final[frozenset[Judgement]] = frozenset({"children_in_care", "care_leavers"})


def _judgement_list(draw: st.DrawFn) -> tuple[str, list[Judgement]]:
    """Two to four judgements as a list, and how it is written."""
    judgements: list[Judgement] = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=4, unique=True))
    last = _pick(draw, " and ", ", and ", " as well as for ", " as well as ")
    items = []
    for k, j in enumerate(judgements):
        name = draw(st.sampled_from(_ELIDED.get(j, ()) + JUDGEMENT_FORMS[j])) if k else draw(st.sampled_from(JUDGEMENT_FORMS[j]))
        item = f"{_pick(draw, *_SERVICE_FOR)}{name}" if j in _SERVED and not name.startswith("those") else name
        if k and j == "leadership" and not name.startswith("the "):  # "..., as well as the overall leadership"
            item = _pick(draw, "", "the ", "the overall ", "its overall ") + item
        led = item.startswith(("those", "the services")) and not (k == len(judgements) - 1 and last.endswith("for "))
        items.append(f"{_pick(draw, '', '', 'to ', 'for ')}{item}" if k and led else item)
    written = ", ".join(items[:-1]) + last + items[-1]
    if draw(st.booleans()):  # the overall judgement at the end: "as well as for overall effectiveness"
        written += _pick(draw, " as well as for overall effectiveness", " and for overall effectiveness")
        judgements = [*judgements, "overall"]
    return written, judgements


def _extreme_for(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The end of the scale, or the step next to it, given for a list: "its top grade for
    A, B and C", "its second-lowest band for A", "in the second-lowest of the
    inspectorate's four bands for A"."""
    a = draw(authority_names())
    written, judgements = _judgement_list(draw)
    extremes: list[tuple[str, Grade]] = [("top", "outstanding"), ("highest", "outstanding"), ("lowest", "inadequate"),
                                         ("second-lowest", "requires_improvement"), ("second-highest", "good")]
    extreme, grade = draw(st.sampled_from(extremes))
    noun = _pick(draw, "grade", "rating", "band")
    subject = _pick(draw, f"children's services at {a} Council", f"{a} Council", f"{a}'s children's services")
    if draw(st.booleans()):  # "placed in the second-lowest of the inspectorate's four bands"
        text = f"Ofsted placed {subject} in the {extreme} of the inspectorate's four {noun}s for {written}."
        return text, {(a, grade, j, True) for j in judgements}
    text = f"Ofsted has given {subject} its {extreme} {noun} for {written}."
    return text, {(a, grade, j, True) for j in judgements}


def _rated_for(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A rated verb or a rating noun and a grade, for a list: "was rated 'good' for A, B and C"."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    written, judgements = _judgement_list(draw)
    text = draw(st.sampled_from([
        f"{a} Council was rated {q} for {written}.",
        f"Ofsted gave {a} Council a rating of {q} for {written}.",
        f"Children's services in {a} were judged {q} for {written}.",
    ]))
    return text, {(a, grade, j, True) for j in judgements}


#: The ILACS judgements as a list after "in all four areas:", in full or elided ("those
#: in care", "the impact leaders have on ..."), in the framework's order.
_AREA_ITEMS: Final[tuple[tuple[Judgement, tuple[str, ...]], ...]] = (
    ("help_and_protection", ("the experiences and progress of children who need help and protection",
                             "children who need help and protection")),
    ("children_in_care", ("those in care", "the experiences and progress of children in care", "children in care")),
    ("care_leavers", ("those who have left care", "care leavers", "those leaving care")),
    ("leadership", ("the impact leaders have on practice with families", "the impact of leaders on practice")),
)


def _all_areas_listed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade "in all four areas" and the areas listed after a colon or a dash (an adjunct
    may come first: "... in all four areas following an inspection in May: ..."): the
    overall grade and one per area."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    items = [draw(st.sampled_from(forms)) for _, forms in _AREA_ITEMS]
    listed = ", ".join(items[:-1]) + _pick(draw, ", and ", " and ") + items[-1]
    areas = _pick(draw, "all four areas", "all four areas of focus", "all four areas inspected", "every area")
    lead = _pick(draw, f"Ofsted found {a}'s children's services to be {q} in {areas}",
                 f"{a} Council was rated {q} in {areas}")
    adjunct = _pick(draw, "", " following an inspection in May", " after a three-week inspection", " this year")
    text = f"{lead}{adjunct}{_pick(draw, ': ', ' - ') if not adjunct else ': '}{listed}."
    return text, {(a, grade, j, True) for j, _ in _AREA_ITEMS} | {(a, grade, "overall", True)}


def _rest_and_the_last(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade for some areas listed in brackets, then another grade for the remaining
    one in brackets of its own ("... in three of the four areas (A, B and C) and 'good' in
    the fourth (D)"): the second grade is D's alone, not the first list's."""
    a = draw(authority_names())
    order: list[Judgement] = draw(st.permutations(["leadership", "help_and_protection", "children_in_care", "care_leavers"]))
    first, last = order[:3], order[3]
    grade, q = _grade(draw, quoted=True, grades=("good", "requires_improvement", "inadequate"))  # unquoted: no sign of a rating
    names = [draw(st.sampled_from(JUDGEMENT_FORMS[j])) for j in first]
    listed = f"{names[0]}, {names[1]} and {names[2]}"
    lead = _pick(draw, f"Ofsted gave {a} Council its highest rating", f"{a} Council was rated outstanding")
    text = (f"{lead} in three of the four areas ({listed}) and {q} in the {_pick(draw, 'fourth', 'other', 'remaining one')} "
            f"({draw(st.sampled_from(JUDGEMENT_FORMS[last]))}).")
    return text, {(a, "outstanding", j, True) for j in first} | {(a, grade, last, True)}


def _served_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Services for two judgements as the subject, the preposition said twice: "Support
    for looked-after children and for care leavers was judged 'good'"."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    pair: list[Judgement] = draw(st.lists(st.sampled_from(["children_in_care", "care_leavers", "help_and_protection"]),
                                          min_size=2, max_size=2, unique=True))
    first, second = (draw(st.sampled_from(JUDGEMENT_FORMS[j])) for j in pair)
    noun = _pick(draw, "Services", "Support", "The services")
    text = f"{a} Council was inspected in May. {noun} for {first} and for {second} {_pick(draw, 'are now', 'were')} rated as {q}."
    return text, {(a, grade, j, True) for j in pair}


def _with_fostering(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Adoption coordinated with fostering as one service ("its fostering and
    adoption work was judged 'good'"): the adoption judgement's grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    pair = _pick(draw, "Its adoption and fostering services", "Fostering and adoption work", "Adoption and fostering")
    return f"{a} Council was inspected in May. {pair} {_pick(draw, 'were judged', 'was judged')} {q}.", {(a, grade, "adoption", True)}


def _no_areas_that(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A negated antecedent of the clause that holds the grade ("There were no areas that
    were judged to be inadequate"): nobody was given it; the council's own grade stands."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    _, other = _grade(draw, grades=tuple(g for g in ("outstanding", "good", "inadequate") if g != grade))
    noun = _pick(draw, "areas", "judgements", "aspects of the service", "parts of the service")
    verb = _pick(draw, "were judged to be", "were rated", "was found to be", "have been judged")
    lead = _pick(draw, "There were no", "Inspectors found no", "The report named no")
    text = f"Ofsted rated {a} Council {q} overall. {lead} {noun} that {verb} {other}."
    return text, {(a, grade, "overall", True)}


#: Names of the local safeguarding children board, as articles write them.
_BOARDS: Final = ("Local Safeguarding Children Board (LSCB)", "Local Child Safeguarding Board (LCSB)",
                  "Safeguarding Children Board", "local safeguarding children board")


def _board_arrangements(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The board's arrangements as the object of a rated verb, an aside after them:
    "Ofsted rated the city's Local Safeguarding Children Board (LSCB) arrangements,
    chaired by Sam Patel, as 'good'": the board's grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    board = _pick(draw, *_BOARDS)
    whose = _pick(draw, f"{a}'s", f"{a} Council's", "the city's independent", "the borough's")
    aside = _pick(draw, ", chaired by Sam Patel,", ", led by an independent chair,", "")
    text = f"{a} Council was inspected in May. Ofsted rated {whose} {board} arrangements{aside} as {q}."
    return text, {(a, grade, "lscb", True)}


def _object_after_grade(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The judgement as the rated verb's object after the grade, a long object moved to
    the end ("The report judges as 'good' the adoption service that the council runs"):
    that judgement's grade."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted=True)
    judgement: Judgement = draw(st.sampled_from(["lscb", "adoption", "care_leavers", "leadership"]))
    named = {"lscb": "local safeguarding children board", "adoption": "adoption service",
             "care_leavers": "care leavers service", "leadership": "leadership"}[judgement]
    verb = _pick(draw, "judges", "rates", "judged", "rated")
    rest = _pick(draw, " set up by the council three years ago", " that the council runs with its partners", "")
    return f"Ofsted inspected {a} Council in May. The report {verb} as {q} the {named}{rest}.", {(a, grade, judgement, True)}


#: Phrasings of this module, by phenomenon.
def _as_were_listed(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement's grade, then "as were" (or "along with") a list of more: each of them
    ("Care leavers were judged good, as were the help and protection of children, and
    the impact of leaders")."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    first, *more = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=4, unique=True))
    items = [f"{_pick(draw, '', 'the ')}{draw(st.sampled_from(JUDGEMENT_FORMS[j]))}" for j in more]
    joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + _pick(draw, ", and ", " and ") + items[-1]
    lead = _pick(draw, "as were", "along with", "as well as")
    head = draw(st.sampled_from(JUDGEMENT_FORMS[first]))
    text = f"{a} Council was inspected in May. {head[0].upper()}{head[1:]} {_pick(draw, 'was', 'were')} judged {q}, {lead} {joined}."
    return text, {(a, grade, j, True) for j in (first, *more)}


def _participle_object(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement as the object of a verb of rating, a participle after it ("judged the
    help and protection offered to children in Kent to be good"): that judgement's."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    judgement = draw(st.sampled_from(sorted(JUDGEMENT_FORMS)))
    name = draw(st.sampled_from(JUDGEMENT_FORMS[judgement]))
    participle = _pick(draw, "offered", "provided", "given")
    how = _pick(draw, "to be ", "as ")
    return f"Inspectors judged the {name} {participle} by {a} Council {how}{q}.", {(a, grade, judgement, True)}


def _then_a_clause(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement after the list that opens a clause of its own is not listed: "rated
    'good' for adoption, and its leadership was criticised" rates adoption only."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    judgement: Judgement = draw(st.sampled_from(["adoption", "care_leavers"]))
    other = _pick(draw, "its leadership", "the leadership", "its management", "the help and protection of children")
    verb = _pick(draw, "was criticised", "has been questioned", "needs attention")
    return (f"{a} Council was rated {q} for {JUDGEMENT_FORMS[judgement][0]}, and {other} {verb}.",
            {(a, grade, judgement, True)})


#: What follows a judgement's name and says whom it serves: "the help and protection
#: (given to children at risk)".
_POSTMODIFIERS: Final = ("", " given to children", " given to children at risk", " offered to families",
                         " provided for children in need", " it gives to children")
#: Judgements that read with a postmodifier of whom they serve.
_SERVING: Final[dict[Judgement, tuple[str, ...]]] = {
    "help_and_protection": ("help and protection", "support and protection"),
    "leadership": ("impact of leaders", "leadership"),
    "children_in_care": ("experiences of children in care", "experiences and progress of children in care"),
    "care_leavers": ("support for care leavers", "experiences of care leavers"),
}


def _postmodified_items(draw: st.DrawFn) -> tuple[str, list[Judgement]]:
    """Two or three judgements coordinated, help and protection with a postmodifier of whom
    it serves: "the help and protection given to children at risk and the impact of leaders",
    "..., and of children in care"."""
    judgements: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_SERVING)), min_size=2, max_size=3, unique=True))
    items = [f"the {draw(st.sampled_from(_SERVING[j]))}" + (_pick(draw, *_POSTMODIFIERS) if j == "help_and_protection" else "")
             for j in judgements]
    last = _pick(draw, " and ", ", and ") if len(items) > 2 else " and "  # the serial comma of three or more
    written = ", ".join(items[:-1]) + last + items[-1]
    return written, judgements


def _postmodified_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Judgements coordinated before their grade, an item with a postmodifier ("judged the
    help and protection given to children and the impact of leaders to be inadequate"):
    one rating each."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    written, judgements = _postmodified_items(draw)
    text = draw(st.sampled_from([
        f"Their report judged {written} to be {q}.",
        f"Inspectors rated {written} as {q}.",
        f"{written[0].upper()}{written[1:]} were judged {q}.",
        f"{written[0].upper()}{written[1:]} were all found to be {q}.",
    ]))
    return f"Ofsted inspected {a} Council in May. {text}", {(a, grade, j, True) for j in judgements}


def _the_same_of(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A second judgement given the first's grade by "the same" ("..., and said the same of
    children in care", "..., and the same was true of care leavers"): both."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    first, second = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=2, unique=True))
    head = draw(st.sampled_from(JUDGEMENT_FORMS[first]))
    same = _pick(draw, "and said the same of", "and inspectors said the same of", "and the same was true of",
                 "and found the same of", "the same applied to")
    text = f"The report judged {head} in {a} to be {q}, {same} {draw(st.sampled_from(JUDGEMENT_FORMS[second]))}."
    return text, {(a, grade, first, True), (a, grade, second, True)}


def _dashed_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Judgements listed in a dash aside after a count of them ("Three areas - A, B, and C -
    were judged good", "All three judgements - A, B, plus C - were"): one rating each (the
    aside's ", and" joins its last item, the count is of judgements, no councils)."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    judgements: list[Judgement] = draw(st.lists(st.sampled_from(sorted(_SERVING)), min_size=3, max_size=3, unique=True))
    items = [f"the {draw(st.sampled_from(_SERVING[j]))}" + (_pick(draw, "", " for children at risk") if j == "help_and_protection" else "")
             for j in judgements]
    dash = _pick(draw, "-", "\u2013", "\u2014")
    written = f"{items[0]}, {items[1]}{_pick(draw, ', and ', ' and ', ', plus ')}{items[2]}"
    head = _pick(draw, "Three areas", "All three judgements", "Three of the four areas inspectors examine", "Three key areas")
    return f"Ofsted inspected {a} Council in May. {head} {dash} {written} {dash} were judged {q}.", {(a, grade, j, True) for j in judgements}


JUDGEMENT_LIST_PHENOMENA: Final[dict[str, _Frame]] = {
    "dashed_subject": _dashed_subject,
    "extreme_for": _extreme_for, "rated_for": _rated_for, "all_areas_listed": _all_areas_listed,
    "served_subject": _served_subject, "with_fostering": _with_fostering, "no_areas_that": _no_areas_that,
    "board_arrangements": _board_arrangements, "object_after_grade": _object_after_grade,
    "as_were_listed": _as_were_listed, "participle_object": _participle_object, "then_a_clause": _then_a_clause,
    "rest_and_the_last": _rest_and_the_last, "postmodified_subject": _postmodified_subject, "the_same_of": _the_same_of,
}


def _hoped_for(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The list after a grade hoped for or feared: no rating."""
    a = draw(authority_names())
    verb = _pick(draw, "aims to be rated", "hopes to be judged", "wants to be rated", "is at risk of being rated",
                 "is in danger of being judged", "risks being rated")
    feared = "risk" in verb or "danger" in verb  # a grade feared, not hoped for
    _, q = _grade(draw, grades=("inadequate",) if feared else ("outstanding", "good"))
    written, _ = _judgement_list(draw)
    return f"{a} Council {verb} {q} for {written} at its next inspection.", set()


def _counted_for(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The list after a grade that a count of councils received: no council's rating."""
    a = draw(authority_names())
    _, q = _grade(draw)
    written, _ = _judgement_list(draw)
    n = _pick(draw, "Three", "Seven", "Twelve")
    return f"{n} councils were rated {q} for {written}, {a}'s director noted.", set()


def _fostering_alone(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A fostering service's grade, no judgement of the council's named with it: no rating."""
    a = draw(authority_names())
    _, q = _grade(draw, quoted_ri=True)
    subject = _pick(draw, "Its fostering service", "The fostering agency", "Fostering services", "The adoption agency")
    return f"{a} Council was inspected in May. {subject} {_pick(draw, 'was', 'were')} rated {q}.", set()


#: Negatives of this module.
NOT_JUDGEMENT_LIST_PHENOMENA: Final[dict[str, _Frame]] = {
    "hoped_for": _hoped_for, "counted_for": _counted_for, "fostering_alone": _fostering_alone,
}


@st.composite
def judgement_list_sentences(draw: st.DrawFn, phenomena: tuple[str, ...] = ()) -> Generated:
    """A sentence of one of ``phenomena`` (all of this module's, positive and negative, by
    default) and the ratings it states."""
    every = JUDGEMENT_LIST_PHENOMENA | NOT_JUDGEMENT_LIST_PHENOMENA
    frame = every[draw(st.sampled_from(phenomena or sorted(every)))]
    text, keys = frame(draw)
    return Generated(text, ratings=frozenset(keys))


