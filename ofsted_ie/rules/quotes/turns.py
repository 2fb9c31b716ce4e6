"""Turns: a speaker carried into a quotation's sentence from the sentence before it,
or named inside a clause of its own.

- A sentence of reported speech ("Jo Bloggs, the council's leader, said staff had
  worked hard.") gives its speaker to a quotation opening the next sentence of the
  paragraph.
- "A spokesperson said", naming no body, speaks for the body the sentence before has
  speak ("The Department for Education said it welcomed the report.").
- "..., in what inspectors called 'a turning point'": the relative clause's subject.
- "In a statement she said": the lead-in phrase is no part of the speaker, "she" is.

Each looks at one sentence (or the one before it) and at most a few hundred
characters, so the work per quotation is bounded. ``speakers`` calls these.
"""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ..._vocab import SENTENCE_CONNECTIVES, SPEECH_VERBS, STANCE_VERBS
from ...context import Context
from .._fragments import alternation
from .sides import PEOPLE_SPEAKER

#: A sentence of reported speech, its subject the speaker: "Jo Bloggs, the trust's
#: chair, said she was delighted by the findings" (a lead-in paragraph, too).
REPORTED_LEAD_IN: Final = timed(
    r"^(?P<speaker>(?:[^.!?\n']|(?<=\w)'(?=\w)){2,120}?)\ (?:said|says|told|added|welcomed|insisted|stressed"
    r"|responded|reacted|hit\ back|paid\ tribute|spoke\ (?:to|with)|(?:is|are|was|were)\ (?:(?:more|less|rather|far|just\ as|equally|no\ less)\ )?(?:full\ of\ praise|critical|scathing|blunt|frank|candid|defiant"
    r"|upbeat|emphatic|unequivocal|measured|cautious|guarded|optimistic|positive|realistic|quick\ to\ (?:praise|respond|defend)"
    r"|unsparing|damning|withering|stark|forthright|uncompromising|unflinching|direct|clear)"
    r"|(?:did\ not|didn't)\ (?:hold\ back|mince\ (?:its|their|his|her|any)\ words)|pulled\ no\ punches|minced\ no\ words)\b[^.!?\n]{0,300}$"
)  # "Jo Bloggs was full of praise for staff. 'They have been incredible.'"


def reported_before(ctx: Context, start: int) -> str | None:
    """The speaker of a sentence of reported speech just before the quotation opening at
    ``start``, in the same paragraph, when the quotation opens its own sentence."""
    s_start, _ = ctx.prepared.sentence_at(start)
    p_start, _ = ctx.prepared.paragraph_at(start)
    if ctx.text[s_start:start].strip() or s_start <= p_start:
        return None
    b_start, b_end = ctx.prepared.sentence_at(s_start - 1)
    if b_start < p_start or b_end - b_start > _SENTENCE_REACH:
        return None
    sentence = ctx.text[b_start:b_end].strip()
    if '"' in sentence:
        return None  # a quotation's own sentence: its speaker is carried on by ``finalise``
    reported = REPORTED_LEAD_IN.match(sentence.rstrip(".!?"))
    return reported.group("speaker").rstrip(", ") if reported is not None else None


#: The longest sentence looked at before a quotation.
_SENTENCE_REACH: Final = 400

#: "A spokesperson", naming nobody's.
BARE_SPOKESPERSON: Final = timed(r"^(?i:an?|the)\ (?i:spokes(?:man|woman|person))$")
#: A sentence whose subject speaks: "The Department for Education said it welcomed".
_SUBJECT_SPEAKS: Final = timed(
    rf"^(?P<subject>[^.!?\n\"]{{2,120}}?)\ (?:has\ |have\ )?(?:said|says|told|added|confirmed|stated|criticised|praised|warned"
    rf"|{alternation(STANCE_VERBS)})\b"
)


def subject_before(ctx: Context, start: int) -> str | None:
    """The subject who speaks or takes a stance in the sentence before the quotation's
    sentence (in the same paragraph or ending the one before): whom a bare "a
    spokesperson" speaks for, and whom "she said" stands for when a post names her ("The
    council's leader welcomed the report. She said: ...")."""
    s_start, _ = ctx.prepared.sentence_at(start)
    if s_start <= 0:
        return None
    b_start, b_end = ctx.prepared.sentence_at(s_start - 1)
    if s_start - b_end > _GAP_BETWEEN:
        return None
    speaks = _SUBJECT_SPEAKS.match(ctx.text[b_start:b_end].strip())
    return speaks.group("subject") if speaks is not None else None


#: At most a paragraph break between two sentences.
_GAP_BETWEEN: Final = 3

#: "in what inspectors called", "what the minister described as", "(a wait) which
#: inspectors described as": the subject of the clause the quotation ends.
_IN_WHAT: Final = timed(
    r"\b(?:what|which|that)\ (?P<who>(?!(?i:is|was|are|were|has|had|it)\b)[^,.!?\n\"]{2,60}?)"
    r"\ (?:called|calls|described\ as|describes\ as|termed|terms|dubbed|labelled)\ $"
)
_WHAT_REACH: Final = 100


#: A participle of speech after its subject's clause, before the quotation: "hit back,
#: saying", "responded by saying", "disputed the findings, claiming".
_PARTICIPLE: Final = timed(
    r",?\ (?:by\ )?(?:saying|adding|claiming|insisting|admitting|arguing|warning|stating|noting|explaining|stressing)\b"
)
#: The first finite verb of a sentence: a lower-case past form, or an auxiliary.
_FIRST_FINITE: Final = timed(
    r"\ (?:\p{Ll}{3,}ed|hit|took|spoke|went|made|gave|came|wrote|struck|put|fought|sought|said|told|has|had|was|were|is|are|will)\b"
)
#: A sentence's opening conjunction, no part of its subject.
_OPENING_CONJUNCTION: Final = timed(r"^(?i:but|and|however|yet|meanwhile|instead),?\ ")


def participle_speaker(ctx: Context, lo: int, start: int) -> str | None:
    """The subject of the clause a participle of speech hangs on, the quotation at
    ``start`` in what it says: "But the council's leader hit back, saying the report was
    "unfair"" -> "the council's leader" (not "the report")."""
    participles = list(_PARTICIPLE.finditer(ctx.text, lo, start))
    if not participles:
        return None
    clause = ctx.text[lo : participles[-1].start()].strip()
    clause = _OPENING_CONJUNCTION.sub("", clause)
    verb = _FIRST_FINITE.search(clause)
    return clause[: verb.start()] if verb is not None and verb.start() > 0 else None


def in_what_speaker(ctx: Context, lo: int, start: int) -> str | None:
    """The subject of "what X called" just before the quotation opening at ``start``."""
    m = _IN_WHAT.search(ctx.text, max(lo, start - _WHAT_REACH), start)
    return m.group("who") if m is not None else None


#: A line attributing the quotation before it, as pull quotes and blocks are signed:
#: "- Jane Doe, the council's leader", "— Ofsted report".
_SIGNED: Final = timed(r"[ \t]*[-\u2013\u2014~][ \t]*(?P<who>\p{Lu}[^\n\"]{1,120}?)[ \t.]*$")


def attribution_after(ctx: Context, end: int) -> str | None:
    """Who signs the quotation ending at ``end`` when it stands alone in its paragraph:
    the line after it, opening with a dash, or the rest of its own line after a dash
    ('"We are proud." - Jane Doe, the council's leader')."""
    p_start, p_end = ctx.prepared.paragraph_at(max(0, end - 1))
    if ctx.text[p_start:p_end].strip()[:1] not in "\"'":
        return None
    if ctx.text[end:p_end].strip():
        same_line = _SIGNED.match(ctx.text, end, p_end)
        return same_line.group("who") if same_line is not None else None
    index = ctx.prepared.paragraph_index(max(0, end - 1)) + 1
    if index >= len(ctx.prepared.paragraphs):
        return None
    n_start, n_end = ctx.prepared.paragraphs[index]
    signed = _SIGNED.match(ctx.text, n_start, n_end)
    return signed.group("who") if signed is not None else None


#: A headline's quotation and its speaker after a colon: "'We let children down': Leeds
#: council apologises" (the subject of a present-tense verb of speech or stance).
#: A headline's verbs of speech, in the present: "apologises", and for a plural subject
#: "warn" (no form that is as often a noun: "report", "note", "state").
_HEADLINE_VERBS: Final = (*(v for v in (*SPEECH_VERBS, *STANCE_VERBS) if v.endswith("s")),
                          "say", "warn", "tell", "welcome", "admit", "insist", "urge", "vow", "apologise", "argue",
                          "praise", "agree", "reveal", "criticise", "call", "demand", "slam", "hit back", "speak out")
_HEADLINE_SUBJECT: Final = timed(
    rf"[\"'\u2019\u201d]?(?::|\ [-\u2013\u2014])\ (?P<who>[^:\n\"\u201c\u201d]{{2,80}}?)\ (?:{alternation(_HEADLINE_VERBS)}"
    r"|hits\ back|speaks\ out|on)\b[^\n]{0,120}$"  # "...: Lewisham's director on rebuilding a workforce"
)
#: A headline's kicker naming its speaker: "Minister: Kent must 'get a grip'".
_KICKER: Final = timed(
    r"[ \t]*(?P<who>(?i:ofsted|inspectors?|(?:the\ )?watchdog|(?:children's\ )?minister|union|unison|council|councillors?|charity"
    r"|campaigners?|chief\ inspector|government|dfe|mps?|report|(?:council\ )?leader)|\p{Lu}[\w'-]+\ \p{Lu}[\w'-]+):\ [^\n:]{0,100}$"
)  # a speaker's noun or a person's name, not a topic ("Special investigation:")
#: How long a headline's line may be.
_HEADLINE_LINE: Final = 160


def headline_speaker(ctx: Context, start: int, end: int) -> str | None:
    """Who speaks a quotation in a headline's line: the subject after a colon or dash that
    follows it ("'We failed': Leeds council apologises", "'A step forward' - leader welcomes
    verdict"), or the kicker before a colon that opens
    the line ("Union: caseloads 'at breaking point'")."""
    p_start, p_end = ctx.prepared.paragraph_at(start)
    if p_end - p_start > _HEADLINE_LINE or "\n" in ctx.text[p_start:p_end].strip():
        return None
    after = _HEADLINE_SUBJECT.match(ctx.text, end, p_end) if not ctx.text[p_start:start].strip() else None
    if after is not None:
        return after.group("who")
    kicker = _KICKER.match(ctx.text, p_start, start)
    return kicker.group("who") if kicker is not None else None


#: A subject right before its quoted predicate, no verb between: "Kent County Council 'will
#: not stand still'", "Minister 'appalled' by report". What opens such a predicate is the
#: subject's own intent or feeling (a modal of will, a word of feeling, maybe after a
#: degree word), not a verdict on it ("Kent 'still failing'", "'must improve'": someone
#: else's words about the subject).
_QUOTED_PREDICATE: Final = timed(
    r"[\"'\u2018\u201c](?i:will|won't|would|can't|cannot"
    r"|(?:(?:deeply|very|extremely|really|so|truly|bitterly|hugely)\ )?(?:appalled|shocked|delighted|disappointed|concerned"
    r"|saddened|proud|pleased|thrilled|dismayed|furious|angry|horrified|sorry|committed|determined|confident|worried"
    r"|alarmed|heartened|encouraged|upset|surprised))\b"
)
#: The bare subject: a capital-led phrase of up to eight words with no verb of its own
#: (no word in -ed, no auxiliary), opening its sentence or line; a comma may stand before a
#: capital ("Bournemouth, Christchurch and Poole Council").
_BARE_SUBJECT: Final = timed(
    r"(?P<who>(?:The\ |A\ |An\ )?\p{Lu}[\w'\u2019&-]*(?:(?:,\ (?=\p{Lu})|\ )(?!(?i:is|are|was|were|has|have|had|will|would|said|says|told|tells)\b)"
    r"(?:[\w'\u2019&-]+)){0,7}?)\ $"
)


def bare_subject(ctx: Context, start: int) -> str | None:
    """The subject right before a quoted predicate that opens at ``start`` with no verb
    between them ("Kent council 'will act quickly' on findings"): who says it."""
    if _QUOTED_PREDICATE.match(ctx.text, start) is None:
        return None
    s_start, _ = ctx.prepared.sentence_at(start)
    lo = max(s_start, ctx.text.rfind("\n", 0, start) + 1)
    m = _BARE_SUBJECT.fullmatch(ctx.text, lo, start)
    if m is None or any(w.endswith("ed") for w in m.group("who").split()[1:]):
        return None
    return m.group("who")


#: "According to X, ...": X, fronted.
_ACCORDING: Final = timed(r"(?i:according\ to)\ (?P<who>[^,\"\n]{2,80}(?:,\ (?:the|a|an)\ [^,\"\n]{2,80},)?),\ ")


def according_to(ctx: Context, lo: int, start: int) -> str | None:
    """X of a fronted "According to X, ..." in the quotation's sentence before it."""
    m = _ACCORDING.search(ctx.text, lo, start)
    return m.group("who").rstrip(",") if m is not None else None


#: A colon-led quotation after a clause with no speech verb: its subject speaks ("Jo
#: Bloggs, 17, put it bluntly:", "Inspectors were clear:", "The leader had a simple message:").
_COLON_LEAD: Final = timed(
    r"(?P<subject>[^:\"\n]{2,120}?)\ (?:was|were|is|are|had|has|put|puts|gave|gives|offered|offers|summed|sums|struck"
    r"|kept|keeps|took|takes|sounded|remained|remains)\b[^:\"\n]{0,80}:\ ?"
)


def colon_subject(ctx: Context, lo: int, start: int) -> str | None:
    """The subject of the clause ending in a colon right before the quotation at ``start``
    (the clause running from ``lo``, its sentence's start)."""
    m = _COLON_LEAD.fullmatch(ctx.text, lo, start)
    if m is None:
        return None
    chunks = [c.strip() for c in m.group("subject").split(",")]
    head = chunks[1] if len(chunks) > 1 and chunks[0] in SENTENCE_CONNECTIVES else chunks[0]  # "Indeed, one of ..."
    # a speaker's phrase is short and names no one who writes ("one of the questions I get"),
    # unless it opens on a member of the public the writer met ("One young woman I met at a drop-in")
    if PEOPLE_SPEAKER.match(head):
        return m.group("subject")
    return None if len(head.split()) > _SUBJECT_WORDS or _FIRST_PERSON.search(head) else m.group("subject")


#: The most words a colon-led clause's subject has before its first comma.
_SUBJECT_WORDS: Final = 5
_FIRST_PERSON: Final = timed(r"\b(?:I|we|We|you|You)\b")


#: A lead-in phrase before a pronoun that speaks: "In a statement she", "Later he".
_PHRASE_THEN_PRONOUN: Final = timed(
    r"^(?:(?i:in|on|at|after|later|earlier|then|speaking|writing|asked|separately)\b[^\"]{0,120}?,?\ (?P<pronoun>he|she|they|it)"
    r"|[^\"\n]{1,120},\ (?P<pronoun>(?i:he|she|they)))$"  # "It isn't, she (said)", "published on Tuesday, they (say)"
)


#: Participles of a passive that describes what it quotes: "was described as 'X'",
#: "were branded 'X'" (the speaker's and the findings' passives both read these).
DESCRIBING_PARTICIPLES: Final = ("described", "called", "branded", "labelled", "hailed", "judged", "deemed", "praised",
                                 "criticised", "commended", "considered", "dubbed")
#: A passive verb of description before a quotation: "was described as", "were branded".
_PASSIVE_BEFORE: Final = timed(
    rf"(?i:\b(?:was|were|is|are|been|being|be)\ (?:\w+ly\ )?(?:{'|'.join(DESCRIBING_PARTICIPLES)}|labeled|characterised|welcomed|seen)\b"
    r"|\b(?:described|called|branded|labelled|dubbed|hailed)\ (?:as\ )?$)"  # "the service, once branded 'X' by MPs"
)
#: Its agent after the quotation, up to the clause's end: '... "a turnaround" by inspectors.'
_AGENT_AFTER: Final = timed(
    r"[,]?\ by\ (?P<agent>(?:[^.!?\n\"]|(?<=\w)'(?=\w)|(?<=s)'(?=\ )){2,100}?)(?=[.;:]|$|,\ (?!(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|the)\b|\p{Lu}\w+\ and\ \p{Lu})|\ (?:for|in|on|after|when|as|but|which|who)\b|\ and\b(?!\ \p{Lu}))"  # not "by Barking and Dagenham Council", "by Bournemouth, Christchurch and Poole Council's"
)


#: A participle of finding right after a quoted phrase, its agent next: '"grave weaknesses"
#: identified by inspectors', '"drift" (was) noted by Ofsted'.
_FOUND_AFTER: Final = timed(
    r"[\"'\u2019\u201d]?\ (?:(?:were|was|had\ been|have\ been|being)\ )?(?:\w+ly\ )?(?i:identified|found|highlighted|noted"
    r"|uncovered|spotted|raised|flagged|observed|reported|described|praised|criticised|recognised|cited)(?=,?\ by\b)"
)


def passive_agent(ctx: Context, start: int, end: int) -> str | None:
    """The agent of a passive verb of description around the quotation at ``[start, end)``
    in its sentence: 'It was described as "a turnaround" by inspectors' (inspectors), or
    of a participle of finding right after it ('"grave weaknesses" identified by inspectors')."""
    s_start, _ = ctx.prepared.sentence_at(start)
    _, s_end = ctx.prepared.sentence_at(max(start, end - 1))
    agent = None
    if _PASSIVE_BEFORE.search(ctx.text, max(s_start, start - 200), start) is not None:
        agent = _AGENT_AFTER.match(ctx.text, end, max(s_end, end))
    found = _FOUND_AFTER.match(ctx.text, end, max(s_end, end)) if agent is None else None
    if found is not None:
        agent = _AGENT_AFTER.match(ctx.text, found.end(), max(s_end, found.end()))
    return agent.group("agent") if agent is not None else None


def pronoun_after_phrase(speaker: str) -> str | None:
    """"she" for "In a written statement to MPs, she" and "It isn't, she"; None for any other speaker."""
    m = _PHRASE_THEN_PRONOUN.match(speaker)
    return m.group("pronoun") if m is not None else None


__all__ = ["BARE_SPOKESPERSON", "DESCRIBING_PARTICIPLES", "REPORTED_LEAD_IN", "according_to", "attribution_after", "colon_subject", "in_what_speaker", "passive_agent",
           "participle_speaker", "pronoun_after_phrase", "reported_before", "subject_before"]
