"""A list of links to other stories inside an article, each link a line after a lone list
mark ("-"), one naming another council: the grade after the list is the article's
council's, not the linked story's; and the counterpart, a section heading naming a
council the text goes on to speak of ("Surrey" then "The council was rated ..."), which
stays the antecedent."""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, RatingKey, authority_names
from ._draws import _GRADES, _grade, _pick

#: Headlines of other stories, with a place for a council's name.
_LINKED: Final = ("{b} trust plan faces fresh doubts from unions", "{b} children's company: two years on",
                  "Why {b} is hiring again", "{b} leader quits over budget row")


@st.composite
def linked_stories(draw: st.DrawFn) -> Generated:
    """An article about one council, a list of links naming another between its
    paragraphs, then a grade whose sentence names no council: the article's council's."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    old, old_q = _grade(draw, quoted=True)
    new, new_q = _grade(draw, quoted=True, grades=tuple(g for g in _GRADES if g != old))
    mark = _pick(draw, "-", "\u2022", "*")
    links = draw(st.lists(st.sampled_from(_LINKED), min_size=1, max_size=2, unique=True))
    listed = "\n".join(f"{mark}\n{link.format(b=b)}" for link in links)
    text = (f"For years {a}'s services for children had been rated {old_q}.\n"
            f"Progress was seen when Ofsted inspected {a} Council in 2018.\n"
            f"{listed}\n"
            f"Following the inspectors' latest visit, Ofsted has raised its rating for children's services to {new_q}.\n")
    keys: set[RatingKey] = {(a, old, "overall", False), (a, new, "overall", True)}
    return Generated(text, ratings=frozenset(keys))


@st.composite
def section_headings(draw: st.DrawFn) -> Generated:
    """Councils as section headings, each section's grade in a sentence naming none:
    each heading's council."""
    a, b = draw(st.lists(authority_names(), min_size=2, max_size=2, unique=True))
    ga, qa = _grade(draw, quoted=True)
    gb, qb = _grade(draw, quoted=True)
    text = (f"Two councils were inspected this spring.\n\n{a}\n\nThe council was rated {qa} by Ofsted.\n\n"
            f"{b}\n\nThe council was rated {qb} by Ofsted.\n")
    return Generated(text, ratings=frozenset({(a, ga, "overall", True), (b, gb, "overall", True)}))
