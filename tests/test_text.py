"""Tests for ofsted_ie.text: normalisation, the offset map, segmentation, boilerplate."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ofsted_ie.text import _ONE_FOR_ONE, _translate, prepare


def test_curly_quotes_and_nbsp_are_normalised_for_matching() -> None:
    """Curly marks become straight, NBSP becomes a space, dashes become hyphens."""
    p = prepare("rated \u2018inadequate\u2019\u00a0\u2013 Wokingham\u2019s")
    assert p.text == "rated 'inadequate' - Wokingham's"


def test_offsets_map_back_through_collapsed_whitespace() -> None:
    """A span after collapsed spaces and CR LF maps to the same words in the original."""
    original = "Kent  \u201cgood\u201d\r\n\r\nThen   Reading\u200b rated"
    p = prepare(original)
    i = p.text.index("Reading")
    assert original[p.to_original_start(i) : p.to_original_end(i + len("Reading"))] == "Reading"
    j = p.text.index('"good"')
    assert original[p.to_original_start(j) : p.to_original_end(j + 6)] == "\u201cgood\u201d"


@given(st.text(alphabet=st.sampled_from(list("ab \u00a0\t\r\n\u201c\u201d\u2019\u200b-\u2014x")), max_size=60))
def test_offset_map_is_monotone_and_in_bounds(text: str) -> None:
    """Every normalised offset maps into the original, in order."""
    p = prepare(text)
    mapped = [p.to_original_start(i) for i in range(len(p.text) + 1)]
    assert all(0 <= m <= len(text) for m in mapped)
    assert mapped == sorted(mapped)


@given(st.text(alphabet=st.sampled_from([*_ONE_FOR_ONE, "a", " ", "'", '"', "-", "\n"])) | st.text())
def test_one_for_one_replacement_equals_translate(text: str) -> None:
    """Replacing character by character gives what str.translate with the table gives."""
    table: dict[str, str | int | None] = dict(_ONE_FOR_ONE)
    assert _translate(text) == text.translate(str.maketrans(table))


def test_sentences_split_but_not_after_abbreviations() -> None:
    """Sentences end at full stops before a capital, not after 'Mr.' or 'Cllr.'."""
    p = prepare("Mr. Smith said so. Cllr. Jones agreed! Then it ended.")
    assert [p.text[a:b] for a, b in p.sentences] == ["Mr. Smith said so.", "Cllr. Jones agreed!", "Then it ended."]


def test_paragraphs_are_non_empty_lines() -> None:
    """Blank lines separate paragraphs and are not paragraphs themselves."""
    p = prepare("One.\n\n  Two.  \nThree.")
    assert [p.text[a:b] for a, b in p.paragraphs] == ["One.", "Two.", "Three."]


def test_subscription_panel_and_picture_credit_are_boilerplate() -> None:
    """A paywall's line is boilerplate but ends at its line: the next article of a digest
    after it is read (issue 21); a picture credit is boilerplate, its caption is not."""
    p = prepare("Kent was rated good. Picture: Kent County Council\n\nRegister Now to Continue Reading\n"
                "Already have an account? Sign in\nSurrey was rated outstanding.")
    assert p.in_boilerplate(p.text.index("Picture"))
    assert p.in_boilerplate(p.text.index("Register")) and p.in_boilerplate(p.text.index("Already"))
    assert not p.in_boilerplate(p.text.index("Surrey"))
    assert not p.in_boilerplate(p.text.index("rated"))
    tail = prepare("Kent was rated good.\n\nRelated articles\nSurrey was rated outstanding.")
    assert tail.in_boilerplate(tail.text.index("Surrey"))  # a panel of links still runs to the end


def test_overlong_sentences_are_cut_into_pieces() -> None:
    """A run of text longer than any sentence is cut, at spaces, into pieces no longer
    than MAX_SENTENCE; together they cover it."""
    from ofsted_ie.text import MAX_SENTENCE

    text = "word " * 1000 + "x" * 3000
    p = prepare(text)
    assert all(b - a <= MAX_SENTENCE for a, b in p.sentences)
    assert p.sentences[0][0] == 0 and p.sentences[-1][1] == len(p.text)
    assert all(p.text[b - 1] == " " for a, b in p.sentences[:4])


def _boilerplate_searching_every_pattern(text: str) -> tuple[tuple[int, int], ...]:
    """``text._boilerplate`` as written before its patterns were gated by their words."""
    from ofsted_ie.text import _LINE_BOILERPLATE, _TAIL_BOILERPLATE, furniture_end

    spans: list[tuple[int, int]] = []
    at = 0
    while (tail := _TAIL_BOILERPLATE.search(text, at)) is not None and at < len(text):
        at = furniture_end(text, tail.start())
        spans.append((tail.start(), at))
    spans.extend(m.span() for pattern, _, _ in _LINE_BOILERPLATE for m in pattern.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


_FURNITURE = ["Subscribe", "SUBſCRIBE", "  register", "Sign in here", "From £12 a month", "Related articles",
              "most popular news", "\u212aent", "Picture: Jo Bloggs", "Cookies: accept our policy", "Read more",
              "Already have an account? Sign in", "Print this page", "digital membership", "log \u0130n"]


@given(st.lists(st.sampled_from([*_FURNITURE, "Kent was rated good.", "Related to Kent", " ", "\n", "subscribe to us"]),
                max_size=12))
def test_boilerplate_gated_by_words_finds_what_every_pattern_finds(pieces: list[str]) -> None:
    """Searching a furniture pattern only where the text holds one of its words (folded
    as a case-blind pattern reads them: "ſ" as "s") finds what searching it always does."""
    from ofsted_ie.text import _boilerplate

    text = "".join(pieces)
    assert _boilerplate(text) == _boilerplate_searching_every_pattern(text)


_OPENERS = ["Related articles", "Share this article", "Most Read", "Sign up to our newsletter", "More like this",
            "Print this page", "Latest jobs"]
_LINKS = ["Surrey children's services rated outstanding", "Wigan told to improve after Ofsted visit",
          "Social worker of the year awards open", "Senior practitioner - children in care"]


@given(st.sampled_from(_OPENERS), st.lists(st.sampled_from(_LINKS), max_size=4), st.sampled_from(["Kent", "Barnet", "Wirral"]),
       st.booleans())
def test_a_block_of_furniture_ends_at_the_next_paragraph_of_prose(opener: str, links: list[str], council: str,
                                                                   at_top: bool) -> None:
    """A furniture line (sharing buttons under a headline, a "Most Read" widget mid-article,
    the links closing one article of a digest) and the short lines under it are
    boilerplate; the next paragraph of prose is not, so its records are read (issue 21)."""
    prose = (f"Children's services in {council} have been rated good by Ofsted, which said leaders had made "
             "steady progress since the last inspection three years ago.")
    block = "\n\n".join([opener, *links])
    text = (f"{council} rated good\n\n{block}\n\n{prose}\n" if at_top
            else f"Inspectors visited last month.\n\n{block}\n\n{prose}\n")
    p = prepare(text)
    assert p.in_boilerplate(p.text.index(opener))
    assert all(p.in_boilerplate(p.text.index(link)) for link in links)  # no link's grade is read
    assert not any(p.in_boilerplate(i) for i in range(p.text.index("Children's services in"), len(p.text)))


def test_furniture_written_with_letters_folding_to_ascii_is_boilerplate() -> None:
    """A line a case-blind pattern reads as furniture ("SUBſCRIBE": long s) is furniture
    though it is not spelt so in lower case."""
    p = prepare("Kent was rated good.\nSUB\u017fCRIBE\nSurrey was rated outstanding.")
    assert p.in_boilerplate(p.text.index("SUB"))
    assert not p.in_boilerplate(p.text.index("Surrey"))


@given(st.text(alphabet=st.sampled_from(list("abcrte '-\n1\u0130\u017f\u212aK")), max_size=80),
       st.text(alphabet=st.sampled_from(list("abcrte '-1")), min_size=1, max_size=6), st.booleans())
def test_lowered_holds_what_the_lowered_text_holds(text: str, needle: str, tail: bool) -> None:
    """``Lowered.holds`` answers as ``in`` does on the lower-cased text, for short texts
    and for long ones, which ask their vocabulary of letter runs first."""
    from ofsted_ie._lowered import Lowered
    from ofsted_ie.text import lower_keeping_offsets

    long = (text + " ") * (Lowered.VOCABULARY_FROM // (len(text) + 1) + 1) + ("\n" + needle.upper() if tail else "")
    assert len(long) >= Lowered.VOCABULARY_FROM
    for body in (text, long):
        lowered = Lowered(body)
        assert lowered.holds(needle) == (needle in lower_keeping_offsets(body))
        assert lowered.holds(needle) == (needle in lowered.text)  # asked again: the kept answer


def _every_start(text: str, needle: str) -> list[int]:
    """Every offset where ``needle`` occurs in ``text``, overlapping ones too."""
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


@given(st.text(alphabet=st.sampled_from(list("abcrte '-\n1K")), max_size=80),
       st.lists(st.text(alphabet=st.sampled_from(list("abcrte '-1")), min_size=1, max_size=5), min_size=1, max_size=8))
def test_trigger_index_finds_every_occurrence_in_one_pass(text: str, needles: list[str]) -> None:
    """A ``TriggerIndex`` finds, in one pass, every occurrence of each of its strings
    (overlapping ones too) that looking for each alone finds; ``Lowered`` answers from it
    (which lines hold a string whole, which strings of a set it holds, whether it holds
    none of one) as it answers without one, and a pickled index
    finds the same."""
    import pickle

    import regex

    from ofsted_ie._lowered import Lowered
    from ofsted_ie._triggers import TriggerIndex

    index = TriggerIndex(needles)
    found = index.find(text)
    assert found is not None
    assert found == {n: _every_start(text, n) for n in set(needles) if n in text}
    assert pickle.loads(pickle.dumps(index)).find(text) == found
    assert TriggerIndex(needles, use_automaton=False).find(text) is None
    indexed, alone = Lowered(text, index), Lowered(text)
    for needle in needles:
        assert indexed.occurrences(needle) is not None
        assert list(indexed.occurrences(needle) or ()) == _every_start(indexed.text, needle)
        lines = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", indexed.text)]
        starts, ends = [a for a, _ in lines], [b for _, b in lines]
        holding = {k for k, (a, b) in enumerate(lines) if needle in indexed.text[a:b]}
        assert indexed.units_holding(needle, starts, ends) == alone.units_holding(needle, starts, ends) == holding
        assert indexed.holds(needle) == alone.holds(needle)
    assert indexed.occurrences("zz-not-indexed") is None
    group = (*needles, "zz-not-indexed")
    assert set(indexed.held(group)) == set(alone.held(group)) == {n for n in group if n in indexed.text}  # in no particular order
    assert set(Lowered(text, index).held(tuple(needles))) == {n for n in needles if n in indexed.text}  # before any other look
    held = {n for n in needles if n in indexed.text}
    if index.in_lower_case:  # a quick no exactly when no needle is held
        assert Lowered(text, index).lacks_one_of((frozenset(needles),)) == (not held)


@given(st.text(alphabet=st.sampled_from(list("abAB '\n1")), max_size=80),
       st.lists(st.text(alphabet=st.sampled_from(list("abAB '1")), min_size=1, max_size=4).filter(lambda t: t != t.lower()),
                min_size=1, max_size=5))
def test_a_string_with_a_capital_is_found_as_written(text: str, needles: list[str]) -> None:
    """A string holding a capital is looked for as written, capitals and all: the lines
    holding it, and whether the text does, are what a case-blind look at its lower case
    finds only where the text has it as written; with and without an automaton."""
    import regex

    from ofsted_ie._lowered import Lowered
    from ofsted_ie._triggers import TriggerIndex

    lines = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
    starts, ends = [a for a, _ in lines], [b for _, b in lines]
    indexed = Lowered(text, TriggerIndex([n.lower() for n in needles]))
    for lowered in (indexed, Lowered(text)):
        for needle in needles:
            assert lowered.units_holding(needle, starts, ends) == {k for k, (a, b) in enumerate(lines) if needle in text[a:b]}
            assert lowered.holds(needle) == (needle in text)
        assert set(lowered.held(tuple(needles))) == {n for n in needles if n in text}
    mixed = (*needles, "ab")  # with one in lower case, from an index holding them as written
    as_written = Lowered(text, TriggerIndex(mixed))
    assert set(as_written.held(mixed)) == {n for n in mixed if (n in text if n != "ab" else n in as_written.text)}


@given(st.text(alphabet=st.sampled_from(list("ab. !?\n'\"()AB1 Mr")), max_size=120))
def test_sentences_cut_in_one_scan_are_those_cut_paragraph_by_paragraph(text: str) -> None:
    """The sentence ends found in one scan of the text cut each paragraph where a scan of
    that paragraph alone would."""
    from ofsted_ie.text import _SENTENCE_END, _normalise, _paragraphs, _pieces, _sentences

    normalised = _normalise(text)[0]
    paragraphs = _paragraphs(normalised)
    expected: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in _SENTENCE_END.finditer(normalised, p_start, p_end):
            stop = m.end()
            while stop > start and normalised[stop - 1] == " ":
                stop -= 1
            expected.extend(_pieces(normalised, start, stop))
            start = m.end()
        if start < p_end:
            expected.extend(_pieces(normalised, start, p_end))
    assert list(_sentences(normalised, paragraphs)) == expected


@given(st.text(alphabet=st.sampled_from(list("ab \n?.")), max_size=60),
       st.lists(st.text(alphabet=st.sampled_from(list("ab ?.")), min_size=1, max_size=4), min_size=1, max_size=4))
def test_words_opening_a_line_are_found_as_a_line_by_line_look_finds_them(text: str, words: list[str]) -> None:
    """``_holds_any`` with ``line_start`` answers as looking at every line's opening does."""
    from ofsted_ie.text import _holds_any

    naive = any(line[k:].startswith(word) for line in text.split("\n") for word in words
                for k in range(len(line) - len(line.lstrip(" ")) + 1))  # after none, some or all of its opening spaces
    assert _holds_any(text, words, line_start=True) == naive
    assert _holds_any(text, words, line_start=False) == any(word in text for word in words)


def _normalise_run_by_run(original: str) -> tuple[object, ...]:
    """The earlier ``_normalise``, one Python step per shrinking run: the reference."""
    import regex

    from ofsted_ie.text import _KEEP, _SHRINK_RUN

    translated = _translate(original)
    norm_breaks, orig_breaks, tab_gaps, wide_gaps, pieces = [0], [0], [], [], []
    src = out = 0
    for m in _SHRINK_RUN.finditer(translated):
        start, end = m.span()
        pieces.append(translated[src:start])
        out += start - src
        keep = _KEEP.get(translated[start], "")
        if keep == " ":
            tabs = translated.count("\t", start, end)
            if tabs:
                tab_gaps.extend([out] * tabs)
            else:
                wide_gaps.append(out)
        pieces.append(keep)
        out += len(keep)
        src = end
        norm_breaks.append(out)
        orig_breaks.append(src)
    pieces.append(translated[src:])
    normalised = "".join(pieces)
    if "\t" in normalised:
        tab_gaps = sorted([*tab_gaps, *(m.start() for m in regex.finditer(r"\t", normalised))])
        normalised = normalised.replace("\t", " ")
    return normalised, tuple(norm_breaks), tuple(orig_breaks), tuple(tab_gaps), tuple(wide_gaps)


@given(st.text(alphabet=st.sampled_from(list("ab  \t\t\r\n\u00a0\u200b\u00ad\u2019x1")), max_size=80))
def test_normalising_in_one_split_equals_normalising_run_by_run(text: str) -> None:
    """Text, offset breaks and gaps are those of the run-by-run reference (tabs alone and in
    runs, CR LF, zero-width runs, NBSP among spaces, runs at both ends)."""
    from ofsted_ie.text import _normalise

    assert _normalise(text) == _normalise_run_by_run(text)


@given(st.sampled_from(["Mr", "Mrs", "Dr", "Cllr", "Prof"]), st.lists(st.sampled_from("AJKNRS"), min_size=1, max_size=3),
       st.sampled_from(["Osei-Bonsu", "Doe", "O'Neill", "McAllister"]), st.sampled_from(["Kent", "the council", "Ofsted"]))
def test_a_name_s_initials_end_no_sentence(title: str, initials: list[str], surname: str, before: str) -> None:
    """Initials after a title or another initial ("Mr K. J. Osei-Bonsu", "A. N. Other")
    cut no sentence; the sentence before the name still ends before it."""
    name = " ".join(f"{i}." for i in initials)
    for text in (f"It was about {before}. {title} {name} {surname} said so. He left.",
                 f"It was about {before}. {name} {surname} said so. He left." if len(initials) > 1 else None):
        if text is None:
            continue
        p = prepare(text)
        assert [p.text[a:b] for a, b in p.sentences][1:] == [text.split(". ", 1)[1].rsplit(" He left.", 1)[0], "He left."]
