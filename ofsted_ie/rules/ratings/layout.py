"""Layout: grades in the lines of tables, lists, headings and reports' judgement rows.

A table row's grade cell after its figures, a heading that grades the councils listed
under it, a list line pairing a council with its grade, and a report's line grading
one judgement. Each reads its line's shape, not a clause.
"""

from __future__ import annotations

from functools import partial
from typing import Final

import attrs
import regex

from ..._timed import timed
from ..._vocab import MONTH_NUMBERS
from ...context import Context
from ...records import Judgement, Rating
from .._common import grade_of
from .._fragments import GRADE, Q
from .._tables import cell_at, column_name, column_year, head_authorities, row_authorities
from .fragments import _COUNCIL_LINE_REST, _JUDGEMENT_PATTERN, _RATED_VERB, RATING_LISTS, _judgement
from .guards import guard_other_subject, guard_row_clause, vetoed

#: A table row's grade cell after its figures: "Kingston upon Thames 65.1 10.2 Good", or
#: a grade standing as a cell: "Leeds | Outstanding" (a tab reads as a space).
_TABLE_ROW = r"""
    (?<=\w)(?P<figures>(?:[ |]+\d[\d.,]*%?){1,5})[ |]+(?P<grade>Outstanding|Good|Requires\ [Ii]mprovement(?:\ to\ be\ [Gg]ood)?|Inadequate|Adequate)(?!\w)
  | (?<=[ |])(?P<grade>Outstanding|Good|Requires\ [Ii]mprovement(?:\ to\ be\ [Gg]ood)?|Inadequate|Adequate|RI|Performs\ (?:excellently|well|adequately|poorly))(?!\w)
    (?:\ \((?P<year>(?:19|20)\d\d)\))?  # "Good (2019)": the grade of that year
"""
#: How a grade cell opens, capitals and all (the cells ``_TABLE_ROW`` reads): its
#: cased triggers, so that a sentence's lower-case "good" costs no scan.
_GRADE_CELL_OPENINGS: Final = ("Outstanding", "Good", "Requires ", "Inadequate", "Adequate", "RI", "Performs ")
#: A heading that grades the list of councils under it: "COUNCILS RATED INADEQUATE".
_HEADED_LIST = rf"""
    (?m:^)[^\n.]{{0,50}}?{_RATED_VERB}\ {Q}{GRADE}{Q}[^\n.]{{0,30}}(?m:$)
"""


#: A row's head cell that is a year (or a month and year): a table of one council's grades by year.
_YEAR_HEAD: Final = timed(r"(?:19|20)\d\d(?:[-/]\d\d)?|\p{Lu}\p{Ll}+\ (?:19|20)\d\d")
#: A column of earlier grades: "Previous grade", "Last inspection", "Former rating".
_EARLIER_COLUMN: Final = timed(r"(?i:\b(?:previous|prior|former|last|earlier|old)\b)")


def _build_table_row(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """A grade cell, for the councils at its row's head ("Leeds | Good"; the judgement its
    column's header names, "Care leavers", else overall; not current under "Previous
    grade"), or for the
    judgement its row's head names in a report's table of judgements ("Adoption
    performance | Outstanding |"), of the council the text is about; in a row
    without cell separators, for the councils ending right before its figures
    ("A/B 65.1 10.2 Good")."""
    grade = grade_of(m.group("grade"))
    cell = cell_at(ctx, m.start("grade"))
    judgement: Judgement = "overall"
    current = True
    if cell is not None:
        whole = cell.span in (m.span("grade"), (m.start("grade"), m.end())) and cell.column > 0
        names: list[str | None] = list(head_authorities(ctx, cell.row)) if whole else []
        if names and (column := column_name(ctx, cell)):  # "Council | Overall | Care leavers": the column's judgement
            named_column = _JUDGEMENT_PATTERN.search(column)
            judgement = _judgement(named_column.group()) if named_column else "overall"
            current = not _EARLIER_COLUMN.search(column)  # "Previous grade", "2015"
        if whole and not names:
            head = ctx.text[slice(*cell.row.cells[0])]
            named = _JUDGEMENT_PATTERN.search(head)
            if named is not None and not guard_other_subject(head):
                judgement = _judgement(named.group())
                names = [ctx.authority_for(m.start(), m.end())]
            elif _YEAR_HEAD.fullmatch(head.strip()):  # "2019 | ILACS inspection | Inadequate": the council's grade that year
                names, year = [ctx.authority_for(m.start(), m.end())], head.strip()[:4]
                return [Rating(authority=name, grade=grade, judgement=judgement, current=True, when=year,
                               start=m.start("grade"), end=m.end("grade")) for name in names if name is not None]
    else:
        names = list(row_authorities(ctx, m.start())) if m.group("figures") else []
    return [
        Rating(authority=name, grade=grade, judgement=judgement, current=current, when=m.group("year"),
               start=m.start("grade"), end=m.end("grade"))
        for name in names
        if name is not None
    ]


_LINE: Final = timed(r"[^\n]+")


def _build_headed_list(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """One rating per council line under a heading that grades them."""
    grade = grade_of(m.group("grade"))
    out: list[Rating] = []
    for line in _LINE.finditer(ctx.text, m.end(), min(len(ctx.text), m.end() + 2000)):
        if not line.group().strip():
            if out:
                break
            continue
        if out and ctx.text.count("\n", out[-1].end or 0, line.start()) > 2:
            break  # a gap of blank lines ends the list
        mentions = ctx.mentions_in(line.start(), line.end())
        if len(mentions) != 1 or ctx.text[line.start() : mentions[0].start].strip() or not _COUNCIL_LINE_REST.fullmatch(
            ctx.text, mentions[0].end, line.end()
        ):
            break
        out.append(Rating(authority=mentions[0].name, grade=grade, judgement="overall", start=line.start(), end=line.end()))
    return out


#: A report's line grading one judgement: "2.1 Adoption performance   Outstanding",
#: "The experiences and progress of care leavers: good" (a section heading).
_JUDGEMENT_ROW = r"""
    (?m:^)[ \t|]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?
    (?P<label>[^\n]{0,100}?(?<!\w)(?P<judgement>(?i:\L<judgements>))(?!\w)[^\n]{0,80}?)
    [ \t|:\u2013-]+["']?(?P<grade>(?i:\L<grades>))["']?(?:[ \t]*\([1-4]\))?
    (?:[ \t]*\((?:(?i:previously|formerly|was|up\ from|down\ from|from)\ |(?P<old_year>(?:19|20)\d\d):?\ )?  # "(Good)", "(previously Good)", "(2019: Good)"
      ["']?(?P<old>(?i:\L<grades>))["']?(?:,?\ (?i:in)\ (?P<old_year>(?:19|20)\d\d))?\))?[ \t.]*(?m:$)  # "Good (2)": the grade's number
"""
#: A list's lead-in saying its bracketed grades are an earlier year's: "(2023 grade in
#: brackets)", "2019 grades shown in brackets".
_BRACKETED_YEAR: Final = timed(r"(?P<year>(?:19|20)\d\d)\ (?i:grades?|ratings?|judge?ments?)\b[^\n]{0,30}?\b(?i:in\ brackets|in\ parentheses|bracketed)")
#: How far before a row its list's lead-in may be.
_LEAD_IN_REACH: Final = 400


def _build_judgement_row(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """The judgement a label names, for the report's council; a grade in brackets after
    it is the judgement's earlier grade ("Children in care – Outstanding (Good)"), of the
    year it or the list's lead-in states ("2019 grade in brackets")."""
    if vetoed(ctx, *m.span("grade"), partial(guard_row_clause, m.group("label")), partial(guard_other_subject, m.group("label"))):
        return []
    authority, judgement = ctx.authority_for(m.start(), m.end()), _judgement(m.group("judgement"))
    out = [Rating(authority=authority, grade=grade_of(m.group("grade")), judgement=judgement, start=m.start("label"), end=m.end("grade"))]
    if m.group("old"):
        lead_in = _BRACKETED_YEAR.search(ctx.text, max(0, m.start() - _LEAD_IN_REACH), m.start())
        year = m.group("old_year") or (lead_in.group("year") if lead_in is not None else None)
        out.append(Rating(authority=authority, grade=grade_of(m.group("old")), judgement=judgement, when=year, current=False,
                          start=m.start("label"), end=m.end("old")))
    earlier = _earlier_columns(ctx, m.start("grade"), authority, judgement)
    if not earlier:
        return out
    # the latest column's grade is current, whichever side the table puts it ("2024 | 2019")
    columns = [_dated_by_column(ctx, out[0]), *earlier]
    latest = max(range(len(columns)), key=lambda k: (columns[k].when or "", k == 0))
    columns = [attrs.evolve(r, current=k == latest) for k, r in enumerate(columns)]
    return [columns[0], *out[1:], *columns[1:]]


#: A grade label's words.
_GRADE_WORDS: Final = timed(r"(?i:\L<grades>)", grades=RATING_LISTS["grades"])
#: A grade alone in a table's cell, perhaps with a footnote's mark: "Good*", "Inadequate (1)".
_GRADE_CELL: Final = timed(r"""["']?(?i:\L<grades>)["']?[ \t]*(?:\*{1,3}|\([1-4]\)|\[\w\]|\d)?""", grades=RATING_LISTS["grades"])


def _earlier_columns(ctx: Context, last: int, authority: str | None, judgement: Judgement) -> list[Rating]:
    """In a table of a judgement's grades over inspections ("Judgement | 2015 (SIF) | 2019 |
    2024"), the grades of the columns before the row's last: each its column's year's,
    no longer current (the caller makes the latest year's current, if the table runs
    from the latest: "Judgement | May 2024 | June 2019")."""
    final = cell_at(ctx, last)
    if final is None:
        return []
    out: list[Rating] = []
    for start, end in final.row.cells[1 : final.column]:
        cell = cell_at(ctx, start)
        if cell is None or not _GRADE_CELL.fullmatch(ctx.text, start, end):
            continue
        year = column_year(ctx, cell)
        if year is None:
            return []  # no inspections' years over its columns: no history
        grade = _GRADE_WORDS.search(ctx.text, start, end)
        assert grade is not None
        out.append(Rating(authority=authority, grade=grade_of(grade.group()), judgement=judgement, when=year, current=False,
                          start=start, end=end))
    return out if out and column_year(ctx, final) is not None else []


def _dated_by_column(ctx: Context, rating: Rating) -> Rating:
    """A table row's current grade with no date of its own: its column's year, if its
    header names one ("2024 (ILACS)")."""
    cell = cell_at(ctx, rating.end - 1) if rating.when is None and rating.end else None
    year = column_year(ctx, cell) if cell is not None else None
    return attrs.evolve(rating, when=year) if year is not None else rating


#: A list line pairing a council with its grade: "- Kent: good (previously requires
#: improvement)", "Surrey - outstanding", and what may follow the grade: its year
#: ("Leeds - outstanding (2018)") or a remark ("Kirklees: inadequate, run by a trust").
_COUNCIL_LINE = r"""
    (?m:^)[ \t]*(?:[-*\u2022\u25aa\u25cf][ \t]*|\d{1,2}[.)][ \t]*)?
    (?P<label>\p{Lu}[^\n:|]{0,60}?)[ \t]*(?::|\||\ -)[ \t]*["']?(?P<grade>(?i:\L<grades>))["']?
    (?:[ \t]*\((?i:previously|was|formerly|up\ from|down\ from|from)\ ["']?(?P<old>(?i:\L<grades>))["']?\))?
    (?:[ \t]*\((?:(?i:inspected|rated|judged|since)\ )?(?:(?P<month>\L<months>)\ )?(?P<year>(?:19|20)\d\d)\))?  # "(2018)"
    (?:(?=,[ \t][^\n]{1,80}?(?m:$))|[ \t.]*(?m:$))   # ", still getting visits" (left to the clause rules)
"""


def _build_council_line(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """Only where the label is one council's name (or title)."""
    start, end = m.span("label")
    mentions = ctx.mentions_in(start, end)
    if len(mentions) != 1 or ctx.text[start : mentions[0].start].strip() or not _COUNCIL_LINE_REST.fullmatch(
        ctx.text, mentions[0].end, end
    ):
        return []
    name = mentions[0].name
    when = m.group("year") and (f"{m.group('year')}-{MONTH_NUMBERS[m.group('month').title()]:02d}" if m.group("month") else m.group("year"))
    out = [Rating(authority=name, grade=grade_of(m.group("grade")), judgement="overall", when=when or None,
                  start=start, end=m.end("grade"))]
    if m.group("old"):
        out.append(Rating(authority=name, grade=grade_of(m.group("old")), judgement="overall", current=False,
                          start=start, end=m.end("old")))
    return out


