"""Text preparation: normalised text for matching, with a map back to the caller's offsets.

``prepare(text)`` straightens curly quotes and apostrophes, turns non-breaking and other
exotic spaces into plain spaces, unifies hyphen and dash variants, folds runs of
horizontal white space into one space, turns CR LF into LF and drops zero-width
characters. Rules match the normalised text; every offset they produce goes back to
the original string through ``Prepared.to_original_start`` / ``to_original_end``.

It also finds paragraphs (non-empty lines), sentences within them, and spans of site
boilerplate (subscription panels, comment widgets, picture credits, job adverts) that
must yield no records. Tabs become spaces in the normalised text, as do runs of spaces,
but where they stood is kept: ``Prepared.cell_lines`` are the lines whose cells a tab, a
bar or (in a row of figures) a run of two or more spaces parts, grouped into tables. It
knows nothing of Ofsted.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Final

import attrs
import regex

from ._cells import CellKind, CellLine, Span, cell_lines, figure_gaps
from ._vocab import ABBREVIATED_HONORIFICS, MONTH_ABBREVIATIONS, MONTHS
from ._wraps import unwrap_soft_breaks

__all__ = ["CellKind", "CellLine", "Prepared", "Span", "case_folded", "letter_runs", "lower_keeping_offsets", "prepare"]


_QUOTES: Final = dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'")
_DQUOTES: Final = dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"')
_SPACES: Final = dict.fromkeys(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v",
    " ",
)
_DASHES: Final = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_NEWLINES: Final = dict.fromkeys("\u2028\u2029\x85", "\n")
#: One-for-one character replacements; they keep every offset where it was. Tabs are kept
#: until runs of white space are folded, so that ``_normalise`` can note where they stood.
_ONE_FOR_ONE: Final = {**_QUOTES, **_DQUOTES, **{c: r for c, r in _SPACES.items() if c != "\t"}, **_DASHES,
                       **_NEWLINES}

#: Pieces that change length: CR LF or a lone CR (one newline), runs of spaces and tabs (one
#: space), and zero-width characters and soft hyphens (nothing); one group, for ``split``
#: to keep them.
_SHRINK_RUN: Final = regex.compile(r"(\r\n?|[ \t]{2,}|[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)")

_PARAGRAPH: Final = regex.compile(r"[^\n]+")
#: A run of ASCII lower-case letters (``letter_runs``).
_LETTERS: Final = regex.compile(r"[a-z]+")
#: The characters other than ASCII letters that ``regex`` matches to an ASCII letter when
#: ignoring case, and that letter (``case_folded``).
_FOLDS: Final = {"\u0130": "i", "\u017f": "s", "\u212a": "k"}
#: A sentence ends at . ! ? (maybe after a closing quote or bracket) before a space and
#: a capital, digit or opening mark, unless the full stop ends a short abbreviation.
_SHORT_FORMS: Final = (
    *sorted(ABBREVIATED_HONORIFICS), "St", "No", r"no(?=\.\ \d)", "Co",  # "visit no. 2" "Ltd", "Inc", "vs", "etc", r"e\.g", r"i\.e",
    *(m for m in MONTH_ABBREVIATIONS if m not in MONTHS),  # "May." ends a sentence
)
_ABBREVIATIONS: Final = rf"(?<!\b(?:{'|'.join(_SHORT_FORMS)}))"
#: A name's initials end no sentence: one after a title or after another initial ("Mr K.
#: J. Osei-Bonsu", "A. N. Other"), or one another initial follows ("K. J."), or a middle
#: initial between two capitalised words ("Jane A. Doe").
_INITIAL: Final = r"(?<![\w.'])\p{Lu}"
#: Nouns a capital letter follows as its label, not as a middle initial: "Annex B. Draft".
_LETTERED: Final = (r"(?:Annex|Appendix|Plan|Part|Section|Schedule|Grade|Category|Table|Figure|Chart|Option|Phase|Stage"
                    r"|Level|Tier|Type|Class|Group|Step|Item|Box|Block|Unit|Area|Zone|Exhibit|Vitamin|Model)")
_NO_INITIAL: Final = (
    rf"(?<!(?:\b(?:{'|'.join(sorted(ABBREVIATED_HONORIFICS))})\.?\ |{_INITIAL}\.\ ){_INITIAL})"  # "Mr K.", "K. J."
    rf"(?!(?<={_INITIAL})\.\ +\p{{Lu}}\.\ )"  # "A." of "A. N. Other"
    rf"(?!(?<=\b(?!{_LETTERED}\ )\p{{Lu}}\p{{Ll}}+\ \p{{Lu}})\.\ \p{{Lu}}[\p{{Ll}}'])"  # a middle initial: "Jane A. Doe", "Sam K. O'Neill"
)
_SENTENCE_END: Final = regex.compile(
    rf"""(?:{_ABBREVIATIONS}{_NO_INITIAL}\.|[!?]|\.\.\.)["')\]]?\ +(?=["'(\[]?[\p{{Lu}}\d])""",
    regex.VERBOSE,
)

#: Lines that open a block of site furniture (links to other stories, sharing buttons,
#: newsletters), which runs to the next paragraph of prose (``_PROSE``) or the text's end:
#: a page's widget in mid-article, or the tail of one article in a digest, ends there.
_TAIL_BOILERPLATE: Final = regex.compile(
    r"""(?im)^[ ]*(?:
        more\ like\ this
      | related\ (?:articles|content|jobs)
      | blog\ comments\ powered\ by
      | (?:share|print)\ this\ (?:article|page)
      | sign\ up\ (?:for|to)\ (?:our|the)\ newsletter
      | most\ (?:read|popular)(?:\ (?:articles|stories|news))?(?![\w'])
      | latest\ jobs
    )[^\n]{0,200}$""",
    regex.VERBOSE,
)
#: A paragraph of prose, which no block of site furniture holds: a line of ``_PROSE_WORDS``
#: words or more that ends a sentence (links, headlines and job titles are shorter or
#: end none).
_PROSE: Final = regex.compile(r"[.!?][\"'\u201d\u2019)]*[ \t]*$")
_PROSE_WORDS: Final = 20
#: Every match of ``_TAIL_BOILERPLATE`` opens a line with one of these, folded (``case_folded``).
_TAIL_WORDS: Final = ("more like this", "related ", "blog comments powered by", "share this ", "print this ",
                      "sign up ", "most read", "most popular", "latest jobs")
#: Single lines (or line tails) of furniture: credits, prices and buttons, cookie notices.
#: Separate patterns, not one alternation: each alone opens with words ``regex`` can
#: search for quickly, which an alternation of them cannot (ten times slower). Each comes
#: with words, folded, of which its every match holds one (at a line's start, after its
#: spaces, for a pattern opening with ``^[ ]*``): a text with none of them is not searched.
_LINE_BOILERPLATE: Final = tuple(
    (regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE), words, pattern.startswith("^[ ]*"))
    for pattern, words in (
        (r"""(?<=(?:^|[.!?"']\ ?)[ ]*)(?:picture|photo|photograph|image|credit)s?\ ?:[^\n]{0,200}$""",
         ("picture", "photo", "image", "credit")),
        (r"""^[ ]*(?:from\ £\d[^\n]{0,40}|subscribe|register|sign\ in(?:\ here)?|log\ in|advertisement|read\ more)[ ]*$""",
         ("from £", "subscribe", "register", "sign in", "log in", "advertisement", "read more")),
        (r"""^[^\n]{0,120}\bcookies?\b[^\n]{0,200}\b(?:accept|consent|settings|policy)\b[^\n]{0,200}$""", ("cookie",)),
        # a paywall's lines: the next article of a digest follows them
        (r"""^[ ]*(?:register\ now\ to\ continue\ reading|already\ have\ an\ account\?)[^\n]{0,200}$""",
         ("register now to continue reading", "already have an account?")),
        (r"""(?<=^[^\n]{0,40})\bdigital\ membership\b[^\n]{0,200}$""", ("digital membership",)),
    )
)


def _translate(text: str) -> str:
    # str.replace per character present: several times faster than str.translate with
    # a mapping, and no replacement is itself replaced (they are all plain ASCII).
    for char, replacement in _ONE_FOR_ONE.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


@attrs.frozen
class Prepared:
    """A text made ready for matching, with the way back to the caller's offsets.

    ``text`` is the normalised text; ``original`` the caller's. Offsets in
    ``paragraphs``, ``sentences`` and ``boilerplate`` index ``text``.
    """

    original: str
    text: str
    #: Normalised offsets at which the offset shift changes, and the original offset
    #: there; between two breaks the two texts run in step.
    _norm_breaks: tuple[int, ...] = attrs.field(repr=False)
    _orig_breaks: tuple[int, ...] = attrs.field(repr=False)
    paragraphs: tuple[Span, ...] = attrs.field(repr=False)
    sentences: tuple[Span, ...] = attrs.field(repr=False)
    boilerplate: tuple[Span, ...] = attrs.field(repr=False)
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False)
    _paragraph_starts: tuple[int, ...] = attrs.field(repr=False)
    _boilerplate_starts: tuple[int, ...] = attrs.field(repr=False)
    #: Normalised offsets of the spaces that stand for white space holding a tab, and of
    #: those that stand for a run of two or more spaces (and no tab): cell separators.
    _tab_gaps: tuple[int, ...] = attrs.field(default=(), repr=False)
    _wide_gaps: tuple[int, ...] = attrs.field(default=(), repr=False)

    @property
    def sentence_starts(self) -> tuple[int, ...]:
        """Start offsets of ``sentences``, for bisecting."""
        return self._sentence_starts

    @property
    def paragraph_starts(self) -> tuple[int, ...]:
        """Start offsets of ``paragraphs``, for bisecting."""
        return self._paragraph_starts

    def to_original_start(self, i: int) -> int:
        """Map a normalised start offset to the original text."""
        k = bisect.bisect_right(self._norm_breaks, i) - 1
        return self._orig_breaks[k] + (i - self._norm_breaks[k])

    def to_original_end(self, i: int) -> int:
        """Map a normalised end offset (exclusive) to the original text."""
        if i <= 0:
            return self.to_original_start(i)
        return self.to_original_start(i - 1) + 1

    def sentence_at(self, i: int) -> Span:
        """The sentence containing offset ``i`` (or the nearest one before it)."""
        k = bisect.bisect_right(self._sentence_starts, i) - 1  # ``_containing`` in line: asked per mention
        return self.sentences[k] if k >= 0 else self._containing(self.sentences, self._sentence_starts, i)

    def sentence_with_previous(self, i: int) -> Span:
        """The sentence containing ``i`` together with the one before it in its paragraph."""
        s_start, s_end = self.sentence_at(i)
        p_start, _ = self.paragraph_at(i)
        prev_start, _ = self.sentence_at(max(p_start, s_start - 2))
        return min(prev_start, s_start), s_end

    def paragraph_at(self, i: int) -> Span:
        """The paragraph containing offset ``i`` (or the nearest one before it)."""
        return self._containing(self.paragraphs, self._paragraph_starts, i)

    def paragraph_index(self, i: int) -> int:
        """Index into ``paragraphs`` of the paragraph containing ``i`` (-1 before the first)."""
        return bisect.bisect_right(self._paragraph_starts, i) - 1

    def in_boilerplate(self, i: int) -> bool:
        """Whether normalised offset ``i`` lies in site boilerplate."""
        k = bisect.bisect_right(self._boilerplate_starts, i) - 1
        return k >= 0 and i < self.boilerplate[k][1]

    @functools.cached_property
    def cell_lines(self) -> tuple[CellLine, ...]:
        """The lines parted into cells, in text order, each knowing its table.

        A line's cells are parted by tabs (if it has any), else by bars, else by runs of
        two or more spaces if one of its cells is a figure. Consecutive lines (blank lines
        aside) with the same kind of cells make a table (aligned ones also need the same
        number of cells); an aligned table's header, a line of spaced cells without
        figures, leads the rows after it. Built on first use, in time linear in the text;
        empty, at once, for a text with no tab, bar or wide gap.
        """
        if not self._tab_gaps and not self._wide_gaps and "|" not in self.text:
            return ()
        figures = figure_gaps(self.text, self._wide_gaps)
        parted = sorted({self.paragraph_index(i) for i in self._separators(figures)} - {-1})
        return cell_lines(self.text, self.paragraphs, parted, self._tab_gaps, self._wide_gaps, figures)

    def cell_line(self, i: int) -> CellLine | None:
        """The line parted into cells that holds normalised offset ``i``, if any."""
        lines = self.cell_lines
        if not lines:
            return None
        index = self.paragraph_index(i)
        k = bisect.bisect_left(self._cell_line_indices, index)
        if k < len(lines) and lines[k].index == index and lines[k].span[0] <= i <= lines[k].span[1]:
            return lines[k]
        return None

    @functools.cached_property
    def _cell_line_indices(self) -> tuple[int, ...]:
        """The paragraph index of each line in ``cell_lines``, for bisection."""
        return tuple(line.index for line in self.cell_lines)

    def _separators(self, figures: tuple[int, ...]) -> Iterator[int]:
        """Offsets in every line that may part into cells: tabs, bars, gaps before a figure
        (``figures``), and the line before such a gap's (a header may lead its row)."""
        yield from self._tab_gaps
        for g in figures:
            yield g
            before = self.text.rfind("\n", 0, g)
            if before > 0:
                yield before - 1
        at = self.text.find("|")
        while at != -1:
            yield at
            at = self.text.find("|", at + 1)

    @staticmethod
    def _containing(spans: Sequence[Span], starts: Sequence[int], i: int) -> Span:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return (0, 0) if not spans else (spans[0][0], spans[0][0])
        return spans[k]


#: What a shrinking run becomes, by its first character: a newline, a space, or nothing.
_KEEP: Final = {"\r": "\n", " ": " ", "\t": " "}
_Normalised = tuple[str, tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _normalise(original: str) -> _Normalised:
    """The normalised text, its offset breaks, and its tab and wide gaps (see ``Prepared``).

    One split at the shrinking runs; lengths summed in C (``accumulate``), so a text's tens
    of thousands of double spaces (a PDF's reading text) cost no Python step each.
    """
    translated = _translate(original)
    parts = _SHRINK_RUN.split(translated)  # kept text, run, kept text, run, ..., kept text
    runs = parts[1::2]
    keeps = list(map(_KEEP.get, map(itemgetter(0), runs), repeat("")))
    pieces = parts[:]
    pieces[1::2] = keeps
    normalised = "".join(pieces)
    # offsets after each piece: in the original (translation is one-for-one) and the normalised text
    orig_after = list(accumulate(map(len, parts)))
    norm_after = list(accumulate(map(len, pieces)))
    orig_breaks = (0, *orig_after[1::2])
    norm_breaks = (0, *norm_after[1::2])
    tab_gaps: list[int] = []
    wide_gaps: list[int] = []
    for k in [k for k, keep in enumerate(keeps) if keep == " "]:
        at = norm_after[2 * k]  # where the run's one space stands
        tabs = runs[k].count("\t")
        if tabs:  # one gap per tab, so that "Kent<tab><tab>12" keeps its empty cell
            tab_gaps.extend([at] * tabs)
        else:
            wide_gaps.append(at)
    if "\t" in normalised:  # lone tabs: one for one, like the other spaces
        tab_gaps = sorted([*tab_gaps, *(m.start() for m in regex.finditer(r"\t", normalised))])
        normalised = normalised.replace("\t", " ")
    return normalised, norm_breaks, orig_breaks, tuple(tab_gaps), tuple(wide_gaps)


def _holds_any(folded: str, words: Sequence[str], *, line_start: bool) -> bool:
    """Whether ``folded`` holds one of ``words`` (with ``line_start``, only after the
    spaces, if any, that open a line)."""
    if not line_start:
        return any(word in folded for word in words)
    first, later = _line_openings(tuple(words))
    return first.match(folded) is not None or later.search(folded) is not None


@functools.cache
def _line_openings(words: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Patterns of ``words`` opening the text and opening a later line (after its newline,
    a literal ``regex`` looks for fast), spaces before them allowed."""
    alternatives = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"[ ]*(?:{alternatives})"), regex.compile(rf"\n[ ]*(?:{alternatives})")


def _paragraphs(text: str) -> tuple[Span, ...]:
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


#: No real sentence is longer: a longer run (a table flattened into one line, junk) is
#: cut into pieces of at most this many characters, at spaces where it has them, so
#: that work done per sentence stays proportional to the text.
MAX_SENTENCE: Final = 1000


def _pieces(text: str, start: int, end: int) -> list[Span]:
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut != -1 else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _sentences(text: str, paragraphs: Sequence[Span]) -> tuple[Span, ...]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]  # one scan: no sentence end spans a line
    spans: list[Span] = []
    k = 0
    for p_start, p_end in paragraphs:
        start, k = p_start, bisect.bisect_left(cuts, p_start, k)
        while k < len(cuts) and cuts[k] <= p_end:
            cut, k = cuts[k], k + 1
            stop = cut  # trim the spaces between sentences
            while stop > start and text[stop - 1] == " ":
                stop -= 1
            spans.extend(_pieces(text, start, stop))
            start = cut
        if start < p_end:
            spans.extend(_pieces(text, start, p_end))
    return tuple(spans)


def furniture_end(text: str, start: int) -> int:
    """Where a block of site furniture whose opening line starts at ``start`` ends: at the
    first line after it that is prose (``_PROSE``), else at the text's end."""
    line_start = text.find("\n", start) + 1
    while line_start > 0:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        if _PROSE.search(text, line_start, line_end) and len(text[line_start:line_end].split()) >= _PROSE_WORDS:
            return line_start
        line_start = line_end + 1 if line_end < len(text) else 0
    return len(text)


def _boilerplate(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    folded = case_folded(text)
    at = 0 if _holds_any(folded, _TAIL_WORDS, line_start=True) else len(text)
    while at < len(text):
        tail = _TAIL_BOILERPLATE.search(text, at)
        if tail is None:
            break
        at = furniture_end(text, tail.start())
        spans.append((tail.start(), at))
    spans.extend(m.span() for pattern, words, line_start in _LINE_BOILERPLATE
                 if _holds_any(folded, words, line_start=line_start) for m in pattern.finditer(text))
    merged: list[Span] = []
    for start, end in sorted(spans):  # ``in_boilerplate`` bisects: spans must not overlap
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def prepare(text: str) -> Prepared:
    """Normalise ``text`` for matching and segment it.

    Args:
        text: the caller's text, any ``str``.

    Returns:
        A ``Prepared`` whose offsets map back to ``text``.

    Example:
        >>> p = prepare("Rated \u201cgood\u201d\u00a0 today")
        >>> p.text
        'Rated "good" today'
        >>> p.original[p.to_original_start(13):p.to_original_end(18)]
        'today'
    """
    normalised, norm_breaks, orig_breaks, tab_gaps, wide_gaps = _normalise(text)
    normalised = unwrap_soft_breaks(normalised)  # a hard-wrapped text's mid-sentence line ends are spaces
    paragraphs = _paragraphs(normalised)
    sentences = _sentences(normalised, paragraphs)
    boilerplate = _boilerplate(normalised)
    return Prepared(
        original=text,
        text=normalised,
        norm_breaks=norm_breaks,
        orig_breaks=orig_breaks,
        paragraphs=paragraphs,
        sentences=sentences,
        boilerplate=boilerplate,
        sentence_starts=tuple(s for s, _ in sentences),
        paragraph_starts=tuple(s for s, _ in paragraphs),
        boilerplate_starts=tuple(s for s, _ in boilerplate),
        tab_gaps=tab_gaps,
        wide_gaps=wide_gaps,
    )


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased with every offset kept (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def case_folded(text: str) -> str:
    """``text`` with every character that a case-blind ``regex`` matches to an ASCII
    letter written as that letter in lower case, offsets kept: a phrase of ASCII that
    such a pattern matches is then in it as written in lower case ("SUB\u017fCRIBE",
    with a long s, is "subscribe")."""
    folded = lower_keeping_offsets(text)
    for char, letter in _FOLDS.items():  # as ``_translate``: faster than str.translate
        if char in folded:
            folded = folded.replace(char, letter)
    return folded


def letter_runs(text: str) -> set[str]:
    """The distinct runs of ASCII lower-case letters in ``text``: a lower-cased text's
    vocabulary."""
    return set(_LETTERS.findall(text))
