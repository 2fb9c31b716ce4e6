"""Quotes: quotations with who said them and which side the speaker is on.

``marks`` finds where a quotation opens and closes, ``speakers`` who said it and for
which side (and holds the document-level ``finalise``). ``RULES`` is in priority order.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from ..._timed import timed
from ...context import Context
from ...records import Quote
from ...rule import Rule
from .clauses import passive_agent
from .councils import council_side, other_body_spokesperson
from .marks import (
    _DOUBLE,
    _LINE_BREAKS,
    _OPENING_MARKS,
    _SINGLE,
    _SINGLE_OPENING,
    _continuation_end,
    _is_label,
    _single_paragraphs,
    singles_in,
)
from .owners import BARE_DOCUMENT, document_owner
from .pronouns import REPORTING_PRONOUN, fits_another, lead_subject, person_for, shown_other
from .sides import _source, post_of_named_body
from .speakers import (
    _BODY_PRONOUN,
    _BULLET,
    _PERSONAL,
    _RESOLVED,
    _finding_speaker,
    _last_body,
    _lead_in_speaker,
    _previous_quote_speaker,
    _speaker,
    finalise,
    names_a_person,
    quoted_heading,
)
from .turns import (
    BARE_SPOKESPERSON,
    DESCRIBING_PARTICIPLES,
    attribution_after,
    bare_subject,
    headline_speaker,
    reported_before,
    subject_before,
)

__all__ = ["RULES", "RULE_DOUBLE", "RULE_SINGLE", "RULE_SINGLE_PARAGRAPHS", "finalise"]

RULE_DOUBLE: Final = "quotes.double"
RULE_SINGLE: Final = "quotes.single"
RULE_SINGLE_PARAGRAPHS: Final = "quotes.single_paragraphs"

def _build_paragraphs(m: regex.Match[str], ctx: Context) -> list[Quote] | None:
    """A quotation in single marks over several paragraphs, and those nested in it."""
    found = _single_paragraphs(ctx, m.start())
    if found is None:
        return None
    start, end, nested = found
    quotes = [_quote(ctx, start, start + 1, end)]
    quotes.extend(_quote(ctx, a, a + 1, b) for a, b in nested)
    return [q for q in quotes if q is not None]


def _build(m: regex.Match[str], ctx: Context) -> list[Quote] | None:
    """A quotation, and those in single marks nested in a double-quoted one: each is a
    Quote of its own with the outer quotation's speaker ("The report said: "Children call
    it 'life-changing'."")."""
    body_start, end = m.start("body"), m.end()
    closed = m.group().endswith(m.group()[0]) and len(m.group()) > 1
    if m.group().startswith('"') and not closed:
        end = _continuation_end(ctx, m.end())
    outer = _quote(ctx, m.start(), body_start, end)
    if outer is None:
        return None
    quotes = [outer]
    if m.group().startswith('"'):
        for a, b in singles_in(ctx, body_start, end - 1 if closed else end):
            inner = ctx.text[a + 1 : b - 1]
            if not _is_label(inner) and not all(w[:1].isupper() for w in inner.split()):  # a name: 'Baby P'
                text = ctx.prepared.original[ctx.prepared.to_original_start(a + 1) : ctx.prepared.to_original_end(b - 1)]
                quotes.append(attrs.evolve(outer, text=text, start=a, end=b))
    return quotes


def _agent(ctx: Context, start: int) -> str | None:
    """The agent of a passive before the quotation in its sentence, if it names a side
    ("recognised by the watchdog")."""
    agent = passive_agent(ctx.text[ctx.prepared.sentence_at(start)[0] : start])
    return agent if agent is not None and _source(agent) is not None else None


def _quote(ctx: Context, start: int, body_start: int, end: int) -> Quote | None:
    """The Quote whose marks open at ``start`` and close before ``end`` (or are left open)."""
    inner_end = end - 1 if ctx.text[end - 1 : end] in "\"'" and end > body_start else end
    raw = ctx.text[body_start:inner_end]
    if _is_label(raw):
        return None
    # the caller's characters (curly marks, apostrophes), paragraphs joined by a space
    original = ctx.prepared.original[ctx.prepared.to_original_start(body_start) : ctx.prepared.to_original_end(inner_end)]
    text = " ".join(part.strip().lstrip(_OPENING_MARKS) for part in _LINE_BREAKS.split(original) if part.strip())
    speaker = _speaker(ctx, start, end)
    echo = False  # a crosshead quoting words said below: their speaker's (``finalise``)
    continues = False  # '"A," she said. "B."': B goes on with A's speaker
    if speaker is None and _BULLET.match(ctx.text, ctx.prepared.paragraph_at(start)[0]):
        speaker = _lead_in_speaker(ctx, start)
    if speaker is not None and speaker.lower() in ("that", "this"):  # "That found ...": the event named before
        speaker = _finding_speaker(ctx, start) or speaker
    elif speaker is not None and _BODY_PRONOUN.match(speaker):  # "it", "they": the body named last
        speaker = _last_body(ctx, start, speaker) or _previous_quote_speaker(ctx, start) or _finding_speaker(ctx, start) or speaker
    elif speaker is None:
        heading = quoted_heading(ctx, start)  # a quoted crosshead continues no one's speech
        passive = _PASSIVE_FINDING.search(ctx.text, ctx.prepared.sentence_at(start)[0], start) is not None
        speaker = (_agent(ctx, start) or (None if heading else reported_before(ctx, start) or attribution_after(ctx, end))
                   or headline_speaker(ctx, start, end) or bare_subject(ctx, start))
        echo = heading and speaker is None and _words_said_elsewhere(ctx, start, end)  # a crosshead quoting words said below
        carried = None if speaker is not None or echo else _previous_quote_speaker(ctx, start, pronoun=not heading)
        if passive and carried is not None and _source(carried) != "inspectorate":
            carried = None  # a passive finding ("was described as 'X'") is the findings', not the last speaker's
        opens = not ctx.text[ctx.prepared.sentence_at(start)[0] : start].strip()
        continues = carried is not None and _PERSONAL.match(carried) is not None and opens
        if continues or echo:
            pass  # '"A," she said. "B."': B goes on with A's speaker, whose side ``finalise`` carries over
        else:
            speaker = speaker or carried or _finding_speaker(ctx, start)
        if speaker is not None and _BODY_PRONOUN.match(speaker):  # "...; it also praised": the body named before
            speaker = _last_body(ctx, start) or speaker
    elif _RESOLVED.match(speaker):  # "he", "she": the subject just before, the last speaker, or the person named last
        previous = _previous_quote_speaker(ctx, start)
        subject = subject_before(ctx, start) or (lead_subject(ctx, start) if _lead_in(ctx, start) else None)  # "The new director, Jo Bell, joined ..."
        if (speaker.lower() in ("he", "she") and subject is not None and names_a_person(subject)
                and (_fits(ctx, subject, speaker, start) or _lead_in(ctx, start) and not shown_other(ctx, subject, speaker))):
            speaker = subject  # "The council's leader welcomed the report. She said: ..."
        elif (previous is not None and names_a_person(previous) and not _named_since(ctx, previous, start)
              and _fits(ctx, previous, speaker, start)):
            speaker = previous
    # a council by its place's name, its staff or its documents: "Kent said", "Kent's own report"
    source = (council_side(ctx, start, end, speaker) if speaker is not None else None) or _source(speaker)
    if source in ("authority", None) and speaker is not None and (
            post_of_named_body(speaker) or source and other_body_spokesperson(ctx, start, speaker)):
        source = "other"  # "an NSPCC spokesperson", "chief executive of the Fostering Network": no council's
    if speaker is not None and BARE_SPOKESPERSON.match(speaker):  # "A spokesperson said": the body just named
        source = _source(subject_before(ctx, start), people=False) or source
    elif speaker is not None and _ITS_POST.match(speaker):  # "The ADCS said .... Its president, X, said:"
        source = _source(subject_before(ctx, start), people=False) or source
    if speaker is not None and BARE_DOCUMENT.fullmatch(speaker.strip()):  # "the report said": whose report
        owner = document_owner(ctx, start)
        source = (_source(owner) if owner is not None else None) or source
    if speaker is None and not echo and not continues and len(text.split()) <= _PHRASE_WORDS:
        s_start, s_end = ctx.prepared.sentence_at(start)  # the words around the quotation, not its own
        found = _INSPECTION_WORDS.search(ctx.text, s_start, start) or _INSPECTION_WORDS.search(ctx.text, end, max(s_end, end))
        if found or _PASSIVE_FINDING.search(ctx.text, s_start, start):
            source = "inspectorate"  # a phrase quoted from the findings: "an 'intense focus'"
        whose = _OWNER_BEFORE.search(ctx.text, max(s_start, found.start() - 40), found.start()) if found else None
        if whose is not None and _source(whose.group(), people=False) == "other":
            source = "other"  # another body's document: "a DfE report", "the government's report"
    return Quote(text=text, speaker=speaker, source=source, authority=ctx.authority_for(start, end),
                 start=start, end=end)


def _words_said_elsewhere(ctx: Context, start: int, end: int) -> bool:
    """Whether the words of a quoted crosshead at ``[start, end)`` stand elsewhere in the
    text too (whoever says them there is its speaker: ``finalise`` gives it their side)."""
    words = " ".join(ctx.text[start + 1 : end - 1].lower().split())
    folded = ctx.memo(("quotes", "folded text"), lambda: " ".join(ctx.text.lower().split()))
    return len(words) > 3 and folded.count(words) > 1


#: A post owned by a pronoun: "Its president", "Their chief executive" (the body named before).
_ITS_POST: Final = timed(
    r"(?i:its|their)\ (?:[\w'-]+\ ){0,2}?(?i:president|chief\ executive|chair\w*|director|spokes\w+|leader|head|secretary|officer|manager|organiser|lead)\b"
)
#: A quotation mark that opens or closes a quotation (not an apostrophe: "Ofsted's").
_QUOTE_MARK: Final = timed(r"\"|(?<!\w)'(?=\w)")


def _lead_in(ctx: Context, start: int) -> bool:
    """Whether the sentence before the quotation's, which ``subject_before`` read, quotes
    no one: a lead-in ("X welcomed the report. "...," she said"), whose subject "she" is
    whoever else the text showed to be "she" before."""
    s_start, _ = ctx.prepared.sentence_at(start)
    b_start, b_end = ctx.prepared.sentence_at(max(0, s_start - 1))
    return _QUOTE_MARK.search(ctx.text, b_start, b_end) is None


def _fits(ctx: Context, name: str, pronoun: str, start: int) -> bool:
    """Whether "he" or "she" may stand for ``name``: "she" is no "Mr Roe", nor an unshown
    "Sam Roe" after a "Ms Doe"."""
    return not shown_other(ctx, name, pronoun) and not fits_another(ctx, name, pronoun, start)


def _named_since(ctx: Context, previous: str, start: int) -> bool:
    """Whether a person other than ``previous`` (the last quotation's speaker) is named
    last before ``start``: "he" or "she" is then that person, not the last speaker."""
    person = person_for(ctx, start)
    if person is None or person.split()[-1] in previous:
        return False
    at = ctx.text.rfind(person, max(0, start - _LOOK_BACK_PERSON), start)
    if ctx.text.count('"', ctx.prepared.paragraph_at(at)[0], at) % 2:
        return False  # a name inside a quotation is no one speaking
    s_start, s_end = ctx.prepared.sentence_at(at)
    if at - s_start > _SUBJECT_REACH or REPORTING_PRONOUN.search(ctx.text, s_start, s_end):
        return False  # named as no subject, or in what someone ("he explained") reports
    return at > ctx.text.rfind(previous.split(",")[0].strip(), 0, start)


_LOOK_BACK_PERSON: Final = 1500
#: A person named this far into a sentence or more is no subject of it.
_SUBJECT_REACH: Final = 60


#: A quoted phrase this short, in a sentence about an inspection, is from its findings.
_PHRASE_WORDS: Final = 12
#: The one or two words before a document word, which may name whose it is: "a DfE
#: (report)", "the government's (report)", "an NSPCC (letter)".
_OWNER_BEFORE: Final = timed(r"(?:[\w'-]+\ ){1,2}$")
#: A passive finding: "the service was praised for 'X'", "practice was described as".
_PASSIVE_FINDING: Final = timed(
    rf"(?i:\b(?:was|were|is|are|been|being)\ (?:also\ )?(?:{'|'.join(DESCRIBING_PARTICIPLES)}|singled\ out|found)\b)"
)
_INSPECTION_WORDS: Final = timed(r"(?i:inspector|ofsted|inspectorate|inspection|report|letter|rating|rated|judged|\bvisits?\b)")


RULES: Final = (
    Rule(name=RULE_DOUBLE, kind="quotes", pattern=_DOUBLE, build=_build, triggers=('"',)),
    Rule(name=RULE_SINGLE, kind="quotes", pattern=_SINGLE, build=_build, triggers=("'",)),
    Rule(name=RULE_SINGLE_PARAGRAPHS, kind="quotes", pattern=_SINGLE_OPENING, build=_build_paragraphs,
         triggers=("'",), scope="paragraph"),
)
