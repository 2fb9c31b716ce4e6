"""Dating: which of the dates around a grade is its own, when another event or another
grade claims them (an earlier inspection stated before it, a when-clause after a year).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from ..._timed import FROM_END, timed
from ...attribution import dates_another_event
from ...context import Context
from .fragments import _GRADE_PATTERN as _GRADE_WORD

#: A period from an earlier inspection, up to a date: "since its previous inspection in".
_SINCE_EARLIER: Final = timed(
    r"(?i:\b(?:since|after|following)\ (?:its|the|their|an?)\ (?:[\w-]+\ ){0,2}?(?:inspection|visit)\ (?:in|on|during)\ "
    r"(?:(?:early|late|mid)[ -])?\(?$)"
)
#: A year, then a when-clause holding the grade: "from 2013, when it was rated".
YEAR_WHEN: Final = timed(
    r"(?<![\d£$€])(?P<year>(?:19|20)\d\d),?\ (?:when|(?<=(?i:inspection|visit|report)\ (?:in|of)\ (?:\w+\ )?\d{4},?\ )(?:which|that))\b"
    r"[^.;!?,\n]{0,140}$"  # "... in 2018, which found that they required improvement"
)
#: The words from a grade to a date of its own: "(rated good) in (May) 2016".
_OWN_DATE: Final = timed(r"""["'\u2019\u201d]?(?:\ overall)?,?\ (?i:in|on|during|at\ the\ end\ of)\ (?:\w+\ ){0,2}$""")
#: A sentence stating an earlier inspection and its date: "The previous inspection of
#: Kent's services was in May 2012.", "Kent was last inspected in 2014."
_EARLIER_STATED: Final = timed(
    r"(?i:\b(?:(?:previous|last|prior|earlier|most\ recent)\ (?:[\w'-]+\ ){0,10}?(?:inspection|visit)\b[^.;!?\n]{0,100}?"
    r"\ (?:was|took\ place)|was\ last\ (?:inspected|visited))\ (?:in|on|during|between)\b[^;!?\n]{0,40}$)"
)
#: A past verb of rating before a grade in its clause: "was judged", "were rated".
_PAST_RATED: Final = timed(r"(?i:\b(?:was|were|had\ been)\ (?:[\w'-]+\ ){0,2}?(?:judged|rated|graded|found|deemed|assessed)\b)")


def earlier_inspection_before(ctx: Context, m: regex.Match[str]) -> str | None:
    """The date of an earlier inspection the sentence before states, when this sentence,
    undated, gives its grade in the past tense: "The previous inspection was in May 2012.
    The local authority was judged to be good." (good is May 2012's, and past). Not when
    that sentence gave the earlier grade itself ("It was last inspected in 2016, when it
    was judged good. Leadership was judged outstanding.": the news goes on)."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if s_start == 0 or not _PAST_RATED.search(ctx.text, s_start, m.end()):
        return None
    p_start, p_end = ctx.prepared.sentence_at(s_start - 2)
    p_end = min(p_end, s_start)
    if (p_start >= s_start or not _EARLIER_STATED.search(ctx.text, p_start, p_end)
            or _GRADE_WORD.search(ctx.text, p_start, p_end)):
        return None
    dated = [d for d in ctx.dates_in(p_start, p_end) if d.value is not None]
    return dated[-1].value if dated else None


#: A sentence stating an inspection and its date, not a visit that gives no grade:
#: "Ofsted inspected Kent in May 2017.", "The inspection took place in March."
_INSPECTION_STATED: Final = timed(r"(?i:\b(?:inspected|inspection|inspecting)\b)")
_NO_GRADE_VISIT: Final = timed(r"(?i:\b(?:monitoring|focused|focus|joint|targeted|school|academy|home|nursery)\b)")
#: A grade given in the past tense in its clause: "(Inspectors) rated it", "was judged".
_GRADED_THEN: Final = timed(
    r"(?i:\b(?:was|were)\ (?:[\w'-]+\ ){0,2}?(?:rated|judged|graded|found|deemed|assessed)"
    r"|(?<!\b(?:is|are|been|be|being|now)\ )(?:rated|judged|graded|found)\b(?!\ (?:that|by)\b)\ (?:[\w'-]+\ ){1,3}?)"
)


def inspection_before(ctx: Context, m: regex.Match[str]) -> str | None:
    """The date of the inspection the sentence before states, when this sentence,
    undated, gives its grade in the past tense: "Ofsted inspected Kent in May 2017.
    Inspectors rated its services good." (good is 2017's). Not a monitoring or
    focused visit's (they give no grade), nor one the sentence before also grades."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if s_start == 0 or not _GRADED_THEN.search(ctx.text, s_start, m.end()):
        return None
    p_start, p_end = ctx.prepared.sentence_at(s_start - 2)
    p_end = min(p_end, s_start)
    if (p_start >= s_start or not _INSPECTION_STATED.search(ctx.text, p_start, p_end)
            or _NO_GRADE_VISIT.search(ctx.text, p_start, p_end) or _EARLIER_STATED.search(ctx.text, p_start, p_end)
            or _GRADE_WORD.search(ctx.text, p_start, p_end)):
        return None
    dated = [d.value for d in ctx.dates_in(p_start, p_end) if d.value is not None and not dates_another_event(ctx, d)]
    return dated[0][:4] if len(dated) == 1 else None  # the year: the report that grades comes later


def earlier_inspection(ctx: Context, m: regex.Match[str], when: str) -> str | None:
    """How the date ``when`` a grade took is, in its sentence, only that of an earlier
    inspection: ``"since"`` it ("since its previous inspection in 2016, Kent has been
    rated good": the grade is later), ``"at"`` it ("in its previous inspection in 2012,
    Kent was rated adequate": the grade is that inspection's), or ``None``."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    found = [d for d in ctx.dates_in(s_start, max(s_end, m.end())) if d.value == when]
    if not found or not all(dates_another_event(ctx, d) for d in found):
        return None
    lo = max(s_start, found[0].start - 90)
    if found[0].start >= m.end():  # "rated good, a contrast to the previous inspection in 2018": not that event's
        return "since"
    return "since" if _SINCE_EARLIER.search(ctx.text, lo, found[0].start) else "at"




#: A verb of change and "from" right before a grade: the grade left, held before the change.
_CHANGED_FROM: Final = timed(
    r"(?i:\b(?:moved|rose|risen|dropped|fell|fallen|climbed|improved|slipped|went|gone|jumped|came|progressed)"
    r"\ (?:(?:up|down|back)\ )?from\ [\"'\u2018\u201c]?$)",
    FROM_END,
)


def changed_from(ctx: Context, start: int) -> bool:
    """Whether the grade at ``start`` is the one a change left ("when it moved up from
    'inadequate'"): the year of the change's when-clause is the new grade's, not its."""
    return _CHANGED_FROM.search(ctx.text, max(0, start - 40), start) is not None


def claimed_by_a_later_grade(ctx: Context, m: regex.Match[str], grades: Sequence[tuple[int, int]], when: str) -> bool:
    """Whether the year ``when`` a grade took is, after it in its sentence, the year of a
    when-clause holding another grade: "judged good, a change from 2012 when it was
    judged inadequate" (2012 is inadequate's, not good's)."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    for start, _ in grades:
        if start <= m.end() or changed_from(ctx, start):
            continue  # "rated good since 2022, when it moved up from 'inadequate'": 2022 is good's
        dated = YEAR_WHEN.search(ctx.text, max(s_start, m.end(), start - 160), start)
        if dated is not None and dated.group("year") == when[:4]:
            # "rated good in 2016, when Kent was rated inadequate": the year is both's
            return _OWN_DATE.match(ctx.text, m.end(), dated.start()) is None
    return False


#: An event, its date and a verb by which it graded, right before a grade: "(before) the
#: inspection in 2016 found it (to be)", "an inspection in May 2016 rated the council".
_EVENT_GRADED: Final = timed(
    r"(?i:\b(?:inspection|re-inspection|visit)\ (?P<dated>(?:in|on|during)\ [^.;:!?\n,]{4,30}?)"
    r"\ (?:found|rated|judged|graded|deemed)\ (?:[\w'-]+\ ){0,4}?(?:to\ be\ |as\ )?[\"'\u2018\u201c]?$)",
    FROM_END,
)
#: The same after an earlier grade: "(had been rated good) before the inspection in 2016 found".
_BEFORE_EVENT: Final = timed(
    r"(?i:[^.;:!?\n]{0,40}?\b(?:before|until|but|when)\ (?:an?|the|its|their)\ (?:[\w-]+\ )?(?:inspection|re-inspection|visit)"
    r"\ (?P<dated>(?:in|on|during)\ [^.;:!?\n]{4,30}?)\ (?:found|rated|judged|graded|deemed)\b)"
)


def event_graded(ctx: Context, start: int, end: int, when: str | None) -> str | None:
    """The date of a grade at ``[start, end)`` when an event dated just before it graded
    ("before the inspection in 2016 found it inadequate": inadequate is 2016's); none for
    a grade before such an event that its date only claims ("had been rated good before
    the inspection in 2016 found ..."); else ``when``."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    graded = _EVENT_GRADED.search(ctx.text, max(s_start, start - 120), start)
    if graded is not None:
        dated = [d.value for d in ctx.dates_in(*graded.span("dated")) if d.value is not None]
        return dated[0] if len(dated) == 1 else when
    later = _BEFORE_EVENT.match(ctx.text, end, max(end, s_end))
    if later is not None and when is not None and any(d.value == when for d in ctx.dates_in(*later.span("dated"))):
        return None
    return when


#: The words from a grade to the date of an earlier grade the same: "(rated good), the
#: same rating it received in (2016)", "the same grading as (2019)", "as it was in (2017)".
_SAME_AS: Final = timed(
    r"(?i:[\"'\u2019\u201d]?(?:\ overall)?,?\ (?:the\ same\ (?:grade|rating|grading|judge?ment|verdict|result)"
    r"(?:\ as(?:\ (?:in|at))?|\ (?:it|they)\ (?:received|had|got|achieved|was\ given|were\ given)(?:\ (?:in|at))?)"
    r"|as\ (?:it|they)\ (?:was|were|had\ been)(?:\ (?:rated|judged))?\ (?:in|at))\ $)"
)


def same_grade_earlier(ctx: Context, end: int, stop: int) -> str | None:
    """The date of an earlier grade the same as the one ending at ``end``, told right
    after it ("rated good, the same rating it received in 2016": 2016), else ``None``."""
    lo = end  # past the grade's own date, if one comes first: "good in 2018, the same rating it received in 2014"
    for d in ctx.dates_in(end, stop)[:2]:
        if d.start - lo > 60:
            return None
        if d.value is not None and _SAME_AS.fullmatch(ctx.text, lo, d.start):
            return d.value
        lo = d.end
    return None


#: What may stand before a date that opens its sentence: "In (2010)", "By May (2016),",
#: "Then, at a standard inspection in (June 2022),", "When Ofsted last inspected the
#: borough's services in (2012),".
_OPENING_LEAD: Final = timed(
    r"\W*(?i:then,?\ )?(?i:in|by|during|back\ in|at\ the\ end\ of"
    r"|(?:at|after|following)\ (?:a|an|the|its|their)\ (?:[\w-]+\ ){0,2}?(?:inspection|re-inspection|visit)\ (?:in|on)"
    r"|when\ (?:ofsted|inspectors|the\ inspectorate)\ (?:last\ |first\ |previously\ )?(?:inspected|visited|rated|judged|assessed)\ [^.;:!?\n]{0,80}?\ (?:in|on))?\ ?$"
)
#: A present between a sentence's opening date and a grade: "In 2016 ... and it is now good".
_NOW: Final = timed(r"(?i:\b(?:now|currently|today|since|(?<!\b(?:was|were)\ )still|is|are|has|have)\b)")  # not "was still rated"


def sentence_opening_date(ctx: Context, s_start: int, grade_start: int) -> str | None:
    """The date that opens the sentence of a grade with no date of its own, which a
    fronted adverbial gives every clause after it ("In 2010 inspectors rated its safeguarding
    good and its services for children in care outstanding": both 2010's); none when a
    present stands between ("In 2016 it was inadequate; it is now good")."""
    for d in ctx.dates_in(s_start, grade_start):
        if d.value is None or d.forward or not _OPENING_LEAD.fullmatch(ctx.text, s_start, d.start):
            return None
        if _NOW.search(ctx.text, d.end, grade_start) or dates_another_event(ctx, d):
            return None
        return d.value
    return None
