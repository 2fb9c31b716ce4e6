"""Tests for ofsted_ie.evaluate: keys, merging, attribute accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_ie import Document, Person, Quote, Rating
from ofsted_ie.cli import main
from ofsted_ie.evaluate import GoldError, evaluate_dir, score


def test_mentions_merge_by_key_and_nulls_are_not_scored() -> None:
    """Two mentions of one fact are one key; a gold null attribute is not scored."""
    pred = Document(ratings=(Rating(authority="Kent", grade="good", when=None), Rating(authority="Kent", grade="good", when="2017")))
    gold = Document(ratings=(Rating(authority="Kent", grade="good", when="2017-05"),))
    s = score([(pred, gold)]).types["ratings"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.accuracy("when") == 1.0


def test_quote_key_is_first_40_letters_and_digits() -> None:
    """Quotes match on their first 40 letters and digits, case and punctuation dropped."""
    long = "Life for the children in Bury's care has become noticeably better since 2018"
    pred = Document(quotes=(Quote(text=long.upper() + "!!", source="inspectorate"),))
    gold = Document(quotes=(Quote(text=long[:60], source="authority"),))
    s = score([(pred, gold)]).types["quotes"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0) and s.accuracy("source") == 0.0


def test_a_role_is_scored_in_lower_case_with_a_straight_apostrophe() -> None:
    """As the shared scorer: "Director of Children’s Services" agrees with "director of children's services"."""
    pred = Document(people=(Person(name="Jane Doe", role="director of children's services"),))
    gold = Document(people=(Person(name="Jane Doe", role="Director of Children\u2019s Services"),))
    assert score([(pred, gold)]).types["people"].accuracy("role") == 1.0
    other = Document(people=(Person(name="Jane Doe", role="director of adult services"),))
    assert score([(other, gold)]).types["people"].accuracy("role") == 0.0


def test_an_attribute_agrees_when_any_mention_has_it_but_current_is_the_first_s() -> None:
    """As the shared scorer: a key's attribute agrees when the gold's is among the
    predicted mentions' values; ``current`` is the first predicted mention's."""
    pred = Document(ratings=(Rating(authority="Kent", grade="good", when="2019", current=False),
                             Rating(authority="kent", grade="good", when="2017", current=True)))
    gold = Document(ratings=(Rating(authority="Kent", grade="good", when="2017", current=True),))
    s = score([(pred, gold)]).types["ratings"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)  # the authority's case is no part of the key
    assert s.accuracy("when") == 1.0 and s.accuracy("current") == 0.0


def test_quotes_sharing_their_first_25_letters_are_one() -> None:
    """A quotation cut short or run on matches its gold when both have 25 letters and
    digits and one key starts as the other does; shorter keys match only whole."""
    long = "We have kept caseloads steady for three years now and staff noticed"
    pred = Document(quotes=(Quote(text=long[:40] + " and more besides, she said", source="authority"),))
    gold = Document(quotes=(Quote(text=long, source="authority"),))
    assert (lambda t: (t.tp, t.fp, t.fn))(score([(pred, gold)]).types["quotes"]) == (1, 0, 0)
    short = score([(Document(quotes=(Quote(text="fragile gains"),)), Document(quotes=(Quote(text="fragile"),)))]).types["quotes"]
    assert (short.tp, short.fp, short.fn) == (0, 1, 1)


def test_precision_recall_f1() -> None:
    """P, R and F1 follow from the counts."""
    pred = Document(ratings=(Rating(authority="Kent", grade="good"), Rating(authority="Kent", grade="inadequate")))
    gold = Document(ratings=(Rating(authority="Kent", grade="good"), Rating(authority="Surrey", grade="good")))
    s = score([(pred, gold)]).types["ratings"]
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)


def _gold_folder(tmp_path: Path, gold: str) -> Path:
    (tmp_path / "a.txt").write_text("Kent was rated 'good'.", encoding="utf-8")
    (tmp_path / "a.json").write_text(gold, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("gold", "names"),
    [
        ("{not json", "a.json"),
        ('{"ratings": [{"grade": "splendid"}]}', "ratings[0]: grade"),
        ('{"ratings": 5}', "ratings must be a list"),
        ('{"id": "../outside.txt"}', "is not a file name in"),
    ],
    ids=["not-json", "bad-grade", "wrong-shape", "id-outside-the-folder"],
)
def test_a_malformed_gold_file_names_file_and_field(
    tmp_path: Path, gold: str, names: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """evaluate on a malformed gold file exits 3 (not 1, a requirement unmet) and says
    which file and which field; a gold id cannot reach outside the texts folder."""
    (tmp_path / "gold").mkdir()
    folder = _gold_folder(tmp_path / "gold", gold)
    (tmp_path / "outside.txt").write_text("Essex was rated 'good'.", encoding="utf-8")
    with pytest.raises(GoldError, match=r"a\.json"):
        evaluate_dir(folder)
    assert main(["evaluate", str(folder)]) == 3
    err = capsys.readouterr().err
    assert "a.json" in err and names in err
