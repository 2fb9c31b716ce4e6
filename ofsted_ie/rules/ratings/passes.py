"""Passes: the ratings' document-level ``finalise``.

Past grades in one sentence share its date; a grade superseded by a later, different
one for the same council and judgement is no longer current; present grades take the
reference year (or their council's latest inspection's); the framework the text names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs

from ..._timed import timed
from ..._vocab import BAND_WORDS
from ...attribution import undated_present
from ...context import Context
from ...dates import MONTH_NAMES
from ...records import Framework, Inspection, Rating
from .._fragments import FRAMEWORK_TRIGGERS, FRAMEWORK_WORDS
from .._inspection_dating import is_previous
from .._inspection_tables import row_inspection_date
from .fragments import _GRADE_PATTERN
from .names import REPORT_ROW_RULES, RULE_TRANSITION

_FRAMEWORK_WORDS: Final = timed(FRAMEWORK_WORDS)
#: A tag for rules whose past grades are dated by their own words ("from 'inadequate' in
#: 2016 to 'good'"), not by the one date of their sentence.
DATES_OWN_GRADES: Final = "dates_own_grades"


def _text_framework(ctx: Context) -> Framework | None:
    kinds = {k for a, b in ctx.windows.spans(FRAMEWORK_TRIGGERS, scope="sentence") or ()
             for m in _FRAMEWORK_WORDS.finditer(ctx.text, a, b) for k, v in m.groupdict().items() if v}
    if kinds == {"sif"}:
        return "SIF"
    if kinds == {"ilacs"}:
        return "ILACS"
    return None



#: A relative date of the past, which with no dateline stays unresolved: "last year",
#: "two years ago", "last July".
_PAST_RELATIVE: Final = timed(
    r"(?i:\blast\ (?:year|month|spring|summer|autumn|winter|\L<months>)\b|\b[\w-]+\ (?:years?|months?)\ ago\b)",
    months=sorted(MONTH_NAMES, key=len, reverse=True),
)


def _stamp(r: Rating, older: set[tuple[int | None, str]]) -> str:
    """Sort key for when a grade was given: undated current grades are the newest, but
    those in ``older`` (see ``_dated_before_now``) are older than they are."""
    if r.when:
        return r.when[:4]
    if not r.current:
        return "0000"
    return "0001" if (r.start, r.grade) in older else "9999"


def _dated_before_now(ratings: Sequence[Rating], ctx: Context) -> set[tuple[int | None, str]]:
    """The undated current grades that a past relative date the text cannot resolve
    ("rated inadequate last year", with no dateline) dates: the grade nearest it in its
    sentence. Keyed by (start, grade)."""
    if ctx.reference is None:
        spans = [(r.start, r.end, r.grade) for r in ratings if r.start is not None and r.end is not None]
    else:
        spans = []
    out: set[tuple[int | None, str]] = set()
    for start, end, grade in spans:
        s_start, s_end = ctx.prepared.sentence_at(start)
        for d in ctx.dates_in(s_start, max(s_end, end)):
            if d.value is not None or not _PAST_RELATIVE.search(ctx.text, d.start, d.end):
                continue
            rivals = [(a, b) for a, b, _ in spans if s_start <= a < max(s_end, end)]
            nearest = min(rivals, key=lambda sp: max(sp[0] - d.end, d.start - sp[1], 0))
            if nearest == (start, end):
                out.add((start, grade))
    return out


def _share_past_dates(ratings: list[Rating], ctx: Context) -> list[Rating]:
    """Past grades listed in one sentence share its one date: "had previously been judged
    'adequate' for adoption, and 'good' for care leavers at its previous inspection in June
    2011"."""
    dated: dict[tuple[int, int], set[str]] = {}
    for r in ratings:
        if not r.current and r.when is not None and r.start is not None:
            dated.setdefault(ctx.prepared.sentence_at(r.start), set()).add(r.when)
    # what a date already grades: sharing it must not give one judgement two grades at once
    graded = {(r.authority, r.judgement, r.when): r.grade for r in ratings if r.when is not None}
    out = []
    for r in ratings:
        whens = dated.get(ctx.prepared.sentence_at(r.start), set()) if r.start is not None else set()
        share = not r.current and r.when is None and len(whens) == 1 and not ctx.tagged(r, DATES_OWN_GRADES)
        when = next(iter(whens)) if share else None
        clash = when is not None and graded.get((r.authority, r.judgement, when), r.grade) != r.grade
        out.append(attrs.evolve(r, when=when) if share and not clash else r)
    return out


#: A grade in an adjunct of an earlier time, right before it: "following the 'inadequate'
#: rating", "after a judgement of", "since the service was rated".
_ADJUNCT_BEFORE: Final = timed(
    r"""(?i:\b(?:following|after|since)\ (?:(?:the|an?|its|their|this|that)\ (?:(?:previous|earlier|last|former|first)\ )?"""
    r"""(?:(?:rating|judgement|judgment|grade|verdict)\ of\ )?|(?:being|having\ been|(?:the|its)\ (?:[\w'-]+\ ){0,2}?"""
    r"""(?:services?|council|authority|department|trust)\ (?:was|were|had\ been))\ (?:[\w-]+\ )?(?:rated|judged|graded|deemed"""
    r"""|found|assessed|declared|branded|labelled)\ (?:as\ |to\ be\ )?)["'\u2018\u201c]?$)"""
)


#: A long time a grade was held, right after it: "(rated inadequate) by Ofsted for more
#: than a decade", "for eight years".
_DURATION_AFTER: Final = timed(
    r"""["'\u2019\u201d]?(?:\ (?i:by|from)\ (?i:ofsted|inspectors|the\ watchdog|the\ inspectorate))?"""
    r"""\ (?i:for\ (?:(?:more\ than|over|almost|nearly|well\ over)\ )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten"""
    r"""|\d{1,2})\ (?:decades?|years))\b"""
)


def _adjunct_history(ratings: list[Rating], ctx: Context) -> list[Rating]:
    """A grade named in an adjunct of an earlier time ("Following the 'inadequate' rating,
    ...", "after the service was rated good five years ago") or as held for a long time
    ("rated inadequate for more than a decade") is no longer current when the
    text gives its council and judgement another grade outside such an adjunct; alone, it
    is the news ("delighted after the 'good' rating")."""
    def in_adjunct(r: Rating) -> bool:
        grade = _GRADE_PATTERN.search(ctx.text, r.start or 0, r.end or 0)
        at = grade.start() if grade is not None else r.start or 0
        at -= 1 if at and ctx.text[at - 1] in "'\"\u2018\u201c" else 0
        if _DURATION_AFTER.match(ctx.text, grade.end() if grade is not None else r.end or 0):
            return True  # "had been rated inadequate by Ofsted for more than a decade"
        return bool(_ADJUNCT_BEFORE.search(ctx.text, max(ctx.prepared.sentence_at(at)[0], at - 100), at))

    history = [r.current and r.start is not None and in_adjunct(r) for r in ratings]
    news = {(r.authority, r.judgement, r.grade) for r, h in zip(ratings, history, strict=True) if r.current and not h}
    return [attrs.evolve(r, current=False) if h and any(k[:2] == (r.authority, r.judgement) and k[2] != r.grade
                                                          for k in news) else r
            for r, h in zip(ratings, history, strict=True)]


def _left_by_a_change(ratings: list[Rating], ctx: Context) -> list[Rating]:
    """A grade named before a change to another grade in its sentence, for the same
    council and judgement, is the grade left ("Kent, rated good at its last inspection,
    has been downgraded to inadequate"): no longer current; so is a dated grade told in an
    earlier sentence ("... rated requires improvement in 2018. ... Ofsted has uplifted its
    rating, to good")."""
    changes = [(ctx.prepared.sentence_at(r.start or 0), r) for r in ratings
               if r.rule == RULE_TRANSITION and r.current and r.when is None]  # the news, not "since the leap to good in 2019"
    if not changes:
        return ratings
    out = []
    for r in ratings:
        if r.current and r.rule != RULE_TRANSITION:
            when = r.when or _sentence_date(ctx, r)  # a dated grade is left by a change told anywhere after it
            if any((t.authority, t.judgement) == (r.authority, r.judgement) and t.grade != r.grade
                   and (0 if when else sentence[0]) <= (r.start or 0) < (t.start or 0) for sentence, t in changes):
                out.append(attrs.evolve(r, current=False, when=when))
                continue
        out.append(r)
    return out


def _sentence_date(ctx: Context, r: Rating) -> str | None:
    """The one date the grade's sentence states ("when Ofsted inspected in 2018, it was rated ..."), if one."""
    found = {d.value for d in ctx.dates_in(*ctx.prepared.sentence_at(r.start or 0)) if d.value is not None and not d.relative}
    return found.pop() if len(found) == 1 else None


def _recalled(ratings: list[Rating], ctx: Context) -> list[Rating]:
    """An undated grade a speaker recalls in a quotation ("When I joined we were rated
    'inadequate'") after the text has told another undated grade for the same council and
    judgement outside one (the news) is the grade left: no longer current."""
    undated = sorted((r for r in ratings if r.current and r.when is None), key=lambda r: r.start or 0)
    quoted = _in_open_quotation(ctx.prepared.text, [r.start or 0 for r in undated])
    undated_quoted = list(zip(undated, quoted, strict=True))
    news: dict[tuple[str | None, str], dict[str, int]] = {}
    for r, q in undated_quoted:
        if not q:
            grades = news.setdefault((r.authority, r.judgement), {})
            grades[r.grade] = min(grades.get(r.grade, r.start or 0), r.start or 0)
    left = {id(r) for r, q in undated_quoted if q and any(
        g != r.grade and at < (r.start or 0) for g, at in news.get((r.authority, r.judgement), {}).items())}
    return [attrs.evolve(r, current=False) if id(r) in left else r for r in ratings]


def _in_open_quotation(text: str, starts: Sequence[int]) -> list[bool]:
    """For each offset of ``starts`` (in text order), whether its line has an odd number
    of double quotes before it, its own opening mark aside ("rated "good""): an open
    quotation. One walk along the text, however long its lines."""
    out, at, marks = [], 0, 0
    for start in starts:
        gap = text[at:start]
        line = gap.rfind("\n")
        marks = gap.count('"', line + 1) if line >= 0 else marks + gap.count('"')
        at = start
        out.append((marks - (text[start - 1:start] == '"')) % 2 == 1)
    return out


def _inspection_dates(others: Mapping[str, Sequence[object]], ctx: Context) -> dict[str | None, str]:
    """Each authority's latest dated inspection (not visit), leaving out the dates of
    events the text names as earlier ones ("since the previous inspection in 2016")."""
    inspections = [i for i in others.get("inspections", ()) if isinstance(i, Inspection) and i.kind == "inspection"]
    earlier = {(i.authority, i.when) for i in inspections if i.when is not None and i.start is not None and is_previous(i, ctx)}
    latest: dict[str | None, str] = {}
    for i in inspections:
        if i.when is not None and (i.authority, i.when) not in earlier:
            latest[i.authority] = max(latest.get(i.authority, ""), i.when)
    return latest


#: How many judgements a report's table grades, at least, on lines one after another.
_TABLE_ROWS: Final = 3
#: How many lines before a table's first row, and after its last, its framing statements take.
_FRAMING_BEFORE: Final = 4
_FRAMING_AFTER: Final = 3


def _table_decides(
    ratings: list[Rating], ctx: Context, inspected: Mapping[str | None, str]
) -> tuple[list[Rating], set[tuple[str | None, str]]]:
    """In a report with a table of judgements (at least three judgement rows on lines one
    after another), the table gives each judgement it grades its current grade: another
    current grade of the same council and judgement elsewhere ("most children receive
    good, and some outstanding, care") is no rating of it, unless the text dates it before
    the council's latest inspection ("was rated 'good' in 2018"): an earlier grade, which
    the table's supersedes. Returns the ratings and the (authority, judgement) pairs the
    table grades."""
    rows = sorted(((ctx.prepared.paragraph_index(r.start), r) for r in ratings
                   if r.rule in REPORT_ROW_RULES and r.start is not None and r.current),
                  key=lambda row: (row[0], row[1].start or 0))  # items run together share a line
    table: dict[tuple[str | None, str], str] = {}
    blocks: list[tuple[int, int]] = []
    run: list[Rating] = []
    for k, (index, r) in enumerate(rows):
        if run and index - ctx.prepared.paragraph_index(run[-1].end or 0) > 1:  # a wrapped item's grade on a line of its own
            run = []
        run.append(r)
        if len({x.judgement for x in run}) >= _TABLE_ROWS and (k + 1 == len(rows) or rows[k + 1][0] - index > 1):
            for x in run:
                table.setdefault((x.authority, x.judgement), x.grade)
            blocks.append((ctx.prepared.paragraph_index(run[0].start or 0), index))
    if not table:
        return ratings, set()
    # the statements framing the table grade what its rows do not: "The overall judgement
    # is ..." above it, "The effectiveness of the LSCB is good" below it
    framing: dict[tuple[str | None, str], set[str]] = {}
    for r in ratings:
        at = ctx.prepared.paragraph_index(r.start) if r.start is not None else -1
        if r.current and any(lo - _FRAMING_BEFORE <= at <= hi + _FRAMING_AFTER for lo, hi in blocks):
            framing.setdefault((r.authority, r.judgement), set()).add(r.grade)
    for key, grades in framing.items():
        if key not in table and len(grades) == 1:
            table[key] = next(iter(grades))
    out = []
    for r in ratings:
        graded = table.get((r.authority, r.judgement))
        earlier = r.when is not None and r.when[:4] < inspected.get(r.authority, "9999")[:4]
        if graded is not None and r.current and r.grade != graded and r.rule not in REPORT_ROW_RULES and not earlier:
            if r.start is not None and r.end is not None:
                ctx.note_veto(r.start, r.end, "ratings.guard_report_table",
                              "the report's table of judgements grades this judgement otherwise")
            continue
        out.append(r)
    return out, set(table)


def finalise(ratings: Iterable[Rating], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Rating]:
    """Mark grades superseded by a later, different grade for the same authority and
    judgement; date present-tense grades with the reference year (with no reference
    date, with the year of the authority's latest inspection after its past grades, else
    the latest year stated that dates no past grade); add the framework. In a report with
    a table of judgements, the table's grades are the current ones, dated by the report's
    inspection."""
    inspected = _inspection_dates(others, ctx)
    # a league table's row: its grade is of the inspection its date column states
    ratings = [attrs.evolve(r, when=row_date) if r.current and r.when is None and r.start is not None
               and (row_date := row_inspection_date(ctx, r.start)) is not None else r for r in ratings]
    ratings, tabled = _table_decides(_share_past_dates(list(ratings), ctx), ctx, inspected)
    ratings = _recalled(_left_by_a_change(_adjunct_history(ratings, ctx), ctx), ctx)
    framework = _text_framework(ctx)
    # the latest stamp of each grade for each authority and judgement
    latest_of: dict[tuple[str | None, str], dict[str, str]] = {}
    older = _dated_before_now(ratings, ctx)
    for r in ratings:
        grades = latest_of.setdefault((r.authority, r.judgement), {})
        grades[r.grade] = max(grades.get(r.grade, ""), _stamp(r, older))
    held = [
        r.current and not any(
            grade != r.grade and stamp > _stamp(r, older) for grade, stamp in latest_of[(r.authority, r.judgement)].items()
        )
        for r in ratings
    ]
    # a part's grade told of an earlier inspection ("When Ofsted last inspected ... in 2012, it found safeguarding
    # adequate") and dated before the council's present overall grade: a full inspection has regraded it
    present = undated_present(ctx)
    overall_years = {r.authority: (r.when or present or "9999")[:4] for r, current in zip(ratings, held, strict=True)
                     if current and r.judgement == "overall"}  # an undated present grade with no year to give it: now
    held = [current and not (r.judgement != "overall" and r.when is not None and r.authority in overall_years
                             and r.when[:4] < overall_years[r.authority] and _told_as_earlier(ctx, r))
            for r, current in zip(ratings, held, strict=True)]
    # the years of grades no longer held: a present grade is later than each of them
    past_years: dict[str | None, str] = {}
    for r, current in zip(ratings, held, strict=True):
        if not current and r.when is not None:
            past_years[r.authority] = max(past_years.get(r.authority, ""), r.when[:4])
    taken = {r.when[:4] for r, current in zip(ratings, held, strict=True) if not current and r.when is not None}
    # per paragraph and council, the first dated present grade: a later sentence's past grade is of its inspection
    paragraph_dates: dict[tuple[int, str | None], tuple[int, str]] = {}
    for r, current in zip(ratings, held, strict=True):
        if current and r.when is not None and r.start is not None:
            key = (ctx.prepared.paragraph_at(r.start)[0], r.authority)
            if key not in paragraph_dates or r.start < paragraph_dates[key][0]:
                paragraph_dates[key] = (r.start, r.when)
    out = []
    for r, current in zip(ratings, held, strict=True):
        when = r.when
        if when is None and current and r.start is not None:
            when = _paragraph_inspection(ctx, r, paragraph_dates)
        if current and (r.authority, r.judgement) in tabled:
            when = inspected.get(r.authority, when)  # a report's grades are its inspection's
        if when is None and current and (tabled or r.rule in REPORT_ROW_RULES) and r.authority in inspected:
            when = inspected[r.authority]  # a report's other present grades (its LSCB's), and a list's rows, are its inspection's too
        if when is None and current:
            inspection = inspected.get(r.authority)
            if inspection is not None and inspection[:4] <= past_years.get(r.authority, ""):
                inspection = None  # the inspection that gave a grade since superseded
            when = undated_present(ctx, latest_inspection=inspection, taken=taken)
        out.append(attrs.evolve(r, current=current, when=when, framework=r.framework or (framework if current else None)))
    return [r for r in out if not _band_out_of_years(r, ctx)]


#: A sentence telling of grading in the past: "(care leavers) were judged (inadequate)",
#: "Inspectors rated help and protection outstanding", "(leaders) were both good".
_PAST_GRADED: Final = timed(r"(?i:\b(?:was|were)\b|(?<!\b(?:is|are|be|been)\ )\b(?:judged|rated|graded|found|awarded|deemed)\b)")


def _paragraph_inspection(ctx: Context, r: Rating, paragraph_dates: Mapping[tuple[int, str | None], tuple[int, str]]) -> str | None:
    """The date of a dated present grade of the same council in an earlier sentence of
    the paragraph, for a grade its sentence tells in the past with no date of its own
    ("... at its inspection last June, dropping to 'requires improvement'. The experiences
    of care leavers were judged inadequate.", "Inspectors rated help and protection
    outstanding"): the same inspection's."""
    assert r.start is not None
    first = paragraph_dates.get((ctx.prepared.paragraph_at(r.start)[0], r.authority))
    if first is None or first[0] >= ctx.prepared.sentence_at(r.start)[0]:
        return None
    s_start = ctx.prepared.sentence_at(r.start)[0]
    return first[1] if _PAST_GRADED.search(ctx.text, s_start, r.end or r.start) else None


#: Words telling of an earlier event before a grade in its sentence, and of the present.
_EARLIER_TOLD: Final = timed(r"(?i:\b(?:last|previous|previously|earlier|prior)\b)")
_NOW_TOLD: Final = timed(r"(?i:\b(?:now|currently|still)\b)")


def _told_as_earlier(ctx: Context, r: Rating) -> bool:
    """Whether the grade's sentence tells of an earlier event before it and of no present."""
    if r.start is None:
        return False
    s_start = ctx.prepared.sentence_at(r.start)[0]
    return bool(_EARLIER_TOLD.search(ctx.text, s_start, r.start)) and not _NOW_TOLD.search(ctx.text, s_start, r.start)


#: The last year whose news reports the annual assessments' bands (the last round was 2011's).
_LAST_BAND_YEAR: Final = 2012


def _band_out_of_years(r: Rating, ctx: Context) -> bool:
    """Whether ``r`` is a one-word band ("rated poor") dated after the annual assessments
    ended, so no grade (noted as a veto for ``explain``)."""
    if r.when is None or int(r.when[:4]) <= _LAST_BAND_YEAR or r.start is None or r.end is None:
        return False
    if ctx.text[r.start:r.end].strip("\"'").lower() not in BAND_WORDS:
        return False
    ctx.note_veto(r.start, r.end, "ratings.band_out_of_years", "an annual assessment's band dated after the assessments ended")
    return True

