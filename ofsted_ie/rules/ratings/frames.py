"""Frames: the prose patterns that mention a grade, and their builders.

Verb frames ("rated 'good'", "judged to be inadequate overall", "rated children's
services in X as good"), rating nouns ("received a rating of 'good'", "an
'inadequate' judgment", "its lowest rating"), states ("are now 'good'", "remains
inadequate") and transitions ("from 'inadequate' to 'good'", "no longer
'inadequate'", "downgraded to inadequate"). Builders ask the guards, then
``attribution`` for whose the grade is.
"""

from __future__ import annotations

from functools import partial
from typing import Final

import attrs
import regex

from ..._timed import timed
from ..._vocab import EXTREMES, FOUND_VERBS, RATED_VERBS
from ...context import Context
from ...records import Grade, Rating
from .._common import grade_of
from .._fragments import GAP, GRADE, Q, alternation
from .._tables import cell_at
from .attribution import _ratings, _sentence_grades
from .dating import sentence_opening_date
from .fragments import (
    _DAY_MONTH,
    _JUDGEMENT_AFTER,
    _JUDGEMENT_PATTERN,
    _OVERALL,
    _RATED_VERB,
    _RATING_NOUN,
    _judgement,
)
from .guards import (
    guard_hope,
    guard_label_adjective,
    guard_no_council_named,
    guard_no_dated_lead,
    guard_no_rated_lead,
    guard_not_annual,
    vetoed,
)
from .objects import guard_object_not_council
from .scale import guard_alternatives, guard_range

#: Rated verbs that take the council as object before the grade: "rated Kent outstanding".
_OBJECT_RATED_VERBS: Final = (*(v for v in RATED_VERBS if v not in ("re-rated", "awarded", "assessed as", "found to be")), "considered")

_RATED = rf"""
    (?<!\w){_RATED_VERB}\ (?:(?i:it|them)\ )?(?:(?i:as|now|still|again|being|to\ be)\ ){{0,3}}  # "rated (it) as", "judged to be"
    (?:(?i:(?:receiving|providing|delivering|offering)|to\ (?:receive|provide|deliver|offer))\ (?:(?i:an?)\ )?
       (?={Q}(?i:\L<grades>){Q}\ (?i:services?|support|help|care|provision)\b))?     # "judged to be receiving good services"
    (?:(?P<object>(?!(?i:\L<grades>)\b){GAP})\ as\ )?                                               # "rated services in X as"
    {Q}(?:(?i:overall)\ )?{GRADE}{Q}{_OVERALL}
    (?:\ (?i:the|its)\ (?P<judgement>(?i:\L<judgements>))(?!\w)|{_JUDGEMENT_AFTER})  # "as 'good' the (shifted) adoption service"
"""
#: "Inspectors found Leeds to be good": the object must name a council or its services
#: (not a clause, "found that ...", nor a grade, "found to require improvement to be good").
#: The object of "found ... to be": no grade of its own ("judged good, and inspectors found Bury's services to be ...").
_FOUND_OBJECT = r"(?P<object>(?!(?i:that|to)\b)(?:(?!(?i:improvement)\b)(?!(?<!\w)(?i:\L<grades>)(?!\w))[^.!?\n]){1,200}?)"
_FOUND_TO_BE = rf"""
    (?<!\w)(?i:{alternation(FOUND_VERBS)})\ {_FOUND_OBJECT},?\ (?i:to\ be)\ {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
"""  # a long object set off by commas: "judged the impact of leaders, long a weakness, and ..., to be good"
#: "Ofsted rated Essex County Council outstanding": the grade straight after the object,
#: ending the clause or followed by what qualifies it ("across all areas", "in 2019").
_RATED_OBJECT = rf"""
    (?<!\w)(?i:{alternation(_OBJECT_RATED_VERBS)})
    \ (?P<object>(?!(?i:that|to|as|it|them|now|still|again|being|also|very|highly|more|less|most|overall)\b)[^.!?\n";:'(]
    (?:[^.!?\n";:(]|(?<=\bSt)\.){{0,159}}?)                   # "St." abbreviates within a name
    \ (?:(?i:all|both)\ )?{Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}   # "rated A, B and C all outstanding"
    (?=[.,;:!?)\n"]|$|\ (?i:for|in|across|overall|by|after|following|and|at|last|this|on|when|with|since|under|again|once)\b
      |(?(judgement)\ (?:(?i:services?|performance|work|support|teams?)\b|\([A-Z]{{2,6}}\))|(?!)))  # "for adoption services", "(LSCB)"
"""
#: A grade as a compound adjective or in apposition: "outstanding-rated Kent", "the
#: 'inadequate'-rated council in Sandwell", "Kent, an outstanding authority,".
_GRADE_RATED = rf"""
    (?<![\w-]){Q}{GRADE}{Q}-(?i:rated|graded)(?=\ (?:(?i:the)\ )?\p{{Lu}}|\ (?i:council|authority|local\ authority|children's\ services|department|service)\b)
  | (?<=\p{{Ll}},\ )(?i:an?)\ {GRADE}(?:-(?i:rated))?\ (?i:council|authority|local\ authority)(?=,)
"""
_GRADE_RATED_TRIGGERS: Final = ("-rated", "-graded", "authority,", "council,")
_EXTREME = rf"""
    (?<!\w)(?:(?i:Ofsted's|its|the|their|a)\ )(?P<second>(?i:second)[ -])?(?P<extreme>(?i:{alternation(EXTREMES)}))
    (?:(?:\ (?i:possible))?\ (?:(?i:possible|ofsted)\ )?(?:{_RATING_NOUN}|(?i:band|category|rung))  # "its top grade for adoption (and ...)"
      |\ (?i:of)\ (?:(?i:the|its|ofsted's|the\ inspectorate's|the\ watchdog's)\ )?(?:(?i:four|4)\ )?(?i:grades|ratings|bands|categories|judge?ments))  # "the second-lowest of the inspectorate's four bands"
    {_JUDGEMENT_AFTER}
"""
#: Verbs of a change of grade, past or present ("upgraded", "moved (up)", "rises", "has
#: uplifted its rating"), and their nouns ("the leap", "its move up"): with "to" and a
#: grade they give it; the grade "from" it is no longer held.
_CHANGE_VERB = (
    r"upgraded|downgraded|improved|moved\ up|dropped|fallen|fell|slipped"
    # the verbs read here first: "moved from 'X' to 'Y'" is the first alternative's (its evidence from "from")
    r"|(?:improves|moved(?:\ down)?|moves(?:\ up|\ down)?|drops|falls|slips|rose|risen|rises|climbed|climbs|jumped|jumps"
    r"|leapt|leaped|leaps|uplifted|lifted|raised|boosted|declined|sank|sunk)(?!\ (?i:from)\b)"
)
#: What may stand between a verb of change and "to": its object and adverbs ("uplifted its
#: rating for Kent's children's services once more to").
_CHANGE_GAP = r"[^.!?\n]{0,110}?"
#: When the grade a change is from was given, between it and the new one: "(from
#: inadequate) in 2019 (to good)", "at its last inspection", "in March 2016".
_OLD_WHEN = r"(?i:(?:in|at|since|after)\ (?:(?!to\b|from\b)[\w'-]+\ ){0,4}?(?!to\b|from\b)[\w'-]+)"
_CHANGE_NOUN = r"move|leap|jump|rise|climb|upgrade|downgrade|drop|fall|slip|uplift|boost"
_TRANSITION = rf"""
    (?<!\w)(?i:from)\ (?:(?i:being\ (?:rated|judged|graded|deemed)|an?)\ )?{Q}(?P<old>(?i:\L<grades>)){Q}\ (?:(?i:rating|grade)\ )?
    (?:{_OLD_WHEN},?\ )?(?i:to)\ {Q}{GRADE}{Q}{_JUDGEMENT_AFTER}  # "from (being rated) 'inadequate' (in 2019) to 'good'"
  | (?<!\w)(?:(?i:{_CHANGE_VERB})|(?i:the|its|their|this|a)\ (?:[\w-]+\ )?(?i:{_CHANGE_NOUN})(?:\ (?i:up|down))?)
    \ (?:(?:(?!(?i:from|to)\b){_CHANGE_GAP}\ )?(?i:from)\ (?:(?i:the|its|an?)\ )?{Q}(?P<old>(?i:\L<grades>)){Q}(?:\ (?:(?i:Ofsted)\ )?{_RATING_NOUN}|\ {GAP},|\ {_OLD_WHEN})?\ |{_CHANGE_GAP}\ )?  # "from the 'inadequate' (rating) awarded in 2013,"
    (?i:to)\ {Q}{GRADE}{Q}{_JUDGEMENT_AFTER}                                              # "downgraded (from good) to inadequate"
    (?:\ (?i:from)\ {Q}(?P<old>(?i:\L<grades>)){Q}{_JUDGEMENT_AFTER})?                      # "downgraded to inadequate from good"
"""
#: A grade with its judgement, in a list of them: "'outstanding' for adoption", "'good' overall".
_GRADE_FOR = rf"""
    (?:["']{GRADE}["']|(?<=(?i:\b(?:is|was|are|were|be|been|as)\ |,\ |,\ and\ ))(?<!(?i:improvement\ to\ be)\ ){GRADE})  # not "requires improvement to be good"
    (?:\ (?i:for|in)\ (?:(?i:its|their|the)\ )?(?:[\w'-]+\ ){{0,5}}?(?P<judgement>(?i:\L<judgements>))(?!\w)|(?P<overall>\ (?i:overall)))
"""
#: What opens a second clause after "and" ("is good and that leaders ...", "was
#: inadequate and the council ..."), unlike a second adjective ("good and improving").
_CLAUSE_OPENER = r"(?i:that|the|its|their|it|they|this|these|there|his|her|leaders|inspectors|ofsted|children)\b"
#: "management was 'inadequate'", "the impact of leaders ... is Good".
_COPULA = rf"""
    (?<!\w)(?i:is|are|was|were|has\ been|have\ been|had\ been)\ (?:(?i:now|also|still|again|currently|consistently)\ )?
    {Q}{GRADE}{Q}(?!\ (?i:at|to|with|for|news|and\ (?!["']|{_CLAUSE_OPENER}))\b|\ in\ (?![\p{{Lu}}\d])|-|\w)
"""
#: A judgement named as an object: "(on) its care leavers", "(in) help and protection".
_NAMED_JUDGEMENT = r"(?:(?i:its|the|their)\ )?(?i:\L<judgements>)(?!\w)"
#: "Bolton and Hounslow require improvement", "was found to need improvement in all areas".
#: A time or an event after "in": "(requires improvement) in the summer", "in its latest
#: inspection", "in spring 2019".
_IN_TIME = r"(?i:(?:the\ )?(?:spring|summer|autumn|winter)\b|(?:its|their|the)\ (?:latest|last|most\ recent|recent|previous|new|first|full)\b)"
_REQUIRES = rf"""
    (?<!\w|["']|(?i:\b(?:as|be|being|rated|judged|graded|deemed|of)\ ))  # those are the grade-label frames' to read
    (?P<grade>(?i:(?:requires|require|required|requiring|needs|need|needed|needing)\ improvement))
    (?:\ (?i:(?:in\ order\ )?to\ be\ good)(?P<overall>\ (?i:in\ all\ areas|overall))?(?!\w)  # the full grade, whatever follows
    | (?P<overall>\ (?i:in\ all\ areas|overall))?
    (?!\ (?i:to|on(?!\ {_NAMED_JUDGEMENT})|with|of|at|before)\b|\ (?i:in)\ (?!(?:19|20)\d\d\b|(?i:\L<months>)\b|{_NAMED_JUDGEMENT}|{_IN_TIME})|\w))
"""  # not "in some areas"; "on care leavers" names a judgement, no part; "in the summer" a time
#: "the council was providing good care leavers and adoption services".
_PROVIDING = rf"""
    (?<!\w)(?i:provid|deliver|offer)\w{{0,4}}\ {Q}{GRADE}{Q}
    \ (?P<judgements>(?i:\L<judgements>)(?:(?:,\ |\ and\ )(?i:\L<judgements>)){{0,4}})\ (?i:services?|support|work)\b
"""
#: The 2009-2012 annual ratings: "Haringey performs poorly, according to Ofsted's annual rating".
_PERFORMS = r"(?<!\w)(?P<grade>(?i:\L<performances>))(?!\w)"
_NO_LONGER = rf"""
    (?<!\w)(?i:no\ longer)\ (?:(?i:rated|judged|considered|deemed)\ )?(?:(?i:as)\ )?{Q}{GRADE}{Q}  # "no longer 'inadequate'"
  | (?<!\w)(?i:moves?|moved|moving|come|came|climbed|lifted)\ out\ of\ (?:(?i:the|its|their)\ )?{Q}{GRADE}{Q}  # "move out of 'inadequate'"
  | (?<!\w)(?i:removed|lifted|shed|shaken\ off|ditched)\ (?:\p{{Lu}}[\w',&\ -]{{0,50}}?'s\ |(?i:the|its|their)\ )?
    {Q}{GRADE}{Q}\ (?:{_RATING_NOUN}|(?i:label|tag))                                         # "removed Sandwell's 'inadequate' rating"
"""


#: A quoted grade before a judgement's name: "with 'outstanding' leadership"; unquoted
#: after a grade and "with": "rated good with outstanding leadership".
_GRADED_JUDGEMENT = r"""
    (?<!\w)["'](?P<grade>(?i:\L<grades>))["']\ (?P<judgement>(?i:\L<judgements>))(?!\w)
  | (?<=(?i:\L<grades>)["'\u2019\u201d]?,?\ (?i:with)\ )(?P<grade>(?i:\L<grades>))
    \ (?:(?i:services?|support|provision)\ for\ (?:(?i:the)\ )?)?(?P<judgement>(?i:\L<judgements>))(?!\w)  # "with good support for care leavers"
"""
#: A second grade and year after a rated one: "rated good in 2014 and outstanding in 2019".
_AND_THEN = rf"""
    (?<=\ and\ ){Q}{GRADE}{Q}(?=\ (?i:in|since)\ {_DAY_MONTH}?(?:19|20)\d\d(?!\d))
"""

#: A council's services after its name: "Kent's children's services".
_OWNED = r"(?:'s(?:\ (?i:children's))?\ (?i:services|department))?"
#: A further council and its grade, the verb left out: "Wigan was rated good, and Bolton
#: outstanding", "Leeds was rated as good, and Kent's services as outstanding".
_AND_COUNCIL = rf"""
    (?<=(?:,|,?\ and|;)\ )(?P<object>\p{{Lu}}[\w'&-]*(?:\ (?:(?:upon|and|with|on|of|under)\ )?\p{{Lu}}[\w'&-]*){{0,4}}{_OWNED})
    \ (?:(?i:as)\ )?{Q}{GRADE}{Q}(?=[.,;]|\ (?i:and|in|for|on|last|this|after|following|at)\b|$)  # "and Bury good (on 2 May 2018)"
"""
_OWNED_SERVICES: Final = timed(_OWNED)
#: What stands before the object of that rule: the lookbehind of ``_AND_COUNCIL``.
_LIST_LEAD: Final = timed(r"(?:,|,?\ and|;)\ $")


def _build_and_council(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only for one council named, after a rated verb and grade in the sentence. The
    object may end a longer name the pattern cannot span ("and Bournemouth, Christchurch
    and Poole outstanding"): the council is the one mention that ends it."""
    start, end = m.span("object")
    s_start, _ = ctx.prepared.sentence_at(m.start())
    mentions = [x for x in ctx.mentions_in(s_start, end) if x.end > start]
    if len(mentions) != 1 or mentions[0].start > start or not _OWNED_SERVICES.fullmatch(ctx.text, mentions[0].end, end):
        return []
    council = mentions[0]
    if council.start < start and not _LIST_LEAD.search(ctx.text, max(s_start, council.start - 6), council.start):
        return []
    if vetoed(ctx, *m.span("grade"), partial(guard_no_rated_lead, ctx, s_start, council.start)):
        return []
    when = (ctx.when_for(*m.span("grade"), rivals=_sentence_grades(ctx, m), default_published=False)
            or sentence_opening_date(ctx, s_start, council.start))  # "In 2016 Kent was rated inadequate and Bury good"
    return [Rating(authority=council.name, grade=grade_of(m.group("grade")), judgement="overall", when=when,
                   start=min(m.start(), council.start), end=m.end())]


def _build_and_then(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only after a rated verb and its grade and date in the sentence."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if vetoed(ctx, *m.span("grade"), partial(guard_no_dated_lead, ctx, s_start, m.start())):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


#: "rated 'good', up from 'requires improvement'": the grade before, no longer held.
_UP_FROM = rf"""
    (?<!\w)(?i:up|down|improving|improved|rising|falling|dropping
      |(?<=\b(?:a|an|the)\ (?:[\w-]+\ )?)(?:fall|drop|rise|step\ up|step\ down|improvement|decline|slide))  # "a (sharp) fall from"
    \ from\ (?:(?i:its|the|a|an)\ )?{Q}{GRADE}{Q}
"""



def _build_rated_object(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only where the object's head (before a preposition: "Kent's plans for the service")
    is a council or its services, and it holds no grade."""
    if vetoed(ctx, *m.span("grade"), partial(guard_object_not_council, m, ctx)):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_grade_rated(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only in a sentence naming a council ("inadequate-rated councils face
    intervention" is of councils in general)."""
    if vetoed(ctx, *m.span("grade"), partial(guard_no_council_named, m, ctx)):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_grade(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_weak(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """A bare copula and grade ("are now 'good'"), unless the grade is an adjective of
    the noun after it ("there is good multi-agency planning")."""
    quoted = m.start("grade") > 0 and ctx.text[m.start("grade") - 1] in "'\""
    if vetoed(ctx, *m.span("grade"), partial(guard_label_adjective, ctx, m.end("grade"), quoted, m.group("grade"))):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade")), weak=True))


def _build_requires(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """The grade as a verb phrase ("Bury and Leeds require improvement"), unless it is
    one of alternatives, the scale, or a goal."""
    if vetoed(ctx, *m.span("grade"), partial(guard_alternatives, ctx, m.start(), m.end()), partial(guard_hope, ctx, m.start())):
        return []
    cell = cell_at(ctx, m.start("grade"))
    if cell is not None and cell.column > 0 and cell.span == m.span("grade"):
        return []  # a table's grade cell: the row reader gives it its row's council and its column's judgement
    return list(_ratings(m, ctx, "requires_improvement", weak=True))


def _build_no_longer(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade")), current=False))


def _build_up_from(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """"(rated outstanding overall and for A, B and C,) up from good": the earlier grade is
    the overall one when the clause before lists several judgements (its one's otherwise)."""
    made = _build_no_longer(m, ctx)
    if len({r.judgement for r in made}) > 1:
        return list({r.authority: attrs.evolve(r, judgement="overall") for r in made}.values())
    return made


def _build_extreme(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """ "its lowest rating" is inadequate, "the second lowest" requires improvement."""
    low = m.group("extreme").lower() in ("lowest", "worst")
    grade: Grade
    if m.group("second"):
        grade = "requires_improvement" if low else "good"
    else:
        grade = "inadequate" if low else "outstanding"
    return list(_ratings(m, ctx, grade))


#: An inspection right before a date, which the date is of: "its standard inspection in (June)".
_EVENT_BEFORE_DATE: Final = timed(r"(?i:\b(?:inspection|re-inspection|visit)\ (?:in|on|of|during)\ (?:the\ )?$)")


def _build_transition(m: regex.Match[str], ctx: Context) -> list[Rating]:
    if vetoed(ctx, *m.span("grade"), partial(guard_range, ctx, m.start("grade")),
              partial(guard_alternatives, ctx, m.start("grade"), m.end("grade"))):  # "The scale goes from X to Y"
        return []
    out = list(_ratings(m, ctx, grade_of(m.group("grade"))))
    if m.group("old"):
        old = grade_of(m.group("old"))
        own = {d.value for d in ctx.dates_in(m.end("old"), m.start("grade")) if d.value is not None}
        when = ctx.when_for(*m.span("old"), rivals=_sentence_grades(ctx, m), default_published=False)
        if own:  # "from 'inadequate' in 2019 to 'good'": the date between is the old grade's alone,
            # the new one's that of the inspection before the change ("after its inspection in June, going from")
            s_start, _ = ctx.prepared.sentence_at(m.start())
            event = [d.value for d in ctx.dates_in(s_start, m.start("old"))
                     if d.value is not None and _EVENT_BEFORE_DATE.search(ctx.text, max(s_start, d.start - 40), d.start)]
            out = [attrs.evolve(r, when=event[-1] if event else None) if r.when is None or r.when in own else r for r in out]
        elif when is not None and (not _dated_within(ctx, m, when) or any(
                d.value == when for d in ctx.dates_in(m.start(), m.start("old")))):
            # a date before the whole change dates the change, so the new grade: "At the
            # last inspection in 2021, it made the leap from 'inadequate' to 'outstanding'"
            out = [attrs.evolve(r, when=r.when or when) for r in out]
            when = None
        out += [attrs.evolve(r, grade=old, current=False, when=when) for r in out]
    return out


def _dated_within(ctx: Context, m: regex.Match[str], when: str) -> bool:
    """Whether a date of value ``when`` stands in the match or after it in its sentence."""
    _, s_end = ctx.prepared.sentence_at(m.start())
    return any(d.value == when for d in ctx.dates_in(m.start(), max(s_end, m.end())))


def _build_performs(m: regex.Match[str], ctx: Context) -> list[Rating]:
    if vetoed(ctx, *m.span("grade"), partial(guard_not_annual, m, ctx)):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade")), weak=True))


def _build_providing(m: regex.Match[str], ctx: Context) -> list[Rating]:
    grade = grade_of(m.group("grade"))
    judgements = list(dict.fromkeys(_judgement(j.group()) for j in _JUDGEMENT_PATTERN.finditer(m.group("judgements"))))
    return [attrs.evolve(r, judgement=j) for r in list(_ratings(m, ctx, grade, weak=True))[:1] for j in judgements]
