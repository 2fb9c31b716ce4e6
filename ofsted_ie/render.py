"""A standalone HTML page showing what was extracted from a text.

``render_html(doc, text)`` returns one self-contained page (inline CSS, no scripts,
no external assets): the text with each record's evidence highlighted and coloured
by type, the record's fields shown on hover (a tooltip) and on keyboard focus; beside
it a table per record type; and, per authority, its inspections and grades over time
as a small inline SVG chart. Every piece of the text is HTML-escaped, so markup in an
article (a ``<script>``, say) is shown, never run.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from .records import RECORD_TYPES, Document, Inspection, Rating, Record

__all__ = ["render_html"]

#: Highlight colour per record type (Document field name).
COLOURS: Final = {
    "authorities": "#c5e1a5",
    "ratings": "#ffd54f",
    "percentages": "#81d4fa",
    "caseloads": "#80cbc4",
    "quotes": "#e1bee7",
    "inspections": "#ffab91",
    "people": "#b0bec5",
}
#: Height of each grade on a timeline, best at the top; the 2009-2012 annual ratings
#: share the heights of the grades they correspond to.
GRADE_LEVELS: Final = {
    "outstanding": 4, "performs_excellently": 4,
    "good": 3, "performs_well": 3,
    "requires_improvement": 2, "adequate": 2, "performs_adequately": 2,
    "inadequate": 1, "performs_poorly": 1,
}
_LEVEL_LABELS: Final = {4: "outstanding", 3: "good", 2: "requires improvement", 1: "inadequate"}
_SKIP_FIELDS: Final = frozenset({"start", "end"})

_CSS: Final = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
header { padding: 0.8em 1.2em; background: #263238; color: #fff; }
header h1 { font-size: 1.1em; margin: 0; }
main { display: flex; flex-wrap: wrap; gap: 1.5em; padding: 1.2em; }
#text { flex: 1 1 32em; white-space: pre-wrap; max-width: 48em; }
#records { flex: 1 1 30em; overflow-x: auto; }
mark { position: relative; border-radius: 2px; padding: 0 1px; color: inherit; }
mark:focus { outline: 2px solid #263238; }
mark:hover::after, mark:focus::after {
  content: attr(data-fields); position: absolute; left: 0; top: 1.6em; z-index: 10;
  white-space: pre; background: #fffde7; border: 1px solid #999; padding: 0.3em 0.5em;
  font-size: 12px; line-height: 1.3; box-shadow: 0 2px 6px rgba(0,0,0,.2);
}
table { border-collapse: collapse; margin-bottom: 1.2em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.3em; }
.timeline { margin-bottom: 1em; }
.legend span { margin-right: 1em; font-size: 13px; }
"""


def _fields(record: Record) -> dict[str, Any]:
    return {k: v for k, v in attrs.asdict(record, recurse=False).items() if k not in _SKIP_FIELDS}


def _describe(kind: str, record: Record) -> str:
    """The record's fields as tooltip lines."""
    lines = [kind.rstrip("s") if kind != "people" else "person"]
    lines += [f"{k}: {v}" for k, v in _fields(record).items() if v is not None]
    return "\n".join(lines)


def _highlighted(text: str, doc: Document) -> str:
    """The text, escaped, with a ``<mark>`` per record. Spans nest; one that crosses
    the end of the span it starts in is cut there (its record is still in the tables)."""
    spans = []
    for kind in RECORD_TYPES:
        for i, record in enumerate(getattr(doc, kind)):
            if record.start is None or record.end is None or not 0 <= record.start < record.end <= len(text):
                continue
            fields = html.escape(_describe(kind, record))
            tag = (
                f'<mark class="rec {kind}" id="{kind}-{i}" tabindex="0" style="background:{COLOURS[kind]}" '
                f'data-type="{kind}" data-start="{record.start}" data-end="{record.end}" '
                f'title="{fields}" data-fields="{fields}">'
            )
            spans.append((record.start, record.end, tag))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    open_ends: list[int] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(html.escape(text[pos:end]))
            out.append("</mark>")
            pos = end

    for start, end, tag in spans:
        close_until(start)
        if open_ends:
            end = min(end, open_ends[-1])
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(tag)
        pos = start
        open_ends.append(end)
    close_until(len(text))
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _table(kind: str, records: Sequence[Record], text: str) -> str:
    if not records:
        return ""
    columns = [f.name for f in attrs.fields(type(records[0])) if f.name not in _SKIP_FIELDS]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in [*columns, "evidence"])
    rows = []
    for i, record in enumerate(records):
        values = _fields(record)
        cells = "".join(f"<td>{html.escape('' if values[c] is None else str(values[c]))}</td>" for c in columns)
        evidence = text[record.start : record.end] if record.start is not None and record.end is not None else ""
        link = f'<a href="#{kind}-{i}">{html.escape(evidence[:80])}</a>'
        rows.append(f"<tr>{cells}<td>{link}</td></tr>")
    swatch = f'<span class="swatch" style="background:{COLOURS[kind]}"></span>'
    return (f'<table class="records" data-type="{kind}"><caption>{swatch}{html.escape(kind)} ({len(records)})</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _year(when: str) -> float:
    """A partial ISO date as a fractional year: "2014" is mid-2014, "2014-08" mid-August."""
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    month = parts[1]
    day = parts[2] if len(parts) > 2 else 15
    return parts[0] + (month - 1 + (day - 1) / 31) / 12


def _timeline_svg(authority: str, events: Iterable[Inspection | Rating]) -> str:
    """Grades (y) against dates (x) for one authority, inspections as ticks on the axis."""
    dated = [e for e in events if e.when]
    ratings = [e for e in dated if isinstance(e, Rating) and e.grade in GRADE_LEVELS]
    if not dated:
        return ""
    years = [_year(e.when) for e in dated if e.when]
    lo, hi = min(years) - 0.5, max(years) + 0.5
    width, height, left, bottom, top = 480, 170, 150, 30, 12

    def x(year: float) -> float:
        return left + (year - lo) / (hi - lo) * (width - left - 12)

    def y(level: int) -> float:
        return top + (4 - level) * (height - top - bottom) / 3

    parts = [f'<svg class="timeline" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{html.escape(authority)}: grades over time</title>']
    for level, label in _LEVEL_LABELS.items():
        parts.append(f'<line x1="{left}" x2="{width - 12}" y1="{y(level):.1f}" y2="{y(level):.1f}" stroke="#eee"/>'
                     f'<text x="{left - 6}" y="{y(level) + 4:.1f}" font-size="11" text-anchor="end">{label}</text>')
    axis_y = height - bottom + 6
    parts.append(f'<line x1="{left}" x2="{width - 12}" y1="{axis_y}" y2="{axis_y}" stroke="#999"/>')
    for tick in range(math.ceil(lo), math.floor(hi) + 1):
        parts.append(f'<text x="{x(tick):.1f}" y="{height - 4}" font-size="10" text-anchor="middle">{tick}</text>')
    for e in dated:
        if isinstance(e, Inspection) and e.when:
            label = html.escape(f"{e.kind.replace('_', ' ')} {e.when}")
            parts.append(f'<path class="inspection" d="M{x(_year(e.when)):.1f} {axis_y - 7} v10" stroke="{COLOURS["inspections"]}" '
                         f'stroke-width="4"><title>{label}</title></path>')
    points = sorted(((_year(r.when), GRADE_LEVELS[r.grade], r) for r in ratings if r.when), key=lambda p: p[:2])
    for when, level, r in points:
        fill = COLOURS["ratings"] if r.current else "#fff"
        label = html.escape(f"{r.grade.replace('_', ' ')} ({r.judgement.replace('_', ' ')}) {r.when}")
        parts.append(f'<circle class="grade" cx="{x(when):.1f}" cy="{y(level):.1f}" r="5" fill="{fill}" stroke="#795548">'
                     f"<title>{label}</title></circle>")
    parts.append("</svg>")
    return "".join(parts)


def render_html(doc: Document, text: str | None = None, *, title: str | None = None) -> str:
    """A standalone HTML page of the Document's text with its records highlighted.

    Args:
        doc: the Document.
        text: the text exactly as given to ``extract``; by default the Document's own
            (``doc.text``). A text other than the Document's is refused: its offsets
            would highlight nonsense.
        title: the page title; by default the document's id.

    Returns:
        The page, one string of HTML with no external assets and no scripts.

    Raises:
        TypeError: ``doc`` is not a Document, or ``text`` or ``title`` not a ``str``.
        ValueError: no text to show, or one that is not the Document's.

    Example:
        >>> import ofsted_ie
        >>> text = "Kent was rated 'good'. <script>alert(1)</script>"
        >>> page = ofsted_ie.render_html(ofsted_ie.extract(text))
        >>> "<script>" in page, "&lt;script&gt;" in page
        (False, True)
    """
    if not isinstance(doc, Document):
        raise TypeError(f"render_html() takes a Document, got {type(doc).__name__}")
    if text is None:
        if doc.text is None:
            raise ValueError("render_html(): this Document has no text; pass the text it was extracted from")
        text = doc.text
    if not isinstance(text, str):
        raise TypeError(f"render_html() takes text as str, got {type(text).__name__}; decode it first")
    if doc.text is not None and text != doc.text:
        raise ValueError("render_html(): the text is not the one this Document was extracted from")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"render_html() takes title as str or None, got {type(title).__name__}")
    name = title if title is not None else (doc.id or "ofsted_ie")
    meta = [f"published {doc.published}" if doc.published else "", f"by {doc.byline}" if doc.byline else ""]
    counts = ", ".join(f"{len(getattr(doc, k))} {k}" for k in RECORD_TYPES if getattr(doc, k))
    legend = "".join(f'<span><span class="swatch" style="background:{c}"></span>{k}</span>' for k, c in COLOURS.items())
    tables = "".join(_table(kind, getattr(doc, kind), text) for kind in RECORD_TYPES)
    timelines = "".join(
        f"<h3>{html.escape(a.name)}</h3>{svg}"
        for a in doc.authorities
        if (svg := _timeline_svg(a.name, doc.timeline(a.name)))
    )
    notes = "".join(f"<p>{html.escape(line)}</p>" for line in (*doc.warnings, *([doc.error] if doc.error else [])))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(name)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head><body>'
        f"<header><h1>{html.escape(name)}</h1><div>{html.escape(' '.join(m for m in meta if m))}</div>"
        f'<div>{html.escape(counts or "no records")}</div><div class="legend">{legend}</div></header>'
        f'<main><article id="text">{_highlighted(text, doc)}</article>'
        f'<section id="records">{notes}{timelines and "<h2>Timelines</h2>" + timelines}'
        f"<h2>Records</h2>{tables or '<p>No records.</p>'}</section></main></body></html>\n"
    )
