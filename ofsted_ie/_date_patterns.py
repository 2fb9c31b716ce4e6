"""The patterns of date expressions: their fragments (days, months, years, ranges,
datelines' forms), the explicit and relative expressions ``ofsted_ie.dates`` finds and
resolves, and where one can start; compiled on first need."""

from __future__ import annotations

import functools
import re
from typing import Any, Final

import regex

from ._vocab import MONTH_NUMBERS, NUMBER_WORDS

#: Month names as written, full and abbreviated ("August", "Aug", "Sept").
MONTH_NAMES: Final = tuple(MONTH_NUMBERS)
#: Counts of days, weeks, months or years: "two years ago", "a month later".
_COUNT_WORDS: Final = {w: i for w, i in NUMBER_WORDS.items() if i <= 12} | {"a": 1, "an": 1}
_SEASONS: Final = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_DATE_LISTS: Final[dict[str, Any]] = {
    "months": list(MONTH_NUMBERS),
    "number_words": [w for w in _COUNT_WORDS if w not in ("zero",)],
}

# -- fragments ---------------------------------------------------------------------
_MONTH = r"(?P<month>\L<months>)(?:(?<=\b\w{3}|Sept)\.)?(?!\w)"  # "August", "Aug", "Sept."
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"        # "7", "11th"
_YEAR = r"(?<![\d£$€.,])(?P<year>(?:19[5-9]|20[0-4])\d)(?![\d%])"  # 1950-2049, not "£2015"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\ )"
#: A weekday opening a date: "Friday ", "Tues. ", "Mon, ".
WEEKDAY: Final = _WEEKDAY
_SEP = r"[ ,]{1,3}"
_HEADER_SEP = r"[\s,|]{1,8}"                              # a dateline may be split over lines
_NUMBER = r"(?P<n>\d{1,2}|(?i:\L<number_words>))"         # "two", "a", "3"
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade))s?"
_SEASON = r"(?P<season>(?i:spring|summer|autumn|fall|winter))"

_DMY = rf"{_WEEKDAY}?{_DAY}{_SEP}(?:of\ )?{_MONTH}{_SEP}{_YEAR}"       # "Friday 24 March 2017"
_MDY = rf"{_WEEKDAY}?{_MONTH}{_SEP}{_DAY},?{_SEP}{_YEAR}"              # "Friday, July 7, 2017"
_ISO = r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)"                  # "2018-02-15"
_NUMERIC = r"(?<![\d.])(?P<nday>[0-3]?\d)[./](?P<nmonth>[01]?\d)[./](?P<nyear>(?:19|20)\d\d)(?!\d)"  # "20.11.2020"
_FULL_DATE = rf"(?:{_DMY}|{_MDY}|{_ISO}|{_NUMERIC})"
#: In a dateline only, the numeric orders no British writer uses, read where they are
#: unambiguous: the year first ("2019/03/05"), or the month first when the day is past 12
#: ("03/25/2019"); "05/03/2019" stays day first.
_YEAR_FIRST = r"(?<![\d.])(?P<nyear>(?:19|20)\d\d)/(?P<nmonth>[01]?\d)/(?P<nday>[0-3]?\d)(?![\d/])"
_MONTH_FIRST = r"(?<![\d.])(?P<nmonth>0?[1-9]|1[0-2])/(?P<nday>1[3-9]|2\d|3[01])/(?P<nyear>(?:19|20)\d\d)(?!\d)"
#: A dateline's date, also in capitals ("21 OCT 2013", "MONDAY 5 MARCH 2019") or hyphenated
#: ("08-Jun-2020"), with a time before it ("10:30", "14:17 GMT"). Body dates keep their capitals.
_ANY_CASE_MONTH = r"(?P<month>(?i:\L<months>))(?:(?<=\b\w{3}|(?i:Sept))\.)?(?!\w)"
_ANY_CASE_WEEKDAY = rf"(?i:{_WEEKDAY})"
_TIME = r"[0-2]?\d[:.][0-5]\d(?:\ ?(?i:am|pm))?(?:\ (?:GMT|BST|UTC))?"
_HEADER_DATE = rf"""(?:{_ANY_CASE_WEEKDAY}?{_DAY}(?:{_SEP}(?:of\ )?|-){_ANY_CASE_MONTH}(?:{_SEP}|-){_YEAR}
    |{_ANY_CASE_WEEKDAY}?{_ANY_CASE_MONTH}{_SEP}{_DAY},?{_SEP}{_YEAR}|{_ISO}|{_MONTH_FIRST}|{_NUMERIC.replace('[./]', '[./-]')}|{_YEAR_FIRST})"""
#: After a label only, a two-digit year: "Posted 19/04/23" (day first).
_SHORT_YEAR = r"(?:(?P<sd>[0-3]?\d)(?P<ssep>/)(?P<sm>[01]?\d)|(?P<sd>[0-3]\d)(?P<ssep>[.-])(?P<sm>[01]\d))(?P=ssep)(?P<syy>\d\d)(?![\d/.-])"  # "19/4/23", "19.04.23"
_TO = r"\ ?(?:and|to|-|–|until)\ ?"
_FIRST_DAY = r"(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
_FIRST_MONTH = r"(?P<month1>\L<months>)"
#: A span of days or months dates from its first day: "6 and 8 October 2020",
#: "31 January and 1 February 2024", "November and December 2015".
_DAY_RANGE = rf"{_FIRST_DAY}(?:{_SEP}{_FIRST_MONTH})?{_TO}{_DAY}{_SEP}{_MONTH}"
_MONTH_RANGE = rf"{_FIRST_MONTH}{_TO}(?:(?i:early|late|mid)[ -])?{_MONTH}"

#: Words after which a bare year or month is a date: "in 2015", "since March", "(as
#: recently) as 2018".
_YEAR_LEAD = r"(?i:in|since|from|by|until|till|during|between|before|after|of|for|and|to|or|inspected|(?<=\bthe\ )year|(?:19|20)\d\d,|early|late|mid|around|throughout|over|circa|summer|spring|autumn|winter|(?:recently|ago|early|late)\ as)"
_ARTICLE = r"(?i:a|an|the|its|their|this|that|his|her)"
#: What a year before it names the period of: "the 2022 financial year", "the 2019 census".
_PERIOD_NOUN = r"(?i:(?:financial|academic|calendar|school|reporting)\ year|census|figures|data|statistics|survey)"
_EVENT_NOUN = r"(?i:inspection|inspections|report|reports|rating|ratings|visit|visits|judgement|judgment|assessment|review|ofsted|grade|verdict|monitoring|focused|re-inspection|jtai|joint|ilacs|sif)"

_EXPLICIT = rf"""
    (?P<day_range>{_DAY_RANGE}{_SEP}{_YEAR})                            # "20 and 21 February 2024"
  | (?P<month_range>{_MONTH_RANGE}{_SEP}(?:of\ )?{_YEAR})             # "November and (early) December (of) 2015"
  | (?P<full>{_FULL_DATE})
  | (?P<month_year>{_MONTH}{_SEP}(?:of\ )?{_YEAR})                    # "August 2014", "August of 2014"
  | (?P<season_year>(?:(?i:the)\ )?{_SEASON}{_SEP}(?:of\ )?{_YEAR})     # "summer 2015", "the autumn of 2017"
  | (?P<fiscal>{_YEAR}[-/](?:\d\d|(?:19|20)\d\d)(?![\d%]))                # "2016-17", "2016/17", "2016-2017"
  | (?<=\b{_YEAR_LEAD}\ (?:(?i:early|late|mid)[ -])?){_YEAR}            # "in 2015", "since late 2014"
  | (?<=\b{_YEAR_LEAD}\ )(?i:early|late|mid)-{_YEAR}                      # "in mid-2018"
  | (?<=\b{_ARTICLE}\ ){_YEAR}(?=(?:(?:,\ |,?\ and\ )(?:19|20)\d\d)*\ (?:["']?[\w-]+["']?\ ){{0,2}}{_EVENT_NOUN}\b)  # "a 2013 inspection", "its 2014 'inadequate' rating", "the 2015, 2017 and 2019 visits"
  | (?<=\b{_ARTICLE}\ ){_YEAR}(?=\ (?:[\w-]+\ )?{_PERIOD_NOUN}\b)       # "the 2022 financial year", "the 2019 workforce census"
  | (?<='s\ ){_YEAR}(?=\ (?:["'][^"'\n]{{1,40}}["']\ |[\w-]+\ ){{0,2}}{_EVENT_NOUN}\b)  # "Ofsted's 2015 report", "Kent's 2015 'inadequate' verdict"
  | (?<=\(){_YEAR}(?=\))                                                 # "(2014)"
"""
_RELATIVE = rf"""
    (?P<last_month_name>(?P<which_month>(?i:last|this))\ {_MONTH})       # "last August", "this March"
  | (?P<this_unit>(?i:(?:earlier|later)\ )?(?i:last|this|next|the\ previous|the\ following)\ (?i:week|month|year))  # "last month"
  | (?P<last_season>(?i:last)\ {_SEASON})                               # "last summer"
  | (?P<this_season>(?i:this)\ {_SEASON})                               # "this spring": begun by the reference
  | (?P<month_rel>{_MONTH}\ (?:(?i:of)\ )?(?P<which>(?i:last|this))\ (?i:year))  # "in January (of) last year"
  | (?P<season_rel>(?:(?i:the)\ )?{_SEASON}\ (?i:of)\ (?P<which>(?i:last|this))\ (?i:year))  # "the spring of last year"
  | (?<=\b(?i:in|during|over|throughout)\ )(?P<the_season>(?i:the)\ {_SEASON})  # "in the summer": the latest begun
  | (?P<same_year>(?i:(?:in\ )?the\ same\ (?:year|month|period)|that\ year))  # "in the same year"
  | (?P<later>{_NUMBER}\ {_UNIT}\ (?i:later|on))                        # "a month later"
  | (?P<after>(?:{_NUMBER}|(?i:the))\ {_UNIT}\ (?i:after|earlier|before))   # "seven years after", "the year before"
  | (?<!(?i:less\ than|under|fewer\ than|within)\ )
    (?P<ago>{_NUMBER}\ {_UNIT}\ (?i:ago))                               # "three years ago", not "less than two years ago"
  | (?P<today>(?i:today|yesterday|this\ week))
  | (?P<day_month>(?:{_DAY_RANGE}|{_DAY}{_SEP}{_MONTH})(?!{_SEP}\d))      # "on 6 October", "between 6 and 8 October"
  | (?<=\b(?i:on|between|from|until|till|by|since|before|after|dated)\ )(?P<day_month>{_MONTH}\ {_FIRST_DAY}(?!\d)(?:{_TO}(?:\L<months>\ )?{_DAY})?(?!{_SEP}\d|\d))  # "on June 6", "June 6 and 7", "June 6 to June 8"
  | {_MONTH}(?='s\ (?:[\w-]+\ ){{0,2}}{_EVENT_NOUN}\b)                 # "January's inspection": the latest January
  | (?<=(?:^|\n)[\ \t]*(?:[-*\u2022\u25aa\u25cf][\ \t]?)?)(?P<item_month>{_MONTH})(?=\ ?[-:\u2013\u2014]\ )  # a timeline's "• November – ...": its heading's year
  | (?<=\b{_ARTICLE}\ |'s\ ){_MONTH}(?=\ (?:\p{{Ll}}[\w-]*\ )?{_EVENT_NOUN}\b)    # "its January inspection", "Kent's May visit": the same
  | (?<=\b{_YEAR_LEAD}\ (?:(?i:early|late|mid)[ -])?){_MONTH}(?!\ \d|{_SEP}(?:(?:19|20)\d\d(?!\d)|\L<months>)|(?<=April|May|June|August)\ (?!(?:Ofsted|Inspectors?|The|It|This|That|Its|Their|Council|Children)\b)\p{{Lu}}\p{{Ll}})  # "in March", not "and June Smith"; "In March, 30% of ..." (a figure after its comma is no day)
"""
#: Every date expression holds one of these (lower-cased): a digit, a month, a season
#: or a unit ("last year", "a month later", "the same period", "today"). A sentence
#: without any has no date. Keep in step with ``_EXPLICIT`` and ``_RELATIVE``.
DATE_TRIGGERS: Final = (
    *"0123456789",
    *sorted({m.lower() for m in MONTH_NUMBERS if len(m) <= 4}),
    "spring", "summer", "autumn", "fall", "winter", "day", "week", "month", "year", "decade", "period",
)
#: How a date expression can start, checked first so that the alternatives below are
#: tried only where one could match (a speed-up: most words start no date). A common
#: word ("the", "a", "this") passes only with the word after it that some alternative
#: needs ("the same", "a month", "this spring"), a figure with what follows it
#: (``_FIRST_FIGURE``). Keep in step with ``_EXPLICIT`` and ``_RELATIVE``.
_SEASON_OR_UNIT = r"(?i:week|month|year|spring|summer|autumn|fall|winter)\b"
#: A figure opening a date: a year ("2019", "2016-17"), or a day or count with what a
#: date needs after it: a month ("6 October", "1st of May"), a unit ("3 years ago"), the
#: rest of a numeric date ("20.11.2020") or a range ("6 and 8 October"). Not "12 children".
_FIRST_FIGURE = r"""(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?(?:[\ ,]{1,3}(?:of\ )?(?:\L<months>|(?i:day|week|month|year|decade))
    |[./]\d|\ ?(?:and|to|-|–|until)\ ?\d))"""
_FIRST_TOKEN = rf"""(?={_FIRST_FIGURE}|\(\d|\L<months>|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(?i:early-|late-|mid-)
    |(?i:today|yesterday|spring|summer|autumn|fall|winter)\b
    |(?i:(?:earlier|later)\ )?(?i:last|this|next|the\ previous|the\ following)\ (?:\L<months>|{_SEASON_OR_UNIT})
    |(?i:the)\ (?i:same|spring|summer|autumn|fall|winter)\b|(?i:in\ the\ same|that\ year)\b
    |(?i:the\ (?:day|week|month|year)\ (?:after|earlier|before))\b
    |(?i:\L<number_words>)\ (?i:day|week|month|year|decade))"""
@functools.cache
def _date_pattern() -> regex.Pattern[str]:
    """The date expression pattern, compiled on first need (it is slow to compile:
    ``import ofsted_ie`` stays fast). Every date opens a word (a digit or a letter after
    neither), so it is looked for at word boundaries only, which ``regex`` finds fast."""
    return regex.compile(
        rf"\b(?<![\w-])(?:(?i:early|late|mid)-(?=\p{{Lu}}))?{_FIRST_TOKEN}(?:{_EXPLICIT}|{_RELATIVE})(?!\w)",  # "mid-January"
        regex.VERBOSE, **_DATE_LISTS,
    )


@functools.cache
def _date_starts() -> re.Pattern[str]:
    """Where a date can start (``_date_pattern``'s opening: a word's start and its first
    token), as a zero-width pattern for the standard library's ``re``, which finds such
    positions several times faster than ``regex`` tries a pattern at every word; the
    named lists are written out. Linear: it looks ahead over a word or three."""
    def written(name: str) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(_DATE_LISTS[name], key=len, reverse=True)) + ")"
    first = _FIRST_TOKEN.replace(r"\L<months>", written("months")).replace(r"\L<number_words>", written("number_words"))
    return re.compile(rf"\b(?<![\w-])(?:(?=(?i:early|late|mid)-)|{first})", re.VERBOSE)
