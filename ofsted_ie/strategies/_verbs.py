"""Verb frames and subjects beyond "rated" (P6), generic statements that give no grade
(P11), and joint bodies' names that name no subject (P12)."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ..records import Judgement
from ._base import RatingKey, authority_names, date_phrases
from ._draws import _grade, _pick

#: Judgements as the subject of a state ("... continue to require improvement"), with
#: whether the phrase is plural.
_SUBJECTS: Final[dict[Judgement, tuple[tuple[str, bool], ...]]] = {
    "help_and_protection": (("help and protection services", True), ("child protection", False)),
    "children_in_care": (("services for children in care", True), ("support for looked-after children", False)),
    "care_leavers": (("services for care leavers", True), ("support for care leavers", False)),
    "adoption": (("adoption services", True), ("adoption work", False)),
    "leadership": (("leadership", False),),
}


def _subject(draw: st.DrawFn) -> tuple[Judgement, str, bool]:
    judgement = draw(st.sampled_from(sorted(_SUBJECTS)))
    phrase, plural = draw(st.sampled_from(_SUBJECTS[judgement]))
    return judgement, phrase, plural


def _condemn_as(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A verb that rates with "as": "condemned child protection in X as inadequate",
    "classified X's services as 'adequate'", active or passive."""
    a = draw(authority_names())
    grade, q = _grade(draw, grades=("outstanding", "good", "requires_improvement", "inadequate", "adequate"),
                      quoted_ri=True)
    verb = _pick(draw, "condemned", "condemns", "branded", "classified", "classed")
    judgement, phrase, _ = _subject(draw)
    objects: list[tuple[str, Judgement]] = [(f"{a}'s children's services", "overall"), (f"{a} Children's Services", "overall"),
                                            (f"children's services in {a}", "overall"), (f"{phrase} in {a}", judgement)]
    obj, key = draw(st.sampled_from(objects))
    who = _pick(draw, "Ofsted", "Inspectors", "A damning report", "The watchdog")
    if draw(st.booleans()):
        text = f"{who} {verb} {obj} as {q}{draw(date_phrases())}."
    else:
        passive = "condemned" if verb.startswith("condemn") else verb.replace("brands", "branded")
        text = f"{obj[0].upper()}{obj[1:]} {_pick(draw, 'were', 'have been')} {passive} as {q} by Ofsted."
    return text, {(a, grade, key, True)}


def _continues_to(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement's grade as a lasting state: "continues to require improvement",
    "remain 'inadequate'", "continue to be good"."""
    a = draw(authority_names())
    judgement, phrase, plural = _subject(draw)
    grade, q = _grade(draw, quoted_ri=True)
    s = "" if plural else "s"
    if grade == "requires_improvement" and draw(st.booleans()):
        state = f"continue{s} to require improvement"
    else:
        state = f"{_pick(draw, f'remain{s}', f'continue{s} to be')} {q}"
    if draw(st.booleans()):
        text = f"In {a}, {phrase} {state}."
    else:
        text = f"{phrase[0].upper()}{phrase[1:]} in {a} {state}, {_pick(draw, 'inspectors said', 'the report found')}."
    return text, {(a, grade, judgement, True)}


def _attributive(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade as a compound adjective of the council it names: "the 'inadequate'-rated
    council, X,", "X, the good-rated authority,"."""
    a = draw(authority_names())
    grade, q = _grade(draw, grades=("outstanding", "good", "inadequate"))
    rated = _pick(draw, "rated", "graded")
    tail = _pick(draw, "has appointed a new director", "will be inspected again next year")
    text = draw(st.sampled_from([f"The {q}-{rated} council, {a}, {tail}.", f"{a}, the {q}-{rated} authority, {tail}.",
                                 f"The {q}-{rated} {a} Council {tail}.", f"{a}'s {q}-{rated} children's services {tail.replace('has', 'have')}."]))
    return text, {(a, grade, "overall", True)}


def _area_anaphor(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """ "This area" as the subject, referring back to the judgement named before it."""
    a = draw(authority_names())
    judgement, phrase, _ = _subject(draw)
    lead = _pick(draw, f"Inspectors looked closely at {phrase} in {a}.", f"{a} Council's {phrase} was examined in detail.")
    verb = _pick(draw, "requires", "will require")
    return f"{lead} {_pick(draw, 'This', 'That')} area {verb} improvement to be good.", {(a, "requires_improvement", judgement, True)}


def _pronoun_subject(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """ "It"/"This" right before its grading verb refers back to the judgement named before
    it; a pronoun opening a longer clause ("This has led to ... a judgement of", "It was
    in 2013 that ... was found") is no such subject: the grade is the council's overall."""
    a = draw(authority_names())
    judgement, phrase, plural = _subject(draw)
    grade, q = _grade(draw, quoted_ri=True)
    lead = _pick(draw, f"Inspectors looked closely at {phrase} in {a}.", f"{a} Council's {phrase} was examined in detail.")
    if draw(st.booleans()):
        verb = _pick(draw, "was rated", "was judged", "was also rated", "was found to be")
        return f"{lead} {_pick(draw, 'It', 'This')} {verb} {q}.", {(a, grade, judgement, True)}
    (year,) = draw(st.lists(st.integers(2009, 2023), min_size=1, max_size=1))
    later = _pick(draw, f"This has led, after years of work, to the council's first Ofsted judgement of {q}.",
                  f"It was in {year} that Ofsted found the council's children's services to be {q}.",
                  f"This has helped the council towards an overall Ofsted rating of {q}.")
    return f"{lead} {later}", {(a, grade, "overall", True)}


def _case_noun_modifier(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A judgement's words modifying a noun of cases or problems in the subject ("a town
    dogged by child protection failures", "children on child protection plans") name no
    judgement: the grade is the council's overall."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    words = _pick(draw, "child protection", "safeguarding", "adoption", "leadership")
    noun = _pick(draw, "failures", "plans", "register", "concerns", "scandal")
    verb = _pick(draw, "have been rated", "have now been judged", "were found to be")
    text = _pick(draw, f"Children's services in {a}, a borough hit by years of {words} {noun}, {verb} {q}.",
                 f"Services in {a}, where a review of {words} {noun} began last year, {verb} {q}.")
    return text, {(a, grade, "overall", True)}


def _partner_council(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A council named as a partner ("its partnership with B", "worked closely with B") is
    no antecedent for a later sentence's grade; a council named as a subject is."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    grade, q = _grade(draw, quoted_ri=True)
    later = _pick(draw, f"Its services were rated {q}.", f"The services were judged {q}.", f"Children's services were rated {q}.")
    if draw(st.booleans()):
        return f"{b} Council's services were inspected in June. {later}", {(b, grade, "overall", True)}
    partner = _pick(draw, f"The report credits a long partnership with {b} Council for steadier leadership.",
                    f"The council has worked closely with {b} since a review.",
                    f"Leaders share a training academy alongside {b}.")
    gap = _pick(draw, " ", "\n\n")
    return f"{a} Council's services were inspected in May. {partner}{gap}{later}", {(a, grade, "overall", True)}


def _unnamed_council(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A text that names no council speaks of one it leaves unnamed: a grade label of its
    services is that council's, authority null."""
    grade, q = _grade(draw, quoted=True)
    return draw(st.sampled_from([
        f"Council's care for children {q} - watchdog\n\nThe council's services have made steady progress, inspectors said.",
        f"The council said the inspectors' verdict of {q} was fair but hard to read.",
        f"Officers told members the service had received a grade of {q} from Ofsted.",
    ])), {(None, grade, "overall", True)}


def _lscb_arrangements(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """The safeguarding board's review by its short name: "rated the city's LSCB arrangements as 'good'"."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    place = _pick(draw, "city's", "county's", "borough's", "council's")
    board = _pick(draw, "LSCB arrangements", "LSCB", "local safeguarding children board")
    return f"Inspectors visited {a} in May and rated the {place} {board} as {q}.", {(a, grade, "lscb", True)}


def _joint_board(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Councils named only in a joint body's name own none of the text's records."""
    a, b, c = draw(st.lists(authority_names(), min_size=3, max_size=3, unique=True))
    grade, q = _grade(draw, quoted_ri=True)
    g2, q2 = _grade(draw, quoted_ri=True)
    body = _pick(draw, "Safeguarding Children Board", "Safeguarding Children Partnership", "Local Safeguarding Children Board")
    joined = _pick(draw, f"{b} and {c}", f"City and {c}", f"{b}, {c} and Thornbury")
    text = (f"Children's services in {a} were rated {q}. The {joined} {body} met on Tuesday. "
            f"The council's adoption services were rated {q2}.")
    return text, {(a, grade, "overall", True), (a, g2, "adoption", True)}


# -- generic statements (negatives) -------------------------------------------------------


def _services_in_general(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """Services in general as a grade's subject: "typical of services judged 'inadequate'"."""
    a = draw(authority_names())
    _, q = _grade(draw, capital=False, quoted_ri=True)
    verb = _pick(draw, "rated", "judged", "rated as", "judged to be")
    text = draw(st.sampled_from([
        f"{_pick(draw, 'Weak supervision', 'Drift')} is typical of services {verb} {q}, {a}'s director said.",
        f"Services {verb} {q} are inspected again within a year, officials in {a} said.",
        f"In services {verb} {q}, staff turnover is often high, a {a} Council report noted.",
        f"Common features of {q} services include frequent changes of social worker.",
        f"Staff in {q} departments tend to leave sooner, a survey found.",
    ]))
    return text, set()


def _share(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade word said of a share of things: "in 11% of homes it was inadequate", "in 11%
    it was" (the things named before), "in half of cases"."""
    a = draw(authority_names())
    _, q = _grade(draw, capital=False, grades=("outstanding", "good", "inadequate"))
    n = draw(st.integers(2, 95))
    share = _pick(draw, f"{n}%", f"{n} per cent", "one in five")
    things = _pick(draw, "homes", "cases", "the files audited")
    half = _pick(draw, "half", "a third", "most", "the majority")
    text = draw(st.sampled_from([f"In {a}, in {share} of {things} it was {q}.", f"In {share} of {things} in {a} the help given was {q}.",
                                 f"Care in {a} was {q} in {share} of {things}.",
                                 # the share's noun left to the sentence before, or a word share of cases
                                 f"{a} ran ten homes last year. In {share.replace(' in five', ' in 5')} it was {q}.",
                                 f"In {a}, the care was judged {q} in {half} of cases."]))
    return text, set()


def _intensified(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade word after a degree adverb is an ordinary adjective: "Very good report"."""
    a = draw(authority_names())
    word = _pick(draw, "good", "outstanding")
    adverb = _pick(draw, "Very", "very", "Really", "really", "extremely", "so", "quite")
    noun = _pick(draw, "report", "news", "result")
    opening = f"{adverb[0].upper()}{adverb[1:]} {word} {noun}"
    text = draw(st.sampled_from([f"{opening}, said the leader of {a} Council.", f'"{opening}," said the leader of {a} Council.',
                                 f'{a} Council\'s leader said: "This is a {adverb.lower()} {word} {noun}."']))
    return text, set()


VERB_FRAMES: Final = {"condemn_as": _condemn_as, "continues_to": _continues_to, "attributive": _attributive,
                      "area_anaphor": _area_anaphor, "pronoun_subject": _pronoun_subject,
                      "case_noun_modifier": _case_noun_modifier, "partner_council": _partner_council,
                      "unnamed_council": _unnamed_council,
                      "lscb_arrangements": _lscb_arrangements, "joint_board": _joint_board}
GENERIC_FRAMES: Final = {"services_in_general": _services_in_general, "share": _share, "intensified": _intensified}
