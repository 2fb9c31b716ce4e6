"""The people rules' patterns of a name and the post beside it: "Rutland's director of
children's services Priya Okafor", "Priya Okafor, who is the council's director, said",
"Ms Okafor, the council's director, added", "Priya Okafor was appointed director", "the
DfE appointed Priya Okafor as commissioner", a letter's signature. Nothing here is
compiled; ``people`` builds the records.
"""

from __future__ import annotations

from typing import Final

from .._vocab import BODY_HEADS, COURTESY_TITLES, MONTHS, SILENCE_VERBS, SPEECH_AUXILIARIES, SPEECH_VERBS, STANCE_VERBS
from ._fragments import HONORIFIC, NAME, NAME_WORD, alternation
from .people_lines import NAME_LINE
from .people_roles import CAPITAL_REMIT, OFFICE_VERB, ROLE_NOUN
from .people_roles import ROLE as _ROLE

_ORG_WORDS = r"\p{Lu}[\w&'-]*(?:\ (?:\p{Lu}[\w&'-]*|for|of|and|the|upon|on|with)){0,6}(?:\ (?:borough\ |county\ |city\ )?council)?"
ORG = rf"(?P<org>{_ORG_WORDS})"
#: As ``ORG``, with a list of remits after it, part of the post: "(Chief Inspector) of
#: Education, Children's Services and Skills".
_ORG_REMITS = rf"(?P<org>{_ORG_WORDS}{CAPITAL_REMIT}?)"
#: A body's board or committee a post is of: "the Local Government Association's children
#: and young people board".
_BOARD = r"(?P<org>the\ \p{Lu}[\w&'-]*(?:\ \p{Lu}[\w&'-]*){0,4}'s\ (?:[a-z][\w'-]*\ ){0,5}?(?:board|committee|panel|network|forum))"
#: A body named after "the", by the noun heading it: "(chair) of the Kent Safeguarding
#: Children Partnership", "(chief executive) of the Fostering Network".
_THE_BODY_NAMED = rf"(?P<org>the\ \p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|of|for|and|&|upon|on|with)){{0,6}}\ (?:{alternation(BODY_HEADS)}))(?![\w'-])"
#: Whose role it is: "West Berkshire's director" (not "Her Majesty's": that is the role's).
NOT_OWNER = r"(?!(?:Her|His)\ Majesty's|Children's)"  # part of a role: "Her Majesty's Inspector"
THE_COUNCIL = r"(?i:the\ )?(?i:(?:(?:city|county|borough|district)\ )?council|authority|local\ authority|county|borough|city)"
#: A body by its kind, owning a post: "the inspectorate's", "the charity's" (no council's).
THE_BODY = r"(?i:the\ (?:inspectorate|watchdog|regulator|charity|union|department|government|organisation|partnership))"
OWNER = rf"(?:{NOT_OWNER}(?P<owner>\p{{Lu}}[\w' -]{{1,60}}?|{THE_COUNCIL}|{THE_BODY})'s\ )"
#: ``OWNER`` looked behind for, from the role: a position not after "'s " fails at once,
#: where trying an owner forward from every capital was a third of the rule's time.
OWNER_BEHIND = rf"(?:(?<=(?<![\w'-]){NOT_OWNER}(?P<owner>\p{{Lu}}[\w' -]{{1,60}}|{THE_COUNCIL}|{THE_BODY})'s\ ))?"
#: What a named person is reported to have said, done or thought: "welcomed", "admitted".
#: (Not a journalist's "Jane Doe reports", "Sam Roe writes".)
REPORTED_VERBS: Final = tuple(v for v in (*SPEECH_VERBS, *STANCE_VERBS, *SILENCE_VERBS)
                               if v not in ("according to", "say", "state", "reports", "reported", "writes"))
#: A verb of speech or stance, maybe after an adverb or auxiliary: "also said", "has warned".
REPORTED = rf"(?:(?:{alternation(SPEECH_AUXILIARIES)})\ ){{0,2}}(?:{alternation(REPORTED_VERBS)})"
#: A copula between a post and its holder's name: "The chair of X is Dr Jane Doe", "Kent's
#: new director will be Jane Doe".
_COPULA = rf"\ (?:is|was|will\ be)\ (?=(?:{HONORIFIC})?\p{{Lu}})"
#: ``ORG`` maybe after "the": "(chair) of the Kent Safeguarding Children Partnership".
THE_ORG = rf"(?P<org>(?:the\ (?=\p{{Lu}}))?{_ORG_WORDS})"
ROLE_NAME = rf"""
    (?<!\w){OWNER_BEHIND}{_ROLE}(?:\ (?P<link>at|for|of|on|in)\ {THE_ORG}(?:,|(?<=[Cc]ouncil)|(?={_COPULA})))?(?:,?\ |\ [-–]\ |[ \t]*\|[ \t]*|\ \((?=[^()\n]{{3,60}}\))|{_COPULA})
    {HONORIFIC}{{0,2}}{NAME}     # "X's director ... Jane Doe", "minister - Jane Doe", minutes' "the Strategic Director (Jane Doe)", "The lead inspector was Jane Doe"
"""
#: When a post was held, after it: "who was director at the time, left", "..., when the report came out,".
AT_THE_TIME = r"\ at\ the\ time(?:\ of\ [^,;.\n]{1,60})?|\ when\ [^,;.\n]{1,80}(?=,)"
#: When a post was held or taken, after it: "in 2019", "since last May", "last year",
#: "in the spring", "at the time".
POST_TIME = rf"""(?:\ (?i:in|since|from|until|till)\ (?:(?:\w+\ ){{0,2}}?(?:19|20)\d\d|{alternation(MONTHS)}\b(?:\ (?i:last|this)\ (?i:year))?|(?i:last|this)\ (?i:year|month|week)
        |(?i:last|this)\ {alternation(MONTHS)}\b|(?i:the\ )?(?i:spring|summer|autumn|winter)\b)
      |\ (?i:last|this|next)\ (?i:year|month|week)|{AT_THE_TIME}
      |\ (?i:for)\ (?i:the\ )?(?i:past|last)\ (?:\w+\ )?(?i:years?|months?|decades?))"""  # "for the past seven years"
#: A reduced relative clause of appointment, before the post: "appointed by the Department
#: for Education last year as", "brought in in 2019 as".
_APPOINTED_BY = rf"""(?:appointed|named|installed|brought\ in|drafted\ in|hired|recruited|seconded)
    (?:\ by\ (?:the\ )?(?:\p{{Lu}}[\w'&-]*(?:\ (?:\p{{Lu}}[\w'&-]*|for|of|and)){{0,6}}|ministers|government|council))?{POST_TIME}?\ as"""
#: A relative clause of holding or taking a post, before the post: "who is", "who serves
#: as", "who joined Kent County Council as", "who was made", "who stepped in as".
_WHO_HOLDS = r"""(?:who\ (?:is|was|(?:has|had)\ been|(?:has\ |had\ )?bec[oa]me|becomes|serves\ as|served\ as|(?:has\ |had\ )?served\ as
    |(?:has\ |had\ )?(?:took|taken|came|come|stepped|joined)\ (?:over\ |in\ )?as
    |(?:has\ |had\ )?joined\ (?:the\ )?(?:\p{Lu}[\w'&-]*\ |(?:and|upon|on|of|with)\ (?=\p{Lu})|(?i:council|authority)\ ){1,8}as
    |(?:was|has\ been|had\ been|is)\ (?:made|named|appointed|confirmed|installed)(?:\ as)?)
    \ (?:now\ |currently\ |also\ )?(?:appointed\ (?:as\ )?)?
  |""" + _APPOINTED_BY + r"""\ )"""
#: A phrase framing the post, no part of it: "in her role as", "speaking as", "acting in his capacity as".
FRAMED_AS = r"(?:(?:speaking|writing|acting)\ )?(?:in\ (?:her|his|their)\ (?:role|capacity)\ )?as"
_IN_ROLE = rf"{FRAMED_AS}\ (?=\S)"
NAME_ROLE = rf"""
    (?<!\w){HONORIFIC}{{0,2}}{NAME}(?:\ \([^()\n]{{1,40}}\)(?=,))?(?:,\ (?:{_WHO_HOLDS}|{_IN_ROLE})?(?:the\ |its\ |their\ |our\ )?
      |\ (?:is|was|has\ been|had\ been|remains)\ (?:now\ |currently\ |also\ )?(?:the\ |its\ |their\ )?(?=\S+\ )   # "Jane Doe is the council's director"
      |\ the\ (?=\S+\ \S+\ (?:said|declared|warned|told|added)\b|\S+\ (?:said|declared|warned|told|added)\b)){OWNER}?{_ROLE}
    (?:\ (?P<link>of|at|for|on|in)\ {_ORG_REMITS}|\ (?P<link>of|at)\ {_THE_BODY_NAMED}|\ (?:at|in|for)\ the\ (?:council|authority|local\ authority|borough|county|city|district))?
    {POST_TIME}?  # "in 2019", "last year", "until last year", "in the spring"
    (?=[,.;:)]|\ (?:said|says|has|had|was|is|who|and|declared|warned|told|added)\b|\ {REPORTED}(?!\w)|(?m:$))  # "X, member at Y Council described"
"""
#: The post in apposition after a later mention's surname: ", the council's director of
#: children's services,", ", who is Kent's head of safeguarding,", ", who has been the
#: city's director since 2021,".
_LATER_POST = rf"""
    ,\ (?:who\ (?:is|was|has\ been|had\ been|became|has\ become|had\ become)\ (?:now\ |also\ )?)?(?:the\ |its\ |their\ )?{OWNER}?
    (?:{_ROLE}{POST_TIME}?(?=,|[.;](?:\s|$))|(?!(?i:who|whose|which)\b)(?P<role>(?:[\w'&-]+\ ){{0,4}}?{ROLE_NOUN}(?:\ (?i:of|for|at)\ [^,;.\n()"]{{1,110}}?)?)(?=,\ \p{{Ll}}))"""
#: A later mention by title and surname with the post in apposition: "Ms Doe, the council's
#: director of children's services, added"; the surname is the one of a person the text
#: names in full ("people.full_names" puts the full name back, or drops the record).
LATER_TITLE = rf"""
    (?<![\w']){alternation(COURTESY_TITLES)}\.?\ (?P<name>{NAME_WORD})(?![\w'])
    {_LATER_POST}
"""
#: A later mention by surname alone, opening its sentence or after a quotation's "said",
#: with the post in apposition: "Doe, who is the council's director of children's
#: services, said", '"...," said Doe, the council's director.' (as ``LATER_TITLE``).
LATER_SURNAME = rf"""
    (?<=(?:^|[.!?]["'\u2019\u201d]?\ |\n)[ \t]*|,["'\u2019\u201d]\ (?:said|says|added|explained|continued|insisted|admitted)\ )(?P<name>{NAME_WORD})(?![\w'])
    {_LATER_POST}
"""
#: A letter's signature: the name on its line, the role alone on the next. The match
#: starts at the line break (the name is looked behind for): twice as fast to scan.
SIGNATURE = rf"""
    (?<=(?m:^){NAME_LINE})\n[ \t]*{OWNER}?{_ROLE}[ \t]*(?m:$)
"""
APPOINTED = rf"""
    (?<!\w){HONORIFIC}{{0,2}}{NAME}(?:,\ (?:who|whose)\ [^.;]{{1,200}}?,)?             # "Jane Doe, who was previously ...,"
    \ (?:(?:was|has\ been|had\ been|is|was\ later|will\ be)\ (?:appointed|named|confirmed|installed|made)(?:\ as)?
      |(?:has\ |had\ )?(?:come|came|comes|stepped|steps)\ in\ as|(?:has\ |had\ )?(?:took|taken|takes)\ over\ as
      |(?:has\ |had\ )?(?:became|become|becomes)|(?:has\ |had\ )?(?:joined|joins)\ as
      |(?:was|has\ been|had\ been|is|will\ be)\ (?:promoted|elected|re-elected|selected|chosen)(?:\ to(?:\ be)?|\ as)?
      |(?:has\ |had\ )?(?:joined|joins)\ (?:the\ )?(?:\p{{Lu}}[\w'&-]*\ |(?:and|upon|on|of|with)\ (?=\p{{Lu}})|(?i:council|authority)\ ){{1,8}}as   # "joined Kent County Council as"
      |(?:starts|started|will\ start|is\ to\ start)\ (?:work\ )?as
      |(?:will\ |is\ to\ |has\ |had\ )?(?:take|takes|took|taken)\ up\ the\ (?:post|role|job|position)\ of)
    \ (?:(?:the|its|their|a|an)\ )?{OWNER}?{_ROLE}
    (?:\ (?P<link>in|of|at|for)\ (?:{_BOARD}|{ORG})(?=[\s.,;]))?             # "appointed commissioner in Sandwell", "elected leader of X Council"
"""
#: The appointing verb before the name: "the DfE appointed Jane Doe as commissioner",
#: "the appointment of Jane Doe as its permanent director".
APPOINTS = rf"""
    (?<!\w)(?:appointed|appointing|appoints|appoint|appointment\ of|named|naming|installed|confirmed|confirmation\ of)
    \ {HONORIFIC}{{0,2}}{NAME}\ (?:as\ (?:(?:the|its|their|a|an)\ )?|(?:its|their)\ ){_ROLE}   # "appointed Jane Doe (as) its director"
    (?:\ (?P<link>in)\ {ORG}(?=[\s.,;]))?
"""


#: A post given by "as" after the name, whatever the verb: "the council will work with
#: Jane Doe as improvement adviser", "it brought in Sam Roe as its interim director".
AS_ROLE = rf"""
    (?<![\w']){HONORIFIC}{{0,2}}{NAME}(?:{OFFICE_VERB}?\ as\ (?:(?:the|its|their|a|an|her|his)\ )?{_ROLE}(?![\w'-])
      |{OFFICE_VERB}\ as\ (?P<role>(?i:(?:deputy\ )?leader|director|chair))(?!\ (?:of|for)\b)(?=[\s.,;]|$))  # "arrived as director"
    (?:\ (?P<link>in)\ {ORG}(?=[\s.,;]))?   # "Jane Doe as director", "Jane Doe, who was sacked as director"
"""


__all__ = ["APPOINTED", "APPOINTS", "AS_ROLE", "AT_THE_TIME", "FRAMED_AS", "LATER_SURNAME", "LATER_TITLE", "NAME_ROLE", "ORG", "OWNER", "OWNER_BEHIND", "POST_TIME", "REPORTED", "REPORTED_VERBS", "ROLE_NAME", "SIGNATURE"]
