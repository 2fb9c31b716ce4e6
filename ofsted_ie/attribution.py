"""Whose and when: the authority a mention is about, the date it refers to, and the
one policy for present-tense statements the text leaves undated.

These are facts of English and of news writing, shared by every rule family; the
rules decide what a mention is, this module decides whom and when it concerns.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from typing import Final, Protocol, TypeVar

from . import dates
from ._asides import DASH_ASIDE, graded_aside, relative_clauses
from ._timed import timed
from .gazetteer import Gazetteer, Mention
from .text import Prepared, Span

__all__ = ["INSPECTION_KIND_WORDS", "Lookups", "authority_for", "dates_another_event", "listed_dates", "most_mentioned", "undated_present", "undated_reason", "when_for"]

_T = TypeVar("_T")


class Lookups(Protocol):
    """What attribution reads of a document (``ofsted_ie.context.Context`` has it)."""

    @property
    def prepared(self) -> Prepared: ...
    @property
    def text(self) -> str: ...
    @property
    def reference(self) -> dt.date | None: ...
    @property
    def main_authority(self) -> str | None: ...
    @property
    def gazetteer(self) -> Gazetteer: ...
    def mentions_in(self, start: int, end: int) -> list[Mention]: ...
    def mentions_before(self, i: int) -> tuple[Mention, ...]: ...
    def dates_in(self, start: int, end: int) -> list[dates.DateMention]: ...
    @property
    def date_mentions(self) -> tuple[dates.DateMention, ...]: ...
    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T: ...
    def note_why(self, start: int, end: int, field: str, value: _T, reason: str) -> _T: ...


def authority_for(ctx: Lookups, start: int, end: int) -> str | None:
    """The authority a mention at ``[start, end)`` is about.

    In order: the nearest authority named in the same sentence (before the
    mention first, then after), the last one named earlier in the paragraph, the
    last one named in the paragraphs before, the article's main authority.
    """
    s_start, s_end = ctx.prepared.sentence_at(start)
    in_sentence = ctx.mentions_in(s_start, max(s_end, end))

    def why(name: str | None, reason: str) -> str | None:
        return ctx.note_why(start, end, "authority", name, reason)

    before = [m for m in in_sentence if m.end <= start]
    if before and _side_role(ctx, before[-1], s_start):  # "joined from Medway in February, replacing Jo Bell": no one's council there
        before = [m for m in before if not _side_role(ctx, m, s_start)]
    reason = "the nearest council named before it in its sentence"
    if len(before) > 1:  # "Kent's services, which a trust runs for Kent and Medway, were rated": the subject's
        closed = [(a, b) for a, b in relative_clauses(ctx, s_start, s_end) if b <= start]
        outside = [m for m in before if not any(a <= m.start and m.end <= b for a, b in closed)]
        if outside and len(outside) < len(before):
            before, reason = outside, f"{reason}, outside a relative clause ended before it"
    if before:
        return why(before[-1].name, reason)
    inside = [m for m in in_sentence if m.start >= start and m.end <= end]
    if inside:
        return why(inside[0].name, "the council named in its own words")
    after = [m for m in in_sentence if m.start >= end]
    if after and _POINTER.search(ctx.text, s_start, start) and SET_AGAINST.search(ctx.text, end, after[0].start):
        after = []  # "The authority's rate was 11%, compared with 21% in Walsall": "the authority" is one named before
    earlier = [m for m in ctx.mentions_before(s_start)[-8:] if m.end <= s_start]
    if after and earlier and _REFERRING_SUBJECT.match(ctx.text, s_start, max(start, end)):
        after = []  # "The council had been rated good, when it shared services with Medway": the one named before
        # (the pointer may be the mention's own words: "The council's new director, Jo Bell, joined from Medway")
    if after:
        return why(after[0].name, "the first council named after it in its sentence")
    if earlier:  # the last one, in this paragraph or the ones before, that a main clause names
        main = [m for m in earlier if not _subordinate(ctx, m)]
        return why((main or earlier)[-1].name, "the last council a main clause named before its sentence")
    return why(ctx.main_authority, "the article's main authority (most named)" if ctx.main_authority else "no council named")


def _side_role(ctx: Lookups, m: Mention, s_start: int) -> bool:
    """Whether a council is named in a side role: a former workplace or an origin
    ("previously worked at Medway", "joined from Medway"), a comparison ("than Medway"),
    unless the article is about it."""
    return m.name != ctx.main_authority and _SIDE_ROLE_BEFORE.search(ctx.text, max(s_start, m.start - 24), m.start) is not None


#: Words pointing at one council named before: "its", "the council's", "the authority's".
_POINTER: Final = timed(r"(?i:\b(?:its|the\ (?:council|authority|local\ authority)'s)\b)")
#: A sentence whose subject refers back to a council named before: "The council (had been
#: rated good ...)", "It", "Its services", "In 2016, the authority".
_REFERRING_SUBJECT: Final = timed(
    r"\W*(?:(?:In|By|At|Since|Until)\ [^,.;:!?\n]{1,30},\ )?(?i:(?:the\ (?:council|authority|local\ authority|borough|county|city)|it|its)\b)"
)
#: What sets a figure against another's: "compared with", "against", "than", "while".
SET_AGAINST: Final = timed(r"(?i:\bcompared\ (?:with|to)\b|\bagainst\b|\bthan\b|\bwhile\b|\bwhereas\b|\bversus\b|\bvs\b)")


#: What opens an aside or a relative clause: " - which also runs ...", "(", ", which", ", who".
_ASIDE_OPEN: Final = timed(
    r"(?i:\ -\ |\(|,\ (?:which|who|whose|where|created|formed|set\ up|established|founded|carved\ out|split\ off|formerly|previously)\b)"
)  # and a reduced relative clause: ", created when Cumbria was broken up,"
#: What names a partner council right before it: "a partnership with", "alongside".
#: Not an employer: "a permanent post with Kent", "a job with Kent".
_PARTNER_BEFORE: Final = timed(r"(?<!(?i:post|job|role|position|contract|career)\ )(?i:\b(?:with|alongside)\ (?:the\ )?$)")
#: What names a council as the place children are placed in, away from home, or a place
#: beyond: "placed in Medway", "placed within the county or in Leicestershire", "outside Kent".
_PLACE_BEFORE: Final = timed(
    r"(?i:\bplaced\b[^.;:!?\n]{0,40}?\b(?:in|into|outside|within|to)\ (?:the\ )?$|\b(?:outside|beyond)\ (?:the\ )?$)"
)
#: What names another council than the article's in a side role: a former workplace or an
#: origin ("previously worked at", "joined from"), a comparison ("than Kent", "Like Kent").
_SIDE_ROLE_BEFORE: Final = timed(
    r"(?i:\b(?:previously|formerly|once|earlier)\ (?:worked|served|was)\ (?:[\w-]+\ ){0,2}?(?:at|for|with|in)\ (?:the\ )?$"
    r"|\b(?:joined|came|moved|arrived|transferred|recruited)\ (?:[\w-]+\ ){0,2}?from\ (?:the\ )?$"
    r"|\b(?:than|like|unlike)\ (?:the\ )?$)"  # not "Neighbouring Kent": it may be the next sentences' topic
)
#: A council helping another its sentence refers to: "(Kent) has been supporting the authority".
_HELPS_AFTER: Final = timed(
    r"[^.;!?\n]{0,40}?\b(?:support|help|mentor|advis|assist|partner)\w*\ (?:with\ )?(?:the|its)\ (?:authority|council|local\ authority|borough)\b"
)
#: What closes a dash or bracket aside.
_ASIDE_CLOSE: Final = timed(r"\ -\ |\)")


def _subordinate(ctx: Lookups, m: Mention) -> bool:
    """Whether a council is named in an aside or a relative clause of its sentence ("Kent's
    services were taken over by a trust - which also runs those of Medway - last year"),
    or as a partner ("a partnership with Medway"),
    which names no antecedent for a later sentence's "the council" or "it". Worked out
    once per mention: every mention after it asks of it."""

    def subordinate() -> bool:
        if _linked_story(ctx, m):
            return True  # "-\nKent U-turn on trust model\n": a link to another story, inside the article
        if _superseded(ctx, m.name):
            return True  # "took over from Cumbria County Council, when Cumbria was split": the council before
        s_start, s_end = ctx.prepared.sentence_at(m.start)
        if _PARTNER_BEFORE.search(ctx.text, max(s_start, m.start - 16), m.start):
            return True  # "its partnership with Kent", "worked closely with Kent": a partner
        if _PLACE_BEFORE.search(ctx.text, max(s_start, m.start - 60), m.start):
            return True  # "children placed in Medway", "outside Kent": a place, no actor
        if _side_role(ctx, m, s_start) or m.name != ctx.main_authority and _HELPS_AFTER.match(ctx.text, m.end, max(s_end, m.end)):
            return True  # "previously worked at Kent", "Like Kent", "Kent has been supporting the council"
        opens = list(_ASIDE_OPEN.finditer(ctx.text, s_start, m.start))
        if not opens:
            return False
        return _ASIDE_CLOSE.search(ctx.text, opens[-1].end(), m.start) is None

    return ctx.memo(("attribution", "subordinate", m.start), subordinate)


def _superseded(ctx: Lookups, name: str) -> bool:
    """Whether ``name`` is an authority abolished before the text's date whose successor
    (an authority of its region begun when it ended) the text also names: the council
    before, no antecedent for "the council" of a text about its successor."""
    def superseded() -> bool:
        on = ctx.reference
        entry = ctx.gazetteer.entry(name, on) if on is not None else None
        if entry is None or entry.active_to is None or on is None or entry.active_to >= on:
            return False
        ended, region = entry.active_to, entry.region
        named = {x.name for x in ctx.mentions_in(0, len(ctx.text))} - {name}
        return any((e := ctx.gazetteer.entry(n, on)) is not None and e.active_from is not None and e.region == region
                   and 0 < (e.active_from - ended).days <= 2 for n in named)

    return ctx.memo(("attribution", "superseded", name), superseded)


#: A line holding only a list mark, before a link's line: "-", "•".
_LONE_MARK: Final = timed(r"\n[ \t]*[-\u2022*][ \t]*\n$")
#: What ends a line of running text (a link to another story ends without it).
_LINE_END_PUNCT: Final = ".!?:;\"'\u201d\u2019)"


def _link_line(ctx: Lookups, at: int) -> bool:
    """Whether the line holding ``at`` follows a lone list mark and ends without
    punctuation: a link to another story ("-" then "Kent U-turn on trust model")."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    if line_start < 2 or not _LONE_MARK.search(ctx.text, max(0, line_start - 8), line_start):
        return False
    line_end = ctx.text.find("\n", at)
    line = ctx.text[line_start : len(ctx.text) if line_end < 0 else line_end].rstrip()
    return bool(line) and line[-1] not in _LINE_END_PUNCT


def _linked_story(ctx: Lookups, m: Mention) -> bool:
    """Whether a council is named only in links to other stories, in a text about
    another council."""
    if ctx.main_authority in (None, m.name) or not _link_line(ctx, m.start):
        return False
    return ctx.memo(("attribution", "linked-only", m.name), lambda: all(
        _link_line(ctx, x.start) for x in ctx.mentions_in(0, len(ctx.text)) if x.name == m.name))


def when_for(
    ctx: Lookups, start: int, end: int, *, rivals: Iterable[Span] = (), default_published: bool = True,
    period_end: bool = False,
) -> str | None:
    """The date a mention at ``[start, end)`` refers to, as an ISO partial date.

    Each resolved date expression of the sentence belongs to the nearest of the
    mention and its ``rivals`` (spans of other things a date may be about: other
    figures, other events); a date introduced by a preposition ("in 2015", "on 6
    October") belongs to the nearest one before it, so in "from 50 per cent in 2015
    to 10 per cent" the year is the first figure's. The mention takes the nearest
    date it owns, and none when that one cannot be resolved ("an inspection in November"
    with no dateline takes no other year of its sentence); failing that, the reference
    date's year when ``default_published`` (a present-tense statement in a dated
    article), else ``None``. With ``period_end`` (a figure: a level reached), a period
    after the mention dates it by its end ("rose to 20% between 2021 and 2022": 2022) and
    a date after "since" does not date it ("has risen to 20% since 2021").
    """
    s_start, s_end = ctx.prepared.sentence_at(start)
    s_end = max(s_end, end)
    me = (start, end)
    spans = {me} | {r for r in rivals if s_start <= r[0] < s_end and not (r[0] < end and start < r[1])}
    best: tuple[int, str | None, dates.DateMention] | None = None
    published: tuple[str | None, dates.DateMention] | None = None
    previous: tuple[dates.DateMention, set[Span]] | None = None
    asides: list[Span] | None = None  # dash asides of the sentence, found once it has a date
    relatives: list[Span] = []  # and its relative clauses
    for d in ctx.dates_in(s_start, s_end):
        if (d.value is None and not (ctx.reference is None and _NEEDS_A_YEAR.search(ctx.text, d.start, d.end))
                or _CHANGE_BASE.search(ctx.text, max(s_start, d.start - 48), d.start)):
            continue  # "an 8.5% rise on the year before": the base of a change dates no claimant
        if period_end and (_SINCE_BEFORE.search(ctx.text, max(s_start, d.start - 8), d.start)
                           or d.start >= end and _SINCE_CLAUSE.search(ctx.text, end, d.start)):
            continue  # "has risen to 20% since 2021", "the highest since data collection began in 2016-17": not the level's date
        if period_end and _PUBLISHED_BEFORE.search(ctx.text, max(s_start, d.start - 24), d.start):
            # "data published in May 2022 show ...": the figure's only if none else; "released
            # today" is the article's own present, which dates no figure before the data's period
            published = published or (None if d.relative else (d.value, d))
            continue
        if asides is None:
            asides = [x.span() for x in DASH_ASIDE.finditer(ctx.text, s_start, s_end)]
            relatives = list(relative_clauses(ctx, s_start, s_end))
        if any(a <= d.start and d.end <= b and not (a <= start and end <= b) for a, b in asides):
            continue  # "Slough - run by a trust since 2015 - was inadequate": the aside's own date
        if period_end and (aside := graded_aside(ctx, d.start)) is not None and not (aside[0] <= start and end <= aside[1]):
            continue  # "Kent, rated inadequate in 2017, lost 21% of its staff": the grade's date, no figure's
        candidates = spans
        held = next(([sp for sp in spans if a <= sp[0] and sp[1] <= b] for a, b in relatives if a <= d.start and d.end <= b), [])
        if held:  # "Kent, which had been rated good in 2017, was rated inadequate": the clause's grade's date
            if me not in held:
                continue
            candidates = set(held)
        if previous is not None and _DATE_LIST_GAP.fullmatch(ctx.text, previous[0].end, d.start):
            candidates = previous[1]  # "in 2013 and 2015": the second as the first
        elif d.forward or _EVENT_WHICH_AFTER.match(ctx.text, d.end):  # "two years after receiving ...",
            candidates = {sp for sp in spans if sp[0] >= d.end}    # "a 2013 inspection, in which": what follows
        elif _ATTACHES_LEFT.search(ctx.text, max(s_start, d.start - 16), d.start):  # "months ending "
            candidates = {
                sp for sp in spans if sp[1] <= d.start and not _CLAUSE_BREAK.search(ctx.text, sp[1], d.start)
            }
            if not candidates and not dates_another_event(ctx, d, founding=True) and not _UNTIL.search(
                    ctx.text, max(s_start, d.start - 8), d.start):
                # "In 2019, Kent was rated good": it dates the clause after it; but not
                # across a break from a clause of its own ("since the inspection in 2019,
                # although services still require improvement"), nor when it dates an
                # event of its own ("The trust, set up in 2014, was rated good")
                fronted = _FRONTED.fullmatch(ctx.text, s_start, d.start) is not None
                candidates = {sp for sp in spans if fronted or not _CLAUSE_BREAK.search(ctx.text, d.end, sp[0])}
        previous = (d, candidates)
        if not candidates:
            continue
        owner = min(candidates, key=lambda sp: (_gap(sp, d), sp[0] > d.start))
        if owner == me and (best is None or _gap(me, d) < best[0]):
            best = (_gap(me, d), d.value, d)
    if period_end and best is not None and end <= best[2].start and (last := _period_end(ctx, best[2], s_end)) is not None:
        return ctx.note_why(start, end, "when", last, "the end of the period after it: what a period ends with")
    if best is None and published is not None and published[0] is not None:
        best = (0, published[0], published[1])  # the publication's date, the sentence having no other
    if period_end and best is not None and best[2].last is not None:
        return ctx.note_why(start, end, "when", best[2].last, "a span of years as one (\"2016-17\"): a figure for it is of its last")
    if best is not None:  # None when its own date is unresolved: "an inspection in November", no dateline
        return ctx.note_why(start, end, "when", best[1], "the nearest date of its sentence that is its own, not a rival's")
    if default_published:
        return ctx.note_why(start, end, "when", undated_present(ctx), undated_reason(ctx))
    return ctx.note_why(start, end, "when", None, "no date of its sentence is its own")


#: "since" before a date, which starts a change a figure reached (no date of the figure);
#: what opens a period before its first date ("between 2021 and 2022", "from 2019 to
#: 2021"), and what joins its ends.
_SINCE_BEFORE: Final = timed(r"(?i:\bsince\ $)")
#: A "since" clause after a figure, its date a series' start: "the highest since collection began in".
_SINCE_CLAUSE: Final = timed(r"(?i:\bsince\b(?:\ [\w'-]+){0,6}\ (?:began|begun|started|starts|begins|was\ introduced|were\ introduced)\ (?:in\ )?$)")
#: A publication's date before a figure's sentence: "data published in May 2022", "a report in 2022",
#: "statistics released today".
_PUBLISHED_BEFORE: Final = timed(
    r"(?i:\b(?:(?:published|released|issued)(?:\ (?:in|on))?|(?:a|the|its)\ (?:[\w-]+\ )?(?:report|study|survey|analysis)\ (?:in|on))\ $)"
)
_PERIOD_OPEN: Final = timed(r"(?i:\b(?:between|from)\ $)")
_PERIOD_TO: Final = timed(r"(?i:\ (?:and|to|until)\ |\ ?[-\u2013]\ ?)")


def _period_end(ctx: Lookups, first: dates.DateMention, s_end: int) -> str | None:
    """The value of the date ending the period that ``first`` opens ("(rose to 20%) between
    2021 and 2022": 2022), or ``None`` when ``first`` opens none."""
    if not _PERIOD_OPEN.search(ctx.text, max(0, first.start - 10), first.start):
        return None
    after = ctx.dates_in(first.end, s_end)
    if not after or after[0].value is None or not _PERIOD_TO.fullmatch(ctx.text, first.end, after[0].start):
        return None
    return after[0].value


def undated_reason(ctx: Lookups) -> str:
    """Why an undated present statement has the date ``undated_present`` gives it."""
    if ctx.reference is not None:
        return "undated, in the present: the year of the dateline (or the reference date)"
    return "undated, in the present, no dateline: the latest year the text states"


def undated_present(ctx: Lookups, *, latest_inspection: str | None = None, taken: Collection[str] = ()) -> str | None:
    """The date of a present-tense statement the text does not date ("Kent is rated
    good", "vacancies stand at 20 per cent"): the reference date's year (the dateline's,
    else the caller's); with neither, the year of the authority's latest inspection
    when the caller knows one, else the latest year the text states outright (an article
    without a dateline speaks of the time of its latest figures), leaving out deadlines
    ("by 2020"), bases of changes ("down from 19% in 2018") and the years of other events
    (``taken`` by the caller, or a founding's, an appointment's or an earlier inspection's:
    ``dates_another_event``), and none earlier than them; else ``None``. Every family dates such statements here."""
    if ctx.reference is not None:
        return str(ctx.reference.year)
    if latest_inspection is None and not taken:  # a fact of the document: worked out once
        return ctx.memo(("attribution", "undated-present"), lambda: _latest_stated_year(ctx, None, ()))
    return _latest_stated_year(ctx, latest_inspection, taken)


#: A figure a change is measured from, before its date: "(12%,) down from 19% in", "compared with 40 cases at".
_BASE_FIGURE_BEFORE: Final = timed(r"(?i:\b(?:from|compared\ (?:with|to)|against)\ (?:(?:just|about|around|some|nearly)\ )?\d[\d.,]*"
                                   r"(?:\ ?%|\ per\ ?cent|\ percent|\ cases?)?\ (?:in|at|during)\ (?:the\ (?:end|start)\ of\ )?$)")


def _latest_stated_year(ctx: Lookups, latest_inspection: str | None, taken: Collection[str]) -> str | None:
    """``undated_present`` for a text with no reference date."""
    stated = [d for d in ctx.date_mentions if d.value is not None and d.value == latest_inspection]
    if latest_inspection is not None and not (stated and all(dates_another_event(ctx, d) for d in stated)):
        return latest_inspection[:4]  # not one stated only as an earlier inspection's
    # no dateline: the latest year the text itself states is the time it speaks of
    stated = [d for d in ctx.date_mentions if d.value is not None and not d.relative]
    # a year once named as another event's is that event's wherever repeated ("since the inspection in 2016 ... the 2016 inspection")
    other = {d.value[:4] for d in stated if d.value is not None and dates_another_event(ctx, d)}
    # the base a change is measured from is earlier than the present: "(8%,) down from 10% in 2017"
    bases = {d.value[:4] for d in stated if d.value is not None and _BASE_FIGURE_BEFORE.search(ctx.text, max(0, d.start - 48), d.start)}
    years = [d.value[:4] for d in stated if d.value is not None and d.value[:4] not in other | bases
             and not _DEADLINE.search(ctx.text, max(0, d.start - 30), d.start)]
    years = [y for y in years if y not in taken]
    latest = max(years) if years else None
    # the present is no earlier than the grades it follows, nor than a base it is measured
    # against: "inadequate in 2017 ... the Mayor removed in 2015" leaves no year for it
    return None if latest is None or (taken and latest < max(taken)) or (bases and latest <= max(bases)) else latest


def dates_another_event(ctx: Lookups, d: dates.DateMention, *, founding: bool = False) -> bool:
    """Whether a date is that of an event of its own stated right before it, which is
    not the time of a present statement around it: a body's founding ("the trust, set
    up in 2014"), a person's arrival ("appointed in 2017"), or (unless ``founding``
    only) an earlier inspection ("since its previous visit in 2016"), whose date is
    only that of what was found at it."""
    def own_event() -> bool | None:  # None: no event; else whether it is a founding
        s_start = ctx.prepared.sentence_at(d.start)[0]
        event = _OWN_EVENT.search(ctx.text, max(s_start, d.start - 60), d.start)
        return None if event is None else event.group("founding") is not None

    # asked of every date again by each undated statement's dating: looked for once per date
    event = ctx.memo(("attribution", "own-event", d.start), own_event)
    return event is not None and (not founding or event)


def listed_dates(ctx: Lookups, after: int, when: str) -> list[str]:
    """The dates listed after the first date ``when`` at or after ``after`` in its sentence:
    "rated inadequate in 2011, 2013 and 2015" gives ["2013", "2015"] for "2011"; "in 2011
    and again in 2014" gives ["2014"]. Empty when no such list follows."""
    s_start, s_end = ctx.prepared.sentence_at(after)
    found = [d for d in ctx.dates_in(after, max(s_end, after)) if d.value is not None]
    first = next((i for i, d in enumerate(found) if d.value == when), None)
    between = ctx.text[after : found[first].start] if first is not None else ""
    for m in ctx.mentions_in(after, found[first].start) if first is not None else ():  # "Bournemouth, Christchurch and Poole"
        between = between.replace(ctx.text[m.start : m.end], "X")
    if first is None or between.count(" ") > 10 or any(c in between for c in ",;:()"):
        return []
    out: list[str] = []
    for prev, d in zip(found[first:], found[first + 1 :], strict=False):
        if not (_DATE_LIST_GAP.fullmatch(ctx.text, prev.end, d.start) or _AGAIN_GAP.fullmatch(ctx.text, prev.end, d.start)):
            break
        out.append(d.value or "")
    return out


def most_mentioned(mentions: Sequence[Mention]) -> str | None:
    """The authority named most often, ties to the first named; ``None`` for none."""
    counts = Counter(m.name for m in mentions)
    best = max(counts.values(), default=0)
    return next((m.name for m in mentions if counts[m.name] == best), None)


#: A date introduced by one of these dates what stands before it: "inspected ... in July 2016".
_ATTACHES_LEFT: Final = timed(
    r"(?i:\b(?:in|on|during|between|over|from|since|until|throughout|of|at|as\ at|as\ of|(?:year|months|quarter|period)\ (?:to|ending|ended))\ (?:(?:early|late|mid)[ -])?\(?$)"
)


#: What introduces the base a change is measured against: "a rise on the year before",
#: "down from 2015", "higher than in 2016", "up 2% on the previous year", "rising 6% from the year before".
_CHANGE_BASE: Final = timed(
    r"(?i:\b(?:rise|increase|fall|drop|decrease|decline|reduction|jump|growth|change|up|down|higher|lower|more|less|fewer"
    r"|ris(?:es|ing|en)|rose|climb(?:s|ed|ing)|falls|falling|fallen|fell|grow(?:s|ing|n)|grew|dropp(?:ed|ing)|drops"
    r"|increas(?:es|ed|ing)|decreas(?:es|ed|ing)|declin(?:es|ed|ing)|jump(?:s|ed|ing))"
    r"(?:\ (?:by\ |of\ )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|an?)"  # "down one child on last year"
    r"(?:\ ?%|\ per\ ?cent|\ percent|\ percentage\ points?|\ points?|\ (?:child|case|family|social\ worker|post|worker)s?)?)?"
    r"\ (?:on|over|from|against|compared\ (?:with|to)|than)\ (?:(?:in|at|during)\ )?(?:the\ same\ (?:period|time|month|point|date)\ (?:of|in|last)\ )?$)"
)


#: A founding or an arrival right before a date: "set up in 2014", "appointed in 2017".
_FOUNDING: Final = (
    r"(?:set\ up|created|formed|founded|established|launched|appointed|took\ (?:over|charge|control)|brought\ in"
    r"|(?:began|started|took\ up)\ (?:his|her|their)\ (?:role|post|job))"
    r"(?:\ (?!(?i:was|were|is|are|has|have|had|rated|judged|graded)\b)[\w'&-]+){0,6}?"  # "took control of the department (in)"
)
#: An earlier inspection right before a date: "its previous visit in 2016" (not "its last
#: inspection", which may be the one that gave the present grade).
#: The words naming an inspection's kind between "previous" and "inspection" ("its previous
#: full ILACS inspection"), in a case-insensitive pattern.
INSPECTION_KIND_WORDS: Final = r"(?:(?:full|ofsted|standard|short|ilacs|sif|graded)\ ){0,2}"
_EARLIER_INSPECTION: Final = rf"(?:previous|prior|earlier|former)\ {INSPECTION_KIND_WORDS}(?:inspection|visit)"
_EVENT_TAIL: Final = r"(?:\ (?:back|again|originally|first))?\ (?:in|on|during)\ (?:(?:early|late|mid)[ -])?\(?$"
#: A count of times up to a date, which is an earlier time's: "(rated good) for the first
#: time since (2010)", "its second such rating since".
_COUNTED_SINCE: Final = (
    r"(?:for\ the\ (?:[\w-]+\ )?time|(?:first|second|third|fourth|fifth|only)\ (?:[\w'-]+\ ){0,3}?)"
    r"since\ (?:(?:early|late|mid)[ -])?$"
)
_OWN_EVENT: Final = timed(rf"(?i:\b(?:(?:(?P<founding>{_FOUNDING})|{_EARLIER_INSPECTION}){_EVENT_TAIL}|{_COUNTED_SINCE}))")

#: A date expression that only a year to resolve it against leaves unresolved: "in
#: November", "last July", "this year" (not "two weeks on", which wants an anchor).
_NEEDS_A_YEAR: Final = timed(
    r"(?i:\b(?:\L<months>|(?:last|this)\ (?:year|month|spring|summer|autumn|winter))\b)",
    months=sorted(dates.MONTH_NAMES, key=len, reverse=True),
)
#: A deadline before a date, which looks ahead of the present: "good by 2020", "until 2021".
_DEADLINE: Final = timed(r"(?i:\b(?:by|until|till|due\ (?:in|by)|expected\ (?:in|by))\ (?:the\ end\ of\ )?(?:(?:early|late|mid)[ -])?$)")
#: A sentence's opening words before a date that opens it: "In 2019, ...", "Back in May ...".
_FRONTED: Final = timed(r"""\W*(?:[\w'-]+\ ){0,3}(?:\(|(?:early|late|mid)[ -])?""")

#: What joins two dates of one list: "in 2013 and 2015", "in May, June or July".
_DATE_LIST_GAP: Final = timed(r",?\ (?:and|or|&)\ |,\ ")
#: A date's event noun and a relative clause of it: "(a 2013) inspection, in which it was rated".
_EVENT_WHICH_AFTER: Final = timed(r"(?i:\ (?:inspection|visit|report|review)s?,?\ (?:in\ which|at\ which|which|when)\b)")
#: "until": the end of what comes before ("did not start until April 2017 and ..."), never
#: the date of what follows.
_UNTIL: Final = timed(r"(?i:\b(?:until|till)\ (?:(?:early|late|mid)[ -])?$)")
#: What joins a date to a later one of the same event: "in 2011 and again in 2014".
_AGAIN_GAP: Final = timed(r"(?i:,?\ and\ (?:again|then)\ (?:in|on)\ )")

#: What separates a date from a claimant before it: "..., while in 2014 it was 12 per cent".
_CLAUSE_BREAK: Final = timed(r"(?i:;|\b(?:while|whilst|but|whereas|although)\b|,\ (?:and|or)\b)")


def _gap(span: Span, d: dates.DateMention) -> int:
    """Characters between a span and a date expression (0 if they overlap)."""
    return max(span[0] - d.end, d.start - span[1], 0)
