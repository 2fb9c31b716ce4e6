"""The kinds of event a text names, and the kind a plain reference back takes.

A bare "visit" borrows the kind of the nearest visit named ("a monitoring inspection of
Kent ... during the visit"), and a plain definite "the inspection" (no adjective, no
framework) refers back to the event named before it when that was a JTAI, a monitoring
or a focused visit ("the joint targeted area inspection of Kent ... the report said the
inspection had ..."): an event named once, not a second inspection. Each kind is read
under every name it has ("monitoring visit" or "monitoring inspection").
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import FROM_END, timed
from ..context import Context
from ..records import InspectionKind

#: Named visits a bare "visit" may borrow its kind from.
VISIT_KINDS: Final = timed(
    r"(?i:(?P<monitoring_visit>monitoring\ (?:visit|letter|inspection)|such\ visit)"
    r"|(?P<focused_visit>focus(?:s)?ed\ (?:visit|inspection)|focus\ visit)|(?P<jtai>joint\ target(?:ed)?\ area|jtai))"
)
#: Every kind of event by its names ("joint targeted area inspection" is one name, not an inspection).
ANY_KIND: Final = timed(
    r"(?i:(?P<monitoring_visit>monitoring\ (?:visit|inspection))|(?P<focused_visit>focus(?:s)?ed\ (?:visit|inspection))"
    r"|(?P<jtai>joint\ target(?:ed)?\ area(?:\ inspections?)?|jtai)|(?P<inspection>inspection|inspected))"
)
#: A plain definite determiner right before "inspection": a reference back, not a new event.
_PLAIN_DEFINITE: Final = timed(r"(?<!\w)(?i:the|this|that)\ $", flags=FROM_END)
#: How far back to look for the event referred to.
_REFER_WINDOW: Final = 3000


def kind_of(found: regex.Match[str]) -> InspectionKind:
    """The kind an ``ANY_KIND`` or ``VISIT_KINDS`` match names."""
    kinds: tuple[InspectionKind, ...] = ("monitoring_visit", "focused_visit", "jtai")
    return next((k for k in kinds if found.group(k)), "inspection")


def _plain_definite(ctx: Context, start: int) -> bool:
    return _PLAIN_DEFINITE.search(ctx.text, max(0, start - 5), start) is not None


def referred_kind(ctx: Context, start: int, end: int) -> InspectionKind | None:
    """The kind of a plain definite "the inspection" at ``[start, end)`` that refers back
    to a JTAI, monitoring or focused visit named before it (other plain references between
    them skipped), or None when it is no such reference or the event before it was an
    inspection."""
    if ctx.text[start:end].lower() != "inspection" or not _plain_definite(ctx, start):
        return None
    for found in reversed(list(ANY_KIND.finditer(ctx.text, max(0, start - _REFER_WINDOW), start))):
        if found.group("inspection") and _plain_definite(ctx, found.start()):
            continue
        kind = kind_of(found)
        return None if kind == "inspection" else kind
    return None


__all__ = ["ANY_KIND", "VISIT_KINDS", "kind_of", "referred_kind"]
