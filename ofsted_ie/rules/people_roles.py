"""The roles the people rules read, as pattern fragments: "director of children's services",
"Cabinet Member for Early Help and Family Support", "Ofsted's deputy director for social
care", "opposition group leader", "children and families minister", "headteacher".

A role is written with its premodifiers ("former", "interim", "newly confirmed permanent",
"recently retired", "ex-"), and they are part of it. A portfolio ("for Children, Young
People and Skills") is a list of one to four items, the last after "and"; its words are
those of ``PORTFOLIO_WORDS`` or, for a councillor's portfolio, any capitalised word but a
title. Nothing here is compiled.
"""

from __future__ import annotations

from typing import Final

from .._vocab import HONORIFICS, LEAVING_VERBS, MONTHS, OFFICE_OBJECT_VERBS, PARTIES
from ._fragments import alternation

#: A word of a remit, any case: "children's", "Early", "skills".
_REMIT_WORD = r"(?i:\L<remit_words>)(?![\w'-])"  # ``_vocab.SHARED_LISTS``: ``PORTFOLIO_WORDS``
#: A word of a councillor's portfolio: a remit word, or a capitalised word that is no title
#: ("Aspiration", "Lifelong"); a name after the portfolio is left to the name by backtracking.
_PORTFOLIO_WORD = rf"(?:{_REMIT_WORD}|(?!{alternation(HONORIFICS)}\b)\p{{Lu}}\p{{Ll}}[\p{{L}}'-]*(?![\w'-]))"


def _items(word: str, *, open_list: bool, last_not: str = "") -> str:
    """One to four items of one to four words, the last after "and" (or "&"); an open
    list ("Children, Families") needs no "and" (only remit words are read so: a name
    after a capitalised portfolio is told from its last item by the "and"). The last item
    is followed by nothing ``last_not`` matches."""
    item = rf"{word}(?:\ {word}){{0,3}}"
    last = rf"{item}(?!{last_not})" if last_not else item
    if open_list:
        return rf"{item}(?:,\ {item}){{0,3}}(?:,?\ (?:and|&)\ {last})?"
    return rf"{item}(?:(?:,\ {item}){{0,3}},?\ (?:and|&)\ {last})?"


#: The noun of a role in an apposition: "Jane Doe, chief executive of X," "Tom Bell - strategic lead for Y -".
ROLE_NOUN = r"""(?i:(?:co-|vice-)?)(?:MP(?![\w'])|(?i:chief\ executive|executive|director|lead|leader|head|manager|officer|member|portfolio\ holder|chair(?:man|woman|person)?
    |president|secretary|commissioner|minister|inspector|councillor|mayor|spokes(?:person|man|woman)|advis[eo]r|founder
    |principal|deputy|co-?ordinator|consultant|conven[eo]r|chief
    |(?:social\ |support\ |care\ |youth\ )?worker|(?:foster\ )?carer|care\ leaver|practitioner|researcher|professor|lecturer
    |analyst|campaigner|reviewer|scrutineer|head\ ?teacher|rep|solicitor|lawyer|barrister|teacher|nurse|doctor|academic|boss|organiser|representative|trustee|dcs
    |paediatrician|psychologist|psychiatrist|therapist|midwife|constable|superintendent|coroner|ombudsman))"""
def _one_line(verbose: str) -> str:
    """A verbose fragment without its line breaks and indents, for patterns of any mode."""
    return "".join(line.lstrip() for line in verbose.splitlines())


#: A post in apposition after a name: ", its chief executive", ", Kent's director of ..."
#: (not a title before a name: ", Councillor Jane Doe said").
_APPOSED_POST = rf",\ (?:(?:the|its|their|his|her|a|an)\ |\p{{Lu}}[\w'&-]*(?:\ \p{{Lu}}[\w'&-]*){{0,3}}'s\ )?(?:[\w'&-]+\ ){{0,4}}?{_one_line(ROLE_NOUN)}(?![\w'-])(?!\ \p{{Lu}})"


#: A directorate's remit: "of children's services", "for Children, Families and Education".
PORTFOLIO = rf"(?:\ (?i:for|of)\ {_items(_REMIT_WORD, open_list=True)})"
#: What links a councillor's post to its remit besides "for": "(cabinet member) with
#: responsibility for (education)".
REMIT_LINK = r"(?:with\ (?:special\ |particular\ |lead\ )?responsibility\ for|responsible\ for)"
#: A councillor's portfolio: "for Early Help and Family Support"; its last item is no
#: name with a post in apposition ("for Early Help, and Jane Doe, its chief executive,").
OPEN_PORTFOLIO = rf"(?:\ (?i:for|of|{REMIT_LINK})\ {_items(_PORTFOLIO_WORD, open_list=False, last_not=_APPOSED_POST)})"
#: Words written before a role that belong to it: "Ofsted chief inspector", "former",
#: "newly confirmed permanent", "recently retired", "ex-" ("then" is kept, lower-case, as before).
_PREMODIFIER = r"""(?i:former|current|outgoing|incoming|retiring|recently\ (?:retired|appointed|departed)
    |newly[\ -](?:appointed|confirmed|installed)|permanent|substantive|acting|interim|shadow|new|ex)"""
ROLE_QUALIFIER = (
    rf"(?:(?:Ofsted|Government|government|Her\ Majesty's|His\ Majesty's|HM|ADCS|LGA|then|Then|{_PREMODIFIER}"
    r"|(?:DfE|[Gg]overnment|[Mm]inisterially|[Ww]hitehall)-appointed)(?:\ |(?<=\b(?:[Ee]x|[Tt]hen))-))*"
)
#: Ofsted's regions, for its regional directors: "Ofsted Director for South East".
_REGION = r"(?:the\ )?(?:North\ East|North\ West|South\ East|South\ West|East\ Midlands|West\ Midlands|East\ of\ England|London|Yorkshire(?:\ and\ (?:the\ )?Humber)?)"
#: What a minister or secretary of state is for: "children and families minister".
_BRIEF = r"(?i:children\ and\ families|children's|children|education|schools|communities|home|health|housing|local\ government|skills|early\ years)"
_PARTY = alternation(PARTIES)
#: A seat after an MP's title, capitalised words: "MP for Kentville North" (greedy, so the
#: name after it keeps its own two words: "MP for Kentville North Jane Doe").
_SEAT = r"(?:\ for\ \p{Lu}[\w'-]*(?:\ (?:and\ |upon\ |on\ )?\p{Lu}[\w'-]*){0,3})"
#: A post's remit written after it, parted by a comma or a dash, in capitals: "Executive
#: Director, Children's Services", "Strategic Director – People", "Executive Director: People"
#: (a council's name is no remit).
CAPITAL_REMIT = rf"(?:(?:(?:,\ |\ [-–]\ )(?=\p{{Lu}})|:\ ){_items(_REMIT_WORD, open_list=False)}(?=[,.;:)]|\ (?:said|says|told|added)\b|(?m:$)))"
#: A time after a post, no part of it: "head of safeguarding last year", "since 2019".
_WHEN = r"(?:last|this|next)\ (?:year|month)\b|since\ "
#: A word that links a post to what follows, never its last: "head of safeguarding in March".
_LINK = r"(?:in|on|at|from|by|to|for|until|during|and)\b"
#: A time after a post, where it ends: "head of safeguarding in March", "... since 2019",
#: "... at the time", "... when the report came out".
_TIME_AFTER = rf"\ (?:(?:in|on|from|since|until|till)\ (?:\d|{alternation(MONTHS)}\b|(?:last|this)\ )|(?:last|this|next)\ (?:year|month)\b|at\ the\ time\b|when\ )"
ROLE = rf"""(?P<role>{ROLE_QUALIFIER}(?:
    (?i:(?:acting|interim|deputy|corporate|executive|strategic|assistant|national|new|former)\ ){{0,2}}(?i:director){PORTFOLIO}
  | (?i:(?:acting|interim|deputy|executive|strategic|assistant|permanent|new|former|outgoing|incoming|retiring|then)\ ){{1,2}}
    (?i:director)(?![\w-])   # "interim director", "outgoing director"
  | (?i:(?:(?:deputy\ )?leader\ and\ )?(?:(?:cabinet|executive|lead|deputy\ cabinet)\ member|(?:executive\ |lead\ |deputy\ )?portfolio\ holder|lead\ councillor)){OPEN_PORTFOLIO}  # "deputy leader and cabinet member for"
  | (?i:councillor)(?=\ {REMIT_LINK}){OPEN_PORTFOLIO}                         # "councillor responsible for children's services"
  | (?i:(?:cabinet|executive|lead)\ member|portfolio\ holder)(?=,\ (?=\p{{Lu}}){_REMIT_WORD})  # "Lead Member, Children and Families"
  | (?i:(?:acting|interim|new|former)\ )?(?:DCS|HMCI|HMI)(?!\w)                # "HMCI Jane Doe", "Jane Doe\nHMI"
  | (?i:(?:acting|interim|new|former)\ )?(?i:children's\ services|children's\ social\ care|social\ care)\ (?i:director|boss|chief)(?!\w)
  | (?i:(?:regional\ )?director)\ (?i:for|of)\ {_REGION}(?!\w)                     # "Ofsted Director for South East"
  | (?i:(?:deputy\ )?leader)(?=\ of\ \p{{Lu}})                               # "leader of Kent County Council"
  | (?<=(?i:council's|authority's)\ )(?i:(?:deputy\ )?leader)(?!\w)           # "the council's leader"
  | (?:[Dd]eputy\ )?[Ll]eader(?=\ (?:(?:Cllr|Councillor|Coun)\ )?\p{{Lu}}[\p{{L}}'-]+\ (?:(?:van|von|der|den|de|du|da|di|le|la)\ ){{0,2}}\p{{Lu}})  # "Leader Jane (de) Doe said"
  | {_PARTY}\ (?i:(?:deputy\ )?(?:opposition\ |group\ |party\ ){{0,2}}(?:deputy\ )?leader)(?!\w)   # "Tory opposition leader"
  | (?i:(?:deputy\ )?(?:opposition|group|party)\ (?:group\ )?(?:deputy\ )?leader)(?!\w)        # "opposition group leader"
  | (?i:regional\ director)(?!\w)                                             # "Ofsted's regional director"
  | (?i:(?:deputy\ )?(?:lead|senior|team)\ )?(?i:inspector)(?!\w)
  | {_BRIEF}\ (?i:minister|secretary)(?!\w)                                   # "children and families minister"
  | (?i:minister(?:\ of\ state)?|secretary\ of\ state){PORTFOLIO}            # "Minister of State for Children and Families"
  | (?i:head\ ?teacher|headmaster|headmistress|executive\ head(?:teacher)?)(?!\w)
  | (?i:(?:acting|interim|deputy)\ )?(?i:chief\ (?:[a-z'-]+\ ){{0,2}}officer)(?!\w)                # "chief operating officer"
  | (?i:(?:national|regional|branch|senior|professional|policy|principal)\ officer)(?:{PORTFOLIO})?(?!\w)    # a union's "national officer for social care"
  | (?i:(?:acting|interim)\ )?(?i:chief\ executive|council\ leader|leader\ of\ the\ council|chief\ inspector|children's\ minister|(?:children(?:'s)?\ (?:services\ )?)?commissioner(?:{PORTFOLIO})?|national\ director\ for\ social\ care|(?:improvement\ )?advis[eo]r|independent\ chair|(?:vice-|vice\ |deputy\ )?chair)
  | (?i:president|vice-president|chief\ social\ worker(?:\ for\ (?:children(?:\ and\ families)?|adults))?)
    (?:\ of\ the\ (?i:association\ of\ directors\ of\ children's\ services|local\ government\ association))?
  | (?i:(?:assistant\ |deputy\ )?head)\ of\ (?:(?!{_WHEN})[a-z][\w'-]*\ ){{0,3}}?(?!{_WHEN}|{_LINK})[a-z][\w'-]*(?=,?\ \p{{Lu}}|[,.;]|$|\ (?:at|in)\ \p{{Lu}}|{_TIME_AFTER})   # "head of policy"
  | (?:(?:{_PARTY}|[Ll]ocal)\ )?MP(?!\w){_SEAT}?                                # "Labour MP", "Local MP", "MP for Kentville"
  | (?i:(?:directly\ elected\ |elected\ |executive\ |deputy\ |city\ )?mayor)(?![\w-])     # "Mayor Jane Doe", "elected mayor"
  | (?:(?:[Dd]eputy\ )?(?:[Dd]istrict|[Cc]ircuit|[Ff]amily\ [Cc]ourt|[Hh]igh\ [Cc]ourt)\ )?[Jj]udge(?=\ \p{{Lu}}\p{{Ll}})  # "District Judge Jane Doe"
  | (?i:care\ leaver|(?:foster|kinship|adoptive)\ (?:carer|parent)|parent|social\ worker)(?=\ \p{{Lu}}\p{{Ll}})   # "Care leaver Jane Doe", "Parent Jo Bell"
){CAPITAL_REMIT}?)"""
#: Every ``ROLE`` holds one of these (lower-cased): keep the two in step.
ROLE_TRIGGERS: Final = ("director", "hmci", "hmi", "member", "holder", "councillor", "chief", "leader", "secretary", "minister",
                        "commissioner", "advis", "chair", "president", "dcs", "inspector", "boss", "head of",
                        "headteacher", "head teacher", "headmaster", "headmistress", "executive head",
                        " mp ", " mp,", " mp.", "mayor", "judge", "care leaver", "carer", "parent", "social worker", "officer")

#: What every ``ROLE`` holds when a space, a comma or a bar follows it (a name after it; a
#: tab is a space in normalised text): a role's word whole, so a plural ("leaders",
#: "members", "inspectors") holds none.
ROLE_BEFORE_NAME_TRIGGERS: Final = (
    *(word + after for word in ("director", "hmci", "hmi", "dcs", "member", "holder", "councillor", "chief", "leader",
                                "secretary", "minister", "commissioner", "adviser", "advisor", "chair", "president",
                                "inspector", "boss", "mayor", "judge", "officer", "parent", "carer") for after in " ,|"),
    *(t for t in ROLE_TRIGGERS if " " in t or t.startswith("head")))  # "care leaver", "foster carer" among them


#: Verbs of taking, holding or leaving a post, before the "as" that names it: "Jane Doe
#: arrived as director", "joined the council as director", "..., who was sacked as director", "has served as leader since 2015",
#: "will take over as interim director".
_OFFICE_AS_VERBS: Final = ("arrived", "started", "joined", "returned", "stayed", "remained", "left", "served", "continues",
                           "continued", "took over", "take over", "takes over", "stepped in", "step in", "steps in", "took up her post", "took up his post", "took up their post", "took up the post", "came in", "appointed", "named", "confirmed", "installed", "re-elected",
                           "elected", *LEAVING_VERBS, *OFFICE_OBJECT_VERBS)
OFFICE_VERB = rf"""(?:,?\ (?:who\ )?(?:(?:has|had|was|is|will|will\ be|has\ been|had\ been|was\ later)\ )?
    (?:{alternation(_OFFICE_AS_VERBS)})(?:\ (?:the|its|our)\ (?:council|authority|local\ authority|service|department))?
    (?:\ (?:in|on|last|this|since)\ (?:\w+\ ?){{1,2}}?)?)"""

#: A councillor's party, in an aside ("Jane Doe, Labour, cabinet member") or in brackets
#: after the post ("cabinet member for children (Lab)"): no part of the role.
PARTY = rf"(?:{_PARTY})"
PARTY_BRACKET = rf"(?:\ \((?:{_PARTY}|Lab|Con|LD|Ind|Grn)\b[^()\n]{{0,30}}\))"

__all__ = ["CAPITAL_REMIT", "OFFICE_VERB", "REMIT_LINK", "PARTY", "PARTY_BRACKET", "OPEN_PORTFOLIO", "PORTFOLIO", "ROLE", "ROLE_BEFORE_NAME_TRIGGERS", "ROLE_NOUN",
           "ROLE_QUALIFIER", "ROLE_TRIGGERS"]
