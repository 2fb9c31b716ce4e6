"""Grades given by someone other than Ofsted: another inspectorate or an auditor named
as the grade's agent ("rated good by the Care Quality Commission"), or the council or
board itself in its own assessment ("its self-assessment had indicated 'good'")."""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ...context import Context

__all__ = ["guard_other_rater", "guard_self_assessed"]

#: Another inspectorate or auditor as the grade's agent: "rated good by the Care Quality Commission".
_OTHER_RATER: Final = timed(
    r"[\"']?(?:\ (?i:overall|last\ year|this\ year|in\ \d{4}))?\ (?i:by)\ (?:(?i:the|its|external)\ )?(?:CQC|HMICFRS|HMIP|(?i:care\ quality\ commission"
    r"|hm\ inspectorate\ of\ (?:constabulary|probation|prisons)|auditors?|district\ auditor|housing\ ombudsman|regulator\ of\ social\ housing))\b"
)
#: A council's or board's own assessment before the grade in its sentence: "its self-assessment
#: had indicated a judgement of 'requires improvement'".
_SELF_ASSESSED: Final = timed(r"(?i:\bself[-\ ]?(?:assessment|evaluation|assessed|evaluated|assessing|evaluating)\b[^.;!?\n]{0,90}$)")


def guard_self_assessed(ctx: Context, start: int) -> str | None:
    """A grade the council or board gave itself, not Ofsted's."""
    # "the board's self-assessment had indicated a judgement of 'requiring improvement'"
    s_start, _ = ctx.prepared.sentence_at(start)
    return "its own assessment, not the inspectorate's" if _SELF_ASSESSED.search(ctx.text, s_start, start) else None


def guard_other_rater(ctx: Context, end: int) -> str | None:
    """A grade given by another inspectorate or an auditor, named after it."""
    # "Kent's NHS trust was rated good by the Care Quality Commission"
    return "another inspectorate's grade" if _OTHER_RATER.match(ctx.text, end) else None
