"""When a figure's own words leave it undated: the period that its level, its sentence,
its list or table, its paragraph or its article states for every figure in it.

News writing states a data period once and lets every figure under it share it:

- a change is dated as the level it is the change of ("reached 6,100 in 2019, an 8.5%
  rise on the year before": 8.5 is 2019's; "the year before" is only its base);
- a sentence's opening date dates each figure of the sentence ("At the end of March
  2019 the mean share stood at 9.5%, with councils between 2% and 40%");
- a list's or table's lead-in line dates each item under it ("At 30 September 2019:"),
  and a paragraph's opening date the sentences after it that state no date;
- a statement of where the figures come from dates every undated figure of the
  article ("Our figures come from the workforce census for September 2019"), and a
  year naming the data a sentence cites its figures ("The 2019 workforce census shows").

Each is found from the document's dates once (per sentence, paragraph or document,
memoised), never by rescanning around each figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .. import dates
from .._asides import graded_aside
from .._timed import timed
from ..attribution import SET_AGAINST, dates_another_event, undated_present, undated_reason
from ..context import Context
from ..text import Span, case_folded

__all__ = ["THIS_COMPARES", "figure_when", "list_heading"]

#: A figure that is a change, not a level: "an 8.5% rise", "a rise of 8.5%", "up 8.5%".
_CHANGE_AFTER: Final = timed(r"\ (?i:rise|increase|fall|drop|decrease|decline|reduction|jump|growth|cut)\b")
_CHANGE_BEFORE: Final = timed(
    r"(?i:\b(?:(?:rise|increase|fall|drop|decrease|decline|reduction|jump|growth|cut)\ of|up|down|up\ by|down\ by)\ $)"
)
#: What introduces the base of a change, which is not the level the change is of:
#: "compared with 4,430", "up from an average of 3,390".
_BASE_FIGURE: Final = timed(r"(?i:\b(?:from|compar(?:ed|es|ing)\ (?:with|to)|against|on)\ (?:[\w-]+\ ){0,3}$)")
#: A statement of where the article's figures come from: "Our figures come from the
#: workforce census for September 2019", "The data relate to the year to March 2020".
_SOURCE_WORDS: Final = ("figures", "data", "statistics", "numbers", "rates")
_DATA_SOURCE: Final = timed(
    rf"(?i:\b(?:{'|'.join(_SOURCE_WORDS)})\b(?:,?\ [\w'-]+){{0,4}}?,?\ (?:come|came|comes|are\ taken|were\ taken"
    r"|show|shows|showed|reveal|reveals|revealed"  # "The latest workforce data, for September 2020, shows:"
    r"|are\ drawn|were\ drawn|relate|relates|related|refer|refers|cover|covers|covered|are\ based|were\ based|are\ for|were\ for"
    r"|are\ from|were\ from|are\ sourced|were\ sourced|were\ collected|are\ correct)\b)"
)
#: A year naming the data a sentence cites, or the figure itself: "the 2019 workforce
#: census", "2020's figures", "Kent's 2019 vacancy rate", "the 2018 figure".
_SOURCE_YEAR: Final = timed(r"(?i:\b(?P<year>(?:19|20)\d\d)(?:'s)?\ (?:[\w-]+\ ){0,2}?"
                            r"(?:census|figures?|data|statistics|survey|returns?|rates?|levels?|shares?|proportions?)\b)")
#: Any number, which a statement of the figures' source does not state beside its dates.
_NUMBER: Final = timed(r"\d")
#: A figure in a sentence, which a data-source statement does not hold.
_SHARE: Final = timed(r"(?i:%|\bper\ ?cent\b|\bpercent\b)")
#: A date that is a publication's, not a data period's: "data published in May 2020".
_PUBLISHED: Final = timed(
    r"(?i:\b(?:published|released|issued|updated|out)\ )(?:by\ (?:the\ )?\p{Lu}[\w'&-]*(?:\ \p{Lu}[\w'&-]*|\ for|\ of){0,5}\ )?"
    r"(?i:on\ |in\ |last\ )?$"  # "published by the DfE last week"
)
#: What ends a clause, across which a sentence's opening date does not reach.
_CLAUSE_BREAK: Final = timed(r"(?i:;|\b(?:while|whilst|but|whereas|although)\b|,\ (?:and|or)\b)")
#: What joins the ends of a period or the dates of a list: "2010 and 2014", "2010-2014".
_SPAN_GAP: Final = timed(r"(?i:,?\ (?:and|or|to|until|&)\ |\ ?[-\u2013]\ ?|,\ )")
#: A sentence that speaks of its own present, which no earlier date of its paragraph dates.
_NOW: Final = timed(r"(?i:\b(?:now|currently|today|at\ present|this\ year|latest|since)\b)")
#: A list item or table row: a bullet, a number, or a short line without a full stop.
_ITEM: Final = timed(r"\W*(?:[-*\u2022\u00b7]|\d+[.)]\ )|(?:[^.!?\n]|\.(?=\d)){0,160}$")   # "Bury: 2.5%" too
#: A year alone closing a heading, which no date pattern reads: "Highest agency rates, 2019".
_HEADING_YEAR: Final = timed(r"(?:,\ |\ )\(?(?P<year>(?:19|20)\d\d)\)?:?[\ \t]*$")
#: A sentence comparing the level the one before states with a base: "This compares with".
THIS_COMPARES: Final = timed(r"\W*(?i:this|that|it)\ (?i:compares|compared|represents|represented|marks|marked)\b")
#: A change's base at the same point of an earlier year: "compared to the same point in 2018".
_SAME_POINT_IN: Final = timed(r"(?i:\bthe\ same\ (?:point|time|date|month|period)\ (?:in|of)\ (?P<year>(?:19|20)\d\d)\b)")
#: A time before the one spoken of, right after a figure: "(16.7%) twelve months before",
#: "a year earlier", "two years previously"; and how many years each counts back.
_YEARS_BEFORE_AFTER: Final = timed(
    r",?\ (?P<n>(?i:a|one|two|three|twelve|[123]|12|24))\ (?i:years?|months)\ (?i:earlier|before|previously)(?!\ (?i:that|then|the)\b)")
_YEARS_BACK: Final = {"a": 1, "one": 1, "1": 1, "twelve": 1, "12": 1, "two": 2, "2": 2, "24": 2, "three": 3, "3": 3}
#: How many lines back a list's or table's lead-in is looked for.
_MAX_ITEMS: Final = 60


def figure_when(ctx: Context, start: int, end: int, rivals: Sequence[Span]) -> str | None:
    """The date of the figure at ``[start, end)``: its own (``when_for``, with the other
    figures of its sentence as ``rivals``), else its level's when it is a change, else
    the period its sentence, list or table, paragraph or article states, else the
    undated present (``undated_present``)."""
    def why(value: str | None, reason: str) -> str | None:
        return ctx.note_why(start, end, "when", value, reason)

    s_start, s_end = ctx.prepared.sentence_at(start)
    back = _YEARS_BEFORE_AFTER.match(ctx.text, end, max(s_end, end))
    if back is not None and not _dated(ctx, s_start, start, asides=False):  # "compared with 16.7% a year earlier", in an article of a period
        base = _paragraph_opening(ctx, s_start, max(s_end, end)) or _data_period(ctx)
        if base is not None:
            return why(f"{int(base[:4]) - _YEARS_BACK.get(back.group('n').lower(), 1):04d}",
                       "the period its paragraph or article states, less the time it says the figure is before it")
    own = ctx.when_for(start, end, rivals=rivals, default_published=False, period_end=True)
    if own is not None:
        return own
    shared = _coordinated_date(ctx, start, end, rivals)
    if shared is not None:
        return why(shared, "the date of the figure it is listed or compared with")
    if _CHANGE_AFTER.match(ctx.text, end) or _CHANGE_BEFORE.search(ctx.text, max(s_start, start - 16), start):
        level = _level_date(ctx, s_start, start, end, rivals)
        if level is not None:
            return why(level, "a change: the date of the level it is the change of")
        if THIS_COMPARES.match(ctx.text, s_start):  # "... 5,470 vacancies at 30 September 2015. This compares with 4,320 ..., a rise of 27%"
            earlier = _earlier_date(ctx, s_start)
            if earlier is not None:
                return why(earlier, "a change of the level the sentence before states: its date")
        same = _SAME_POINT_IN.search(ctx.text, end, max(s_end, end))
        if same is not None:  # "an increase of 7.4% compared to the same point in 2018": a year on
            return why(f"{int(same.group('year')) + 1:04d}", "a change on the same point of a year: the year after it")
    opening = _sentence_opening(ctx, s_start, max(s_end, end), rivals, start)
    if opening is not None:
        return why(opening, "the date opening its sentence")
    sources = list(_SOURCE_YEAR.finditer(ctx.text, s_start, start))  # the nearest: "double the 2012 figure of 6.9%"
    source = sources[-1] if sources else None
    if source is not None and not any(source.end() <= r[0] < start for r in rivals):  # "The 2019 workforce census shows Kent's rate was 12%"
        return why(source.group("year"), "the year of the data its sentence cites")
    if not _dated(ctx, s_start, max(s_end, end)) and _THAT_DATE.search(ctx.text, s_start, max(s_end, end)):
        earlier = _earlier_date(ctx, s_start)  # "(vacant) at the same point": the date told just before
        if earlier is not None:
            return why(earlier, "the date told before, which 'the same time' refers back to")
    if not _dated(ctx, s_start, max(s_end, end)):
        lead_in = _lead_in(ctx, start)
        if lead_in is not None:
            return why(lead_in, "the date of its list's or table's lead-in line")
        shared = _paragraph_opening(ctx, s_start, max(s_end, end))
        if shared is not None:
            return why(shared, "the date its paragraph states first")
    period = _data_period(ctx)
    if period is not None:
        return why(period, "the period the article says its figures are for")
    return why(undated_present(ctx), undated_reason(ctx))


#: What lists two figures of one time: "18% and Barnet's 27%", "17% and 13% respectively"
#: (or ``SET_AGAINST`` sets one against the other: "12.4%, compared with 8.1% in Bury").
_AND: Final = timed(r"(?i:\band\b)")
#: What makes them two times: a change, an order in time ("from 22% to 15%", "and is now").
_TWO_TIMES: Final = timed(r"(?i:\b(?:from|to|now|then|rose|fell|risen|fallen|rising|falling|up|down|increased?|decreased?|before|after|since|until|previous|earlier|later|last|next)\b)")


def _coordinated_date(ctx: Context, start: int, end: int, rivals: Sequence[Span]) -> str | None:
    """The own date of a figure of the sentence the one at ``[start, end)`` is listed with
    or set against, no date nor change between them ("Brent's rate stood at 18% and
    Barnet's at 27% at 30 September 2023": both; "12.4% in 2023, compared with 8.1% in
    Bury": both; not "20%, against 12% in 2017": a figure set against one after it may be
    of another time), or ``None``."""
    near = sorted((r for r in rivals if not (r[0] < end and start < r[1])), key=lambda r: min(abs(r[0] - end), abs(start - r[1])))
    for r in near[:2]:
        lo, hi = (end, r[0]) if r[0] >= end else (r[1], start)
        if hi - lo > 70 or any(ch in ctx.text[lo:hi] for ch in ".;:!?\n"):
            continue
        between = ctx.dates_in(lo, hi)
        if between and r[0] >= end:
            continue  # a date before the figure after: that one's, or a second time
        lo = between[-1].end if between else lo  # "12.4% in 2023, compared with": the date is the first's
        set_against = SET_AGAINST.search(ctx.text, lo, hi) is not None
        if not (set_against or _AND.search(ctx.text, lo, hi)) or _TWO_TIMES.search(ctx.text, lo, hi) is not None:
            continue
        if r[0] >= end and set_against:
            continue  # "20% now, against 12% in 2017": set against another time
        others = [x for x in rivals if x != r] + [(start, end)]
        own = ctx.memo(("periods", "own-date", r), lambda r=r, others=others: ctx.when_for(  # type: ignore[misc]
            *r, rivals=others, default_published=False, period_end=True))
        if own is not None:
            return own
    return None


def _level_date(ctx: Context, s_start: int, start: int, end: int, rivals: Sequence[Span]) -> str | None:
    """The date of the level a change at ``[start, end)`` is the change of: the own date of
    the last figure before it in its sentence that is no base ("from 24,890 in 2013 to
    26,810 in 2014, a rise of 7.7 per cent" is 2014's; "compared with 4,430 in 2014" is
    only the base; "from 20.5 in May 2015 to 14 now - a cut of 31.7 per cent" is the
    present's, ``None``)."""
    levels = [r for r in rivals if s_start <= r[0] and r[1] <= start and not _BASE_FIGURE.search(ctx.text, max(s_start, r[0] - 40), r[0])]
    for level in reversed(levels):  # the nearest level that is dated: "26,400 at 31 March 2016 (28,100 by headcount), up 2%"
        others = [r for r in rivals if r != level] + [(start, end)]
        when = ctx.when_for(*level, rivals=others, default_published=False)
        if when is not None:
            return when
    return None


def _dated(ctx: Context, s_start: int, s_end: int, *, asides: bool = True) -> bool:
    """Whether a sentence states any date of its own (then it is no undated member of a
    list or paragraph); without ``asides``, none in a grade's aside counts ("Kent, rated
    inadequate in 2017, ...")."""
    return any(d.value is not None and (asides or graded_aside(ctx, d.start) is None) for d in ctx.dates_in(s_start, s_end))


def _opening_date(ctx: Context, s_start: int, s_end: int, first_figure: int) -> dates.DateMention | None:
    """A sentence's opening date: the first resolved date, before its first figure, that
    dates no event of its own ("the trust, set up in 2014"); a publication's date is passed
    over ("Figures published last week show that in 2019 ...": 2019)."""
    found = ctx.dates_in(s_start, s_end)
    for k, d in enumerate(found):
        if d.start >= first_figure:
            return None
        if d.value is None or d.forward:
            continue
        if _PUBLISHED.search(ctx.text, max(s_start, d.start - 60), d.start):
            continue  # "Figures published last week show that in 2019 ...": the data's date is the next
        if dates_another_event(ctx, d):
            return None
        if graded_aside(ctx, d.start) is not None:
            continue  # "Kent, rated inadequate in 2017, lost 21.5%": the grade's date opens no data
        while k + 1 < len(found) and found[k + 1].value is not None and _SPAN_GAP.fullmatch(ctx.text, d.end, found[k + 1].start):
            k, d = k + 1, found[k + 1]  # "between 2010 and 2014": a period ends at its last date
        return d
    return None


def _sentence_opening(ctx: Context, s_start: int, s_end: int, rivals: Sequence[Span], start: int) -> str | None:
    """The opening date of the figure's sentence, when no clause break parts them."""
    first = min([start, *(r[0] for r in rivals if s_start <= r[0] < s_end)])
    d = ctx.memo(("percentages", "opening", s_start, first), lambda: _opening_date(ctx, s_start, s_end, first))
    if d is None or d.end > start or _CLAUSE_BREAK.search(ctx.text, d.end, start):
        return None
    return d.value


def _paragraph_opening(ctx: Context, s_start: int, s_end: int) -> str | None:
    """The opening date of the first sentence of the figure's paragraph, for a later
    sentence of it that states no date and speaks of no present of its own."""
    p_start, _ = ctx.prepared.paragraph_at(s_start)
    if p_start == s_start or _NOW.search(ctx.text, s_start, s_end):
        return None
    first_start, first_end = ctx.prepared.sentence_at(p_start)

    def opening() -> str | None:
        share = _SHARE.search(ctx.text, first_start, first_end)
        d = _opening_date(ctx, first_start, first_end, share.start() if share else first_end)
        return None if d is None else d.value

    found = ctx.memo(("percentages", "paragraph-opening", first_start), opening)
    if found is None and _PAST.search(ctx.text, s_start, s_end) and not _PRESENT.search(ctx.text, s_start, s_end):
        found = ctx.memo(("percentages", "paragraph-lead", first_start), lambda: _lead_figure_date(ctx, first_start, first_end))
    return found


#: A verb of the past ("was", "filled"), whose sentence may share an earlier figure's date.
_PAST: Final = timed(r"(?i:\b(?:was|were|had|\w{2,}ed)\b)")
#: A verb of the present, whose sentence no earlier figure's date dates.
_PRESENT: Final = timed(r"(?i:\b(?:is|are|has|have|remains|stands)\b)")
#: A date right after a share, which is that share's own: "rose to 20% in September 2022".
_DATE_AFTER_SHARE: Final = timed(r"\ (?:in|at|as\ at|by)\ (?:the\ (?:financial\ )?(?:year|twelve\ months|12\ months)\ (?:to|ending)\ )?")  # "in the year to 30 September 2021"


def _lead_figure_date(ctx: Context, first_start: int, first_end: int) -> str | None:
    """The date a paragraph's first share states right after it ("The vacancy rate rose to
    20% in September 2022, ..."), which a later sentence of the paragraph told in the
    past that states no date of its own shares ("Agency workers filled 17.6% of posts"),
    not one told in the present ("Agency workers fill 17.6% of posts")."""
    share = _SHARE.search(ctx.text, first_start, first_end)
    if share is None:
        return None
    for d in ctx.dates_in(share.end(), first_end):
        if d.value is None or d.relative or d.forward:
            return None
        if _DATE_AFTER_SHARE.fullmatch(ctx.text, share.end(), d.start):
            return d.value
        return None
    return None


def _lead_in(ctx: Context, i: int) -> str | None:
    """The date of the lead-in line of the list or table the line at ``i`` is an item
    of: the first line above a run of items (at most ``_MAX_ITEMS``) that ends in a
    colon or is itself short, and states a date."""
    index = ctx.prepared.paragraph_index(i)
    return ctx.memo(("percentages", "lead-in", index), lambda: _lead_in_at(ctx, index))


def _lead_in_at(ctx: Context, index: int) -> str | None:
    paragraphs = ctx.prepared.paragraphs
    if index < 0 or not _is_item(ctx, *paragraphs[index]):
        return None
    in_table = ctx.prepared.cell_line(paragraphs[index][0]) is not None
    for k in range(index - 1, max(-1, index - 1 - _MAX_ITEMS), -1):
        p_start, p_end = paragraphs[k]
        found = [d.value for d in ctx.dates_in(p_start, p_end) if d.value is not None and not d.relative]
        bare = None if found else _HEADING_YEAR.search(ctx.text, p_start, p_end)
        if bare is not None and _is_heading(ctx, p_start, p_end) and not _NUMBER.search(ctx.text, p_start, bare.start()):
            return bare.group("year")  # "The highest vacancy rates, 2015" above its councils' lines
        if found:  # a lead-in ("At 30 September 2019:", a table's caption), else an item dated itself
            lead = (ctx.text[p_start:p_end].rstrip().endswith(":") or (in_table and p_end - p_start < _HEADING_LENGTH)
                    or _DATA_FOR.search(ctx.text, p_start, p_end) is not None)  # "The table below shows figures for 2019."
            heading = _is_heading(ctx, p_start, p_end) and not _figure_outside_dates(ctx, p_start, p_end)
            if not _SHARE.search(ctx.text, p_start, p_end) and (lead or heading):
                return found[-1]  # "Vacancy rates in September 2023" above its councils' lines
            return None
        if not _is_item(ctx, p_start, p_end):
            return None
    return None


#: A line saying what period the data under it are for: "shows figures for 2019".
_DATA_FOR: Final = timed(rf"(?i:\b(?:{'|'.join(_SOURCE_WORDS)})\ (?:are\ )?(?:for|from|as\ at|at)\ (?:the\ year\ to\ )?(?:\w+\ )?(?:19|20)\d\d\b)")
#: How long a list's heading line may be.
_HEADING_LENGTH: Final = 120


def _is_heading(ctx: Context, p_start: int, p_end: int) -> bool:
    """Whether a line is a heading: a colon's lead-in, or short with no full stop."""
    line = ctx.text[p_start:p_end].rstrip()
    return line.endswith(":") or (len(line) < _HEADING_LENGTH and not line.endswith((".", "!", "?")))


def list_heading(ctx: Context, i: int) -> Span | None:
    """The heading line of the list whose line holds offset ``i``: the first line above a
    run of lines holding shares that holds none itself and is a heading ("Vacancy rates
    in September 2023" above "Kent: 8.7%"); ``None`` off a list."""
    index = ctx.prepared.paragraph_index(i)

    def find() -> Span | None:
        paragraphs = ctx.prepared.paragraphs
        if index < 0 or not _is_item(ctx, *paragraphs[index]):
            return None
        for k in range(index - 1, max(-1, index - 1 - _MAX_ITEMS), -1):
            p_start, p_end = paragraphs[k]
            if not _SHARE.search(ctx.text, p_start, p_end):
                return (p_start, p_end) if _is_heading(ctx, p_start, p_end) else None
            if not _is_item(ctx, p_start, p_end):
                return None
        return None

    return ctx.memo(("percentages", "list-heading", index), find)


def _figure_outside_dates(ctx: Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a number outside its dates: an item dated itself
    ("Average caseload: 19.5 (down from 26 in March 2018)"), no heading of those after it."""
    found = ctx.dates_in(start, end)
    return any(not any(d.start <= n.start() < d.end for d in found) for n in _NUMBER.finditer(ctx.text, start, end))


def _is_item(ctx: Context, p_start: int, p_end: int) -> bool:
    return _ITEM.match(ctx.text, p_start, p_end) is not None or ctx.prepared.cell_line(p_start) is not None


#: What opens the date a statistic is taken at: "As of 30 September 2015, there were ...",
#: "... social workers at 30 September 2018", "the vacancy rate at 16.4% on 30 September
#: 2018" (a day's date, right after the figure).
_AS_AT: Final = timed(
    r"(?i:\b(?:(?P<as>as\ )?(?:at|of|on)|(?<=(?:\d\ ?%|\ per\ ?cent|\ percent)\ )(?P<as>in\ the\ (?:financial\ )?year\ (?:to|ending)))\ $)"
)  # "(rose to 18.6%) in the year to 30 September 2021": a share's period (not a count's)
#: A share that is the base of a comparison, right before its period: "(compared with) 21.9%".
_BASE_SHARE: Final = timed(r"(?i:\b(?:from|compared\ (?:with|to)|against|than|versus|vs)\ (?:[\w-]+\ ){0,3}[\d.]+\ ?(?:%|per\ ?cent|percent)\ $)")
#: A figure right before "on <date>": the day the figure is taken ("16.4% on 30 September
#: 2018"), not an event's ("published on", "the visit on").
_FIGURE_ON: Final = timed(r"\d(?:\ ?%|\ per\ ?cent)?\ on\ $")
#: Data cited as a source: "according to statistics released today", "according to the
#: Department for Education" (the body that publishes them).
_ACCORDING_TO: Final = timed(rf"(?i:\baccording\ to\ (?:[\w'-]+\ ){{0,4}}?(?:{'|'.join(_SOURCE_WORDS)}|census|(?-i:DfE)"
                             r"|Department\ for\ Education|Office\ for\ National\ Statistics)\b)")


def _data_period(ctx: Context) -> str | None:
    """The period a statement of where the article's figures come from names: the first
    such sentence with no share or count of its own and a resolved date that is no
    publication's; else, when the article cites data ("figures show") but dates it only
    beside its counts or shares, the first date the data is taken at ("as of 30 September
    2015", "at 30 September 2018")."""

    def find() -> str | None:
        cites = False
        for s_start, s_end in _sentences_holding(ctx, (*_SOURCE_WORDS, "according to")):
            if not _DATA_SOURCE.search(ctx.text, s_start, s_end):
                cites = cites or _ACCORDING_TO.search(ctx.text, s_start, s_end) is not None
                continue
            cites = True
            if _SHARE.search(ctx.text, s_start, s_end):
                continue
            found = ctx.dates_in(s_start, s_end)
            if _figure_outside_dates(ctx, s_start, s_end):
                continue  # a sentence of counts ("there were 5,470 vacancies at 30 September") states no source
            dated = _period_date(ctx, found, s_start)
            if dated is None and _THAT_DATE.search(ctx.text, s_start, s_end) and s_start > 0:
                before = ctx.prepared.sentence_at(s_start - 1)  # "... at 30 September 2023. The figures are for that date"
                dated = _period_date(ctx, ctx.dates_in(*before)[::-1], before[0])
            if dated is not None:
                return dated
        if cites:
            for d in ctx.date_mentions:
                at = _AS_AT.search(ctx.text, max(0, d.start - 30), d.start) if d.value is not None and not d.relative else None
                if at is not None and _BASE_SHARE.search(ctx.text, max(0, at.start() - 40), at.start()):
                    continue  # "compared with 21.9% in the year to March 2014": a base, no period of the article's
                if at is not None and at.group().lower() != "as on " and (at.group("as") or (
                        len(d.value or "") == 10 and (at.group().lower() == "at " or at.group().lower() == "on "
                                                      and _FIGURE_ON.search(ctx.text, max(0, d.start - 14), d.start)))):
                    return d.value  # "as of 30 September 2015", "(there were 30,670) at 30 September 2018", "(16.4%) on 30 September 2018"
        return None

    return ctx.memo(("percentages", "data-period"), find)


#: A date referred back to: "(the figures are for) that date", "the same period".
_THAT_DATE: Final = timed(r"(?i:\b(?:that|this|the\ same)\ (?:date|day|point|period|time)\b)")


#: A date told from another date, not a period of its own: "a year earlier", "two years before".
_ANCHORED: Final = timed(r"(?i:\b(?:earlier|before|later|after)$)")
#: How many sentences back a date referred to ("at the same point") is looked for.
_BACK_SENTENCES: Final = 3


def _earlier_date(ctx: Context, s_start: int) -> str | None:
    """The last date of the sentences just before the one at ``s_start`` that may date a
    figure: "... 41% last September. A third were vacant at the same point" (2016-09)."""
    at = s_start
    for _ in range(_BACK_SENTENCES):
        if at <= 0:
            return None
        b_start, b_end = ctx.prepared.sentence_at(at - 1)
        if b_start >= at:
            return None
        found = _period_date(ctx, [d for d in ctx.dates_in(b_start, b_end)
                                   if not d.forward and not _ANCHORED.search(ctx.text, d.start, d.end)][::-1], b_start, relative=True)
        if found is not None:
            return found
        at = b_start
    return None


def _period_date(ctx: Context, found: Sequence[dates.DateMention], s_start: int, *, relative: bool = False) -> str | None:
    """The first of ``found`` that may be a data period: resolved, absolute (or, when
    ``relative``, relative too: "last September"), no publication's date nor another event's."""
    for d in found:
        if d.value is None or d.relative and not relative or d.forward:
            continue
        if _PUBLISHED.search(ctx.text, max(s_start, d.start - 20), d.start) or dates_another_event(ctx, d) or graded_aside(ctx, d.start):
            continue
        return d.value
    return None


def _sentences_holding(ctx: Context, words: Sequence[str]) -> list[Span]:
    """The sentences, in order, that hold one of ``words`` (lower-case ASCII) whole, as
    a case-blind pattern reads them (``case_folded``): found with ``str.find`` over the
    text, not by a search of every sentence."""
    folded = ctx.memo(("text", "case-folded"), lambda: case_folded(ctx.text))
    found: set[Span] = set()
    for word in words:
        i = folded.find(word)
        while i != -1:
            s_start, s_end = ctx.prepared.sentence_at(i)
            if s_start <= i and i + len(word) <= s_end:
                found.add((s_start, s_end))
            i = folded.find(word, i + 1)
    return sorted(found)
