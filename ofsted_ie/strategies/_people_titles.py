"""Posts written the ways a sweep of ``explain`` over the unlabelled corpus found read wrong
(issue 22); every name is invented.

- A council's acronym before the post ("KCC leader Jane Doe", "Jane Doe, WSCC cabinet
  member,"): the council's, no part of the role; a body's acronym that is no council's
  ("NSPCC chief executive") is part of it, and no council's.
- A post "for" a council by its full name ("Director of Children's Services for Kent
  County Council"): the council is the authority, no part of the role ("director for
  Children and Families" keeps its remit).
- A post "at" a council's department ("lead at Kent's children's services").
- "then-" joined to the post ("then-Education Secretary Jane Doe"): part of it, as
  "then" is.
- A post as a definite description opening the next sentence ("Jane Doe welcomed the
  report. The chief operating officer said ..."): the post of the one person named before
  with none; not when that sentence gives a post, names two people, or the next names its
  own holder ("The director, Sam Roe, said").
- A body's remits listed after its first one ("Chief Inspector of Schools, Children's
  Services and Skills"): all of them.

``_people`` merges these frames into ``PEOPLE_FRAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import PersonKey
from ._people_forms import _councils, _two_names

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_SAID: Final = ("said staff were proud.", "welcomed the report.", "said: \"We have work to do.\"")


def _short_councils() -> st.SearchStrategy[str]:
    """Councils of one or two capitalised words, whose acronym is two or three letters."""
    return _councils().filter(lambda a: len(a.split()) <= 2 and all(w[:1].isupper() for w in a.split()))


def _acronym_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council's acronym before a post, before or after the name; a body's that is no council's."""
    a, (name, _) = draw(_short_councils()), _two_names(draw)
    kind = draw(st.sampled_from(("CC", "BC", "DC")))
    acronym = "".join(w[0] for w in a.split()) + kind
    if acronym in ("BBC", "LBC"):  # a broadcaster's, as the library reads it
        acronym = "".join(w[0] for w in a.split()) + "CC"
    pre = draw(st.sampled_from(("", "former ", "then ")))
    post = draw(st.sampled_from(("leader", "cabinet member for children's services", "deputy leader", "chief executive")))
    said = draw(st.sampled_from(_SAID))
    if draw(st.booleans()):
        body = draw(st.sampled_from(("NSPCC", "BASW", "ADCS")))
        return f"{a} was rated good. {body} {post} {name} {said}", {(name, f"{body.lower()} {post}", None)}
    if draw(st.booleans()):
        return f"{a} was rated good. {pre.capitalize()}{acronym} {post} {name} {said}", {(name, f"{pre}{post}", a)}
    return f"{a} was rated good. {name}, {pre}{acronym} {post}, {said}", {(name, f"{pre}{post}", a)}


def _post_for_council(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post "for" a council by its full name, or "at" one's department: the council's;
    "for" a remit is the post's own."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("Director of Children's Services", "chief executive", "head of safeguarding",
                                 "learning and development lead")))
    said = draw(st.sampled_from(_SAID))
    place = draw(st.sampled_from((f"for {a} Council", f"for {a} County Council", f"at {a}'s children's services",
                                  "for Children and Families")))
    if place == "for Children and Families":  # a remit: the post's own
        return f"{a} was rated good. {name}, director {place}, {said}", {(name, f"director {place}".lower(), a)}
    return f"{a} was rated good. {name}, {post} {place}, {said}", {(name, post.lower(), a)}


def _then_hyphen(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """"then-" joined to a post, before or after the name."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("Education Secretary", "Communities Secretary", "Health Secretary")))
    if draw(st.booleans()):
        return (f"{a} was rated inadequate in 2018. It came after then-{post} {name} said the council must improve.",
                {(name, f"then-{post}".lower(), None)})
    role = "director of children's services"
    return f"{a} was rated inadequate in 2018. {name}, then-{role} at the council, said staff were proud.", {(name, f"then-{role}", a)}


def _listed_remits(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post of a body with its remits listed after the first: all of them."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    first = draw(st.sampled_from(("Education", "Children's Services")))
    rest = draw(st.sampled_from(("Children's Services and Skills", "Skills and Families", "Families, Schools and Skills")))
    head = draw(st.sampled_from(("Her Majesty's Chief Inspector", "His Majesty's Chief Inspector", "Secretary of State")))
    post = f"{head} of {first}, {rest}"
    owner = None if "Majesty" in head or "Secretary" in head else a
    return f"{a} was rated good. {name}, {post}, said the council had improved.", {(name, post.lower(), owner)}



def _described_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post opening the next sentence as a definite description, of the one person named before with none."""
    a, (name, other) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("chief operating officer", "director of children's services", "chief executive",
                                 "director")))
    owner = draw(st.sampled_from(("", "council's ")))
    first = draw(st.sampled_from((f"{name} welcomed the report.", f"{name} said the findings were fair.",
                                  f"{name}, of the {a} Children's Trust, said the report was fair.")))
    verb = draw(st.sampled_from(("said staff were proud.", "added that staff were proud.", "this week said she accepts the findings.")))
    case = draw(st.sampled_from(("one", "posted", "two", "own holder", "council only")))
    if case == "council only":  # a council's name is no person's: "East Riding (of Yorkshire)"
        return f"{a} was rated good. The {owner}{post} {verb}", set()
    if case == "posted":  # the sentence before gives a post: the description may be another's
        return (f"{a} was rated good. {name}, the council leader, welcomed the report. The {owner}{post} {verb}",
                {(name, "council leader", a)})
    if case == "two":
        return (f"{a} was rated good. {name} and {other} welcomed the report. The {owner}{post} {verb}",
                {(name, None, a), (other, None, a)})
    if case == "own holder":
        return (f"{a} was rated good. {name} welcomed the report. The {owner}director, {other}, said staff were proud.",
                {(name, None, a), (other, "director", a)})
    return f"{a} was rated good. {first} The {owner}{post} {verb}", {(name, post, a)}

TITLE_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "council-acronym-post": _acronym_post, "post-for-council": _post_for_council, "then-hyphen": _then_hyphen,
    "listed-remits": _listed_remits, "described-post": _described_post,
}
