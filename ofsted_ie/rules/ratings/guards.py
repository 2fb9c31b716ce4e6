"""Guards: the named vetoes of the ratings rules, each returning why it vetoes a match.

A guard takes what it reads (a match, a clause's region) and returns a short reason,
such as "a school's grade", or ``None`` when it has no objection; builders drop a match
that any guard vetoes, so a future ``explain`` can report "vetoed by
ratings.guard_other_subject: a school's grade". What a match is about, once no guard
objects, is ``attribution``'s to say.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

import regex

from ..._timed import FROM_END, timed
from ..._vocab import RATING_NOUNS
from ...context import Context
from .._common import ADULT_CARE, COUNT_SUBJECT, GENERIC_SUBJECT, JUDGEMENT_AREAS, SOME_AREAS, serial_comma
from .._fragments import alternation
from .ellipsis import gapped_overall
from .fragments import _BOTH, _LABEL_COLON, _RATED_GRADE, _RATED_LEAD, RATING_LISTS
from .judgement_lists import _listed_after, judgements_after
from .stated import stated_not_hoped


def vetoed(ctx: Context, start: int, end: int, *checks: Callable[[], str | None]) -> bool:
    """Whether one of ``checks`` (guards with their arguments, ``functools.partial``)
    vetoes the mention at ``[start, end)``; the first that does is noted on the context
    with its name and reason, for ``explain``. Later checks are not run."""
    for check in checks:
        reason = check()
        if reason is not None:
            guard = check.func.__name__ if isinstance(check, functools.partial) else getattr(check, "__name__", "guard")
            ctx.note_veto(start, end, f"ratings.{guard}", reason)
            return True
    return False


#: Modal and future auxiliaries: "could", "will", "won't".
_MODAL = r"(?:can|cannot|can't|could|couldn't|would|wouldn't|will|won't|might|may|should|shouldn't|must|shall)"
#: A "to" that is a finding's, not a hope's: "found to be", "the first council to be rated", "delighted to be".
_FOUND_TO = (
    r"(?<!found\ |judged\ |deemed\ |considered\ |said\ |continues?\ |continued\ |"
    r"\b(?:delighted|pleased|proud|thrilled|happy|glad|disappointed|relieved|shocked|saddened)\ |"  # a feeling about a fact
    r"\b(?:found|judged|deemed|considered|rated|believed|shown|proved|finding|judging|deeming|considering|rating"
    r"|declaring|declared)\ (?:[\w'\u2019,()-]+\ ){1,18}?|"  # "found X's services to be", "Ofsted judging X's services to be"
    r"\b(?:first|second|third|only|latest)\ (?:[\w'-]+\ ){0,2}?(?:council|authority|area|department)s?\ )"
)
#: Verbs of change in their base form, as a modal or "to" governs them: "could move", "to get".
_CHANGE_BASE = r"(?:move|get|go|rise|climb|jump|leap|improve|return|drop|fall|slip|step|progress|come|be\ (?:upgraded|downgraded|moved|lifted|raised))"
_ADVERB = r"(?:not\ |also\ |then\ |soon\ |now\ |still\ |finally\ |eventually\ |\w+ly\ )"
_RATED_AS = r"(?:(?:judged|rated|graded|deemed|considered|found)\ (?:as\ |to\ be\ )?)"
#: "be rated", "become", "get".
_BE_RATED = rf"(?:(?:be|being|become|get|getting)\ {_RATED_AS}?)"
#: "move up to", "get its rating to", "rise": a change, the grade it is to, or the grade
#: it is from after it ("could move from ... to ...").
_CHANGE_TO = (
    rf"(?:{_CHANGE_BASE}\ (?:(?:up|down|back)\ )?"
    r"(?:(?:(?!\b(?:and|but|has|have|had|was|were|is|are)\b)[^.;:!?\n]){0,50}?\bto\ )?)"  # not "... and has moved to"
)
#: A hope, a future or a condition in the words before a grade: "can be judged good", "on
#: track to be rated good", "could move (up) to good", "aims to get to good", "if it is
#: judged inadequate", "where services are judged to be inadequate, ...". A verb or noun
#: of change in the past or present ("moved to good", "the leap to 'good'", "rises two
#: grades to good") is a grade given, not hoped for: a modal or "to" before it makes a hope.
_HYPOTHETICAL: Final = timed(
    rf"(?i:(?:\b{_MODAL}\ {_ADVERB}?(?:{_BE_RATED}|{_RATED_AS}|{_CHANGE_TO})?"  # "will be rated", "could move to"
    rf"|{_FOUND_TO}\bto\ {_ADVERB}?(?:{_BE_RATED}|{_CHANGE_TO})"  # "aims to be judged", "a bid to get to"
    rf"|\b(?:risks?|danger|threat)\ of\ (?:being|becoming|getting)\ {_ADVERB}?{_RATED_AS}?"  # "at risk of being rated"
    rf"|\brisk(?:s|ed|ing)?\ {_BE_RATED}"  # "risks being judged"
    r"|(?:towards|(?<!(?:years|months|decades?)\ )of|for)\ (?:being|becoming|getting)\ |\b(?:want|hop|wish|expect|lik)\w*\ to\ see\ [^.;:!?\n]{0,70}?"
    # a condition: "if it is judged", "unless it is rated"; a general one: "where services are judged to be"
    rf"|\b(?:if|unless)\b[^.;:!?\n]{{0,60}}?\b(?:is|are|was|were|be|been)\ {_ADVERB}?{_RATED_AS}?"
    r"|(?-i:(?<!\p{Lu}[\w'-]*,?\ ))\b(?:where|when|whenever|once)\ (?:(?:an?|any)\ (?:[\w'-]+\ ){0,3}?|(?:[\w'-]+\ ){0,2}?"
    r"|(?-i:[a-z][\w'-]*\ ){3,4}?)"  # "where council children's services are judged": lower case, no council named
    rf"(?:is|are)\ {_ADVERB}?{_RATED_AS}?"
    # a general condition in the past: "where standards have been judged", not a relative
    # "where" after a place ("the borough, where services were judged")
    r"|(?:(?<![\w'-],\ )|(?<=\b(?i:however|but|and|so|yet|now|also),\ ))\b(?:where|wherever)\ (?-i:[a-z][\w'-]*\ ){1,3}?"
    rf"(?:have\ been|were)\ {_ADVERB}?{_RATED_AS}?"
    r"))$", FROM_END,
)
#: Grades of other things than a council's children's services ("adoption and fostering" is adoption's).
_OTHER_SUBJECT: Final = timed(
    r"(?i:\bschools?\b|academ(?:y|ies)|nurser(?:y|ies)|(?:children's|residential|care)\ homes?|\bcolleges?\b|early\ years"
    r"|(?<!adoption\ (?:and|&)\ )fostering(?!\ (?:and|&)\ adoption)|probation|youth\ offending|youth\ justice|\bsend\b|special\ educational\ needs|hospital"
    r"|\bcqc\b|police|adoption\ agenc|^\W*the\ home\b(?!\ office)|\bhomes\b|\bnhs\b|housing|children's\ centres?|pupil\ referral"
    r"|council\ tax|\bfinances\b|health\ visit|family\ centres?"
    r"|\b(?:primary|secondary|infant|junior)\b(?!\ (?:concern|aim|focus|reason|responsibility|duty|task|role|issue|goal|purpose)))"  # "a Kent secondary was rated good"
)
#: A grade as a copula's subject right before a grade: "adequate is now (good)".
_GRADE_COPULA_BEFORE: Final = timed(
    r"""(?<!\w)(?i:\L<grades>)["'\u2019\u201d]?\ (?i:is|was|are|were|has\ become|becomes|means)\ (?:(?i:now|still|effectively|really)\ )?["'\u2018\u201c]?$""",
    grades=RATING_LISTS["grades"],
)
#: Nobody was given the grade: "None of the six has gained", "failing to secure", "no areas that were judged", "kept from".
_NEGATED_START: Final = timed(r"^\W*(?i:none|no|neither|not\ one|nor)\b")
_NEGATED_END: Final = timed(
    r"(?i:\b(?:not|never|fail(?:s|ed|ing)?\ to|unable\ to)\ (?:[\w'-]+\ ){0,3}$"
    r"|\bno\ (?:[\w-]+\ ){1,4}(?:that|which|who)\ (?:were|was|are|is|ha(?:ve|s|d)\ been)(?:\ [\w'-]+){0,3}\ ?$"
    r"|\b(?:(?:prevent\w*|stop\w*|kept|keep\w*|bar(?:s|red|ring)?|preclud\w*|hold\w*|held)\ (?:[\w,'-]+\ ){0,6}?from|f[ae]ll(?:s|ing)?\ short\ of|avoid(?:s|ed|ing)?|escap(?:e|es|ed|ing)|miss(?:es|ed|ing)?\ out\ on)"  # "narrowly avoided a"
    r"\ (?:[\w'-]+\ ){0,4}$)"
)
#: Subjects of which a grade word is an ordinary adjective: "morale ... was still good".
_ORDINARY_SUBJECT: Final = timed(
    r"(?i:\b(?:morale|practice|progress|relationships?|access|communication|partnerships?|news|start|idea|example"
    r"|attendance|behaviour|health|weather|feedback|response|listening|team|squad|club|pupils|students|players)\b)"
)
#: News told in a clause of its own, not closed before the grade, whose subject the grade is: "the news that Kent's services are good".
_NEWS_THAT: Final = timed(r"(?i:\bnews\ (?:that|as)\b)(?P<clause>[^,;:]*)$")
#: What a copula's subject must name to be a grade of services (or the grade's own noun: "Its rating is now good").
_SERVICE_SUBJECT: Final = timed(
    r"(?i:\b(?:services?|council|authority|department|provision|borough|county|trust|it|they|rating|grade|verdict|judge?ment|outcome|result)\b)"
)
#: Where the subject of the clause's verb begins: after "that", "said", a comma.
_SUBJECT_START: Final = timed(r"(?i:\b(?:that|which|who|said|says|and|but|while)\b|,)")
#: Words of Ofsted's annual rating, in the sentence of "performs well".
_ANNUAL_CONTEXT: Final = timed(r"(?i:annual|rating|assessment|ofsted|judged|rated|inspectors)")
#: What names the annual ratings anywhere in a text: then its "performs well" is one of them.
_ANNUAL_TEXT: Final = timed(r"(?i:\bannual\ (?:[\w'-]+\ ){0,3}?(?:ratings?|assessments?)\b|\bperformance\ ratings?\b)")
_AND_THEN_LEAD: Final = timed(rf"{_RATED_GRADE}[\"']?\ (?i:in|since)\ ", grades=RATING_LISTS["grades"])
#: A clause, not a label: "Care leavers said the service is good", "... all received a
#: rating of 'good'" (a verb, or a function word before the grade).
_ROW_VERB: Final = timed(
    r"(?i:\b(?:is|are|was|were|be|been|being|has|have|had|rated|judged|graded|deemed|branded|labell?ed|considered|declared|class(?:ed|ified)|condemned|described|called|assessed|rates|judges|grades|remains?|found|said|says|not|no\ longer"
    r"|received?|receives|given|awarded|achieved|gained|kept|retained|secured|rating\ of|grade\ of)\b"
    r"|\b(?:of|as|to|a|an|the|and|or|for|in|with|than|very|too|so|more|less|most)\W*$)"
)




def guard_hypothetical(prefix: str, label: str = "") -> str | None:
    """A hope or a goal, not a grade, in the words just before the grade (``prefix``),
    unless they and the words from the grade on (``label``) state it (``stated.stated_not_hoped``)."""
    # "hopes its services can be judged good at the next inspection"
    if stated_not_hoped(prefix, label):
        return None
    return "a hope, not a grade" if _HYPOTHETICAL.search(prefix) else None


def guard_other_subject(region: str) -> str | None:
    """A grade of something other than a council's children's services, named in the
    clause's subject ``region`` (or a row's label)."""
    # "a primary school in the borough was rated good"; "its adult social care was rated good"
    return "a school's grade" if _OTHER_SUBJECT.search(region) or ADULT_CARE.search(region) else None


def guard_grade_of_a_grade(ctx: Context, start: int) -> str | None:
    """A grade said of another grade, the scale talked of: "adequate is now good"."""
    # "Ofsted had moved the goal posts and adequate is now good in old money"
    return "a grade said of a grade" if _GRADE_COPULA_BEFORE.search(ctx.text, max(0, start - 40), start) else None


def guard_ordinary_subject(ctx: Context, region_start: int, region_end: int, judgements: Sequence[str]) -> str | None:
    """For weak frames (a bare copula, "needs improvement"): a subject that names no judgement, council or service, or
    an ordinary noun ("morale in the department was still good"), makes the grade word an ordinary adjective."""
    region = ctx.text[region_start:region_end]
    ordinary = None if judgements else _ORDINARY_SUBJECT.search(region)
    if ordinary is not None and (embedded := _NEWS_THAT.search(region)):  # "the news that Kent's services are good"
        ordinary, region_start, region = None, region_start + embedded.start("clause"), embedded.group("clause")
    ours = judgements or ctx.mentions_in(region_start, region_end) or _SERVICE_SUBJECT.search(region)
    return None if ours and ordinary is None else "an ordinary adjective"


def guard_negated(ctx: Context, region_start: int, region_end: int, grade_start: int) -> str | None:
    """Nobody was given the grade: a negated subject, or a negation just before the grade."""
    # "none of the councils has gained an outstanding rating", "councils failing to secure a good rating"
    region = ctx.text[region_start:region_end]
    if _NEGATED_START.match(region) or _NEGATED_END.search(ctx.text, max(region_start, grade_start - 90), max(grade_start, region_end)):
        return "a negation: nobody was given the grade"
    return None


#: A council or board as any one of its kind: "In a local authority that requires
#: improvement, ...", not a lede's "A local authority, rated 'good' by Ofsted, ...", nor
#: one told in the past ("a step down for a council that had been good since 2016").
_ONE_OF_ITS_KIND = r"(?:local\ authority|council|authority|lscb|local\ safeguarding\ children\ board)\ (?:that|which|where|whose)\b"
_INDEFINITE_SUBJECT: Final = timed(
    rf"(?i:\b(?:a|an)\ {_ONE_OF_ITS_KIND}(?!\ (?:had|was)\b)|\bany\ {_ONE_OF_ITS_KIND}"
    r"|\b(?:its|their|a|the)\ (?:nearest\ )?neighbou?rs?\b|\bneighbouring\ (?:councils|authorities)\b)"
)  # an unnamed council: "its neighbour (was judged good)"


#: A dash aside listing judgements after a count: "(Three areas) - help and protection, ...".
_ASIDE_OF_JUDGEMENTS: Final = timed(r"\ [-\u2013\u2014]\ (?:(?:[\w'-]+\ ){0,4}?(?i:\L<judgements>)(?!\w))",
                                  judgements=RATING_LISTS["judgements"])


def guard_councils_in_general(ctx: Context, region_start: int, region_end: int) -> str | None:
    """A subject that names no council but councils in general, or a count or share of them."""
    # "local authorities that are rated good", "three of the councils were rated good"
    def look() -> str | None:
        region = ctx.text[region_start:region_end]
        if ctx.mentions_in(region_start, region_end) or _BOTH.search(region):
            return None
        cuts = list(_SUBJECT_START.finditer(region))
        subject = region[cuts[-1].end() :] if cuts else region
        if GENERIC_SUBJECT.search(region) or _INDEFINITE_SUBJECT.search(region):
            return "councils in general"
        for part in (region, subject):
            count = COUNT_SUBJECT.match(part)
            if count is not None:
                # one council's judgements counted: "all aspects of the service", "two of the five areas"
                if JUDGEMENT_AREAS.search(part, 0, count.end() + 50) or _ASIDE_OF_JUDGEMENTS.search(part, count.end()):
                    return None  # "Three areas - help and protection, ... - were rated good": judgements counted
                return "a count of councils"
        return None
    return ctx.memo(("ratings", "councils-in-general", region_start, region_end), look)  # asked twice per subject


def guard_some_areas(ctx: Context, region_start: int, region_end: int) -> str | None:
    """A count of one council's judgement areas that is not all of them and names none
    ("two of the five areas inspected were judged good"): which areas
    is not said. Asked only when no judgement is named in or after the clause."""
    region = ctx.text[region_start:region_end]
    cuts = list(_SUBJECT_START.finditer(region))
    subject = region[cuts[-1].end() :] if cuts else region
    for part in (region, subject):
        count = SOME_AREAS.match(part)
        if count is not None and JUDGEMENT_AREAS.search(part, 0, count.end() + 50):
            return "a count of judgement areas that names none"
    return None


def guard_no_council_named(m: regex.Match[str], ctx: Context) -> str | None:
    """A grade as an adjective in a sentence naming no council: of councils in general."""
    # "inadequate-rated councils face intervention"
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    return None if ctx.mentions_in(s_start, max(s_end, m.end())) else "councils in general: no council named"


def guard_not_annual(m: regex.Match[str], ctx: Context) -> str | None:
    """ "performs well" in a sentence with no word of Ofsted's annual rating, in a text
    that names no annual ratings."""
    # "the team performs well under pressure"
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if _ANNUAL_CONTEXT.search(ctx.text, s_start, max(s_end, m.end())):
        return None
    # or the text is about the annual ratings: "Ofsted's annual ratings were published. ... Kent performs poorly."
    about = ctx.memo(("ratings", "annual-ratings-text"), lambda: _ANNUAL_TEXT.search(ctx.text) is not None)
    return None if about else "not the annual rating"


def guard_row_clause(label: str) -> str | None:
    """A report line's label that is a clause (a verb, or a function word before the
    grade), not the name of a judgement."""
    # "care leavers said the service is good"
    return "a clause, not a label" if _ROW_VERB.search(label) else None


def guard_no_rated_lead(ctx: Context, sentence_start: int, start: int) -> str | None:
    """A council and grade with the verb left out, with no rated verb and grade before
    it in the sentence to borrow."""
    # "..., and the county outstanding" with nothing rated before
    return None if _RATED_LEAD.search(ctx.text, sentence_start, start) else "no rated verb before it"


def guard_no_dated_lead(ctx: Context, sentence_start: int, start: int) -> str | None:
    """A second grade and year ("and outstanding in 2019") with no rated verb, grade and
    date before it in the sentence."""
    # "good in parts and outstanding in 2019" with nothing rated before
    return None if _AND_THEN_LEAD.search(ctx.text, sentence_start, start) else "no rated grade and date before it"


# -- guards of bare grade mentions (``mentions.py``) ---------------------------------

#: The word right after a grade label, if it is a lower-case word.
_NEXT_WORD: Final = timed(r"(?:\ overall)?\ (?P<word>[a-z][a-z'-]*)")
#: Words that may follow a grade label that is a rating: prepositions, conjunctions,
#: determiners, time words, and nouns of a rating ("a 'good' rating", "good overall").
_LABEL_FOLLOWERS: Final = frozenset(
    """for in by and or from to at with across on since after under last this following when while rather instead
    but as again once then before until during over within into than because despite though although
    so according a an the its their his her our that which who whose these those yesterday today now
    earlier recently previously also too all both each either since rating ratings grade grades
    judgement judgements judgment judgments verdict verdicts grading gradings mark marks score status label report
    reports inspection inspections outcome outcome result results assessment level standard category
    classification ranking is was were are has have had will would could should can may might
    respectively means meaning ahead just amid among amongst alongside not only sub sub-rating sub-ratings sub-judgement
    sub-judgements sub-judgment sub-grade""".split()
)
#: What a quoted label may stand before as the services' label.
_SERVICE_FOLLOWERS: Final = frozenset("children's services service department council authority social".split())
#: "requires improvement" of a part: "in some areas", "to its front door", "with ...".
_PART_AFTER: Final = timed(
    r"\ (?i:to|on(?!\ (?:\d{1,2}\ )?\L<months>\b)|with|of|at(?!\ (?:its|the|their|a)\ (?:[\w-]+\ ){0,2}?(?:inspection|re-inspection|visit)s?\b)|before|in\ (?!(?:19|20)\d\d\b|all\ areas|every\ area|order\ to\ be\ good|(?:early\ |mid-?|late\ )?\L<months>\b|(?-i:\p{Lu})"
    r"|(?:its|the|their|a|an)\ (?:[\w-]+\ ){0,2}?(?:report|inspection|re-inspection|letter|verdict|judgement)s?\b))\b",
    months=RATING_LISTS["months"],
)
#: Nouns that make a label the name of a rating ("an 'inadequate' Ofsted rating").
_RATING_NOUN_AFTER: Final = timed(
    r"""^["']?(?:\ (?:overall|Ofsted|ofsted|inspection|official|new|latest|\w+-\w+))*"""
    rf"""\ (?i:sub[\ -]?)?(?i:{alternation(RATING_NOUNS)}|mark|report|score|status|label|outcome|result)s?\b"""
)
#: Services and a colon, as headlines put it: "Children's services in Kent: inadequate".
_SERVICES_COLON: Final = timed(r"""(?i:children's\ (?:social\ care\ )?services|social\ care)[^.;!?\n:]{0,60}:\ ["']?$""")
#: Services right after a quoted label: "'inadequate' children's services".
_SERVICES_AFTER: Final = timed(r"""["']?\ (?i:children's\ (?:social\ care\ )?services|services|department)\b""")
#: A bracket opening right after a council's name, before a grade alone: "Kent (good)".
_BRACKET_AFTER_NAME: Final = timed(r"""\ ?\(["']?$""")
#: A council's services right after its name: "(Kent)('s) children's services".
_OWN_SERVICES_AFTER: Final = timed(r"""(?:'s)?\ (?i:(?:council(?:'s)?\ )?children's\ (?:social\ care\ )?services|children's\ services\ department)\b""")
#: A rating noun and what it is of, then a colon: "Ofsted's verdict on Kent: 'good'".
_NOUN_COLON: Final = timed(
    rf"""(?i:{alternation(RATING_NOUNS)})s?(?:\ (?:on|for|of)\ [^.;!?\n:]{{1,60}})?:\ ["']?$"""  # "The verdict: good"
)
#: A verb of rating before a label, in its clause: "judging both areas", "labelling them as",
#: "singled out as", "won a landmark", "are still".
_RATING_LEAD: Final = timed(
    r"(?i:\b(?:rat(?:ed|es|e|ing)|judg(?:ed|es|ing)|(?<=\b(?:inspectors|they)\ )judge|grad(?:ed|es|ing)|brand(?:ed|s|ing)|deem(?:ed|s|ing)|assess(?:ed|es)"
    r"|found|find(?:s|ing)?|given|gave|award(?:ed|s|ing)?|receiv(?:ed|es|ing)|achiev(?:ed|es|ing)|gain(?:ed|s)?"
    r"|earn(?:ed|s)?|secur(?:ed|es)|retain(?:ed|s)?|kept|keep(?:s)?|maintain(?:ed|s)?|identified|described|class(?:ed|ified)"
    r"|labell?(?:ed|ing)|consider(?:ed|s)|declared|rank(?:ed|s)|handed|remain(?:s|ed)?|continues?\ to\ be|now|still|bec(?:ame|ome)|c(?:a|o)mes?\ back\ as"
    r"|condemn(?:ed|s|ing)?"
    r"|upgraded|downgraded|improved|moved|up|down|placed|(?:dropped|fell|slipped|rose|climbed)(?=\ from\ )"
    r"|(?:rating|grade|grading|judgement|judgment|verdict|mark|outcome|result)s?\ (?:of|is|was|as|remains|stays)"
    r"|(?:rating|grade|grading|judgement|judgment|verdict)\ (?:[\w'-]+\ ){1,6}?(?:was|is|remains)(?:\ one\ of)?)\b)"
)
#: Verbs that rate only with "as" before the grade: "condemned X as inadequate" (not
#: "condemned the inadequate response").
_AS_ONLY_LEAD: Final = timed(r"(?i:condemn\w*)")
#: Leads that are nouns of rating ("a judgement of", "the grade is") or states ("remains").
_NOUN_LEAD: Final = timed(r"(?i:rating|grade|grading|judgement|judgment|verdict|mark|outcome|result)")
_STATE_LEAD: Final = timed(r"(?:remain(?:s|ed)?|continues?\ to\ be|now|still|kept|keeps?|maintain(?:ed|s)?|retain(?:ed|s)?|bec(?:ame|ome))")
#: Where a clause begins, for the lead's look back: a sentence or clause break.
_CLAUSE_BREAK: Final = timed(r"""[;:!?]|\.\ |,\ (?:but|while|whereas|and)\b|\ -\ |\n""")
#: How far back the names that widen a verb of rating's reach may stand.
_NAMES_REACH: Final = 160
#: How far back in its clause a label's verb of rating may stand.
_LEAD_WINDOW: Final = 70
#: How far back it may stand when "as" or "to be" links it to the label: the object
#: between them may be long ("rated its help for families and its work with care leavers
#: in Kent as good", "judging Kent's children's services to be good").
_AS_LEAD_WINDOW: Final = 320
#: "as" or "to be" right before a label: the link of "rated X as good", "judged X to be good".
_AS_BEFORE: Final = timed(r"""\b(?:as|to\ be)\ ["']?$""")
#: A goal before a label: "to meet 'good'", "aims to be outstanding", "before they can give".
_HOPE: Final = timed(
    r"(?i:\b(?:to\ (?:meet|reach|achieve|get|gain|secure|attain|move\ to)"  # an aim: "to meet 'good'"
    r"|to\ make\ (?:[\w'-]+\ ){0,2}[\w'-]+"  # "more to do to make services good"
    # "to be", "to become" after a verb of wanting, not of finding ("found X to be good")
    r"|(?:aim|want|hope|need|expect|plan|seek|strive|work|bid|try|tri|set\ out|ready|able|likely|going|ambition|target)\w*"
    r"\ (?:[\w'-]+\ ){0,3}?(?<!\bcontinu(?:e|es|ed|ing)\ )to\ (?:be|become)(?:\ (?:judged|rated))?"  # not "work continues to be"
    r"|aim(?:s|ed|ing)?|ambitions?|target(?:s|ed|ing)?|goal|striv(?:e|es|ing)|aspir\w*|hop(?:e|es|ed|ing)"
    r"|want(?:s|ed)?|on\ track|working\ towards|bid|before\ [\w\ ]{0,40}?can|help\ \w+\ become|(?<!\b(?:ha(?:s|ve|d)|having)\ (?:\w+\ )?)become"
    r"|(?:of|for|towards)\ (?:being|becoming|getting)|chances?|likely|prospects?|fears?"
    # a risk of a grade, not people at risk: "at risk of being rated", "risks falling to", "in danger of"
    r"|(?:risk(?:s|ed|ing)?|danger)\ (?:of|that|being|becoming|falling|slipping|dropping|sliding|losing|a\ return)"
    r")\b[^.;!?\n]{0,40}$)"
)


def guard_label_adjective(ctx: Context, after: int, quoted: bool, label: str = "") -> str | None:
    """A grade word used as an ordinary adjective: a lower-case noun follows it that is
    no rating's ("good practice", "inadequate communication", "'outstanding practice'");
    or "requires improvement" (not "... to be good") said of a part ("requires improvement in some areas")."""
    nxt = _NEXT_WORD.match(ctx.text, after)
    if (label[:5].lower() == "requi" and not label.lower().endswith(" good") and _PART_AFTER.match(ctx.text, after)
            and not judgements_after(ctx, after) and not _listed_after(ctx, after)):
        # a judgement is no part: "requires improvement on care leavers", "... in the fourth (care leavers)"
        return "improvement needed in a part, not a grade"
    if nxt is None or nxt.group("word") in _LABEL_FOLLOWERS or nxt.group("word").endswith("ly"):
        return None
    if nxt.group("word") == "overall" and label and gapped_overall(ctx, after - len(label), after):
        return None  # "rated good for leadership but inadequate overall": the earlier verb's
    if quoted and nxt.group("word") in _SERVICE_FOLLOWERS:
        return None  # a label of the services: "the 'inadequate' children's services department"
    return "an ordinary adjective"


def guard_hope(ctx: Context, start: int) -> str | None:
    """A goal, not a grade: "to meet 'good' by the next inspection", "aims to be outstanding"."""
    s_start, _ = ctx.prepared.sentence_at(start)
    return "a hope, not a grade" if _HOPE.search(ctx.text, max(s_start, start - 60), start) else None


class Evidence(NamedTuple):
    """What shows a grade label to be a rating: ``kind`` is ``"noun"`` (a rating noun
    after it, or one with "of"/"is" before it), ``"verb"`` (a verb of rating before it in
    its clause), ``"state"`` ("remains", "now", "are still"), ``"quoted"``, or ``None``
    for nothing."""

    kind: str | None


#: After a label that opens its sentence, its time and, past a comma, its subject: a
#: depictive ("Outstanding in 2018, it now requires improvement", "Inadequate until last
#: year, Kent is now good").
_FRONTED: Final = timed(
    r"""["'\u2019\u201d]?\ (?i:in|at|until|till|since)\ [^,.;:!?\n]{1,40},\ (?:(?i:it|the\ (?:council|authority|borough|county|city))\b|\p{Lu}[\w'-]*)"""
)


#: A verb of receiving and an article right before a grade used as a noun: "got a (good)",
#: "earning an (outstanding)".
_RECEIVED_BEFORE: Final = timed(
    r"(?i:\b(?:got|gets|getting|earned|earns|earning|received|receives|receiving|secured|secures|securing|achieved|achieves"
    r"|achieving|scored|scores|won|wins|winning|awarded|handed|given)\ (?:a|an)\ [\"'\u2018\u201c]?$)",
    FROM_END,
)
#: What ends such a grade noun: the clause's end or a phrase of who gave it, for what, when.
_GRADE_NOUN_END: Final = timed(r"[\"'\u2019\u201d]?(?=[.,;:!?)\n]|$|\ (?i:from|for|in|at|on|this|last|after|overall)\b)")


def rating_evidence(ctx: Context, start: int, end: int, quoted: bool) -> Evidence:
    """What shows a grade label at ``[start, end)`` to be a rating (worked out once per
    label: ``guard_no_rating_evidence`` reads it)."""
    noun = _RATING_NOUN_AFTER.match(ctx.text[end : end + 40])
    if noun is not None and (quoted or noun.group().lower() not in (" report", " reports")):
        return Evidence("noun")  # not an ordinary "good report" (a "'good' report" is one)
    s_start, _ = ctx.prepared.sentence_at(start)
    if _NOUN_COLON.search(ctx.text, max(s_start, start - 90), start) or _SERVICES_COLON.search(ctx.text, max(s_start, start - 90), start):
        return Evidence("noun")  # a headline's label of the services, "Ofsted's verdict on Kent: 'good'"
    if _LABEL_COLON.match(ctx.text, end) and not ctx.text[ctx.text.rfind("\n", 0, start) + 1 : start].strip(" \t'\"\u2018\u201c"):
        return Evidence("noun")  # the label first: "Outstanding: Ofsted's verdict on Kent's services"
    if quoted and _SERVICES_AFTER.match(ctx.text, end):
        return Evidence("noun")  # "the 'inadequate' children's services department"
    if ctx.text[end : end + 1] == ")" and _BRACKET_AFTER_NAME.search(ctx.text, max(0, start - 3), start) and any(
            start - 3 <= a.end <= start - 1 for a in ctx.mentions_in(max(0, start - 80), start)):
        return Evidence("noun")  # "Kent (good), Medway (inadequate) and Surrey (outstanding)"
    if quoted and any(a.start - end <= 2 and _OWN_SERVICES_AFTER.match(ctx.text, a.end) for a in ctx.mentions_in(end, end + 60)):
        return Evidence("noun")  # "'Inadequate' Kent children's services", a council's between the label and its services
    lead = rating_lead(ctx, start)
    if lead is not None and _AS_ONLY_LEAD.fullmatch(lead.group()) and not _AS_BEFORE.search(ctx.text, max(s_start, start - 5), start):
        lead = None
    if lead is not None:
        word = lead.group().lower()
        if _NOUN_LEAD.match(word):
            return Evidence("noun")
        return Evidence("state" if _STATE_LEAD.fullmatch(word) else "verb")
    if _RECEIVED_BEFORE.search(ctx.text, max(s_start, start - 24), start) and _GRADE_NOUN_END.match(ctx.text, end):
        return Evidence("verb")  # the grade as a noun received: "care leavers got a good", "earning a good from inspectors"
    if _FRONTED.match(ctx.text, end) and not ctx.text[s_start:start].strip(" \t\n'\"\u2018\u201c"):
        return Evidence("verb")  # a label fronted with its time: "Outstanding in 2018, it now ..."
    if not quoted and _RATED_LEAD.search(ctx.text, s_start, start) and judgements_after(ctx, end) or gapped_overall(ctx, start, end):
        return Evidence("verb")  # its verb left out, the earlier grade's: "rated good for leadership, but inadequate for adoption"
    return Evidence("quoted" if quoted else None)


def rating_lead(ctx: Context, start: int) -> regex.Match[str] | None:
    """The last verb or noun of rating before ``start`` in its clause (a council's name
    between them counting as one word: "rated the experiences of children in care in
    Bath and North East Somerset outstanding"). Found once per grade: the bare-mention rule's
    evidence and every rule's object check ask it."""
    return ctx.memo(("ratings", "lead", start), lambda: _rating_lead(ctx, start))


def _rating_lead(ctx: Context, start: int) -> regex.Match[str] | None:
    s_start, s_end = ctx.prepared.sentence_at(start)
    names = sum(a.end - a.start for a in ctx.mentions_in(max(s_start, start - _NAMES_REACH), start))
    window = names + (_AS_LEAD_WINDOW if _AS_BEFORE.search(ctx.text, max(s_start, start - 8), start) else _LEAD_WINDOW)
    lo = max(s_start, start - window)
    breaks = [b for b in _CLAUSE_BREAK.finditer(ctx.text, lo, start)  # a list's serial comma is none: "A, B, and C"
              if not (b.group() == ", and" and serial_comma(ctx, *b.span(), s_start, max(s_end, start)))]
    if breaks:
        lo = breaks[-1].end()
    leads = list(_RATING_LEAD.finditer(ctx.text, lo, start))
    return leads[-1] if leads else None


def guard_no_rating_evidence(evidence_of: Callable[[], Evidence]) -> str | None:
    """A bare grade word with nothing to show it is a rating (what
    ``evidence_of()`` gives, ``rating_evidence``'s answer: not quoted, no verb of rating before it in its clause, no
    rating noun after it)."""
    return "no sign of a rating" if evidence_of().kind is None else None


def guard_no_owner() -> str:
    """A grade that no council of the text can own (none is named, or none the clause
    could mean)."""
    return "no council to own it"
