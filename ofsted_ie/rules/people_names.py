"""People's names as the caller wrote them.

Rules read the normalised text, where a curly apostrophe is straight ("O’Neill" reads
"O'Neill"); a Person's ``name`` is "as written", so the finishing pass puts back the
caller's apostrophes. Nothing else in a name is changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..context import Context
from ..records import Person

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


def full_names(people: Iterable[Person], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Person]:
    """A person named later by title and surname ("Ms Doe, the council's director ...")
    takes the full name of the one person the text names with that surname ("Jane Doe");
    with none, or two, the later mention names nobody for sure and is dropped."""
    people = list(people)
    full = {p.name for p in people if p.rule != _LATER_TITLE and " " in p.name}
    kept: list[Person] = []
    for person in people:
        if person.rule != _LATER_TITLE:
            kept.append(person)
            continue
        matches = {name for name in full if name.rsplit(" ", 1)[-1] == person.name}
        if len(matches) == 1:
            kept.append(attrs.evolve(person, name=matches.pop()))
    return kept


__all__ = ["as_written", "full_names"]
