"""Who said it (issue 22): the side of a quotation from how its speaker is named, over
generated texts (ofsted_ie.strategies._quotes): each phenomenon's frame, and the
negative forms that must keep their own side."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ofsted_ie
from ofsted_ie.strategies._quotes import (
    QUOTE_SOURCE_FAILURES,
    QUOTE_SOURCE_FRAMES,
    QUOTE_SOURCE_NEGATIVE_FRAMES,
    quote_sources,
)


def _sides(text: str) -> set[tuple[str, str | None]]:
    return {(q.text.rstrip(",."), q.source) for q in ofsted_ie.extract(text).quotes}


@pytest.mark.parametrize("frame", sorted(set(QUOTE_SOURCE_FRAMES) - QUOTE_SOURCE_FAILURES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_each_phenomenon_gives_the_speaker_s_side(frame: str, data: st.DataObject) -> None:
    """Every quotation of a frame's text has the side its speaker's phrase names."""
    case = data.draw(quote_sources(phenomena=(frame,)))
    expected = {(text.rstrip(",."), source) for text, _, source in case.quotes}
    assert expected <= _sides(case.text)


@pytest.mark.parametrize("frame", sorted(QUOTE_SOURCE_NEGATIVE_FRAMES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_negative_forms_keep_their_own_side(frame: str, data: st.DataObject) -> None:
    """A council as the object, "children's services" in a post, a council in a
    minister's relative clause: none moves the quotation to the wrong side."""
    case = data.draw(quote_sources(phenomena=(frame,), negative=True))
    expected = {(text.rstrip(",."), source) for text, _, source in case.quotes}
    assert expected <= _sides(case.text)


@pytest.mark.parametrize(("text", "side"), [
    ('Jo Pell, who joined the council in May, said: "We will act."', "authority"),
    ('Kit Marr, chief executive of a charity which works with Hull Council, said: "We will act."', "other"),
    ('On the question of staffing, Mr Pell said: "Progress is slow."', None),
    ('On the question of staffing, the council\'s director said: "Progress is slow."', "authority"),
])
def test_an_aside_is_read_only_when_the_head_names_no_side(text: str, side: str | None) -> None:
    """A relative clause gives the side only when the speaker's head names none."""
    (quote,) = ofsted_ie.extract(text).quotes
    assert quote.source == side


@given(st.sampled_from(("Speaking after the report was published", "Responding to Ofsted's letter",
                        "Commenting on the inspectors' findings", "Speaking at the union's conference")),
       st.sampled_from(("Amy Lee", "Owen Pask", "Cllr Ruth Kellaway", "Sam Idowu, the council's leader",
                        "Priya Nandra, Ofsted's regional director")),
       st.sampled_from(("Kent", "Wigan", "Barnet")))
@settings(max_examples=60, deadline=None)
def test_a_lead_in_phrase_gives_the_speaker_no_side(lead: str, who: str, council: str) -> None:
    """A phrase before the speaker that names a document or a body ("Speaking after the
    report was published, Amy Lee said") leaves the side the speaker has without it."""
    plain = f"{council} was rated good.\n\n{who} said: \"There is more to do.\"\n"
    led = f"{council} was rated good.\n\n{lead}, {who} said: \"There is more to do.\"\n"
    assert _sides(led) == _sides(plain)


@given(st.sampled_from(("Speaking after the report was published", "Responding to Ofsted's letter", "In a statement",
                        "In their report", "At the meeting", "On Tuesday")),
       st.sampled_from(("Amy Lee", "the council", "inspectors", "Sam Idowu, the council's leader", "the union")),
       st.sampled_from(("", ", published on Friday", ", released this week")))
@settings(max_examples=60, deadline=None)
def test_a_lead_in_phrase_or_an_aside_is_no_part_of_the_speaker(lead: str, who: str, aside: str) -> None:
    """"In a statement, the council said" is said by "the council"; "The report, published
    on Friday, said" by "The report" (bug caught: both were whole phrases)."""
    speakers = {q.speaker for q in ofsted_ie.extract(f'Kent was rated good.\n\n{lead}, {who} said: "There is more to do."\n').quotes}
    assert speakers == {who}
    report = {q.speaker for q in ofsted_ie.extract(f'Kent was rated good.\n\nThe report{aside}, said: "There is more to do."\n').quotes}
    assert report == {"The report"}


@given(st.sampled_from(("Alex", "Olga", "Rex", "Bex", "Felix", "Dexter", "Jo")),
       st.sampled_from(("Kemp", "Camp", "Lampard", "Unionwood", "Reunion", "Trotter")),
       st.sampled_from((("Director of children's services {n} said", "authority"),
                        ("{n}, the council's chief executive, said", "authority"),
                        ("{n}, Ofsted's regional director, said", "inspectorate"))))
@settings(max_examples=60, deadline=None)
def test_a_speaker_s_name_holding_a_side_word_is_a_name(first: str, last: str, frame: tuple[str, str]) -> None:
    """Side words are whole words: "Alex" holds no "ex-", "Olga" no "LGA", "Kemp" no
    "MP", so the post decides (a bug caught by sweeping common names)."""
    said, side = frame
    text = f"Wigan was rated good.\n\n{said.format(n=f'{first} {last}')}: \"There is more to do.\"\n"
    assert _sides(text) == {("There is more to do", side)}


@pytest.mark.parametrize("label", ["overall good", "good overall", "Overall inadequate", "requires improvement overall"])
@pytest.mark.parametrize("marks", [("'", "'"), ("\u2018", "\u2019"), ('"', '"')])
def test_a_grade_label_with_overall_is_no_quotation(label: str, marks: tuple[str, str]) -> None:
    """A grade label in marks is no Quote with "overall" before or after it either (bug
    caught: "rated 'overall good'" was a quotation); the phrase quoted beside it is one."""
    op, cl = marks
    text = f"Kent was rated {op}{label}{cl} by inspectors, who praised its {op}strong leadership{cl}."
    assert [q.text for q in ofsted_ie.extract(text).quotes] == ["strong leadership"]
