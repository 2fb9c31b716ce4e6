"""Fragments, named lists, second triggers and look-ups shared by the ratings rules."""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ..._vocab import BAND_VERBS, BAND_WORDS, FOUND_VERBS, GRADE_PHRASES, JUDGEMENT_PHRASES, RATED_VERBS, RATING_NOUNS
from ...dates import MONTH_NAMES
from ...records import Judgement
from .._fragments import LISTS, alternation, literal_triggers

RATING_LISTS: Final = {
    **LISTS,
    "judgements": sorted(JUDGEMENT_PHRASES, key=len, reverse=True),
    "months": sorted(MONTH_NAMES, key=len, reverse=True),
    "bands": list(BAND_WORDS),
    "band_verbs": list(BAND_VERBS),
    "performances": [p for p in GRADE_PHRASES if p.startswith("perform")],  # the 2009-2012 annual grades
}

# -- fragments ----------------------------------------------------------------------
_RATED_VERB = rf"(?i:{alternation(RATED_VERBS)})"
#: A judgement a grade is given for, named right after it: "for adoption", "on care leavers",
#: "at keeping children safe".
_JUDGEMENT_NAMED = (r"\ (?:for|in|on|at)\ (?:its\ |their\ |the\ )?(?:[\w'-]+\ ){0,4}?(?P<judgement>(?i:\L<judgements>))(?!\w)"
                    r"(?:\ (?i:assessed|inspected|judged|of\ focus)(?=\ ?[:\u2013-]\ ))?")  # "in all three areas assessed: ..."
_JUDGEMENT_AFTER = rf"(?:{_JUDGEMENT_NAMED})?"
_OVERALL = r"(?P<overall>\ overall)?"
_RATING_NOUN = rf"(?i:{alternation(RATING_NOUNS)})"
#: A rated verb and its grade, earlier in a sentence.
_RATED_GRADE = rf"(?<!\w){_RATED_VERB}\ [^.!?\n]{{0,80}}?(?<!\w)(?i:\L<grades>)(?!\w)"
_RATED_LEAD: Final = timed(_RATED_GRADE, grades=RATING_LISTS["grades"])
#: After a label that opens a line, a colon and what it grades: "Outstanding: Ofsted's
#: verdict on Kent's services", "'Good': the new rating for children's services in Hull".
_LABEL_COLON: Final = timed(
    rf"""["'\u2019\u201d]?:\ [^.;!?\n:]{{0,40}}?(?<!\w)(?:{_RATING_NOUN}|(?i:children's\ (?:social\ care\ )?services))(?!\w)"""
)

# -- second triggers: a rarer word than the grade that every match of a rule holds ---
_RATED_TRIGGERS: Final = literal_triggers(RATED_VERBS)
_FOUND_TRIGGERS: Final = FOUND_VERBS
_JUDGEMENT_TRIGGERS: Final = literal_triggers([*JUDGEMENT_PHRASES, "overall"])
_TRANSITION_TRIGGERS: Final = (
    "from", "grade", "improv", "move", "drop", "fallen", "fell", "fall", "slip", "rose", "rise", "risen", "climb", "jump",
    "leap", "lift", "raise", "boost", "declined", "sank", "sunk",
)
_NO_LONGER_TRIGGERS: Final = ("no longer", "out of", "removed", "lifted", "shed", "shaken off", "ditched")
_PROVIDING_TRIGGERS: Final = ("provid", "deliver", "offer")

#: A date between the article and the grade: "the November 2017 inadequate judgement".
_DAY_MONTH = r"(?:(?:\d{1,2}\ )?\L<months>\ )"
_DATED = rf"(?:{_DAY_MONTH}?(?:19|20)\d\d\ )?"

#: Councils named together: "both councils", "the two authorities".
#: ("both areas" may be two judgements: it is read as such, see ``attribution``.)
_BOTH: Final = timed(r"(?i:\b(?:both|the\ two)\ (?:councils|authorities|local\ authorities|boroughs|counties|cities))")
#: Nouns a judgement phrase may modify without naming the judgement: cases and problems
#: ("child protection plans", "years of safeguarding failures", "the adoption register").
CASE_NOUNS: Final = (
    "failures", "failings", "failure", "scandal", "scandals", "concerns", "plans", "plan", "register", "cases", "case",
    "checks", "hub", "chairs", "orders", "referrals", "investigations", "inquiries", "lapses", "breaches", "errors",
)
_JUDGEMENT_PATTERN: Final = timed(
    r"(?<!\w)(?i:\L<judgements>)(?!\w)(?!\ (?i:\L<case_nouns>)\b)",
    judgements=RATING_LISTS["judgements"], case_nouns=list(CASE_NOUNS),
)
#: Other grades in a sentence, rivals for its dates.
_GRADE_PATTERN: Final = timed(r"(?<!\w)(?i:\L<grades>)(?!\w)", grades=RATING_LISTS["grades"])
#: A line naming only a council, as under a heading: "Doncaster Council".
_COUNCIL_LINE_REST: Final = timed(r"[ \t]*(?:(?:City|County|Borough|Metropolitan|District)\ )*(?:Council)?[ \t]*")


#: What makes a council one compared with, right before it: "like (neighbouring)", "unlike", "than", "as with".
COMPARED_BEFORE: Final = timed(r"(?i:\b(?:like|unlike|than|as\ with)\ (?:(?:the|its|neighbouring|nearby|fellow|other)\ ){0,2}$)")


def _judgement(phrase: str) -> Judgement:
    return JUDGEMENT_PHRASES[phrase.lower()]
