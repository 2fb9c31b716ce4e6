"""A standalone HTML page of a ``History``: one timeline row per authority.

``render_history_html(history)`` draws small multiples on one shared time axis: for
each authority a row of its grades as coloured marks (height and colour by grade; a
filled circle for the overall judgement, a diamond for the others), its inspections and
visits as ticks on the row's baseline, and conflicts ringed in red. Each mark links to
its entry in the sources table below, which lists every source (document, publication
date, evidence words). Undated entries are listed beside their row. The page has inline
CSS, no scripts and no external assets, and every piece of text is HTML-escaped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Final

from .history import Entry, History
from .render import GRADE_LEVELS

__all__ = ["render_history_html"]

#: Mark colour per grade level (4 best), as the common red-amber-green of grade charts.
GRADE_COLOURS: Final = {4: "#1b7837", 3: "#7fbf7b", 2: "#f1a340", 1: "#d7301f"}
#: Tick colour per inspection kind.
KIND_COLOURS: Final = {"inspection": "#263238", "monitoring_visit": "#6a51a3", "focused_visit": "#2171b5",
                       "jtai": "#8c6d31"}
_WIDTH: Final = 760
_LEFT: Final = 12
_ROW: Final = 70
_CSS: Final = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
header { padding: 0.8em 1.2em; background: #263238; color: #fff; }
header h1 { font-size: 1.1em; margin: 0; }
main { padding: 1em 1.2em; }
.row { display: flex; align-items: center; gap: 0.8em; border-bottom: 1px solid #eee; }
.row h2 { font-size: 0.95em; width: 14em; margin: 0; flex: none; }
.row svg { flex: none; }
.undated { font-size: 12px; color: #555; width: 16em; }
.legend span { margin-right: 1em; font-size: 12px; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.3em; }
table { border-collapse: collapse; margin-top: 1.5em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
tr:target { background: #fff8c4; }
.conflict { color: #b00020; font-weight: bold; }
"""


def _year(when: str) -> float:
    """A partial ISO date as a fractional year: "2014" is mid-2014, "2014-08" mid-August."""
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    day = parts[2] if len(parts) > 2 else 15
    return parts[0] + (parts[1] - 1 + (day - 1) / 31) / 12


def _label(e: Entry) -> str:
    """What a mark says on hover: "good (overall) 2019-05, 3 sources"."""
    what = (f"{(e.grade or '').replace('_', ' ')} ({(e.judgement or 'overall').replace('_', ' ')})"
            if e.kind == "rating" else e.kind.replace("_", " "))
    flags = (", current" if e.current else "") + (", CONFLICT" if e.conflict else "")
    return f"{what} {e.when or 'undated'}, {len(e.sources)} source{'s' * (len(e.sources) != 1)}{flags}"


def _row_svg(entries: Sequence[tuple[int, Entry]], lo: float, hi: float) -> str:
    """One authority's dated entries on the shared axis ``[lo, hi]`` (fractional years)."""
    def x(when: str) -> float:
        return _LEFT + (_year(when) - lo) / (hi - lo) * (_WIDTH - 2 * _LEFT)

    def y(level: int) -> float:
        return 7 + (4 - level) * (_ROW - 28) / 3

    base = _ROW - 14
    parts = [f'<svg class="timeline" width="{_WIDTH}" height="{_ROW}" viewBox="0 0 {_WIDTH} {_ROW}" '
             f'xmlns="http://www.w3.org/2000/svg" role="img">',
             f'<line x1="{_LEFT}" x2="{_WIDTH - _LEFT}" y1="{base}" y2="{base}" stroke="#bbb"/>']
    for tick in range(math.ceil(lo), math.floor(hi) + 1):
        px = _LEFT + (tick - lo) / (hi - lo) * (_WIDTH - 2 * _LEFT)
        parts.append(f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{base}" y2="{base + 4}" stroke="#bbb"/>'
                     f'<text x="{px:.1f}" y="{_ROW - 1}" font-size="9" fill="#777" text-anchor="middle">{tick}</text>')
    for i, e in entries:
        assert e.when is not None
        title = f"<title>{html.escape(_label(e))}</title>"
        if e.kind != "rating":
            colour = KIND_COLOURS.get(e.kind, "#263238")
            mark = (f'<path class="event {e.kind}" d="M{x(e.when):.1f} {base - 9} v12" stroke="{colour}" '
                    f'stroke-width="{3 if e.kind == "inspection" else 2}">{title}</path>')
        else:
            level = GRADE_LEVELS.get(e.grade or "", 0)
            if not level:
                continue
            cx, cy, fill = x(e.when), y(level), GRADE_COLOURS[level]
            ring = ' stroke="#b00020" stroke-width="2.5"' if e.conflict else ' stroke="#fff" stroke-width="1"'
            if e.judgement in (None, "overall"):
                shape = f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{fill}"{ring}/>'
            else:
                shape = f'<path d="M{cx:.1f} {cy - 5:.1f} l5 5 l-5 5 l-5 -5 z" fill="{fill}"{ring}/>'
            mark = f'<g class="grade {html.escape(e.grade or "")}{" conflict" if e.conflict else ""}">{title}{shape}</g>'
        parts.append(f'<a href="#entry-{i}">{mark}</a>')
    parts.append("</svg>")
    return "".join(parts)


def _sources_table(numbered: Sequence[tuple[int, Entry]]) -> str:
    rows = []
    for i, e in numbered:
        sources = "<br>".join(
            html.escape(f"{s.doc or '(no id)'}{f' ({s.published})' if s.published else ''}: ")
            + (f"<q>{html.escape(s.evidence)}</q>" if s.evidence else html.escape(f"[{s.start}, {s.end})"))
            for s in e.sources
        )
        flag = '<span class="conflict">conflict</span>' if e.conflict else ""
        cells = [e.authority, e.kind.replace("_", " "), (e.judgement or "").replace("_", " "),
                 (e.grade or "").replace("_", " "), e.when or "undated", "yes" if e.current else ""]
        rows.append(f'<tr id="entry-{i}">' + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
                    + f"<td>{flag}</td><td>{sources}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("authority", "kind", "judgement", "grade", "when", "current", "",
                                            "sources"))
    return f'<table class="entries"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_history_html(history: History, *, entries: Sequence[Entry] | None = None, title: str = "ofsted_ie history") -> str:
    """A standalone HTML page of a history's timelines and their sources.

    Args:
        history: the ``History`` (``ofsted_ie.history(docs)``).
        entries: the entries to draw (by default all of them); the CLI passes one
            authority's, or those current at a date.
        title: the page title.

    Returns:
        One string of HTML: no scripts, no external assets, everything escaped.

    Raises:
        TypeError: ``history`` is not a ``History`` or ``title`` not a ``str``.

    Example:
        >>> from ofsted_ie import Document, Rating, history
        >>> doc = Document(id="a", ratings=[Rating(authority="Kent", grade="good", when="2019-05")])
        >>> page = render_history_html(history([doc]))
        >>> page.startswith("<!DOCTYPE html>"), "<script" in page, 'href="#entry-0"' in page
        (True, False, True)
    """
    if not isinstance(history, History):
        raise TypeError(f"render_history_html() takes a History, got {type(history).__name__}")
    if not isinstance(title, str):
        raise TypeError(f"render_history_html() takes title as str, got {type(title).__name__}")
    numbered = list(enumerate(history.entries if entries is None else entries))
    years = [_year(e.when) for _, e in numbered if e.when]
    lo, hi = (math.floor(min(years)), math.ceil(max(years))) if years else (0.0, 1.0)
    if hi - lo < 1:
        hi = lo + 1
    rows = []
    for authority in sorted({e.authority for _, e in numbered}):
        own = [(i, e) for i, e in numbered if e.authority == authority]
        undated = ", ".join(f'<a href="#entry-{i}">{html.escape(_label(e))}</a>' for i, e in own if not e.when)
        rows.append(f'<div class="row"><h2>{html.escape(authority)}</h2>'
                    f"{_row_svg([(i, e) for i, e in own if e.when], lo, hi)}"
                    f'<div class="undated">{undated}</div></div>')
    legend = "".join(f'<span><span class="swatch" style="background:{GRADE_COLOURS[level]}"></span>{name}</span>'
                     for level, name in ((4, "outstanding"), (3, "good"), (2, "requires improvement / adequate"),
                                         (1, "inadequate")))
    conflicts = sum(1 for _, e in numbered if e.conflict)
    summary = (f"{len(rows)} authorities, {len(numbered)} entries, {conflicts} in conflict; "
               f"axis {int(lo)}\u2013{int(hi)}; \u25cf overall, \u25c6 other judgements, | inspections and visits")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head><body>'
        f"<header><h1>{html.escape(title)}</h1><div>{html.escape(summary)}</div>"
        f'<div class="legend">{legend}</div></header>'
        f'<main><section id="timelines">{"".join(rows) or "<p>No entries.</p>"}</section>'
        f"{_sources_table(numbered) if numbered else ''}</main></body></html>\n"
    )
