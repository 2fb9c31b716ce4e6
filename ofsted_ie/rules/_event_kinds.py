"""The kinds of event a text names, and the kind a plain reference back takes.

A bare "visit" borrows the kind of the nearest visit named ("a monitoring inspection of
Kent ... during the visit"), and a plain definite "the inspection" (no adjective, no
framework) refers back to the event named before it when that was a JTAI, a monitoring
or a focused visit ("the joint targeted area inspection of Kent ... the report said the
inspection had ..."): an event named once, not a second inspection, unless a date of its
own follows it ("at the inspection in June 2021"). Each kind is read
under every name it has ("monitoring visit" or "monitoring inspection"). "The previous
two, in 2010 and 2011" are events of the kind last named, one a year; "the second visit"
is one of the series the text told of before it.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import FROM_END, timed
from ..context import Context
from ..records import Inspection, InspectionKind
from ._inspection_lists import YEAR_PATTERN

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
#: An indefinite determiner or a count right before a named kind: a new event, none referred to ("A joint
#: targeted area inspection in the spring found ...", "six monitoring visits"), unless it describes one ("It was a
#: focused visit", "came back for a focused visit").
A_NEW_ONE: Final = timed(
    r"(?<!\w)(?<!(?i:\b(?:was|is|were|be|been|as|for|on))\ )(?i:a|an|another|a\ further|a\ separate"
    r"|[1-9]\d?|two|three|four|five|six|seven|eight|nine|ten)\ $", flags=FROM_END)  # "six monitoring visits": others, counted
#: A plain definite determiner right before "inspection": a reference back, not a new event.
_PLAIN_DEFINITE: Final = timed(r"(?<!\w)(?i:the|this|that)\ $", flags=FROM_END)
#: How far back to look for the event referred to.
_REFER_WINDOW: Final = 3000
#: How far back the kind of the events of "the previous two" is looked for.
_EARLIER_WINDOW: Final = 5000


def kind_of(found: regex.Match[str]) -> InspectionKind:
    """The kind an ``ANY_KIND`` or ``VISIT_KINDS`` match names."""
    kinds: tuple[InspectionKind, ...] = ("monitoring_visit", "focused_visit", "jtai")
    return next((k for k in kinds if found.group(k)), "inspection")


#: A visit told by its place in a series ("The first visit, in December", "At the second
#: visit"), the series' kind left to the text before it.
_ORDINAL_VISIT: Final = timed(
    r"(?i:the|its|their)\ (?i:first|second|third|fourth|fifth|sixth|seventh|eighth|latest|most\ recent)\ (?i:visit)\b"
)
#: How far back an ordinal visit's series may have been named.
_SERIES_REACH: Final = 1500


#: A definite visit, which may refer back to an event named right before it.
_DEFINITE_VISIT: Final = timed(r"(?i:the|this|that)\ (?:[\w-]+\ )?(?i:visit)\b")
#: A definite visit with no adjective: the very one named before ("The visit, on 5 March, ...").
_PLAIN_VISIT: Final = timed(r"(?i:the|this|that)\ (?i:visit)\b")
#: How far before a definite visit's sentence the event it refers to may be named.
_BACK_REACH: Final = 300


def visit_back(ctx: Context, start: int, s_start: int) -> tuple[bool, InspectionKind | None]:
    """Whether a visit at ``start`` (its sentence starting at ``s_start``) refers back to an
    event the text named, and the kind of the series it is counted in, if it is: a
    definite visit right after an event named ("... visit to Kent. The visit was carried
    out on ...": of its kind, unless an inspection), or one counted ("The first visit, in December 2022, ..." after the text
    told of monitoring visits: the kind of the nearest visit named before it, within reach)."""
    if _ORDINAL_VISIT.match(ctx.text, start) is not None:
        visits = list(VISIT_KINDS.finditer(ctx.text, max(0, start - _SERIES_REACH), start))  # a series of visits
        if visits:
            return True, kind_of(visits[-1])
        if ANY_KIND.search(ctx.text, max(0, start - _SERIES_REACH), start):
            return True, None
    if _DEFINITE_VISIT.match(ctx.text, start) is None:
        return False, None
    named = list(ANY_KIND.finditer(ctx.text, max(0, s_start - _BACK_REACH), s_start))
    # "... second monitoring visit. The visit, on 5 March, focused on ...": that one (not "the last visit", an earlier one)
    kind = kind_of(named[-1]) if named and _PLAIN_VISIT.match(ctx.text, start) else None
    return bool(named), kind if kind != "inspection" else None


def _plain_definite(ctx: Context, start: int) -> bool:
    return _PLAIN_DEFINITE.search(ctx.text, max(0, start - 5), start) is not None


#: A relative clause right after a mention, then its date set off by a comma: "(the full
#: inspection) that led to that judgement, in June 2022" (the clause's events are no rivals).
_RELATIVE_THEN_DATE: Final = timed(r"\ (?i:that|which)\ [^,.;:!?\n]{1,80}?,\ (?i:in|on|during)\ ")


def date_after_relative(ctx: Context, end: int) -> str | None:
    """The date set off after a relative clause of a mention ending at ``end``: "the
    inspection that led to that judgement, in June 2022" is June 2022."""
    m = _RELATIVE_THEN_DATE.match(ctx.text, end)
    if m is None:
        return None
    after = ctx.dates_in(m.end(), m.end() + 30)
    return after[0].value if after and after[0].start == m.end() else None


def referred_kind(ctx: Context, start: int, end: int) -> InspectionKind | None:
    """The kind of a plain definite "the inspection" at ``[start, end)`` that refers back
    to a JTAI, monitoring or focused visit named before it (other plain references between
    them skipped), or None when it is no such reference or the event before it was an
    inspection."""
    if ctx.text[start:end].lower() != "inspection" or not _plain_definite(ctx, start):
        return None
    if any(d.start - end <= 4 and d.start >= end for d in ctx.dates_in(end, end + 40)):
        return None  # "the inspection in June 2021": dated on its own, an event of its own
    if date_after_relative(ctx, end) is not None:
        return None  # "the inspection that led to that judgement, in June 2022": the same
    for found in reversed(list(ANY_KIND.finditer(ctx.text, max(0, start - _REFER_WINDOW), start))):
        if found.group("inspection") and _plain_definite(ctx, found.start()):
            continue
        kind = kind_of(found)
        return None if kind == "inspection" else kind
    return None


_YEAR = r"(?:19|20)\d\d"
#: "The previous two, in 2010 and 2011": one event per year.
EARLIER_YEARS: Final = rf"""
    (?<!\w)(?i:the\ )?(?i:previous|earlier|prior|last|two\ previous|two\ earlier)\ (?i:two|three|four)
    (?:\ (?i:inspections|visits))?,?\ (?:(?i:were|took\ place)\ )?(?i:in)\ (?P<years>{_YEAR}(?:,\ {_YEAR}){{0,3}},?\ and\ {_YEAR})
"""


def build_earlier_years(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    """One event per year: "The previous two, in 2010 and 2011"; of the kind last named."""
    kind: InspectionKind = "inspection"
    for found in ANY_KIND.finditer(ctx.text, max(0, m.start() - _EARLIER_WINDOW), m.start()):
        kind = kind_of(found)
    authority = ctx.authority_for(m.start(), m.end())
    return [
        Inspection(authority=authority, kind=kind, when=year, start=m.start(), end=m.end())
        for year in (y.group() for y in YEAR_PATTERN.finditer(m.group("years")))
    ]


__all__ = ["ANY_KIND", "EARLIER_YEARS", "VISIT_KINDS", "build_earlier_years", "kind_of", "referred_kind"]
