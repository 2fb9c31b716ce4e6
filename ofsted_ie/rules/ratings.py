"""Ratings: Ofsted grades for a council's children's services, per judgement.

Verb frames ("rated 'good'", "judged to be inadequate overall", "rated children's
services in X as good"), rating nouns ("received a rating of 'good'", "an
'inadequate' judgment", "overall rating of good", "its lowest rating"), states
("are now 'good'", "remains inadequate") and transitions ("from 'inadequate' to
'good'", "no longer 'inadequate'", "downgraded to inadequate"). The subject of the
clause gives the judgement(s) and authority(ies); coordinated lists distribute.
``finalise`` marks superseded grades and dates present-tense ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

import attrs
import regex

from ..engine import Context, Rule
from ..records import Framework, Grade, Judgement, Rating
from ._common import GAP, GRADE, LISTS, Q, clause_start, grade_of

RULE_RATED: Final = "ratings.rated"
RULE_RATING_NOUN: Final = "ratings.rating_noun"
RULE_GRADE_NOUN: Final = "ratings.grade_noun"
RULE_EXTREME: Final = "ratings.extreme"
RULE_STATE: Final = "ratings.state"
RULE_TRANSITION: Final = "ratings.transition"
RULE_NO_LONGER: Final = "ratings.no_longer"

JUDGEMENT_PHRASES: Final[dict[str, Judgement]] = {
    "overall effectiveness": "overall",
    "child protection": "help_and_protection",
    "help and protection": "help_and_protection",
    "children who need help and protection": "help_and_protection",
    "children in need of help and protection": "help_and_protection",
    "safeguarding": "help_and_protection",
    "looked-after children": "children_in_care",
    "looked after children": "children_in_care",
    "children looked after": "children_in_care",
    "children in care": "children_in_care",
    "achieving permanence": "children_in_care",
    "care leavers": "care_leavers",
    "care leaver": "care_leavers",
    "leaving care": "care_leavers",
    "adoption": "adoption",
    "leadership": "leadership",
    "leadership, management and governance": "leadership",
    "leadership and management": "leadership",
    "impact of leaders": "leadership",
    "local safeguarding children board": "lscb",
    "local safeguarding children's board": "lscb",
    "local safeguarding childrens board": "lscb",
    "safeguarding children board": "lscb",
    "lscb": "lscb",
}
_LISTS: Final = {**LISTS, "judgements": sorted(JUDGEMENT_PHRASES, key=len, reverse=True)}

# -- fragments ----------------------------------------------------------------------
_RATED_VERB = r"(?i:rated|rates|rate|re-rated|judged|graded|deemed|branded|assessed\ as|declared|found\ to\ be)"
_JUDGEMENT_AFTER = r"(?:\ (?:for|in)\ (?:its\ |their\ |the\ )?(?P<judgement>(?i:\L<judgements>)))?"
_OVERALL = r"(?P<overall>\ overall)?"
_RATING_NOUN = r"(?i:rating|grade|judgement|judgment|verdict|assessment)"

_RATED = rf"""
    (?<!\w){_RATED_VERB}\ (?:(?i:as|now|still|again|being|to\ be)\ ){{0,3}}      # "rated as", "judged to be"
    (?:(?P<object>{GAP})\ as\ )?                                               # "rated services in X as"
    {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
"""
_RECEIVED = rf"""
    (?<!\w)(?:(?i:an?|the|its|their)\ )?(?:(?i:overall|new|improved|latest)\ )?{_RATING_NOUN}
    \ (?:of\ (?i:overall\ effectiveness\ )?(?:(?i:is|was|as)\ )?|(?i:is|was)\ )      # "a rating of", "judgement ... is"
    {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
"""
_GRADE_NOUN = rf"""
    (?<!\w)(?i:an?|its|their|the)\ {Q}{GRADE}{Q}\ (?:{_RATING_NOUN}|(?i:overall\ rating))   # "an 'inadequate' judgment"
  | (?<!\w)(?i:its|their)\ ["']{GRADE}["']\ (?:\w+\ ){{0,2}}(?i:for|of|in)\ (?:the\ )?(?P<judgement>(?i:\L<judgements>))  # "its 'outstanding' support for care leavers"
"""
_EXTREME = rf"""
    (?<!\w)(?:(?i:Ofsted's|its|the|their|a)\ )(?P<extreme>(?i:lowest|worst|highest|top|best))
    (?:\ (?i:possible))?\ (?:(?i:possible|ofsted)\ )?{_RATING_NOUN}
"""
_STATE = rf"""
    (?<!\w)(?i:(?:is|are|was|were)\ now|remains?|remained|still)\ {Q}{GRADE}{Q}{_OVERALL}   # "are now 'good'"
"""
_TRANSITION = rf"""
    (?<!\w)(?i:from)\ {Q}(?P<old>(?i:\L<grades>)){Q}\ (?:(?i:rating|grade)\ )?(?i:to)\ {Q}{GRADE}{Q}  # "from 'inadequate' to 'good'"
  | (?<!\w)(?i:upgraded|downgraded|improved|moved\ up|dropped|fallen|fell|slipped)\ (?:{GAP}\ )?(?i:to)\ {Q}{GRADE}{Q}  # "downgraded to inadequate"
"""
_NO_LONGER = rf"""
    (?<!\w)(?i:no\ longer)\ (?:(?i:rated|judged|considered|deemed)\ )?(?:(?i:as)\ )?{Q}{GRADE}{Q}  # "no longer 'inadequate'"
  | (?<!\w)(?i:moves?|moved|moving|come|came|climbed|lifted)\ out\ of\ (?:(?i:the|its|their)\ )?{Q}{GRADE}{Q}  # "move out of 'inadequate'"
"""

# -- guards -------------------------------------------------------------------------
#: "can be judged good", "on track to be rated good": hopes, not grades.
_HYPOTHETICAL: Final = regex.compile(
    r"(?i:can|could|would|will|might|may|should|must|to|towards|of|for)\ (?:be\ |being\ |become\ |get\ |getting\ )?$"
)
#: Grades of other things than a council's children's services.
_OTHER_SUBJECT: Final = regex.compile(
    r"(?i:\bschools?\b|academ(?:y|ies)|nurser(?:y|ies)|children's\ homes?|\bcolleges?\b|fostering\ agenc|"
    r"probation|youth\ offending|youth\ justice|\bsend\b|hospital|\bcqc\b|police)"
)
#: "10 have been rated good", "three were rated good": counts, not a council's grade.
_COUNT_SUBJECT: Final = regex.compile(r"^\W*(?:(?i:just\ )?(?:under|over|about|some)\ )?(?:\d+|(?i:\L<number_words>))\b", **{"number_words": LISTS["number_words"]})
_BOTH: Final = regex.compile(r"(?i:\b(?:both|the\ two)\ (?:councils|authorities|local\ authorities|areas))")
_ANAPHOR: Final = regex.compile(r"^\W*(?i:this|it|these|they)\b")
#: What may stand between two items of a list: "A, B and C", "A services, B support".
_LIST_GAP: Final = regex.compile(
    r"(?i:(?:'s)?(?:\ (?:services?|support|work|performance|arrangements|councils?))?[ ,]*(?:and|&|,|as\ well\ as)[ ,]*(?:the\ department's\ |its\ |the\ |their\ )?)|[ ,]+"
)
_FRAMEWORK_WORDS: Final = regex.compile(r"(?i:\b(?P<sif>single\ inspection\ framework|SIF)\b|\b(?P<ilacs>ILACS|inspecting\ local\ authority\ children's\ services)\b)")
_JUDGEMENT_PATTERN: Final = regex.compile(r"(?<!\w)(?i:\L<judgements>)(?!\w)", judgements=_LISTS["judgements"])


def _judgement(phrase: str) -> Judgement:
    return JUDGEMENT_PHRASES[phrase.lower()]


def _coordinated(ctx: Context, spans: list[tuple[int, int]]) -> list[int]:
    """Indices of the last span and those joined to it as a list ("A, B and C")."""
    if not spans:
        return []
    keep = [len(spans) - 1]
    for i in range(len(spans) - 2, -1, -1):
        gap = ctx.text[spans[i][1] : spans[i + 1][0]]
        if _LIST_GAP.fullmatch(gap) is None:
            break
        keep.append(i)
    return sorted(keep)


def subject_judgements(ctx: Context, region_start: int, region_end: int) -> list[Judgement]:
    """Judgements named as a list in the subject region of a clause."""
    found = list(_JUDGEMENT_PATTERN.finditer(ctx.text, region_start, region_end))
    spans = [m.span() for m in found]
    return [_judgement(found[i].group()) for i in _coordinated(ctx, spans)]


def subject_authorities(ctx: Context, region_start: int, region_end: int, anchor: int) -> list[str | None]:
    """Authorities a clause is about: a coordinated list in its subject, "both
    councils", else the one the context gives."""
    mentions = ctx.mentions_in(region_start, region_end)
    if mentions:
        keep = _coordinated(ctx, [(m.start, m.end) for m in mentions])
        names = list(dict.fromkeys(mentions[i].name for i in keep))
        return names  # type: ignore[return-value]
    if _BOTH.search(ctx.text, region_start, region_end):
        before = list(dict.fromkeys(m.name for m in reversed(ctx.mentions) if m.end <= region_start))
        if len(before) >= 2:
            return [before[1], before[0]]
    return [ctx.authority_for(anchor, anchor)]


def _framework(ctx: Context) -> Framework | None:
    kinds = {k for m in _FRAMEWORK_WORDS.finditer(ctx.text) for k, v in m.groupdict().items() if v}
    if kinds == {"sif"}:
        return "SIF"
    if kinds == {"ilacs"}:
        return "ILACS"
    return None


def _ratings(m: regex.Match[str], ctx: Context, grade: Grade, *, current: bool = True) -> Iterator[Rating]:
    """Ratings for each authority and judgement the clause around a grade names."""
    start = clause_start(ctx, m.start())
    region_end = m.start("object") + len(m.group("object")) if "object" in m.groupdict() and m.group("object") else m.start()
    prefix = ctx.text[max(start, m.start() - 40) : m.start()]
    region = ctx.text[start:region_end]
    if _HYPOTHETICAL.search(prefix) or _OTHER_SUBJECT.search(region):
        return
    authorities = subject_authorities(ctx, start, region_end, m.start())
    if _COUNT_SUBJECT.match(region) and not ctx.mentions_in(start, region_end):
        return
    judgements: list[Judgement] = []
    if m.groupdict().get("judgement"):
        judgements = [_judgement(m.group("judgement"))]
    if not judgements:
        judgements = subject_judgements(ctx, start, region_end)
    if not judgements and _ANAPHOR.match(region):
        prev_start, _ = ctx.prepared.sentence_at(max(0, ctx.prepared.sentence_at(start)[0] - 2))
        judgements = subject_judgements(ctx, prev_start, start)
    if not judgements or m.groupdict().get("overall"):
        judgements = judgements or ["overall"]
    when = ctx.when_for(m.start(), m.end(), default_published=False)
    for authority in authorities:
        for judgement in judgements:
            yield Rating(
                authority=authority, grade=grade, judgement=judgement, when=when, current=current,
                start=m.start(), end=m.end(),
            )


def _build_grade(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_no_longer(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade")), current=False))


def _build_extreme(m: regex.Match[str], ctx: Context) -> list[Rating]:
    grade: Grade = "inadequate" if m.group("extreme").lower() in ("lowest", "worst") else "outstanding"
    return list(_ratings(m, ctx, grade))


def _build_transition(m: regex.Match[str], ctx: Context) -> list[Rating]:
    out = list(_ratings(m, ctx, grade_of(m.group("grade"))))
    if m.group("old"):
        old = grade_of(m.group("old"))
        out += [attrs.evolve(r, grade=old, current=False, when=None) for r in out]
    return out


def _stamp(r: Rating) -> str:
    """Sort key for when a grade was given: undated current grades are the newest."""
    return r.when[:4] if r.when else ("9999" if r.current else "0000")


def finalise(ratings: Iterable[Rating], ctx: Context) -> list[Rating]:
    """Mark grades superseded by a later, different grade for the same authority and
    judgement; date present-tense grades with the reference year; add the framework."""
    ratings = list(ratings)
    present = str(ctx.reference.year) if ctx.reference is not None else None
    framework = _framework(ctx)
    out = []
    for r in ratings:
        superseded = any(
            o.authority == r.authority and o.judgement == r.judgement and o.grade != r.grade and _stamp(o) > _stamp(r)
            for o in ratings
        )
        current = r.current and not superseded
        when = r.when if r.when is not None or not current else present
        out.append(attrs.evolve(r, current=current, when=when, framework=r.framework or (framework if current else None)))
    return out


RULES: Final = (
    Rule(name=RULE_TRANSITION, kind="ratings", pattern=_TRANSITION, build=_build_transition, lists=_LISTS),
    Rule(name=RULE_NO_LONGER, kind="ratings", pattern=_NO_LONGER, build=_build_no_longer, lists=_LISTS),
    Rule(name=RULE_RATED, kind="ratings", pattern=_RATED, build=_build_grade, lists=_LISTS),
    Rule(name=RULE_RATING_NOUN, kind="ratings", pattern=_RECEIVED, build=_build_grade, lists=_LISTS),
    Rule(name=RULE_GRADE_NOUN, kind="ratings", pattern=_GRADE_NOUN, build=_build_grade, lists=_LISTS),
    Rule(name=RULE_EXTREME, kind="ratings", pattern=_EXTREME, build=_build_extreme, lists=_LISTS),
    Rule(name=RULE_STATE, kind="ratings", pattern=_STATE, build=_build_grade, lists=_LISTS),
)
