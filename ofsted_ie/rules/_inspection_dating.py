"""The inspections' document pass: date each mention, then merge the mentions of one event.

Each date expression in a sentence belongs to the nearest event word; "the first
inspection since 2020" names two events, the one reported (undated) and an earlier one of
2020. An undated mention takes the date of a dated mention of the same
authority and kind that is as previous as it is ("the last inspection" takes the previous
event's date), with two exceptions: a weak mention dropped because the text names an event
("a 2013 Ofsted report") lends no date, and a mention that sets itself against an earlier
one ("a fresh inspection", "its first inspection since ...") takes no
date from the mentions before it: they tell of the earlier event.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs

from .._timed import timed
from .._vocab import MONTH_NUMBERS, MONTHS
from ..context import Context
from ..records import Inspection
from ._common import SHARE_NUMBER, when_clause_date
from ._event_kinds import date_after_relative
from ._inspection_lists import YEAR_PATTERN
from ._inspection_tables import tabled_inspections
from ._visit_deeds import counted_series, grading_verb

#: A tag for mentions that stand only when the text names no other event ("Ofsted's
#: report" may be any report).
WEAK: Final = "weak"

#: The guard whose vetoed mentions still own their dates (``inspections.guard_no_event``).
VETO: Final = "inspections.guard_no_event"
#: Words near a mention that make it an earlier event than the one reported.
_PREVIOUS: Final = timed(
    r"(?i:\b(?:last|previous|previously|earlier|prior|former|preceding|original|that)\b(?!\ (?:month|week|year)'s))"
)
_SINCE_THE: Final = timed(r"(?i:\bsince\ (?:the|its|their)\ (?:(?:19|20)\d\d\ )?(?:[\w-]+\ )?$)")  # "since the 2018 inspection"
#: Other events a date in the sentence may belong to.
_OTHER_EVENTS: Final = timed(
    r"(?i:\b(?:rated|rating|judged|judgements?|judgments?|graded|found\ to\ be|published|publication|released)\b)"
)
#: A mention that is the report or letter telling of its event ("Ofsted's report", "a monitoring letter").
_TOLD_BY: Final = timed(r"(?i:\b(?:report|letter)s?$)")
#: "the inspection report", "the visit letter"; or the event standing for its report, a
#: participle of publication after it: "a fresh inspection (of Kent), published in July".
_REPORT_AFTER: Final = timed(
    r"(?i:\ (?:report|letter)\b|(?:\ (?:of|into|on|to|in)\ [^,.;:]{1,60}?)?,?\ (?:which\ was\ |that\ was\ )?(?:published|released)\b)"
)
_PUBLICATION: Final = timed(r"(?i:published|publication|released)")
#: A mention that sets itself against an earlier event: "a fresh inspection", "a
#: subsequent visit", "another inspection", "its first inspection since ..." (but "a
#: re-inspection" is the name of a kind of event, which a report may date before naming).
_CONTRAST: Final = timed(r"(?i:\b(?:fresh|subsequent|another)\b)")
#: "the first (full) inspection (of Kent) since": a new event set against an earlier one.
_FIRST_SINCE: Final = timed(r"(?i:\bfirst\ (?:[\w-]+\ ){0,2}?(?:inspection|visit)s?(?:\ (?:of|into|at|by)\ [^.;:]{1,60}?)?\ since\b)")


def is_previous(r: Inspection, ctx: Context) -> bool:  # "the last inspection", "since the 2018 inspection"
    """Whether a mention names an earlier event than the one reported ("the last inspection",
    "since the 2018 inspection")."""
    assert r.start is not None and r.end is not None
    s_start, _ = ctx.prepared.sentence_at(r.start)
    return bool(_PREVIOUS.search(ctx.text, max(s_start, r.start - 8), r.end)
                or _SINCE_THE.search(ctx.text, max(s_start, r.start - 24), r.start))


def _is_contrast(r: Inspection, ctx: Context) -> bool:
    """Whether a mention sets itself against an earlier event (see ``_CONTRAST``)."""
    assert r.start is not None and r.end is not None
    s_start, s_end = ctx.prepared.sentence_at(r.start)
    return bool(_CONTRAST.search(ctx.text, max(s_start, r.start - 12), r.end)
                or _FIRST_SINCE.search(ctx.text, max(s_start, r.start - 30), min(max(s_end, r.end), r.end + 64)))


def _since_date(r: Inspection, ctx: Context) -> str | None:
    """The date right after "first ... inspection since", if the mention is one: "its
    first inspection since 2020" (the date of an earlier event, not of this one)."""
    assert r.start is not None and r.end is not None
    s_start, s_end = ctx.prepared.sentence_at(r.start)
    m = _FIRST_SINCE.search(ctx.text, max(s_start, r.start - 30), min(max(s_end, r.end), r.end + 64))
    if m is None or m.end() < r.end:
        return None
    after = ctx.dates_in(m.end(), m.end() + 30)
    lead = ctx.text[m.end() : after[0].start] if after else ""
    return after[0].value if after and lead.strip(" ").lower() in ("", "early", "late", "mid") else None


#: A verb of occurrence whose date is its subject's, whatever clause stands between them:
#: "(the second monitoring visit since it was judged inadequate) took place in May 2018".
_TOOK_PLACE: Final = timed(
    r"(?i:\b(?:took\ place|happened|occurred|(?:was|were)\ (?:carried\ out|conducted|held|completed|undertaken))"
    r"(?=\ (?:in|on|during|between|from|over|last|earlier|early|late)\b))"
)


def _took_place(r: Inspection, ctx: Context, near: Sequence[tuple[int, int]], s_end: int) -> str | None:
    """The date after the verb of occurrence the mention is the subject of, when no other
    event mention stands between them but one in a "since" adjunct ("Kent's first visit
    since the 2018 inspection took place in May": the visit's May; the inspection, 2018)."""
    assert r.end is not None and r.start is not None
    if _SINCE_THE.search(ctx.text, max(0, r.start - 24), r.start):
        return None  # "(the visit) since the 2018 inspection (took place in May)": no subject
    verb = _TOOK_PLACE.search(ctx.text, r.end, s_end)
    if verb is None or any(r.end <= a < verb.start() and not _SINCE_THE.search(ctx.text, max(0, a - 24), a) for a, _ in near):
        return None
    after = ctx.dates_in(verb.end(), verb.end() + 40)
    return after[0].value if after and after[0].start - verb.end() <= 16 else None  # " in early 2016"


#: What stands between a date and the event it is the possessive or modifier of: "this
#: year's (inspection)", "last month's (visit)", "the 2019 (inspection)".
_OWN_DATE_GAP: Final = timed(r"(?:'s|(?<=\b(?:19|20)\d\d))\ (?:(?i:full|standard|short|ilacs|sif|ofsted)\ )?")


def _own_date(r: Inspection, ctx: Context) -> str | None:
    """The date written as the mention's own modifier: "this year's inspection" (not a
    report's publication told after it)."""
    assert r.start is not None
    before = ctx.dates_in(max(0, r.start - 30), r.start)
    last = before[-1] if before else None
    return last.value if last is not None and _OWN_DATE_GAP.fullmatch(ctx.text, last.end, r.start) else None


#: A next sentence whose subject refers back to the event and tells when it happened:
#: "It began on 4 May and was completed on 15 May 2016", "The visit took place in May".
_NEXT_OCCURRED: Final = timed(
    r"\s*(?i:it|the\ (?:inspection|re-inspection|visit|review))\ (?:(?:was|were)\ )?(?i:took\ place|happened|occurred|started|began"
    r"|ran|carried\ out|conducted|completed|finished|ended|lasted)\b"
)


def _next_sentence_date(r: Inspection, ctx: Context, near: Sequence[tuple[int, int]], s_end: int) -> str | None:
    """The date the next sentence gives its event when it refers back to this one, the
    last event its sentence names ("... inspection of Kent. It began on 4 May and
    was completed on 15 May 2016": the first date with a year, 2016-05-15)."""
    assert r.end is not None
    if any(a >= r.end for a, _ in near) or s_end >= len(ctx.text):
        return None
    n_start, n_end = ctx.prepared.sentence_at(s_end + 1)
    told = _NEXT_OCCURRED.match(ctx.text, n_start, n_end) if n_start > s_end - 1 else None
    if told is None:
        return None
    found = [d for d in ctx.dates_in(told.end(), n_end) if d.value is not None]
    with_year = [d for d in found if YEAR_PATTERN.search(ctx.text, d.start, d.end)]  # not "4 May" of "4 to 15 May 2016"
    return (with_year or found)[0].value if found else None


def _dated(records: list[Inspection], ctx: Context) -> tuple[list[Inspection], set[tuple[int, str]], set[int]]:
    """Date each undated mention with the date expressions of its sentence that no
    other event (another mention, one vetoed as no event, a rating, a publication)
    stands nearer to; a "first
    inspection since" a date stays undated and adds the earlier event of that date
    (returned also as (start, when), to be told from the reported one). Also returned: the
    starts of the mentions of a report dated by its publication."""
    # the vetoed mentions are rivals too: "the next inspection is due in 2026" keeps its date
    vetoed = [(v.start, v.end) for v in ctx.vetoes if v.guard == VETO]
    spans = sorted([*((x.start, x.end) for x in records if x.start is not None and x.end is not None), *vetoed])
    starts = [a for a, _ in spans]
    out, earlier, published = [], set(), set()
    for r in records:
        assert r.start is not None and r.end is not None
        if r.when is not None:
            out.append(r)
            continue
        since = _since_date(r, ctx)
        if since is not None:
            out += [r, attrs.evolve(r, when=since)]
            earlier.add((r.start, since))
            continue
        s_start, s_end = ctx.prepared.sentence_at(r.start)
        s_end = max(s_end, r.end)
        # only the mentions of its own sentence can be its rivals (a bisection, not a scan)
        near = spans[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        own = grading_verb(ctx, r.start, r.end)  # "visited Kent last year and rated it good": one event, one date
        # an event told by its report ("Ofsted's report on Kent, published in May 2018"): the
        # report's publication is no other event, its date the event's
        told = _TOLD_BY.search(ctx.text, r.start, r.end) is not None or _REPORT_AFTER.match(ctx.text, r.end) is not None
        rivals = [*near, *(e.span() for e in _OTHER_EVENTS.finditer(ctx.text, s_start, s_end)
                           if e.span() != own and not (told and _PUBLICATION.fullmatch(e.group()))),
                  # a share, whose date a date right after it is ("down from 44% a year earlier")
                  *(f.span() for f in SHARE_NUMBER.finditer(ctx.text, s_start, s_end))]
        possessive = _own_date(r, ctx)  # "this year's inspection": its own, whatever is published when
        when = (possessive or date_after_relative(ctx, r.end) or _took_place(r, ctx, near, s_end)
                or when_clause_date(ctx, s_start, r.start)
                or ctx.when_for(r.start, r.end, rivals=rivals, default_published=False) or _next_sentence_date(r, ctx, near, s_end))
        if told and when is not None and _PUBLICATION.search(ctx.text, s_start, s_end) and possessive is None:
            published.add(r.start)
        out.append(attrs.evolve(r, when=when) if when is not None else r)
    return out, earlier, published


def finalise(inspections: Iterable[Inspection], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Inspection]:
    """Date the mentions, then resolve each undated one to the dated event it refers
    to and share ordinals among an event's mentions; drop weak mentions ("Ofsted's
    report") when the text names any event."""
    found, earlier, published = _dated(list(inspections), ctx)
    # a report's publication dates its event only when the text dates the event nowhere
    # else, unless it sets itself against an earlier one ("a fresh inspection, published in")
    firm = {(x.authority, x.kind) for x in found if x.when is not None and x.start not in published}
    found = [attrs.evolve(x, when=None) if x.start in published and (x.authority, x.kind) in firm and not _is_contrast(x, ctx)
             else x for x in found]
    strong = any(not ctx.tagged(r, WEAK) for r in found)
    kept = [r for r in found if not (strong and ctx.tagged(r, WEAK))]
    # per event kind and authority, where and when its dated mentions are and whether
    # each sets itself against an earlier one, by whether they refer back to an earlier event: one pass, so the work is linear in the mentions
    dated: dict[tuple[str | None, str], dict[bool, list[tuple[int, str, bool, int | None]]]] = {}
    for x in kept:
        if x.when is not None:
            assert x.start is not None
            back = (x.start, x.when) in earlier or is_previous(x, ctx)
            dated.setdefault((x.authority, x.kind), {}).setdefault(back, []).append((x.start, x.when, _is_contrast(x, ctx), x.ordinal))
    out = []
    for r in kept:
        if r.when is None and not counted_series(ctx, r.start or 0, r.end or 0):  # "six monitoring visits": the series
            assert r.start is not None
            previous = is_previous(r, ctx)
            same = dated.get((r.authority, r.kind), {})
            # a visit counted otherwise is another event: "the third visit" is not "the second, last October"
            like = [e for e in same.get(previous, []) if r.ordinal is None or e[3] is None or e[3] == r.ordinal]
            if like and _is_contrast(r, ctx):  # "a fresh inspection": not one told before it, unless as fresh
                like = [e for e in like if e[0] > r.start or e[2]]
            month = _stated_month(r, ctx)  # "between 4 and 22 July" (no year): no event of another month
            like = [e for e in like if month is None or len(e[1]) < 7 or int(e[1][5:7]) == month]
            if like:
                r = attrs.evolve(r, when=max(e[1] for e in like))
            elif previous and same:
                continue  # an earlier event the text does not date
        out.append(r)
    # a table's column of inspection dates: each row's council inspected then (unless told already)
    tabled, headers = tabled_inspections(ctx)
    out = [x for x in out if not any(a <= (x.start or 0) < b for a, b in headers)]  # "Date of inspection": a column
    told = {(x.authority, x.kind, x.when) for x in out}
    out += [t for t in tabled if (t.authority, t.kind, t.when) not in told]
    return _share_ordinals([x for x in out if not _after_the_text(x, ctx)], ctx)


def _after_the_text(x: Inspection, ctx: Context) -> bool:
    """Whether an event is dated after the text's own date (its dateline; a caller's
    reference date may be any day): one to come ("the full re-inspection, not expected
    until 2024"), not one that took place."""
    if x.when is None or ctx.published is None or x.when <= ctx.published.isoformat()[: len(x.when)]:
        return False
    ctx.note_veto(x.start or 0, x.end or 0, "inspections.after_the_text", "dated after the text's own date: an event to come")
    return True


#: A month named in a mention's sentence after it, its own though the text gives no year.
_MONTH_AFTER: Final = timed(rf"\b(?:{'|'.join(MONTHS)})\b(?!,?\ (?:19|20)\d\d)")  # a year would have dated it
_MONTH_REACH: Final = 100


def _stated_month(r: Inspection, ctx: Context) -> int | None:
    """The month a mention's words right after it name ("assessed ... between 4 and 22 July"), if any."""
    assert r.end is not None
    _, s_end = ctx.prepared.sentence_at(r.start or 0)
    m = _MONTH_AFTER.search(ctx.text, r.end, min(s_end, r.end + _MONTH_REACH))
    return MONTH_NUMBERS[m.group()] if m is not None else None


def _share_ordinals(found: list[Inspection], ctx: Context) -> list[Inspection]:
    """Give every mention of an event the ordinal one of them states, if only one is (not
    to a count of visits, the series)."""
    ordinals: dict[tuple[str | None, str, str | None], set[int]] = {}
    for r in found:
        if r.ordinal is not None:
            ordinals.setdefault((r.authority, r.kind, r.when), set()).add(r.ordinal)
    out = []
    for r in found:
        stated = ordinals.get((r.authority, r.kind, r.when), set())
        shared = r.ordinal is None and len(stated) == 1 and not counted_series(ctx, r.start or 0, r.end or 0)
        out.append(attrs.evolve(r, ordinal=next(iter(stated))) if shared else r)
    return out
