"""Attribution: whose a grade is, for which judgements, and whether it is still held.

``_ratings`` turns a grade in a clause into ratings: the councils and judgements its
subject lists (or the list after it), dated by the nearest date, not current when said
of an earlier inspection, unless a guard vetoes it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Final, TypeVar

import regex

from ..._timed import TimedPattern, timed
from ...attribution import INSPECTION_KIND_WORDS, listed_dates
from ...context import Context
from ...gazetteer import Mention
from ...records import Grade, Judgement, Rating
from .._common import JUDGEMENT_AREAS, clause_end, clause_start
from .._inspection_lists import as_was_councils
from .dating import (
    YEAR_WHEN,
    changed_from,
    claimed_by_a_later_grade,
    earlier_inspection,
    earlier_inspection_before,
    event_graded,
    inspection_before,
    same_grade_earlier,
    sentence_opening_date,
)
from .ellipsis import areas_listed, as_was_judgements, gapped_overall, paired_span, respective
from .fragments import _BOTH, _COUNCIL_LINE_REST, _GRADE_PATTERN, _JUDGEMENT_PATTERN, _judgement
from .generic import guard_bound, guard_providers_referred_to, guard_services_in_general, guard_share, run_of
from .guards import (
    guard_councils_in_general,
    guard_grade_of_a_grade,
    guard_hypothetical,
    guard_negated,
    guard_ordinary_subject,
    guard_other_subject,
    guard_some_areas,
    vetoed,
)
from .judgement_lists import (
    _COUNTED_AREAS_LEAD,
    _joined_after,
    _listed_after,
    all_areas_next,
    also_for,
    judgements_after,
)
from .objects import guard_rated_other_object
from .raters import guard_other_rater, guard_self_assessed
from .scale import guard_scale, guard_set_aside
from .subjects import (
    LIST_GAP,
    PLURAL_SUBJECT,
    in_relative_of_council,
    previous_subject_list,
    subject_authorities,
    subject_judgements,
)

_T = TypeVar("_T")

#: Said of an earlier inspection: "had previously been rated", "lost its", "Until this
#: week, ... was rated" (of the grade after it), "at a previous inspection", "twice
#: before" (of the grade before it).
_PAST: Final = timed(
    r"(?i:\b(?P<forward>previously|formerly|(?<=\b(?:was|were|been|is|are)\ )once|(?-i:(?<![\w,]\ )Once(?=\ (?:rated|judged|graded|deemed|branded|labelled)\b))|had\ been|having\ been|used\ to\ be|(?:years|months|decades?)\ of\ being"
    r"|(?:lost|losing|loses|lose|shed|sheds|(?:been\ )?stripped\ of)\ (?:its|their|the|[\"'\u2018\u201c](?=\w))|until\ (?:(?:this|last)\ (?:week|month|year)|recently|now|then)"  # "lost its 'good' rating"
    r"|(?<=\b(?:spent|after|following)\ (?:[\w-]+\ ){0,2})(?:years|months|decades?)\ (?:as|at)"  # "having spent seven years as"
    r"|(?P<after_event>(?:years?|months?|decades?)\ after)"  # dates only what follows it
    r"|(?:previous|prior|earlier|former|old)\ (?:[\w-]+\ )?(?:rating|grade|judgement|judgment|verdict)s?\ (?:of|was|is|had\ been))\b"
    rf"|(?<!\b(?:same|as)\ (?:[\w-]+\ ){{0,2}})\b(?:at|in|after|following)\ (?:its|the|a|their)\ (?:previous|prior|earlier)\ (?i:{INSPECTION_KIND_WORDS})inspection"
    r"|\buntil\ (?:an?|the|its|their)\ (?:[\w-]+\ )?(?:inspection|re-inspection|visit)\b"  # "(rated good) until an inspection in 2016"
    r"|\b(?:once|twice|three\ times|several\ times|many\ times)\ before\b)"  # "(rated inadequate) twice before"
)  # not the grade kept: "(rated good,) the same (grade) as at its previous inspection"
#: What opens a clause naming an earlier event: "since being", "after it was".
_EARLIER_LEAD = r"(?:since|after|following|before)\ (?:being|having\ been|it\ was|they\ were|it\ had\ been)"
#: A grade named as history, right before it: "has improved since being rated as
#: 'inadequate'" (not "its third (monitoring) visit since being judged inadequate": visits
#: follow a grade that stands), "after two 'inadequate' judgements".
_SINCE_RATED: Final = timed(
    rf"""(?<!(?i:visits?)(?:\ [\w-]+){{0,3}}\ )(?i:\b(?:{_EARLIER_LEAD}"""
    r"""|having)\ (?:first\ |last\ |previously\ )?"""
    r"""(?:rated|judged|graded|deemed|found|assessed|declared|branded|labelled|handed|given|awarded)"""
    r"""\ (?:(?:it|them|the\ council|the\ authority)\ )?(?:as\ |to\ be\ |(?:the|a|an|its)\ )?["'\u2018\u201c]?$)"""
)
#: An earlier event a clause names before or after a grade, whose date is that event's:
#: "since being handed the lowest grade (in 2016)", "its first inspection since (2019)".
_EARLIER_EVENT: Final = timed(
    rf"(?i:\b{_EARLIER_LEAD}\ [\w'-]+(?:\ [\w'-]+){{0,4}}"
    r"|\b(?:inspection|visit|time)\ since\b)"
)
_COUNTED_BEFORE: Final = timed(
    r"""(?i:\b(?:after|following|followed|with)\ (?:two|three|four|five|several|successive|consecutive|repeated|back-to-back"""
    r"""|a\ (?:string|series|run)\ of)(?:\ (?:successive|consecutive|straight|separate))?\ ["'\u2018\u201c]?$)"""
)
_COUNTED_AFTER: Final = timed(r"""["'\u2019\u201d]?\ (?:Ofsted\ )?(?i:ratings|judgements|judgments|grades|verdicts)\b""")
#: The overall grade named just before it: "an overall rating of", "overall effectiveness was".
_OVERALL_NOUN_BEFORE: Final = timed(
    r"""(?i:\boverall\ (?:[\w-]+\ )?(?:rating|grade|judgement|judgment|verdict|effectiveness)\ (?:of\ |was\ |is\ |as\ )?(?:being\ )?["']?$)"""
)
#: A grade named as an earlier one right before it: "its previous requires improvement rating".
_PREVIOUS_LABEL: Final = timed(r"""(?i:\b(?:previous|former|earlier|old)\ ["']?$)""")
#: A grade in a clause about an earlier inspection: "since its previous inspection in
#: 2016, when it was also judged inadequate".
_PREVIOUS_WHEN: Final = timed(
    r"(?i:\b(?:previous|prior|earlier|last)\ (?:full\ )?(?:inspection|visit)\b[^.;!?\n]{0,40}?,?\ (?:when|which|that)\b[^.;!?,\n]{0,140}$)"
)
#: "As well as Haringey, child protection was rated inadequate at Birmingham ...".
_ALSO_SUBJECT: Final = timed(r"^\W*(?i:as\ well\ as|like|along\ with|alongside|besides|in\ addition\ to)\b")
#: What introduces the councils a grade is given to after it: "rated inadequate at X, Y and Z".
_AFTER_LIST_LEAD: Final = timed(
    # not across a clause of its own: "rated 'good' are inspected again ..., officials in Kent said"
    r"^(?:(?!,\ (?i:but|while|whilst|whereas|although|though|and)\b|\ (?i:but|while|whilst|whereas|are|is|were|was)\ )[^.;!?\n]){0,50}?"
    r"(?:\ (?i:at|in|including|namely)|\ [-–]|:)\ $"
)
#: A pronoun as the grade's own subject, a few words before it ("It was rated", "They were
#: both judged"): not one that opens a longer clause ("This has led to a judgement of",
#: "It was in 2013 that ... was found").
_ANAPHOR: Final = timed(r"^\W*(?i:this|it|these|they)\b(?:\ [\w'-]+){0,4}\ ?\W?$")
#: Judgements named earlier, referred back to: "both areas", "these areas", "each of them".
_AREAS_ANAPHOR: Final = timed(r"(?i:\b(?:both|these|those|all\ (?:three|four|five)|each\ of\ the(?:se)?)\ (?:areas|judgements|judgments|aspects)\b)")
#: One judgement referred back to as a subject: "This area", "That judgement".
_AREA_ANAPHOR: Final = timed(r"\W*(?i:(?:this|that|the\ same)\ (?:area|judgement|judgment|aspect|part)|(?:their|its)\ (?:experiences?|progress))\b")
#: A plural rating noun right after a grade: "'outstanding' ratings", "'good' judgements".
_PLURAL_RATINGS_AFTER: Final = timed(r"""["'\u2019\u201d]?\ (?:Ofsted\ )?(?i:ratings|judgements|judgments|grades)\b""")


#: What leads from such ratings to the councils that got them: "(given) to", "in", "including".
_TO_COUNCILS: Final = timed(r"(?i:\ (?:to|in|at|including)|:)\ (?:the\ )?$")


def _plural_ratings_of(ctx: Context, end: int, region_start: int, region_end: int) -> list[str | None]:
    """The councils a grade in the plural ("'outstanding' ratings", ending at ``end``)
    goes to, listed after it in its clause ("... were also given to A, B and C", "a run
    of 'outstanding' ratings released today, in A, B and C"); none when its subject names
    one, unless the grade is a run "of" them ("X's news comes amid a flurry of ...")."""
    named = ctx.mentions_in(region_start, region_end) and not run_of(ctx, region_end)
    if not _PLURAL_RATINGS_AFTER.match(ctx.text, end) or named:
        return []
    found = ctx.mentions_in(end, clause_end(ctx, end))
    if not found or not _TO_COUNCILS.search(ctx.text, max(end, found[0].start - 12), found[0].start):
        return []  # "'good' ratings had eluded A and B", "a report for A and B"
    listed = _chain(ctx, found)
    return [x.name for x in listed] if len(listed) > 1 else []


def _chain(ctx: Context, mentions: Sequence[Mention]) -> list[Mention]:
    """The first of ``mentions`` and those joined to it as a list ("A, B and C", "A; B")."""
    chained = list(mentions[:1])
    for a, b in itertools.pairwise(mentions):
        if LIST_GAP.fullmatch(ctx.text[a.end : b.start]) is None:
            break
        chained.append(b)
    return chained


def _after_list(ctx: Context, end: int, lead: TimedPattern = _AFTER_LIST_LEAD) -> list[str]:
    """Councils listed after a grade: "rated inadequate at Torbay, Sandwell and
    Norfolk councils", "judged outstanding in every area: Trafford, ..."; ``lead`` is
    what may stand between the grade and the list."""
    _, s_end = ctx.prepared.sentence_at(end)
    mentions = ctx.mentions_in(end, max(s_end, end))
    if not mentions or not lead.match(ctx.text[end : mentions[0].start]):
        return []
    return list(dict.fromkeys(x.name for x in _chain(ctx, mentions)))


#: What stands between a count or class of councils given a grade and the councils it
#: names: "(graded inadequate) overall are", "(judged 'inadequate') in this report are:",
#: "(rated good this year) include".
_NAMED_LEAD: Final = timed(
    r"^[^.;:!?\n,]{0,60}?\ (?i:are|were|include|included|includes|being|namely)(?:\ (?i:as\ follows))?:?\ $"
)
#: A colon that ends a line, a list of lines after it: "judged inadequate in the latest round:".
_BULLETS_LEAD: Final = timed(r"[^.\n]{0,60}?:[\ \t]*\n(?:[\ \t]*\n)?")
#: A list line's mark, before its council: "  • ", "- ", "1. ".
_BULLET: Final = timed(r"[\ \t]*(?:[\u2022\u00b7\u25aa\u2023*-]|\d{1,2}[.)])?[\ \t]*")
#: A sentence's predicate that refers back to a grade just given: "(A, B and C) all
#: received the same rating", "were among them", "were the councils".
_BACK_REFERENCE: Final = timed(
    r"(?:'s|\ (?i:councils?|authorities))?,?(?:\ (?i:all|both|each|also|have|had|has))*\ (?i:"
    r"(?:received?|given|got|earned|achieved|gained|secured|handed|awarded|share[sd]?)"
    r"\ (?:the|this|that|these|those|such|similar)\ (?:[\w-]+\ ){0,2}?(?:ratings?|grades?|judge?ments?|verdicts?|marks?|gradings?)"
    r"|(?:were|are|was|is)\ (?:(?:all|both)\ )?(?:among\ (?:them|those|these|the\ [\w-]+)|(?:the|those)\ (?:[\w-]+\ ){0,2}?"
    r"(?:councils|authorities|ones)))\b"
)


def _bulleted(ctx: Context, end: int, read: Callable[[int, int], list[_T]]) -> list[_T]:
    """What ``read`` finds on each line of a list after a colon that ends the grade's
    line, one item a line, up to the first line where it finds none."""
    lead = _BULLETS_LEAD.match(ctx.text, end)
    if lead is None:
        return []
    out: list[_T] = []
    at = lead.end()
    while at < len(ctx.text):
        line_end = ctx.text.find("\n", at)
        line_end = len(ctx.text) if line_end < 0 else line_end
        items = read(at, line_end)
        if not items:
            break
        out += items
        at = line_end + 1
    return list(dict.fromkeys(out))


def _bulleted_after(ctx: Context, end: int) -> list[str]:
    """Councils listed one a line after a colon that ends the grade's line ("judged
    inadequate in the latest round:" and "• Kent" lines), up to the first line that is no
    council's."""
    def council(at: int, line_end: int) -> list[str]:
        found = ctx.mentions_in(at, line_end)
        if (len(found) != 1 or not _BULLET.fullmatch(ctx.text, at, found[0].start)
                or not _COUNCIL_LINE_REST.fullmatch(ctx.text, found[0].end, line_end)):
            return []
        return [found[0].name]

    return _bulleted(ctx, end, council)


def _bulleted_judgements(ctx: Context, end: int) -> list[Judgement]:
    """Judgements listed one a line after a colon that ends the grade's line ("these four
    areas were all rated inadequate:" and "• The impact of leaders ..." lines), up to the
    first line that names none."""
    def judgements(at: int, line_end: int) -> list[Judgement]:
        bullet = _BULLET.match(ctx.text, at, line_end)
        return [_judgement(j.group()) for j in _JUDGEMENT_PATTERN.finditer(ctx.text, bullet.end() if bullet else at, line_end)]

    return _bulleted(ctx, end, judgements)


#: A sentence that names the councils a count referred to: "They were", "These are", "They included".
_NAMING_LEAD: Final = timed(r"(?i:they|these|those|the\ councils|the\ authorities)\ (?i:were|are|include|included):?\ ")


def _next_subject_list(ctx: Context, at: int) -> list[str]:
    """The councils listed as the subject of the sentence after ``at``'s, when its
    predicate refers back to the grade ("Kent, Essex and Surrey all received the
    ratings", "Kent and Essex were among them"); the mirror of ``previous_subject_list``."""
    _, s_end = ctx.prepared.sentence_at(at)
    n_at = s_end
    while n_at < len(ctx.text) and ctx.text[n_at].isspace():
        n_at += 1
    if n_at >= len(ctx.text):
        return []
    n_start, n_end = ctx.prepared.sentence_at(n_at)
    if n_start < s_end:
        return []
    mentions = ctx.mentions_in(n_start, n_end)
    if not mentions:
        return []
    named = _NAMING_LEAD.fullmatch(ctx.text, n_start, mentions[0].start)  # "They were A, B and C."
    if not named and ctx.text[n_start : mentions[0].start].strip(" \t\n\"'\u2018\u201c"):
        return []
    listed = _chain(ctx, mentions)
    if not named and not _BACK_REFERENCE.match(ctx.text, listed[-1].end, n_end):
        return []
    return list(dict.fromkeys(x.name for x in listed))


def _named_by_count(ctx: Context, end: int, region_start: int, region_end: int) -> list[str]:
    """The councils that a count or class of councils given a grade (ending at ``end``)
    names after it: "The other three authorities graded inadequate are A, B and C", a
    list of lines after a colon, or the next sentence's subject ("A, B and C all received
    the ratings"). Nothing when the subject is no count or class of councils ("the two
    councils" is one too, when it names councils that follow)."""
    both = _BOTH.search(ctx.text, region_start, region_end) and not ctx.mentions_in(region_start, region_end)
    if not both and guard_councils_in_general(ctx, region_start, region_end) is None:
        return []
    return _after_list(ctx, end, _NAMED_LEAD) or _bulleted_after(ctx, end) or _next_subject_list(ctx, end)



def _referred_judgements(ctx: Context, start: int) -> list[Judgement]:
    """The judgements an anaphor at ``start`` refers back to ("... adoption and leadership
    ..., inspectors judging both areas", "Leadership was weak. This area requires ..."):
    those named earlier in its sentence, else in the sentence before."""
    s_start = ctx.prepared.sentence_at(start)[0]
    judgements = subject_judgements(ctx, s_start, start) if s_start < start else []
    if not judgements:
        prev_start, _ = ctx.prepared.sentence_at(max(0, s_start - 2))
        judgements = subject_judgements(ctx, prev_start, start)
    return judgements


def _ratings(
    m: regex.Match[str], ctx: Context, grade: Grade, *, current: bool = True, weak: bool = False
) -> Iterator[Rating]:
    """Ratings for each authority and judgement the clause around a grade names.

    ``weak`` rules (a bare copula, "needs improvement") need a subject that names
    services, a council or a judgement, and not an ordinary noun ("morale").
    """
    start = clause_start(ctx, m.start())
    region_end = m.start("object") + len(m.group("object")) if "object" in m.groupdict() and m.group("object") else m.start()
    prefix = ctx.text[max(start, m.start() - 120) : m.start()]
    region = ctx.text[start:region_end]
    span = m.span("grade") if m.groupdict().get("grade") else m.span()
    label = ctx.text[span[0] : span[0] + 80]
    if vetoed(ctx, *span, partial(guard_hypothetical, prefix, label), partial(guard_other_subject, region),
              partial(guard_bound, ctx, span[1]), partial(guard_rated_other_object, ctx, span[0]),
              partial(guard_other_rater, ctx, span[1]), partial(guard_grade_of_a_grade, ctx, span[0]),
              partial(guard_self_assessed, ctx, span[0]), partial(guard_set_aside, ctx, span[0]),
              partial(guard_scale, ctx, *span)):
        return
    region_judgements = subject_judgements(ctx, start, region_end)
    if not region_judgements and _AREA_ANAPHOR.match(region):
        # "This area requires improvement": the judgement named before it is the subject
        region_judgements = _referred_judgements(ctx, start)
    named_after = judgements_after(ctx, span[1])  # the grade's own: "... and requires improvement for help and protection"
    subject = region_judgements or named_after  # or after it: "..., while 'good' on care leavers"
    if weak and vetoed(ctx, *span, partial(guard_ordinary_subject, ctx, start, region_end, subject)):
        return
    listed = _after_list(ctx, m.end())
    if listed:
        also = ctx.mentions_in(start, region_end) if _ALSO_SUBJECT.match(region) else []
        authorities: list[str | None] = list(dict.fromkeys([*(a.name for a in also), *listed]))
    elif vetoed(ctx, *span, partial(guard_negated, ctx, start, region_end, m.start())):
        return
    elif named := _named_by_count(ctx, m.end(), start, region_end):
        authorities = list(named)  # "three councils were rated good. A, B and C all received the ratings"
    elif (PLURAL_SUBJECT.match(ctx.text, start, region_end) and not in_relative_of_council(ctx, start, m.start())
          and len(referred := previous_subject_list(ctx, start)) > 1):
        authorities = list(referred)  # "A, B and C were inspected. Each of the three authorities was rated good"
    elif vetoed(ctx, *span, partial(guard_councils_in_general, ctx, start, region_end),
                partial(guard_services_in_general, ctx, *span), partial(guard_share, ctx, *span),
                partial(guard_providers_referred_to, ctx, start, region_end)):
        return
    else:
        authorities = subject_authorities(ctx, start, region_end, m.start()) if not (
            plural := _plural_ratings_of(ctx, span[1], start, region_end)) else plural
    authorities = respective(ctx, span, authorities)  # "A and B were rated 'good' and 'inadequate'"
    authorities = list(dict.fromkeys([*authorities, *as_was_councils(ctx, m.end())]))  # "..., as was Camden"
    judgements: list[Judgement] = []
    if m.groupdict().get("judgement"):
        # "'good' for adoption and (for) care leavers": the named one and those joined to it
        judgements = [_judgement(m.group("judgement")), *_joined_after(ctx, m.end("judgement")), *areas_listed(ctx, m, "judgement"),
                      *as_was_judgements(ctx, m.end("judgement"))]  # "good for leadership, as was help and protection"
    # the grade's own list after it ("and 'good' in the fourth (help and protection)") before the subject's judgements
    judgements = judgements or named_after or _listed_after(ctx, m.end())
    if not judgements:  # the subject's, and one "as was" adds: "..., as was the support for care leavers"
        judgements = [*region_judgements, *as_was_judgements(ctx, m.end())] if region_judgements else []
    if not judgements and JUDGEMENT_AREAS.search(region):
        # "two of the five areas inspected were judged good - A and B", or one a line after a colon
        judgements = _listed_after(ctx, m.end(), _COUNTED_AREAS_LEAD) or _bulleted_judgements(ctx, m.end())
        if not judgements and vetoed(ctx, *span, partial(guard_some_areas, ctx, start, region_end)):
            return
    if not judgements and (_ANAPHOR.match(region) or _AREAS_ANAPHOR.search(region)):
        judgements = _referred_judgements(ctx, start)
    if m.groupdict().get("overall"):  # "'good' overall (in 2018), and for leadership": each, and the overall one
        judgements = list(dict.fromkeys(["overall", *judgements, *also_for(ctx, m.end()), *as_was_judgements(ctx, m.end())]))
    # "rated good, as was its leadership"; "... to 'good'. This is for all aspects of its work, including ..."
    judgements = judgements or ["overall", *as_was_judgements(ctx, m.end()), *all_areas_next(ctx, m.end())]
    if (_OVERALL_NOUN_BEFORE.search(ctx.text, max(start, m.start() - 50), m.start()) and "overall" not in judgements
            or gapped_overall(ctx, *span)):
        judgements = ["overall"]  # "given an overall rating of 'inadequate'", "(rated good for X) but inadequate overall"
    rivals = _sentence_grades(ctx, m)
    past = (m.groupdict().get("previous") or _PREVIOUS_WHEN.search(ctx.text, max(0, m.start() - 220), m.start())
            or _PREVIOUS_LABEL.search(ctx.text, max(0, m.start() - 20), m.start())
            or _said_of_the_past(ctx, m, max(start, m.start() - 60), max(ctx.prepared.sentence_at(m.end())[1], m.end()), rivals)
            or _history_before(ctx, span) or changed_from(ctx, span[0]))  # "(when it) dropped from 'good'"
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    stop = max(s_end, m.end())  # the sentence's earlier events, found once for all its grades
    events = ctx.memo(("ratings", "earlier-events", s_start, stop),
                      lambda: tuple(e.span() for e in _EARLIER_EVENT.finditer(ctx.text, s_start, stop)))
    other_events = [e for e in events if not (e[0] <= span[0] < e[1])]
    when = event_graded(ctx, *span, ctx.when_for(*_dated_span(m, rivals), rivals=[*rivals, *other_events], default_published=False))
    if when is None and (second := paired_span(ctx, span[1])) is not None:  # "'good' and 'inadequate' respectively in 2018"
        when = ctx.when_for(*second, rivals=[g for g in rivals if g != second], default_published=False)
    if when is None:  # "In 2010 inspectors rated X good and Y outstanding": the opening date, each clause's
        when = sentence_opening_date(ctx, s_start, span[0])
    if when is not None and claimed_by_a_later_grade(ctx, m, rivals, when):
        when = None  # "judged good, a change from 2012 when it was judged inadequate"
    # a grade in a when-clause after a year is that year's: "a turnaround from 2013, when it was rated inadequate"
    dated = YEAR_WHEN.search(ctx.text, max(ctx.prepared.sentence_at(m.start())[0], m.start() - 160), m.start())
    if dated is not None and not changed_from(ctx, span[0]):  # not the grade a change of that year left
        when = dated.group("year")
        past = past or (ctx.reference is not None and int(when) < ctx.reference.year)
    if not past and when is None and (before := earlier_inspection_before(ctx, m)) is not None:
        past, when = True, before  # "The last inspection was in May 2012. The council was judged good."
    if not past and when is None:
        when = inspection_before(ctx, m)  # "Ofsted inspected Kent in May 2017. Inspectors rated it good."
    earlier = earlier_inspection(ctx, m, when) if not past and when is not None else None
    if earlier == "since":
        when = None  # "since its previous inspection in 2016, Kent has been rated good"
    elif earlier == "at":
        past = True  # "In its previous inspection in 2012, Kent was rated adequate"
    same = same_grade_earlier(ctx, span[1], stop) if not past else None
    if same is not None:  # "rated good, the same rating it received in 2016": 2016's is an earlier grade
        when = None if when == same else when
        for authority in authorities:
            for judgement in judgements:
                yield Rating(authority=authority, grade=grade, judgement=judgement, when=same, current=False,
                             start=m.start(), end=m.end())
    if past:
        current = False
    more = listed_dates(ctx, span[1], when) if when is not None else []  # "in 2011, 2013 and 2015": one each
    for k, date in enumerate([when, *more]):
        for authority in authorities:
            for judgement in judgements:
                yield Rating(authority=authority, grade=grade, judgement=judgement, when=date,
                             current=current and k == len(more), start=m.start(), end=m.end())


def _sentence_grades(ctx: Context, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The spans of the grade words in the sentence of ``m``."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    stop = max(s_end, m.end())
    # the same for every grade of the sentence: found once
    spans = ctx.memo(("ratings", "sentence-grades", s_start, stop),
                     lambda: tuple(g.span() for g in _GRADE_PATTERN.finditer(ctx.text, s_start, stop)))
    return list(spans)


def _dated_span(m: regex.Match[str], grades: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """What a match's date is looked for around: the match, or only its grade when it
    holds another ("upgraded from the 'inadequate' awarded in 2013, to 'good'")."""
    if "grade" not in m.groupdict() or m.group("grade") is None:
        return m.span()
    own = m.span("grade")
    inner = any(m.start() <= a and b <= m.end() and not (a < own[1] and own[0] < b) for a, b in grades)
    return own if inner else m.span()


def _history_before(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether the words around a grade name it as history: "since being rated X", "after
    two X judgements"."""
    lo = max(0, span[0] - 80)
    if _SINCE_RATED.search(ctx.text, lo, span[0]):
        return True
    return bool(_COUNTED_BEFORE.search(ctx.text, lo, span[0]) and _COUNTED_AFTER.match(ctx.text, span[1]))


def _said_of_the_past(ctx: Context, m: regex.Match[str], lo: int, hi: int, grades: Sequence[tuple[int, int]]) -> bool:
    """Whether a past marker in ``[lo, hi)`` belongs to this match's grade: "previously"
    to the grade after it, "at its previous inspection" to the grade before it, either
    to the only grade on its other side when there is none ("rated 'good', up from
    'requires improvement' at its previous inspection": the marker is the second's)."""
    mine = [g for g in grades if m.start() <= g[0] and g[1] <= m.end()] or [m.span()]
    for marker in _PAST.finditer(ctx.text, lo, hi):
        after = [g for g in grades if g[0] >= marker.end()]
        before = [g for g in grades if g[1] <= marker.start()]
        if marker.group("after_event") and (not after or not [g for g in grades if g != after[0]]):
            # "rated good, two years after a damning report": an event, not the grade before, is past; "making
            # progress, 18 months after being rated inadequate": no other grade in the sentence, so still held
            continue
        if marker.group("forward"):
            owner = after[0] if after else before[-1] if before else None
        else:
            owner = before[-1] if before else after[0] if after else None
        if owner is None or owner in mine:
            return True
    return False

