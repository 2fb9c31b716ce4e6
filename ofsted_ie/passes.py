"""Document passes: functions over a family's finished records that declare which
record kinds they read and write, and the order those declarations imply.

A pass runs after every rule has run and overlaps are resolved, before offsets are
mapped back. It reads the records of the kinds it declares (final, for every kind some
other pass writes) and returns the new list of the one kind it writes. The extractor
orders its passes so that every pass writing a kind runs before any other pass reading
it, and refuses, with a ``ValueError`` naming the passes, declarations no order satisfies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._arguments import check_instances, check_unique
from .records import RECORD_TYPES

if TYPE_CHECKING:
    from .context import Context

__all__ = ["Pass", "PassRun", "order_passes"]

#: ``(records of the kind written, context, every kind's records) -> new records``.
PassRun = Callable[[list[Any], "Context", Mapping[str, Sequence[Any]]], list[Any]]


def _kinds(kinds: Iterable[str]) -> frozenset[str]:
    out = frozenset(kinds)
    unknown = sorted(out - set(RECORD_TYPES))
    if unknown:
        raise ValueError(f"Pass kinds must be record types ({', '.join(RECORD_TYPES)}); got {', '.join(unknown)}")
    return out


@attrs.frozen
class Pass:
    """A named document pass and the record kinds it reads and writes.

    Args:
        name: ``family.snake_case``, stable; named in warnings and errors.
        writes: the one record kind whose list ``run`` returns.
        run: module-level function ``(records, context, by_kind) -> records``.
        reads: the kinds whose final records ``run`` looks at in ``by_kind``
            (the written kind is read too, as ``records``).
    """

    name: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z_]+\.[a-z_0-9]+"))
    writes: str = attrs.field(validator=attrs.validators.in_(tuple(RECORD_TYPES)))
    run: PassRun = attrs.field(repr=False)
    reads: frozenset[str] = attrs.field(default=frozenset(), converter=_kinds)


def order_passes(passes: Iterable[Pass]) -> tuple[Pass, ...]:
    """The passes in an order where every pass writing a kind runs before the other
    passes reading it; among passes free to go, the one listed first goes first.

    Raises:
        TypeError: an item is not a ``Pass``.
        ValueError: two passes share a name, or the declarations form a cycle (``A``
            reads what ``B`` writes and ``B`` what ``A`` writes); the message names them.
    """
    todo = list(check_instances(passes, Pass, "Extractor", "passes"))
    check_unique((p.name for p in todo), "Extractor", "passes")

    def waits_for(p: Pass, q: Pass) -> bool:  # p reads what q, another pass, writes
        return p is not q and q.writes in p.reads

    ordered: list[Pass] = []
    while todo:
        ready = next((p for p in todo if not any(waits_for(p, q) for q in todo)), None)
        if ready is None:
            cycle = ", ".join(
                f"{p.name} (reads {', '.join(sorted(p.reads))}; writes {p.writes})" for p in todo
            )
            raise ValueError(f"Extractor passes cannot be ordered: each waits for another's output: {cycle}")
        ordered.append(ready)
        todo.remove(ready)
    return tuple(ordered)
