"""The pattern fragments of the caseloads rules (``ofsted_ie.rules.caseloads``), composed
into one pattern per rule, and the guards' patterns more than one of its modules reads
(what makes a sentence about caseloads, what makes one about something else); the
builds and ``RULES`` are in ``caseloads`` and ``_caseload_tables``.

Each fragment's comment gives a general example of the phrasing it targets.
"""

from __future__ import annotations

from typing import Final

from .._timed import timed
from .._vocab import NUMBER_WORDS
from ._fragments import DIGITS, NUMBER_WORD, alternation

#: A month after a number makes it a date: "as of 30 September".
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
#: A caseload in words, only before what is held or at a clause's end ("twenty cases",
#: "sixteen kids", "is eighteen."); "one" and "zero" are too often no figure.
_WORDS = rf"(?<!\w)(?!(?i:zero|one)\b){NUMBER_WORD}(?!\w)(?=\ (?i:cases|children|families|kids|young\ people)\b|\ ?[.,;:]|\ ?$)"
#: What a figure counts when it is no caseload: "(an average of 7.2) social workers", "(4.6) days".
_NOT_CASES = r"(?i:(?:qualified\ |agency\ |permanent\ |full-time\ )?(?:social\ workers?|workers?|staff|practitioners?|managers?|days?|weeks?|months?|years?|hours?|posts?|vacancies|visits?)\b)"
_NUM = rf"(?:(?P<value>{DIGITS})(?!\ ?%|\ per\ ?cent|[.,]?\d|\ {_MONTH}|\ {_NOT_CASES})(?:\+|-plus|\ or\ more|-odd|\ or\ so)?|(?P<value>{_WORDS})(?!\ {_NOT_CASES}))"   # "30-plus", "30 or more", "20-odd"
_PER_WORKER = r"(?:\ (?i:per|for\ each|for\ every|a)\ (?:[\w-]+\ ){0,5}?(?i:social\ workers?|workers?|practitioners?|caseholders?))?"
#: Whom cases or children are counted per, when no caseload word says so: "per social
#: worker", "for each qualified practitioner", "allocated to each social worker", "held per FTE social worker".
_PER_HEAD = r"(?:\ (?i:held|handled|carried|managed))?\ (?i:per|for\ each|for\ every|(?:allocated\ |assigned\ )?to\ (?:each|every))\ (?:[\w'-]+\ |\(\p{Lu}{2,5}\)\ ){0,3}?(?i:social\ workers?|workers?|practitioners?|caseholders?)\b"
#: What a worker holds, with a word of what kind: "cases", "open cases", "child protection cases".
#: Every match of a pattern holding a figure (``_NUM``) holds one of these: a digit or a
#: spelled number (a second prefilter, for rules whose first triggers are common words).
FIGURE_TRIGGERS: Final = (*"0123456789", *NUMBER_WORDS)
_HOLD_NOUN = r"""(?:(?i:open|active|live|complex|allocated|ongoing|current|vulnerable)\ )?(?i:cases|children|kids|families|young\ people
    |(?:child\ protection|child\ in\ need|children\ in\ need|CIN|CP|LAC|family)\ cases|looked[\ -]after\ children|children\ in\ need)"""
#: A word of a gap between a caseload and its figure: no other figure but a date ("in
#: March 2021", "as of 30 September"), so "caseload of 16 is below the national average of 17" is two figures.
_WORD = rf"(?:(?!\d)[\w'&()-]+|(?:19|20)\d\d|\d{{1,2}}(?=\ {_MONTH}))"
#: Where a caseload is: "the average caseload in Kent is 18".
_WHERE = r"(?:\ (?i:in|at|across)\ (?:[\w'&,-]+\ ){0,4}?[\w'&-]+)"
#: A word of time or hedging before a figure: "caseloads are now 15", "typically 20-25".
_ADVERB = r"(?:(?i:now|currently|still|typically|generally|usually|normally|already|often|just|only|running|regularly)\ )"
#: What links a caseload to its figure: "is", "of", "has risen to", "have been cut to",
#: "remain", "are back down to". Keep "up to" out: "caseloads are up to 30" is a maximum.
_LINK = r"""(?i:of|at|was|is|were|are|(?:had|have|has)\ been|stood\ at|stands?\ at|(?:(?:are|were|is|was)\ )?running\ at|remain(?:s|ed)?(?:\ at)?|(?:(?:has|had|have)\ (?:(?i:now|since|then|already)\ )?)?reach(?:ed|es)
    |(?:(?:has|had|have)\ )?(?:hit|peaked\ at|topped)|hits|peaks\ at|tops
    |(?:(?:has|had|have)\ (?:(?i:now|since|then|already)\ )?|(?:are|is|were|was)\ )?(?:been\ )?(?:risen|rose|rises|rise|fallen|fell|falls|fall|dropped|drops|drop|increased|increases|increase
    |decreased|decreases|decrease|grown|grew|grows|grow|reduced|cut|lowered|doubled|trebled|tripled|halved|come\ down|comes\ down|came\ down
    |gone\ (?:up|down)|goes\ (?:up|down)|go\ (?:up|down)|went\ (?:up|down)|crept\ up|climbed|climbs|climb|(?:brought|pushed|driven)\ down)
    (?:\ by\ (?:\d{1,3}(?:\.\d+)?(?:\ ?%|\ per\ ?cent|\ cases|\ children)?|a\ (?:third|quarter|fifth)|half|(?<!\w)\L<number_words>(?:\ cases|\ children)?))?,?\ to
                                                               # "increased by 2.3 to 19.1", "were reduced by five, to 17",
                                                               # "saw caseloads fall to 17", "have been brought down to 17"
    |(?:(?:are|is|were|was)\ )?(?:back\ )?down\ to|(?:are|is|were|was)\ (?:now|currently|still)\ at|sits?\ at|(?:(?:are|is|were|was)\ (?:(?:now|currently|still)\ )?)?sitting\ at|sat\ at|(?:(?:are|is|were|was|been)\ )?capped\ at)"""   # "caseloads sit at 17"
#: How caseloads are, before their figure: "are manageable, at 18", "were high, typically 25".
_STATE = r"""(?:(?:(?i:now|currently|generally|mostly|largely)\ )?['\u2018"\u201c]?(?:(?i:too|very|more|far|relatively|still|stubbornly|consistently|unacceptably|extremely)['\u2019"\u201d]?\ )?
    (?i:manageable|unmanageable|high|higher|low|lower|reasonable|heavy|stable|safe|excessive
      |among\ the\ (?:highest|lowest|largest|smallest|heaviest))['\u2019"\u201d]?   # "are among the lowest in the region at 14"
    (?:\ (?i:for|in|across)\ (?:[\w'-]+\ ){0,3}?[\w'-]+(?=,|\ (?i:at)\ )|\ (?i:nationally))?   # "manageable for most social workers, at"
    (?:,?\ (?i:at|typically|generally|usually|mostly|often|now)\ |,\ |\ \())"""   # "'stubbornly' high at 25"
#: A word of size between a link and its figure: "had grown to an unmanageable 30".
_SIZE = r"(?:(?i:an?)\ (?:(?i:more|less|very|far|even)\ )?(?i:unmanageable|manageable|high|low|heavy|record|unprecedented|staggering))"
#: The low end of a range before ``_NUM``: "between 20 and", "30-", "20 to", "60 or".
_LOW_NUM = rf"(?:\d{{1,3}}(?:\.\d+)?|(?<!\w){NUMBER_WORD}(?![\w-]))"
_LOW = rf"""(?:(?i:between)\ (?P<low>{_LOW_NUM})(?:\ (?i:and|to|&)\ |\ ?[-\u2013]\ ?)|(?P<low>\d{{1,3}}(?:\.\d+)?)\ ?(?:-|\u2013|(?i:to|or))\ ?
    |(?P<low>(?<!\w){NUMBER_WORD}(?![\w-]))\ (?i:to|or)\ )"""   # "twenty to thirty", not "thirty-two"
#: A label's colon before its figure: "Average caseload: 16.9", "Caseload (FTE): 16.9".
_LABEL = r"(?:\ \((?i:FTE|headcount|average|mean|median)\))?:\ "   # "Caseload per social worker (average): 18"
_CASELOAD_NOUN = (r"(?i:(?:caseload|caseloads|case\ load|case\ loads|case-loads?)(?:\ (?:sizes?|levels?|ratios?))?|workloads?(?=\ of\ [^.]{1,20}?\ (?:cases|children)\b)"
                  r"|ratios?\ of\ (?:cases|children|families)\ (?:to|per)\ (?:each\ )?(?:social\ )?workers?)")  # "the ratio of cases to social workers"
AVERAGE = rf"""
    (?<!\w)(?i:averag(?:e|es|ing|ed))\ (?:(?:(?:(?i:social\ work|social\ worker|children's|practitioner|worker)\ )?(?:{_CASELOAD_NOUN}|(?i:number\ of\ cases)){_PER_WORKER}
        |(?:(?i:number\ of)\ )?{_HOLD_NOUN}{_PER_HEAD})             # "average number of children per social worker"
      (?:{_WHERE}\ (?i:was|is|stood\ at|of)\ |,?(?:\ {_WORD},?){{0,10}}?\ {_LINK}\ |\ \((?=[\d.]+\))|{_LABEL}|\ (?:(?i:of|was|is|at|stood\ at)\ )?)
      |(?i:of|at)\ |\((?=[\d.]+\))|(?:(?i:across|in)\ (?:[\w'&,-]+\ ){{1,4}}?)?(?i:was|is|stood\ at)\ )?
    {_ADVERB}?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM}(?:\ {_HOLD_NOUN}(?:{_PER_HEAD})?)?   # "averaging 20 cases", "average caseload of 22", "an average of 16 kids"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ (?i:cases|children)(?:\ (?i:each))?\ (?P<on_average>(?i:on\ average))
                                                               # "each social worker holds 15 cases on average"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ (?i:as\ (?:an|the|their)\ average)\b   # "Kent reporting 9.8 as an average"
  | (?<![\w.,])(?P<value>\d{{1,3}}(?:\.\d+)?)\ (?i:average\ caseload|average\ number\ of\ cases)\b   # a figure's label after it: "16.9 average caseload"
"""
CASELOAD_OF = rf"""
    (?<!\w)(?:{_CASELOAD_NOUN}(?:\ (?i:per)\ (?:(?i:social|FTE)\ ){{0,2}}(?i:worker|practitioner))?|(?:(?i:number\ of)\ )?{_HOLD_NOUN}{_PER_HEAD}
      |(?i:number\ of\ (?:cases|children|families)\ (?:(?:held\ by|handled\ by|allocated\ to)\ )?(?:each|every|a)\ (?:[\w'-]+,?\ ){{0,6}}?(?:social\ )?(?:worker|practitioner))(?:\ [\w']+){{0,4}}?(?=\ {_ADVERB}?{_LINK}\ ))
                                                               # "the number of cases each social worker holds has fallen to 15"
    (?:(?!\ (?i:of\ )?(?i:\L<qualifiers>)\ )\ (?i:for|of|among|in|at|across)\ (?:{_WORD},?\ ){{0,12}}?{_WORD})?   # "caseloads for some social
                                                               # workers", "number of cases per worker in Kent", "caseloads at
                                                               # Kent County Council"; not "of no more than"
    (?:,\ (?i:which|that))?                                       # "caseloads, which were as high as 40"
    (?:{_LABEL}|\ {_ADVERB}?{_LINK}(?:(?:\ (?i:now|currently|still))?,\ (?i:on\ average),)?\ {_STATE}?{_ADVERB}?(?:{_SIZE}\ )?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?
    |,\ (?i:typically|usually|generally|mostly|often|averaging|at|of|capped\ at|limited\ to)\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?
                                                               # "caseloads, typically 18", "protected caseloads, capped at 12",
                                                               # "their caseloads, of between 25 and 30, were"
    |\ (?:(?i:were|was|are|is|of|(?:could|can|would|may|might)\ be)\ )?(?P<qualifier>(?i:as\ high\ as|as\ many\ as|up\ to|as\ low\ as|as\ few\ as))\x20
    |\ (?:(?i:well|far|still|often)\ )?(?P<qualifier>(?i:above|over|below|under))\x20
    |\ (?P<qualifier>(?i:\L<qualifiers>))\x20                   # "caseloads approaching 40", "caseloads around 30"
    |\ (?:(?i:well|far)\ )?(?i:exceed|exceeds|exceeded|exceeding|in\ excess\ of|topping|topped)\ |\ \((?=[\d.]+\))
    |\ \((?=(?:[\w-]+\ ){{0,4}}\d)(?:(?i:typically|usually|generally|mostly|often|averaging)\ )?
      (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?){_LOW}?{_NUM}            # "manageable caseloads (typically 15 to 18 children)"   # "caseloads of up to 30", "caseloads above 30", "caseloads exceeding 30"
  | (?<!\w){_CASELOAD_NOUN},\ (?=\d{{1,3}}(?:\.\d+)?,\ ){_NUM}   # an apposition: "Kent's average caseload, 25, is"
  | (?<!\w)(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM}\ {_HOLD_NOUN}(?:{_PER_HEAD}   # "18 children per social worker"
    |\ (?i:on|in)\ (?i:each|every|a|the\ average|the\ typical)\ (?:[\w'\u2019-]+\ ){{0,3}}?(?i:caseload|case\ load)\b)
                                                               # "27 children on each social worker's caseload"
  | (?<!\w)(?i:one|a|each)\ (?:[\w'-]+\ ){{0,2}}?(?i:social\ worker|worker|practitioner)\ (?i:for|to|per)\ (?:(?i:every|each)\ )?
    (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}\ {_HOLD_NOUN}                          # "one social worker for every 25 children"
"""
AS_MANY_AS = rf"""
    (?<!\w)(?P<qualifier>(?i:as\ many\ as|up\ to|more\ than|over))\ {_NUM}\ (?i:cases)\b   # "as many as 35 cases"
"""
#: Words of an average before "caseload": "the average caseload", "the mean caseload", "the typical caseload".
_AVERAGE_WORD = r"(?i:average|mean|typical)"
#: Caseloads whose change is told, with the workers' words before them: "social worker
#: caseloads", "children's social work caseloads", "case loads", "case-loads".
_CHANGED_NOUN = r"(?:(?i:social\ work(?:er|ers')?|children's|children's\ social\ work)\ )?(?i:caseloads?|case[\ -]loads?)"
#: A change's two levels: "from 25 to 18", "from 22.4 cases in 2017 to 15.8", "from an
#: average of 25 to around 18", "from a high of 35 to 18", "from 30-35 to 20".
_FROM_TO = rf"""\ (?i:from)\ (?:(?P<old_lead>(?i:an\ average\ of|a\ high\ of|a\ peak\ of|a\ low\ of|around|about|over|more\ than))\ )?
    (?:(?P<old_low>\d{{1,3}})\ ?-\ ?)?(?P<old>\d{{1,3}}(?:\.\d+)?)(?!\ ?%|\ per\ ?cent|\d)(?:\+|-plus)?(?:\ (?i:cases|children)(?:{_PER_HEAD})?)?
    (?P<old_when>\ (?i:in|at)\ (?:\w+\ ){{0,2}}?(?:19|20)\d\d)?\ (?i:to)\ {_ADVERB}?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}"""
CHANGE = rf"""
    (?<!\w)(?:(?P<average>{_AVERAGE_WORD})\ )?{_CHANGED_NOUN}{_WHERE}?\ (?:(?i:have|had|has)\ )?(?:been\ )?(?:(?i:almost|nearly|more\ than|roughly)\ )?(?i:fallen|fell|falls?|reduced|dropped|drops?|risen|rose|rises?|increased|decreased|gone\ down|gone\ up
    |went\ down|went\ up|come\ down|came\ down|grown|grew|climbed|declined|cut|halved)       # a headline's present: "Caseloads fall from 25 to 18 at Kent"
    (?:\ (?i:by)\ (?:[\w-]+\ ){{0,2}}?[\w-]+(?:\ ?%|\ (?i:per\ ?cent))?)?,?{_FROM_TO}   # "caseloads have fallen from 25 to 18", "went down from 30 to 25",
                                                               # "have been cut by a third, from 27 to 18"
  | (?<!\w)(?i:cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|lowering|bring(?:\ down)?|brought(?:\ down)?|bringing(?:\ down)?
    |halve|halved|halving)\ (?:(?i:its|their|the)\ )?(?:(?P<average>{_AVERAGE_WORD})\ )?
    {_CHANGED_NOUN}{_WHERE}?(?:\ (?i:down))?(?:\ (?i:by)\ (?:[\w-]+\ ){{0,2}}?[\w-]+,)?(?:{_FROM_TO}|\ (?i:to)\ {_ADVERB}?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM})
                                                               # "Kent has cut caseloads from 25 to 18", "... to 18",
                                                               # "... to between 15 and 18"
"""
RANGE = rf"""
    (?<!\w)(?P<average>(?i:average)\ )?(?i:caseloads?|case\ loads?)(?:{_WHERE}|(?:\ [\w'-]+){{1,8}}?(?=\ (?i:range|ranged|ranging|varied|vary|varying)\b))?
    \ (?:(?i:range|ranged|ranging|varied|vary|varying)(?:\ (?i:widely|considerably|greatly|enormously|significantly))?
      (?:\ (?i:between|across|by|among)\ (?i:teams|services|localities|areas|workers|practitioners))?,?   # "vary between teams, from 12 to 24"
      \ (?i:from|between)
    |(?:(?i:were|are|of)\ )?(?i:between))\ (?:(?i:as\ low\ as|a\ low\ of)\ )?(?P<low>{DIGITS})
    (?:\ (?i:cases|children)(?:\ [\w'-]+){{0,6}}?(?=\ (?i:in|at|for)\ ))?(?P<low_place>\ (?i:in|at|for)\ [^.;]{{1,40}}?|\ \([^().;]{{1,40}}\))?
    ,?\ (?i:to|and|-)\ (?:(?i:as\ high\ as|a\ high\ of)\ )?{_NUM}               # "caseloads range from 12 to 18", "from 9.8 (Rutland) to 27.1 (Bury)"
"""
#: A worker holding a number of cases or children: "holding 30-35 cases each", "had 60 or
#: 70 cases", "responsible for over 40 children"; an elided second figure of the same
#: sentence is its own ("and a few had 50-55", "a handful up to 45").
#: The verbs of holding cases, longest first (``alternation`` writes them as a trie).
_HOLD_VERBS: Final = tuple(sorted({
    "hold", "holds", "holding", "held", "carry", "carries", "carrying", "carried", "have", "has", "had", "having",
    "manage", "manages", "managing", "managed", "handle", "handles", "handling", "handled",
    "juggle", "juggles", "juggling", "juggled", "support", "supports", "supporting", "supported",
    *(f"{verb} {particle}" for verb in ("deal", "deals", "dealing", "dealt", "work", "works", "working", "worked")
      for particle in ("with", "on")),
    *(f"{verb} after" for verb in ("look", "looks", "looking", "looked")), "responsible for", *(f"{verb} responsibility for" for verb in ("has", "have", "had", "having", "with")), "allocated", "given",
    "assigned", *(f"{verb} {each}on" for verb in ("are", "is", "were", "was", "been") for each in ("", "each ", "all ")),
    "with", "got",
}, key=lambda v: (-len(v), v)))
_HOLD_VERB = rf"(?i:{alternation(_HOLD_VERBS)})"
_PER_TIME = r"(?i:each|apiece|at\ a\ time|at\ any\ (?:one\ )?time|per\ (?:social\ )?worker)"
_ELIDED = r"""(?i:a\ few|some|a\ handful|others|one|several|many|a\ minority|a\ number)(?:\ [\w'-]+){0,3}?
    (?:\ (?i:had|have|held|holding|carried|carrying|with|on))?"""
HELD = rf"""
    (?<!\w){_HOLD_VERB}(?:,\ (?P<on_average>(?i:on\ average)),)?\ (?:(?i:a|an)\ (?:(?i:more|less|very|far)\ )?(?i:manageable|unmanageable|high|heavy|low)\ )?
    (?P<figure>(?:(?P<qualifier>(?i:\L<qualifiers>))\ |(?i:in\ excess\ of)\ )?{_LOW}?{_NUM}(?:\ {_HOLD_NOUN}(?!\ (?i:where|without|awaiting|waiting|unallocated|not\ allocated|who\ (?:were|are)\ not))
      |(?P<bare>(?=(?:\ (?i:on\ average|each|apiece))?(?:\ ?[,;!?]|\ ?\.(?!\d)|\ ?$))))                 # "A few had 50-55.": the noun left to a sentence about caseloads
    (?P<per_time>\ {_PER_TIME})?(?P<on_average>,?\ (?i:on\ average))?)
    (?:(?:,?\ (?i:and|but|while|with|though|whereas)|,)\ {_ELIDED}\ (?:(?P<tail_qualifier>(?i:\L<qualifiers>))\ )?
       (?:(?P<tail_low>\d{{1,3}})\ ?(?:-|\u2013|(?i:to|or))\ ?)?(?P<tail>\d{{1,3}}(?:\.\d+)?)(?!\d|\ ?%|\ per\ ?cent)(?:\ {_HOLD_NOUN})?
       (?=\ ?[,.;:!?)]|\ ?$|\ (?i:and|but|or|while|each|in|at|for|by|across)\b))?
"""
#: A caseload's earlier level, another place's, or one whose noun and verb are left out,
#: beside it: "... 15.2, down from 19.2 a year before", "..., compared with 16.9 across
#: England", "..., with a few up to 40", "..., and in Wigan 24.9".
#: A place's name after "in" or before "'s": "Wigan", "the North West", "Kingston upon Thames".
_PLACE = r"(?:the\ )?\p{Lu}[\w'&-]*(?:,?\ (?:and|upon|on|the|of|with|\p{Lu}[\w'&-]*)){0,4}"
#: A part of a council's service, where some of its caseloads are: "the assessment team",
#: "the children in need teams", "some localities".
_TEAM = r"""(?i:the|its|some|other|most|a\ few|two|three)\ (?:[\w'-]+\ ){0,5}?(?i:teams?|services?|departments?|hubs?|units?|localities|areas|pods)\b"""
EARLIER = rf"""
    (?:,\ |;\ |\(\ ?|\ -\ |\ \u2013\ |\ (?=(?i:compared|compares|compare|up\ from|down\ from)\ ))(?:(?i:up|down)\ (?i:from|on)|(?i:from|compared\ (?:with|to)|compares?\ (?:with|to)|against|having\ (?:been|stood\ at|peaked\ at|reached)))  # ", down from", " compared with", " compares with"
    \ (?:(?i:a\ (?:peak|high|low)\ of)\ )?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}                 # "..., having been 21 in 2018",
                                                                                                     # "compared to a peak of 24"
    (?:\ (?i:in)\ (?:19|20)\d\d\ (?i:and)\ (?P<also>\d{{1,3}}\.\d+|\d{{1,3}})(?=\ (?i:in)\ (?:19|20)\d\d))?   # "up from 14.1 in 2016 and 13.5 in 2015"
  | (?:,|;|\ (?i:and|but|while|whereas|though|with|before))(?:\ (?i:and|but|with|while|then))?\ (?P<elided>
      (?i:a\ few|some|a\ handful|others|one|several|many|a\ minority)(?:\ [\w'-]+){{0,2}}?
      (?:\ (?i:were|was|are|is|had|have|having|holding|carrying|with|at|on|reaching))?
    | (?i:have|has|had)\ (?:(?i:since|now|then)\ )?(?i:dropped|fallen|fell|risen|rose|come\ down|gone\ down|gone\ up|reduced|increased|climbed)\ (?i:to)
    | (?i:are|is)\ (?i:now|currently)(?:\ (?i:at|down\ to|up\ to))?                  # "..., which stood at 25 in 2019, are now 18"
    | (?i:falling|rising|dropping|climbing|increasing|decreasing)\ (?:(?i:back\ )?(?i:again)\ )?(?i:to))
    \ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_LOW}?{_NUM}          # "..., with a few up to 40", "but have since dropped to 18"
  | (?:,\ |;\ |\ )(?:(?i:and|while|but|with|whereas)\ )?(?i:in|at|for)\ (?P<place>{_PLACE}),?\ {_NUM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas)\b)                    # "..., and in Wigan 24.9"
  | (?:,\ |;\ |\ )(?:(?i:and|while|but|whereas)\ )?(?i:in|at)\ (?P<place>{_PLACE}),?\ (?:(?i:they|staff|workers|social\ workers)\ )
    (?i:had|have|held|hold|carried|carry|averaged|average)\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas|cases|children|on\ average)\b)  # "..., while in Wigan they had 25"
  | (?:,\ |;\ |\ (?i:and|while|whereas)\ |,\ (?i:and|while|whereas)\ )(?P<listed>{_NUM})\ (?i:in|at|for)\ (?P<place>{_PLACE})
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas)\b)                    # "is 18 in Bury, 22 in Wigan and 25 in Bolton"
  | (?:,\ |\ )(?:(?i:and|but|while|whereas)\ )?(?i:in|for|at)\ {_TEAM},?\ {_NUM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas)\b)                    # "... average 24, and in the children in need teams 19"
  | (?:,\ |;\ |\ (?i:and|while|whereas)\ |,\ (?i:and|while|whereas)\ )(?P<listed_team>{_NUM})\ (?i:in|for|at)\ {_TEAM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas)\b)                    # "are 24 in the assessment team and 19 in the CIN teams"
  | ,?\ (?i:but|and|while|whereas)\ (?i:are|is|were|was)\ (?:(?i:much|far|even|slightly|considerably)\ )?
    (?i:higher|lower|larger|smaller|heavier|lighter),?\ (?i:at)\ (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}   # "... but are higher, at 28, in the assessment service"
  | \ (?i:and)\ (?P<also_caseloads>(?:(?i:its|their|the)\ )?(?:(?i:average)\ )?(?i:caseloads?))\ (?i:to)\ {_NUM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas|per|each|cases)\b)          # "has cut its agency rate to 12% and caseloads to 16"
  | (?<=\d)(?P<series>,\ |\ (?i:and|or)\ |,\ (?i:and|or)\ )(?:(?i:even|sometimes|occasionally)\ )?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}
    (?=\ ?[,;:]|\.(?!\d)|\ ?$|\ (?i:and|or|cases|children|each)\b)       # "caseloads of 30, 35 and even 40"
  | (?:,\ |;\ |\ (?i:and|while|whereas)\ |,\ (?i:and|while|whereas)\ )(?P<place>{_PLACE})'s(?:\ (?i:is|are|was|were|at|stood\ at|held|hold|had|have|carried|carry|averaged|average))?\ {_NUM}
    (?=[,;:]|\.(?!\d)|\ ?$|\ (?i:and|while|whereas)\b)                    # "...; Wigan's are 22 and Bolton's 25", ", while Bury's held 18.4"
  | (?<=(?i:to)\ \d{{1,3}}(?:\.\d+)?)\ (?i:from)\ {_NUM}(?=[,;:]|\.(?!\d)|\ ?$|\ (?i:a|the|in|at|last|previously|before|after|since|following|when|and|while|this|that)\b)
                                                                          # "rose to 19 from 17 a year earlier"
  | (?<=\d\ \((?:19|20)\d\d\))(?:,\ (?i:and\ )?|\ (?i:and)\ ){_NUM}(?=\ \((?:19|20)\d\d\))   # "16.9 (2019), 17.4 (2018)"
  | (?<=\d\ (?i:in|at)\ (?:\w+\ ){{0,2}}?(?:19|20)\d\d)(?:,\ (?i:and\ )?|\ (?i:and)\ ){_NUM}
    (?=\ (?i:in|at)\ (?:\w+\ ){{0,2}}?(?:19|20)\d\d)                      # "16.3 in 2017, 17.4 in 2018 and 17.8 in 2019"
"""
#: A change of caseloads, or a caseload, told of a word referring back: "these went from
#: 22.4 in 2017 to 15.8 in 2020", "but in Kent it was 22", "Kent's was 22".
WENT_FROM = rf"""
    (?<!\w)(?i:went|gone|fell|fallen|rose|risen|dropped|increased|decreased|reduced|moved|changed|grew|grown|came\ down|come\ down)
    {_FROM_TO}
  | (?<!\w)(?:(?i:caseloads?){_WHERE}?\ (?:(?i:have|has|had)\ )?)?(?i:fell|fallen|dropped|reduced|rose|risen|increased|decreased|grown|grew)\ (?i:to)\ {_NUM}
    (?:\ (?i:in|at)\ (?:\w+\ ){{0,2}}?(?:19|20)\d\d)?\ (?i:from)\ (?P<old>\d{{1,3}}(?:\.\d+)?)(?!\ ?%|\ per\ ?cent|\d)   # "reduced to 17 from 24"
  | (?:(?<!\w)(?P<referent>(?i:it|they|this|that|these|those|the\ figure|this\ figure|that\ figure))|(?<=\w)(?P<referent>'s))
    \ {_ADVERB}?(?!(?i:of|at)\ )(?:{_LINK}|(?i:compares?|compared)\ (?i:with|to))\ {_ADVERB}?
    (?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}(?!\ (?i:more|fewer|less|higher|lower|times|points?)\b)   # "but in Kent it was 22", "They now stand at 18",
                                                               # "That compares with 25 two years ago"
"""
#: A caseload told of a noun or pronoun standing for the caseloads just spoken of, in a
#: sentence that need not name them: "that number was 19", "Kent's average rose to 24.9
#: from 19.2", "the England figure of 16.3", "the average reported by staff was 24",
#: "since 2017, when it stood at 28" (``caseload_antecedent`` finds what they stand for).
REFERS_BACK = rf"""
    (?:(?:(?<!\w)(?i:its|their|the|this|that)|(?<=\w)'s)\ (?:(?i:own|latest|new|current|previous|overall|England|English|national|regional|London|median)\ )?
    (?P<noun>(?i:figure|number|average|mean|median))s?(?:\ (?!(?i:of)\b)[\w'-]+){{0,6}}?          # "the average reported by respondents"
  | (?<!\w)(?i:when|where)\ (?i:it|they))                                       # "since 2017, when it stood at 28"
    \ {_ADVERB}?{_LINK}\ {_ADVERB}?(?:(?P<qualifier>(?i:\L<qualifiers>))\ )?{_NUM}(?!\ (?i:more|fewer|less|higher|lower|times|points?)\b)
    (?:\ (?i:from)\ (?P<old>\d{{1,3}}(?:\.\d+)?)(?![\d%]|\.\d|\ ?%|\ per\ ?cent))?           # "rose to 24.9 from 19.2"
"""
#: The extreme caseload: "the highest number of cases held by any worker is 45".
EXTREME = rf"""
    (?<!\w)(?P<extreme>(?i:highest|largest|greatest|biggest|heaviest|lowest|smallest|fewest|lightest))\ (?:(?P<average>(?i:average))\ )?(?:(?i:number\ of)\ )?(?i:cases|caseloads?)
    (?:,?\ [\w'-]+){{0,14}}?,?\ (?i:is|was|were|stood\ at|reached|of|at|topped|hit|peaked\ at)
    \ (?:(?i:holding|handling|carrying|managing|juggling|dealing\ with)\ )?{_NUM}                # "those with the highest caseloads were holding 28"
  | (?<!\w)(?i:had|has|have|with)\ (?i:the)\ (?P<extreme>(?i:highest|lowest)),?\ (?i:at|of|with)\ {_NUM}(?!\ ?\w)   # "while Luton had the lowest at 9.6"
  | (?:[,;](?:\ (?i:and|while|but|whereas))?|\ (?i:and|while|but|whereas)|^|(?<=[.!?]\ ))\ ?(?i:the)\ (?P<extreme>(?i:highest|lowest|maximum|minimum|largest|smallest|heaviest|lightest))\ (?:(?i:was|is|at|of)\ )?{_NUM}(?!\ ?\w)
                                                               # "the highest was 45 and the lowest 9", "... 17. The maximum is 30."
"""
#: A figure right after its council, in a sentence about caseloads: "Bury (27.1), Bolton
#: (25.3) and Wigan (24.9)", "Wigan, at 9.8, and", "followed by Bolton with 25.3"; or a
#: line of a list under a caseload heading.
COUNCIL_FIGURE = rf"""
    (?<=\w)(?:\ \((?P<value>{DIGITS})\)(?P<item>(?=\ *(?:\n|$)))?               # "Bury (27.1)", on a list's line too
    |,?\ (?i:at|with|on|had|has)\ {_NUM}(?=[,;:]|\.(?!\d)|\ (?i:and|while|whereas|followed|then)\b|\ ?$)   # "Wigan, at 9.8, and", "while Bolton had 25.3"
    |(?:\ \([^()\n\d]{{1,40}}\))?(?P<item>:\ |\ -\ |,\ ?){_NUM}(?:\ (?i:cases|children))?(?=\ *(?:\n|$))   # a list's line "Bury: 27.1",
                                                               # "2. Bolton - 25.3", "Bury (good): 27.1", "Bury,27.1"
    |(?::|,|'s|\u2019s)\ {_NUM}(?=[,;]|\.(?!\d)|\ (?i:and|while|whereas|followed|then)\b|\ ?$)   # "Bury: 27.1, Bolton: 25.3 and", "Bury, 27.1;", "Bolton's 25.3"
    |(?P<item>[\ \t]+)(?P<value>\d{{1,3}}(?:\.\d{{1,2}})?)(?=[\ \t]*(?:\n|$))      # a list's line "Bury 27.1", "Bury<tab>27.1"
    |\ (?P<value>\d{{1,3}}(?:\.\d{{1,2}})?)(?=\ ?;|,\ |\ (?i:and)\ \p{{Lu}}|\.(?!\d)|\ ?$))   # a list in a sentence: "Bury 27.1; Bolton 25.3 and Wigan 24"
"""
#: The figures of a table row after its councils, or one figure standing as a cell.
TABLE_ROW = r"""
    (?<=\w)(?P<cells>(?:[ |]+\d[\d.,]*){1,6})(?=[ |]+\p{Lu}|[ |]*(?:\n|$))   # "Sutton 72.1 12.9 Good"
  | (?<=[ |])(?P<cell>\d[\d.,]*)(?![\w.,])                               # "Leeds | 14.2 | 12%" (a tab reads as a space)
"""

# -- guards -------------------------------------------------------------------------

CASELOAD_CONTEXT: Final = timed(r"(?i:caseload|case\ load|cases\ per|cases\ each|cases\ on\ average|caseholder|averag\w*\ (?:of\ )?\d[\d.]*\ cases"
                                 r"|(?:cases|children|families)\ apiece|(?:children|families)\ each|on\ (?:their|her|his|my|our)\ books"
                                 r"|(?:children|families)\ per\ (?:[\w'-]+\ ){0,2}?(?:worker|practitioner))")
#: Workers with an average of what they hold, whose earlier level may follow: "social
#: workers have an average of 17 children, down from 25".
WORKERS_AVERAGE: Final = timed(r"(?i:\b(?:workers?|practitioners?)\b[^.!?\n]{0,60}?\baverag\w*\ (?:of\ )?\d[\d.]*\ (?:children|families|kids|young\ people)\b)")
#: A caseload word, or workers and their cases, in the text a change refers back to.
CASES_HELD: Final = timed(r"(?i:caseload|case\ load|cases\ per|cases\ each|caseholder|(?:workers?|practitioners?|staff)\b(?:[^.!?\n]|\.\d){0,80}\bcases\b)")
ADULTS: Final = timed(r"(?i:\badults?\b|\badults'|older\ people)")
#: Caseloads larger than this are counts of cases, not cases per worker.
MOST_CASES: Final = 120.0
#: A subject whose figures are no caseloads: staff numbers, rates, vacancies.
NOT_CASELOAD: Final = timed(r"(?i:number\ of\ (?:\w+\ )?(?:social\ )?workers|vacanc|turnover|agency|\brates?\b|percentage|proportion|adults?\b"
                            r"|\b\d+\ (?:[\w-]+\ )?(?:staff|(?:social\ )?workers|employees|posts|leavers)\b|\bleavers?\b)")  # "40 staff left"

# -- who holds cases, and the bounds that make a statistic (read by ``caseloads``) ----

#: Verbs that, of children, may say whom a service has, not whom a worker holds.
WEAK_VERB: Final = timed(r"(?i:ha[vsd]e?|having|work|works|working|worked|look|looks|looking|looked|support\w*)\b")
EACH: Final = timed(r"(?i:\b(?:each|every|all)\b)")
#: Who holds the cases: a worker, or a word for some or each of them.
HOLDER: Final = timed(r"(?i:\b(?:(?:social\ |case)?workers?|practitioners?|staff|caseworkers?|case\ holders?|caseholders?|NQSWs?|ASYEs?"
                       r"|(?:team\ )?managers?|colleagues?|team\ leaders?|(?:team\ |staff\ )?members|members\ of\ staff|employees|professionals"
                       r"|each|they|some|a\ few|a\ handful|others|many)\b)")
#: A part of the workforce whose highest caseloads "more than 30" are: "some", "a few",
#: a count or share of workers ("nine social workers had caseloads above 32", "a third of
#: its social workers have caseloads above 25", "30% of social workers hold more than 25").
SOME: Final = timed(r"(?i:\b(?:some|a\ few|a\ handful|one|several|many|others|a\ minority|highest)\b"
                    r"|\b(?:a|one|two)\ (?:third|quarter|fifth|tenth)s?\ of\b|\bhalf\ of\b|\d\ ?%|\d\ per\ ?cent\b"
                    r"|(?<![\d,.])\d{1,3}\ (?:[\w-]+\ )?(?:social\ workers|workers|practitioners|staff)\b"
                    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
                    r"\ (?:[\w-]+\ )?(?:social\ workers|workers|practitioners|staff)\b)")
#: No worker holding more than a figure makes it the maximum: "no social worker has a caseload above 22".
NO_ONE: Final = timed(r"(?i:\b(?:no|nobody|no\ one|none)\b)")
MAXIMA: Final = frozenset({"up to", "as many as", "as high as", "as much as", "no more than", "not more than", "at most",
                            "a maximum of"})
MINIMA: Final = frozenset({"as low as", "as few as"})
ABOVE: Final = frozenset({"more than", "over", "above", "just over", "greater than", "higher than"})
#: An extreme's word just before a caseload, or its label: "a maximum caseload of 18",
#: "Highest individual caseload: 31", "the lowest caseload was 9".
MAXIMUM_BEFORE: Final = timed(r"(?i:\b(?:maximum|highest|largest|biggest|heaviest)\ (?:individual\ |single\ )?$)")
MINIMUM_BEFORE: Final = timed(r"(?i:\b(?:minimum|lowest|smallest)\ (?:individual\ |single\ )?$)")
#: "on average" after a caseload: "a caseload of 21 on average", "19 cases per worker on average".
ON_AVERAGE: Final = timed(r",?\ (?i:on\ average)\b")
