"""Which judgement a grade is for, when the sentence names more than one: the judgement
named right after a grade ("for", "in", "on") is that grade's, whatever the clause's
subject named before it ("rated good for leadership and requires improvement for help and
protection"); a second grade whose verb is left out after "but", "while" or a semicolon
shares the first one's ("rated good for leadership, but inadequate for adoption"; "..., and
the leadership of the service good"), and
one ending "overall" is the overall grade ("... but requires improvement overall"); "as
does X" adds X, after a grade or a judgement named for it ("good for leadership, as was
help and protection"); a grade of the service the subject receives ("children who need
help and protection were judged to be receiving good services"); a pair set off by commas shares its grade ("A's leadership, and its
adoption, were both rated good"); a judgement compared with ("like leadership") is not the subject's; the
help and protection judgement told by its verb ("for protecting children", "at keeping
vulnerable children safe", "for how it helps and protects children"). Negatives: a
grade word before an ordinary noun after the break ("but good ideas for care leavers")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ..records import Grade, Judgement
from ._base import JUDGEMENT_FORMS, Generated, RatingKey, authority_names
from ._draws import _GRADES, _pick

_Frame = Callable[[st.DrawFn], tuple[str, set[RatingKey]]]

#: A grade as a verb's complement, and as a verb of its own ("requires improvement").
_FORMS: Final[dict[Grade, tuple[str, ...]]] = {
    "outstanding": ("outstanding", "'outstanding'"), "good": ("good", "'good'"),
    "requires_improvement": ("'requires improvement'", "'requires improvement to be good'"),
    "inadequate": ("inadequate", "'inadequate'"),
}
_VERBS: Final = ("rated", "judged", "graded", "assessed as")
#: Help and protection told by its verb, after "for" or "at".
_PROTECTING: Final = ("protecting children", "helping and protecting children", "protecting vulnerable children",
                      "keeping children safe", "keeping vulnerable young people safe", "how it helps and protects children",
                      "the way it protects children and young people", "the support and protection children receive",
                      "how well its services help and protect children", "its work to keep children safe",
                      "the way social workers protect vulnerable young people")


def _two(draw: st.DrawFn) -> tuple[tuple[Judgement, str], tuple[Judgement, str]]:
    """Two different judgements and how each is written."""
    j1, j2 = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=2, unique=True))
    return (j1, draw(st.sampled_from(JUDGEMENT_FORMS[j1]))), (j2, draw(st.sampled_from(JUDGEMENT_FORMS[j2])))


#: The judgements that name whom a service is for, as the subject of "receiving".
_RECEIVERS: Final[tuple[tuple[Judgement, str], ...]] = (
    ("help_and_protection", "children who need help and protection"), ("help_and_protection", "children in need of help and protection"),
    ("children_in_care", "children in care"), ("children_in_care", "looked-after children"), ("care_leavers", "care leavers"))


def _grade(draw: st.DrawFn) -> tuple[Grade, str]:
    grade = draw(st.sampled_from(_GRADES))
    return grade, draw(st.sampled_from(_FORMS[grade]))


def _second_for(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g1 for J1 and g2 for J2", the second grade perhaps a verb of its own."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    (g1, f1), (g2, f2) = _grade(draw), _grade(draw)
    second = "requires improvement" if g2 == "requires_improvement" and draw(st.booleans()) else f2
    text = f"{a} was {_pick(draw, *_VERBS)} {f1} for {w1} and {second} for {w2}."
    return text, {(a, g1, j1, True), (a, g2, j2, True)}


def _gapped(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g1 for J1, but g2 for J2": the second grade's verb left out."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    (g1, f1), (g2, f2) = _grade(draw), _grade(draw)
    joiner = _pick(draw, ", but ", ", while ", "; ", ", whereas ")
    text = f"{a} was {_pick(draw, *_VERBS)} {f1} for {w1}{joiner}{f2} {_pick(draw, 'for', 'on', 'in')} {w2}."
    return text, {(a, g1, j1, True), (a, g2, j2, True)}


def _gapped_overall(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g1 for J1 but g2 overall": the second grade, its verb left out, the overall one."""
    a, ((j1, w1), _) = draw(authority_names()), _two(draw)
    (g1, f1), (g2, f2) = _grade(draw), _grade(draw)
    joiner = _pick(draw, " but ", ", but ", ", while ", " and ")
    second = "requires improvement" if g2 == "requires_improvement" and draw(st.booleans()) else f2
    text = f"{a} was {_pick(draw, *_VERBS)} {f1} for {w1}{joiner}{second} overall."
    return text, {(a, g1, j1, True), (a, g2, "overall", True)}


def _on_judgement(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was graded g on J", or "A requires improvement for J"."""
    a, ((j1, w1), _) = draw(authority_names()), _two(draw)
    grade, form = _grade(draw)
    if grade == "requires_improvement" and draw(st.booleans()):
        return f"{a} requires improvement {_pick(draw, 'for', 'on')} {w1}.", {(a, grade, j1, True)}
    return f"{a} was {_pick(draw, *_VERBS)} {form} on {w1}.", {(a, grade, j1, True)}


def _as_does(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"J1 in A requires improvement, as does J2"."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    text = f"{w1[0].upper()}{w1[1:]} in {a} requires improvement, {_pick(draw, 'as does', 'and so does')} {w2}."
    return text, {(a, "requires_improvement", j1, True), (a, "requires_improvement", j2, True)}


def _as_was_after(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g for J1, as was J2": the judgement "as was" adds after a named one."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    grade, form = _grade(draw)
    link = _pick(draw, "as was", "as were", "and so was")
    return f"{a} was {_pick(draw, *_VERBS)} {form} {_pick(draw, 'for', 'on')} {w1}, {link} {w2}.", {(a, grade, j1, True), (a, grade, j2, True)}


def _receiving(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"J in A were judged to be receiving g services": the subject's judgement, the grade
    an adjective of the service received or provided."""
    a, (j1, w1) = draw(authority_names()), draw(st.sampled_from(_RECEIVERS))
    grade, form = _grade(draw)
    article = "an " if form.strip("'")[0] in "aeiou" else "a "
    noun, det = draw(st.sampled_from([("services", ""), ("service", article), ("support", "")]))
    verb = _pick(draw, "judged to be receiving", "rated as receiving", "found to be receiving", "judged to receive")
    return f"{w1[0].upper()}{w1[1:]} in {a} {_pick(draw, 'were', 'was')} {verb} {det}{form} {noun}.", {(a, grade, j1, True)}


def _compared(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"J1, like J2, was rated g in A": only the subject's judgement."""
    a, ((j1, w1), (_, w2)) = draw(authority_names()), _two(draw)
    grade, form = _grade(draw)
    text = f"{w1[0].upper()}{w1[1:]}, {_pick(draw, 'like', 'unlike')} {w2}, was {_pick(draw, *_VERBS)} {form} in {a}."
    return text, {(a, grade, j1, True)}


def _protecting(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g for protecting children"."""
    a = draw(authority_names())
    grade, form = _grade(draw)
    what = _pick(draw, *_PROTECTING)
    at = what.startswith(("protecting", "keeping", "helping")) and draw(st.booleans())
    return f"{a} was {_pick(draw, *_VERBS)} {form} {'at' if at else 'for'} {what}.", {(a, grade, "help_and_protection", True)}


def _pair_set_off(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A's J1, and its J2, were both rated g": a pair set off by commas, one grade for both."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    grade, form = _grade(draw)
    verb = f"{_pick(draw, 'were both', 'were', 'have both been', 'were also')} {_pick(draw, *_VERBS)}"
    text = draw(st.sampled_from([f"{a}'s {w1}, and its {w2}, {verb} {form}.",
                                 f"In {a}, {w1}, and the council's {w2}, {verb} {form}."]))
    return text, {(a, grade, j1, True), (a, grade, j2, True)}


def _gapped_postmodified(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A's J1 was rated g1, and the J2 of the service g2": the second judgement, with words
    after it, graded by the first clause's verb."""
    a, ((j1, w1), (j2, w2)) = draw(authority_names()), _two(draw)
    (g1, f1), (g2, f2) = _grade(draw), _grade(draw)
    tail = _pick(draw, " of the service", " of its work", " across the service", "")
    text = f"In {a}, {w1} was {_pick(draw, *_VERBS)} {f1}, and the {w2}{tail} {f2}."
    return text, {(a, g1, j1, True), (a, g2, j2, True)}


def _the_only_one(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"The one area to fall short was J, which requires improvement": "the one" is the only
    one, no count of councils."""
    a, ((j1, w1), _) = draw(authority_names()), _two(draw)
    g, f = _grade(draw)
    lead = _pick(draw, "The one area to fall short was", "The one weakness was", "The one exception was")
    return f"{a} was {_pick(draw, *_VERBS)} {f} overall. {lead} {w1}, which requires improvement.", {
        (a, g, "overall", True), (a, "requires_improvement", j1, True)}


def _all_of_them(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"In A, inspectors judged J1, J2 and J3 all g": "all" (or "both") between an object
    list and its grade."""
    a = draw(authority_names())
    js = draw(st.lists(st.sampled_from(sorted(JUDGEMENT_FORMS)), min_size=2, max_size=3, unique=True))
    ws = [draw(st.sampled_from(JUDGEMENT_FORMS[j])) for j in js]
    g, f = _grade(draw)
    listed = f"{ws[0]} and {ws[1]} both" if len(ws) == 2 else f"{ws[0]}, {ws[1]}, and {ws[2]} all"
    return f"In {a}, inspectors {_pick(draw, 'rated', 'judged', 'graded')} {listed} {f}.", {(a, g, j, True) for j in js}


def _not_gapped(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """"A was rated g1 for J1, but good ideas for J2 ...": no second grade."""
    a, ((j1, w1), (_, w2)) = draw(authority_names()), _two(draw)
    g1, f1 = _grade(draw)
    word = _pick(draw, "good ideas", "outstanding questions", "good intentions")
    return f"{a} was {_pick(draw, *_VERBS)} {f1} for {w1}, but {word} for {w2} were not enough.", {(a, g1, j1, True)}


NAMED_JUDGEMENT_PHENOMENA: Final[dict[str, _Frame]] = {
    "second_for": _second_for, "gapped": _gapped, "on_judgement": _on_judgement, "as_does": _as_does,
    "compared": _compared, "protecting": _protecting, "as_was_after": _as_was_after, "receiving": _receiving,
    "gapped_overall": _gapped_overall, "pair_set_off": _pair_set_off, "not_gapped": _not_gapped,
    "gapped_postmodified": _gapped_postmodified, "the_only_one": _the_only_one, "all_of_them": _all_of_them,
}


@st.composite
def named_judgements(draw: st.DrawFn, phenomena: tuple[str, ...] = tuple(NAMED_JUDGEMENT_PHENOMENA)) -> Generated:
    """A sentence of one phenomenon above and the ratings it states."""
    frame = NAMED_JUDGEMENT_PHENOMENA[draw(st.sampled_from(phenomena))]
    text, keys = frame(draw)
    return Generated(text, frozenset(keys))
