"""Speakers: who said a quotation, and which side they speak for.

A speaker and speech verb in the same sentence, before or after; a pronoun takes the
last named speaker; a bulleted quotation takes its lead-in's source; a quotation
without one continues the previous quotation's speaker. ``finalise`` gives a side to
speakers named only by a pronoun or a name.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs
import regex

from ..._timed import FROM_END, timed
from ..._vocab import SPEECH_VERBS, STANCE_VERBS
from ...context import Context
from ...records import Person, Quote, Source
from .._common import is_name
from .._fragments import HONORIFIC, NAME, alternation
from .clauses import LEADING_ADVERBIAL, PASSIVE_END, clause_subject
from .echoes import told_again
from .marks import _is_label
from .posts import definite_post, post_mentions
from .pronouns import person_for
from .sides import _ASIDE, _AUTHORITY, _EVENT, _INSPECTORATE, _OTHER, NAMED_BODY, _head, _source, described_name
from .turns import (
    REPORTED_LEAD_IN,
    according_to,
    colon_subject,
    in_what_speaker,
    participle_speaker,
    passive_agent,
    pronoun_after_phrase,
)

#: Verbs that report findings or a view without "said": "The assessors called the
#: support 'highly effective'", "the letter highlights", "Ofsted commended", "its statement read".
_FINDINGS_VERBS: Final = ("called", "calls", "branded", "hailed", "commended", "commends", "highlights", "highlight", "praises",
                          "criticises", "describe", "deemed", "judged", "blamed", "blames", "accused", "accuses", "urged", "urges",
                       "condemned", "condemns", "pledged", "pledges", "promised", "promises", "vowed", "vows", "read", "reads", "tweeted", "posted")
#: A verb that reports speech: "said", "warned", "according to".
_VERB = rf"(?i:{alternation((*SPEECH_VERBS, *_FINDINGS_VERBS))})"
#: Verbs whose subject speaks through a clause of any length before the quotation: speech,
#: findings ("Inspectors found leaders had 'a clear vision'") and a stance ("X thanked
#: staff for 'a turning point'", "X apologised for the 'unacceptable' delay").
#: (Past forms and "says" only: "state", "reports", "notes" are nouns as often as verbs;
#: no stance verb that reads as often as a participle, "the areas recognised by X were",
#: or reports an act, not words: "the council agreed to 'urgent action'".)
_PARTICIPLES: Final = frozenset({"recognised", "accepted", "welcomed", "presented", "introduced", "announced",
                                 "expressed", "defended", "asked", "questioned", "addressed", "responded", "replied",
                                 "agreed", "agrees", "disagreed"})
_REPORTING: Final = (*(v for v in SPEECH_VERBS if v.endswith("ed") or v in ("said", "says", "told", "wrote", "found")),
                     *(v for v in STANCE_VERBS if v not in _PARTICIPLES))
_SPEAKER_AFTER: Final = timed(
    rf"""[,.]?\ (?:(?P<verb1>{_VERB})\ (?P<speaker1>[^.!?\n"]{{2,160}}?(?:,\ (?:(?i:aged)\ )?\d{{1,2}}(?=[.,:;]|$))?)|(?!(?i:which|that|who)\b)(?P<speaker2>[^.!?\n"]{{2,160}}?)\ (?P<verb2>{_VERB})(?:(?<=told|tells)\ [^.,:;!?\n"]{{1,40}}?)?)(?=[.,:;]|$|\ (?:that|in|on|after|when|following|with)\b)
    |\ [^.!?\n",]{{1,80}},\ (?P<verb3>{_VERB})\ (?P<speaker3>[^.!?\n"]{{2,160}}?)(?=[.:;]|$)""",  # '"X" on practice, said Jo Bell, the leader.'
    regex.VERBOSE,
)
#: Hearsay is no speech verb of a speaker: "it is reported that (X said)".
_NOT_HEARSAY = r"(?<!(?i:\bit\ (?:is|was|has\ been|had\ been)))"
_SPEAKER_BEFORE: Final = timed(
    rf"""(?P<speaker>[^.!?\n"]{{2,120}}?)(?=\ ){_NOT_HEARSAY}\ (?P<verb>{_VERB})(?:\ (?:that|of|the|its|in|on|them|it|him|her|this|these|those|\p{{Lu}}[\w'-]*)\b[^"\n]{{0,60}}?)?[:,]?\ ?$
      | (?P<speaker>[^.!?\n"]{{2,120}}?)(?=\ ){_NOT_HEARSAY}\ (?P<verb>(?i:{alternation(_REPORTING)}))(?!\ by\b)\ [^"\n.!?]{{0,400}}?[:,]?\ $  # reported speech of any length
    """,
    regex.VERBOSE,
)
#: Whether ``_SPEAKER_BEFORE`` matches at all, tried from the window's end (where it ends): one attempt, not one per start.
_ANY_SPEAKER_BEFORE: Final = timed(_SPEAKER_BEFORE.pattern, regex.VERBOSE | FROM_END)
#: A speech verb anywhere: no speaker can stand before a quotation without one.
_ANY_VERB: Final = timed(rf"{_NOT_HEARSAY}\ (?:{_VERB}|(?i:{alternation(_REPORTING)}))")
#: Where a clause of its own begins after a long speaker: "union leaders who say ...".
_CLAUSE_AFTER_SPEAKER: Final = timed(r",\ as\ |\ (?:who|which|as|after|when|since|following)\ ")
#: A speaker after a quotation is at most this long, unless the quotation closes with a comma.
_SPEAKER_AFTER_REACH: Final = 100
#: ``_SPEAKER_BEFORE``'s speaker is at most this long, plus the space before its verb.
_SPEAKER_REACH: Final = 121
#: A sentence reporting the inspectorate's findings: "inspectors found", "Ofsted also noted".
_FINDING: Final = timed(
    r"(?i:\b(?P<who>inspectors?|ofsted|it|the\ inspectorate|(?:the|its|ofsted's)\ (?:inspection\ |monitoring\ )?(?:report|letter)"
    r"|the\ watchdog|hmci|(?:the|this|that|its|ofsted's)\ (?:[\w-]+\ ){0,2}?(?:inspection|visit|re-inspection)|(?P<anaphor>that|this))\b(?:\ [\w',]+){0,3}?\ (?:found|find|finds|said|says|warned|warns|noted|notes|highlighted|praised"
    r"|argue|argues|argued|acknowledges|recognises"
    r"|described|identified|judged|criticised|concluded|reported|observed|states?|stated|added|welcomed|acknowledged))"
)
_PRONOUN: Final = timed(r"^(?i:he|she|it|they|the\ council|the\ report|the\ letter)$")
_BULLET: Final = timed(r"[-*\u2022\u25aa\u25cf]\ ?")
_SPEAKER_TRIM: Final = timed(
    r"^(?:(?i:and|but|while|also|as|meanwhile|however|then|so|though|although|whereas|yet)\W+)+|,?\ (?i:who|which|also|too|further|later|previously)$|\W+$"
    # hearsay before the subject: "it is reported that (areas in the pilots) have said"
    r"|^(?i:it\ (?:is|was|has\ been|had\ been)\ (?:reported|understood|said|claimed|believed|thought|known)\ that)\ "
    r"|^(?i:by)\ (?=\S)"  # a passive's agent before its relative clause: "(rated good) by inspectors, who praised"
    r"|^[^\"]{0,80}?\b(?i:what)\ (?=(?i:one|a|an|the|some|his|her|their|its|our|inspectors|parents|children|young|staff)\b|\p{Lu})"  # a free relative: "The report records what (one young person) told inspectors"
    r"|,\ (?i:published|released|issued)\b[^,]{0,40}\W*$"  # "The report, published on Tuesday,"
)


def _speaker(ctx: Context, start: int, end: int) -> str | None:
    s_start, _ = ctx.prepared.sentence_at(start)
    _, s_end = ctx.prepared.sentence_at(max(start, end - 1))
    agent = passive_agent(ctx, start, end)  # 'was described as "a turnaround" by inspectors'
    if agent is not None and (named := _clean(agent)) is not None and (_source(named) is not None or names_a_person(named)):
        return named  # not "by the end of May"
    after = _SPEAKER_AFTER.match(ctx.text, end, max(s_end, end))
    if after is not None:
        said = after.group("speaker1") or after.group("speaker2") or after.group("speaker3")
        # "union leaders who say ...", "according to X since it was"
        said = _CLAUSE_AFTER_SPEAKER.split(said)[0] if after.group("speaker3") or after.group("speaker1") else said
        closed = ctx.text[max(start, end - 3) : end].count(",") or ctx.text.startswith(",", end)
        if after.group("speaker2") and not closed and ", " in said:
            said = said.split(", ", 1)[1]  # 'showed "real commitment" to children, the report said': the words after the clause
        named = _clean(said)
        if named is not None and after.group("speaker2") and len(after.group("speaker2")) > _SPEAKER_AFTER_REACH:
            # a speaker this long only after a quotation closed by a comma: '"...," Jo Bloggs, <a long post>, said'
            named = named if ctx.text[max(start, end - 3) : end].count(",") or ctx.text.startswith(",", end) else None
        if named is not None:
            return named
    line_start = ctx.prepared.paragraph_at(start)[0]
    if ctx.text[line_start:start].strip() == "":
        return None if quoted_heading(ctx, start) else _lead_in_line_speaker(ctx, start)
    lo = max(s_start, line_start, start - _REPORTED_REACH)
    fronted = in_what_speaker(ctx, lo, start) or according_to(ctx, lo, start)  # "in what X called", "According to X,"
    if fronted is not None:
        return _clean(fronted)
    verb = _ANY_VERB.search(ctx.text, lo, start)
    if verb is None and (subject := participle_speaker(ctx, lo, start)) is not None:
        return _clean(subject)  # "The council disputed the findings, claiming they were "unfair""
    if verb is None:  # "Jo Bloggs put it bluntly:", "Inspectors were clear:": the subject
        colon = colon_subject(ctx, lo, start)
        if colon is None and (bare := _VERBLESS_COLON.fullmatch(ctx.text, lo, start)) is not None:
            named = bare.group("subject")  # "The council's response:", "Wigan's response to the report:"
            colon = named if _source(named) is not None or ctx.mentions_in(bare.start(), bare.end()) else None
        return _clean(colon) if colon is not None else None
    reach = max(lo, verb.start() - _SPEAKER_REACH)  # a speaker ends at a verb: none starts before the first's reach
    before = _SPEAKER_BEFORE.search(ctx.text, reach, start) if _ANY_SPEAKER_BEFORE.search(ctx.text, reach, start) else None
    if before is None:  # "The leader hit back, saying the report was "unfair"": the clause's subject
        return _clean(subject) if (subject := participle_speaker(ctx, lo, start)) is not None else None
    if before.start("speaker") > lo and len(before.group("speaker")) >= _SPEAKER_REACH - 1:  # cut at the reach: a long aside
        whole = ctx.text[lo : before.end("speaker")]
        return _clean(_head(whole)) or _clean(before.group("speaker"))
    return _clean(before.group("speaker"))


#: How far before a quotation its sentence's speech verb may stand: reported speech
#: carries its speaker over a long clause.
_REPORTED_REACH: Final = 500


def _lead_in_line_speaker(ctx: Context, start: int) -> str | None:
    """For a quotation opening its paragraph, the speaker of a lead-in paragraph just
    before that ends with a colon ("Jo Bloggs, the council's leader, said:")."""
    p_index = ctx.prepared.paragraph_index(start)
    if p_index <= 0:
        return None
    p_start, p_end = ctx.prepared.paragraphs[p_index - 1]
    line = ctx.text[p_start:p_end].rstrip()
    if '"' in line or line[-1:] not in ":.":
        return None
    if line.endswith("."):  # reported speech, the paragraph's last sentence: "Jo Bloggs said she was delighted."
        last_start = max(p_start, ctx.prepared.sentence_at(p_start + len(line) - 1)[0])
        reported = REPORTED_LEAD_IN.match(ctx.text[last_start : p_start + len(line) - 1])
        return _clean(reported.group("speaker")) if reported is not None else None
    lo = max(p_start, p_start + len(line) - _REPORTED_REACH)
    before = _SPEAKER_BEFORE.search(ctx.text, lo, p_start + len(line))
    if before is None and len(line.split()) <= _LEAD_IN_WORDS and _source(line[:-1]) is not None:
        return _clean(line[:-1])  # no verb: "Among the report's findings:", "The council's response:"
    return _clean(before.group("speaker")) if before is not None else None


#: A noun phrase and a colon before a quotation, no verb: "Ofsted's verdict:".
_VERBLESS_COLON: Final = timed(r"(?P<subject>(?:[\w'\u2019-]+\ ){0,10}[\w'\u2019-]+):\ ?")
#: The most words of a lead-in paragraph with no verb that names whose the quotations are.
_LEAD_IN_WORDS: Final = 8


def _clean(speaker: str) -> str | None:
    subject = clause_subject(speaker.strip(), lambda phrase: _SPEAKER_TRIM.sub("", LEADING_ADVERBIAL.sub("", phrase)))
    if subject is None:
        return None
    cleaned = pronoun_after_phrase(subject) or subject  # "In a statement she": "she"
    inner = _INNER_VERB.search(cleaned)
    if inner is not None and inner.start() > 1:  # "The report praised X, but warned that": its subject
        cleaned = cleaned[: inner.start()]
    if _ASIDE.search(cleaned) and _source(cleaned) is None:  # "Clemo, who joined in May": the name
        cleaned = _head(cleaned)
    if not cleaned or PASSIVE_END.search(cleaned) or _CONJUNCTION.fullmatch(cleaned) or _BARE_RELATIVE.fullmatch(cleaned):
        return None  # "..., but said that": a conjunction is no speaker; "a 'visit' in May that found": the visit is
    return cleaned


#: What stands between a quoted noun and its relative clause's verb: "(a 'focused visit')
#: in February that found": no speaker (the noun, in quotation marks, is out of reach).
_BARE_RELATIVE: Final = timed(r"(?i:(?:in|on|at|from|by|during|after|before|last|this)\b[^\"]{0,40}?\ (?:that|which))")


#: A speech verb inside a speaker's phrase: the phrase is a clause, its subject the speaker.
_INNER_VERB: Final = timed(r"\ (?:said|praised|warned|told|noted|found|described|criticised|added|stated)\b")
_CONJUNCTION: Final = timed(r"(?i:and|but|while|also|as|meanwhile|however|then|so|or|yet)")


#: Pronouns a quotation's speaker may be, and those standing for a body ("it", "they").
_RESOLVED: Final = timed(r"^(?i:he|she|it|they)$")
_BODY_PRONOUN: Final = timed(r"^(?i:it|they)$")
_PERSONAL: Final = timed(r"^(?i:he|she)$")
#: Bodies "it" or "they" stand for: the inspectorate, its report, a council, a department.
_BODY: Final = timed(
    r"(?i:\b(?:ofsted|the\ (?:inspectorate|watchdog|regulator|report|letter|inspection|council|authority|trust|department|government"
    r"|charity|union)|(?:the\ )?inspectors|(?:the\ )?assessors|(?:the|its|ofsted's)\ (?:[\w-]+\ )?(?:report|letter)"
    r"|(?-i:\p{Lu}[\w-]*(?:\ \p{Lu}[\w-]*)*\ (?:[Cc]ouncil|[Tt]rust)))\b"  # (a capital, whatever the case flag)
    # a body named as the subject of a verb: "The NSPCC said", "The Children's Society warned"
    rf"|(?-i:(?<![\w'])(?:(?:[Tt]he\ )?\p{{Lu}}{{2,}}[\w'&-]*|{NAMED_BODY})(?=\ (?:has\ |had\ |also\ )?(?:said|says|\p{{Ll}}+ed)\b)))"
)
#: People or bodies in the plural, whom "they" stands for before any body in the singular:
#: "Kent was praised by inspectors. They said ...", "Kent's leaders welcomed it. They said ...".
_PLURAL_BODY: Final = timed(
    r"(?i:\b(?:(?:the|its|their|[\w-]+'s)\ )?(?:(?!(?:by|of|from|to|with|and|for|in|on|at)\b)[\w-]+\ )?(?:inspectors|assessors|leaders|councillors|officials|officers|managers"
    r"|ministers|bosses|campaigners|unions|charities)\b)"
)
_BODY_PRONOUN_WORD: Final = timed(r"(?i:\b(?:it|they)\b)")  # where the pronoun that speaks stands in its sentence
#: How many sentences back a body pronoun's antecedent is looked for.
_BODY_SENTENCES: Final = 3


def _last_body(ctx: Context, start: int, pronoun: str = "it") -> str | None:
    """The body "it" or "they" stands for: the first one named (the subject) before the
    quotation in its own sentence, else in the nearest sentence before that names one or
    quotes a speaker no pronoun or person's name is ("The education watchdog found: "..."
    ¶ It added": the subject goes on speaking; "they" may be a person's, "A spokesperson
    said ... They added"), ``_BODY_SENTENCES`` back."""
    s_start, _ = ctx.prepared.sentence_at(start)
    plural = pronoun.lower() == "they"
    stop = w.start() if (w := _BODY_PRONOUN_WORD.search(ctx.text, s_start, start)) else start  # a body before the pronoun
    own = (plural and _PLURAL_BODY.search(ctx.text, s_start, stop)) or _BODY.search(ctx.text, s_start, stop)
    if own:
        return own.group()
    for _ in range(_BODY_SENTENCES):
        if s_start <= 0:
            return None
        s_start, s_end = ctx.prepared.sentence_at(s_start - 1)
        for m in reversed(list(_QUOTATION.finditer(ctx.text, s_start, s_end))):
            speaker = _speaker(ctx, m.start(), m.end())
            if speaker is not None and not _RESOLVED.match(speaker) and (pronoun.lower() == "they" or not names_a_person(speaker)):
                return speaker
        body = (plural and _PLURAL_BODY.search(ctx.text, s_start, s_end)) or _BODY.search(ctx.text, s_start, s_end)
        if body:
            return body.group()
    return None


def quoted_heading(ctx: Context, start: int) -> bool:
    """Whether the quotation opening at ``start`` is in a crosshead: a line of at most
    ``_HEADING_WORDS`` words, no stop at its end (its marks aside), opening with the mark
    ("'Exceptional support' for care leavers", "'Worst in country'")."""
    p_start, p_end = ctx.prepared.paragraph_at(start)
    line = ctx.text[p_start:p_end].strip()
    return start == p_start and 0 < len(line.split()) <= _HEADING_WORDS and line.rstrip("\"'")[-1:] not in ".!?:;,"


def _is_heading(ctx: Context, index: int) -> bool:
    """A crosshead: a short line with no stop, between paragraphs."""
    p_start, p_end = ctx.prepared.paragraphs[index]
    line = ctx.text[p_start:p_end].strip()
    return 0 < len(line.split()) <= _HEADING_WORDS and line[-1:] not in ".!?:;,\"'"


_HEADING_WORDS: Final = 8


def _previous_quote_speaker(ctx: Context, start: int, pronoun: bool = False) -> str | None:
    """The speaker of the nearest earlier quotation in the two paragraphs before
    (crossheads between them not counted); ``pronoun``: that speaker even if "he" or
    "she" ("'A,' she said. 'B.'": the second half is hers, resolved as the first is)."""
    p_index = ctx.prepared.paragraph_index(start)
    back = 2
    for i in range(p_index - 1, max(-1, p_index - 2 - _HEADING_WORDS), -1):
        if i < 0 or i < p_index - back:
            break
        if _is_heading(ctx, i):
            back += 1
    lo = ctx.prepared.paragraphs[max(0, p_index - back)][0] if p_index >= 0 else 0
    lo = max(lo, start - _LOOK_BACK)  # paragraphs of junk can be megabytes long
    for m in reversed(list(_QUOTATION.finditer(ctx.text, lo, start))):
        if m.group().startswith("'") and _is_label(m.group()[1:]) or quoted_heading(ctx, m.start()):
            continue  # 'inadequate' in single marks, a quoted crosshead: no one's quotation
        speaker = _speaker(ctx, m.start(), m.end())
        if speaker and (not _RESOLVED.match(speaker) or pronoun and _PERSONAL.match(speaker)):
            return speaker
    return None


#: How far back a quotation's predecessor is looked for.
_LOOK_BACK: Final = 5000
#: A quotation in double marks, or in single ones (apostrophes inside words kept).
_QUOTATION: Final = timed(r"\"[^\"\n]{1,2000}\"?|(?<![\w'])'(?:[^'\n]|'(?=\w)){1,600}?'(?!\w)")


def _lead_in_speaker(ctx: Context, start: int) -> str | None:
    """For a bulleted quotation, the source named by the list's lead-in line."""
    paragraphs = ctx.prepared.paragraphs
    for i in range(ctx.prepared.paragraph_index(start) - 1, -1, -1):
        p_start, p_end = paragraphs[i]
        line = ctx.text[p_start:p_end]
        if _BULLET.match(line):
            continue
        if line.rstrip().endswith(":"):
            m = _INSPECTORATE.search(line) or _AUTHORITY.search(line) or _OTHER.search(line)
            return m.group() if m else None
        return None
    return None


def _finding_speaker(ctx: Context, start: int) -> str | None:
    """ "inspectors" for a quotation in, or just after, a sentence reporting the
    inspectorate's findings ("inspectors found ... 'far too slow'"); a quotation opening
    its paragraph's first sentence may follow such a sentence up to ``_FINDING_PARAGRAPHS``
    paragraphs back (a report's findings summarised, then quoted: "But a 'corporate
    failure' ...")."""
    lo, hi = ctx.prepared.sentence_with_previous(start)
    p_index = ctx.prepared.paragraph_index(start)
    if p_index > 0 and ctx.prepared.paragraphs[p_index][0] == ctx.prepared.sentence_at(start)[0]:
        lo = min(lo, ctx.prepared.paragraphs[max(0, p_index - _FINDING_PARAGRAPHS)][0])
        lo = max(lo, start - _LOOK_BACK)
    for m in reversed(list(_FINDING.finditer(ctx.text, lo, hi))):
        if not m.group("anaphor"):
            return m.group("who")
        if len(m.group().split()) != 2 or ctx.text[ctx.prepared.sentence_at(m.start())[0] : m.start()].strip(" \"'"):
            continue  # "stressed that the failures highlighted": no "That found" opening its sentence
        # "That found that ...": the event the sentence before names, if any
        p_start, _ = ctx.prepared.sentence_at(max(0, ctx.prepared.sentence_at(m.start())[0] - 2))
        events = list(_EVENT.finditer(ctx.text, p_start, m.start()))
        if events:
            return events[-1].group().replace('"', "").replace("'", "")
    return None


#: How many paragraphs back an opening quotation may follow a reported finding.
_FINDING_PARAGRAPHS: Final = 3


_PERSONAL_PRONOUN: Final = timed(r"(?i:he|she|they|we|i)")
#: The titles before a name: "Cllr", "Mr".
_HONORIFICS_LEAD: Final = timed(rf"^{HONORIFIC}+")


#: How many places a name is looked up at for its side, and for how long at most.
_NAME_OCCURRENCES: Final = 20
_SEARCH_SECONDS: Final = 1.0


def _source_of_name(speaker: str, ctx: Context, people: Sequence[object]) -> Source | None:
    """The side of a person named by a speaker ("Gilbert", "Mr Walker"): their role
    as a Person record gives it, else the words around the name where it first stands."""
    words = _HONORIFICS_LEAD.sub("", speaker).split()
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1]
    for person in people:  # "Dr Marcus" of "Dr Marcus O'Driscoll": his first name
        if isinstance(person, Person) and surname in (person.name.split()[-1], person.name.split()[0]) and person.role:
            found = _source(person.role)
            if found:
                return found
    occurrences = regex.finditer(rf"(?<!\w){regex.escape(surname)}(?!\w)", ctx.text, timeout=_SEARCH_SECONDS)
    for occurrence in itertools.islice(occurrences, _NAME_OCCURRENCES):
        s_start, s_end = ctx.prepared.sentence_at(occurrence.start())
        # the role in apposition after the name ("Jo Bloggs, Ofsted's director,"), else
        # the words just before it ("Lead member Cllr Jo Bloggs"), not the rest of the sentence
        apposition = _APPOSITION.match(ctx.text, occurrence.end(), min(s_end, occurrence.end() + 100))
        before = ctx.text[max(s_start, occurrence.start() - 80) : occurrence.start()]
        before = _CLAUSE_BREAK.split(before)[-1]
        if apposition is not None and apposition.group(1).isdigit() and len(apposition.group(1)) <= 2:
            return "other"  # "Jo Bloggs, 17, ...": a member of the public (``sides.AGED``)
        found = (_source(apposition.group(1)) if apposition else None) or _source(before)
        if found:
            return found
    # no role next to the name: the words around it, where it first stands
    for occurrence in itertools.islice(regex.finditer(rf"(?<!\w){regex.escape(surname)}(?!\w)", ctx.text,
                                                      timeout=_SEARCH_SECONDS), _NAME_OCCURRENCES):
        s_start, s_end = ctx.prepared.sentence_at(occurrence.start())
        stop = min(s_end, occurrence.end() + 60)
        opens = _QUOTATION_OPENS.search(ctx.text, occurrence.end(), stop)  # not the words of what they said
        found = _source(ctx.text[max(s_start, occurrence.start() - 80) : opens.start() if opens else stop])
        if found:
            return found
    return None


def _source_of_post(speaker: str, ctx: Context, start: int, last_named: Source | None) -> Source | None:
    """The side of a post named by "the" ("The department"): that of its nearest earlier
    mention naming a body ("the Department for Education"); with none, a person's post
    describes anew the person quoted just before (``last_named``: their side)."""
    post = definite_post(speaker)
    if post is None:
        return None
    lo = ctx.prepared.sentence_at(start)[0]
    for mention in post_mentions(post, ctx.text, lo):
        side = _source(mention, people=False)
        if side is not None:
            return side
    return last_named if _PERSON_POST.search(post) else None


#: Where a quotation opens after a name: its words are not about who the speaker is.
_QUOTATION_OPENS: Final = timed(r"[\"\u201c\u2018]|(?<!\w)'(?=\w)")
#: A role in apposition after a name: ", the council's leader,".
_APPOSITION: Final = timed(rf",\ (?!{_VERB}\b)([^,.!?\n\"]{{2,100}})")  # not ", said leaders knew ...": no post
#: Where the words before a name stop belonging to it: a verb or clause break.
_CLAUSE_BREAK: Final = timed(r"(?i:[;:]\ |\ (?:and|but|said|says|told|praised|welcomed|met|criticised|found)\ )")


#: How many paragraphs back an unattributed quotation may continue the last one.
_CONTINUATION_PARAGRAPHS: Final = 4
_FIRST_PERSON_PLURAL: Final = timed(r"(?i:\b(?:we|our|us)\b)")
_PERSON_NAME: Final = timed(rf"(?:{HONORIFIC}\p{{Lu}}\p{{Ll}}+|{NAME})")


def names_a_person(speaker: str) -> bool:
    """Whether a speaker's phrase names a person ("Mr Walker", "Jo Bloggs, the leader")
    or a person by their post ("a spokesman", "the director")."""
    head = _head(speaker)
    return _PERSON_POST.search(head) is not None or any(is_name(m.group()) for m in _PERSON_NAME.finditer(head))


_PERSON_POST: Final = timed(
    r"(?i:spokes(?:man|woman|person)|director|leader|member|chief|chair|minister|secretary|officer|head\b|lead\b|manager|mayor"
    r"|councillor|cllr|president|commissioner|inspector\b)"
)


def _opens_sentence(ctx: Context, start: int) -> bool:
    return ctx.text[ctx.prepared.sentence_at(start)[0] : start].strip() == ""


def finalise(quotes: Iterable[Quote], ctx: Context, others: Mapping[str, Sequence[object]]) -> list[Quote]:
    """Give a side to speakers named only by a pronoun ("he", "she": the person named
    last, else the last such speaker; "it": the previous quotation's) or by a name (that
    person's role)."""
    people = others.get("people", ())
    out: list[Quote] = []
    last: Source | None = None
    #: The side of the last person who spoke as "he" or "she".
    last_person: Source | None = None
    #: The side of the last quotation's speaker if a person named there: whom "the chief
    #: operating officer" may describe anew.
    last_named: Source | None = None
    last_paragraph = -10
    crossheads: list[int] = []
    for q in sorted(quotes, key=lambda q: q.start or 0):
        source = q.source
        start = q.start or 0
        paragraph = ctx.prepared.paragraph_index(start)
        personal = bool(q.speaker and _PERSONAL_PRONOUN.fullmatch(q.speaker))
        if source is None and q.speaker:
            if personal:
                person = person_for(ctx, start, q.speaker)
                source = (_source_of_name(person, ctx, people) if person else None) or last_person
            elif _PRONOUN.match(q.speaker):
                source = last
            else:
                source = (_source_of_name(described_name(q.speaker), ctx, people)
                          or _source_of_post(q.speaker, ctx, start, last_named))
        elif source is None and q.speaker is None and quoted_heading(ctx, start):
            crossheads.append(len(out))  # a crosshead continues no one: its words' side, once all are known
        elif source is None and _opens_sentence(ctx, start) and paragraph - last_paragraph <= _CONTINUATION_PARAGRAPHS:
            source = last  # quotation continuing the one before
        if source is None and _FIRST_PERSON_PLURAL.search(q.text):
            source = "authority"  # "We were disappointed ...": the council speaking
        if personal:
            last_person = source or last_person
        last_named = source if q.speaker and not personal and names_a_person(q.speaker) else None
        out.append(attrs.evolve(q, source=source) if source != q.source else q)
        last = source or last
        last_paragraph = ctx.prepared.paragraph_index(max(start, (q.end or start) - 1))
    return _sides_of_the_unattributed(told_again(ctx, out, crossheads))


def _sides_of_the_unattributed(quotes: list[Quote]) -> list[Quote]:
    """Quotations nobody is named for take the side most of the text's attributed ones
    have, when one side has most of them: an article quotes mostly one voice."""
    sides = Counter(q.source for q in quotes if q.source is not None)
    if not sides:
        return quotes
    (side, n), *rest = sides.most_common()
    if rest and rest[0][1] == n:
        return quotes
    return [attrs.evolve(q, source=side) if q.source is None else q for q in quotes]

