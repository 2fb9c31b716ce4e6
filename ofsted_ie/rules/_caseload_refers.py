"""What a word referring back to caseloads ("that number", "its figure", "when it stood
at") stands for: the caseload words it follows, if no share or other measure came
between. The rule and its build are in ``caseloads``."""

from __future__ import annotations

from typing import Final

from .._timed import timed
from ..context import Context
from ._caseload_patterns import CASELOAD_CONTEXT, NOT_CASELOAD

__all__ = ["caseload_antecedent"]


#: How far back a word referring to caseloads ("that number", "its figure") finds them.
_BACK: Final = 600
#: A share, which a word referring back after it stands for rather than a caseload.
_SHARE: Final = timed(r"%|(?i:\bper\ ?cent\b|\bpercent\b)")


#: A count of staff, posts or others between, which the word may stand for instead:
#: "The council employs 45 social workers, and that number rose to 52".
_COUNTED: Final = timed(
    r"\d[\d,]*\ (?:[\w-]+\ ){0,2}?(?:workers|staff|posts|practitioners|vacancies|referrals|councils|managers|people)\b"
)


def caseload_antecedent(ctx: Context, start: int) -> str | None:
    """The words of the caseloads a word referring back at ``start`` ("that number", "its
    figure", "when it stood at") stands for: the last caseload words within ``_BACK``
    characters before it, from their sentence's (or list line's) start, when no share,
    other measure or count of staff is named between; ``None`` when it stands for no
    caseload."""
    last = max(CASELOAD_CONTEXT.finditer(ctx.text, max(0, start - _BACK), start), key=lambda x: x.start(), default=None)
    if last is None or any(p.search(ctx.text, last.end(), start) for p in (NOT_CASELOAD, _SHARE, _COUNTED)):
        return None
    s_start, _ = ctx.prepared.sentence_at(last.start())
    return ctx.text[max(s_start, ctx.text.rfind("\n", 0, last.start()) + 1):last.end()]
