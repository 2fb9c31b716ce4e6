"""Tests for ofsted_ie.rules._fragments: ``alternation`` written as a trie matches what
the plain alternation of its phrases matches, in the same preference.

| kind | cases |
|---|---|
| synthetic | phrase lists drawn by hypothesis, in the longest-first order rules use and in any order |
| negative | lists where a phrase comes before a longer one it begins keep the plain alternation |
| bugs caught | none yet (written with the trie) |
| known failures | none |
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from ofsted_ie.rules._fragments import alternation

_PHRASE = st.text(alphabet=st.sampled_from(list("abH '.-")), min_size=1, max_size=6)


def _plain(phrases: list[str]) -> str:
    return "(?:" + "|".join(regex.escape(p) for p in dict.fromkeys(phrases)) + ")"


@given(st.lists(_PHRASE, min_size=1, max_size=12), st.text(alphabet=st.sampled_from(list("abhH '.-")), max_size=30),
       st.booleans(), st.booleans())
def test_alternation_matches_as_its_phrases_tried_in_order(phrases: list[str], text: str, longest_first: bool,
                                                           caseless: bool) -> None:
    """At every offset of a text, the alternation (a trie or not) matches the same span
    as the phrases tried in their order, alone and followed by more pattern (so that a
    shorter phrase must be taken when the longer one leaves the rest unmatched)."""
    if longest_first:
        phrases = sorted(phrases, key=len, reverse=True)
    flags = regex.VERBOSE | (regex.IGNORECASE if caseless else 0)
    for tail in ("", r"a\ ?b"):
        fast = regex.compile(alternation(phrases) + tail, flags)
        slow = regex.compile(_plain(phrases) + tail, flags)
        for i in range(len(text) + 1):
            got, want = fast.match(text, i), slow.match(text, i)
            assert (got and got.span()) == (want and want.span()), (phrases, text, i, tail)


def test_alternation_is_a_trie_only_when_that_keeps_the_order() -> None:
    """Phrases in longest-first order share their beginnings; a phrase before a longer one
    it begins keeps the plain alternation, which prefers it."""
    assert alternation(["holding", "holds", "hold", "had"]) == "(?:h(?:ad|old(?:ing|s)?))"
    assert alternation(["hold", "holds"]) == r"(?:hold|holds)"
    shorter_first, longer_first = regex.match(alternation(["hold", "holds"]), "holds"), regex.match(alternation(["holds", "hold"]), "holds")
    assert shorter_first is not None and shorter_first.group() == "hold"
    assert longer_first is not None and longer_first.group() == "holds"


def test_every_framework_name_holds_a_prefilter_trigger() -> None:
    """Each framework name ``FRAMEWORK_WORDS`` matches, in any case, holds one of
    ``FRAMEWORK_TRIGGERS`` (the sentences holding none are not searched)."""
    from ofsted_ie._vocab import ILACS_NAMES, SIF_NAMES
    from ofsted_ie.rules._fragments import FRAMEWORK_TRIGGERS, FRAMEWORK_WORDS

    pattern = regex.compile(FRAMEWORK_WORDS)
    names = [*SIF_NAMES, *ILACS_NAMES, "Inspection of Kent local authority children's services",
             "inspection of Brighton & Hove local authority children's services"]
    for name in names:
        for written in (name, name.upper(), name.lower()):
            found = pattern.search(f"The {written} said so.")
            assert found is not None, written
            assert any(t in found.group().lower() for t in FRAMEWORK_TRIGGERS), written
