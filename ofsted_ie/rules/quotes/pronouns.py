"""Whom "he" or "she" stands for: the person named last before it whom the text does not
show to be of the other pronoun.

A text shows whom a pronoun fits by a title before the surname ("Mr Roe", "Ms Doe",
"Dame Jo Bell") or by the pronoun that reports a named person's words ("Sam Roe said he
was ..."). "Jane Doe said: '...'. Sam Roe said: '...'. She added: '...'" gives the third
quotation to Jane Doe once the text has called her "Ms Doe" or "she" anywhere (and
Sam Roe nothing, or "Mr Roe"); with nothing to tell them apart, the person named last.
A lead-in sentence a person opens ("The council's new director, Jo Bell, joined in May.")
gives the "she" of the quotation after it (``lead_subject``).
"""

from __future__ import annotations

from typing import Final

from ..._timed import timed
from ..._vocab import PARTIES
from ...context import Context
from .._common import is_name
from .._fragments import HONORIFIC, NAME

#: A person named: a title and a surname ("Mr Walker") or a full name.
_PERSON_NAME: Final = timed(rf"(?:{HONORIFIC}\p{{Lu}}\p{{Ll}}+|{NAME})")
#: A full name alone, no title: "Imran Shah" of "Cllr Imran Shah".
_FULL_NAME: Final = timed(NAME)
#: How far around a capitalised name a council's name holding it may reach.
_COUNCIL_REACH: Final = 40
#: How far back the person a pronoun stands for may be named.
_PERSON_WINDOW: Final = 1500
#: A title that shows the pronoun of the surname after it (a first name may stand between).
_TITLED: Final = timed(
    r"(?<![\w'])(?P<title>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness)\.?\ (?:\p{Lu}\p{Ll}+\ )?(?P<surname>\p{Lu}[\p{L}'-]+)"
)
#: A named person's reported words, with the pronoun that stands for them: "Sam Roe said he".
_REPORTED: Final = timed(
    r"(?P<surname>\p{Lu}[\p{L}'-]+)(?:,\ (?=\p{Ll})[^,.!?\n\"]{1,60},)?,?\ (?:said|says|added|explained|told\ [\w ]{1,30}?|warned|admitted)"
    r"(?:\ (?:afterwards|later|today|yesterday|then))?\ (?:that\ )?(?P<pronoun>he|she)\b"  # "Jo Bell, who ..., said afterwards that he"
)
#: A preposition right before a capitalised phrase, which makes it a place ("leader of Cheshire West").
_PLACE_BEFORE: Final = timed(r"\b(?:of|in|for|at|from)\ \Z")
_HE_TITLES: Final = frozenset({"Mr", "Sir", "Lord"})


def _pronouns(text: str) -> dict[str, str]:
    """Each surname the text shows a pronoun for ("he" or "she"); a surname shown both
    ways (two people of one name) shows none."""
    seen: dict[str, set[str]] = {}
    for m in _TITLED.finditer(text):
        seen.setdefault(m.group("surname"), set()).add("he" if m.group("title") in _HE_TITLES else "she")
    for m in _REPORTED.finditer(text):
        seen.setdefault(m.group("surname"), set()).add(m.group("pronoun"))
    return {surname: next(iter(p)) for surname, p in seen.items() if len(p) == 1}


def person_for(ctx: Context, start: int, pronoun: str | None = None) -> str | None:
    """The person named last before ``start`` whom ``pronoun`` ("he", "she", in any case)
    stands for: the last the text shows to be of that pronoun, else the last it shows
    of neither."""
    names = _names_before(ctx, start)
    wanted = (pronoun or "").lower()
    if wanted in ("he", "she") and names:
        shown = _shown(ctx)
        fits = [n for n in names if shown.get(n.split()[-1]) == wanted] or [n for n in names if n.split()[-1] not in shown]
        return fits[-1] if fits else names[-1]
    return names[-1] if names else None


def _names_before(ctx: Context, start: int) -> list[str]:
    """The people named before ``start``, in order; a post written in capitals before a
    name is no part of it ("Education Secretary Sam Roe": "Sam Roe"); a council's name
    ("Cheshire East") is none."""
    names = []
    for m in _PERSON_NAME.finditer(ctx.text, max(0, start - _PERSON_WINDOW), start):
        name = m.group() if is_name(m.group()) else " ".join(m.group().split()[-2:])
        n_start = m.end() - len(name)
        council = any(c.start < m.end() and n_start < c.end for c in ctx.mentions_in(max(0, n_start - _COUNCIL_REACH), m.end() + _COUNCIL_REACH))
        if is_name(name) and not council:  # "whether Cheshire East is", "... North East Somerset is": a council
            names.append(name)
    return names


def _surname(name: str) -> str:
    """The surname of the person a speaker's phrase names ("Jane Doe, the leader": "Doe";
    "The leader of Kent County Council, Cllr Jo Bell, who ...": "Bell"), else the last
    word before any comma."""
    for m in _FULL_NAME.finditer(name):
        if is_name(m.group()) and not _PLACE_BEFORE.search(name, 0, m.start()):  # "of Cheshire West": a place
            return m.group().split()[-1]
    words = name.split(",")[0].split()
    return words[-1] if words else ""


def _shown(ctx: Context) -> dict[str, str]:
    return ctx.memo(("quotes", "pronouns"), lambda: _pronouns(ctx.text))


def shown_other(ctx: Context, name: str, pronoun: str) -> bool:
    """Whether the text shows the person ``name`` to be of the other pronoun than
    ``pronoun`` ("he" or "she"): "she" cannot stand for a "Mr Roe"."""
    wanted = pronoun.lower()
    if wanted not in ("he", "she") or not name.split():
        return False
    return _shown(ctx).get(_surname(name), wanted) != wanted


def fits_another(ctx: Context, name: str, pronoun: str, start: int) -> bool:
    """Whether ``pronoun`` at ``start`` fits a person named before it whom the text shows
    to be of it, while it does not show ``name`` (the last speaker) to be: "Ms Doe" is
    "she" before an unshown "Sam Roe"."""
    wanted, shown = pronoun.lower(), _shown(ctx)
    if wanted not in ("he", "she") or not name.split() or shown.get(_surname(name)) == wanted:
        return False
    return any(shown.get(n.split()[-1]) == wanted for n in _names_before(ctx, start))



#: A post in apposition opening a sentence, before the name: "The council's new director of
#: children's services, " (or nothing: the name opens the sentence).
_OPENING_POST: Final = timed(r"(?:(?i:the|its|their)\ |\p{Lu}[\w'-]*'s\ |(?=\p{Lu}))[^,.;:!?\n\"]{2,100},\ ")
#: A person's whole name, after any honorific ("Cllr Jo Bell", not "Cllr Jo").
_LEAD_NAME: Final = timed(rf"(?:{HONORIFIC})*(?P<name>{NAME})")
#: A pronoun reporting someone's words: "he", "she", "they".
REPORTING_PRONOUN: Final = timed(r"(?i:\b(?:he|she|they)\b)")
#: How far into a sentence its subject's name may stand.
_LEAD_REACH: Final = 130


def lead_subject(ctx: Context, start: int) -> str | None:
    """The person a sentence before the quotation's opens with, named first or after a post
    in apposition ("The council's new director, Jo Bell, joined from Medway."): up to the
    name, for "she said" after it whatever its verb; ``None`` when another subject opens it."""
    s_start, _ = ctx.prepared.sentence_at(start)
    if s_start <= 0:
        return None
    b_start, b_end = ctx.prepared.sentence_at(s_start - 1)
    if s_start - b_end > 3:
        return None
    if REPORTING_PRONOUN.search(ctx.text, b_start, b_end):
        return None  # "The minister, Jo Bell, will chair it, she explained": someone else reporting
    m = _LEAD_NAME.match(ctx.text, b_start, b_end)  # named first, else after a post in apposition
    if m is None or ctx.mentions_in(m.start("name"), m.end("name")):
        post = _OPENING_POST.match(ctx.text, b_start, min(b_end, b_start + _LEAD_REACH))
        m = _LEAD_NAME.match(ctx.text, post.end(), b_end) if post else None
    if (m is None or not is_name(m.group("name")) or m.group("name") in PARTIES
            or ctx.mentions_in(m.start("name"), m.end("name"))):  # "Suffolk County": a council's name
        return None
    return ctx.text[b_start : m.end()]


__all__ = ["REPORTING_PRONOUN", "fits_another", "lead_subject", "person_for", "shown_other"]
