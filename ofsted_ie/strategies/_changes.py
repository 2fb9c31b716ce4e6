"""A change "to" a grade: given when its verb or noun is past or present ("has moved to
'good'", "rises two grades to", "since the leap to"), a hope after a modal, a goal or a
condition ("could move to", "aims to get to", "if it is judged")."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import RatingKey, authority_names, date_phrases
from ._draws import _GRADES, _grade, _pick

#: Verbs and nouns of a change of grade, past or present, before "to" and the new grade.
_RAISED: Final = ("uplifted", "raised", "lifted", "boosted")
_CHANGED: Final = ("moved", "moved up", "risen", "climbed", "jumped", "fallen", "dropped", "slipped", "improved")
_RISES: Final = ("rises", "jumps", "climbs", "rose", "jumped", "moves up")
_CHANGE_NOUNS: Final = ("leap", "move", "move up", "jump", "rise", "climb")


def _change_to(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A past or present change "to" a grade: the new grade is current, a grade it is
    "from" is not; no modal or goal makes it a hope."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    when = draw(date_phrases())
    keys: set[RatingKey] = {(a, grade, "overall", True)}
    shape = draw(st.integers(0, 5))
    if shape == 0:
        again = _pick(draw, "", ", again,", " once more")
        text = f"Ofsted has {_pick(draw, *_RAISED)} its rating for {a}'s children's services{again} to {q}{when}."
    elif shape == 1:
        subject = _pick(draw, f"{a}'s children's services", f"Children's services in {a}", f"{a} Council")
        text = f"{subject} {_pick(draw, 'has', 'have')} {_pick(draw, *_CHANGED)} to {q}{when}.".replace(
            "Council have", "Council has").replace("services has", "services have")
    elif shape == 2:  # a headline
        text = f"{a} Council {_pick(draw, *_RISES)} {_pick(draw, 'two grades', 'a grade', 'one grade')} to {q}\n\n" \
               f"{_pick(draw, 'The report was published on Tuesday.', 'Inspectors praised its leaders.')}\n"
    elif shape == 3:
        who = _pick(draw, f"Leaders in {a}", f"{a} Council")
        text = f"{who} said the changes had {_pick(draw, *_RAISED)} their rating to {q}{when}."
    elif shape == 4:
        noun = _pick(draw, *_CHANGE_NOUNS)
        text = f"{a} has kept improving since {_pick(draw, 'the', 'its')} {noun} to {q}{when}."
    else:  # the grade it moved from, after the new one
        old, old_q = _grade(draw, quoted=True, grades=tuple(g for g in _GRADES if g != grade))
        verb = _pick(draw, *_CHANGED, *_RAISED)
        aux = "was" if verb in _RAISED else "has"
        text = f"{a}'s rating {aux} {verb} to {q} from {old_q}{when}."
        keys.add((a, old, "overall", False))
    return text, keys


def _judging_to_be(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A finding by a gerund, "Ofsted judging X's services to be Y": a grade, not a hope."""
    a = draw(authority_names())
    grade, q = _grade(draw, quoted_ri=True)
    verb = _pick(draw, "judging", "finding", "deeming", "rating")
    obj = _pick(draw, f"{a}'s children's services", f"children's services in {a}", f"the services in {a}")
    lead = _pick(draw, "The changes began", "A new director was appointed", "Funding was increased")
    return f"{lead} in {draw(st.integers(2009, 2024))} following Ofsted {verb} {obj} to be {q}.", {(a, grade, "overall", True)}


# -- hopes and conditions (negatives) ----------------------------------------------------


def _modal_change(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A change "to" a grade that a modal, a future or a goal makes a hope: "could move
    to", "would be rated", "aims to get to", "a bid to reach", "is expected to rise to"."""
    a = draw(authority_names())
    grade, q = _grade(draw, capital=False, quoted_ri=True)
    modal = _pick(draw, "could", "would", "might", "will", "should", "may")
    verb = _pick(draw, "move", "move up", "rise", "climb", "get", "improve", "return", "jump", "drop", "fall", "slip")
    year = draw(st.integers(2019, 2030))
    text = draw(st.sampled_from([
        f"{a} {modal} {verb} to {q} at its next inspection.",
        f"{a}'s services {modal} be rated {q} if inspected today.",
        f"{a} aims to get to {q} by {year}.",
        f"{a} has launched a bid to reach {q} by {year}.",
        f"Leaders in {a} set out their ambition to be {q}.",
        f"{a} hopes to {verb} to {q}.",
        f"{a} is expected to {verb} to {q} when inspectors return.",
    ]))
    return text, set()


def _conditional(draw: st.DrawFn) -> tuple[str, set[RatingKey]]:
    """A grade in a condition, "if it is judged Y", "where services are judged to be Y,
    Ofsted will ...": what would follow a grade, given to nobody."""
    a = draw(authority_names())
    grade, q = _grade(draw, capital=False, quoted_ri=True)
    verb = _pick(draw, "judged", "rated", "found to be", "judged to be")
    text = draw(st.sampled_from([
        f"If {a} is {verb} {q} again, a commissioner could be sent in.",
        f"Unless {a} Council is {verb} {q}, the intervention will continue.",
        f"{a} Council said that where services are {verb} {q}, Ofsted will return within a year.",
        f"Where a council is {verb} {q}, inspectors visit it again within a year, officials in {a} said.",
        f"Officials in {a} explained what follows if services are {verb} {q}.",
        f"When an authority is {verb} {q}, the minister may step in, {a} Council was told.",
        f"{a} Council was told that where council children's services are {verb} {q}, Ofsted will monitor them.",
        f"Where councils' children's social care services are {verb} {q}, inspectors return, {a} Council noted.",
    ]))
    return text, set()
