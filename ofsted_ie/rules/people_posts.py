"""A post named first, its holder next: "Kent's director of children's services is to
leave next month." then "Jane Doe, who took up the post in 2016, will ..." (or "The
interim director has resigned." then "Jane Doe will now work with ...", "The director
this week resigned." then "Jane Doe takes charge ...": a bare "director" after "the").

A story often gives the post with no name as one sentence's subject and names its holder
as the subject of the next (maybe across a paragraph break). The name is then a Person
with that post, when it is the text's first mention of the name and nothing but a
relative clause stands between the name and its verb. The rule matches the post's
sentence (where its trigger is); its record's evidence is the name in the next one.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from .._vocab import OFFICE_CHANGE_VERBS, SPEECH_AUXILIARIES
from ..context import Context
from ..records import Person
from ..rule import Rule
from ._common import is_name
from ._fragments import HONORIFIC, NAME, alternation, literal_triggers
from .people_roles import ROLE, ROLE_TRIGGERS

RULE_POST_THEN_NAME: Final = "people.post_then_name"

#: A sentence opening with a full name as its subject: "Jane Doe will", "Jane Doe, who
#: joined in 2016, will" (a relative clause, no apposition: that would be a post of its own).
_NAME_OPENS: Final = timed(
    rf"{HONORIFIC}{{0,2}}{NAME}(?:,\ (?i:who|whose)\ [^,;.\n\"]{{1,120}},)?\ \p{{Ll}}[\w'-]*\ "
)
#: Where a sentence opens: a line's start, or after a sentence's end mark (the builder
#: asks that the match open its sentence; looked behind first, the post's long
#: alternatives are tried only there).
_SENTENCE_OPENING: Final = r"""(?<=(?:^|\n)[ \t]*|[.!?]["')\]]?[ ]+)"""
#: A time between a subject and its verb: "The director this week resigned".
_WHEN: Final = r"(?:this\ (?:week|month|morning)|last\ (?:week|month|night)|yesterday|today|on\ \p{Lu}\p{Ll}+day)"
#: A sentence opening with a post and no name as its subject, the post changing hands:
#: "Kent's director of children's services is to leave", "The council's leader has
#: resigned" (not "Its former director now works for X": no change of holder).
_POST_OPENS: Final = (
    _SENTENCE_OPENING + rf"(?:(?i:the|its|their)\ )?(?:(?P<owner>\p{{Lu}}[\w' -]{{1,40}}?|(?i:the\ )?(?i:council|authority|department))'s\ )?"
    rf"(?:{ROLE}|(?<=(?i:the|its|their)\ )(?P<role>(?i:director)))(?![\w'-])(?!,?\ {HONORIFIC}{{0,2}}\p{{Lu}}\p{{Ll}}+\ \p{{Lu}})"
    rf"(?:\ {_WHEN})?(?:\ (?:(?:{alternation(SPEECH_AUXILIARIES)})\ )?(?:{alternation(OFFICE_CHANGE_VERBS)})(?![\w'-]))"
)
#: Two sentences this far apart at most: a paragraph break between them.
_GAP: Final = 3


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    """The holder of the post opening the matched sentence: the full name opening the
    next sentence (its evidence), when that is the name's first mention."""
    b_start, b_end = ctx.prepared.sentence_at(m.start())
    if m.start() != b_start or b_end >= len(ctx.text):
        return None
    s_start, s_end = ctx.prepared.sentence_at(b_end + _GAP)
    if s_start <= b_start or s_start - b_end > _GAP:
        return None
    holder = _NAME_OPENS.match(ctx.text, s_start, s_end)
    if holder is None or not is_name(holder.group("name")):
        return None
    name = holder.group("name")
    if ctx.text.find(name, 0, s_start) >= 0:
        return None  # named before: a known person, not the post's new holder
    owner = m.group("owner")
    councils = ctx.gazetteer.lookup(owner) if owner else ()
    authority = councils[0] if len(councils) == 1 else ctx.authority_for(b_start, b_end) or ctx.main_authority
    return Person(name=name, role=" ".join(m.group("role").lower().split()), authority=authority,
                  start=holder.start("name"), end=holder.end("name"))


RULES: Final = (
    Rule(name=RULE_POST_THEN_NAME, kind="people", pattern=_POST_OPENS, build=_build, triggers=ROLE_TRIGGERS,
         also_triggers=literal_triggers(OFFICE_CHANGE_VERBS), scope="sentence", word_start=True),
)
__all__ = ["RULES", "RULE_POST_THEN_NAME"]
