"""Inspections: full, standard, short, SIF and ILACS inspections, monitoring visits
(with their ordinal), focused visits and joint targeted area inspections.

Besides the names of the events, the rules read the words that refer back to them: "a visit in May",
"Inspectors visited Halton's children's services on ...", "was last inspected in 2022", "a review conducted by
two of Ofsted's inspectors", "Ofsted's report", "the previous two, in 2010 and 2011". A bare visit takes the
kind of the nearest named kind of visit in the text (a monitoring or focused visit), else it is an inspection.

Generic mentions are not events: the future ("a further inspection", "will get a standard inspection"),
comparisons ("more like a full re-inspection"), and sentences about councils in general with no council named.

``_inspection_dating.finalise`` dates the mentions and merges coreferent ones: each date expression in a sentence
belongs to the nearest event word (so "a monitoring visit, the second since the last inspection in August 2014"
dates the inspection only); an undated mention of an event the text dates elsewhere takes that date ("the second
monitoring visit" ... "last month's visit"), a previous one ("the last inspection") the previous event's.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from .._timed import timed
from ..context import Context
from ..records import Framework, Inspection, InspectionKind
from ..rule import Rule
from ._common import COUNTED_COUNCILS, GENERIC_SUBJECT, OTHER_PROVIDER, OTHER_PROVIDER_AFTER, clause_end, clause_start
from ._event_future import future_event
from ._event_kinds import A_NEW_ONE, EARLIER_YEARS, VISIT_KINDS, build_earlier_years, kind_of, referred_kind, visit_back
from ._fragments import FRAMEWORK_WORDS, LISTS
from ._inspection_dating import VETO, WEAK
from ._inspection_lists import (
    as_was_councils,
    coordinated_years,
    earlier_subject,
    inspected_councils,
    listed_years,
    object_list,
    particular_plural,
    sentence_subject,
    subject_list,
)
from ._inspection_vetoes import ACTIVITY, COMPARISON, COUNTED_AFTER, EACH_BEFORE, EVERY_AFTER, ROUTINE_PLURAL, SEND
from ._visit_deeds import (
    ELLIPTIC_TRIGGERS,
    ELLIPTIC_VISIT,
    EXAMINED,
    FOCUSED_ON,
    counted_visit,
    elliptic_visit,
    focused_visit_to,
    gapped_councils,
    graded_or_weeks_long,
    inspectors_before,
    looked_at_a_service,
    ordinal_of,
    provider_told_before,
    services_object,
    visited_in_turn,
)

RULE_MONITORING: Final = "inspections.monitoring_visit"
RULE_FOCUSED: Final = "inspections.focused_visit"
RULE_JTAI: Final = "inspections.jtai"
RULE_INSPECTION: Final = "inspections.inspection"
RULE_VISIT: Final = "inspections.visit"
RULE_VISITED: Final = "inspections.visited"
RULE_INSPECTED: Final = "inspections.inspected"
RULE_CARRIED_OUT: Final = "inspections.carried_out_by"
RULE_REPORT: Final = "inspections.report"
RULE_EARLIER_YEARS: Final = "inspections.earlier_years"
RULE_EXAMINED: Final = "inspections.examined"

# -- fragments ----------------------------------------------------------------------

_ORDINAL = r"(?:(?P<ordinal>(?i:\L<ordinals>)|[1-9]\d?(?i:st|nd|rd|th))(?:\ and\ (?i:final|last))?\ )?"  # "second", "2nd", "eighth and final"
#: Words that may stand between a determiner and the event noun.
_ADJECTIVES = r"""(?:(?i:full|standard|short|fresh|latest|recent|most\ recent|last|previous|earlier|prior
    |new|unannounced|graded|single|one-week|two-week|three-week|two-day|week-long|initial|original|two|three|both
    |follow-up|return|further|next|future|subsequent|ofsted|inspectors'|ofsted's|\L<ordinals>|review
    |[2-9]|[1-9]\d?(?:st|nd|rd|th)|(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\ ){0,3}"""
_PLURAL = r"(?P<plural>s)?"
#: What an "inspection" is not when these follow: the regime, not an event.
_NOT_EVENT = r"""(?!\ (?i:running|in\ a\ row|in\ succession)\b)  # "(rated good for the third) inspection running": a count
    (?!\ ["'\u2018\u201c]?(?i:framework|regime|system|process|rating|grade|result|outcome|judgement|judgment|test
    |handbook|criteria|programme|cycle|methodology|model|arrangements|schedule|reform|rules|data|history|act
    |scheme|tool|approach|policy|guidance|category|landscape)s?\b)
    (?!,\ (?i:the\ )?(?:[\w-]+\ ){0,3}?(?i:framework|regime)\b)"""  # "a model of inspection, the new Inspection Framework"
#: The framework's name "Inspection of Local Authority Children's Services", title-cased.
_NOT_FRAMEWORK_NAME = r"""(?!\ of\ (?i:local\ authority\ children's\ services\ (?:framework|regime)
    |Local\ Authority(?<!\b(?i:a|an|its|their)\ (?:(?i:full|latest|recent|first|last|standard|short|ofsted)\ ){0,3}(?i:inspection)\ of\ Local\ Authority)))"""  # not "a full Inspection of Local ..."

_MONITORING = rf"""
    (?<!\w){_ORDINAL}(?:(?i:ofsted|latest|recent|last|most\ recent)\ )?(?i:monitoring\ (?:visit|letter|inspection|report)){_PLURAL}(?!\w)  # "second monitoring visit"
    (?:\ (?i:no\.?|number)\ (?P<number_after>[1-9]\d?)(?!\w))?  # "monitoring visit no. 2"
    (?:(?:\ (?i:carried\ out|conducted|undertaken|completed))?(?:\ (?i:to|of|at|in|on|earlier|last|this)\ [^.;\n]{{1,80}}?)?(?:,|\ [-\u2013\u2014]|,?\ (?i:which\ was|was|is))\ (?:(?i:the|its|their)\ )?(?:(?:[\w-]+\ ){{0,5}}?[\w-]+'s\ )?
    (?P<ordinal_after>(?i:\L<ordinals>))(?!\w)(?!\ (?i:council|authority|time|area|local)\b))?  # "a monitoring visit (to Kent), the (council's) second", "- the second", "was the second"
  | (?<!\w)(?:(?i:the|its|their)\ (?:[\w-]+'s\ )?|[\w-]+'s\ )(?P<ordinal>(?i:\L<ordinals>))\ such\ visit  # "the (council's) third such visit"
  | (?<!\w)(?i:the)\ (?P<ordinal>(?i:\L<ordinals>))\ of\ (?:(?i:the|its|their|up\ to\ \w+)\ |[\w-]+'s\ ){{0,2}}(?i:monitoring\ visits)(?!\w)  # "the second of (up to eight) monitoring visits"
"""
_FOCUSED = rf"(?<!\w)(?i:focus(?:s)?ed\ (?:visit|inspection)|focus\ visit){_PLURAL}(?!\w)"
_JTAI = rf"(?<!\w)(?:(?i:joint\ (?:target(?:ed)?\ area\ )?inspection){_PLURAL}(?!\w)|JTAI{_PLURAL}\b)"  # "a joint inspection"
_INSPECTION = rf"""
    (?<!\w)(?P<framework>ILACS|SIF)?\ ?{_ADJECTIVES}(?:(?i:ofsted)\ )?
    (?<!-)(?i:inspection|re-inspection|reinspection){_PLURAL}(?!\w){_NOT_EVENT}{_NOT_FRAMEWORK_NAME}  # not "post-inspection"
"""
#: A determiner or possessive that makes "visit" a particular visit.
_VISIT_LEAD = r"""(?:(?i:a|an|the|their|its|this|that|ofsted'?s|inspectors'|inspectors(?=\ (?:latest|last|recent|most\ recent|previous)\ )|the\ (?:inspectorate|watchdog|regulator)'s)
    |(?i:last|this)\ (?i:month|week|year)'s)\ """
#: Who inspects: "Ofsted", "inspectors", "the inspectorate", "the watchdog".
_INSPECTORATE = r"(?:(?i:ofsted|inspectors|inspectorate|watchdog|regulator)(?!\w)|HMI\b)"
_VISIT = rf"""
    (?<!\w){_VISIT_LEAD}{_ADJECTIVES}(?i:visit|re-visit|revisit){_PLURAL}(?!\w)
  | (?<!\w)(?i:its|their|the)\ (?i:previous|last|earlier|first|latest|most\ recent)\ one(?!\w)   # "its previous one, in 2012"
  | {ELLIPTIC_VISIT}
  | (?<!\w)(?<!(?i:home|family|social\ workers'|workers')\ ){_ADJECTIVES}(?i:visit|re-visit|revisit){_PLURAL}       # "visits by the inspectorate"
    (?=\ (?i:by|from)\ (?:(?i:the|a\ team\ of|a\ group\ of)\ )?{_INSPECTORATE})
"""
_VISITED = r"""
    (?<!\w)(?i:inspectors|ofsted(?:\ team)?|the\ inspectorate|HMI)(?:,?\ (?i:who|which))?   # "Inspectors(,) who visited for two weeks"
    \ (?:(?i:have|had|has)\ )?(?:(?i:\w+ly|last|first|again)\ )?(?i:visited|revisited|re-visited)(?!\w)
  | (?<!\w)(?i:was|were|been|being)\ (?:(?i:last|first|again|recently|most\ recently)\ )?(?i:visited|revisited|re-visited)  # "were visited by Ofsted"
    \ by\ (?:(?i:the|a\ team\ of|a\ group\ of)\ )?(?:(?i:\L<number_words>|\d{1,2})\ )?(?:(?i:ofsted)\ )?(?i:ofsted|inspectors|inspectorate|watchdog|regulator|HMI)(?!\w)
  | (?<!\w)(?i:inspectors|ofsted|the\ inspectorate|HMI)(?:\ (?i:who))?\ (?i:spent)\ (?:[\w-]+\ ){1,3}?(?i:visiting|inspecting|in|at|with)(?!\w)  # "spent two weeks visiting"
  | (?<!\w)(?i:inspectors|ofsted|the\ inspectorate|HMI)(?:,?\ (?i:who|which))?\ (?:(?i:last|first|again|then|later)\ )?   # "Inspectors returned to", "when Ofsted last came to", "arrived in"
    (?P<moved>(?i:returned|came\ back|went\ back|came|went|arrived))(?:\ (?i:to|into|in|at))?(?!\w)
  | (?<=\b(?i:when|after|once|until|before)\ )(?P<they>(?i:they))\ (?:(?i:last|later|then)\ )?(?P<moved>(?i:returned|came\ back|went\ back))(?:\ (?i:to|in))?(?!\w)  # "(inspectors ...) when they returned in 2019"
  | (?<!\w)(?i:ofsted\ )?(?i:inspectors)(?:\ (?i:from)\ (?i:ofsted|the\ inspectorate))?\ (?P<moved>(?i:were|have\ been|had\ been)
    \ (?:(?i:back|on\ site)\ )?(?i:in|at))(?!\w)                                              # "Inspectors (from Ofsted) were in Leeds"
  | (?<!\w)(?i:after|following|when|while|before)\ (?P<moved>(?P<gerund>(?i:inspecting|visiting)))(?!\w)  # "(rated Kent good) after inspecting the council"
  | (?<!\w)(?:(?i:ofsted)(?:'s)?\ )?(?i:inspectors|ofsted|the\ inspectorate|the\ watchdog)\ (?:(?i:had|have|has)\ )?  # "Inspectors found in May (that ...)"
    (?P<found>(?i:found|uncovered|identified|discovered|concluded|noted))(?=\ (?i:in|during|last|earlier|on)\b)
  | (?<=(?:^|[.!?]\ |\n)(?i:in|during|last|earlier)\ [^,.;:\n]{1,30},\ )(?:(?i:ofsted)(?:'s)?\ )?                 # "In May, inspectors found"
    (?i:inspectors|ofsted|the\ inspectorate|the\ watchdog)\ (?P<found>(?i:found|uncovered|identified|discovered|concluded|noted))(?!\w)
  | (?<!\w)(?i:when|after|once)\ (?:(?i:ofsted)(?:'s)?\ )?(?i:inspectors|ofsted)\ (?:(?i:had)\ )?         # "(in 2015,) when inspectors found failings"
    (?:(?i:found|uncovered|identified|discovered)|(?P<graded>(?i:branded|rated|judged|graded|declared)))(?!\w)  # "... branded it inadequate"
"""
_INSPECTED = r"""
    (?:(?<!\w)(?:(?i:was|(?P<were>were|are)|been|being|is|when|since|(?<=\b(?:first|only)\ (?:[\w-]+\ ){0,2}?to\ )be)  # "the first (council) to be inspected"
    |(?i:ofsted|inspectors)(?:\ (?i:has|have|had))?|(?i:they)(?=\ (?:\w+\ )?inspected\b)  # "Ofsted has inspected", "when they inspected"
    |(?i:had|has|have|having)\ (?i:its|their)\ (?:[\w'-]+\ ){0,3}?(?i:services|department|provision))  # "had its children's services inspected"
    |(?<=\w),(?=\ (?:\w+\ )?inspected\ (?:(?i:separately|again|fully)\ )?(?i:in|on|by|last|early|late|under)\b)  # "The council, inspected in May 2018,", "..., inspected under the new framework in the spring,"
    |(?<=(?i:rated|judged|graded)\ [^.;!?\n]{1,80}?)\ (?i:and)(?=\ (?:(?i:again|last|then|later)\ )?(?:re-?)?inspected\ (?:(?i:again)\ )?(?i:in|on|last)\b)  # "rated good in 2014 and inspected again in 2019"
    |(?<!\w)(?P<councils>(?i:councils|authorities|local\ authorities|areas)))                         # "(among) the councils inspected in 2018"
    \ (?:(?i:last|previously|first|most\ recently|recently|fully|each|both|all|again|also|then|later)\ ){0,2}
    (?i:inspected|re-inspected|reinspected)(?!\w)                     # "was last (fully) inspected", "Ofsted inspected"
  | (?:(?<=^|[.!?]\ |\n)(?:(?:Last|First)\ (?:re-?)?inspected|Inspected|Re-inspected)(?=\ (?i:in|on|during|between|last)\b))  # "Inspected in May, Kent was rated good"
  | (?<=\()(?:(?i:last|first)\ )?(?i:inspected|re-inspected)(?=\ (?:(?i:in)\ )?(?:[A-Z][a-z]+\ )?(?:19|20)\d\d\))  # "Kent - good (inspected June 2023)"
"""
_CARRIED_OUT = r"""
    (?<!\w)(?i:examination|assessment|review|scrutiny|inspection)\ (?:\w+\ )?(?i:carried\ out|conducted|undertaken)
    \ by\ (?:[\w']+\ ){0,4}?(?i:inspectors|ofsted)(?!\w)
"""
_REPORT = r"""
    (?<!\w)(?i:ofsted)(?:'s)?\ (?:(?i:latest|new|damning|critical|scathing|full|inspection|highly)\ ){0,2}(?i:report)(?!s|\w)
  | (?<!\w)(?i:report)\ (?:[\w']+\ ){0,3}?by\ (?:[\w']+\ ){0,3}?(?i:ofsted|inspectors)(?!\w)
"""

# -- what the builders test -------------------------------------------------------------

#: Words just before "inspection" that make it another kind: "joint targeted area inspection".
_OTHER_KIND_BEFORE: Final = timed(r"(?i:joint|target(?:ed)?|area|monitoring|focus|focused|\bsend|school|academy|nursery|\bmock|\bpeer|\bpractice|\bdummy|\brehearsal|\btrial)\W*$")  # "a mock inspection"
_EVENT_CONTEXT: Final = timed(r"(?i:inspect|ofsted|watchdog|regulator|\bHMI\b|rated|rating|judge|found|report|finding)")
#: What a focused visit's clause says: "... in March focused on care leavers".
#: A grade attached to a bare visit, which makes it an inspection (monitoring and focused
#: visits give no grade): after it, a clause of its own ("their previous visit in 2015,
#: when services were judged good"); before it, the rating it led to ("rated good
#: following a visit by inspectors").
_GRADED_AFTER: Final = timed(
    r"""(?:\ (?:in|on|during)\ [^,;.()\u2013\u2014]{1,30}?)?\ ?(?:,|\ -|\ \u2013|\ \u2014|\ \()\ ?
    (?i:when|at\ which|after\ which|in\ which|where)\ [^.;]{0,40}?\b(?i:rated|judged|graded|found\ to\ be)\ (?:(?i:as)\ )?
    [\"'\u2018\u201c]?(?i:\L<grades>)(?!\w)""",
    regex.VERBOSE,
    grades=LISTS["grades"],
)
_GRADED_BEFORE: Final = timed(
    r"""(?:(?i:rated|judged|graded)\ (?:(?i:as)\ )?|(?i:now|remains?|remained|still)\ )[\"'\u2018\u201c]?(?i:\L<grades>)[\"'\u2019\u201d]?
    (?:\ (?i:rating|grade|judgement))?\ (?i:following|after|at|in)\ $""",
    regex.VERBOSE,
    grades=LISTS["grades"],
)
#: Visits counted since an inadequate judgement, which monitoring visits follow: "(has
#: visited Kent) five times since the council was judged inadequate".
_SINCE_INADEQUATE: Final = timed(
    r"""[^.;]{0,80}?\b(?:(?:[2-9]|\d\d|\L<number_words>)\ times|(?i:twice))\ (?i:since)\ [^.;]{0,40}?
    \b(?i:rated|judged|found\ to\ be|graded)\ (?:(?i:as)\ )?[\"'\u2018\u201c]?(?i:inadequate)\b""",
    regex.VERBOSE,
    number_words=LISTS["number_words"],
)
_FRAMEWORK_NEAR: Final = timed(FRAMEWORK_WORDS)
#: How far to look for the kind of visit a bare "visit" is.
_KIND_WINDOW: Final = 5000


def _framework(ctx: Context, start: int, end: int) -> Framework | None:
    s_start, s_end = ctx.prepared.sentence_at(start)
    return ctx.memo(("inspections.framework", s_start, max(s_end, end)), lambda: _sentence_framework(ctx, s_start, max(s_end, end)))


def _sentence_framework(ctx: Context, start: int, end: int) -> Framework | None:
    m = _FRAMEWORK_NEAR.search(ctx.text, start, end)
    if m is None:
        return None
    return "SIF" if m.group("sif") else "ILACS"


def guard_no_event(m: regex.Match[str], ctx: Context) -> str | None:
    """Why a mention is no particular event, if it is not: a comparison, a negation or
    a kind of inspection ("more like X than Y", "has never had a full inspection", "one
    area of inspection"), the future, a schedule or every council's event ("every four
    years", "each authority's first inspection"), a local area SEND inspection, another
    provider's inspection, a count of councils, or councils in general with no council
    named in the sentence."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    before = ctx.text[max(s_start, m.start() - 60) : m.start()]
    if COMPARISON.search(before):
        return "a comparison, a negation or a kind of inspection, not an event"
    if (ROUTINE_PLURAL if _is_plural(m) else ACTIVITY).search(before):  # "welcomed robust inspection", "routine inspections"
        return "inspection as an activity, not an event"
    if future_event(ctx, m.start(), m.end()):  # not "by the time of its next inspection, in July 2022"
        return "a future event"
    if EVERY_AFTER.match(ctx.text, m.end(), max(s_end, m.end())) or EACH_BEFORE.search(before):
        return "a recurring event or every council's, not one event"
    # a school's or a home's inspection ("A school in Kent was inspected", "inspected a
    # primary school", "an inspection of a children's home"); a count of councils as subject
    others = ctx.memo(("inspections.others", s_start, s_end), lambda: _other_subjects(ctx, s_start, s_end))
    c_start = clause_start(ctx, m.start())
    if SEND.search(ctx.text, c_start, max(m.end(), clause_end(ctx, m.end()))):  # "a joint inspection of SEND provision"
        return "a local area SEND inspection, not of children's services"
    after = max(s_end, m.end())
    if (any(c_start <= a and b <= m.start() for a, b in others) or OTHER_PROVIDER_AFTER.match(ctx.text, m.end(), after)
            or COUNTED_AFTER.match(ctx.text, m.end(), after)):
        return "another provider's inspection, or a count of councils"
    if ctx.mentions_in(s_start, max(s_end, m.end())):
        return None
    # where the sentence names councils in general, looked for once per sentence;
    # "the inspections" of the councils an earlier sentence has as its subject are theirs
    ends = ctx.memo(("inspections.generic", s_start, s_end), lambda: _generic_ends(ctx, s_start, s_end))
    if not ends or ends[0] > m.start():
        return None
    if _is_plural(m) and _DEFINITE_PLURAL.search(ctx.text, max(s_start, m.start() - 40), m.end()) and earlier_subject(ctx, s_start):
        return None
    return "councils in general"


def _other_subjects(ctx: Context, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Where a sentence names another provider or a count of councils (once per sentence)."""
    spans = [m.span() for m in OTHER_PROVIDER.finditer(ctx.text, start, end)]
    spans += [m.span() for m in COUNTED_COUNCILS.finditer(ctx.text, start, end)]
    return tuple(sorted(spans))


def _generic_ends(ctx: Context, start: int, end: int) -> tuple[int, ...]:
    """Where the sentence's words for councils in general end, but for councils set
    against the one the text is about ("left to work for other local authorities") and
    "those of" someone ("those of my cabinet"), which are no subject of an event."""
    return tuple(g.end() for g in GENERIC_SUBJECT.finditer(ctx.text, start, end)
                 if not _NOT_GENERIC_BEFORE.search(ctx.text, max(start, g.start() - 30), g.start())
                 and not _NOT_GENERIC_AFTER.match(ctx.text, g.end(), end))


#: Before a word for councils: other councils as an object ("work for other local authorities").
_NOT_GENERIC_BEFORE: Final = timed(r"(?i:\b(?:for|to|with|from|than|among|by|like|as)\ (?:(?:the|many|some|all)\ )?other\ $)")
#: After "those" or "others": whose they are ("those of my cabinet").
_NOT_GENERIC_AFTER: Final = timed(r"(?<=(?i:those|others))\ of\b")


def _authorities(m: regex.Match[str], ctx: Context) -> list[str | None]:
    """The authorities a mention is about: each of a list after a plural ("inspections
    of Bolton, Coventry and Essex"), each of the list that is its sentence's subject
    ("Bolton and Essex were rated good following visits by the inspectorate"), else the
    one attribution gives. A plural with no council named in its sentence is events in
    general, unless it names particular events: a definite plural refers back to the
    councils an earlier sentence has as its subject ("Bolton and Essex were rated good.
    The inspections took place in May"), particular ones (``particular_plural``: "seven
    monitoring visits", "the inspections in 2014") to the council the text is about,
    unless the sentence speaks of the nation."""
    if not _is_plural(m):
        return [ctx.authority_for(m.start(), m.end())]
    listed = list(dict.fromkeys(x.name for x in ctx.mentions_in(m.end(), clause_end(ctx, m.end()))))
    if len(listed) > 1:
        return list(listed)
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if ctx.mentions_in(s_start, max(s_end, m.end())):
        subject = sentence_subject(ctx, s_start, m.start())
        return list(subject) if subject else [ctx.authority_for(m.start(), m.end())]
    definite = _DEFINITE_PLURAL.search(ctx.text, max(s_start, m.start() - 40), m.end()) is not None
    if definite:
        earlier = earlier_subject(ctx, s_start)
        if earlier:
            return list(earlier)
    if particular_plural(m, ctx, (s_start, s_end), definite=definite) and not _in_general(ctx, s_start, s_end):
        authority = ctx.authority_for(m.start(), m.end())
        return [authority] if authority is not None else []
    return []


def _in_general(ctx: Context, s_start: int, s_end: int) -> bool:
    """Whether a sentence speaks of the nation or of councils in general."""
    return bool(_NATION.search(ctx.text, s_start, s_end) or _generic_ends(ctx, s_start, s_end))


def _is_plural(m: regex.Match[str]) -> bool:
    return "plural" in m.re.groupindex and bool(m.group("plural"))


#: A plural that names particular events: "the inspections", "these two visits" (the
#: last word is the mention's own noun); "the number of inspections" is no such plural.
_DEFINITE_PLURAL: Final = timed(r"(?i:\b(?:the|these|those|both)\ (?:(?!of\ )[\w'-]+\ ){0,3}[\w-]+s$)")
#: Words of a sentence about the nation's events, not a council's.
_NATION: Final = timed(r"(?i:\b(?:nationally|nationwide|across\ (?:England|the\ country)|in\ England|national)\b)")
def _records(m: regex.Match[str], ctx: Context, kind: InspectionKind, ordinal: int | None = None) -> list[Inspection]:
    reason = guard_no_event(m, ctx) or provider_told_before(ctx, m.start())
    if reason is not None:
        ctx.note_veto(m.start(), m.end(), VETO, reason)
        return []
    framework = _framework(ctx, m.start(), m.end())
    made = [Inspection(authority=a, kind=kind, when=None, ordinal=ordinal, framework=framework, start=m.start(), end=m.end())
            for a in _authorities(m, ctx)]
    years = listed_years(m, ctx) if _is_plural(m) and len(made) == 1 else []  # "the 2015 and 2019 inspections": one event each
    return [attrs.evolve(made[0], when=w) for w in years] if years else made


def _visit_kind(ctx: Context, start: int, end: int) -> InspectionKind:
    """A visit whose clause says what it focused on is a focused visit; a graded one an
    inspection; one counted since an inadequate judgement a monitoring visit; else the kind of the nearest named visit (before first, then
    after, unless that one is introduced as a new event: "A joint targeted area inspection ..."), else inspection."""
    if FOCUSED_ON.search(ctx.text, end, max(end, clause_end(ctx, end))):
        return "focused_visit"
    s_start, s_end = ctx.prepared.sentence_at(start)
    if _GRADED_AFTER.match(ctx.text, end, max(end, s_end)) or _GRADED_BEFORE.search(ctx.text, max(s_start, start - 60), start):
        return "inspection"
    if _SINCE_INADEQUATE.match(ctx.text, end, max(end, clause_end(ctx, end))):
        return "monitoring_visit"
    if graded_or_weeks_long(ctx, start, end):  # "Inspectors who visited in May rated it good", "spent two weeks"
        return "inspection"
    earlier = list(VISIT_KINDS.finditer(ctx.text, max(0, start - _KIND_WINDOW), start))
    found = earlier[-1] if earlier else VISIT_KINDS.search(ctx.text, end, end + _KIND_WINDOW)
    if found is None or not earlier and A_NEW_ONE.search(ctx.text, max(0, found.start() - 8), found.start()):
        # no kind named nearby: inspectors looking at one service in its sentence made a focused visit
        return "focused_visit" if looked_at_a_service(ctx, end, s_start, s_end) else "inspection"
    return kind_of(found)


# -- builders ---------------------------------------------------------------------------


def _build_monitoring(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    word = m.group("ordinal") or m.group("ordinal_after") or m.group("number_after")
    return _records(m, ctx, "monitoring_visit", ordinal_of(word) if word else None)


def _build_focused(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    return _records(m, ctx, "focused_visit")


def _build_jtai(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    return _records(m, ctx, "jtai")


def _build_inspection(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    if _OTHER_KIND_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return []
    return _records(m, ctx, referred_kind(ctx, m.start(), m.end()) or "inspection")  # "the JTAI ... the inspection"


def _build_visit(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    if m.group("elliptic"):  # "Six monitoring visits followed. The first, in May, ...": one of them, if counted just before
        told = elliptic_visit(ctx, m)
        return [attrs.evolve(r, when=told[2]) for r in _records(m, ctx, *told[:2])] if told else []
    s_start, s_end = ctx.prepared.sentence_at(m.start())  # "... visit to Kent. The visit was carried out on ...": back
    back, series = visit_back(ctx, m.start(), s_start)  # "The first visit, in December 2022, ...": of a series told before
    graded = _GRADED_BEFORE.search(ctx.text, max(s_start, m.start() - 60), m.start())  # "now good following a visit"
    if not (back or graded or _EVENT_CONTEXT.search(ctx.text, s_start, max(s_end, m.end())) or focused_visit_to(ctx, m.end())):
        return []  # a visit with no inspector in sight is someone else's
    kind = "monitoring_visit" if series == "monitoring_visit" else _visit_kind(ctx, m.start(), m.end())
    return _records(m, ctx, *counted_visit(m.group(), kind))


def _build_examined(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    """Only of the council or its services as the verb's object ("assessed Kent's
    children's services"), not of records or data examined during a visit."""
    if m.group("verb") and not services_object(ctx, m.end()):
        return []
    if _VISIT_IN_SENTENCE.search(ctx.text, *ctx.prepared.sentence_at(m.start())):
        return []  # "During a visit in May, inspectors examined ...": the visit's own work, no event besides
    return _records(m, ctx, "inspection")


#: A visit named in a sentence, whose work a verb of examining there tells.
_VISIT_IN_SENTENCE: Final = timed(r"(?i:\bvisit(?:ed)?\b)")


#: A span of time before "after": "(the grade came) three years (after inspectors had judged)".
_SPAN_BEFORE: Final = timed(r"(?i:\b(?:years?|months?|weeks?|decades?)\ $)")
#: The present passive of habit: "(services) are inspected (separately)", "is inspected".
_HABITUAL: Final = timed(r"(?i:(?:is|are|(?<!(?:after|since|before|following|on|upon|from|when|until|of)\ )being)\ (?:\w+\ )?(?:inspected|re-inspected|reinspected)$)")  # "Nobody enjoys being inspected"
#: What follows the inspectorate's coming or returning when it is a visit: a council
#: ("returned to Kent", "came to the council") or a date ("returned in May").
_MOVED_TO: Final = timed(
    r"\ (?:(?i:the|its|their)\ )?(?i:council|authority|local\ authority|borough|county|city|town|district|area)\b"
    r"|\ (?i:the\ council's|the\ authority's|its|their)\ (?i:children's\ )?(?i:services|social\ care)\b"
)


def _build_visited(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    if m.group("found"):  # the inspectorate's finding dated: an inspection then ("Inspectors found in May that")
        return _records(m, ctx, _visit_kind(ctx, m.start(), m.end())) if _finding_dated(m, ctx) else []
    gerund = m.group("gerund")
    if m.group("they") and not inspectors_before(ctx, m.start()):
        return []  # "they" the inspectors only when its sentence named them before
    if gerund and not _EVENT_CONTEXT.search(ctx.text, *ctx.prepared.sentence_at(m.start())):
        return []  # "after visiting Kent, the minister said": no inspector in sight
    if m.group("graded") and m.group().lower().startswith("after") and _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return []  # "three years after inspectors had judged it good": placed only by its distance from another event
    graded = (gerund and gerund.lower() == "inspecting") or m.group("graded")  # only an inspection grades
    kind = "inspection" if graded else _visit_kind(ctx, m.start(), m.end())
    made = _records(m, ctx, kind)
    listed = subject_list(ctx, m.start()) if made and m.group().lower().startswith("were ") else []
    if len(listed) > 1:  # "Kent and Surrey were visited by Ofsted": one event each
        return [attrs.evolve(made[0], authority=name) for name in listed]
    if not m.group("moved"):  # "visited Kent in May and Surrey in June": one event each, its own date
        turns = visited_in_turn(ctx, m.end()) if made and not gerund else []
        listed = object_list(ctx, m.end()) if made and not turns else []  # "visited Kent, Surrey and Essex"
        return ([attrs.evolve(made[0], authority=a, when=w) for a, w in turns]
                or [attrs.evolve(made[0], authority=a) for a in listed if len(listed) > 1] or made)
    to = _moved_to(m, ctx)  # the evidence runs to the council gone to, whose date follows it
    return [attrs.evolve(r, end=to) for r in made] if to is not None else []  # not "came to the view that"


def _finding_dated(m: regex.Match[str], ctx: Context) -> bool:
    """Whether a date stands right after the inspectorate's finding ("found in May 2018",
    "found last year") or opens its sentence before it ("In May, inspectors found")."""
    after = ctx.dates_in(m.end(), m.end() + 30)
    if after and after[0].value is not None and ctx.text[m.end() : after[0].start].strip(" ").lower() in ("", "in", "during", "on"):
        return True
    s_start, _ = ctx.prepared.sentence_at(m.start())
    before = ctx.dates_in(s_start, m.start())
    return bool(before) and before[0].value is not None and ctx.text[s_start : before[0].start].strip(" ").lower() in ("in", "during", "")


def _moved_to(m: regex.Match[str], ctx: Context) -> int | None:
    """Where the council the inspectorate came or returned to ends ("returned to Kent",
    "came to the council"), or the match's end if a date follows ("came back in May
    2019"); None if neither."""
    after = ctx.mentions_in(m.end(), m.end() + 80)[:1]
    if after and ctx.text[m.end() : after[0].start].strip(" ").lower() in ("", "the"):
        return after[0].end
    dates = ctx.dates_in(m.end(), m.end() + 30)
    if dates and ctx.text[m.end() : dates[0].start].strip(" ").lower() in ("", "in", "on", "last", "this"):
        return m.end()
    to = _MOVED_TO.match(ctx.text, m.end())
    return to.end() if to else None


def _build_plain(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    made = _records(m, ctx, "inspection")
    if made and m.groupdict().get("were"):  # "Surrey and Devon were each inspected": one event each
        listed = subject_list(ctx, m.start())
        if len(listed) > 1:
            return [attrs.evolve(made[0], authority=name) for name in listed]
    return made


def _build_inspected(m: regex.Match[str], ctx: Context) -> list[Inspection]:
    if _HABITUAL.match(ctx.text, m.start(), m.end()) and not any("," not in ctx.text[m.end() : d.start] for d in ctx.dates_in(m.end(), m.end() + 24)):
        return []  # "which are inspected separately": what happens, not an event ("is inspected in May" is one)
    if m.group("councils"):  # "Kent and Surrey were among the councils inspected": one event each
        made = _records(m, ctx, "inspection")[:1]
        return [attrs.evolve(made[0], authority=name) for name in inspected_councils(m, ctx)] if made else []
    made = _build_plain(m, ctx)
    years = coordinated_years(m, ctx) if len(made) == 1 else []
    if len(years) > 1:  # "inspected Kent in 2015 and again in 2018": one event each
        return [attrs.evolve(made[0], when=when) for when in years]
    if len(made) == 1 and not m.groupdict().get("were"):  # "Ofsted inspected Bury, Wigan and Kent": one event each
        listed = object_list(ctx, m.end())
        if len(listed) > 1:
            return [attrs.evolve(made[0], authority=name) for name in listed]
    gapped = gapped_councils(ctx, m.end()) if len(made) == 1 else []  # "Halton was inspected in March and Trafford in June"
    added = [a for a in as_was_councils(ctx, m.end()) if a != made[0].authority] if len(made) == 1 and not gapped else []
    return made + [attrs.evolve(made[0], authority=a, when=w) for a, w in gapped] + [attrs.evolve(made[0], authority=a) for a in added]


RULES: Final = (
    Rule(name=RULE_MONITORING, kind="inspections", pattern=_MONITORING, build=_build_monitoring, lists=LISTS, triggers=("monitoring", "such visit"), scope="sentence", word_start=True),
    Rule(name=RULE_FOCUSED, kind="inspections", pattern=_FOCUSED, build=_build_focused, triggers=("focus",), scope="sentence"),
    Rule(name=RULE_JTAI, kind="inspections", pattern=_JTAI, build=_build_jtai, triggers=("jtai", "joint target", "joint inspection"), scope="sentence"),
    Rule(name=RULE_INSPECTION, kind="inspections", pattern=_INSPECTION, build=_build_inspection, lists=LISTS, triggers=("inspection",), scope="sentence"),
    Rule(name=RULE_VISIT, kind="inspections", pattern=_VISIT, build=_build_visit, lists=LISTS, triggers=("visit", " one", *ELLIPTIC_TRIGGERS), scope="sentence"),
    Rule(name=RULE_VISITED, kind="inspections", pattern=_VISITED, build=_build_visited, lists=LISTS, triggers=("visited", "spent", "returned", "came", "went", "inspecting", "visiting", "inspectors were", "inspectors from",
             "inspectors have been", "inspectors had been", "found", "uncovered", "identified", "discovered", "concluded", "noted",
             "branded", "rated", "judged", "graded", "declared"), scope="sentence"),
    Rule(name=RULE_INSPECTED, kind="inspections", pattern=_INSPECTED, build=_build_inspected, triggers=("inspected",), scope="sentence"),
    Rule(name=RULE_CARRIED_OUT, kind="inspections", pattern=_CARRIED_OUT, build=_build_plain, triggers=("carried out", "conducted", "undertaken"), scope="sentence", word_start=True),
    Rule(name=RULE_REPORT, kind="inspections", pattern=_REPORT, build=_build_plain, triggers=("report",), scope="sentence", tags=(WEAK,), word_start=True),
    Rule(name=RULE_EXAMINED, kind="inspections", pattern=EXAMINED, build=_build_examined, triggers=("assessed", "examined", "evaluated", "scrutinised", "reviewed", "check"), scope="sentence", word_start=True),
    Rule(name=RULE_EARLIER_YEARS, kind="inspections", pattern=EARLIER_YEARS, build=build_earlier_years, triggers=("previous", "earlier", "prior", "last"), scope="sentence", word_start=True),
)
