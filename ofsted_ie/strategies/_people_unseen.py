"""Named people in the shapes a differential against a crude name finder showed the
library missing on real text (issue 22, "who they are"); every name is invented.

- A holder named as the object of what was done to them ("the minister sacked Jane Doe",
  "Jane Doe was suspended"), and its negative (a post, or a body, as the object).
- An aside in brackets between the name and the verb ("Jane Doe (Lab, Ashford) said",
  "(the new director) said"), and its negative (a council and its acronym).
- A clause's conjunction before the name, no part of it ("When Jane Doe retired").
- A possessive determiner before the post in apposition ("Jane Doe, its director of
  children's services, said"): the post is the role, "its" no part of it.
- A post and its council in apposition with no comma before the verb ("Jane Doe, lead
  member for young people and families at Kent County Council described ...").
- A post given by a relative clause of taking it up, dated by a month ("who took over as
  director of children's services in May").
- Posts of unions and charities ("regional organiser", "representative", "trustee").
- A succession ("Jane Doe replaced Sam Roe as director"): the post is the new holder's.
- Two posts one person holds, joined by "and", after or before the name ("Jane Doe, the
  council's deputy leader and lead member for schools, said", "Chief executive and director
  of children's services Jane Doe said"): both are the role.
- A post of a body named after lower-case words ("Jane Doe, former chair of the exams
  regulator Examco, said"): no council's, even in a story about one.
- Posts written before the name with a grade or a body's nickname ("Strategic lead Jane
  Doe", "the council's top social worker, Jane Doe", "Watchdog chief Jane Doe": no council's).
- An apposition's adverb or "appointed as" before the post, and a time after it, no part of
  the role ("Jane Doe, now chief executive, said", "recently appointed as
  director ..., said", "... director of children's services last year, said").
- A council's name before the acronym of its director's post ("Jane Doe, Kent DCS, said").
- A surname that is also a word of the genre ("Jane Young"), and its negative (that word
  after a remit's, "Children and Young People said").
- A name after "told" is who heard, not who spoke ("told Public Weekly that ...").

``_people`` merges these frames into ``PEOPLE_FRAMES`` and ``NON_PEOPLE_FRAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from ._base import PersonKey
from ._people_forms import _councils, _two_names

_Frame = Callable[[st.DrawFn], tuple[str, set[PersonKey]]]

_POSTS: Final = ("director of children's services", "interim director of children's services", "chief executive",
                 "cabinet member for young people and families", "executive director for children and families")
_SAID: Final = ("said it was deserved", "welcomed the report", "admitted there was more to do")


def _done_to_holder(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """The holder as the object of what was done to them, or its passive: "The minister
    sacked Jane Doe", "Jane Doe was suspended on full pay" (no post written as theirs)."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    verb = draw(st.sampled_from(("sacked", "dismissed", "suspended", "ousted")))
    if draw(st.booleans()):
        who = draw(st.sampled_from(("The minister", "The council", f"{a} Council", "Ministers")))
        return f"{a} was rated inadequate. {who} {verb} {name} after the report.", {(name, None, a)}
    aux = draw(st.sampled_from(("was", "has been", "had been")))
    return f"{a} was rated inadequate. {name} {aux} {verb} after the report.", {(name, None, a)}


def _bracket_before_verb(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An aside in brackets between the name and the verb that is no post: "Jane Doe
    (Lab, Ashford North) said"."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    aside = draw(st.sampled_from(("(Lab)", "(Con, Ashford North)", "(Liberal Democrat, Upper Ward)", "(Independent)",
                                  "(not her real name)")))
    return f"{a} was rated good. {name} {aside} {draw(st.sampled_from(_SAID))}.", {(name, None, a)}


def _conjunction_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A clause's conjunction opens the sentence before the name: "When Jane Doe retired
    in 2019, ..." names Jane Doe."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    word = draw(st.sampled_from(("When", "After", "Before", "Since", "Once", "Until")))
    event = draw(st.sampled_from(("retired", "resigned", "left")))
    return f"{a} was rated good. {word} {name} {event} in 2019, the council appointed an interim director.", {(name, None, a)}


def _possessive_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A possessive determiner before the post in apposition, no part of the role: "Jane
    Doe, its director of children's services, said"."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    det, post = draw(st.sampled_from(("its", "their", "our"))), draw(st.sampled_from(_POSTS))
    return f"{a} Council was rated good. {name}, {det} {post}, {draw(st.sampled_from(_SAID))}.", {(name, post, a)}


def _post_at_council_no_comma(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post and its council in apposition with no comma before the verb: "Jane Doe,
    cabinet member for young people and families at Kent County Council described ..."."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(_POSTS))
    verb = draw(st.sampled_from(("described the inspection as intense", "welcomed the report", "praised staff")))
    return f"{name}, {post} at {a} Council {verb}.", {(name, post, a)}


def _taking_up_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post given by a relative clause of taking it up, dated by a month or a year:
    "Jane Doe, who took over as director of children's services in May, said"."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    clause = draw(st.sampled_from(("took over as", "joined as", "came in as", "became", "stepped in as")))
    post = draw(st.sampled_from(_POSTS))
    when = draw(st.sampled_from((" in May", " in September", " in 2019", " since March")))
    return f"{a} was rated good. {name}, who {clause} {post}{when}, {draw(st.sampled_from(_SAID))}.", {(name, post, a)}


def _body_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A union's or charity's post: "Jane Doe, the union's regional organiser, said",
    "Union representative Jane Doe said" (no council's)."""
    name, _ = _two_names(draw)
    post = draw(st.sampled_from(("regional organiser", "branch representative", "trustee", "national organiser")))
    if draw(st.booleans()):
        return f"{name}, a {post} of the charity, said staff were exhausted.", {(name, f"{post} of the charity", None)}
    return f"Union {post} {name} said staff were exhausted.", {(name, f"union {post}", None)}


def _succession(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A succession: "Jane Doe replaced Sam Roe as director" gives the post to Jane Doe;
    Sam Roe left it (no role written as his)."""
    a, (new, old) = draw(_councils()), _two_names(draw)
    verb = draw(st.sampled_from(("replaced", "will replace", "succeeded", "succeeds", "took over from", "will take over from")))
    post = draw(st.sampled_from(_POSTS))
    return f"{a} was rated good. {new} {verb} {old} as {post}.", {(new, post, a), (old, None, a)}


def _joined_posts(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """Two posts joined by "and", after the name or before it: both are the role."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    first = draw(st.sampled_from(("deputy leader", "chief executive", "interim director of children's services")))
    second = draw(st.sampled_from(("lead member for schools and skills", "director of children's services",
                                   "cabinet member for families")))
    role = f"{first} and {second}"
    if draw(st.booleans()):
        owner = draw(st.sampled_from(("the council's ", f"{a}'s ", "")))
        return f"{a} was rated good. Cllr {name}, {owner}{role}, {draw(st.sampled_from(_SAID))}.", {(name, role, a)}
    return f"{a} was rated good. {role[0].upper()}{role[1:]} {name} {draw(st.sampled_from(_SAID))}.", {(name, role, a)}


def _body_after_words(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post of a body named after lower-case words is no council's: "Kent was rated good.
    Jane Doe, former chair of the exams regulator Examco, said it was deserved"."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("former chair of the exams regulator Examco", "chief executive of children's charity Brightpath",
                                 "director of the think tank Civitrust")))
    return f"{a} was rated good. {name}, {post}, {draw(st.sampled_from(_SAID))}.", {(name, post.lower(), None)}


def _graded_post_before_name(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A post with a grade before its noun, written before the name ("Strategic lead Jane
    Doe said", "The council's top social worker, Jane Doe, said"); the inspectorate's
    nickname names no council's ("Watchdog chief Jane Doe")."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    post = draw(st.sampled_from(("strategic lead", "operational director", "top social worker", "watchdog chief", "interim DCS")))
    authority = None if post.startswith("watchdog") else a
    said = draw(st.sampled_from(_SAID))
    if draw(st.booleans()):
        return f"{a} was rated good. The council's {post}, {name}, {said}.", {(name, post.lower(), authority)}
    return f"{a} was rated good. {post[0].upper()}{post[1:]} {name} {said}.", {(name, post.lower(), authority)}


def _adverb_around_post(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """An apposition's adverb or "appointed as" before its post, or a time after it, is no
    part of the role: "Jane Doe, now chief executive, said"."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    before = draw(st.sampled_from(("now ", "currently ", "recently appointed as ", "appointed as ", "")))
    after = draw(st.sampled_from(("", " last year", " since 2019")))
    post = draw(st.sampled_from(("director of children's services", "head of safeguarding", "chief executive")))
    return f"{a} was rated good. {name}, {before}{post}{after}, {draw(st.sampled_from(_SAID))}.", {(name, post, a)}


def _place_dcs(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A council's name before the acronym of its director's post: "Jane Doe, Kent DCS,
    said" (the council is the authority, no part of the role)."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    return f"{name}, {a} DCS, {draw(st.sampled_from(_SAID))}.", {(name, "dcs", a)}


def _genre_word_surname(draw: st.DrawFn) -> tuple[str, set[PersonKey]]:
    """A surname that is also a word of the genre: "Jane Young, director of children's
    services, said" names Jane Young."""
    a, (name, _) = draw(_councils()), _two_names(draw)
    first = name.split()[0]
    post = draw(st.sampled_from(_POSTS))
    if draw(st.booleans()):
        return f"{a} was rated good. {first} Young, {a}'s {post}, {draw(st.sampled_from(_SAID))}.", {(f"{first} Young", post, a)}
    return f"{a} was rated good. {first} Young {draw(st.sampled_from(_SAID))}.", {(f"{first} Young", None, a)}


def _genre_word_no_name(draw: st.DrawFn) -> str:
    """The same word after a remit's or a post's word names nobody: "Children and Young
    People said", "Deputy Young said" (a title and a surname alone)."""
    a = draw(_councils())
    return draw(st.sampled_from((f"{a} Children and Young People said it was fair.", "Deputy Young said it was fair.",
                                 f"The Lead Member for Young People and Skills in {a} said it was fair.")))


def _told_a_title(draw: st.DrawFn) -> str:
    """A name after "told" is who heard: "A press officer for Kent Council told Public
    Weekly that ..." names no person."""
    a = draw(_councils())
    title = draw(st.sampled_from(("Public Weekly", "Care Review Monthly", "Local Government Daily")))
    return f"A spokesman for {a} Council told {title} that it had been a challenging year."


def _done_to_no_name(draw: st.DrawFn) -> str:
    """What is done to a post or a body with no name: "The minister sacked the director",
    "The council suspended Children's Services staff"."""
    a = draw(_councils())
    return draw(st.sampled_from((f"The minister sacked the director of {a} Council after the report.",
                                 f"{a} Council suspended Children's Services staff after the report.",
                                 f"{a} Council (the council) said the director had been suspended.")))


UNSEEN_PEOPLE_FRAMES: Final[dict[str, _Frame]] = {
    "done-to-holder": _done_to_holder, "bracket-before-verb": _bracket_before_verb,
    "conjunction-before-name": _conjunction_before_name, "possessive-post": _possessive_post,
    "post-at-council-no-comma": _post_at_council_no_comma, "taking-up-post": _taking_up_post,
    "body-post": _body_post, "succession": _succession,
    "genre-word-surname": _genre_word_surname, "joined-posts": _joined_posts,
    "body-after-words": _body_after_words, "graded-post-before-name": _graded_post_before_name,
    "place-dcs": _place_dcs, "adverb-around-post": _adverb_around_post,
}
UNSEEN_NON_PEOPLE_FRAMES: Final[dict[str, Callable[[st.DrawFn], str]]] = {
    "told-a-title": _told_a_title, "done-to-no-name": _done_to_no_name, "genre-word-no-name": _genre_word_no_name,
}
__all__ = ["UNSEEN_NON_PEOPLE_FRAMES", "UNSEEN_PEOPLE_FRAMES"]
