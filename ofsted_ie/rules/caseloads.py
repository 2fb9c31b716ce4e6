"""Caseloads: cases per social worker, with the statistic and qualifier.

"averaging 20 cases", "average caseload of 22", "the reported average of 22" (in a
sentence about caseloads), "caseloads of up to 30", "as many as 35 cases",
"caseloads have fallen from 25 to 18", "caseloads range from 12 to 18", "15 cases on
average", workers "holding 30-35 cases each" or "responsible for over 40 children", a
change told of a word referring back ("these went from 22 in 2017 to 16"), an earlier
level beside a caseload ("down from 19.2"). Counts of cases ("15 cases where no social
worker had been allocated") are not caseloads.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs
import regex

from .._timed import timed
from .._vocab import QUALIFIER_PHRASES
from ..context import Context
from ..records import Caseload, Statistic
from ..rule import Rule
from ._caseload_bounds import OTHER_UNIT, series_of_caseloads, worker_bound
from ._caseload_owner import caseload_authority, is_national
from ._caseload_pairs import PAIRED, build_paired
from ._caseload_patterns import (
    ABOVE,
    ADULTS,
    AS_MANY_AS,
    AVERAGE,
    CASELOAD_CONTEXT,
    CASELOAD_OF,
    CASES_HELD,
    CHANGE,
    COUNCIL_FIGURE,
    EACH,
    EARLIER,
    EXTREME,
    FIGURE_TRIGGERS,
    HELD,
    HOLDER,
    MAXIMA,
    MAXIMUM_BEFORE,
    MINIMA,
    MINIMUM_BEFORE,
    MOST_CASES,
    NO_ONE,
    NOT_CASELOAD,
    ON_AVERAGE,
    RANGE,
    REFERS_BACK,
    SOME,
    TABLE_ROW,
    WEAK_VERB,
    WENT_FROM,
    WORKERS_AVERAGE,
)
from ._caseload_refers import caseload_antecedent
from ._caseload_scope import sentences_about_caseloads
from ._caseload_statistic import per_worker_rate
from ._caseload_tables import build_council_figure, build_table_row, lines_naming_places, listed_statistic
from ._common import NATION_OR_REGION, clause_start, figure_authority, number_value, of_adults, region_before
from ._fragments import LISTS
from .caseload_mentions import RULES as MENTIONED_RULES

RULE_AVERAGE: Final = "caseloads.average"
RULE_CASELOAD_OF: Final = "caseloads.caseload_of"
RULE_AS_MANY_AS: Final = "caseloads.as_many_as"
RULE_CHANGE: Final = "caseloads.change"
RULE_TABLE_ROW: Final = "caseloads.table_row"
RULE_EXTREME: Final = "caseloads.extreme"
RULE_RANGE: Final = "caseloads.range"
RULE_HELD: Final = "caseloads.held"
RULE_EARLIER: Final = "caseloads.earlier"
RULE_WENT_FROM: Final = "caseloads.went_from"
RULE_COUNCIL_FIGURE: Final = "caseloads.council_figure"
RULE_REFERS_BACK: Final = "caseloads.refers_back"
RULE_PAIRED: Final = "caseloads.paired"

#: How often the text around a bare "average of 16" must name caseloads for it to be one.
_TOPIC_MENTIONS: Final = 3
_TOPIC_WINDOW: Final = 3000


def _record(m: regex.Match[str], ctx: Context, value: str, statistic: Statistic | None) -> Caseload | None:
    qualifier = m.groupdict().get("qualifier")
    figure = number_value(value)
    if (figure is None or ADULTS.search(m.group()) is not None or _ADULTS_AFTER.match(ctx.text, m.end()) is not None
            or of_adults(ctx, m.start(), m.end())):
        return None  # adults' caseloads are no children's: "16 per worker in adult services", "Adult social workers carry caseloads of 30"
    national = is_national(ctx, m)
    statistic = statistic or listed_statistic(ctx, m.start())  # "Average caseload by council" over "Bury: 10.6 cases per social worker"
    if statistic is None and (national or per_worker_rate(ctx, m)):
        statistic = "average"  # "the national figure was 16.3 cases per practitioner", "20 per social worker": a mean
    authority = caseload_authority(ctx, m, value, national)
    return Caseload(
        authority=authority,
        value=figure,
        statistic=statistic,
        qualifier=QUALIFIER_PHRASES.get(qualifier.lower()) if qualifier else None,
        when=ctx.when_for(m.start(), m.end(), rivals=_other_figures(ctx, m), period_end=True),
        start=m.start(),
        end=m.end(),
    )


_FIGURE: Final = timed(r"(?<![\w.])\d{1,3}(?:\.\d+)?(?![\w.]|\.\d)")
#: An adults' service just after a caseload, before any other figure: "16 per worker in
#: adult services" (not "38 in children's services and 101 in adults'").
_ADULTS_AFTER: Final = timed(r"[^,.;:!?\n\d]{0,40}?(?i:\badults?\b|\badults')")


def _other_figures(ctx: Context, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The figures of the sentence after the match, which a date after them is of ("was
    15.3, down from 16.8 in 2018": 2018 is 16.8's), found once per sentence."""
    s_start, s_end = ctx.prepared.sentence_at(m.start())
    spans: list[tuple[int, int]] = ctx.memo(("caseloads.figures", s_start, s_end),
                                             lambda: [f.span() for f in _FIGURE.finditer(ctx.text, s_start, s_end)])
    return [sp for sp in spans if sp[0] >= m.end()]


def _in_caseload_sentence(m: regex.Match[str], ctx: Context) -> bool:
    """Whether the sentence, or the one before it in the paragraph, is about caseloads,
    or the text around it is ("last year's reported average of 16")."""
    if OTHER_UNIT.match(ctx.text, m.end()) is not None:
        return False  # "the average in Kent is 40 years"
    start, end = ctx.prepared.sentence_with_previous(m.start())
    if CASELOAD_CONTEXT.search(ctx.text, start, max(end, m.end())) is not None or "cases" in m.group():
        return True
    if _HELD_BY_WORKER.search(m.group()) and _WORKER.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return True  # "each social worker had an average of 16 children"
    if CASES_HELD.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return True  # "Social workers in Kent had the most cases, with an average of 19"
    if m.end("value") == m.end() and _HOLDS_AN.search(ctx.text, max(0, m.start() - 24), m.start()) \
            and _WORKER.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return True  # a bare figure: "Each worker in Kent carries an average of 17"
    around = CASELOAD_CONTEXT.finditer(ctx.text, max(0, m.start() - _TOPIC_WINDOW), m.end() + _TOPIC_WINDOW)
    return sum(1 for _ in itertools.islice(around, _TOPIC_MENTIONS)) >= _TOPIC_MENTIONS


#: A verb of holding cases right before "an average": "carries an average of 17".
_HOLDS_AN: Final = timed(r"(?i:\b(?:carr(?:y|ies|ied|ying)|holds?|held|holding|manag(?:e|es|ed|ing)|handl(?:e|es|ed|ing))\ an\ $)")
_WORKER: Final = timed(r"(?i:\b(?:workers?|practitioners?|staff|team\ members|caseloads?)\b)")
_HELD_BY_WORKER: Final = timed(r"(?i:\b(?:children|families|kids|young\ people)(?:\ each)?(?:\ on\ average)?$)")
#: An average's word in or just before a caseload: "an average of 15", "the mean caseload".
_MEAN: Final = timed(r"(?i:averag|\bmean\b|\bmedian\b)")


def _build_average(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    if not _in_caseload_sentence(m, ctx):
        return []
    if m.group("on_average") and not _WORKER.search(ctx.text, ctx.prepared.sentence_at(m.start())[0], m.start()):
        return []  # "Inspectors sampled 40 cases on average": no worker holds them
    return _with_low(m, ctx, _record(m, ctx, m.group("value"), "average"))


def _with_low(m: regex.Match[str], ctx: Context, high: Caseload | None) -> list[Caseload]:
    """``high``, and the low end of its range ("between 20 and 30", "30-35") as a
    record of its own with the same statistic, qualifier and place."""
    low = m.groupdict().get("low")
    value = number_value(low) if low else None
    if high is None:
        return []
    if value is None or value >= high.value:
        return [high]
    a, b = m.span("low")
    return [attrs.evolve(high, value=value, when=ctx.when_for(a, b), start=a, end=b), high]


def _build_caseload_of(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """"caseloads of up to 30" is a maximum, and so "some had caseloads of more than 45";
    "caseloads of 20 to 25" is both ends of a range."""
    if OTHER_UNIT.match(ctx.text, m.end()) is not None:
        return []  # "caseloads are high, and 40 staff have left"
    qualifier = (m.group("qualifier") or "").lower()
    # the words up to the figure, its own too: "Caseloads in Kent are high, with some social workers holding over 27"
    before = ctx.text[ctx.prepared.sentence_at(m.start())[0]:m.start("value")]
    some = qualifier in ABOVE and bool(SOME.search(before) or NO_ONE.search(before) or SOME.search(ctx.text, m.end(), m.end() + 40)) and "averag" not in before.lower()
    statistic: Statistic | None = "maximum" if qualifier in MAXIMA or some else "minimum" if qualifier in MINIMA else None
    if MAXIMUM_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        statistic = "maximum"  # "a maximum caseload of 18"
    elif MINIMUM_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        statistic = "minimum"
    if _MEAN.search(m.group()) or _MEAN.search(ctx.text, max(0, m.start() - 14), m.start()) or ON_AVERAGE.match(ctx.text, m.end()):
        statistic = "average"  # "dropped to an average of 15", "the mean caseload was 19", "an average of 12 kids per social worker"
    return _with_low(m, ctx, _record(m, ctx, m.group("value"), statistic))


def _build_as_many_as(m: regex.Match[str], ctx: Context) -> Caseload | None:
    if not _in_caseload_sentence(m, ctx):
        return None
    return _record(m, ctx, m.group("value"), "maximum")


def _build_change(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """Both levels of a change of caseloads ("have fallen from 25 to 18"), and the low end
    of a range it starts from ("from 30-35 to 20")."""
    statistic: Statistic | None = "average" if m.group("average") or "average" in (m.group("old_lead") or "").lower() else None
    new = _record(m, ctx, m.group("value"), statistic)
    if new is None:
        return []
    olds = [number_value(m.group(g) or "") for g in ("old_low", "old") if m.groupdict().get(g)]
    ctx.note_why(m.start(), m.end(), "when", None, "an earlier level of a change: the text dates only the change")
    earlier = new.statistic if len(olds) == 1 else statistic  # one earlier level of a mean is a mean, a range's ends none
    return [*(Caseload(authority=new.authority, value=v, statistic=earlier, when=None, start=m.start(), end=m.end())
              for v in olds if v is not None), *_with_low(m, ctx, new)]  # "... to between 15 and 18": both ends


def _build_range(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """A range of one place's caseloads (its minimum and maximum), or figures each of its
    own place ("(average) caseloads range from 14 in X to 25 in Y": each X's, Y's average)."""
    if ADULTS.search(m.group()) is not None:
        return []  # "adult social care caseloads ranged from ..."
    if m.group("low_place"):
        # a whole council's or region's figure is its average, said or not; one team's, none
        area = ctx.mentions_in(*m.span("low_place")) or NATION_OR_REGION.search(m.group("low_place"))
        statistic: Statistic | None = "average" if m.group("average") or area else None
        out: list[Caseload] = []
        for group in ("low", "value"):
            value = number_value(m.group(group))
            if value is not None:
                a, b = m.span(group)
                # "9 in Bury and Bolton": each council its place names is the figure's
                span = m.span("low_place") if group == "low" else (b, b + 45)
                named: list[str | None] = [x.name for x in ctx.mentions_in(*span) if group == "low" or x.start - b <= 5]
                named = named if group == "low" else named[:1]
                for name in named:
                    ctx.note_why(a, b, "authority", name, "the council named right after its end of the range")
                # ... and "to 27.1 (Bury)", "to 27.1 in Bury": the high end's place is the next council named
                out.extend(Caseload(authority=name, value=value, statistic=statistic, when=ctx.when_for(a, b),
                                    start=a, end=b)
                           for name in dict.fromkeys(named or [figure_authority(ctx, a, b)]))
        return out
    high = _record(m, ctx, m.group("value"), "maximum")
    low = number_value(m.group("low"))
    if high is None or low is None:
        return []
    return [Caseload(authority=high.authority, value=low, statistic="minimum", when=high.when, start=m.start(),
                     end=m.end()), high]


def _held_statistic(ctx: Context, m: regex.Match[str], qualifier: str, sentence_start: int, each: bool) -> Statistic | None:
    """"up to 45" is a maximum; "more than 30" too unless said of each worker or an
    average; "averaging"/"an average of" before the verb makes the figure an average."""
    before = ctx.text[sentence_start:m.start()]
    # "one team's average was 38 whereas others held 11 to 19": the average is another
    # figure's; only words after the last figure and clause break count
    own = regex.split(r"\d", ctx.text[clause_start(ctx, m.start()):m.start()])[-1]
    if "averag" in own.lower() or m.group("on_average"):
        return "average"
    if qualifier in MAXIMA or (qualifier in ABOVE and (not each or SOME.search(before) is not None)):
        return "maximum"
    return None


#: A person as the holder: "'I was holding 30 cases,' said a social worker", "She had 32".
_PRONOUN: Final = timed(r"(?:\b(?:I|I'm|I've)\b|(?i:\b(?:we|she|he)\b))")
#: Workers right before "with" their cases: "social workers in Kent with 40 cases", "social
#: workers struggling with 40 cases".
_WITH_HOLDER: Final = timed(r"(?i:\b(?:workers?|practitioners?|staff|caseworkers?)(?:\ (?:in|at)\ [\w'&,\ -]{1,60}?|,\ each)?"
                           r"(?:\ (?:(?:are|were|is|was)\ )?(?:struggling|coping|grappling|battling|left|dealing))?\ $)")  # "social workers struggling with 40 cases"
#: Who holds a figure whose noun is left out, just before the verb: "A few had 50-55."
_BARE_HOLDER: Final = timed(
    r"(?i:\b(?:(?:some|a\ few|a\ handful|others|many|several|one|most)(?:\ (?:of\ them|social\ workers?|workers?|practitioners?|staff))?"
    r"|(?:social\ )?workers?|practitioners?|staff|they|she|he|I|we)\ (?:(?:were|was|are|is|had\ been|have\ been)\ )?$)"
)


def _worker_speaking(ctx: Context, m: regex.Match[str], before: str) -> bool:
    """Whether the holder is a person ("I", "we", "she") in a sentence, or after one or
    a paragraph after one, that names a worker: a social worker's own words, or words
    about one ("Social workers in Kent say ... \u00b6 One told us: 'I was holding 30 cases'")."""
    if _PRONOUN.search(before) is None:
        return False
    start, end = ctx.prepared.sentence_with_previous(m.start())
    p_start, _ = ctx.prepared.paragraph_at(m.start())
    start = min(start, ctx.prepared.paragraph_at(max(0, p_start - 1))[0])
    return _WORKER.search(ctx.text, start, max(end, m.end())) is not None


def _build_held(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """Cases a worker holds, with the low end of a range and an elided figure after it."""
    sentence_start, _ = ctx.prepared.sentence_at(m.start())
    before = ctx.text[sentence_start:m.start()]
    each = m.group("per_time") is not None or EACH.search(before) is not None
    noun_cases = "case" in m.group().lower()
    if (HOLDER.search(before) is None and not _worker_speaking(ctx, m, before)) or ADULTS.search(before) is not None:
        return []  # "Kent had 300 cases": nobody holds them; adults' caseloads are no children's
    if m.group("bare") is not None and (_BARE_HOLDER.search(before) is None or not CASELOAD_CONTEXT.search(
            ctx.text, *ctx.prepared.sentence_with_previous(m.start()))):
        return []  # "A few had 50-55." only of workers, after talk of caseloads; not "Some teams had 40."
    if m.group().lower().startswith("with") and _WITH_HOLDER.search(before) is None:
        return []  # "with 40 cases" only right after its workers: "social workers in Kent with 40 cases"
    if not noun_cases and not each and WEAK_VERB.match(m.group()) and not worker_bound(m, before) \
            and not CASELOAD_CONTEXT.search(ctx.text, *ctx.prepared.sentence_with_previous(m.start())):
        return []  # "staff had 40 children in care": no caseload unless "each" or the sentence says so
    qualifier = (m.group("qualifier") or "").lower()
    high = _record(m, ctx, m.group("value"), _held_statistic(ctx, m, qualifier, sentence_start, each))
    if high is None or high.value > MOST_CASES:
        return []
    out = _with_low(m, ctx, attrs.evolve(high, start=m.start("figure"), end=m.end("figure")))
    if m.group("tail"):
        tail_qualifier = (m.group("tail_qualifier") or "").lower()
        statistic: Statistic | None = "maximum" if tail_qualifier in MAXIMA | ABOVE else None
        for group in ("tail_low", "tail"):
            value = number_value(m.group(group)) if m.group(group) else None
            if value is None or value > MOST_CASES:
                continue
            a, b = m.span(group)
            out.append(Caseload(authority=high.authority, value=value, statistic=statistic,
                                qualifier=QUALIFIER_PHRASES.get(tail_qualifier) if group == "tail" else None,
                                when=ctx.when_for(a, b), start=a, end=b))
    return out


def _other_measure(ctx: Context, start: int, at: int, end: int | None = None) -> bool:
    """Whether words of another measure (a rate, vacancies, a count of workers) stand
    before a figure at ``at`` after the last caseload word in ``[start, end)``: "the
    turnover rate was 18%, while caseloads stood at 22, down from 26" is a caseload's."""
    last = start
    for x in CASELOAD_CONTEXT.finditer(ctx.text, start, at if end is None else end):
        last = x.start()
    return last < at and NOT_CASELOAD.search(ctx.text, last, at) is not None


def _build_earlier(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """The earlier levels after a caseload in its sentence ("down from 19.2 a year before",
    "up from 14.1 in 2016 and 13.5 in 2015"), each with its own date; another place's
    ("compared with 16.9 across England"); one whose noun and verb are left out ("with a
    few up to 40" is a maximum)."""
    sentence_start, _ = ctx.prepared.sentence_at(m.start())
    if m.group("series") is not None and not series_of_caseloads(ctx, m, ctx.text[max(sentence_start, m.start() - 200):m.start()]):
        return []  # "caseloads were discussed, and 12, 13 and 14 staff left"
    if m.group("place") is not None:  # "In Bolton, the figure was 25.3, and in Wigan 24.9", after talk of caseloads
        sentence_start, _ = ctx.prepared.sentence_with_previous(m.start())
    before = ctx.text[sentence_start:m.start()]
    if m.group("also_caseloads"):  # "has cut its agency rate to 12% and caseloads to 16": the caseloads its own words name
        average = "averag" in m.group("also_caseloads").lower()
        record = _record(m, ctx, m.group("value"), "average" if average else None)
        return [] if record is None or record.value > MOST_CASES else [attrs.evolve(record, start=m.start("also_caseloads"))]
    if (CASELOAD_CONTEXT.search(before) is None and WORKERS_AVERAGE.search(before) is None
            and ((CASES_HELD.search(before) or _HELD_FIGURE.search(before)) is None or _EACH_WORKER.search(before) is None)) \
            or _other_measure(ctx, sentence_start, m.start()):
        return []  # "Each social worker now has around 15 cases, compared to 22 before", "workers have an
        # average of 17 children, down from 25": workers' own cases too
    changed = m.group("elided") is not None and _CHANGED.match(m.group("elided")) is not None
    if OTHER_UNIT.match(ctx.text, m.end("value")) is not None or not (changed or regex.search(r"\d", before)):
        return []  # "from 40 days"; "caseloads fell, from 20": no later level before it ("have improved, falling to 18" is one)
    statistic: Statistic | None = "average" if "averag" in before.lower() else None
    qualifier = (m.group("qualifier") or "").lower()
    if m.group("elided") and _CHANGED.match(m.group("elided")) is None:  # "with a few up to 40"
        statistic = "maximum" if qualifier in MAXIMA | ABOVE else None
    elif qualifier in MAXIMA:  # "..., down from as many as 30": the earlier highest
        statistic = "maximum"
    record = _record(m, ctx, m.group("value"), statistic)
    if record is None or record.value > MOST_CASES:
        return []
    if m.group("place") is not None and "respectively" not in ctx.text[m.end() : ctx.prepared.sentence_at(m.start())[1]].lower():  # "and in Wigan 24.9"
        named: list[str | None] = [x.name for x in ctx.mentions_in(*m.span("place")) if x.end == m.end("place")]
        if not named and NATION_OR_REGION.fullmatch(m.group("place")):
            named = [None]  # "..., and in the South West 17.9": a region's
        if not named:
            return []
        ctx.note_why(m.start("value"), record.end or m.end(), "authority", named[-1],
                     "the place named with it, after a caseload" if named[-1] else "a region named with it, after a caseload")
        return [attrs.evolve(record, authority=named[-1], start=m.start("value"))]
    if m.group("low"):  # "and a few had 50-55": both ends, of no statistic
        return _with_low(m, ctx, attrs.evolve(record, statistic=None, start=m.start("value"), end=m.end("value")))
    spans = [m.span("value")] + ([m.span("also")] if m.group("also") else [])
    out = []
    for a, b in spans:
        value = number_value(ctx.text[a:b])
        if value is not None and value <= MOST_CASES:
            rivals = [s for s in spans if s != (a, b)]
            out.append(attrs.evolve(record, value=value, when=ctx.when_for(a, b, rivals=rivals),
                                    start=m.start() if (a, b) == spans[0] else a, end=b))
    return out


#: An elided caseload told as a change, whose statistic is the first one's: "but have since dropped to 18".
#: A figure of what a worker holds: "16 families", "around 14 cases".
_HELD_FIGURE: Final = timed(r"(?i:\d\ (?:cases|children|families|kids|young\ people)\b)")
#: One worker as each's own holder: "each social worker", "every practitioner", "the typical social worker".
_EACH_WORKER: Final = timed(r"(?i:\b(?:each|every|the\ typical|the\ average|an\ average)\ (?:[\w-]+\ )?(?:worker|practitioner)\b)")
_CHANGED: Final = timed(r"(?i:ha[sdv]e?\b|falling|rising|dropping|climbing|increasing|decreasing|(?:are|is)\ (?:now|currently)\b)")


def _build_went_from(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """A change from one level to another ("these went from 22.4 in 2017 to 15.8 in 2020"),
    or a level told of a word referring back ("but in Kent it was 22"), in a sentence
    about caseloads or after one: each level with its own date."""
    start, end = ctx.prepared.sentence_with_previous(m.start())
    own_start, _ = ctx.prepared.sentence_at(m.start())
    if (CASES_HELD.search(ctx.text, start, m.end()) is None and CASELOAD_CONTEXT.search(ctx.text, start, m.end()) is None) \
            or _other_measure(ctx, own_start, m.start(), m.end()):
        return []  # "The number of children each social worker holds has fallen from 25 to 17" names them too
    before = ctx.text[start:m.start()].lower()
    statistic: Statistic | None = "average" if "averag" in before else None
    new = _record(m, ctx, m.group("value"), statistic)
    if m.group("referent") and new is not None and OTHER_UNIT.match(ctx.text, m.end()) is None:
        if region_before(ctx, max(own_start, m.start() - 40), m.start()):
            new = attrs.evolve(new, authority=ctx.note_why(m.start(), m.end(), "authority", None,
                                                           "a region named right before it"))  # "while in the North West it was 17.1"
        elif m.group("referent") == "'s":  # "Kent's was 22": only of a council just named
            named = [x.name for x in ctx.mentions_in(max(own_start, m.start() - 80), m.start()) if x.end == m.start()]
            new = attrs.evolve(new, authority=ctx.note_why(m.start(), m.end(), "authority", named[-1],
                                                           "the council just named, whose it is")) if named else None
        return [new] if new is not None and new.value <= MOST_CASES else []  # "but in Kent it was 22"
    old = number_value(m.group("old") or "")
    if new is None or old is None or max(old, new.value) > MOST_CASES:
        return []
    a, b = m.span("old")
    when = ctx.when_for(a, b, rivals=[m.span("value")]) if m.group("old_when") else None
    if when is None:
        ctx.note_why(a, b, "when", None, "an earlier level the text does not date")
    ctx.note_why(a, b, "authority", new.authority, "the council of the level it changed to")
    new = attrs.evolve(new, when=ctx.when_for(*m.span("value"), rivals=[(a, b)]))
    return [Caseload(authority=new.authority, value=old, statistic=new.statistic, when=when, start=a, end=b), new]  # a mean's earlier level


def _build_refers_back(m: regex.Match[str], ctx: Context) -> list[Caseload]:
    """A caseload told of a word standing for the caseloads just spoken of ("that number
    was 19", "Kent's average rose to 24.9 from 19.2"): an average when it or they are one."""
    antecedent = caseload_antecedent(ctx, m.start())
    if antecedent is None or OTHER_UNIT.match(ctx.text, m.end("value")) is not None:
        return []
    average = _MEAN.search(m.group("noun") or "") or _MEAN.search(antecedent) or is_national(ctx, m)
    new = _record(m, ctx, m.group("value"), "average" if average else None)
    if new is None or new.value > MOST_CASES:
        return []
    old = number_value(m.group("old")) if m.group("old") else None
    if old is None or old > MOST_CASES:
        return [new]
    a, b = m.span("old")
    return [new, attrs.evolve(new, value=old, when=ctx.when_for(a, b, rivals=[m.span("value")]), start=a, end=b)]


def _build_extreme(m: regex.Match[str], ctx: Context) -> Caseload | None:
    low = m.group("extreme").lower() in ("lowest", "smallest", "fewest", "minimum", "lightest")
    statistic: Statistic = "average" if m.group("average") else "minimum" if low else "maximum"
    if "case" not in m.group().lower() and not _in_caseload_sentence(m, ctx):
        return None  # "had the lowest at 9.6" is a caseload only where the sentence says so
    record = _record(m, ctx, m.group("value"), statistic)
    if record is None:
        return None
    a, b = m.span("value")  # a place after the figure is the figure's: "is 45, in Hull"
    return attrs.evolve(record, authority=figure_authority(ctx, a, b))


#: Every match of ``CASELOAD_CONTEXT`` holds one of these.
_CASELOAD_TRIGGERS: Final = ("caseload", "case load", "cases", "caseholder", "children per", "families per", "children each",
                              "families each", "apiece", " books")

RULES: Final = (
    Rule(name=RULE_CHANGE, kind="caseloads", pattern=CHANGE, build=_build_change, lists=LISTS,
         triggers=("caseload", "case load", "case-load"), scope="sentence"),
    # a bare "average of 16" is kept only near caseload words (``_in_caseload_sentence``)
    Rule(name=RULE_AVERAGE, kind="caseloads", pattern=AVERAGE, build=_build_average, lists=LISTS,
         triggers=("averag",), scope="sentence", word_start=True),
    Rule(name=RULE_RANGE, kind="caseloads", pattern=RANGE, build=_build_range, lists=LISTS,
         triggers=("caseload", "case load"), scope="sentence", word_start=True),
    # "18 children per social worker" holds no caseload word, but a worker
    Rule(name=RULE_CASELOAD_OF, kind="caseloads", pattern=CASELOAD_OF, build=_build_caseload_of, lists=LISTS,
         triggers=("caseload", "case load", "case-load", "workload", "worker", "practitioner", "caseholder"),
         also_triggers=FIGURE_TRIGGERS, scope="sentence", word_start=True),
    Rule(name=RULE_AS_MANY_AS, kind="caseloads", pattern=AS_MANY_AS, build=_build_as_many_as, lists=LISTS,
         triggers=("cases",), scope="sentence", word_start=True),
    # paragraph: "A few had 50-55." leaves its noun to the sentence before
    Rule(name=RULE_HELD, kind="caseloads", pattern=HELD, build=_build_held, lists=LISTS,
         triggers=("case", "children", "kids", "families", "young people"), also_triggers=FIGURE_TRIGGERS, scope="paragraph",
         word_start=True, where=sentences_about_caseloads),
    # a figure beside a caseload is one only in a sentence, or after one, that names
    # caseloads (``_build_earlier``)
    Rule(name=RULE_EARLIER, kind="caseloads", pattern=EARLIER, build=_build_earlier, lists=LISTS,
         triggers=(*_CASELOAD_TRIGGERS, "averag", "compared", " from "), scope="paragraph", where=sentences_about_caseloads),
    # a change or a word referring back is one only where the sentence or the one before
    # it names cases held (``_build_went_from``)
    Rule(name=RULE_WENT_FROM, kind="caseloads", pattern=WENT_FROM, build=_build_went_from, lists=LISTS,
         triggers=(*_CASELOAD_TRIGGERS, "case-load"), scope="paragraph", where=sentences_about_caseloads),
    # a word referring back is a caseload only after caseloads and no other measure (``caseload_antecedent``)
    Rule(name=RULE_REFERS_BACK, kind="caseloads", pattern=REFERS_BACK, build=_build_refers_back, lists=LISTS,
         triggers=("figure", "number", "average", "mean", "median", "when it", "when they", "where it", "where they"),
         also_triggers=FIGURE_TRIGGERS, scope="sentence", word_start=True, defers=True),
    Rule(name=RULE_EXTREME, kind="caseloads", pattern=EXTREME, build=_build_extreme, lists=LISTS,
         triggers=("highest", "largest", "greatest", "biggest", "heaviest", "lowest", "smallest", "fewest", "lightest", "maximum", "minimum"),
         also_triggers=("case",), scope="paragraph", word_start=True),
    # a figure after its council holds no caseload word: its sentence, or its list's heading, does
    Rule(name=RULE_COUNCIL_FIGURE, kind="caseloads", pattern=COUNCIL_FIGURE, build=build_council_figure, lists=LISTS,
         triggers=_CASELOAD_TRIGGERS, scope="text", word_start=True, where=lines_naming_places),
    # councils in one list, their figures in another: "Bury and Bolton ... 27 and 25 respectively"
    Rule(name=RULE_PAIRED, kind="caseloads", pattern=PAIRED, build=build_paired,
         triggers=("caseload", "case load", "cases per", "children per"), also_triggers=(" and ", " & "), scope="sentence"),
    # table rows hold no caseload word: the table's header does
    Rule(name=RULE_TABLE_ROW, kind="caseloads", pattern=TABLE_ROW, build=build_table_row,
         triggers=("caseload", "case load", "cases per", "children per", "number of cases", "no. of cases", "no of cases"),
         where=lines_naming_places),
    *MENTIONED_RULES,  # last: a number in a caseload sentence no phrasing above reads, unless vetoed
)
