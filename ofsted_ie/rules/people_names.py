"""People's names as the caller wrote them.

Rules read the normalised text, where a curly apostrophe is straight ("O’Neill" reads
"O'Neill"); a Person's ``name`` is "as written", so the finishing pass puts back the
caller's apostrophes. Nothing else in a name is changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs

from .._timed import timed
from .._vocab import HONORIFICS
from ..context import Context
from ..records import Person
from ._common import is_name
from ._fragments import NAME
from .people_lines import sentences_naming_people

#: Apostrophes that normalise to "'".
_APOSTROPHES = frozenset("'\u2019\u2018\u02bc`\u00b4")


def as_written(people: Iterable[Person], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Person]:
    """Each person with their name's apostrophes as the caller's text has them."""
    return [_as_written(p, ctx) for p in people]


def _as_written(person: Person, ctx: Context) -> Person:
    if "'" not in person.name or person.start is None or person.end is None:
        return person
    at = ctx.text.find(person.name, person.start, person.end)
    if at < 0:
        return person
    prepared = ctx.prepared
    written = prepared.original[prepared.to_original_start(at) : prepared.to_original_end(at + len(person.name))]
    same_shape = len(written) == len(person.name) and all(
        w == n or (n == "'" and w in _APOSTROPHES) for w, n in zip(written, person.name, strict=True))
    return attrs.evolve(person, name=written) if same_shape and written != person.name else person


#: The rule whose records name a person by title and surname (``people.RULE_LATER_TITLE``).
_LATER_TITLE = "people.later_title"
#: The rule whose records name a person by surname alone with a post (``people.RULE_LATER_SURNAME``).
_LATER_SURNAME = "people.later_surname"
#: The rule whose records name a person speaking by surname (``people.RULE_SURNAME``).
_SURNAME = "people.surname"


def full_names(people: Iterable[Person], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Person]:
    """A person named later by title and surname ("Ms Doe, the council's director ...", or
    by surname alone: "Doe, who is the council's director, said")
    takes the full name of the one person the text names with that surname ("Jane Doe"),
    among its people or, failing them, anywhere in it (named in passing before); with
    none, or two, the later mention names nobody for sure and is dropped. A person
    speaking by surname alone ("Doe said") is kept once, and only if no other record names
    them (that one says more)."""
    people = list(people)
    full = {p.name for p in people if p.rule not in (_LATER_TITLE, _LATER_SURNAME, _SURNAME) and " " in p.name}
    kept: list[Person] = []
    for person in people:
        if person.rule == _SURNAME:  # a surname speaking: only for one no other record names
            if person.name not in full:
                full.add(person.name)
                kept.append(person)
            continue
        if person.rule not in (_LATER_TITLE, _LATER_SURNAME):
            kept.append(person)
            continue
        matches = {name for name in full if name.rsplit(" ", 1)[-1] == person.name}
        if not matches and (named := full_name_for(person.name, ctx)) is not None:
            matches = {named}  # named in full only in passing: "Jane Doe will retire. Doe, Kent's director, ..."
        if len(matches) == 1:
            kept.append(attrs.evolve(person, name=matches.pop()))
    return kept


#: Words of titles, read past at a full name's start.
_TITLE_WORDS: Final = frozenset(w for h in HONORIFICS for w in h.split())
#: A full name anywhere in the text.
_FULL_NAME: Final = timed(NAME)


def full_name_for(surname: str, ctx: Context) -> str | None:
    """The one full name in the text ending with ``surname`` ("Doe" -> "Jane Doe"), or
    None when there is none or more than one (a surname alone then names nobody for sure)."""
    names = ctx.memo(("people", "full names by surname"), lambda: _full_names(ctx))
    found = names.get(surname, frozenset())
    return next(iter(found)) if len(found) == 1 else None


def _full_names(ctx: Context) -> Mapping[str, frozenset[str]]:
    """Every full name the text holds (no council's, no place's), by surname: one scan of
    the sentences that can name people (two capitalised words in a row)."""
    by_surname: dict[str, set[str]] = {}
    for m in (m for a, b in sentences_naming_people(ctx) for m in _FULL_NAME.finditer(ctx.text, a, b)):
        words = m.group("name").split()
        while words and words[0] in _TITLE_WORDS:  # "(Right) Honourable Jane Doe": Jane Doe
            words.pop(0)
        name = " ".join(words)
        if len(words) > 1 and is_name(name) and not ctx.gazetteer.lookup(name):
            by_surname.setdefault(name.rsplit(" ", 1)[-1], set()).add(name)
    return MappingProxyType({k: frozenset(v) for k, v in by_surname.items()})


__all__ = ["as_written", "full_name_for", "full_names"]
