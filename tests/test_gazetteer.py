"""Tests for ofsted_ie.gazetteer: aliases, council titles, traps, codes by date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from ofsted_ie.gazetteer import _WORD_NAMES, load_gazetteer

G = load_gazetteer()


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.start : m.end]) for m in G.find(text)]


ALIASES = [
    ("BANES was inspected.", ("Bath and North East Somerset", "BANES")),
    ("Bath and North East Somerset Council said", ("Bath and North East Somerset", "Bath and North East Somerset Council")),
    ("services in Hull were", ("Kingston upon Hull", "Hull")),
    ("Kingston upon Thames and Richmond", ("Richmond upon Thames", "Richmond")),
    ("A Reading Borough Council spokesman", ("Reading", "Reading Borough Council")),
    ("the London Borough of Southwark said", ("Southwark", "London Borough of Southwark")),
    ("West Berkshire's director", ("West Berkshire", "West Berkshire")),
    ("Dudley council's services", ("Dudley", "Dudley council")),
    ("Stoke-on-Trent City Council", ("Stoke-on-Trent", "Stoke-on-Trent City Council")),
    ("Royal Borough of Kingston", ("Kingston upon Thames", "Royal Borough of Kingston")),
    ("Brighter Futures for Children said", ("Reading", "Brighter Futures for Children")),
    ("services run by Together for Children", ("Sunderland", "Together for Children")),
    ("NE Lincolnshire was inspected.", ("North East Lincolnshire", "NE Lincolnshire")),
]


@pytest.mark.parametrize(("text", "expected"), ALIASES, ids=[a[0] for a in ALIASES])
def test_alias_names_its_authority(text: str, expected: tuple[str, str]) -> None:
    """Aliases and council titles resolve to the canonical name, evidence as written."""
    assert expected in names(text)


TRAPS = [
    "Register Now to Continue Reading",
    "the service still has a long way to go",
    "a hot bath for the children",
    "Kingston was mentioned alone",
    "Clark Kent said so",
    "Reading the report, inspectors",
    "Newcastle-under-Lyme is a district",
    "Bristol City won at home",
    "the wirral of paperwork",
]


@pytest.mark.parametrize("text", TRAPS)
def test_ordinary_words_are_not_authorities(text: str) -> None:
    """Words and names that only look like authorities give no mention."""
    assert names(text) == []


def test_a_company_serving_several_councils_names_one_only_when_the_text_does() -> None:
    """"Achieving for Children" (Kingston, Richmond, Windsor and Maidenhead) counts once
    the text names exactly one of them; alone, or as a person's employer, it names none."""
    assert names("Achieving for Children was rated outstanding.") == []
    settled = names("Richmond upon Thames council said Achieving for Children was rated outstanding.")
    assert [n for n, _ in settled] == ["Richmond upon Thames", "Richmond upon Thames"]
    import ofsted_ie

    people = ofsted_ie.extract("Tom Brennan, chief executive at Achieving for Children, said so.").people
    assert [(p.name, p.authority) for p in people] == [("Tom Brennan", None)]


def test_ambiguous_kingston_resolves_when_the_text_settles_it() -> None:
    """Bare "Kingston" counts once the text names exactly one Kingston in full."""
    found = names("Kingston upon Thames was rated good. Kingston's director said")
    assert [n for n, _ in found] == ["Kingston upon Thames", "Kingston upon Thames"]


def test_code_follows_the_date_for_a_county_that_became_unitary() -> None:
    """Buckinghamshire is E10000002 before April 2020, E06000060 after, None undated."""
    assert G.code("Buckinghamshire", dt.date(2017, 1, 11)) == "E10000002"
    assert G.code("Buckinghamshire", dt.date(2021, 1, 1)) == "E06000060"
    assert G.code("Buckinghamshire") is None
    assert G.code("Kent") == "E10000016"


def test_abolished_authorities_are_listed() -> None:
    """Past authorities (reorganised away) are in the gazetteer."""
    assert {"Northamptonshire", "Cumbria", "Bournemouth", "Poole", "Bedfordshire", "Cheshire"} <= G.names


def test_every_current_code_is_well_formed_and_unique() -> None:
    """GSS codes have the E06/E08/E09/E10 shape and no two authorities share one."""
    codes = [e.code for e in G.entries if e.code]
    assert len(codes) == len(set(codes))
    assert all(c[:3] in {"E06", "E08", "E09", "E10"} and len(c) == 9 for c in codes)
    assert sum(1 for e in G.entries if e.active_to is None) == 153


def _names(text: str) -> list[str]:
    return [m.name for m in G.find(text)]


@pytest.mark.parametrize("opener", ["In March", "On Monday", "Last Tuesday", "By September", "Since May", "On Friday"])
@pytest.mark.parametrize("council", ["Kent", "Surrey", "North East Lincolnshire", "Wigan"])
def test_a_day_or_month_before_a_bare_name_is_no_part_of_it(opener: str, council: str) -> None:
    """A capitalised month or day name before a council ("In March Kent was rated") does
    not make the council part of a longer name."""
    assert _names(f"{opener} {council} was rated good.") == [council]


@pytest.mark.parametrize("council", ["Bury", "Reading", "Derby", "Bath"])
@pytest.mark.parametrize("preposition", ["In", "At", "in", "across"])
def test_a_word_name_after_a_preposition_of_place_is_the_place(council: str, preposition: str) -> None:
    """A name that is also a word ("Bury", "Reading") followed by a determiner is the verb
    ("Reading the report"), except after a preposition of place ("In Bury the rate was
    5%"); a noun after it still rules it out ("in Bath time")."""
    assert len(_names(f"They said that {preposition} {council} the vacancy rate was 9%.")) == 1
    assert _names(f"{council} the report, they said.") == []
    assert _names("He was in Bath time.") == []


@pytest.mark.parametrize("opener", ["Some", "Many", "Most", "Several", "Few", "One", "Three"])
@pytest.mark.parametrize("council", ["Kent", "Derby", "North East Lincolnshire", "Wigan"])
def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name(opener: str, council: str) -> None:
    """A quantifier opening a sentence before a council ("Some Kent social workers had 30
    cases") is capitalised only by its place, and no part of a person's name."""
    assert _names(f"{opener} {council} social workers had 30 cases.") == [council]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kingston upon Hull, City of London and Barnet", ["Kingston upon Hull", "City of London", "Barnet"]),
        ("Bristol, City of Westminster and Kent", ["Bristol", "Westminster", "Kent"]),
        ("Kingston upon Hull, City of was inspected.", ["Kingston upon Hull"]),
    ],
    ids=["then-city-of-london", "then-city-of-westminster", "formal-name-alone"],
)
def test_a_formal_name_ending_in_of_governs_no_following_name(text: str, names: list[str]) -> None:
    """A formal "X, City of" is that authority only when no capitalised name follows the
    "of"; otherwise it is X, and the next council is one of its own."""
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("KENT COUNTY COUNCIL was rated good.", ["Kent"]),
        ("NEWS: BARKING AND DAGENHAM RATED GOOD", ["Barking and Dagenham"]),
        ("The ADCS said Kent was fine.", ["Kent"]),
        ("KCC and Kent", ["Kent"]),
    ],
    ids=["shouted-council", "shouted-headline", "acronyms-stay", "single-capital-word-stays"],
)
def test_council_names_in_capitals(text: str, names: list[str]) -> None:
    """A council named in a run of words in capitals is found, with offsets into the
    text as given; a lone acronym is not read as a name."""
    found = G.find(text)
    assert [m.name for m in found] == names
    assert all(text[m.start : m.end].lower().startswith(m.name.split()[0].lower()) for m in found)


def test_names_found_near_their_forms_equal_names_found_in_the_whole_text(examples_dir: Path) -> None:
    """The gazetteer's pattern run only around the surface forms one automaton pass finds
    gives the mentions a run over the whole text gives (as without pyahocorasick), on
    the examples and on council titles at a text's very start and end."""
    from ofsted_ie._triggers import TriggerIndex

    gazetteer = load_gazetteer()
    whole = attrs.evolve(gazetteer)
    object.__setattr__(whole, "_forms_index", TriggerIndex(gazetteer.forms, use_automaton=False))
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples_dir.glob("*.txt"))]
    texts += ["London Borough of Sutton", "Kent County Council", "the Royal Borough of Kingston upon Thames Councillors",
              "ex-Kent, Surrey Metropolitan Borough Council and Wigan"]
    found = 0
    for text in texts:
        near = gazetteer.find(text)
        assert near == whole.find(text)
        found += len(near)
    assert found > 10


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.lists(st.sampled_from(["Kent", "Medway", " and ", ", ", " & ", " Local", " Safeguarding", " Children's", " Childrens",
                                 " Safeguarding Children Board", " Board", " Partnership", "s", "x", " ", ". ", "\n",
                                 " Children's Safeguarding Partnership"]), max_size=20))
@settings(max_examples=300)
def test_joint_bodies_looked_for_around_safeguarding_are_those_a_whole_text_scan_finds(pieces: list[str]) -> None:
    """Looking for a joint body's title only around each "Safeguarding" finds the names
    that a scan of the whole text finds."""
    from ofsted_ie import gazetteer

    text = "".join(pieces)
    whole = []
    for body in gazetteer._JOINT_BODY.finditer(text):
        names = gazetteer._BODY_NAMES.search(text, max(0, body.start() - 150), body.start())
        if names is not None and gazetteer._JOINED.search(names.group()):
            whole.append(names.span())
    assert gazetteer.joint_bodies(text) == whole


@pytest.mark.parametrize("council", ["Kent", "Leeds", "Devon", "Wigan", "Durham"])
@pytest.mark.parametrize("body", ["{c} Beckett University", "{c} and Cornwall Police", "{c} Messenger", "the Bishop of {c}",
                                  "the University of {c}", "{c} Metropolitan University", "{c} and District Hospitals",
                                  "{c}, Thamesmoor and Weald Community Rehabilitation Company", "the {c} Mail", "{c} Online",
                                  "{c} Palace"])
def test_a_place_in_another_institution_s_name_is_no_authority(council: str, body: str) -> None:
    """A place named inside a university's, police force's, newspaper's or office's name
    is no council; the council by its own name still is."""
    assert _names(f"A spokesman for {body.format(c=council)} said it would act.") == []
    assert _names(f"{council} Council said it would act.") == [council]


@pytest.mark.parametrize(("place", "county"), [("St Helens", "Lancashire"), ("Peterborough", "Cambridgeshire"),
                                               ("Slough", "Kent"), ("Wigan", "Lancashire"), ("Milton Keynes", "Buckinghamshire")])
def test_the_county_a_council_lies_in_is_no_council_named(place: str, county: str) -> None:
    """"St Helens in Lancashire": the county says where the council lies; named on its own, it counts."""
    assert _names(f"The findings came as {place} in {county} was rated good.") == [place]
    assert _names(f"{county} was rated good, and {place} in {county} too.") == [county, place]


def test_an_ambiguous_name_in_a_list_of_london_boroughs_is_the_london_one() -> None:
    """"Kingston" names two councils; "the London boroughs of Kingston and ..." names the London one."""
    assert _names("Kingston was rated good.") == []
    assert "Kingston upon Thames" in _names("Its partners are the London boroughs of Kingston and Sutton.")


#: Councils written in one word, none of them also an English word ("Bury", "Reading").
_ONE_WORD = sorted(n for n in G.names if " " not in n and "-" not in n and G.lookup(n) == (n,) and n not in _WORD_NAMES)


@given(st.lists(st.sampled_from(_ONE_WORD), min_size=3, max_size=5, unique=True), st.data())
@settings(max_examples=200, deadline=None)
def test_a_list_that_lost_a_separator_keeps_every_council(councils: list[str], data: st.DataObject) -> None:
    """A list of councils with one separator lost ("Coventry Knowsley; Manchester") names
    each of them: a council's name is no surname of the next."""
    lost = data.draw(st.integers(0, len(councils) - 2))
    sep = data.draw(st.sampled_from(["; ", ", "]))
    listed = "".join(c + ("" if i == len(councils) - 1 else " " if i == lost else sep) for i, c in enumerate(councils))
    assert _names(f"The councils judged inadequate are: {listed}.") == councils


@pytest.mark.parametrize("opener", ["Compare", "Consider", "Take", "Look at", "Contrast"])
@pytest.mark.parametrize("council", ["Kent", "Staffordshire", "Wigan"])
def test_a_word_opening_a_sentence_is_no_part_of_a_name(opener: str, council: str) -> None:
    """A verb opening a comparison before a council ("Compare Staffordshire, which ...") is
    capitalised only by its place: no surname follows it; a given name still makes one."""
    assert _names(f"Things are hard. {opener} {council}, which was rated good.") == [council]
    assert _names(f"Things are hard. Jane {council} said so.") == []


@pytest.mark.parametrize("council", ["Kent", "Wigan", "Devon"])
def test_a_given_name_before_a_council_makes_a_surname(council: str) -> None:
    """"Jane Kent": a capitalised word that names no council before a bare name makes it a surname."""
    assert _names(f"Jane {council} said the report was fair.") == []


def test_an_ambiguous_name_takes_the_region_of_the_councils_named_for_certain() -> None:
    """Bare "Kingston" beside London boroughs is Kingston upon Thames, beside Yorkshire's
    councils Kingston upon Hull; a company serving councils of two regions ("Achieving for
    Children") is not settled by a region, and councils of both regions settle nothing."""
    assert ("Kingston upon Thames", "Kingston") in names("Richmond upon Thames kept its grade. Kingston was rated good.")
    assert ("Kingston upon Hull", "Kingston") in names("Leeds and Wakefield were rated. Kingston was rated good.")
    assert [n for n, _ in names("Richmond upon Thames and Leeds were rated. Kingston was rated good.")] == ["Richmond upon Thames", "Leeds"]
    assert [n for n, _ in names("Kent was rated. Achieving for Children was rated outstanding.")] == ["Kent"]


@pytest.mark.parametrize("street", ["Place", "Square", "Avenue", "Lane", "Terrace", "Crescent"])
@pytest.mark.parametrize(("place", "council"), [("Cumberland", "Kent"), ("Derby", "Wigan"), ("Bedford", "Surrey")])
def test_an_address_names_no_council(street: str, place: str, council: str) -> None:
    """A letter's address ("6 Cumberland Place", "Nottingham NG1 6HJ"): a street named
    after a place, or a town before its postcode, is no council the letter speaks of."""
    letter = f"Ofsted\nAgora\n6 {place} {street}\nNottingham NG1 6HJ\n\nDear Jo\n\n{council} was rated good."
    assert _names(letter) == [council]
    assert _names(f"{place} was rated good.") == [place]  # the place alone is still the council
