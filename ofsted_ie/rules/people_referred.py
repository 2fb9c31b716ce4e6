"""A post named in the sentence before, held by the person whose relative clause refers
back to it: "The council's chief officer for children described the verdict as
fair. Dr Jo Bell, who took up the post in 2021, added: ..." (Jo Bell is that officer);
or a post the sentence before says is newly filled, held by the person opening the next:
"Kent has a new director of children's services. Jo Bell arrived in May" (Jo Bell); or
the post a "She is the ..." sentence gives the person named last before it; or the post
of a sentence opening with it as a definite description and a verb of speech or stance
("The chief operating officer said ...") held by the one person the sentence before
names with no post.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import TimedPattern, timed
from .._vocab import MONTHS, SPEECH_VERBS, STANCE_VERBS
from ..context import Context
from ..records import Person
from ..rule import Rule
from ._common import is_name
from ._fragments import HONORIFIC, NAME, alternation
from .people_lines import sentences_naming_people
from .people_roles import PORTFOLIO, ROLE, ROLE_NOUN

RULE_REFERRED_POST: Final = "people.referred_post"
RULE_NEW_POST: Final = "people.new_post"
RULE_PRONOUN_POST: Final = "people.pronoun_post"
RULE_DESCRIBED_POST: Final = "people.described_post"

#: A relative clause holding "the post" the sentence before named: "who took up the post",
#: "who has led the department since 2017", "who has been in the role since May".
_HOLDS_IT = (r"(?:(?:has|had)\ )?(?:took\ up|taken\ up|held|been\ in|took\ over|taken\ over|took\ on|led|run|ran|stepped\ into)"
             r"\ (?:the|this|that)\ (?:post|role|job|department|service|directorate)\b")
_REFERRED = rf"""(?<![\w']){HONORIFIC}{{0,2}}{NAME},\ who\ {_HOLDS_IT}"""
#: The post as an owned noun phrase in the sentence before: "The council's director of
#: children's services", "the authority's chief executive".
_OWNED_POST: Final = timed(
    rf"(?<![\w'])(?i:the)\ (?:(?i:council|authority|county|city|borough|trust|department)'s|(?P<owner>\p{{Lu}}[\w'&-]*(?:\ \p{{Lu}}[\w'&-]*){{0,3}})'s)"
    rf"\ {ROLE}(?![\w'-])",
    regex.VERBOSE,
)


#: A post the sentence says is newly filled, naming no holder: "Kent has a new director
#: of children's services", "The city's director of children's services took up the post
#: in October", "The council's new chief executive started in May".
_NEW_POST: Final = timed(
    rf"(?:\b(?:has|have|had)\ (?:a|an|appointed\ a|appointed\ an)\ (?:new\ |permanent\ |interim\ ){ROLE}(?![\w'-])"
    rf"|(?<![\w'])(?i:the)\ (?:(?i:council|authority|county|city|borough|trust|department)'s|\p{{Lu}}[\w'&-]*(?:\ \p{{Lu}}[\w'&-]*){{0,3}}'s)"
    rf"\ (?:new\ )?{ROLE}\ (?:took\ up\ (?:the|her|his|their)\ (?:post|role|job)|arrived|started|joined|began|took\ over))",
    regex.VERBOSE,
)
#: Every ``_NEW_POST`` match holds one of these (lower case): a prefilter.
NEW_POST_TRIGGERS: Final = ("a new ", "an interim ", "a permanent ", "took up ", "arrived", "started", "joined",
                             "began", "took over")
#: A name opening its sentence, perhaps after a short lead ending in a comma ("Speaking
#: to the BBC, Jo Bell said").
_OPENING = rf"""(?<=(?:^|[.!?]["'\u2019\u201d]?\ |\n)[ \t]*(?:[^.!?\n,]{{3,40}},\ )?){HONORIFIC}{{0,2}}{NAME}"""


def _posts_before(m: regex.Match[str], ctx: Context, posts: TimedPattern) -> tuple[str, list[regex.Match[str]], int] | None:
    """The match's name (a person's, no council's) and the ``posts`` of the sentence
    before its own, with that sentence's start; ``None`` if no name or no such sentence."""
    name = m.group("name")
    if not is_name(name) or ctx.mentions_in(m.start("name"), m.end("name")):
        return None
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if s_start == 0:
        return None
    b_start, b_end = ctx.prepared.sentence_at(s_start - 1)
    return name, list(posts.finditer(ctx.text, b_start, min(b_end, s_start))), b_start


def _build_new(m: regex.Match[str], ctx: Context) -> Person | None:
    """The post the sentence before says is newly filled, for the name opening this one."""
    found = _posts_before(m, ctx, _NEW_POST)
    if found is None or not found[1]:
        return None
    name, (post, *_), b_start = found
    inside = ctx.mentions_in(b_start, post.start("role"))
    authority = inside[-1].name if inside else ctx.authority_for(m.start(), m.end())
    return Person(name=name, role=" ".join(post.group("role").lower().split()), authority=authority,
                  start=m.start("name"), end=m.end())


def _build(m: regex.Match[str], ctx: Context) -> Person | None:
    """The post the sentence before names as a body's, for the name whose clause refers to it."""
    found = _posts_before(m, ctx, _OWNED_POST)
    if found is None or not found[1]:
        return None
    name, posts, _ = found
    post = posts[-1]
    inside = ctx.mentions_in(post.start(), post.end())
    authority = inside[0].name if inside else ctx.authority_for(m.start(), m.end())
    return Person(name=name, role=" ".join(post.group("role").lower().split()), authority=authority,
                  start=m.start("name"), end=m.end())


def _after_new_posts(ctx: Context) -> list[tuple[int, int]]:
    """The sentences right after one saying a post is newly filled."""
    def find() -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        found = (post for a, b in ctx.windows.spans(NEW_POST_TRIGGERS, scope="sentence") or ((0, len(ctx.text)),)
                 for post in _NEW_POST.finditer(ctx.text, a, b))  # only the sentences holding a trigger of it
        for post in found:
            _, end = ctx.prepared.sentence_at(post.start())
            if end < len(ctx.text):
                nxt = ctx.prepared.sentence_at(min(len(ctx.text) - 1, end + 1))
                if nxt[0] >= end and (not out or out[-1] != nxt):
                    out.append(nxt)
        return out
    return ctx.memo(("people", "after-new-posts"), find)


#: A time after the post the pronoun took, where it ends: "(She became the director) in January 2022".
_TIME_AFTER = rf"\ (?:(?:in|on|from|since)\ (?:\d|{alternation(MONTHS)}\b|(?:last|this)\ )|(?:last|this)\ (?:year|month)\b)"
#: A sentence opening with "He" or "She" and the post they hold: "She is the opposition
#: Liberal Democrat spokesperson for children's services." (of the person named last before).
_PRONOUN_POST = rf"""
    (?<=(?:^|[.!?]["'\u2019\u201d]?\ |\n)[ \t]*)(?:He|She)\ (?:is|was|has\ been|had\ been|became|becomes|(?:was|has\ been)\ appointed(?:\ as)?
    |joined\ as|took\ over\ as)\ (?:also\ |now\ |currently\ )?
    (?:(?:the|a|an)\ |(?<=\b(?:appointed|as|became)\ ))(?:(?i:council|authority|trust|county|city|borough)'s\ )?
    (?P<role>(?:[\w'-]+\ ){{0,5}}?{ROLE_NOUN}(?:{PORTFOLIO}|\ (?:for|of|at)\ [^.,;:"\n]{{1,80}}?)?)(?=[.,;:]|{_TIME_AFTER})
"""
#: A person's name, for the last one named before the pronoun.
_A_NAME: Final = timed(rf"(?<![\w']){HONORIFIC}{{0,2}}{NAME}")


def _names_before(m: regex.Match[str], ctx: Context) -> tuple[list[regex.Match[str]], bool]:
    """The people's names (no council's) of the sentence before the match's, and whether
    that sentence holds a post's noun; none at the text's first sentence."""
    s_start, _ = ctx.prepared.sentence_at(m.start())
    if s_start == 0:
        return [], False
    b_start, _ = ctx.prepared.sentence_at(s_start - 1)
    councils = ctx.mentions_in(b_start, s_start)  # "East Riding (of Yorkshire)" is no person
    names = [n for n in _A_NAME.finditer(ctx.text, b_start, s_start)
             if is_name(n.group("name")) and not any(c.start < n.end("name") and n.start("name") < c.end for c in councils)]
    return names, bool(names) and _ANY_POST.search(ctx.text, b_start, s_start) is not None


def _holder(m: regex.Match[str], ctx: Context, name: regex.Match[str]) -> Person:
    """The person ``name`` names, holding the post of group ``role`` of ``m``."""
    return Person(name=name.group("name"), role=" ".join(m.group("role").lower().split()),
                  authority=ctx.authority_for(name.start(), name.end()), start=name.start("name"), end=name.end("name"))


def _build_pronoun(m: regex.Match[str], ctx: Context) -> Person | None:
    """The post a "He is the ..." sentence gives, for the person named last in the sentence before."""
    names, _ = _names_before(m, ctx)
    return _holder(m, ctx, names[-1]) if names else None


#: A sentence opening with a post as a definite description, then a verb of speech or
#: stance: "The chief operating officer said ...", "The council's director this week said".
_DESCRIBED_POST = rf"""
    (?<=(?:^|[.!?]["'\u2019\u201d]?\ |\n)[ \t]*)The\ (?:(?i:council|authority|trust|county|city|borough)'s\ )?
    (?P<role>(?:[\w'-]+\ ){{0,4}}?{ROLE_NOUN}{PORTFOLIO}?)
    (?:\ (?:this\ week|later|also|then|today|yesterday))?\ {alternation((*SPEECH_VERBS, *STANCE_VERBS))}(?![\w'-])
"""
#: A post's noun anywhere in a sentence: the person it names may hold that post.
_ANY_POST: Final = timed(rf"(?<![\w'-]){ROLE_NOUN}(?![\w'-])")


def _build_described(m: regex.Match[str], ctx: Context) -> Person | None:
    """The post a sentence opens with as a definite description, for the one person the
    sentence before names, when it gives them none."""
    names, posted = _names_before(m, ctx)
    if posted or len({n.group("name") for n in names}) != 1:
        return None
    return _holder(m, ctx, names[0])


RULES: Final = (
    Rule(name=RULE_REFERRED_POST, kind="people", pattern=_REFERRED, build=_build,
         triggers=(", who ",), scope="sentence", where=sentences_naming_people),
    Rule(name=RULE_NEW_POST, kind="people", pattern=_OPENING, build=_build_new, scope="sentence", where=_after_new_posts),
    Rule(name=RULE_PRONOUN_POST, kind="people", pattern=_PRONOUN_POST, build=_build_pronoun, triggers=("he is", "she is", "he was", "she was",
         "he has been", "she has been", "he had been", "she had been", "he became", "she became", "he becomes", "she becomes",
         "he joined as", "she joined as", "he took over as", "she took over as"), scope="sentence"),
    Rule(name=RULE_DESCRIBED_POST, kind="people", pattern=_DESCRIBED_POST, build=_build_described, cased_triggers=("The ",),
         scope="sentence"),
)



__all__ = ["NEW_POST_TRIGGERS", "RULES", "RULE_DESCRIBED_POST", "RULE_NEW_POST", "RULE_PRONOUN_POST", "RULE_REFERRED_POST"]
