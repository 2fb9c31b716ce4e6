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

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

import attrs
import regex

from .._timed import timed
from ..dates import MONTH_NAMES
from ..engine import Build, Context, Rule
from ..records import Framework, Grade, Inspection, Judgement, Rating
from ._common import (
    COUNT_SUBJECT,
    FRAMEWORK_WORDS,
    GAP,
    GENERIC_SUBJECT,
    GRADE,
    GRADE_TRIGGERS,
    LISTS,
    Q,
    clause_start,
    grade_of,
    literal_triggers,
)
from ._tables import cell_at, head_authorities, row_authorities

RULE_RATED: Final = "ratings.rated"
RULE_RATING_NOUN: Final = "ratings.rating_noun"
RULE_GRADE_NOUN: Final = "ratings.grade_noun"
RULE_EXTREME: Final = "ratings.extreme"
RULE_STATE: Final = "ratings.state"
RULE_TRANSITION: Final = "ratings.transition"
RULE_NO_LONGER: Final = "ratings.no_longer"
RULE_GRADE_FOR: Final = "ratings.grade_for"
RULE_COPULA: Final = "ratings.copula"
RULE_REQUIRES: Final = "ratings.requires_improvement"
RULE_LABELLED: Final = "ratings.labelled_services"
RULE_PROVIDING: Final = "ratings.providing"
RULE_TABLE_ROW: Final = "ratings.table_row"
RULE_HEADED_LIST: Final = "ratings.headed_list"
RULE_JUDGEMENT_ROW: Final = "ratings.judgement_row"
RULE_COUNCIL_LINE: Final = "ratings.council_line"
RULE_GRADE_RATED: Final = "ratings.grade_rated"
RULE_AND_COUNCIL: Final = "ratings.and_council"
RULE_PERFORMS: Final = "ratings.performs"
RULE_FOUND_TO_BE: Final = "ratings.found_to_be"
RULE_UP_FROM: Final = "ratings.up_from"
RULE_GRADED_JUDGEMENT: Final = "ratings.graded_judgement"
RULE_AND_THEN: Final = "ratings.and_then"
RULE_RATED_OBJECT: Final = "ratings.rated_object"

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
    "management": "leadership",
    "all children's services": "overall",
    "all areas": "overall",
    "every area": "overall",
    "each area": "overall",
    "all four areas": "overall",
    "all five areas": "overall",
    "every judgement": "overall",
    "all judgements": "overall",
    "all four judgements": "overall",
    "all five judgements": "overall",
    "local safeguarding children board": "lscb",
    "local children's safeguarding board": "lscb",
    "safeguarding children's board": "lscb",
    "safeguarding board": "lscb",
    "local safeguarding children's board": "lscb",
    "local safeguarding childrens board": "lscb",
    "safeguarding children board": "lscb",
    "lscb": "lscb",
}
_LISTS: Final = {
    **LISTS,
    "judgements": sorted(JUDGEMENT_PHRASES, key=len, reverse=True),
    "months": sorted(MONTH_NAMES, key=len, reverse=True),
}

# -- fragments ----------------------------------------------------------------------
_RATED_VERB = r"(?i:rated|rates|rate|re-rated|judged|graded|deemed|branded|awarded|assessed\ as|declared|found\ to\ be)"
_JUDGEMENT_AFTER = r"(?:\ (?:for|in)\ (?:its\ |their\ |the\ )?(?:[\w'-]+\ ){0,4}?(?P<judgement>(?i:\L<judgements>))(?!\w))?"
_OVERALL = r"(?P<overall>\ overall)?"
_RATING_NOUN = r"(?i:rating|grade|judgement|judgment|verdict|assessment)"

# -- second triggers: a rarer word than the grade that every match of a rule holds ---
_RATED_TRIGGERS: Final = ("rate", "judged", "graded", "deemed", "branded", "awarded", "assessed as", "declared", "found to be")
_FOUND_TRIGGERS: Final = ("found", "judged", "considered", "deemed")
_RATING_NOUN_TRIGGERS: Final = ("rating", "grade", "judgement", "judgment", "verdict", "assessment")
_JUDGEMENT_TRIGGERS: Final = literal_triggers([*JUDGEMENT_PHRASES, "overall"])
_STATE_TRIGGERS: Final = ("now", "remain", "still")
_TRANSITION_TRIGGERS: Final = ("from", "grade", "improved", "moved up", "dropped", "fallen", "fell", "slipped")
_NO_LONGER_TRIGGERS: Final = ("no longer", "out of", "removed", "lifted", "shed", "shaken off", "ditched")
_LABELLED_TRIGGERS: Final = ("service", "department")
_PROVIDING_TRIGGERS: Final = ("provid", "deliver", "offer")

_RATED = rf"""
    (?<!\w){_RATED_VERB}\ (?:(?i:it|them)\ )?(?:(?i:as|now|still|again|being|to\ be)\ ){{0,3}}  # "rated (it) as", "judged to be"
    (?:(?P<object>(?!(?i:\L<grades>)\b){GAP})\ as\ )?                                               # "rated services in X as"
    {Q}(?:(?i:overall)\ )?{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}                  # "as 'overall good'"
"""
#: "Inspectors found Leeds to be good": the object must name a council or its services
#: (not a clause, "found that ...", nor a grade, "found to require improvement to be good").
_FOUND_OBJECT = r"(?P<object>(?!(?i:that|to)\b)(?:(?!(?i:improvement)\b)[^.!?\n]){1,60}?)"
_FOUND_TO_BE = rf"""
    (?<!\w)(?i:found|judged|considered|deemed)\ {_FOUND_OBJECT}\ (?i:to\ be)\ {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
"""
#: "Ofsted rated Essex County Council outstanding": the grade straight after the object,
#: ending the clause or followed by what qualifies it ("across all areas", "in 2019").
_RATED_OBJECT = rf"""
    (?<!\w)(?i:rated|rates|rate|judged|graded|deemed|branded|declared|considered)
    \ (?P<object>(?!(?i:that|to|as|it|them|now|still|again|being|also|very|highly|more|less|most|overall)\b)[^.!?\n";:'(]
    [^.!?\n";:(]{{0,59}}?)
    \ {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
    (?=[.,;:!?)\n"]|$|\ (?i:for|in|across|overall|by|after|following|and|at|last|this|on|when|with|since|under|again|once)\b)
"""
#: The object's last words: a council, its services or one of them ("Kent's leadership").
_OBJECT_END: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|trust|\L<judgements>))$", judgements=_LISTS["judgements"]
)
_PREPOSITION: Final = timed(r"\ (?i:for|of|in|at|with|across|to|on|by|from)\ ")
_RECEIVED = rf"""
    (?<!\w)(?:(?i:an?|the|its|their)\ )?(?:(?i:overall|new|improved|latest)\ |(?P<previous>(?i:previous|former|earlier|old))\ )?{_RATING_NOUN}
    \ (?:of\ (?i:overall\ effectiveness\ )?(?:(?i:is|was|as)\ )?|(?i:is|was)\ )      # "a rating of", "judgement ... is"
    {Q}{GRADE}{Q}{_OVERALL}{_JUDGEMENT_AFTER}
  | (?<!\w)(?:(?i:Ofsted's|its|the|an?)\ )?{_RATING_NOUN}\ (?i:on|for)\ {GAP}:\ {Q}{GRADE}{Q}(?=\W*$|\W*\n)  # "Ofsted's verdict on X: inadequate"
"""
#: A grade as a compound adjective or in apposition: "outstanding-rated Kent", "the
#: inadequate-rated council in Sandwell", "Kent, an outstanding authority,".
_GRADE_RATED = rf"""
    (?<![\w-]){GRADE}-(?i:rated|graded)(?=\ (?:(?i:the)\ )?\p{{Lu}}|\ (?i:council|authority|local\ authority|children's\ services|department|service)\b)
  | (?<=\p{{Ll}},\ )(?i:an?)\ {GRADE}(?:-(?i:rated))?\ (?i:council|authority|local\ authority)(?=,)
"""
_GRADE_RATED_TRIGGERS: Final = ("-rated", "-graded", "authority,", "council,")
#: A date between the article and the grade: "the November 2017 inadequate judgement".
_DAY_MONTH = r"(?:(?:\d{1,2}\ )?\L<months>\ )"
_DATED = rf"(?:{_DAY_MONTH}?(?:19|20)\d\d\ )?"
_GRADE_NOUN = rf"""
    (?<!\w)(?i:an?|its|their|the)\ {_DATED}{Q}{GRADE}{Q}\ (?:{_RATING_NOUN}|(?i:overall\ rating))   # "an 'inadequate' judgment"
  | (?<!\w)(?i:its|their)\ ["']{GRADE}["']\ (?:\w+\ ){{0,2}}(?i:for|of|in)\ (?:the\ )?(?P<judgement>(?i:\L<judgements>))  # "its 'outstanding' support for care leavers"
"""
_EXTREME_TRIGGERS: Final = ("lowest", "worst", "highest", "top", "best")  # the words of "extreme" below
_EXTREME = rf"""
    (?<!\w)(?:(?i:Ofsted's|its|the|their|a)\ )(?P<second>(?i:second)[ -])?(?P<extreme>(?i:lowest|worst|highest|top|best))
    (?:\ (?i:possible))?\ (?:(?i:possible|ofsted)\ )?{_RATING_NOUN}
"""
_STATE = rf"""
    (?<!\w)(?i:(?:is|are|was|were)\ now|remains?|remained|still)\ (?:(?i:officially|formally|firmly|securely|solidly)\ )?
    {Q}{GRADE}{Q}{_OVERALL}                                                     # "are now (officially) 'good'"
"""
_TRANSITION = rf"""
    (?<!\w)(?i:from)\ {Q}(?P<old>(?i:\L<grades>)){Q}\ (?:(?i:rating|grade)\ )?(?i:to)\ {Q}{GRADE}{Q}{_JUDGEMENT_AFTER}  # "from 'inadequate' to 'good' (for child protection)"
  | (?<!\w)(?i:upgraded|downgraded|improved|moved\ up|dropped|fallen|fell|slipped)
    \ (?:(?:(?!(?i:from|to)\b){GAP}\ )?(?i:from)\ (?:(?i:the|its|an?)\ )?{Q}(?P<old>(?i:\L<grades>)){Q}(?:\ {GAP},)?\ |{GAP}\ )?  # "from the 'inadequate' awarded in 2013,"
    (?i:to)\ {Q}{GRADE}{Q}{_JUDGEMENT_AFTER}                                              # "downgraded (from good) to inadequate"
    (?:\ (?i:from)\ {Q}(?P<old>(?i:\L<grades>)){Q}{_JUDGEMENT_AFTER})?                      # "downgraded to inadequate from good"
"""
#: A grade with its judgement, in a list of them: "'outstanding' for adoption", "'good' overall".
_GRADE_FOR = rf"""
    (?:["']{GRADE}["']|(?<=(?i:\b(?:is|was|are|were|be|been|as)\ |,\ |,\ and\ )){GRADE})
    (?:\ (?i:for|in)\ (?:(?i:its|their|the)\ )?(?:[\w'-]+\ ){{0,5}}?(?P<judgement>(?i:\L<judgements>))(?!\w)|(?P<overall>\ (?i:overall)))
"""
#: "management was 'inadequate'", "the impact of leaders ... is Good".
_COPULA = rf"""
    (?<!\w)(?i:is|are|was|were|has\ been|have\ been|had\ been)\ (?:(?i:now|also|still|again|currently|consistently)\ )?
    {Q}{GRADE}{Q}(?!\ (?i:at|to|with|for|news|and\ (?!["']))\b|\ in\ (?![\p{{Lu}}\d])|-|\w)
"""
#: "Bolton and Hounslow require improvement", "was found to need improvement in all areas".
_REQUIRES = r"""
    (?<!\w|["']|(?i:\b(?:as|be|being|rated|judged|graded|deemed|of)\ ))  # those are the grade-label frames' to read
    (?P<grade>(?i:(?:requires|require|required|requiring|needs|need|needed|needing)\ improvement))
    (?:\ (?i:to\ be\ good))?(?P<overall>\ (?i:in\ all\ areas|overall))?
    (?!\ (?i:to|on|with|of|at|before)\b|\ (?i:in)\ (?!(?:19|20)\d\d\b|(?i:\L<months>)\b)|\w)  # not "in some areas"
"""
#: "the 'inadequate' services", "children's services 'inadequate'" (headlines).
_LABELLED = rf"""
    (?<!\w)["']{GRADE}["']\ (?:(?i:children's)\ )?(?:(?i:social\ care)\ )?(?i:services|department)\b
  | (?<!\w)(?i:children's)\ (?:(?i:social\ care)\ )?(?i:services)\ ["']{GRADE}["']
  | (?<!\w)(?i:children's)\ (?:(?i:social\ care)\ )?(?i:services)(?:\ (?i:in|at)\ {GAP})?:\ {Q}{GRADE}{Q}(?=\W*$|\W*\n)  # "Children's services in X: inadequate"
"""
#: "the council was providing good care leavers and adoption services".
_PROVIDING = rf"""
    (?<!\w)(?i:provid|deliver|offer)\w{{0,4}}\ {Q}{GRADE}{Q}
    \ (?P<judgements>(?i:\L<judgements>)(?:(?:,\ |\ and\ )(?i:\L<judgements>)){{0,4}})\ (?i:services?|support|work)\b
"""
#: A table row's grade cell after its figures: "Kingston upon Thames 65.1 10.2 Good", or
#: a grade standing as a cell: "Leeds | Outstanding" (a tab reads as a space).
_TABLE_ROW = r"""
    (?<=\w)(?P<figures>(?:[ |]+\d[\d.,]*%?){1,5})[ |]+(?P<grade>Outstanding|Good|Requires\ [Ii]mprovement(?:\ to\ be\ [Gg]ood)?|Inadequate|Adequate)(?!\w)
  | (?<=[ |])(?P<grade>Outstanding|Good|Requires\ [Ii]mprovement(?:\ to\ be\ [Gg]ood)?|Inadequate|Adequate)(?!\w)
"""
#: A heading that grades the list of councils under it: "COUNCILS RATED INADEQUATE".
#: The 2009-2012 annual ratings: "Haringey performs poorly, according to Ofsted's annual rating".
_PERFORMS = r"(?<!\w)(?P<grade>(?i:performs|performing)\ (?i:excellently|well|adequately|poorly))(?!\w)"
_ANNUAL_CONTEXT: Final = timed(r"(?i:annual|rating|assessment|ofsted|judged|rated|inspectors)")
_HEADED_LIST = rf"""
    (?m:^)[^\n.]{{0,50}}?{_RATED_VERB}\ {Q}{GRADE}{Q}[^\n.]{{0,30}}(?m:$)
"""
_NO_LONGER = rf"""
    (?<!\w)(?i:no\ longer)\ (?:(?i:rated|judged|considered|deemed)\ )?(?:(?i:as)\ )?{Q}{GRADE}{Q}  # "no longer 'inadequate'"
  | (?<!\w)(?i:moves?|moved|moving|come|came|climbed|lifted)\ out\ of\ (?:(?i:the|its|their)\ )?{Q}{GRADE}{Q}  # "move out of 'inadequate'"
  | (?<!\w)(?i:removed|lifted|shed|shaken\ off|ditched)\ (?:\p{{Lu}}[\w',&\ -]{{0,50}}?'s\ |(?i:the|its|their)\ )?
    {Q}{GRADE}{Q}\ (?:{_RATING_NOUN}|(?i:label|tag))                                         # "removed Sandwell's 'inadequate' rating"
"""

# -- guards -------------------------------------------------------------------------
#: "can be judged good", "on track to be rated good": hopes, not grades ("found to be" is a grade).
_HYPOTHETICAL: Final = timed(
    r"(?i:(?:can|could|would|will|might|may|should|must|(?<!found\ |judged\ |deemed\ |considered\ |said\ |"
    r"\b(?:first|second|third|only|latest)\ (?:[\w'-]+\ ){0,2}?(?:council|authority|area|department)s?\ )to)"
    r"\ (?:be\ |being\ |become\ |get\ |getting\ )?|(?:towards|(?<!(?:years|months|decades?)\ )of|for)\ (?:being|becoming|getting)\ )$"
)
#: Grades of other things than a council's children's services.
_OTHER_SUBJECT: Final = timed(
    r"(?i:\bschools?\b|academ(?:y|ies)|nurser(?:y|ies)|children's\ homes?|\bcolleges?\b|fostering|early\ years|"
    r"probation|youth\ offending|youth\ justice|\bsend\b|hospital|\bcqc\b|police)"
)
#: Nobody was given the grade: "None of the six councils has gained", "failing to secure".
_NEGATED_START: Final = timed(r"^\W*(?i:none|no|neither|not\ one|nor)\b")
_NEGATED_END: Final = timed(r"(?i:\b(?:not|never|fail(?:s|ed|ing)?\ to|unable\ to)\ (?:[\w'-]+\ ){0,3}$)")
#: Subjects of which a grade word is an ordinary adjective: "morale ... was still good".
_ORDINARY_SUBJECT: Final = timed(
    r"(?i:\b(?:morale|practice|progress|relationships?|access|communication|partnerships?|news|start|idea|example"
    r"|attendance|behaviour|health|weather|feedback|response|listening)\b)"
)
#: What a copula's subject must name to be a grade of services.
_SERVICE_SUBJECT: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|borough|county|trust|it|they)\b)"
)
#: Said of an earlier inspection: "had previously been rated" (of the grade after it),
#: "at a previous inspection" (of the grade before it).
_PAST: Final = timed(
    r"(?i:\b(?P<forward>previously|formerly|once|had\ been|used\ to\ be|(?:years|months|decades?)\ of\ being)\b|\b(?:at|in|after|following)\ (?:its|the|a|their)\ "
    r"(?:previous|prior|earlier)\ inspection)"
)
#: A grade in a clause about an earlier inspection: "since its previous inspection in
#: 2016, when it was also judged inadequate".
_PREVIOUS_WHEN: Final = timed(
    r"(?i:\b(?:previous|prior|earlier)\ (?:full\ )?(?:inspection|visit)\b[^.;!?\n]{0,40}?,?\ when\b[^.;!?,\n]{0,40}$)"
)
#: "As well as Haringey, child protection was rated inadequate at Birmingham ...".
_ALSO_SUBJECT: Final = timed(r"^\W*(?i:as\ well\ as|like|along\ with|alongside|besides|in\ addition\ to)\b")
#: What introduces the councils a grade is given to after it: "rated inadequate at X, Y and Z".
_AFTER_LIST_LEAD: Final = timed(
    r"^(?:(?!,\ (?i:but|while|whilst|whereas|although|though|and)\b|\ (?i:but|while|whilst|whereas)\ )[^.;!?\n]){0,50}?"
    r"(?:\ (?i:at|in|including|namely)|\ [-–]|:)\ $"
)
#: Where the subject of the clause's verb begins: after "that", "said", a comma.
_SUBJECT_START: Final = timed(r"(?i:\b(?:that|which|who|said|says|and|but|while)\b|,)")
_BOTH: Final = timed(r"(?i:\b(?:both|the\ two)\ (?:councils|authorities|local\ authorities|areas))")
_ANAPHOR: Final = timed(r"^\W*(?i:this|it|these|they)\b")
#: What may stand between two items of a list: "A, B and C", "A services, B support".
_LIST_GAP: Final = timed(
    r"(?i:(?:'s)?(?:\ (?:services?|support|work|performance|arrangements|councils?))?[ ,]*(?:and|&|,|as\ well\ as)[ ,]*(?:the\ department's\ |its\ |the\ |their\ )?)|[ ,]+"
)
_FRAMEWORK_WORDS: Final = timed(FRAMEWORK_WORDS)
_JUDGEMENT_PATTERN: Final = timed(r"(?<!\w)(?i:\L<judgements>)(?!\w)", judgements=_LISTS["judgements"])
#: Other grades in a sentence, rivals for its dates.
_GRADE_PATTERN: Final = timed(r"(?<!\w)(?i:\L<grades>)(?!\w)", grades=_LISTS["grades"])
#: A line naming only a council, as under a heading: "Doncaster Council".
_COUNCIL_LINE_REST: Final = timed(r"[ \t]*(?:(?:City|County|Borough|Metropolitan|District)\ )*(?:Council)?[ \t]*")


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


def _after_list(ctx: Context, end: int) -> list[str]:
    """Councils listed after a grade: "rated inadequate at Birmingham, Doncaster and
    Essex councils", "rated outstanding for all children's services - Gateshead, ..."."""
    _, s_end = ctx.prepared.sentence_at(end)
    mentions = ctx.mentions_in(end, max(s_end, end))
    if not mentions or not _AFTER_LIST_LEAD.match(ctx.text[end : mentions[0].start]):
        return []
    names = [mentions[0].name]
    for a, b in itertools.pairwise(mentions):
        if _LIST_GAP.fullmatch(ctx.text[a.end : b.start]) is None:
            break
        names.append(b.name)
    return list(dict.fromkeys(names))


def _generic(ctx: Context, region_start: int, region_end: int, grade_start: int) -> bool:
    """Whether a clause grades no council in particular: councils in general, a count
    or share of them, or nobody ("None of the six councils has", "failing to secure")."""
    region = ctx.text[region_start:region_end]
    if _NEGATED_START.match(region) or _NEGATED_END.search(ctx.text, max(region_start, grade_start - 60), grade_start):
        return True
    if ctx.mentions_in(region_start, region_end) or _BOTH.search(region):
        return False
    cuts = list(_SUBJECT_START.finditer(region))
    subject = region[cuts[-1].end() :] if cuts else region
    return bool(GENERIC_SUBJECT.search(region) or COUNT_SUBJECT.match(region) or COUNT_SUBJECT.match(subject))


def _ratings(
    m: regex.Match[str], ctx: Context, grade: Grade, *, current: bool = True, weak: bool = False
) -> Iterator[Rating]:
    """Ratings for each authority and judgement the clause around a grade names.

    ``weak`` rules (a bare copula, "needs improvement") need a subject that names
    services, a council or a judgement, and not an ordinary noun ("morale").
    """
    start = clause_start(ctx, m.start())
    region_end = m.start("object") + len(m.group("object")) if "object" in m.groupdict() and m.group("object") else m.start()
    prefix = ctx.text[max(start, m.start() - 40) : m.start()]
    region = ctx.text[start:region_end]
    if _HYPOTHETICAL.search(prefix) or _OTHER_SUBJECT.search(region):
        return
    region_judgements = subject_judgements(ctx, start, region_end)
    if weak and not (
        region_judgements
        or ((ctx.mentions_in(start, region_end) or _SERVICE_SUBJECT.search(region)) and not _ORDINARY_SUBJECT.search(region))
    ):
        return
    listed = _after_list(ctx, m.end())
    if listed:
        also = ctx.mentions_in(start, region_end) if _ALSO_SUBJECT.match(region) else []
        authorities: list[str | None] = list(dict.fromkeys([*(a.name for a in also), *listed]))
    elif _generic(ctx, start, region_end, m.start()):
        return
    else:
        authorities = subject_authorities(ctx, start, region_end, m.start())
    judgements: list[Judgement] = []
    if m.groupdict().get("judgement"):
        judgements = [_judgement(m.group("judgement"))]
    if not judgements:
        judgements = region_judgements
    if not judgements and _ANAPHOR.match(region):
        prev_start, _ = ctx.prepared.sentence_at(max(0, ctx.prepared.sentence_at(start)[0] - 2))
        judgements = subject_judgements(ctx, prev_start, start)
    if not judgements or m.groupdict().get("overall"):
        judgements = judgements or ["overall"]
    rivals = _sentence_grades(ctx, m)
    past = (m.groupdict().get("previous") or _PREVIOUS_WHEN.search(ctx.text, max(0, m.start() - 120), m.start())
            or _said_of_the_past(ctx, m, max(start, m.start() - 60), max(ctx.prepared.sentence_at(m.end())[1], m.end()), rivals))
    if past:
        current = False
    when = ctx.when_for(*_dated_span(m, rivals), rivals=rivals, default_published=False)
    for authority in authorities:
        for judgement in judgements:
            yield Rating(
                authority=authority, grade=grade, judgement=judgement, when=when, current=current,
                start=m.start(), end=m.end(),
            )


def _sentence_grades(ctx: Context, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The spans of the grade words in the sentence of ``m``."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    return [g.span() for g in _GRADE_PATTERN.finditer(ctx.text, s_start, max(s_end, m.end()))]


def _dated_span(m: regex.Match[str], grades: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """What a match's date is looked for around: the match, or only its grade when it
    holds another ("upgraded from the 'inadequate' awarded in 2013, to 'good'")."""
    if "grade" not in m.groupdict() or m.group("grade") is None:
        return m.span()
    own = m.span("grade")
    inner = any(m.start() <= a and b <= m.end() and not (a < own[1] and own[0] < b) for a, b in grades)
    return own if inner else m.span()


def _said_of_the_past(ctx: Context, m: regex.Match[str], lo: int, hi: int, grades: Sequence[tuple[int, int]]) -> bool:
    """Whether a past marker in ``[lo, hi)`` belongs to this match's grade: "previously"
    to the grade after it, "at its previous inspection" to the grade before it, either
    to the only grade on its other side when there is none ("rated 'good', up from
    'requires improvement' at its previous inspection": the marker is the second's)."""
    mine = [g for g in grades if m.start() <= g[0] and g[1] <= m.end()] or [m.span()]
    for marker in _PAST.finditer(ctx.text, lo, hi):
        after = [g for g in grades if g[0] >= marker.end()]
        before = [g for g in grades if g[1] <= marker.start()]
        if marker.group("forward"):
            owner = after[0] if after else before[-1] if before else None
        else:
            owner = before[-1] if before else after[0] if after else None
        if owner is None or owner in mine:
            return True
    return False


#: A quoted grade before a judgement's name: "with 'outstanding' leadership".
_GRADED_JUDGEMENT = r"""
    (?<!\w)["'](?P<grade>(?i:\L<grades>))["']\ (?P<judgement>(?i:\L<judgements>))(?!\w)
"""
#: A second grade and year after a rated one: "rated good in 2014 and outstanding in 2019".
_AND_THEN = rf"""
    (?<=\ and\ ){Q}{GRADE}{Q}(?=\ (?i:in|since)\ {_DAY_MONTH}?(?:19|20)\d\d(?!\d))
"""
#: A rated verb and its grade, earlier in a sentence.
_RATED_GRADE = rf"(?<!\w){_RATED_VERB}\ [^.!?\n]{{0,80}}?(?<!\w)(?i:\L<grades>)(?!\w)"
_AND_THEN_LEAD: Final = timed(rf"{_RATED_GRADE}[\"']?\ (?i:in|since)\ ", grades=_LISTS["grades"])


#: A council's services after its name: "Kent's children's services".
_OWNED = r"(?:'s(?:\ (?i:children's))?\ (?i:services|department))?"
#: A further council and its grade, the verb left out: "Wigan was rated good, and Bolton
#: outstanding", "Leeds was rated as good, and Kent's services as outstanding".
_AND_COUNCIL = rf"""
    (?<=(?:,|,?\ and|;)\ )(?P<object>\p{{Lu}}[\w'&-]*(?:\ (?:(?:upon|and|with|on|of|under)\ )?\p{{Lu}}[\w'&-]*){{0,4}}{_OWNED})
    \ (?:(?i:as)\ )?{Q}{GRADE}{Q}(?=[.,;]|\ (?i:and|in|for)\b|$)
"""
_RATED_LEAD: Final = timed(_RATED_GRADE, grades=_LISTS["grades"])
_OWNED_SERVICES: Final = timed(_OWNED)


def _build_and_council(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only for one council named, after a rated verb and grade in the sentence."""
    start, end = m.span("object")
    mentions = ctx.mentions_in(start, end)
    if len(mentions) != 1 or mentions[0].start != start or not _OWNED_SERVICES.fullmatch(ctx.text, mentions[0].end, end):
        return []
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if _RATED_LEAD.search(ctx.text, s_start, start) is None:
        return []
    when = ctx.when_for(*m.span("grade"), rivals=_sentence_grades(ctx, m), default_published=False)
    return [Rating(authority=mentions[0].name, grade=grade_of(m.group("grade")), judgement="overall", when=when,
                   start=m.start(), end=m.end())]


def _build_and_then(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only after a rated verb and its grade and date in the sentence."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if _AND_THEN_LEAD.search(ctx.text, s_start, m.start()) is None:
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


#: "rated 'good', up from 'requires improvement'": the grade before, no longer held.
_UP_FROM = rf"""
    (?<!\w)(?i:up|down|improving|improved|rising|falling|dropping)\ from\ (?:(?i:its|the|a|an)\ )?{Q}{GRADE}{Q}
"""


def _build_rated_object(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only where the object's head (before a preposition: "Kent's plans for the service")
    is a council or its services, and it holds no grade."""
    start, end = m.span("object")
    mentions = ctx.mentions_in(start, end)
    for p in _PREPOSITION.finditer(ctx.text, start, end):
        if not any(a.start <= p.start() < a.end for a in mentions):
            end = p.start()
            break
    ends_with_council = any(_COUNCIL_LINE_REST.fullmatch(ctx.text, a.end, end) for a in mentions if a.end <= end)
    if not (ends_with_council or _OBJECT_END.search(ctx.text, start, end)) or _GRADE_PATTERN.search(ctx.text, start, end):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_grade_rated(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only in a sentence naming a council ("inadequate-rated councils face
    intervention" is of councils in general)."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if not ctx.mentions_in(s_start, max(s_end, m.end())):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_grade(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade"))))


def _build_weak(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade")), weak=True))


def _build_requires(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, "requires_improvement", weak=True))


def _build_no_longer(m: regex.Match[str], ctx: Context) -> list[Rating]:
    return list(_ratings(m, ctx, grade_of(m.group("grade")), current=False))


def _build_extreme(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """ "its lowest rating" is inadequate, "the second lowest" requires improvement."""
    low = m.group("extreme").lower() in ("lowest", "worst")
    grade: Grade
    if m.group("second"):
        grade = "requires_improvement" if low else "good"
    else:
        grade = "inadequate" if low else "outstanding"
    return list(_ratings(m, ctx, grade))


def _build_transition(m: regex.Match[str], ctx: Context) -> list[Rating]:
    out = list(_ratings(m, ctx, grade_of(m.group("grade"))))
    if m.group("old"):
        old = grade_of(m.group("old"))
        when = ctx.when_for(*m.span("old"), rivals=_sentence_grades(ctx, m), default_published=False)
        out += [attrs.evolve(r, grade=old, current=False, when=when) for r in out]
    return out


def _build_performs(m: regex.Match[str], ctx: Context) -> list[Rating]:
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if not _ANNUAL_CONTEXT.search(ctx.text, s_start, max(s_end, m.end())):
        return []
    return list(_ratings(m, ctx, grade_of(m.group("grade")), weak=True))


def _build_labelled(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """ "the 'inadequate' services": the services as a whole, whatever the clause names."""
    return [attrs.evolve(r, judgement="overall") for r in list(_ratings(m, ctx, grade_of(m.group("grade"))))[:1]]


def _build_providing(m: regex.Match[str], ctx: Context) -> list[Rating]:
    grade = grade_of(m.group("grade"))
    judgements = list(dict.fromkeys(_judgement(j.group()) for j in _JUDGEMENT_PATTERN.finditer(m.group("judgements"))))
    return [attrs.evolve(r, judgement=j) for r in list(_ratings(m, ctx, grade, weak=True))[:1] for j in judgements]


def _build_table_row(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """A grade cell, for the councils at its row's head ("Leeds | Good"); in a row without
    cell separators, for those ending right before its figures ("A/B 65.1 10.2 Good")."""
    grade = grade_of(m.group("grade"))
    cell = cell_at(ctx, m.start("grade"))
    if cell is not None:
        whole = cell.span == m.span("grade") and cell.column > 0
        names = head_authorities(ctx, cell.row) if whole else []
    else:
        names = row_authorities(ctx, m.start()) if m.group("figures") else []
    return [
        Rating(authority=name, grade=grade, judgement="overall", start=m.start("grade"), end=m.end("grade"))
        for name in names
    ]


_LINE: Final = timed(r"[^\n]+")


def _build_headed_list(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """One rating per council line under a heading that grades them."""
    grade = grade_of(m.group("grade"))
    out: list[Rating] = []
    for line in _LINE.finditer(ctx.text, m.end(), min(len(ctx.text), m.end() + 2000)):
        if not line.group().strip():
            if out:
                break
            continue
        if out and ctx.text.count("\n", out[-1].end or 0, line.start()) > 2:
            break  # a gap of blank lines ends the list
        mentions = ctx.mentions_in(line.start(), line.end())
        if len(mentions) != 1 or ctx.text[line.start() : mentions[0].start].strip() or not _COUNCIL_LINE_REST.fullmatch(
            ctx.text, mentions[0].end, line.end()
        ):
            break
        out.append(Rating(authority=mentions[0].name, grade=grade, judgement="overall", start=line.start(), end=line.end()))
    return out


#: A report's line grading one judgement: "2.1 Adoption performance   Outstanding",
#: "The experiences and progress of care leavers: good" (a section heading).
_JUDGEMENT_ROW = r"""
    (?m:^)[ \t|]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?
    (?P<label>[^\n]{0,100}?(?<!\w)(?P<judgement>(?i:\L<judgements>))(?!\w)[^\n]{0,80}?)
    [ \t|:\u2013-]+["']?(?P<grade>(?i:\L<grades>))["']?[ \t.]*(?m:$)
"""
#: A clause, not a label: "Care leavers said the service is good", "... all received a
#: rating of 'good'" (a verb, or a function word before the grade).
_ROW_VERB: Final = timed(
    r"(?i:\b(?:is|are|was|were|be|been|being|has|have|had|rated|judged|graded|deemed|remains?|found|said|says|not|no\ longer"
    r"|received?|receives|given|awarded|achieved|gained|kept|retained|secured|rating\ of|grade\ of)\b"
    r"|\b(?:of|as|to|a|an|the|and|or|for|in|with|than|very|too|so|more|less|most)\W*$)"
)


def _build_judgement_row(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """The judgement a label names, for the report's council."""
    if _ROW_VERB.search(m.group("label")) or _OTHER_SUBJECT.search(m.group("label")):
        return []
    return [Rating(authority=ctx.authority_for(m.start(), m.end()), grade=grade_of(m.group("grade")),
                   judgement=_judgement(m.group("judgement")), start=m.start("label"), end=m.end("grade"))]


#: A list line pairing a council with its grade: "- Kent: good (previously requires
#: improvement)", "Surrey - outstanding".
_COUNCIL_LINE = r"""
    (?m:^)[ \t]*(?:[-*\u2022\u25aa\u25cf][ \t]*|\d{1,2}[.)][ \t]*)?
    (?P<label>\p{Lu}[^\n:|]{0,60}?)[ \t]*(?::|\||\ -)[ \t]*["']?(?P<grade>(?i:\L<grades>))["']?
    (?:[ \t]*\((?i:previously|was|formerly|up\ from|down\ from|from)\ ["']?(?P<old>(?i:\L<grades>))["']?\))?[ \t.]*(?m:$)
"""


def _build_council_line(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only where the label is one council's name (or title)."""
    start, end = m.span("label")
    mentions = ctx.mentions_in(start, end)
    if len(mentions) != 1 or ctx.text[start : mentions[0].start].strip() or not _COUNCIL_LINE_REST.fullmatch(
        ctx.text, mentions[0].end, end
    ):
        return []
    name = mentions[0].name
    out = [Rating(authority=name, grade=grade_of(m.group("grade")), judgement="overall", start=start, end=m.end("grade"))]
    if m.group("old"):
        out.append(Rating(authority=name, grade=grade_of(m.group("old")), judgement="overall", current=False,
                          start=start, end=m.end("old")))
    return out


def _stamp(r: Rating) -> str:
    """Sort key for when a grade was given: undated current grades are the newest."""
    return r.when[:4] if r.when else ("9999" if r.current else "0000")


def _share_past_dates(ratings: list[Rating], ctx: Context) -> list[Rating]:
    """Past grades listed in one sentence share its one date: "had previously been rated
    'adequate' for child protection, and 'good' for children in care at a previous
    inspection in March 2012"."""
    dated: dict[tuple[int, int], set[str]] = {}
    for r in ratings:
        if not r.current and r.when is not None and r.start is not None:
            dated.setdefault(ctx.prepared.sentence_at(r.start), set()).add(r.when)
    out = []
    for r in ratings:
        whens = dated.get(ctx.prepared.sentence_at(r.start), set()) if r.start is not None else set()
        share = not r.current and r.when is None and len(whens) == 1 and r.rule != RULE_TRANSITION
        out.append(attrs.evolve(r, when=next(iter(whens))) if share else r)
    return out


def _inspection_dates(others: Mapping[str, Sequence[object]]) -> dict[str | None, str]:
    """Each authority's latest dated inspection (not visit)."""
    latest: dict[str | None, str] = {}
    for i in others.get("inspections", ()):
        if isinstance(i, Inspection) and i.kind == "inspection" and i.when is not None:
            latest[i.authority] = max(latest.get(i.authority, ""), i.when)
    return latest


def finalise(ratings: Iterable[Rating], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Rating]:
    """Mark grades superseded by a later, different grade for the same authority and
    judgement; date present-tense grades with the reference year (with no reference
    date, with the year of the authority's latest inspection); add the framework."""
    ratings = _share_past_dates(list(ratings), ctx)
    inspected = _inspection_dates(others)
    framework = _framework(ctx)
    # the latest stamp of each grade for each authority and judgement
    latest_of: dict[tuple[str | None, str], dict[str, str]] = {}
    for r in ratings:
        grades = latest_of.setdefault((r.authority, r.judgement), {})
        grades[r.grade] = max(grades.get(r.grade, ""), _stamp(r))
    out = []
    for r in ratings:
        superseded = any(
            grade != r.grade and stamp > _stamp(r) for grade, stamp in latest_of[(r.authority, r.judgement)].items()
        )
        current = r.current and not superseded
        when = r.when
        if when is None and current:
            if ctx.reference is not None:
                when = str(ctx.reference.year)
            elif r.authority in inspected:
                when = inspected[r.authority][:4]
        out.append(attrs.evolve(r, current=current, when=when, framework=r.framework or (framework if current else None)))
    return out


def _rule(
    name: str, pattern: str, build: Build, triggers: tuple[str, ...] = GRADE_TRIGGERS, also: tuple[str, ...] = ()
) -> Rule:
    """A ratings rule whose matches stay inside one sentence and hold a trigger (a grade)
    and, if ``also`` is given, one of those too."""
    return Rule(name=name, kind="ratings", pattern=pattern, build=build, lists=_LISTS, triggers=triggers,
                also_triggers=also, scope="sentence")


RULES: Final = (
    _rule(RULE_TRANSITION, _TRANSITION, _build_transition, also=_TRANSITION_TRIGGERS),
    _rule(RULE_NO_LONGER, _NO_LONGER, _build_no_longer, also=_NO_LONGER_TRIGGERS),
    _rule(RULE_RATED, _RATED, _build_grade, also=_RATED_TRIGGERS),
    _rule(RULE_FOUND_TO_BE, _FOUND_TO_BE, _build_weak, also=_FOUND_TRIGGERS),
    _rule(RULE_RATED_OBJECT, _RATED_OBJECT, _build_rated_object, also=(*_RATED_TRIGGERS, "considered")),
    _rule(RULE_UP_FROM, _UP_FROM, _build_no_longer, also=("from",)),
    _rule(RULE_GRADED_JUDGEMENT, _GRADED_JUDGEMENT, _build_grade, also=_JUDGEMENT_TRIGGERS),
    _rule(RULE_AND_THEN, _AND_THEN, _build_and_then, also=(" and ",)),
    _rule(RULE_AND_COUNCIL, _AND_COUNCIL, _build_and_council, also=_RATED_TRIGGERS),
    _rule(RULE_RATING_NOUN, _RECEIVED, _build_grade, also=_RATING_NOUN_TRIGGERS),
    _rule(RULE_GRADE_NOUN, _GRADE_NOUN, _build_grade, also=(*_RATING_NOUN_TRIGGERS, *_JUDGEMENT_TRIGGERS)),
    _rule(RULE_EXTREME, _EXTREME, _build_extreme, _EXTREME_TRIGGERS),
    _rule(RULE_GRADE_RATED, _GRADE_RATED, _build_grade_rated, also=_GRADE_RATED_TRIGGERS),
    _rule(RULE_STATE, _STATE, _build_weak, also=_STATE_TRIGGERS),
    _rule(RULE_GRADE_FOR, _GRADE_FOR, _build_grade, also=_JUDGEMENT_TRIGGERS),
    _rule(RULE_COPULA, _COPULA, _build_weak),
    _rule(RULE_REQUIRES, _REQUIRES, _build_requires, ("improvement",)),
    _rule(RULE_LABELLED, _LABELLED, _build_labelled, also=_LABELLED_TRIGGERS),
    _rule(RULE_PROVIDING, _PROVIDING, _build_providing, also=_PROVIDING_TRIGGERS),
    # a table row stays inside its line, a heading's list runs over lines after it
    Rule(name=RULE_TABLE_ROW, kind="ratings", pattern=_TABLE_ROW, build=_build_table_row,
         triggers=GRADE_TRIGGERS, scope="paragraph"),
    _rule(RULE_PERFORMS, _PERFORMS, _build_performs, ("perform",)),
    Rule(name=RULE_COUNCIL_LINE, kind="ratings", pattern=_COUNCIL_LINE, build=_build_council_line, lists=_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=(":", "|", " -"), scope="paragraph"),
    Rule(name=RULE_JUDGEMENT_ROW, kind="ratings", pattern=_JUDGEMENT_ROW, build=_build_judgement_row, lists=_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=_JUDGEMENT_TRIGGERS, scope="paragraph"),
    Rule(name=RULE_HEADED_LIST, kind="ratings", pattern=_HEADED_LIST, build=_build_headed_list, lists=_LISTS,
         triggers=GRADE_TRIGGERS, also_triggers=_RATED_TRIGGERS, scope="paragraph"),
)
