"""Inspections: full, standard, short, SIF and ILACS inspections, monitoring visits
(with their ordinal), focused visits and joint targeted area inspections.

``finalise`` drops an undated mention ("the last inspection") when the same
authority has a dated one of the same kind: they are the same event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from ..engine import Context, Rule
from ..records import Framework, Inspection, InspectionKind
from ._common import LISTS, ORDINALS

RULE_MONITORING: Final = "inspections.monitoring_visit"
RULE_FOCUSED: Final = "inspections.focused_visit"
RULE_JTAI: Final = "inspections.jtai"
RULE_INSPECTION: Final = "inspections.inspection"

_ORDINAL = r"(?:(?P<ordinal>(?i:\L<ordinals>))\ )?"
_MONITORING = rf"""
    (?<!\w){_ORDINAL}(?:(?i:ofsted|latest|recent|last|most\ recent)\ )?(?i:monitoring\ (?:visit|letter)s?)   # "second monitoring visit"
    (?:,\ the\ (?P<ordinal_after>(?i:\L<ordinals>)))?                                         # "a monitoring visit, the second"
  | (?<!\w)the\ (?P<ordinal>(?i:\L<ordinals>))\ such\ visit                                   # "the third such visit"
"""
_FOCUSED = r"(?<!\w)(?i:focus(?:s)?ed\ (?:visit|inspection)s?|focus\ visits?)"
_JTAI = r"(?<!\w)(?:(?i:joint\ targeted\ area\ inspections?)|JTAIs?\b)"
_INSPECTION = r"""
    (?<!\w)(?P<framework>ILACS|SIF)?\ ?(?:(?i:full|standard|short|fresh|latest|recent|last|previous|new|two-week|three-week|graded|single)\ ){0,2}
    (?:(?i:ofsted)\ )?(?i:inspection|re-inspection|reinspection)(?!s?\ (?:framework|regime|system|process))\b
"""
_FRAMEWORK_NEAR: Final = regex.compile(r"(?i:\b(?P<sif>single\ inspection\ framework|SIF)\b|\b(?P<ilacs>ILACS)\b)")


def _framework(ctx: Context, start: int, end: int) -> Framework | None:
    s_start, s_end = ctx.prepared.sentence_at(start)
    m = _FRAMEWORK_NEAR.search(ctx.text, s_start, max(s_end, end))
    if m is None:
        return None
    return "SIF" if m.group("sif") else "ILACS"


def _record(m: regex.Match[str], ctx: Context, kind: InspectionKind, ordinal: int | None = None) -> Inspection:
    return Inspection(
        authority=ctx.authority_for(m.start(), m.end()),
        kind=kind,
        when=ctx.when_for(m.start(), m.end(), default_published=False),
        ordinal=ordinal,
        framework=_framework(ctx, m.start(), m.end()),
        start=m.start(),
        end=m.end(),
    )


def _build_monitoring(m: regex.Match[str], ctx: Context) -> Inspection:
    word = m.group("ordinal") or m.group("ordinal_after")
    return _record(m, ctx, "monitoring_visit", ORDINALS[word.lower()] if word else None)


def _build_focused(m: regex.Match[str], ctx: Context) -> Inspection:
    return _record(m, ctx, "focused_visit")


def _build_jtai(m: regex.Match[str], ctx: Context) -> Inspection:
    return _record(m, ctx, "jtai")


def _build_inspection(m: regex.Match[str], ctx: Context) -> Inspection | None:
    if regex.search(r"(?i:joint|targeted|monitoring|focus)\W*$", ctx.text[max(0, m.start() - 12) : m.start()]):
        return None
    return _record(m, ctx, "inspection")


def finalise(inspections: Iterable[Inspection], ctx: Context) -> list[Inspection]:
    """Drop undated mentions of an event the text dates elsewhere; keep one of each."""
    inspections = list(inspections)
    dated = {(i.authority, i.kind) for i in inspections if i.when is not None}
    return [i for i in inspections if i.when is not None or (i.authority, i.kind) not in dated]


RULES: Final = (
    Rule(name=RULE_MONITORING, kind="inspections", pattern=_MONITORING, build=_build_monitoring, lists=LISTS, triggers=("monitoring", "such visit")),
    Rule(name=RULE_FOCUSED, kind="inspections", pattern=_FOCUSED, build=_build_focused, triggers=("focus",)),
    Rule(name=RULE_JTAI, kind="inspections", pattern=_JTAI, build=_build_jtai, triggers=("jtai", "joint targeted")),
    Rule(name=RULE_INSPECTION, kind="inspections", pattern=_INSPECTION, build=_build_inspection, triggers=("inspection",)),
)


