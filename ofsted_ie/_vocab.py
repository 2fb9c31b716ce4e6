"""Every phrase list the rules and the dates read, each written once.

Grade words, judgement phrases, rated and speech verbs, honorifics, qualifiers, number
words, ordinals, month names, framework names and the words of the percentage family,
as written (lower case unless capitals carry meaning), as tuples, frozensets or
read-only mappings to contract values. Patterns take them as ``regex`` named lists
(``\\L<name>``) or as an alternation built once from the tuple, in its order (see
``ofsted_ie.rules._fragments.alternation``). Nothing here is a pattern; this module
imports nothing of the package, so ``dates.py`` and ``text.py`` can read it without
importing the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .records import Grade, Judgement, Measure, Qualifier

# -- grades and judgements (phrase as written, lower case -> contract value) ----------

GRADE_PHRASES: Final[Mapping[str, Grade]] = MappingProxyType({
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement to be good": "requires_improvement",
    "require improvement to be good": "requires_improvement",
    "requiring improvement to be good": "requires_improvement",
    "required improvement to be good": "requires_improvement",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "requiring improvement": "requires_improvement",
    "required improvement": "requires_improvement",
    "adequate": "adequate",
    "inadequate": "inadequate",
    "performs excellently": "performs_excellently",
    "performing excellently": "performs_excellently",
    "perform excellently": "performs_excellently",  # "was found to perform excellently"
    "performed excellently": "performs_excellently",
    "performs well": "performs_well",
    "performing well": "performs_well",
    "perform well": "performs_well",  # "was found to perform well"
    "performed well": "performs_well",
    "performs adequately": "performs_adequately",
    "performing adequately": "performs_adequately",
    "perform adequately": "performs_adequately",  # "was found to perform adequately"
    "performed adequately": "performs_adequately",
    "performs poorly": "performs_poorly",
    "performing poorly": "performs_poorly",
    "perform poorly": "performs_poorly",  # "was found to perform poorly"
    "performed poorly": "performs_poorly",
    "ri": "requires_improvement",  # "rated RI" (the trade press's short form)
})
#: The 2009-2011 annual assessments' bands as the news writes them in one word, a grade
#: only right after a verb of rating ("rated poor", "judged as 'excellent'"): elsewhere
#: these are ordinary adjectives ("poor practice", "excellent support").
BAND_WORDS: Final[Mapping[str, Grade]] = MappingProxyType({
    "poor": "performs_poorly",
    "excellent": "performs_excellently",
})
#: The verbs of rating a band stands right after ("rated (as) poor").
BAND_VERBS: Final = ("rated", "judged", "graded", "assessed", "deemed", "branded")

#: Whom the help and protection judgement's verbs protect: "(protecting) vulnerable young people".
_PROTECTED: Final = tuple(f"{adjective}{who}" for adjective in ("", "vulnerable ")
                          for who in ("children", "young people", "children and young people"))
_JUDGEMENT_PHRASES: Final[dict[str, Judgement]] = {
    "overall effectiveness": "overall",
    "child protection": "help_and_protection",
    "help and protection": "help_and_protection",
    "children who need help and protection": "help_and_protection",
    "children in need of help and protection": "help_and_protection",
    "help and protection of children": "help_and_protection",  # a list item: "the help and protection of children and care leavers"
    "help and protection for children": "help_and_protection",
    "protection of children": "help_and_protection",
    "safeguarding": "help_and_protection",
    "support and protection": "help_and_protection",
    "children who need protection": "help_and_protection",
    "children in need of protection": "help_and_protection",
    "children who need help or protection": "help_and_protection",
    "children in need of help or protection": "help_and_protection",
    # the judgement told by its verb: "rated good for protecting (vulnerable) children", "for how it helps and protects children"
    **{f"{verb} {who}": "help_and_protection"
       for verb in ("protecting", "protects", "protect", "helping and protecting", "helps and protects", "help and protect",
                    "supporting and protecting", "support and protect")
       for who in _PROTECTED},
    **{f"{verb} {who} safe": "help_and_protection" for verb in ("keeping", "keeps", "keep") for who in _PROTECTED},
    "looked-after children": "children_in_care",
    "looked after children": "children_in_care",
    "children looked after": "children_in_care",
    "cared for children": "children_in_care",  # some councils' own term
    "cared-for children": "children_in_care",
    "children who are looked after": "children_in_care",
    "children in care": "children_in_care",
    "those in care": "children_in_care",  # elided in a list of the judgements: "..., those in care, ..."
    "children in its care": "children_in_care",
    # the same elided or with the council's care: "..., to those who are in its care"
    **{f"{who} {are}in {whose}care": "children_in_care" for who in ("children", "those") for are in ("", "who are ")
       for whose in ("its ", "their ", "") if f"{who} {are}in {whose}care" not in ("children in care", "those in care")},
    "achieving permanence": "children_in_care",
    # the frameworks' own titles of judgements (ILACS 2018-22's "children in care and care
    # leavers" is left to read as the two judgements it names)
    "experiences and progress of children who need help and protection": "help_and_protection",
    "experiences and progress of children in care": "children_in_care",
    "experiences and progress of care leavers": "care_leavers",
    "experiences and progress of children looked after and achieving permanence": "children_in_care",
    "children looked after and achieving permanence": "children_in_care",
    "impact of leaders on social work practice with children and families": "leadership",
    "care leavers": "care_leavers",
    "care leaver": "care_leavers",
    "leaving care": "care_leavers",
    "who have left care": "care_leavers",
    "adoption": "adoption",
    "leadership": "leadership",
    "leadership, management and governance": "leadership",
    "leadership and management": "leadership",
    "impact of leaders": "leadership",
    "impact leaders have": "leadership",
    "impact of senior leaders": "leadership",
    "impact of its leaders": "leadership",  # "for the impact of its leaders"
    "impact of their leaders": "leadership",
    "effectiveness of leaders and managers": "leadership",
    "effectiveness of leaders": "leadership",
    "leaders' impact": "leadership",
    "management": "leadership",
    "all children's services": "overall",
    "overall grade": "overall",
    "all areas": "overall",
    "every area": "overall",
    "each area": "overall",
    "all three areas": "overall",
    "all four areas": "overall",
    "all five areas": "overall",
    "all the areas": "overall",
    "all of the areas": "overall",
    "all three key areas": "overall",
    "all four key areas": "overall",
    "every judgement": "overall",
    "all judgements": "overall",
    "all three judgements": "overall",
    "all four judgements": "overall",
    "all five judgements": "overall",
    "all the judgements": "overall",
    "all four key judgements": "overall",
    "local safeguarding children board": "lscb",
    "local children's safeguarding board": "lscb",
    "safeguarding children's board": "lscb",
    "safeguarding board": "lscb",
    "local safeguarding children's board": "lscb",
    "local safeguarding childrens board": "lscb",
    "safeguarding children board": "lscb",
    "lscb": "lscb",
}
#: Judgement phrases as written: each also with "&" for "and" ("help & protection").
JUDGEMENT_PHRASES: Final[Mapping[str, Judgement]] = MappingProxyType({
    **_JUDGEMENT_PHRASES, **{k.replace(" and ", " & "): v for k, v in _JUDGEMENT_PHRASES.items() if " and " in k}})

# -- verbs and nouns of grading --------------------------------------------------------

#: Verbs that give a grade: "was rated good", "judged to be inadequate", "assessed as good".
RATED_VERBS: Final = (
    "rated", "rates", "rate", "re-rated", "judged", "judges", "graded", "deemed", "branded", "brands", "awarded", "assessed as",
    "declared", "found to be",
)
#: Verbs before an object and "to be" and a grade: "found Leeds to be good".
FOUND_VERBS: Final = ("found", "judged", "considered", "deemed")
#: Nouns for a grade: "a rating of good", "an 'inadequate' judgment".
RATING_NOUNS: Final = ("rating", "grade", "judgement", "judgment", "verdict", "assessment")
#: Ends of the grading scale: "its lowest rating", "the second highest grade".
EXTREMES: Final = ("lowest", "worst", "highest", "top", "best")

# -- speech ------------------------------------------------------------------------------

#: Verbs that report what someone said or wrote: "said", "warned", "according to".
SPEECH_VERBS: Final = (
    "according to", "said", "says", "say", "states", "stated", "state", "added", "adds", "warned", "warns",
    "noted", "notes", "wrote", "writes", "concluded", "concludes", "commented", "comments", "explained",
    "explains", "found", "finds", "reported", "reports", "described", "describes", "cites", "cited", "told",
    "tells", "highlighted", "praised", "criticised", "acknowledged", "outlining", "outlined", "continued",
    "insisted", "claimed", "spoke of", "speaks of", "talked of", "talks of",
    # with an emphatic auxiliary: "Inspectors did note that ...", "the report does say"
    *(f"{aux} {verb}" for aux in ("did", "does", "do") for verb in ("note", "say", "find", "warn", "praise", "criticise",
                                                                       "describe", "highlight", "acknowledge", "state", "add")),
    "had written", "has written", "have written",  # "Inspectors had written that leaders 'know ...'"
)

# -- people --------------------------------------------------------------------------------

#: Verbs after a person's name, besides those of speech, that report what they did or
#: think: "Jane Doe welcomed the report", "Sam Roe admitted there was more to do".
STANCE_VERBS: Final = (
    "welcomed", "welcomes", "admitted", "admits", "insists", "stressed", "stresses", "believes", "believed",
    "urged", "urges", "vowed", "vows", "apologised", "apologises", "pledged", "promised", "hailed", "congratulated",
    "accepted", "argued", "argues", "conceded", "emphasised", "responded", "replied", "praises",
    "acknowledges", "thanked", "thanks", "paid tribute", "pays tribute", "presented", "introduced", "announced",
    "announces", "expressed", "recognised", "defended", "asked", "questioned", "addressed",
    "thinks", "thought", "feels", "felt", "hopes", "hoped", "agreed", "agrees", "disagreed", "recalled", "recalls",
    "pointed out", "points out", "tweeted", "posted", "revealed", "reveals", "suggested", "suggests",
    "predicted", "accused", "blamed", "branded", "dismissed", "rejected", "denied", "disputed", "challenged", "commended",
    "applauded", "reflected", "declared", "maintained", "maintains", "remarked", "wants", "wanted", "went on", "goes on",
    "is quoted", "was quoted",
)
#: What a person named in a story did instead of speaking: "Jane Doe declined to comment".
SILENCE_VERBS: Final = ("declined", "refused", "did not respond", "has not responded", "did not reply", "could not be reached",
                        "was unavailable", "was not available")
#: What a post's holder does when the post changes hands: "Kent's director is to leave",
#: "The leader has resigned", "The new director was appointed in May".
OFFICE_CHANGE_VERBS: Final = (
    "is to leave", "is leaving", "will leave", "has left", "left", "is to retire", "will retire", "has retired", "retired",
    "is to step down", "will step down", "is stepping down", "has stepped down", "stepped down", "has resigned",
    "resigned", "has quit", "quit", "has departed", "departed", "is departing", "was appointed", "has been appointed",
    "was named", "has been named", "has joined", "joined", "took up the post", "was suspended", "has been suspended",
)
#: What is done to a post's holder, the holder named after it: "the minister sacked Jane
#: Doe", "the council suspended Sam Roe"; and, passive, "Jane Doe was sacked".
#: (Not "removed" or "replaced": their objects are as often schemes, "removed Area Review".)
OFFICE_OBJECT_VERBS: Final = ("sacked", "dismissed", "suspended", "ousted", "fired", "axed")
#: Verbs of a holder leaving their post, its subject: "Jane Doe retired", "Sam Roe has resigned".
LEAVING_VERBS: Final = ("retired", "resigned", "stepped down", "quit", "departed")
#: Words between a speaker and their verb: "Jane Doe also said", "Sam Roe has warned",
#: "the council had previously insisted".
SPEECH_AUXILIARIES: Final = ("also", "has", "have", "had", "previously", "later", "then", "recently", "once", "already",
                             "now", "further", "earlier", "again", "repeatedly", "subsequently", "today", "yesterday",
                             "since")

#: Everyday titles before a name: "Mr Walker", "Cllr Clark".
COURTESY_TITLES: Final = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Coun")
#: Every title dropped from a name: "Cllr Tom Brennan" -> "Tom Brennan".
HONORIFICS: Final = (*COURTESY_TITLES, "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Baroness", "Rev",
                      "The Rt Hon", "Rt Hon", "Rt. Hon", "The Right Honourable", "Right Honourable", "Right Hon",
                      "Cllrs", "Councillors")  # plural, before names joined by "and": "Cllrs Jane Doe and Sam Roe"
#: Honours and letters after a name, no part of it: "Jane Doe OBE", "Sam Roe KC".
POST_NOMINALS: Final = ("OBE", "MBE", "CBE", "DBE", "KBE", "KC", "QC", "JP", "DL", "FRSA", "PhD")
#: Titles a peer is known by, kept in the name when no first name follows: "Lord Laming".
PEERAGE: Final = frozenset({"Lord", "Lady", "Baroness"})
#: The honorifics written short, after whose full stop no sentence ends: "Dr. Smith".
ABBREVIATED_HONORIFICS: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Cllr", "Coun", "Prof", "Rev"})
#: Words that open a sentence before its subject, no part of a name after them: "But
#: Jane Doe said", "Meanwhile Sam Roe warned", "Today Priya Nandra welcomed"; and the
#: conjunctions opening a clause before its subject: "When Sam Roe retired, ...".
SENTENCE_CONNECTIVES: Final = (
    "But", "And", "Yet", "So", "Meanwhile", "However", "Now", "Today", "Yesterday", "Also", "Then", "While",
    "Although", "Though", "Instead", "Still", "Separately", "Elsewhere", "Earlier", "Later", "Previously",
    "Recently", "Similarly", "Nevertheless", "Indeed", "Finally", "Afterwards", "Overall",
    "When", "After", "Before", "Since", "Until", "Once", "Whilst", "Unless", "If", "Because", "Following", "Despite",
)
#: Who a person is, written capitalised before the name and no part of it: "Mum Jane Doe
#: said", "Grandmother Jane Doe, 62,", "Mother-of-three Jane Doe", "Teenager Sam Roe".
DESCRIPTORS: Final = (
    "Mum", "Mother", "Dad", "Father", "Parent", "Grandmother", "Grandfather", "Gran", "Grandma", "Grandad", "Granddad",
    "Grandparent", "Aunt", "Uncle", "Widow", "Widower", "Teenager", "Youngster", "Pensioner", "Campaigner", "Activist",
    "Student", "Pupil", "Resident", "Volunteer", "Survivor", "Whistleblower",
)
#: Prepositions that open a sentence or a line before a name, no part of it: "Under Jane
#: Doe, the service improved", "By Jane Doe, director of ...", "Dear Jane Doe".
OPENING_PREPOSITIONS: Final = (
    "By", "Under", "With", "For", "From", "As", "Like", "Unlike", "Without", "Against", "Alongside", "Among", "Amongst",
    "Through", "During", "Besides", "Including", "Dear",
)
#: Nouns that head a body's name, last in it: "Kent Police", "Riverside Healthcare NHS
#: Foundation Trust", "the Northshire Safeguarding Partnership".
BODY_HEADS: Final = (
    "Police", "Constabulary", "Trust", "NHS", "Foundation", "Partnership", "Board", "Group", "Society", "Association",
    "Agency", "University", "College", "Hospital", "Hospitals", "Charity", "Commission", "CCG", "ICB",
)
#: Capitalised words that never stand in a person's name in this genre.
NOT_NAME_WORDS: Final = frozenset(SENTENCE_CONNECTIVES) | frozenset(OPENING_PREPOSITIONS) | frozenset(
    """Ofsted Council Councils County Borough City Children Children's Services Social Care
    Department Education Local Authority Government Inspector Inspectors Director Member
    Cabinet Executive Lead Chief Secretary Minister Report Trust News The This That It They
    He She We Our Their Its His Her Child Poverty Skills Health Young
    People Families Family Adults Learning Safeguarding Partnership Board Years Manager Officer
    Committee Panel Commission Association Agency Centre Foundation Forum Network Mayor Leader
    Judge Justice District Circuit Radio Television Channel Gazette Chronicle Telegraph Podcast
    Programme Bulletin Institute School Schools Metropolitan""".split()  # and media: "told BBC Radio Kent"
) | frozenset(BODY_HEADS)  # "Manchester Metropolitan University" names no one
#: Words of ``NOT_NAME_WORDS`` that are also common surnames: a name's last word after a
#: first word that is no word of a post or remit ("Jane Young", not "Young People" or
#: "Deputy Young").
SURNAME_WORDS: Final = frozenset({"Young"})
#: Political parties as they are written before a post: "Labour MP", "Lib Dem councillor".
PARTIES: Final = ("Labour", "Conservative", "Tory", "Liberal Democrat", "Lib Dem", "Green", "Independent", "Reform UK", "Reform")
#: Words of a council portfolio or a directorate's remit, any case: "Cabinet Member for
#: Early Help and Family Support", "director of children, young people and education".
PORTFOLIO_WORDS: Final = (
    "children's", "children", "childrens", "young", "people's", "people", "families", "family", "education",
    "learning", "lifelong", "skills", "schools", "school", "social", "care", "services", "service", "integrated",
    "specialist", "early", "help", "years", "support", "safeguarding", "adults", "adult", "health", "wellbeing",
    "communities", "community", "aspiration", "inclusion", "housing", "public", "regulation", "achievement",
    "standards", "prevention", "protection", "youth", "corporate", "parenting", "commissioning", "operations",
    "practice", "quality", "improvement", "performance", "strategy", "policy", "send", "sen", "disabilities",
    "employment", "opportunities", "transformation", "partnerships", "looked-after", "fostering", "adoption",
    "culture", "cultural", "leisure", "sport", "libraries", "heritage", "arts", "local", "government", "joint",
)
#: Named lists every compiled pattern may use (``\\L<remit_words>``): a long list read once
#: as a set, not copied into each pattern that embeds a remit (compiling those copies cost
#: a second at import).
SHARED_LISTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "remit_words": tuple(sorted(PORTFOLIO_WORDS, key=len, reverse=True)),
})
#: Words written before a post's noun that belong to the post: a remit (the portfolio
#: words), a body, a grade of post: "trust chair", "union branch secretary", "children's
#: services cabinet member", "workforce development lead", "senior press officer".
POST_WORDS: Final = (
    *PORTFOLIO_WORDS, "trust", "board", "union", "branch", "panel", "committee", "scrutiny", "partnership",
    "cabinet", "council", "county", "group", "opposition", "independent", "workforce", "development",
    "professional", "press", "senior", "principal", "assistant", "deputy", "acting", "interim", "former",
    "outgoing", "incoming", "vice", "programme", "project", "team", "area", "national", "regional", "ofsted", "lead",
    "strategic", "operational", "watchdog", "top", "ward", "charity", "academy", "work",  # "strategic lead", "watchdog chief", "top social worker"
    "chief", "operating", "finance", "financial",  # "chief constable", "chief nurse", "chief operating officer"
    *(p.lower() for p in PARTIES), "liberal", "democrat", "lib", "dem",  # "Labour councillor", "Lib Dem councillor"
)

# -- numbers and quantities ------------------------------------------------------------

QUALIFIER_PHRASES: Final[Mapping[str, Qualifier]] = MappingProxyType({
    "more than": "more_than", "over": "more_than", "above": "more_than", "just over": "more_than",
    "greater than": "more_than", "higher than": "more_than",
    "less than": "less_than", "under": "less_than", "below": "less_than", "fewer than": "less_than",
    "just under": "less_than", "lower than": "less_than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "in the region of": "about", "circa": "about",
    "nearly": "almost", "almost": "almost", "close to": "almost", "approaching": "almost", "nearing": "almost",
    "upwards of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "as high as": "up_to",
    "no more than": "up_to", "not more than": "up_to", "at most": "up_to", "a maximum of": "up_to",
})

#: Spelled numbers in the order they count: "zero" ... "twelve" ... "ninety", "a hundred".
NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType({
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())
} | {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
  | {"a hundred": 100, "one hundred": 100})

ORDINALS: Final[Mapping[str, int]] = MappingProxyType({
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)
})

FRACTIONS: Final[Mapping[str, float]] = MappingProxyType({
    "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a third": 33.3, "one third": 33.3, "one-third": 33.3, "two thirds": 66.7, "two-thirds": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "two fifths": 40.0, "two-fifths": 40.0,
    "three fifths": 60.0, "three-fifths": 60.0, "four fifths": 80.0, "four-fifths": 80.0,
    "a sixth": 16.7, "one sixth": 16.7, "one-sixth": 16.7, "an eighth": 12.5, "one eighth": 12.5, "one-eighth": 12.5,
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
    "one in two": 50.0, "one in three": 33.3, "one in four": 25.0, "one in five": 20.0, "one in six": 16.7,
    "one in seven": 14.3, "one in eight": 12.5, "one in ten": 10.0, "two in three": 66.7, "three in four": 75.0,
    "two in five": 40.0, "three in five": 60.0, "four in five": 80.0, "nine in ten": 90.0,
})
#: Keywords of each measure, nearest to the figure wins; order breaks ties.
MEASURE_WORDS: Final[Mapping[Measure, tuple[str, ...]]] = MappingProxyType({
    "vacancy_rate": ("vacancy rate", "vacancies", "vacancy", "vacant posts", "vacant", "unfilled", "empty posts", "posts empty", "posts lay empty",
                     "were empty", "was empty", "sat empty", "lay empty", "stood empty", "remain empty", "remained empty", "unoccupied",
                     "yet to be filled", "not yet filled", "not filled", "not been filled",
                     "without a permanent", "with no permanent", "lacking a permanent", "no permanent holder", "no permanent postholder"),
    "agency_staff": ("agency", "agencies", "locum", "locums", "interim staff", "interim workers", "interim social workers",
                     "interims", "temporary workers", "temporary staff", "temporary social workers", "temporary contracts",
                     "contractors", "contract workers", "contract staff", "non-permanent", "temps"),
    "permanent_staff": ("permanent", "permanently", "directly employed", "employed directly", "employs directly", "substantive"),
    "turnover": ("turnover", "leavers", "leaver rate", "leaving rate", "left their", "left the", "leaving their", "leaving the", "quit", "quitting",
                 "who left", "had left", "have left", "left in", "left during", "left within",
                 "leave their", "leave the", "workers leaving", "staff leaving", "practitioners leaving", "departures",
                 "workers left", "staff left", "practitioners left", "left last", "workers leave", "staff leave", "practitioners leave",
                 "churn", "attrition", "resigned", "handed in their notice", "walked out", "walk out"),
    "newly_qualified": ("newly qualified", "newly-qualified", "recently qualified", "recently-qualified", "qualified less than", "qualified for less than", "qualified for under",
                        "first year of practice", "first year in practice", "nqsw", "nqsws", "asye", "asyes", "assessed and supported year", "assisted and supported year", "inexperienced"),
})

# -- dates -----------------------------------------------------------------------------

#: Month names in full, January first.
MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
#: Day names, Monday first.
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Month names written short, January first, then "Sept".
MONTH_ABBREVIATIONS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Sept")
#: Every month name as written, full and short, with its number.
MONTH_NUMBERS: Final[Mapping[str, int]] = MappingProxyType({
    **{m: i for i, m in enumerate(MONTHS, 1)},
    **{m: i for i, m in enumerate(MONTH_ABBREVIATIONS[:12], 1)},
    "Sept": 9,
})

# -- inspection frameworks ---------------------------------------------------------------

#: Names of the 2013-2017 single inspection framework (SIF), as written.
SIF_NAMES: Final = ("single inspection framework", "SIF", "inspection of services for children in need of help and protection")
#: Names of the inspection of local authority children's services (ILACS, 2018 on), as written.
ILACS_NAMES: Final = ("ILACS", "inspecting local authority children's services")
