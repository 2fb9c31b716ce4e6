"""Tests for ofsted_ie.dates: datelines, bylines, date expressions."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ofsted_ie import byline, dates
from ofsted_ie.strategies import Generated, articles
from ofsted_ie.text import prepare

DATELINES = [
    ("Headline\n\nTom Ashby\nFriday, July 7, 2017\n\nBody text here.", dt.date(2017, 7, 7)),
    ("Headline\n\nBy Tom Ashby\n\n| 24 March 2017\n\nBody.", dt.date(2017, 3, 24)),
    ("Headline\n\nPublished 3 May 2019\n\nBody.", dt.date(2019, 5, 3)),
    ("Headline\n\nWednesday 11th January 2017\n\nBody.", dt.date(2017, 1, 11)),
    (" date 2018-02-15 Photo: someone\n\nBody.", dt.date(2018, 2, 15)),
    ("Oxford,\n30\nJune\n2016\n|\n\nBody.", dt.date(2016, 6, 30)),
    ("Headline\n\nPublished\n20.11.2020\n\nBody.", dt.date(2020, 11, 20)),
    ("Bath\nInspection date: 24 April 2017 to 18 May 2017\nReport published: 7 July 2017\nBody.", dt.date(2017, 7, 7)),
    ("Menu\nHeadline\n21 OCT 2013\nBody.", dt.date(2013, 10, 21)),
    ("Headline\nPost on 08-Jun-2020\nBody.", dt.date(2020, 6, 8)),
    ("Headline\n\nDate: 05/03/19\n\nBody.", dt.date(2019, 3, 5)),
    ("date 05.03.19 Kent council said it would act on the findings.", dt.date(2019, 3, 5)),
    ("Headline\n\ndate 2019-03-05 Kent council said it would act on every one of the findings at once.", dt.date(2019, 3, 5)),
    ("Headline\nBy Kit Morrow, Reporter Published: 10:30, 5 March 2019 Updated: 11:45 Share this on Facebook, X and by "
     "email\nBody.", dt.date(2019, 3, 5)),
]


@pytest.mark.parametrize("line", ["Inspection dates: 14 to 18 March 2022", "Inspection date: 24 April 2017",
                                  "Dates of visit: 5 June 2019", "Monitoring visit dates: 5 June 2019",
                                  "Focused visit date: 5 June 2019"])
def test_a_report_s_inspection_dates_are_no_dateline(line: str) -> None:
    """The dates of an inspection at the top of a report are not when it was published."""
    assert dates.find_dateline(f"Inspection of Kent local authority children's services\n{line}\nBody text.") is None


def test_a_date_in_a_long_opening_paragraph_is_no_dateline() -> None:
    """Only short header lines hold a dateline, even one split over lines."""
    text = ("Dear Ms Smith\n\nMonitoring visit to Kent children's services\n\nThis letter summarises the findings of the "
            "monitoring visit to Kent children's services on 9 and 10 March 2021, the second since the last inspection.\n")
    assert dates.find_dateline(text) is None


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[str(d) for _, d in DATELINES])
def test_dateline_forms(text: str, expected: dt.date) -> None:
    """The genre's dateline forms give the publication date."""
    found = dates.find_dateline(text)
    assert found is not None and found.date == expected


@given(st.sampled_from(("Updated", "Last updated:", "Modified", "Amended on")), st.sampled_from(("Published", "Posted:", "")),
       st.sampled_from((" | ", " - ", " ")), st.integers(1, 9))
def test_an_update_s_date_gives_way_to_the_publication_s(label: str, published: str, sep: str, day: int) -> None:
    """A header line with an update's date before the publication's gives the publication
    date ("Updated 6 March 2019 | Published 5 March 2019": the 5th); an update alone is kept."""
    both = dates.find_dateline(f"Headline\n\n{label} {day + 1} March 2019{sep}{published} {day} March 2019\n\nBody.")
    alone = dates.find_dateline(f"Headline\n\n{label} {day + 1} March 2019\n\nBody.")
    assert both is not None and both.date == dt.date(2019, 3, day)
    assert alone is not None and alone.date == dt.date(2019, 3, day + 1)


@given(st.lists(st.sampled_from(("Sign up to our daily newsletter", "Jobs in children's social care", "Latest news from the sector",
                                   "Home > News > Social care", "Log in or register for free today")), min_size=8, max_size=30))
def test_a_dateline_under_a_long_navigation(navigation: list[str]) -> None:
    """Lines of a site's navigation of four to eight words, no stop at their end, do not use
    up the header: the dateline under the headline is found however many there are."""
    text = "\n".join(navigation) + "\n\nKent rated good\n\nBy Jo Bell\n\n5 March 2019\n\nKent was rated good by Ofsted today."
    found = dates.find_dateline(text)
    assert found is not None and found.date == dt.date(2019, 3, 5)


@given(st.lists(st.sampled_from(("We use cookies on this site.", "Accept and close.", "Already a subscriber? Log in.",
                                   "Your browser is out of date.", "Follow us on social media.", "Subscribe today and save.")),
                min_size=8, max_size=20))
def test_a_dateline_under_a_site_s_banners(banners: list[str]) -> None:
    """Short lines of a site's banners that end in a stop (a cookie notice, "Log in.") do not
    use up the header either: the dateline under the headline is found."""
    text = "\n\n".join(banners) + "\n\nKent rated good\n\n5 March 2019\n\nKent was rated good by Ofsted today, the council said."
    found = dates.find_dateline(text)
    assert found is not None and found.date == dt.date(2019, 3, 5)


@given(st.sampled_from(("By Jo Bell, Local Democracy Reporting Service, and Sam Roe, senior reporter for the Kent Evening "
                        "Post", "Jo Bell, social affairs correspondent for the Kent Evening Post and its sister titles")),
       st.sampled_from((", ", " - ", " | ")), st.sampled_from(("5 March 2019", "Tuesday 5 March 2019", "March 5, 2019")))
def test_a_date_closing_a_long_byline(byline: str, sep: str, date: str) -> None:
    """A header line too long to be a date line gives the date that closes it after a
    separator; a sentence ending "on 5 March 2019" does not."""
    found = dates.find_dateline(f"Kent rated good\n\n{byline}{sep}{date}\n\nKent was rated good by Ofsted today.")
    assert found is not None and found.date == dt.date(2019, 3, 5)
    sentence = "The council was rated good by Ofsted in a report the watchdog published this week, on " + date
    assert dates.find_dateline(f"Kent rated good\n\n{sentence}\n\nKent was rated good by Ofsted today.") is None


@pytest.mark.parametrize(("opening", "expected"), [
    ("5 March 2019 - ", dt.date(2019, 3, 5)), ("5 March 2019 \u2014 ", dt.date(2019, 3, 5)),
    ("5 March 2019 to 9 March 2019 - ", None), ("5 March - 9 March 2019: ", None), ("5 March 2019 and 9 March 2019 saw ", None)])
def test_a_date_and_a_dash_opening_the_first_paragraph(opening: str, expected: dt.date | None) -> None:
    """A date and a dash opening a long paragraph are its dateline; a span of dates is not."""
    body = ("children's services at Kent County Council have been rated good by Ofsted after an inspection in "
            "January, the watchdog said in a report published this week.")
    found = dates.find_dateline(f"Kent rated good\n\n{opening}{body}")
    assert (found.date if found else None) == expected


def test_no_dateline_in_a_body_date() -> None:
    """A date inside a long body sentence is not a dateline."""
    text = "Headline\n\n" + "The council was rated inadequate by Ofsted in August 2014 and has been working with partners since then to improve."
    assert dates.find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nTom Ashby\nFriday, July 7, 2017\n\nBody.", "Tom Ashby"),
        ("Headline\n\nBy Neil Puffett\n\n| 09 December 2016", "Neil Puffett"),
        ("Headline\n\nBy Sarah MacDonald\n\n| 09 December 2016", "Sarah MacDonald"),
        ("William Eichler 06 April 2016\n\nHeadline", "William Eichler"),
        ("Fostering agency 'failing'\n\nBaby Q\nBaby Q was found shortly after\n\nText", None),
        ("Headline\n\nWritten by Tom Ashby\n\nThe council was rated good by inspectors this week, its leader said.", "Tom Ashby"),
        ("Headline\n\nAuthor: Tom AshbyPublished 5 March 2019\n\nBody.", "Tom Ashby"),
        ("Headline\n\nTom Ashby\n\nThe council was rated good by inspectors this week, its leader said.", "Tom Ashby"),
        ("Headline\n\nTom Ashby, Local Democracy Reporter\n\nThe council was rated good this week.", "Tom Ashby"),
        ("Headline\n\nA standfirst on the sector's vacancies. Tom Ashby explores the reasons why\n\nBody.", "Tom Ashby"),
        ("Headline\n\nA standfirst.\nTom Ashby, Kent's director of children's services\n\nBody.", None),  # a caption
    ],
)
def test_byline(text: str, expected: str | None) -> None:
    """Bylines: "By X", a name line before the dateline, a name opening the dateline line."""
    assert byline.find_byline(text, dates.find_dateline(text)) == expected


REF = dt.date(2017, 3, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in August 2014", "2014-08"),
        ("in 2015", "2015"),
        ("a 2013 inspection", "2013"),
        ("its 2014 'inadequate' rating", "2014"),
        ("the 2015 good judgement", "2015"),
        ("last August", "2016-08"),
        ("last month", "2017-02"),
        ("last year", "2016"),
        ("last Summer", "2016"),
        ("in March", "2017-03"),
        ("in May", "2016-05"),
        ("since 2015", "2015"),
        ("the vacancy rate for 2015 was", "2015"),
        ("two years after", "2015"),
        ("the autumn of 2014", "2014"),
        ("in mid-2015", "2015"),
        ("on June 6", "2016-06-06"),  # the month first, as American copy writes it
        ("on March 6 and 7", "2017-03-06"),
        ("between June 6 and June 8", "2016-06-06"),
        ("the visit on October 15-16", "2016-10-15"),
        ("this spring", "2017"),
        ("this summer", None),
        ("January this year", "2017-01"),
        ("January last year", "2016-01"),
        ("June this year", None),
    ],
)
def test_expressions_resolve_against_the_reference(text: str, expected: str) -> None:
    """Explicit and relative expressions resolve by calendar arithmetic."""
    assert [d.value for d in dates.find_dates(text, REF)] == [expected]


def test_a_count_after_a_month_is_no_day() -> None:
    """ "In March 12 councils were inspected": twelve councils, no 12 March (a month first
    reads as a day only after "on", "between", "from", "by", "since" and the like)."""
    assert not any(d.value and len(d.value) == 10 for d in dates.find_dates("In March 12 councils were inspected", REF))


@pytest.mark.parametrize("bound", ["less than", "under", "fewer than", "within"])
@pytest.mark.parametrize("span", ["two years ago", "18 months ago", "a year ago"])
def test_a_bounded_span_back_is_no_date(bound: str, span: str) -> None:
    """ "qualified less than two years ago" bounds a duration; it names no point in time,
    while the same words unbounded do."""
    assert dates.find_dates(f"staff who qualified {bound} {span}", REF) == ()
    assert len(dates.find_dates(f"staff who qualified {span}", REF)) == 1


@pytest.mark.parametrize(("phrase", "forward"), [
    ("two years after", True), ("a year before", True), ("a year earlier", False), ("three months earlier", False),
])
def test_only_after_and_before_date_what_follows(phrase: str, forward: bool) -> None:
    """ "seven years after [it was rated]" dates what follows it; "23 per cent a year
    earlier" what precedes it."""
    (found,) = dates.find_dates(f"It was 23 per cent {phrase} the review.", REF)
    assert found.forward is forward


@pytest.mark.parametrize("text", ["may", "We", "now", "From £15 / month", "in just two years", "Theresa May said"])
def test_words_that_only_look_like_dates(text: str) -> None:
    """No date from words that merely resemble dates."""
    assert dates.find_dates(text, REF) == ()


def test_relative_needs_a_reference() -> None:
    """With no reference date a relative expression resolves to None, never today."""
    assert [d.value for d in dates.find_dates("rated inadequate last August", None)] == [None]


def test_same_year_takes_the_previous_explicit_year() -> None:
    """ "the same year" means the last explicit year before it."""
    found = dates.find_dates("rated inadequate in 2014. Knowsley in the same year.", None)
    assert [d.value for d in found] == ["2014", "2014"]


def test_date_spans_and_ranges_take_their_first_day() -> None:
    """Spans of days or months date from their first day, across a year end too."""
    ref = dt.date(2024, 4, 10)
    cases = {
        "on 20 and 21 February 2024": "2024-02-20",
        "on 31 January and 1 February 2024": "2024-01-31",
        "in November and December 2015": "2015-11",
        "between 30 December and 2 January 2015": "2014-12-30",
        "(between 6 and 8 October)": "2023-10-06",
        "6-8 October 2020": "2020-10-06",
        "on 2 April": "2024-04-02",
    }
    for text, expected in cases.items():
        assert [d.value for d in dates.find_dates(text, ref)] == [expected], text


# -- properties ------------------------------------------------------------------------

MONTHS = "January February March April May June July August September October November December".split()
NUMBER_WORDS = "one two three four five six seven eight nine ten".split()
references = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2045, 12, 31))


def _months_back(ref: dt.date, n: int) -> str:
    index = ref.year * 12 + ref.month - 1 - n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@st.composite
def relative_expressions(draw: st.DrawFn, ref: dt.date) -> tuple[str, str]:
    """A relative expression and the value calendar arithmetic gives it against ``ref``."""
    kind = draw(st.sampled_from(["last_month_name", "this_month_name", "in_month", "on_day", "unit", "ago", "after", "season",
                                 "the_season", "of_last_year"]))
    if kind == "of_last_year":  # "the spring of last year", "March of last year": last year's, whatever the reference's month
        month = draw(st.integers(1, 12))
        season = draw(st.sampled_from(["spring", "summer", "autumn", "winter"]))
        return draw(st.sampled_from([(f"in the {season} of last year", f"{ref.year - 1:04d}"),
                                     (f"in {MONTHS[month - 1]} of last year", f"{ref.year - 1:04d}-{month:02d}")]))
    if kind == "this_month_name":  # "this March": the reference's year, a month not after it
        month = draw(st.integers(1, ref.month))
        return f"this {MONTHS[month - 1]}", f"{ref.year:04d}-{month:02d}"
    if kind == "the_season":  # "in the summer": the latest one begun by the reference date
        season, first = draw(st.sampled_from([("spring", 3), ("summer", 6), ("autumn", 9), ("winter", 12)]))
        lead = draw(st.sampled_from(["in", "during", "over"]))
        return f"{lead} the {season}", f"{ref.year if ref.month >= first else ref.year - 1:04d}"
    if kind in ("last_month_name", "in_month"):
        month = draw(st.integers(1, 12))
        if kind == "last_month_name":
            return f"last {MONTHS[month - 1]}", f"{ref.year - 1:04d}-{month:02d}"
        year = ref.year if month <= ref.month else ref.year - 1
        return f"in {MONTHS[month - 1]}", f"{year:04d}-{month:02d}"
    if kind == "on_day":
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        return f"on {day} {MONTHS[month - 1]}", dt.date(year, month, day).isoformat()
    if kind == "unit":
        which = draw(st.sampled_from(["last month", "last year", "this year", "this month"]))
        return which, {
            "last month": _months_back(ref, 1),
            "last year": f"{ref.year - 1:04d}",
            "this year": f"{ref.year:04d}",
            "this month": _months_back(ref, 0),
        }[which]
    n = draw(st.integers(1, 10))
    spelled = draw(st.sampled_from([str(n), NUMBER_WORDS[n - 1]]))
    if kind == "ago":
        unit = draw(st.sampled_from(["year", "month"]))
        value = f"{ref.year - n:04d}" if unit == "year" else _months_back(ref, n)
        return f"{spelled} {unit}{'s' if n > 1 else ''} ago", value
    if kind == "after":
        return f"{spelled} years after", f"{ref.year - n:04d}"
    season = draw(st.sampled_from(["spring", "summer", "autumn"]))
    last_month = {"spring": 5, "summer": 8, "autumn": 11}[season]
    return f"last {season}", f"{ref.year if ref.month > last_month else ref.year - 1:04d}"


@given(data=st.data(), ref=references)
@settings(max_examples=300, deadline=None)
def test_relative_expressions_follow_calendar_arithmetic(data: st.DataObject, ref: dt.date) -> None:
    """A generated relative expression resolves to what calendar arithmetic says,
    never after the reference date, wherever it stands in a sentence."""
    expression, expected = data.draw(relative_expressions(ref))
    text = f"The council was rated inadequate {expression}, inspectors said."
    found = dates.find_dates(text, ref)
    assert [d.value for d in found] == [expected], expression
    assert found[0].value is not None and found[0].value <= ref.isoformat()[: len(found[0].value)]
    assert text[found[0].start : found[0].end].endswith(expression.split()[-1])


@given(ref=references)
def test_this_month_name_after_the_reference_is_no_date(ref: dt.date) -> None:
    """"this December" said in June is a plan, not the date of an event: no value."""
    for month in range(ref.month + 1, 13):
        found = dates.find_dates(f"The council will be inspected this {MONTHS[month - 1]}.", ref)
        assert [d.value for d in found] == [None]


NOT_DATES = [
    "may", "might", "march", "We", "now", "£15", "£2015", "in just two years", "15 cases",
    "Theresa May said", "by June Smith", "up to 30", "one in five", "the second", "a month",
    "months", "Mayor", "Marchant", "Augusta", "per cent", "10%", "2,015 children", "No. 10",
    "years of", "the council", "social workers", "rated", "good", "Ofsted", "since then", "in time",
]


#: Lower-case words that are (parts of) real date expressions, kept out of the random words.
DATE_WORDS = {"today", "yesterday", "last", "this", "next", "year", "month", "week", "ago", "later", "same", "that"}
random_words = st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda w: w not in DATE_WORDS)


@given(words=st.lists(st.sampled_from(NOT_DATES) | random_words, max_size=12), ref=references)
@settings(max_examples=300, deadline=None)
def test_words_that_look_like_dates_never_give_one(words: list[str], ref: dt.date) -> None:
    """Random sequences of date-like non-dates (and lower-case words) give no date."""
    assert dates.find_dates(" ".join(words), ref) == ()


@pytest.mark.parametrize("part", ["early", "mid", "late"])
@pytest.mark.parametrize(("month", "number"), [("January", 1), ("March", 3), ("November", 11)])
def test_a_part_of_a_month_joined_by_a_hyphen_is_that_month(part: str, month: str, number: int) -> None:
    """"in mid-January", "in late-March 2016": the month, its span including the part."""
    for text, year in ((f"a visit in {part}-{month}.", 2017 if number <= 3 else 2016), (f"a visit in {part}-{month} 2014.", 2014)):
        found = [(d.value, text[d.start : d.end]) for d in dates.find_dates(text, REF)]
        expected_span = text[text.index(part) : text.index(".")]
        assert found == [(f"{year}-{number:02d}", expected_span)]


@pytest.mark.parametrize(("text", "year"), [("a decade ago", "2007"), ("two decades ago", "1997"), ("a little over a decade ago", "2007")])
def test_decades_ago(text: str, year: str) -> None:
    """"a decade ago" is ten years before the reference, to the year."""
    assert [d.value for d in dates.find_dates(f"It was inspected {text}.", REF)] == [year]


@pytest.mark.parametrize(("text", "expected"), [
    (" date 2021-06-14 Kent council said it would act on the findings at once.", dt.date(2021, 6, 14)),
    ("Date: 3 May 2022\nKent council said it would act.", dt.date(2022, 5, 3)),
    ("Kent services praised\n12/07/22\nKent council said it would act on the findings.", dt.date(2022, 7, 12)),
    ("Inspection of Kent\nInspection date: 1 March 2015 - 20 March 2015\nReport published: 20 May 2015\nText.",
     dt.date(2015, 5, 20)),
])
def test_metadata_and_header_datelines(text: str, expected: dt.date) -> None:
    """A scraped page's metadata date (glued to the first paragraph or not), a header line
    that is a short numeric date, and a labelled "Report published:" line date the text."""
    found = dates.find_dateline(text)
    assert found is not None and found.date == expected


@pytest.mark.parametrize("line", ["This article was first published on 5 March 2019.",
                                  "This story was originally published on March 5, 2019.", "The press release was published 5 March 2019.",
                                  "This article was first published in the Ashbury Mercury on 5 March 2019 and appears here by agreement."])
def test_the_text_s_own_publication_stated_anywhere_is_its_dateline(line: str) -> None:
    """"This article was first published on ..." dates the text itself, wherever it stands."""
    body = "\n\n".join(["Rutland's services for families earned praise from the inspectors who visited this week."] * 10)
    found = dates.find_dateline(f"Kent rated good\n\n{body}\n\n{line}\n")
    assert found is not None and found.date == dt.date(2019, 3, 5)


@pytest.mark.parametrize(("text", "value"), [("January's inspection of Kent found progress.", "2019-01"),
                                             ("May's monitoring visit found progress.", "2018-05")])
def test_a_month_s_event_is_the_latest_such_month(text: str, value: str) -> None:
    """"January's inspection" dates the event to the latest January by the reference; a
    month's possessive before anything else ("June's husband") is no date."""
    ref = dt.date(2019, 3, 5)
    assert [d.value for d in dates.find_dates(text, ref)] == [value]
    assert not dates.find_dates("June's husband said so.", ref)


@given(ref=references, month=st.integers(1, 12), data=st.data())
@settings(max_examples=300, deadline=None)
def test_a_month_written_before_an_event_noun_is_the_latest_such_month(ref: dt.date, month: int, data: st.DataObject) -> None:
    """"its January inspection", "Kent's May visit", "a March monitoring visit", "the April
    Ofsted report": a month used as a premodifier of an event dates it to the latest such
    month by the reference; a month before a name ("the June Smith report") or before any
    other noun ("the May fair") is no date."""
    lead = data.draw(st.sampled_from(["its", "the", "a", "their", "Kent's", "the council's"]))
    noun = data.draw(st.sampled_from(["inspection", "monitoring visit", "focused visit", "Ofsted report", "full inspection",
                                      "report", "visit", "re-inspection"]))
    name = MONTHS[month - 1]
    year = ref.year if month <= ref.month else ref.year - 1
    text = f"In {lead} {name} {noun}, inspectors found progress."
    assert [d.value for d in dates.find_dates(text, ref)] == [f"{year:04d}-{month:02d}"], text
    other = data.draw(st.sampled_from([f"the {name} Smith report", f"the {name} fair", f"its {name} newsletter"]))
    assert not dates.find_dates(f"They read {other} again.", ref), other


@given(ref=references, year=st.integers(1995, 2040), month=st.integers(1, 12), data=st.data())
@settings(max_examples=300, deadline=None)
def test_a_timeline_item_s_month_takes_its_heading_s_year(ref: dt.date, year: int, month: int, data: st.DataObject) -> None:
    """A year alone on its line heads the items under it: "2014" over "• November – ..."
    is November 2014, whatever the reference; with no heading, the month is the latest by
    the reference, as a bare month."""
    bullet = data.draw(st.sampled_from(["\u2022 ", "- ", "* ", ""]))
    sep = data.draw(st.sampled_from([" \u2013 ", " - ", ": "]))
    item = f"{bullet}{MONTHS[month - 1]}{sep}Inspectors visited the council.\n"
    text = f"The story so far\n\n{year}\n{item}"
    assert [d.value for d in dates.find_dates(text, ref)] == [f"{year:04d}-{month:02d}"], text
    latest = ref.year if month <= ref.month else ref.year - 1
    assert [d.value for d in dates.find_dates(f"The story so far\n\n{item}", ref)] == [f"{latest:04d}-{month:02d}"]


def test_a_publication_date_in_the_body_is_no_dateline() -> None:
    """ "Ofsted's letter to Kent, published on 5 March 2019, ..." dates the letter, not the article."""
    text = ("Kent praised by inspectors\n\nBy Sam Roe\n\nInspectors visited Kent last spring and found strong "
            "leadership across the service, with good practice in most teams.\n\nOfsted's letter to Kent, published "
            "on 5 March 2019, praised the council for its work with care leavers and families.\n")
    assert dates.find_dateline(text) is None


@given(ref=references, year=st.integers(1995, 2040), first=st.integers(1, 11), data=st.data())
@settings(max_examples=300, deadline=None)
def test_a_span_of_months_with_its_year_dates_from_its_first_month(ref: dt.date, year: int, first: int,
                                                                  data: st.DataObject) -> None:
    """"in February and March of 2019", "in late May and early June 2018", "in May of 2018":
    the year after the last month dates the span whatever the reference date (a dateline
    used to date the first month on its own)."""
    second = data.draw(st.integers(first + 1, 12))
    pre1, pre2 = (data.draw(st.sampled_from(["", "early ", "late ", "mid-"])) for _ in range(2))
    of = data.draw(st.sampled_from(["", "of "]))
    text = data.draw(st.sampled_from([
        f"in {pre1}{MONTHS[first - 1]} and {pre2}{MONTHS[second - 1]} {of}{year}",
        f"in {pre1}{MONTHS[first - 1]} {of}{year}",
    ]))
    assert [d.value for d in dates.find_dates(text, ref)] == [f"{year:04d}-{first:02d}"], text


@given(articles(max_paragraphs=4))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_dates_tried_only_where_one_can_start_are_the_dates_found_everywhere(article: Generated) -> None:
    """The date scan tries its pattern only where ``re`` finds a date can start, and finds
    exactly the matches a scan trying every position finds."""
    from ofsted_ie._date_patterns import _date_pattern
    from ofsted_ie.dates import _matches

    text = prepare(article.text).text + " in mid-2019, the same year, two months later, in the spring, 3/4/2020"
    everywhere = [m.span() for m in _date_pattern().finditer(text)]
    assert [m.span() for m in _matches(text, None, None)] == everywhere and everywhere


@given(articles(max_paragraphs=4), st.lists(st.sampled_from([
    "on 6 October", "1st of May 2019", "3 years ago", "2 months later", "20.11.2020", "6 and 8 October 2020",
    "6-8 October", "31 January and 1 February 2024", "in 2015", "2016-17", "(2014)", "mid-2018", "12 children",
    "12 per cent", "a 2013 inspection", "Friday 24 March 2017", "July 7, 2017", "2018-02-15", "11th of June",
]), max_size=6))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_a_figure_opens_a_date_only_with_what_a_date_needs_after_it(article: Generated, extra: list[str]) -> None:
    """The first-token check that lets a figure open a date only with a month, a unit, a
    numeric date's rest or a range after it finds every date that letting any digit open
    one finds."""
    from ofsted_ie import _date_patterns as p

    loose = p._FIRST_TOKEN.replace(p._FIRST_FIGURE, r"\d")
    assert loose != p._FIRST_TOKEN
    everywhere = regex.compile(p._date_pattern().pattern.replace(p._FIRST_TOKEN, loose), p._date_pattern().flags,
                               **p._DATE_LISTS)
    assert everywhere.pattern != p._date_pattern().pattern
    text = prepare(article.text).text + " " + ". ".join(extra)
    assert [m.span() for m in p._date_pattern().finditer(text)] == [m.span() for m in everywhere.finditer(text)]


@given(st.lists(st.sampled_from(["Published", "PUBLISHED", "posted", "Po\u017fted", "UpDated", "published by Jo Bell on",
                                 ": ", " ", "10:30, ", "5 March 2019", "05/03/2019", "\n", "x", "published published"]),
                max_size=14))
@settings(max_examples=300)
def test_published_labels_are_the_matches_a_scan_of_every_position_finds(pieces: list[str]) -> None:
    """Trying the "Published ..." pattern only where its opening word stands (in any case,
    a long s among them) finds what ``finditer`` finds trying every position."""
    text = "".join(pieces)
    found = [m.span() for m in dates._published_labels(text)]
    assert found == [m.span() for m in dates._PUBLISHED.finditer(text)]
