"""The row shape of the rule families' provenance tables, and the check each row runs.

A family's test module (``tests/rules/test_<family>.py``) holds five tables, named by
where their rows come from: ``SEED_PHRASINGS`` (invented sentences in the shape of
phrasings real articles use), ``SYNTHETIC`` (variants: other councils, word orders,
grades, marks), ``NEGATIVE`` (text that must give no record of the family),
``BUGS_CAUGHT`` (the shapes of phrasings once missed or misread, then fixed) and
``KNOWN_FAILURES`` (phrasings not handled yet, strict xfails; a ``NEGATIVE`` row with a
reason is a text that still gives a record). A row names the record's
key, as ``ofsted_ie.evaluate`` scores it (a quote's key is its text as extracted, not
evaluate's folded form), and the evidence ``text[start:end]`` of a record with that key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, NamedTuple

import pytest

import ofsted_ie
from ofsted_ie.records import Document, Record

Key = tuple[Any, ...]


def _year(when: str | None) -> str | None:
    return when[:4] if when else None


#: family -> (its records in a Document, the key of one record)
FAMILIES: Final[Mapping[str, tuple[Callable[[Document], Sequence[Record]], Callable[[Any], Key]]]] = {
    "ratings": (lambda d: d.ratings, lambda r: (r.authority, r.grade, r.judgement)),
    "percentages": (lambda d: d.percentages, lambda r: (r.authority, round(r.value, 1))),
    "caseloads": (lambda d: d.caseloads, lambda r: (r.authority, float(r.value))),
    "quotes": (lambda d: d.quotes, lambda r: (r.text,)),
    "inspections": (lambda d: d.inspections, lambda r: (r.authority, r.kind, _year(r.when))),
    "people": (lambda d: d.people, lambda r: (r.name.lower(),)),
}


class Case(NamedTuple):
    """One row: ``text`` gives a record keyed ``key`` whose evidence is ``evidence``."""

    id: str
    text: str
    key: Key
    #: ``text[start:end]`` of a record with the key
    evidence: str
    #: attributes that record has (``current``, ``measure``, ``statistic``, ``source``, ``role`` ...)
    attributes: Mapping[str, object] = {}
    #: when given, the family's keys are exactly these (the row's own included)
    keys: frozenset[Key] | None = None
    #: the family's keys are exactly ``{key}``
    only: bool = False
    reference_date: dt.date | None = None
    #: ``evidence`` need only lie within the record's span (said where used, and why)
    within: bool = False
    #: why a known failure fails (KNOWN_FAILURES rows only)
    reason: str = ""


class Negative(NamedTuple):
    """A text that gives no record of the family."""

    id: str
    text: str
    reference_date: dt.date | None = None
    #: why a text still gives a record of the family (known failures only: a strict xfail)
    reason: str = ""


def params(rows: Sequence[Case] | Sequence[Negative]) -> list[Any]:
    """The rows as pytest params with their ids; a row with a reason is a strict xfail."""
    return [
        pytest.param(row, id=row.id, marks=[pytest.mark.xfail(strict=True, reason=row.reason)])
        if row.reason
        else pytest.param(row, id=row.id)
        for row in rows
    ]


def check(family: str, case: Case) -> None:
    """Assert ``case``: its key is among the family's keys, a record with that key has its
    evidence and attributes, and the family's keys are ``case.keys`` when it is given."""
    records_of, key_of = FAMILIES[family]
    records = records_of(ofsted_ie.extract(case.text, reference_date=case.reference_date))
    found = {key_of(r) for r in records}
    assert case.key in found, f"{case.key} not among {found}"
    keyed = [r for r in records if key_of(r) == case.key]
    spans = [case.text[r.start : r.end] for r in keyed]
    if case.within:
        with_evidence = [r for r, span in zip(keyed, spans, strict=True) if case.evidence in span]
    else:
        with_evidence = [r for r, span in zip(keyed, spans, strict=True) if span == case.evidence]
    assert with_evidence, f"no {case.key} record has the evidence {case.evidence!r}: {spans}"
    got = [{name: getattr(r, name) for name in case.attributes} for r in with_evidence]
    assert dict(case.attributes) in got, f"attributes {dict(case.attributes)} not among {got}"
    if case.keys is not None:
        assert found == case.keys
    if case.only:
        assert found == {case.key}


def check_negative(family: str, row: Negative) -> None:
    """Assert the text gives no record of the family."""
    records_of, _ = FAMILIES[family]
    assert tuple(records_of(ofsted_ie.extract(row.text, reference_date=row.reference_date))) == ()
