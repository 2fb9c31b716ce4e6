"""Tests for the quotes and people rules (the example tables are in tests/rules/test_quotes.py
and tests/rules/test_people.py)."""

from __future__ import annotations

import pytest

import ofsted_ie


def test_quote_with_speaker_after_and_continuation_over_paragraphs() -> None:
    """A quote left open runs into the next paragraph that opens with a mark; one Quote."""
    text = ('"Leaders have worked proactively and well.\n\n"Success has hastened the pace of change," '
            "Ofsted's inspection report states.")
    (q,) = ofsted_ie.extract(text).quotes
    assert q.text == "Leaders have worked proactively and well. Success has hastened the pace of change,"
    assert q.speaker == "Ofsted's inspection report" and q.source == "inspectorate"


def test_grade_labels_and_acronyms_are_not_quotes() -> None:
    """'inadequate' and "ILACS" in marks are labels, not quotations; apostrophes are not marks."""
    doc = ofsted_ie.extract("Ofsted's new \u201cILACS\u201d framework rated it \u2018inadequate\u2019 and Wokingham\u2019s staff agreed.")
    assert doc.quotes == ()


def test_speaker_before_with_colon() -> None:
    """'X said: "..."' attributes the quote to X, an authority source."""
    text = 'Director of children\u2019s services Priya Okafor said: \u201cEvery child must be seen quickly.\u201d'
    (q,) = ofsted_ie.extract(text).quotes
    assert q.source == "authority" and "Priya Okafor" in (q.speaker or "")


def test_people_roles_and_honorifics() -> None:
    """Names come without honorifics, roles lower-cased as written."""
    text = ("Executive member for children's services Cllr Tom Brennan said it was fair. "
            "Ruth Adeyemi, chief executive of Together for Families, was appointed.")
    people = {(p.name, p.role) for p in ofsted_ie.extract(text).people}
    assert people == {("Tom Brennan", "executive member for children's services"),
                      ("Ruth Adeyemi", "chief executive of together for families")}


def test_pronoun_and_surname_speakers_take_their_side() -> None:
    """ "She said" takes the previous speaker's side; "Quayle said" the side of the
    role the text gives Quayle."""
    text = ('Director of children\'s services Priya Okafor said: "We accept the findings." '
            'She said: "We will act." The Ofsted Chief Inspector, Martha Quayle, spoke later. '
            '"Lambeth is not doing enough," Quayle said.')
    sources = {q.text: q.source for q in ofsted_ie.extract(text).quotes}
    assert sources == {"We accept the findings.": "authority", "We will act.": "authority",
                       "Lambeth is not doing enough,": "inspectorate"}


@pytest.mark.parametrize("council", ["Cheshire West and Chester", "North East Lincolnshire", "Kent"])
def test_a_pronoun_stands_for_the_named_speaker_not_a_place_in_the_post(council: str) -> None:
    """A capitalised place in the speaker's post ("leader of Cheshire West ...") is no
    name whose pronoun is unknown: "He added" is the leader's, not an earlier lord's.
    Bug caught by the ``added_after_a_post`` property."""
    text = (f'Lord Grey, a former minister, said: "Reform is slow."\n\nThe leader of {council} Council, '
            f'Cllr Sam Hale, who was there, said afterwards that he backed the "sound plan".\n\n'
            'He added: "We are proud of our staff."\n')
    sources = {q.text: q.source for q in ofsted_ie.extract(text).quotes}
    assert sources["We are proud of our staff."] == "authority"


@pytest.mark.parametrize("council", ["Bournemouth, Christchurch and Poole", "Kent"])
def test_a_council_named_with_commas_says_its_quoted_predicate(council: str) -> None:
    """A bare subject before a quoted predicate may hold commas before capitals ("BCP
    Council 'will not stand still'"). Bug caught by the ``subject_before_its_words``
    property."""
    (q,) = ofsted_ie.extract(f'{council} Council "will not stand still" after a hard year.\n\nMore follows.\n').quotes
    assert (q.speaker, q.source) == (f"{council} Council", "authority")


def test_short_phrase_in_a_findings_sentence_is_the_inspectorate_s() -> None:
    text = "Records are poor. Inspectors also found that progress was \"far too slow\" in Reading."
    (q,) = ofsted_ie.extract(text).quotes
    assert (q.text, q.source) == ("far too slow", "inspectorate")


def test_people_roles_as_written_and_named_people_without_one() -> None:
    """Roles keep their qualifiers and organisation; a named speaker with no role is a Person."""
    text = ("Helen Ashby, chief executive of Walsall Council, said it was fair. "
            "A Government commissioner, Graham Pellow, was appointed for Rutland. "
            "Naomi Hart, director of children and families at the council, added more. "
            "Dominic Hale said the outcome was a surprise. Mr Hale said nothing.")
    people = {(p.name, p.role, p.authority) for p in ofsted_ie.extract(text).people}
    assert ("Helen Ashby", "chief executive of walsall council", "Walsall") in people
    assert ("Graham Pellow", "government commissioner", "Rutland") in people
    assert any(n == "Naomi Hart" and r == "director of children and families" for n, r, _ in people)
    assert any(n == "Dominic Hale" and r is None for n, r, _ in people)
    assert not any(n.startswith("Mr ") for n, _, _ in people)


@pytest.mark.parametrize("lead", ["replacement", "successor", "appointee", "predecessor"])
@pytest.mark.parametrize("verb", ["joined in February", "said the work goes on", "will continue to chair the board"])
def test_named_person_in_apposition(lead: str, verb: str) -> None:
    """A person named in apposition, commas on both sides, before a verb is a Person."""
    text = f"Dorset's director left last year. His permanent {lead}, Petra Lindqvist, {verb}."
    people = {(p.name, p.role) for p in ofsted_ie.extract(text).people}
    assert ("Petra Lindqvist", None) in people


@pytest.mark.parametrize(("other", "other_name"), [("Croydon Council", "Croydon"), ("Surrey", "Surrey"),
                                                   ("the London Borough of Sutton", "Sutton")])
@pytest.mark.parametrize(("person", "name"), [("Petra Lindqvist, who joins in May", "Petra Lindqvist"),
                                              ("Maud Ellis Carter said it was fair", "Maud Ellis Carter")])
def test_a_person_with_no_role_belongs_to_the_story(other: str, other_name: str, person: str, name: str) -> None:
    """A role-less person in a sentence naming no council takes the article's main
    authority, not the council named last in passing; one naming a council takes it."""
    text = (f"Wakefield was rated inadequate. Wakefield Council has a new team. "
            f"Its former director now works for {other}. {person}.")
    assert [(p.name, p.authority) for p in ofsted_ie.extract(text).people] == [(name, "Wakefield")]
    named_here = ofsted_ie.extract(f"Wakefield was rated inadequate. In {other}, {person}.").people
    assert [(p.name, p.authority) for p in named_here] == [(name, other_name)]


@pytest.mark.parametrize("breaks", ["\n\n", "\n", "\r\n\r\n"])
@pytest.mark.parametrize("pieces", [["local", "councils have told us of problems with", "placements"],
                                    ["the service", "was not good enough"]])
def test_a_quotation_broken_over_lines_mid_sentence_is_one_quotation(breaks: str, pieces: list[str]) -> None:
    """Lines broken mid-sentence (no stop before, lower case after) inside an open
    quotation carry it on to its closing mark; the text joins them with spaces."""
    text = "The report advised care as \u201c" + breaks.join(pieces) + "\u201d.\n\nKent Council said it agreed."
    quotes = ofsted_ie.extract(text).quotes
    assert [q.text for q in quotes] == [" ".join(pieces)]
    assert text[quotes[0].start : quotes[0].end].endswith("\u201d")


@pytest.mark.parametrize("after", ["It was.\n\nbut nothing more", "It was\n\nThe council said no"])
def test_an_open_quotation_does_not_run_into_a_new_sentence(after: str) -> None:
    """After a stop, or before a capital, the next line is no continuation."""
    quotes = ofsted_ie.extract('Kent Council said: "' + after + ".").quotes
    assert len(quotes) == 1 and "council said no" not in quotes[0].text and "nothing more" not in quotes[0].text


@pytest.mark.parametrize(("between", "source"), [(0, "inspectorate"), (1, "inspectorate"), (2, "inspectorate"),
                                                 (4, None)])
def test_an_opening_quotation_follows_a_finding_some_paragraphs_back(between: int, source: str | None) -> None:
    """A quotation opening its paragraph, with no speaker, follows the inspectors'
    findings reported up to three paragraphs back, and not further."""
    filler = "".join(f"Paragraph {i} is about the weather in the town.\n\n" for i in range(between))
    text = ("Kent was rated inadequate. Inspectors said that leaders had not acted on the advice given.\n\n"
            + filler + '"Because of this, the danger to these young people was not properly recognised."\n')
    quotes = ofsted_ie.extract(text).quotes
    assert [q.source for q in quotes] == [source]


_SINGLE_PARAGRAPHS = [
    "We fully accept Ofsted\u2019s findings and we will act",
    "We moved fast and we are glad the inspectors saw \u2018clear leadership\u2019 across the service",
    "The council\u2019s work will take time to be embedded",
]


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize(("opening", "closing"), [("\u2018", "\u2019"), ("'", "'")])
@pytest.mark.parametrize("lead", ["Helen Ashby, chief executive of Walsall Council, said: ", ""])
def test_a_single_marked_quotation_over_paragraphs_is_one_quotation(
    count: int, opening: str, closing: str, lead: str
) -> None:
    """Paragraphs each opening with a single mark, only the last closing, are one
    quotation (its text the paragraphs joined by a space); one nested in it is kept."""
    parts = _SINGLE_PARAGRAPHS[:count]
    paragraphs = [opening + p.replace("\u2018", opening).replace("\u2019", closing) + "." for p in parts]
    paragraphs[-1] += closing
    text = "Walsall was rated inadequate.\n\n" + lead + "\n\n".join(paragraphs) + "\n\nThe council has a plan."
    quotes = sorted(ofsted_ie.extract(text).quotes, key=lambda q: q.start or 0)
    expected = " ".join(p.replace("\u2018", opening).replace("\u2019", closing) + "." for p in parts)
    assert quotes[0].text == expected
    assert [q.text for q in quotes[1:]] == ["clear leadership"]
    if lead:
        assert quotes[0].source == "authority"


def test_single_marked_quotations_closed_in_their_paragraphs_stay_apart() -> None:
    """A quotation closed in its own paragraph is not joined to the next one's."""
    text = "Kent Council said: \u2018We accept it.\u2019\n\n\u2018We will act,\u2019 she added.\n\nNothing else."
    assert [q.text for q in ofsted_ie.extract(text).quotes] == ["We accept it.", "We will act,"]


def test_inspectors_plural_is_no_role() -> None:
    """'Inspectors' before a capitalised word is no role."""
    assert ofsted_ie.extract("Inspectors Found Kent Wanting, the headline said.").people == ()


@pytest.mark.parametrize(("speaker", "source"), [
    ("Ofsted's national director for social care, Yvette Stanley,", "inspectorate"),
    ("Yvette Stanley, Ofsted's national director for social care,", "inspectorate"),
    ("The inspectorate's lead inspector, Jo Bloggs,", "inspectorate"),
    ("The council's leader, Cllr John Smith,", "authority"),
    ("Kent's director of children's services, Jane Doe,", "authority"),
    ("The DfE's adviser, Jo Bloggs,", "other"),
    ("A council spokeswoman", "authority"),
    ("A spokesman", "authority"),
    ("A DfE spokesperson", "other"),
    ("An Ofsted spokesperson", "inspectorate"),
    ("A spokesperson for the Department for Education", "other"),
    ("Jo Bloggs, president of the ADCS,", "other"),
    ("Sir Robin Bosher, Ofsted Director for South East,", "inspectorate"),
    ("Jo Bloggs, Ofsted's regional director,", "inspectorate"),
    ("Matt Dunkley, the council's corporate director of children's services,", "authority"),
    ("Kent's children's services boss Jane Doe", "authority"),
    ("Ofsted boss Helen Marsh", "inspectorate"),
])
def test_a_speaker_s_side_is_their_owner_s(speaker: str, source: str) -> None:
    """A speaker named by whose they are ("Ofsted's national director") takes the
    owner's side, not the side of the role's words ("director")."""
    (quote,) = ofsted_ie.extract(f'{speaker} said: "Progress has been too slow."').quotes
    assert quote.source == source


@pytest.mark.parametrize("verb", ["writes in the letter", "wrote in her report", "said in a statement", "says in the letter"])
def test_a_speaker_before_a_verb_and_where_they_said_it(verb: str) -> None:
    """ "Her Majesty's Inspector Shabana Abasi writes in the letter: '...'"."""
    (quote,) = ofsted_ie.extract(f'Her Majesty\'s Inspector Shabana Abasi {verb}: "Leaders know the weaknesses."').quotes
    assert (quote.speaker, quote.source) == ("Her Majesty's Inspector Shabana Abasi", "inspectorate")


@pytest.mark.parametrize(("before", "finder", "source"), [
    ("Ofsted made a two-day focused visit in February.", "That", "inspectorate"),
    ("Inspectors carried out a monitoring visit in May.", "This", "inspectorate"),
    ("", "The focused visit", "inspectorate"),
    ("", "The latest inspection", "inspectorate"),
    ("Kent Council held a staff meeting.", "That", None),
])
def test_findings_of_a_visit_named_before(before: str, finder: str, source: str | None) -> None:
    """ "That found that staff suffer 'low morale'": the visit the sentence before
    names found it; with no event named, no side."""
    (quote,) = ofsted_ie.extract(f'{before} {finder} found that staff in Kent suffer "low morale".'.strip()).quotes
    assert quote.source == source


def test_that_inside_a_sentence_is_no_finding_event() -> None:
    """ "stressed that the weaknesses set out ..." is no "That found": a pronoun
    speaker after it does not take the visit's side."""
    text = ("Jo Smith, the director, met staff after the visit. She stressed that the weaknesses set out in the "
            'letter were shared by all. She said: "Nobody is pointing at one team."')
    (quote,) = ofsted_ie.extract(text).quotes
    assert quote.source != "inspectorate"


@pytest.mark.parametrize("name", ["Sarah MacDonald", "Jo DeSouza", "Mark D'Arcy", "Jane van der Berg", "Liam O'Neill",
                                  "Ruth Smith-Jones", "Siobh\u00e1n N\u00ed Bhriain"])
def test_names_of_many_shapes(name: str) -> None:
    """Internal capitals, apostrophes, particles, hyphens and accents stay in a name."""
    doc = ofsted_ie.extract(f"{name}, director of children's services at Kent County Council, said so.")
    assert [p.name for p in doc.people] == [name]


@pytest.mark.parametrize("place", ["South East", "North West", "Greater Manchester", "West Midlands"])
def test_a_place_after_a_preposition_is_no_person(place: str) -> None:
    """ "the director for South East said" names a region, not a person."""
    assert ofsted_ie.extract(f"The manager for {place} said the work goes on.").people == ()


def test_capitalised_words_before_a_comma_and_verb_are_no_person() -> None:
    """Words that never stand in a name ("Children's Services") are no Person, comma or not."""
    text = "The report on Children's Services, said inspectors, was damning. Kent Council, said the report, failed."
    assert ofsted_ie.extract(text).people == ()


# -- properties -------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ofsted_ie.strategies import Generated, quote_paragraphs  # noqa: E402


@given(quote_paragraphs())
@settings(max_examples=300, deadline=None)
def test_generated_quotes_are_recovered(case: Generated) -> None:
    """Any mark style, speaker before or after, quotations over several paragraphs,
    nested grades and apostrophes: exact text, speaker and side."""
    doc = ofsted_ie.extract(case.text)
    assert {(q.text, q.speaker, q.source) for q in doc.quotes} == case.quotes


quote_texts = st.lists(
    st.sampled_from(['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", " ", "\n", ",", ".", "Ofsted's", "children\u2019s",
                     "said", "inadequate", "Kent", "good", "x"]) | st.text(max_size=5),
    max_size=40,
).map("".join)


@given(quote_texts)
@settings(max_examples=300, deadline=None)
def test_quotes_never_cut_words_and_their_text_is_the_input_s(text: str) -> None:
    """For any text, no Quote's span starts or ends inside a word, and the text of a
    quotation within one paragraph appears in the input as written."""
    for q in ofsted_ie.extract(text).quotes:
        assert q.start is not None and q.end is not None
        assert not (q.start > 0 and text[q.start - 1].isalnum() and text[q.start].isalnum())
        assert not (q.end < len(text) and text[q.end - 1].isalnum() and text[q.end].isalnum())
        if "\n" not in text[q.start : q.end] and "\r" not in text[q.start : q.end]:
            assert q.text in text


def test_unattributed_quotation_takes_the_previous_quotations_speaker_deep_in_a_text() -> None:
    """A quotation with no speaker of its own, paragraphs into a text, takes the speaker
    of the quotation before it (a bug once looked for that quotation at the wrong offset)."""
    text = ("Headline here\n\nA first paragraph of background.\n\nA second paragraph of background.\n\n"
            'Inspectors said: "Plans are weak."\n\nRisk assessments were found to be "inconsistent".')
    quotes = {q.text: q for q in ofsted_ie.extract(text).quotes}
    assert quotes["inconsistent"].speaker == "Inspectors"
    assert quotes["inconsistent"].source == "inspectorate"


def test_unattributed_quotations_take_the_side_most_attributed_ones_have() -> None:
    """A quotation nobody is named for takes the side most of the text's attributed
    quotations have; with a tie between sides it stays unattributed."""
    filler = "\n\n".join(f"Paragraph {n} says nothing of note." for n in range(6))
    far = '\n\nThe words "children are safe" were repeated at the meeting.'
    text = ('Inspectors said practice was "consistently strong". Inspectors also found "clear leadership".\n\n'
            + filler + far)
    assert {q.text: q.source for q in ofsted_ie.extract(text).quotes}["children are safe"] == "inspectorate"
    tied = ('Inspectors said practice was "consistently strong". The council leader said it was "a proud day".\n\n'
            + filler + far)
    assert {q.text: q.source for q in ofsted_ie.extract(tied).quotes}["children are safe"] is None
