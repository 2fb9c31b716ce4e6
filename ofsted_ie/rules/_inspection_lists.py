"""The councils and dates an inspection word is distributed over: the list that is its
sentence's subject ("Bolton, Coventry and Essex all received ..."), the one an earlier
sentence has ("... The inspections took place in May"), the list right after "inspected"
("Ofsted inspected Bury, Wigan and Kent"), councils listed as inspected ("were among the
councils inspected", "was one of three councils inspected"), councils added after the
event or grade ("..., as was Bury", "and so were Bury and Wigan") and coordinated dates
("in 2015 and again in 2018")."""

from __future__ import annotations

from typing import Final

import regex

from .._timed import timed
from ..context import Context
from ..dates import DateMention
from ..gazetteer import Mention
from ._fragments import LISTS

#: A year as written: "2018".
YEAR_PATTERN: Final = timed(r"(?:19|20)\d\d")
#: What may come before a sentence's subject list: "Both Bolton and Essex".
_SUBJECT_LEAD: Final = timed(r"\W*(?:(?i:both)\ )?")
#: How far back a definite plural looks for the councils it refers to.
_SUBJECT_WINDOW: Final = 3000


def sentence_subject(ctx: Context, s_start: int, at: int) -> tuple[str, ...]:
    """The two or more councils listed at the start of the sentence beginning at
    ``s_start``, before ``at``: its subject ("Bolton, Coventry and Essex all received
    ...")."""
    mentions = ctx.mentions_in(s_start, at)
    if len(mentions) < 2 or not _SUBJECT_LEAD.fullmatch(ctx.text, s_start, mentions[0].start):
        return ()
    unique = tuple(dict.fromkeys(joined_names(ctx, mentions)))
    return unique if len(unique) > 1 else ()


def earlier_subject(ctx: Context, s_start: int) -> tuple[str, ...]:
    """The councils of the nearest earlier sentence (within a window) whose subject is a
    list of councils (once per sentence)."""
    def find() -> tuple[str, ...]:
        i = s_start
        while i > 0 and s_start - i < _SUBJECT_WINDOW:
            p_start, p_end = ctx.prepared.sentence_at(i - 1)
            if p_start >= i:
                break
            subject = sentence_subject(ctx, p_start, p_end)
            if subject:
                return subject
            i = p_start
        return ()

    return ctx.memo(("inspections.earlier_subject", s_start), find)


#: What joins the councils of a subject list: "Surrey, Devon and Kent".
_SUBJECT_JOIN: Final = timed(r"(?:'s\ (?:children's\ )?services)?(?:,\ |\ and\ |,\ and\ |\ &\ )")


def subject_list(ctx: Context, at: int) -> list[str]:
    """The councils listed as one subject that ends right before ``at`` (then a space)."""
    s_start, _ = ctx.prepared.sentence_at(at)
    mentions = ctx.mentions_in(s_start, at)
    if not mentions or ctx.text[mentions[-1].end : at].strip(" ") not in ("", "'s children's services", "councils"):
        return []
    names = [mentions[-1].name]
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if not _SUBJECT_JOIN.fullmatch(ctx.text, a.end, b.start):
            break
        names.append(a.name)
    return list(dict.fromkeys(reversed(names)))


def object_list(ctx: Context, at: int) -> list[str]:
    """The councils listed as one object right after ``at`` ("inspected Bury, Wigan and Kent")."""
    _, s_end = ctx.prepared.sentence_at(at)
    mentions = ctx.mentions_in(at, max(s_end, at))
    if not mentions or ctx.text[at : mentions[0].start].strip(" ").lower() not in ("", "the"):
        return []
    return list(dict.fromkeys(joined_names(ctx, mentions)))


def joined_names(ctx: Context, mentions: list[Mention]) -> list[str]:
    """The names of the first mention and of those joined to it as one list."""
    names = [mentions[0].name]
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not _SUBJECT_JOIN.fullmatch(ctx.text, a.end, b.start):
            break
        names.append(b.name)
    return names


#: A council added after an event or a grade by "as was" or "so was" ("rated 'good' in
#: 2014, as was Camden", "inspected in May, and so was Bury", "; so too were"): the words
#: from the event's or grade's end up to the council.
_AS_WAS_COUNCIL: Final = timed(
    r"""["'\u2019\u201d]?(?:\ (?i:overall))?(?:\ (?i:in|on|last|this|earlier\ this)\ [\w\ ]{3,25}?)?"""
    r"""(?:,\ (?i:as)|(?:,|;)?\ (?:(?i:and)\ )?(?i:so)(?:\ (?i:too))?)\ (?i:was|were|did|is|are|had\ been|has\ been)"""
    r"\ (?:(?i:neighbouring|nearby)\ )?$"
)


def as_was_councils(ctx: Context, end: int) -> list[str]:
    """The councils "as was" (or "so was") adds after an event or a grade ending at ``end``
    ("rated 'good' in 2014, as was Camden", "..., and so were Bury and Bolton"): the same
    event or grade is theirs."""
    _, s_end = ctx.prepared.sentence_at(end)
    mentions = ctx.mentions_in(end, max(s_end, end))
    if not mentions or not _AS_WAS_COUNCIL.fullmatch(ctx.text, end, mentions[0].start):
        return []
    return joined_names(ctx, list(mentions))


#: What joins two dates of two events of one verb: "in 2015 and again in 2018", "in 2014, and in 2017".
_DATE_JOIN: Final = timed(r"(?:,?\ (?:and|then)\ (?:(?i:again|then|once\ more)\ )?|,\ )(?:(?:in|on)\ )?")  # "in 2019, 2021 and 2023" too
#: What may stand between the verb and its first date: its object and a preposition, no clause break.
_TO_FIRST_DATE: Final = timed(r"[^,;:.()\u2013\u2014]{0,60}?\ (?:in|on)\ ")


def coordinated_years(m: regex.Match[str], ctx: Context) -> list[str]:
    """The dates of two or more events told with one verb, each with its year ("inspected
    Kent in 2015 and again in 2018"); [] unless there are two."""
    dates = ctx.dates_in(m.end(), max(m.end(), ctx.prepared.sentence_at(m.start())[1]))
    if len(dates) < 2:
        return []
    named = ctx.mentions_in(m.end(), dates[0].start)  # a council's name may hold a comma
    if not _TO_FIRST_DATE.fullmatch(ctx.text, named[-1].end if named else m.end(), dates[0].start):
        return []
    chain = [dates[0]]
    for a, b in zip(dates, dates[1:], strict=False):
        if not _DATE_JOIN.fullmatch(ctx.text, a.end, b.start):
            break
        chain.append(b)
    return _years_of(ctx, chain)


def _years_of(ctx: Context, chain: list[DateMention]) -> list[str]:
    """The distinct dates of a chain of two or more coordinated dates, each written with
    its year; [] otherwise."""
    if len(chain) < 2 or not all(d.value and YEAR_PATTERN.search(ctx.text, d.start, d.end) for d in chain):
        return []
    return list(dict.fromkeys(d.value for d in chain if d.value))


#: What joins the dates of a list before a plural: "the 2015 and 2019 inspections", "2020, 2021 and 2022".
_LISTED_BEFORE: Final = timed(r",?\ and\ |,\ ")
#: What may stand between a list of dates and the plural it modifies: "(2015 and 2019) Ofsted (inspections)".
_TO_PLURAL: Final = timed(r"\ (?:(?i:ofsted|full|ilacs|sif|graded|standard|short)\ )?")


def listed_years(m: regex.Match[str], ctx: Context) -> list[str]:
    """The dates of a plural's events, one each, when a list of two or more dates with
    years dates it: after it, as for one verb ("monitoring visits followed in 2020 and
    2021", "inspections of Wigan in 2015 and 2019"), or before it ("the 2015 and 2019
    inspections"); [] otherwise."""
    after = coordinated_years(m, ctx)
    if after:
        return after
    s_start = ctx.prepared.sentence_at(m.start())[0]
    dates = ctx.dates_in(s_start, m.start())
    if len(dates) < 2 or not _TO_PLURAL.fullmatch(ctx.text, dates[-1].end, m.start()):
        return []
    chain = [dates[-1]]
    for a, b in zip(reversed(dates[:-1]), reversed(dates[1:]), strict=True):
        if not _LISTED_BEFORE.fullmatch(ctx.text, a.end, b.start):
            break
        chain.insert(0, a)
    return _years_of(ctx, chain)


#: A counted plural that an agent did or a council had: "(inspectors have) conducted seven monitoring
#: visits", "(Kent has) had four visits"; not a share of a count ("of the 43 inspections").
_COUNTED_PLURAL: Final = timed(
    r"(?i:\b(?:conducted|carried\ out|made|had|undertaken|undergone|received|completed|paid|done|there\ ha(?:ve|s|d)\ been)\ (?:also\ )?"
    r"(?:[2-9]|\d\d|\L<number_words>)\ (?:(?!of\ )[\w'-]+\ ){0,2}[\w-]+s$)",
    number_words=LISTS["number_words"],
)
#: A small count right before a plural: "two Ofsted inspections", "3 monitoring visits".
_COUNT_BEFORE_PLURAL: Final = timed(
    r"(?i:\b(?:[2-9]|two|three|four|five|six|seven|eight|nine)\ (?:(?!of\ )[\w'-]+\ ){0,2}[\w-]+s$)"
)
#: A verb of occurring after a counted plural, its subject: "(six monitoring visits) followed",
#: "(three visits) have since taken place", "(two inspections) were carried out".
_OCCURRED_AFTER: Final = timed(
    r"\ (?:(?i:have|had|has)\ )?(?:(?i:since|then|also)\ )?(?i:followed|took\ place|taken\ place|happened"
    r"|(?:been|were)\ (?:carried\ out|made|conducted|completed))\b"
)
#: How near a plural its own date is written: "(two inspections) in May 2014", "In 2014, (two inspections)".
_NEAR: Final = 24
#: A share of a count before a plural, no particular events: "of the 18 inspections",
#: "(nine) of 43 visits", "one of the inspections".
_PARTITIVE: Final = timed(r"(?i:\bof\ (?:the\ |these\ |those\ )?(?:(?!of\ )[\w'-]+\ ){0,3}[\w-]+s$)")


def particular_plural(m: regex.Match[str], ctx: Context, sentence: tuple[int, int], *, definite: bool) -> bool:
    """Whether a plural whose sentence names no council names particular events: counted
    after a verb of having or doing ("had seven monitoring visits") or before one of
    occurring ("Six monitoring visits followed"), dated by a list of
    years ("monitoring visits in 2020 and 2021"), or, dated right before or after it, by a
    determiner (``definite``) or a small count before it ("the Ofsted inspections in 2014",
    "following two inspections in 2014"), no share of a count ("of the 18 inspections");
    ``sentence`` is the span of the plural's sentence."""
    s_start, s_end = sentence
    if _COUNTED_PLURAL.search(ctx.text, max(s_start, m.start() - 60), m.end()) or listed_years(m, ctx):
        return True
    window = max(s_start, m.start() - 40)
    if _PARTITIVE.search(ctx.text, window, m.end()):
        return False
    counted = definite or _COUNT_BEFORE_PLURAL.search(ctx.text, window, m.end()) is not None
    if counted and not definite and _OCCURRED_AFTER.match(ctx.text, m.end()):
        return True  # "Six monitoring visits followed", "three visits have taken place": the subject of their occurring
    near = ctx.dates_in(max(s_start, m.start() - _NEAR), min(max(s_end, m.end()), m.end() + _NEAR))  # its own date, not a framework's
    return counted and any(d.value is not None and not d.relative for d in near)


#: Before "councils inspected": a count, which is no list of particular councils ("of the 30 councils inspected").
_COUNT_BEFORE: Final = timed(r"(?i:\b(?:\d+|\L<number_words>|many|most|some|few|other|all)\ (?:[\w-]+\ )?$)", number_words=LISTS["number_words"])
#: Before "councils inspected": the subject a member of them ("(Kent) was one of three",
#: "(Kent and Bury) were two of the", "(Kent) is among the five").
_MEMBER_OF_COUNT: Final = timed(
    r"(?i:\b(?:(?:one|two|three|four|five|\d+)\ of|among|amongst)\ (?:the\ )?(?:(?:\d+|\L<number_words>|many|few|several|other)\ )?(?:[\w-]+\ )?$)",
    number_words=LISTS["number_words"],
)
#: After "councils inspected <date>": the verb that lists them ("included Kent and Surrey").
_LISTING: Final = timed(r"(?i:\b(?:include[sd]?|including|were|are|was|is)\ )")


def inspected_councils(m: regex.Match[str], ctx: Context) -> list[str]:
    """The councils a text lists as inspected: "Kent and Surrey were among the councils
    inspected in 2018", "Councils inspected in 2018 included Kent and Surrey", "Kent was
    one of three councils inspected"; none for a count ("of the 30 councils inspected")."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    if _MEMBER_OF_COUNT.search(ctx.text, max(s_start, m.start() - 40), m.start()):  # "Kent was one of three councils inspected"
        return list(sentence_subject(ctx, s_start, m.start()) or [x.name for x in ctx.mentions_in(s_start, m.start())[:1]])
    if _COUNT_BEFORE.search(ctx.text, max(s_start, m.start() - 30), m.start()):
        return []
    listing = _LISTING.search(ctx.text, m.end(), max(m.end(), s_end))
    listed = object_list(ctx, listing.end()) if listing else []
    if not listed:
        subject = sentence_subject(ctx, s_start, m.start())
        mentions = ctx.mentions_in(s_start, m.start())
        listed = list(subject) or ([mentions[0].name] if len(mentions) == 1 and _LISTING.search(ctx.text, mentions[0].end, m.start()) else [])
    return listed
