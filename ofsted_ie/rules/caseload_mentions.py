"""Caseloads no phrasing rule reads: a number of 5 to 60 in a sentence about caseloads
("caseload", "case load" or "cases") is a caseload unless a named veto says otherwise.

The caseload rules read the phrasings they know ("an average caseload of 22", "holding 30
cases each"); this one runs last and defers to them, so that a figure told in words no
rule has ("Cases held by each social worker in Kent dropped on average to 16.4", "ranged
from 11 to 29 between councils", "the median worker was dealing with 23") is not lost. The vetoes,
each one line:

- a share, a date or a year, a duration, an age, a sum of money, a code ("Covid-19");
- a count of bodies or people ("57 local authorities", "40 social workers");
- a count of cases ("14 of 80 cases", "48 cases inspected", "sampled 40 cases", "15 case
  files", "under 12 unallocated cases", "6 cases per team");
- an amount of change ("risen by 5"), and the base of a comparison of counts of people
  ("20 staff left, compared with 22 in 2018");
- a sentence about adults' social workers, or a clause about another measure ("Kent's
  vacancy rate was 6, compared to Essex's 8, and caseloads are high");
- a sentence where "cases" are counted, not held per worker: no "caseload", no statistic,
  no "per" or "each", no worker's verb of holding ("90 councils reported under 12 unallocated
  cases and six between 12 and 24").

Whose it is and its statistic are read as for the other caseloads: no council's when its
own words are national, else the council its figure is of; "average", "mean", "median"
or "typical" before it make the statistic an average, as does "on average" after it,
a rate per worker and a nation's figure.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from .._vocab import MONTHS
from ..context import Context
from ..records import Caseload, Statistic
from ..rule import Rule
from ._caseload_owner import caseload_authority, is_national
from ._caseload_patterns import ADULTS, NOT_CASELOAD
from ._caseload_statistic import per_worker_rate
from ._fragments import alternation

RULE_MENTIONED: Final = "caseloads.mentioned"

#: A number that may be cases per worker, not part of a larger number, a date or a code.
_NUMBER = r"(?<![\w.,£$/-])(?P<value>\d{1,2}(?:\.\d)?)(?![\w%/-]|\.\d|,\d)"
#: Where a caseload may be: a sentence about caseloads.
_ABOUT_CASELOADS: Final = timed(r"(?i:caseload|case\ load|\bcases\b)")
_SMALLEST, _LARGEST = 5.0, 60.0
#: How far before the number a caseload word is looked for.
_REACH: Final = 120
_MONTH = alternation(MONTHS)
#: Words right after the number (or the list it opens: "6, 7 and 8 staff") that make it no caseload.
_NOT_AFTER: Final = timed(
    rf"""(?:(?:,\ |\ (?:and|or|to)\ )\d{{1,3}}(?:\.\d)?)*\ ?(?:%|(?i:per\ ?cent|percent|pc)\b|(?:{_MONTH})\b|(?i:weeks?|months?|days?|years?|hours?|minutes?)\b|-year
    |(?:(?i:new|more|extra|additional|agency|permanent|qualified|experienced|locum|interim|full-time|frontline)\ ){{0,2}}
     (?i:councils?|local\ authorities|authorities|areas|social\ workers?|workers|staff|posts|teams?|managers|employees|leavers)\b
    |(?i:files|referrals|assessments|audits)\b
    |(?i:m|bn|k|million|billion)\b|(?i:of|out\ of)\ \d
    |(?:\ [a-z-]+){{0,2}}\ (?i:case\ files|cases?\ (?:inspected|looked|reviewed|sampled|audited|seen|examined|tracked|considered|were|had|where|that|which|awaiting)
      |cases?\ (?:per|a|each)\ (?:team|month|week|year|day|visit|inspection|council|authority)\b))""",
    flags=regex.VERBOSE,
)
#: Words right before the number that make it no caseload.
_NOT_BEFORE: Final = timed(
    rf"(?:(?:{_MONTH})\ |(?i:\baged|\bages|\btop|\bno\.|\bpage|\bitem|\bparagraph|\bby)\ "
    rf"|(?i:\b(?:sampled|audited|reviewed|examined|inspected|tracked|checked|read|looked\ at|considered))\ (?:[a-z]+\ )?"
    rf"|(?i:\baged)\ \d{{1,2}}(?:,\ \d{{1,2}})*\ (?:and|or|to)\ |(?i:unallocated|open|closed)\ (?:cases\ )?(?:[a-z]+\ ){{0,3}}(?:than\ )?)$"
)
#: A count of cases the number's phrase names ("unallocated cases") after it.
_COUNTED_CASES_AFTER: Final = timed(r"(?:\ [a-z-]+){0,2}?\ (?i:unallocated|open|closed|referred|new)\ cases\b")
#: A predicate after the number, in its clause, that counts cases: "7 in Barnet were unallocated".
_COUNT_PREDICATE: Final = timed(
    r"[^,.;:\n]{0,60}?\b(?:were|are|was|is|had\ been|have\ been|remained|remain)\ (?:still\ )?"
    r"(?:unallocated|open|waiting|allocated|closed|referred|reviewed|audited|sampled|inspected|awaiting)\b"
)
#: A comparison's base right before the number, and a count of people before it in the
#: sentence: "20 staff left, compared with 22 in 2018" (22 is a count too).
_COMPARED_BEFORE: Final = timed(r"(?i:\b(?:compared\ (?:with|to)|against|up\ from|down\ from|from|versus|than))\ (?:[a-z]+\ ){0,2}$")
_PEOPLE_COUNT: Final = timed(r"(?i:\b\d+\ (?:[\w-]+\ )?(?:staff|(?:social\ )?workers|employees|posts|leavers|managers|vacancies)\b)")
#: A sentence naming caseloads as such.
_CASELOAD_WORD: Final = timed(r"(?i:caseload|case\ load)")
#: A sentence saying "cases" are per worker: a statistic, "per", "each", a worker's verb of holding.
_PER_WORKER: Final = timed(
    r"(?i:\b(?:average|mean|median|typical|each|apiece)\b|\bper\ (?:social\ )?(?:worker|practitioner|fte)\b"
    r"|\bworkers?\ (?:handled|held|carried|managed|had|have|hold|carry|manage)\b)"
)
#: "on average" right after the number.
_ON_AVERAGE_AFTER: Final = timed(r"\ (?i:on\ average)\b")
#: Words naming a caseload's statistic, in the sentence before the number.
_STATISTIC: Final = timed(r"(?i:\b(?:average|mean|median|typical)\b)")


def _veto(m: regex.Match[str], ctx: Context) -> str | None:
    text, start, end = ctx.text, m.start("value"), m.end("value")
    if _NOT_AFTER.match(text, end):
        return "a share, a date, a duration, a sum, or a count of bodies, people or cases"
    if _NOT_BEFORE.search(text, max(0, start - 40), start):
        return "a date, an age, a rank, or a count of cases"
    if _COUNTED_CASES_AFTER.match(text, end) or _COUNT_PREDICATE.match(text, end):
        return "a count of cases"
    sentence = ctx.prepared.sentence_at(start)
    if _COMPARED_BEFORE.search(text, max(0, start - 30), start) and _PEOPLE_COUNT.search(text, sentence[0], start):
        return "the base of a comparison of counts of people"
    if ADULTS.search(text, *sentence):
        return "a sentence about adults' social workers"
    if not _in_a_caseload_clause(ctx, start, end, sentence):
        return "not in a clause about caseloads (another measure's, or a clause of its own)"
    if not _CASELOAD_WORD.search(text, *sentence) and not _PER_WORKER.search(text, *sentence):
        return "cases counted, not cases per worker (no caseload, average or per-worker word)"
    return None


def _in_a_caseload_clause(ctx: Context, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a caseload word stands before the number in its sentence (no semicolon
    between, nor another measure's word: "vacancy rate", "staff"), or after it in its
    clause ("20 is the average caseload")."""
    text = ctx.text
    lo = max(sentence[0], start - _REACH, text.rfind(";", sentence[0], start) + 1)
    before = list(_ABOUT_CASELOADS.finditer(text, lo, start))
    if before and not NOT_CASELOAD.search(text, before[-1].end(), start):
        return True
    stop = min((i for i in (text.find(c, end, sentence[1]) for c in ",;") if i != -1), default=sentence[1])
    return _ABOUT_CASELOADS.search(text, end, stop) is not None


def _statistic(ctx: Context, m: regex.Match[str], national: bool) -> Statistic | None:
    """An average when a word before the number or "on average" after it says so, or when
    it is a rate per worker or a nation's (a mean), as the other caseload rules read it."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    found = _STATISTIC.search(ctx.text, s_start, m.start()) or _ON_AVERAGE_AFTER.match(ctx.text, m.end())
    return "average" if found is not None or national or per_worker_rate(ctx, m) else None


def _build(m: regex.Match[str], ctx: Context) -> Caseload | None:
    """A caseload of the number at ``m``, in a sentence about caseloads, unless vetoed."""
    value = float(m.group("value"))
    if not _SMALLEST <= value <= _LARGEST or not _ABOUT_CASELOADS.search(ctx.text, *ctx.prepared.sentence_at(m.start())):
        return None
    veto = _veto(m, ctx)
    if veto is not None:
        ctx.note_veto(m.start("value"), m.end("value"), RULE_MENTIONED, veto)
        return None
    national = is_national(ctx, m)
    authority = caseload_authority(ctx, m, m.group("value"), national)
    return Caseload(authority=authority, value=value, statistic=_statistic(ctx, m, national), start=m.start(), end=m.end())


RULES: Final = (
    Rule(name=RULE_MENTIONED, kind="caseloads", pattern=_NUMBER, build=_build,
         triggers=("caseload", "case load", "cases"), scope="sentence", defers=True),
)

__all__ = ["RULES", "RULE_MENTIONED"]
