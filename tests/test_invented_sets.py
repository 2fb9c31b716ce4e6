"""The invented test sets (``tests/fixtures/invented/<set>``): news texts written blind,
before the extractor was run on them, each with gold written by hand to the output
contract. Each set keeps the scores it reached (rounded down), so that none of the
phenomena it holds can regress.

| set | texts | what they hold | blind scores |
|---|---|---|---|
| figures | 12 | workforce shares and caseloads in prose, tables, lists, ranges, changes; adults', pupils' and national figures as negatives | percentages F1 0.93, caseloads F1 0.89 |
| people | 12 | speakers of every kind introduced every way, sources to infer, datelines in many site formats | people F1 0.89, role 0.79, quotes source 0.71 |
| ratings | 23 | new results, re-inspections, visits, transitions, round-ups, earlier inspections, negatives (homes, schools, hopes) | ratings F1 0.90, inspections F1 0.70 (texts 01-12) |
| ratings2 | 10 | downgrades, sub-judgements by ellipsis, heading lists, ordinals in three forms, annual bands, league table with dates, SIF sets, negatives (youth justice, fostering, SEND, future visits) | ratings F1 0.84, inspections F1 0.72, quotes source 0.92 |
| people2 | 10 | speakers told around quotations (lead-ins, headline dashes, pronouns after a post, findings verbs), nested quotes, titles to strip, datelines in many forms | quotes source 0.83, people F1 0.96, role 0.86, published F1 0.82 |
| figures2 | 10 | FOI tables, stated data periods, "respectively", rank bands, caseload ranges and maxima, negatives (adults, pupils, ratios, social workers counted) | percentages F1 0.93 (measure 0.84, when 0.71), caseloads F1 0.85 |
| roundups | 10 | several councils: lists, "respectively", anaphora, league tables, regional and national figures, the 2010 annual bands | ratings F1 0.87, inspections F1 0.71, percentages F1 0.76, quotes source 0.82 |
| one-council | 10 | press releases, scrutiny reports, opinion pieces, statements: sub-judgements, quotes, roles, datelines, a few figures | ratings F1 0.81, inspections F1 0.69, quotes source 0.87, role 0.79 |
| people4 | 10 | speakers before, after, in lead-ins, by pronoun, across crossheads; councillors, directors, MPs, unions, parents, care leavers, Ofsted officials; titles to strip; datelines in many site forms, body dates that are none | people F1 0.99, role 0.96, quotes source 0.94, ratings F1 0.89, inspections F1 0.71, published F1 1.00 |
| ratings4 | 10 | upgrades and downgrades told many ways, sub-judgements, earlier grades, visits and ordinals, relative dates, trusts, round-ups, negatives (schools, homes, agencies, police, hopes, the scale, a grade recalled in a quote) | ratings F1 0.89 (current 0.91, when 0.84), inspections F1 0.85, quotes source 0.93, role 0.81 |
| figures4 | 10 | workforce shares with measure and period (sentence, paragraph, table, article), national beside council figures, changes, "respectively", word fractions, tables of councils and of one council's measures by year, caseload forms; negatives (counts, adults, pupils, ratios) | percentages F1 0.85 (measure 0.89, when 0.75), caseloads F1 0.94 |
| people5 | 10 | roles as UK news writes them (owner before the name, "at"/"of" a body, long portfolios, acting/former/outgoing, "who has been ... since", a post in one sentence and the name in the next), every side of quote, speakers by pronoun or a paragraph before | people role 0.86, quotes source 0.87, ratings F1 0.88, inspections F1 0.94 |
| ratings5 | 10 | inspections and visits with ordinals written many ways, relative dates, references back, several councils, trusts and companies, sub-judgements in lists and sentences, negatives | ratings F1 0.81 (current 0.91, when 0.92), inspections F1 0.78, quotes source 0.78 |
| figures5 | 10 | DfE statistics "at 30 September", FOI tables, scrutiny reports, Ofsted letters: measures, periods, aggregates, changes, survey shares, shares of councils, caseload forms and negatives | percentages F1 0.89 (measure 0.84, when 0.84), caseloads F1 0.73 |
| people6 | 10 | many people per text, roles every way (a post newly filled then its holder, "appointed by ... as", "who chairs", a surname after "said" with its post, foster carers, union and police posts), sources around quotations, datelines in many site forms | people role 0.84, quotes source 0.86, ratings F1 0.91 |
| inspections6 | 10 | every kind of event (standard, short, focused and monitoring visits, JTAIs, SIF), dates every way, ordinals, events referred back to, several councils, letters and press releases; negatives (planned visits, hopes, schools, homes, SEND, youth justice) | inspections F1 0.83 (ordinal 0.67), ratings F1 0.90, quotes source 0.96 |
| figures6 | 10 | shares with measure and period at article, paragraph and sentence level, "respectively", changes, tables (markdown, fixed-width), survey and adults' shares; caseloads informal and formal; negatives (counts, ratios, targets, pupils) | percentages F1 0.95 (measure 0.91, when 0.91), caseloads F1 0.78 |
| people7 | 10 | roles as news writes them (owner before and after, then/outgoing, Ofsted officials, MPs, unions, charities, scrutineers, a post in the sentence after), speakers every way | people role 0.88, quotes source 0.88, ratings F1 0.91, inspections F1 0.83 |
| quotes7 | 10 | quote sources (councils, inspectors, letters by pronoun, children, parents, unions, MPs, DfE), nested quotes, crossheads, lead-ins, datelines and bylines in many forms | quotes source 0.93, people role 0.93, published F1 1.00, inspections F1 0.93 |
| ratings7 | 10 | new and earlier grades, sub-judgements in sentences, lists and tables (latest column first), trusts, round-ups, "respectively", negatives (schools, homes, police, hopes, counts, quoted grades) | ratings F1 0.94 (current 0.93, when 0.97), inspections F1 0.78, quotes source 0.91 |
| inspections7 | 10 | events told every way (counted visits, relative and restated dates, possessive dates, inspectors arriving, letters with addresses), several councils, negatives (planned visits, homes, counts) | inspections F1 0.86 (ordinal 0.80), ratings F1 0.96, quotes source 0.89 |
| inspections8 | 10 | events as news tells them: plural and collective events, events referred back to, "next" of the past, other councils' events, planned ones (none), a successor council | inspections F1 0.73, ratings F1 0.97, quotes source 0.93 |
| people8 | 10 | roles before and after names, capitalised titles with commas, roles in another sentence, chaired/led by, party labels, Ofsted officials, speakers by pronoun or surname | people role 0.92, people authority 0.84, quotes source 0.93, inspections F1 0.60 |
| mixed8 | 10 | whole web pages: site furniture, bylines and datelines in many formats, captions, related links, one council's grades with quotes and figures | byline F1 0.46, ratings F1 0.87, percentages F1 0.76, inspections F1 0.76 |
| quotes9 | 10 | several speakers per story on every side, attributed before, after, between and by pronoun after lead-ins, reports quoted every way, phrases inside sentences, roles every way | quotes source 0.96, people role 0.93, people authority 0.88, ratings F1 0.88 |
| inspections10 | 10 | events as news tells them: undated own inspections, seasons "of last year", visits counted then told by their place alone ("The first, in May"), "when they returned", several councils, trusts; negatives (planned, schools, homes, youth justice, SEND, counts) | inspections F1 0.87, ratings F1 0.94 (when 0.86), quotes source 0.95 |
| people10 | 10 | roles set off by dashes, a pronoun's post in the next sentence ("She became ..."), who chairs a committee, parents and carers, long portfolio heads, regional directors, party spokespeople; datelines in many forms | people role 0.81, quotes source 0.97, ratings F1 0.89, inspections F1 0.81 |
| figures10 | 10 | fixed-width tables (indented headers, month-year and financial-year columns, headers of two lines, "(%)" row labels), measures far from their figures, "respectively", caseload forms; negatives (money, targets, ratios, adults) | percentages F1 0.71 (measure 0.79, when 0.95), caseloads F1 0.87 |
| ratings11 | 10 | grades said every way (handed, awarded, deemed, branded), judgements in dash asides, bullets and "respectively", current against earlier (up from, kept, retained, lost), trusts and companies, round-ups, section headers; negatives (schools, homes, agencies, police, SEND, scale, hopes, counts) | ratings F1 0.84 (current 0.96, when 0.94), inspections F1 0.89, people authority 0.87 |
| quotes11 | 10 | quote sources every way: reports and letters without a speech verb, headlines repeating body quotes, attribution before, after, mid-quote, by pronoun or surname, continuations, nested and multi-paragraph quotes, scare quotes, parents, young people, unions, charities, MPs | quotes source 0.90, people role 0.92, people authority 0.90, byline F1 0.88 |
| mixed11 | 10 | whole web pages: furniture, bylines and datelines in many site formats (updated dates, ISO stamps, front matter, footers, none), related links, captions; grades, events, quotes and figures | inspections F1 0.86, published F1 0.93, byline F1 0.80, percentages when 0.78 |
| people12 | 10 | roles as UK news writes them (before and after the name, the council's possessive, the sentence before or after, lead-ins, compound, interim, acting, outgoing and former posts, HMIs and Ofsted directors, MPs, charity and union officers, partnership and scrutiny chairs, people named without a quote), speakers every way; negatives (byline, photo credit, a child in a case review, grade-label quotes) | people role 0.87, quotes source 0.91, byline F1 0.93, inspections F1 0.79 |
| figures12 | 10 | workforce shares and caseloads with periods said every way (as at, financial years, "year to", "a year ago", a heading or the paragraph before), changes, national, regional and statistical-neighbour averages, tables and bullets, word shares; negatives (money, targets, pupils, adults, ratios, percentage points, counts) | percentages F1 0.85 (measure 0.96, when 0.71), caseloads F1 0.80 |
| ratings12 | 10 | grades in headlines, tables, lists, "respectively" and quotes, new grades with sub-judgements and those they replaced, histories over annual bands, SIF and ILACS, first grades of a new council, one council's history table by year, round-ups; negatives (schools, homes, fostering, SEND, youth justice, hopes, the scale, quoted grade labels) | ratings F1 0.89 (current 0.94, when 0.91), inspections F1 0.78 |
| inspections12 | 10 | every kind of event 2009-2026, dates as ranges, seasons and relative phrases, events referred back to, events in quotes, other councils' events, participle asides; negatives (expected and practice inspections, engagement meetings, fostering, adoption, SEND, youth justice, homes, schools) | inspections F1 0.84, ratings F1 0.91, quotes source 0.90 |
| quotes12 | 10 | quote sources of every kind (leaders, members, directors, a trust's chief executive, HMI and Ofsted directors, reports and letters without a verb of speech, DfE, MPs, unions, charities, police, parents, care leavers, opposition), attribution before, after, between, by pronoun and surname, multi-paragraph and nested quotes, scare quotes | quotes source 0.91, people role 0.85, ratings F1 0.94 |
| mixed12 | 10 | whole web pages: menus, cookie banners, captions, related links, footers, notes to editors; bylines and datelines in many site forms (LDRS, ISO stamps, day names, relative stamps, first published and updated, footer only, a "date" line, none); grades, events, quotes and figures | byline F1 0.88, ratings F1 0.91, inspections F1 0.94, published F1 1.00 |

The five sets before them were written blind in session 19, the next six in session
21 the next three in session 22 the next four in session 23, the next four in session 24, six in session 27 and the last six in session 28, by helpers who read the output contract and the
invented sets but not the code; the blind scores are before the fixes they prompted. (Stock phrases a real article also
holds were reworded afterwards, so that ``scripts/no_article_text.py`` finds none.)
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from ofsted_ie.evaluate import Scores, evaluate_dir

_INVENTED = Path(__file__).parent / "fixtures" / "invented"

#: Per set, how many texts it holds and the floor of each metric (what it reached).
SETS: dict[str, tuple[int, dict[str, float]]] = {
    "figures": (12, {"percentages.f1": 0.99, "caseloads.f1": 1.0, "caseloads.statistic": 1.0, "percentages.measure": 1.0}),
    "people": (12, {"people.f1": 0.98, "people.role": 0.97, "quotes.f1": 1.0, "quotes.source": 0.98, "published.f1": 1.0}),
    "ratings": (23, {"ratings.f1": 1.0, "ratings.current": 0.99, "inspections.f1": 0.95, "inspections.precision": 0.98,
                     "inspections.ordinal": 1.0}),
    "ratings2": (10, {"ratings.f1": 0.92, "ratings.current": 0.94, "inspections.f1": 0.87, "quotes.source": 0.91, "people.role": 0.93}),
    "people2": (10, {"quotes.source": 0.96, "people.f1": 0.96, "people.role": 0.91, "published.f1": 0.82, "ratings.f1": 0.96}),
    "figures2": (10, {"percentages.f1": 0.94, "percentages.measure": 0.92, "percentages.when": 0.89, "caseloads.f1": 0.84,
                      "caseloads.statistic": 0.94}),
    "roundups": (10, {"ratings.f1": 0.86, "inspections.f1": 0.85, "percentages.f1": 0.81, "quotes.source": 0.88, "people.role": 1.0}),
    "one-council": (10, {"ratings.f1": 0.86, "inspections.f1": 0.68, "percentages.f1": 0.95, "quotes.source": 0.89,
                         "people.role": 0.87, "published.f1": 0.93}),
    "people4": (10, {"ratings.f1": 0.88, "inspections.f1": 0.77, "quotes.f1": 1.0, "quotes.source": 0.96, "people.f1": 0.98,
                     "people.role": 0.97, "published.f1": 1.0}),
    "ratings4": (10, {"ratings.f1": 0.91, "ratings.current": 0.95, "inspections.f1": 0.89, "quotes.source": 1.0, "people.role": 0.87}),
    "figures4": (10, {"percentages.f1": 0.91, "percentages.measure": 0.95, "percentages.when": 0.82, "caseloads.f1": 0.94,
                      "caseloads.statistic": 0.93, "ratings.f1": 0.97}),
    "people5": (10, {"ratings.f1": 0.85, "inspections.f1": 0.93, "quotes.f1": 1.0, "quotes.source": 0.9, "people.f1": 0.98,
                     "people.role": 0.95, "published.f1": 1.0}),
    "ratings5": (10, {"ratings.f1": 0.89, "ratings.current": 0.9, "inspections.f1": 0.86, "quotes.source": 0.87, "people.role": 0.94}),
    "figures5": (10, {"percentages.f1": 0.88, "percentages.measure": 0.88, "percentages.when": 0.93, "caseloads.f1": 0.72,
                      "caseloads.statistic": 0.87, "quotes.source": 0.84}),
    "people6": (10, {"people.role": 0.98, "quotes.source": 0.89, "people.f1": 1.0, "ratings.f1": 0.96, "inspections.f1": 0.97,
                     "published.f1": 1.0}),
    "inspections6": (10, {"inspections.f1": 0.89, "inspections.ordinal": 0.66, "ratings.f1": 0.89, "ratings.current": 0.95,
                          "quotes.source": 0.96, "people.role": 0.92}),
    "figures6": (10, {"percentages.f1": 0.95, "percentages.measure": 0.95, "percentages.when": 0.93, "caseloads.f1": 0.85,
                      "caseloads.statistic": 0.96}),
    "people7": (10, {"people.f1": 1.0, "people.role": 0.98, "quotes.source": 0.97, "ratings.f1": 0.9, "inspections.f1": 0.82}),
    "quotes7": (10, {"quotes.source": 0.96, "people.f1": 0.98, "people.role": 0.92, "published.f1": 1.0, "ratings.f1": 1.0,
                     "inspections.f1": 0.93}),
    "ratings7": (10, {"ratings.f1": 0.97, "ratings.current": 0.98, "ratings.when": 0.97, "quotes.source": 0.94, "inspections.f1": 0.78}),
    "inspections7": (10, {"inspections.f1": 0.93, "inspections.ordinal": 1.0, "ratings.f1": 0.96, "quotes.source": 0.91,
                          "authorities.f1": 1.0}),
    "inspections8": (10, {"inspections.f1": 0.8, "inspections.ordinal": 1.0, "ratings.f1": 0.97, "ratings.current": 0.89,
                          "quotes.source": 0.92, "people.role": 0.93, "percentages.when": 0.6}),
    "people8": (10, {"people.f1": 0.98, "people.role": 0.92, "people.authority": 0.86, "quotes.source": 0.93, "ratings.f1": 0.93,
                     "inspections.f1": 0.8, "byline.f1": 1.0}),
    "mixed8": (10, {"ratings.f1": 0.92, "ratings.when": 0.88, "percentages.f1": 0.88, "byline.f1": 0.94, "published.f1": 1.0,
                    "people.role": 0.9, "inspections.f1": 0.9}),
    "inspections10": (10, {"inspections.f1": 0.93, "inspections.ordinal": 1.0, "ratings.f1": 0.92, "ratings.current": 0.98,
                           "quotes.source": 0.95, "people.role": 0.94}),
    "people10": (10, {"people.f1": 1.0, "people.role": 0.88, "people.authority": 0.94, "quotes.source": 0.96, "ratings.f1": 0.89,
                      "inspections.f1": 0.81, "published.f1": 1.0}),
    "figures10": (10, {"percentages.f1": 0.84, "percentages.measure": 0.83, "percentages.when": 0.95, "caseloads.f1": 0.87,
                       "caseloads.statistic": 0.84, "quotes.source": 0.94}),
    "ratings11": (10, {"ratings.f1": 0.87, "ratings.current": 0.96, "ratings.when": 0.93, "inspections.f1": 0.9, "quotes.source": 0.96,
                       "people.role": 0.93, "people.authority": 0.86, "published.f1": 1.0}),
    "quotes11": (10, {"quotes.f1": 0.99, "quotes.source": 0.91, "people.f1": 0.98, "people.role": 0.91, "people.authority": 0.95,
                      "ratings.f1": 1.0, "inspections.f1": 0.96, "published.f1": 1.0}),
    "mixed11": (10, {"ratings.f1": 0.95, "ratings.when": 0.96, "percentages.f1": 0.95, "percentages.when": 0.77, "caseloads.f1": 1.0,
                     "inspections.f1": 0.86, "published.f1": 0.93, "byline.f1": 0.8, "quotes.source": 0.98, "people.role": 0.96}),
    "people12": (10, {"people.f1": 0.98, "people.role": 0.89, "people.authority": 1.0, "quotes.source": 0.91, "ratings.f1": 1.0, "byline.f1": 1.0, "published.f1": 1.0}),
    "figures12": (10, {"percentages.f1": 0.85, "percentages.measure": 0.95, "percentages.when": 0.81, "caseloads.f1": 0.8, "caseloads.statistic": 0.93, "ratings.f1": 0.96, "quotes.source": 1.0}),
    "ratings12": (10, {"ratings.f1": 0.91, "ratings.current": 0.96, "ratings.when": 0.93, "inspections.f1": 0.8, "quotes.source": 0.96, "people.role": 0.94}),
    "inspections12": (10, {"inspections.f1": 0.86, "inspections.ordinal": 1.0, "ratings.f1": 0.92, "quotes.source": 0.9, "people.role": 1.0}),
    "quotes12": (10, {"quotes.f1": 1.0, "quotes.source": 0.93, "people.role": 0.87, "people.authority": 0.95, "ratings.f1": 0.93, "inspections.f1": 0.83}),
    "mixed12": (10, {"byline.f1": 0.94, "published.f1": 1.0, "ratings.f1": 0.93, "percentages.f1": 0.95, "inspections.f1": 0.94, "quotes.source": 0.98, "caseloads.f1": 1.0}),
    "quotes9": (10, {"quotes.f1": 1.0, "quotes.source": 0.99, "people.f1": 1.0, "people.role": 0.9, "people.authority": 0.88,
                     "ratings.f1": 0.83, "inspections.f1": 0.86, "byline.f1": 1.0}),
}


@functools.cache
def _scores(name: str) -> Scores:
    """A set scored once for all its floors."""
    return evaluate_dir(_INVENTED / name, texts=_INVENTED / name)


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_holds_its_texts_with_gold(name: str) -> None:
    """Every text has its gold file, the set is whole, and every text is read: none
    silently skipped."""
    folder = _INVENTED / name
    texts = sorted(p.stem for p in folder.glob("*.txt"))
    assert texts == sorted(p.stem for p in folder.glob("*.json"))
    assert len(texts) == SETS[name][0] == _scores(name).documents


@pytest.mark.parametrize(("name", "metric"), [(name, metric) for name, (_, floors) in sorted(SETS.items()) for metric in sorted(floors)])
def test_each_set_keeps_its_floor(name: str, metric: str) -> None:
    """Each metric of each set is at least the floor it reached."""
    scores = _scores(name)
    value = scores.metric(metric)
    assert value is not None and round(value, 6) >= SETS[name][1][metric], (name, metric, value, scores.table())
