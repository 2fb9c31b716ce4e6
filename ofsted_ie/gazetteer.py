"""Gazetteer of English children's services authorities: names, aliases, GSS codes.

Data: ``data/authorities.csv`` (163 rows, current and abolished authorities; see
``data/README.md`` for sources, checks and date, and ``scripts/build_authorities.py``
for the rebuild). Matching is case-sensitive, because capitals are what tell
"Reading" the council from "reading" the verb, and guarded against the ordinary words
and names that some authority names also are ("Continue Reading", "Clark Kent",
"Bristol City" the football club, "Kingston" when both Kingstons are possible).

This module finds authority mentions; it does not decide which authority a rating
or figure is about (``engine`` does that).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import io
import time
from collections.abc import Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import Final

import attrs
import regex

from ._spans import union
from ._timed import UNTIMED_WINDOW, timed
from ._triggers import TriggerIndex, starts_of
from ._vocab import MONTHS, WEEKDAYS

__all__ = ["AuthorityEntry", "Gazetteer", "Mention", "attributable", "canonical_name", "gazetteer_from_entries", "joint_bodies", "load_gazetteer"]

RULE_GAZETTEER: Final = "authorities.gazetteer"

#: Council titles around a name: "London Borough of Southwark", "Kent County Council",
#: "Dudley council" (lower case is common in news copy); its members, "Kent County Councillor".
_PREFIX = r"(?:(?:London|Royal)\ Borough\ of\ |(?:City|Borough|County)\ of\ )"
_SUFFIX = r"(?:\ (?:(?:County|City|Borough|Metropolitan\ Borough|Metropolitan\ District|District)\ )?[Cc]ouncil(?:lors?)?\b)"
#: No letter, digit or "-word" may touch a name: "Newcastle-under-Lyme" is not Newcastle;
#: and a formal name ending in "of" ("Bristol, City of") is not followed by a capitalised
#: word, which "of" would govern ("Kingston upon Hull, City of London" lists two councils).
_BEFORE = r"(?<![\w&'-])"
_AFTER = r"(?![\w&]|-\w)(?!(?<=\ of)\ \p{Lu})"
_NAME = rf"""
    {_BEFORE}
    (?: (?P<base>\L<authority_bases>)                 # "Kent", "Royal Borough of Kingston"
      | (?P<prefix>{_PREFIX}) (?P<base>\L<authority_bases>)   # "London Borough of Sutton"
    )
    {_AFTER}
    (?P<suffix>{_SUFFIX})?                            # "Kent County Council"
"""

#: A capitalised word straight before a bare name makes it part of another name
#: ("Clark Kent", "Tony Blackburn", "Greater Manchester", "Continue Reading"), unless
#: the word is one that ordinarily opens a phrase. This holds at a sentence start too:
#: "Continue Reading" is often a line of its own. Imperatives that open a comparison
#: ("Compare Staffordshire, which ...") are among them.
_OPENERS: Final = frozenset(
    """A An And As At But By For From In Into Of On Or The To With Within Across Between
    Including Like Unlike Both While Whereas Where When After Before Since Under Over
    Council Councils Ofsted Inspectors Meanwhile However Also Only Elsewhere Neighbouring
    Rated Judged Named Says Said Told Today Now Yesterday Last Neither Either Despite
    Although Because If Than Versus Excluding Nearby Whilst Then Until Among Amongst
    Earlier Later Further Furthermore Moreover Overall Instead Likewise Separately Here
    Good Outstanding Inadequate Adequate Improvement
    Some Many Most All Several Few Other Every Each More Fewer One Two Three Four Five Six Seven Eight Nine Ten
    Compare Consider Contrast Take Look Outside Beyond Around Inside Even Just Still Yet Nor So""".split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS)  # "In March Kent was rated", "On Monday Surrey", "Some Kent staff"
#: Capitalised words that open sentences, not names: "Following", "Recently".
_OPENER_ENDINGS: Final = timed(r"\p{Lu}\p{Ll}{3,}(?:ing|ly)")
#: Words that close an institution's name, however many capitalised words stand between
#: it and the place: "Leeds Beckett University", "Devon and Cornwall Police", "Kent Messenger".
_INSTITUTION_ENDS: Final = frozenset(
    """University College Hospital Hospitals Police Constabulary NHS FC AFC United Rovers Athletic
    Wanderers Albion Company Gazette Post Echo Herald Telegraph Mercury Chronicle Advertiser
    Messenger Express Observer Argus Journal Courier Examiner Sentinel""".split()
)
#: A capitalised word straight after a bare name that makes it another institution (these
#: also name places' streets, stations and papers, so only straight after: "Hull City").
_INSTITUTIONS: Final = _INSTITUTION_ENDS | frozenset(
    """School Academy Fire Crown Magistrates Minster Cathedral Street Road Station Airport City Town
    Villa Festival Prison Zoo Museum Star Times Evening News Live Mail Online Palace
    Place Square Avenue Lane Terrace Crescent Parade Gardens""".split()  # an address's street: "6 Cumberland Place"
)
#: A postcode right after a bare name: an address's town ("Nottingham NG1 6HJ"), no council spoken of.
_POSTCODE_AFTER: Final = timed(r"\ [A-Z]{1,2}\d[A-Z\d]?\ \d[A-Z]{2}(?![\w])")
_INSTITUTION_LATER: Final = timed(
    rf"(?:,?\ (?:and\ )?\p{{Lu}}[\w'-]*){{0,4}}?\ (?:{'|'.join(sorted(_INSTITUTION_ENDS))})\b(?!\ (?:Council|Borough|County)\b)"
)
#: An office or institution "of" a place, no council: "the Bishop of Durham", "University of Kent".
_OFFICE_OF_BEFORE: Final = timed(r"\b(?:University|Bishop|Diocese|Archbishop|Archdeacon|Duke|Duchess|Earl|Countess|Port)\ of\ (?:the\ )?$")
#: Names that are also common English words: after them, a word that makes them the
#: word ("Reading the report", "Bath time") rules the name out.
_WORD_NAMES: Final = frozenset({"Reading", "Bath", "Barking", "Bury", "Harrow", "Hull", "Derby", "Bucks", "Stoke"})
_WORD_FOLLOWERS: Final = timed(
    r"\ (?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|through|about|"
    r"over|between(?!\ \d)|up|list|lists|time|material|materials|age|room|tub|more|of|from(?!\ \d)|glasses|"  # not a date range: "Bury between 2 and 6 May"
    r"lamp|skills|writing|and\ writing|comprehension)\b"
)
#: A preposition of place right before a name that is also a word: "In Bury the rate ...".
#: A verb of telling, giving or grading right before a word-name: its object, the place.
_OBJECT_BEFORE: Final = timed(r"\b(?:told|gave|given|rated|judged|graded|awarded|handed|praised|criticised|warned|visited|inspected)\ $")
_PLACE_PREPOSITION: Final = timed(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross)\ $")
_DETERMINER_AFTER: Final = timed(r"\ (?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b")
_CAPITALISED_BEFORE: Final = timed(r"(?:^|[^\w'])(\p{Lu}\p{Ll}+)\ $")
_TITLED: Final = timed(r"Council|Borough|Corporation|City of")
_CAPITALISED_AFTER: Final = timed(r"\ (\p{Lu}\w*)")


@attrs.frozen
class AuthorityEntry:
    """One row of the gazetteer."""

    name: str
    code: str | None
    region: str
    type: str
    active_from: dt.date | None
    active_to: dt.date | None
    aliases: tuple[str, ...]
    dfe_code: str | None

    def active_on(self, day: dt.date) -> bool:
        """Whether the authority held children's services responsibility on ``day``."""
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )


@attrs.frozen
class Mention:
    """An authority named in a text (normalised offsets)."""

    name: str
    start: int
    end: int
    #: A bare name ("Kent") rather than a council title ("Kent County Council").
    bare: bool


@attrs.frozen
class Gazetteer:
    """Authorities and the surface forms that name them."""

    entries: tuple[AuthorityEntry, ...]
    #: surface form (name or alias, as written) -> canonical names it may stand for
    forms: Mapping[str, tuple[str, ...]] = attrs.field(repr=False)
    pattern: regex.Pattern[str] = attrs.field(repr=False)
    #: The surface forms, found in a text all at once, so that ``pattern`` runs only near them.
    _forms_index: TriggerIndex = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_forms_index", TriggerIndex(self.forms))

    def __reduce__(self) -> tuple[object, ...]:
        # The forms mapping is read-only (not picklable); rebuild it from the rows.
        if self is load_gazetteer():
            return (load_gazetteer, ())
        return (gazetteer_from_entries, (self.entries,))

    @property
    def names(self) -> frozenset[str]:
        """Canonical names of all authorities."""
        return frozenset(e.name for e in self.entries)

    def entry(self, name: str, on: dt.date | None = None) -> AuthorityEntry | None:
        """The row for a canonical ``name`` in office ``on`` a date.

        With no date, a name shared by two rows (a county and the unitary that
        succeeded it) is ambiguous and gives ``None``.
        """
        rows = [e for e in self.entries if e.name == name]
        if len(rows) > 1:
            rows = [e for e in rows if on is not None and e.active_on(on)]
        return rows[0] if len(rows) == 1 else None

    def code(self, name: str, on: dt.date | None = None) -> str | None:
        """The GSS code of ``name`` on a date, or ``None`` when unknown or ambiguous."""
        entry = self.entry(name, on)
        return entry.code if entry is not None else None

    def lookup(self, form: str) -> tuple[str, ...]:
        """Canonical names a surface form may stand for (empty if none)."""
        return self.forms.get(form, ())

    def find(self, text: str, *, timeout: float | None = None) -> list[Mention]:
        """Find authority mentions in normalised ``text``, ambiguous ones resolved.

        A form that could name two authorities ("Kingston") is kept only when the
        rest of the text names exactly one of them unambiguously, or names councils of
        exactly one of their regions ("Richmond upon Thames ... Kingston": London's).
        """
        found: list[tuple[tuple[str, ...], int, int, bool]] = []
        text = _unshouted(text)
        deadline = None if timeout is None else time.monotonic() + timeout
        for start, end in self._near_forms(text):
            # a window around a form (most) bounds the work: no clock (see ``UNTIMED_WINDOW``)
            left = None if deadline is None or end - start <= UNTIMED_WINDOW else max(deadline - time.monotonic(), 0.001)
            # no ``timeout=None`` passed: it alone doubles a short window's cost
            matches = self.pattern.finditer(text, start, end) if left is None else self.pattern.finditer(text, start, end, timeout=left)
            for m in matches:
                base = m.group("base")
                bare = not (m.group("prefix") or m.group("suffix") or _TITLED.search(base))
                # a name right after another, one space between, is the next item of a list
                # whose separator was lost ("Coventry Knowsley; Manchester Rotherham"), no surname
                listed = bool(found) and found[-1][2] == m.start() - 1 and text[m.start() - 1] == " "
                if bare and _guarded(text, m.start(), m.end(), base, listed=listed):
                    continue
                found.append((self.lookup(base), m.start(), m.end(), bare))
        certain = {names[0] for names, *_ in found if len(names) == 1}
        regions = {entry.region for n in certain if (entry := self.entry(n)) is not None}
        mentions: list[Mention] = []
        for names, start, end, bare in found:
            if len(names) > 1:
                london = _LONDON_BEFORE.search(text, max(0, start - _LONDON_REACH), start) is not None
                candidates = names
                names = tuple(n for n in names if n in certain or (london and self._in_london(n)))
                if not names:  # the one in the region of the councils the text names for certain ("Richmond ... Kingston")
                    names = self._by_region(candidates, regions)
            if len(names) != 1:
                continue
            if bare and mentions and _IN_BETWEEN.fullmatch(text, mentions[-1].end, start):
                continue  # "St Helens in Lancashire": where the council before lies, no council of its own
            mentions.append(Mention(names[0], start, end, bare))
        return mentions

    def _by_region(self, candidates: tuple[str, ...], regions: set[str]) -> tuple[str, ...]:
        """The candidates in ``regions``, when each candidate lies in a region of its own
        (the two Kingstons; not a company serving councils of one region and another)."""
        of = [entry.region if (entry := self.entry(n)) is not None else None for n in candidates]
        if None in of or len(set(of)) != len(of):
            return ()
        return tuple(n for n, region in zip(candidates, of, strict=True) if region in regions)

    def _in_london(self, name: str) -> bool:
        entry = self.entry(name)
        return entry is not None and entry.region == "London"

    def _near_forms(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` around its surface forms (a title's prefix before each, a
        suffix after), merged where they overlap: every match of ``pattern`` lies in one."""
        occurrences = self._forms_index.find(text)
        if occurrences is None:  # no automaton: the whole text
            return [(0, len(text))]
        found = sorted((i, form) for form, starts in occurrences.items() for i in starts)
        return union((max(0, i - _PREFIX_ROOM), min(len(text), i + len(form) + _SUFFIX_ROOM)) for i, form in found)


#: A list of London boroughs opening before a name that two councils share: "the London
#: boroughs of Kingston and Richmond" names Kingston upon Thames.
_LONDON_BEFORE: Final = timed(r"(?i:\blondon\ boroughs?\ of\b|\bin\ london\b)")
_LONDON_REACH: Final = 40
#: What stands between a council and the county it lies in: "St Helens in Lancashire".
_IN_BETWEEN: Final = timed(r",?\ in\ ")
#: Room before a surface form for a title's prefix ("London Borough of ") and after it for
#: a suffix (" Metropolitan Borough Councillors") and what the pattern looks at past it.
_PREFIX_ROOM: Final = 24
_SUFFIX_ROOM: Final = 48


#: Two or more words in capitals in a row: a headline or a shouted line ("KENT COUNTY COUNCIL").
_SHOUTED: Final = timed(r"(?<![\w'])\p{Lu}[\p{Lu}'-]+(?:\ \p{Lu}[\p{Lu}'-]+)+(?![\w'])")


def _unshouted(text: str) -> str:
    """``text`` with words in capitals in runs of two or more written as names are
    ("KENT COUNTY COUNCIL" -> "Kent County Council"), every offset kept."""
    if not _SHOUTED.search(text):
        return text
    parts: list[str] = []
    at = 0
    for m in _SHOUTED.finditer(text):
        soft = " ".join(w[:1] + w[1:].lower() for w in m.group().split(" "))
        parts += [text[at : m.start()], soft if len(soft) == len(m.group()) else m.group()]
        at = m.end()
    return "".join([*parts, text[at:]])


def _guarded(text: str, start: int, end: int, base: str, *, listed: bool = False) -> bool:
    """Whether a bare name is really part of a person's or institution's name or a word
    (a capitalised word before it makes it a surname, unless that word ends a council's
    name, ``listed``)."""
    before = None if listed else _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) not in _OPENERS and not _OPENER_ENDINGS.fullmatch(before.group(1)):
        return True
    after = _CAPITALISED_AFTER.match(text, end)
    if after is not None and after.group(1) in _INSTITUTIONS:
        return True
    if _INSTITUTION_LATER.match(text, end) or _OFFICE_OF_BEFORE.search(text, max(0, start - 16), start) or _POSTCODE_AFTER.match(text, end):
        return True  # "Leeds Beckett University", "Devon and Cornwall Police", "the Bishop of Durham", "Leeds LS1 1UR"
    if base not in _WORD_NAMES or _WORD_FOLLOWERS.match(text, end) is None:
        return False
    if _OBJECT_BEFORE.search(text, max(0, start - 16), start):
        return False  # capitalised after a verb mid-sentence, a name: "Ofsted told Reading that", "gave Bury a"
    # after a preposition of place, a determiner does not make it the verb: "In Bury the rate was 5%"
    return _PLACE_PREPOSITION.search(text, max(0, start - 8), start) is None or _DETERMINER_AFTER.match(text, end) is None


#: A body that several places share, named after them: "City and Leeds Safeguarding
#: Children Board", "Kent and Medway Safeguarding Children Partnership", "Bradford,
#: Calderdale and Kent Local Safeguarding Children Board".
_JOINT_BODY: Final = timed(
    r"\ (?:Local\ )?(?:Safeguarding\ (?:Children(?:'s|\u2019s)?\ |Childrens\ )?|Children(?:'s|\u2019s)?\ Safeguarding\ )"
    r"(?:Board|Partnership)s?\b"
)
#: The places' names before such a body's title (looked for in a short window before it).
_BODY_NAMES: Final = timed(
    r"(?<![\w'\u2019-])\p{Lu}[\w'\u2019-]*(?:(?:\ (?:upon|on|under|in|le|of|with)\ |\ |,\ |\ and\ |\ &\ )\p{Lu}[\w'\u2019-]*){0,8}$"
)
_JOINED: Final = timed(r",\ |\ and\ |\ &\ ")


def joint_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of the names of bodies several places share (a safeguarding board or
    partnership named after two or more of them): an authority named there is named
    as one of the body's places, not as what the text speaks of."""
    spans: list[tuple[int, int]] = []
    # every such body's title holds "Safeguarding": looked for only around each one
    around = union((max(0, i - _BODY_BEFORE), min(len(text), i + _BODY_AFTER)) for i in starts_of(text, "Safeguarding"))
    for start, end in around:
        for body in _JOINT_BODY.finditer(text, start, end):
            names = _BODY_NAMES.search(text, max(0, body.start() - 150), body.start())
            if names is not None and _JOINED.search(names.group()):
                spans.append(names.span())
    return spans


#: Room around "Safeguarding" for a body's title: " Local Children's " before it (18
#: characters), "Safeguarding Children's Partnerships" and the word boundary after it.
_BODY_BEFORE: Final = 30
_BODY_AFTER: Final = 60



def attributable(mentions: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """The ``mentions`` that may own a record: a council named only in joint bodies'
    names ("Leeds and Kent Safeguarding Children Board") is not what the text speaks
    of (all of them, when that would leave none)."""
    joint = joint_bodies(text)
    spoken_of = {m.name for m in mentions if not any(a <= m.start and m.end <= b for a, b in joint)}
    return tuple(m for m in mentions if m.name in spoken_of) or mentions


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _ambiguous_forms(entries: Sequence[AuthorityEntry], forms: dict[str, set[str]]) -> None:
    """Let a form that is the first word(s) of another authority's name stand for both.

    "Kingston" is an alias of Kingston upon Thames but also opens "Kingston upon Hull".
    """
    names = {e.name for e in entries}
    for form, owners in forms.items():
        for name in names:
            if name.startswith(form + " ") and name not in owners and form not in names:
                owners.add(name)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer (read once, then shared; it is immutable)."""
    # this package's own data, under whatever name it was imported ("vendor.ofsted_ie" too)
    raw = resources.files(__package__ or "ofsted_ie").joinpath("data/authorities.csv").read_text(encoding="utf-8")
    entries = tuple(
        AuthorityEntry(
            name=row["name"],
            code=row["gss_code"] or None,
            region=row["region"],
            type=row["type"],
            active_from=_date(row["active_from"]),
            active_to=_date(row["active_to"]),
            aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
            dfe_code=row["dfe_la_code"] or None,
        )
        for row in csv.DictReader(io.StringIO(raw))
    )
    return gazetteer_from_entries(entries)


def gazetteer_from_entries(entries: tuple[AuthorityEntry, ...]) -> Gazetteer:
    """Build a Gazetteer (surface forms and matcher) from its rows."""
    forms: dict[str, set[str]] = {}
    for e in entries:
        for form in (e.name, *e.aliases):
            forms.setdefault(form, set()).add(e.name)
    _ambiguous_forms(entries, forms)
    frozen = MappingProxyType({k: tuple(sorted(v)) for k, v in forms.items()})
    pattern = regex.compile(_NAME, regex.VERBOSE, authority_bases=list(frozen))
    return Gazetteer(entries=entries, forms=frozen, pattern=pattern)


def canonical_name(name: str) -> str:
    """The canonical name of an authority named any way the gazetteer knows ("Kent
    County Council" is "Kent"); a ValueError offering close names for an unknown one."""
    gazetteer = load_gazetteer()
    if name in gazetteer.names:
        return name
    found = gazetteer.find(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0].name
    close = difflib.get_close_matches(name, sorted(gazetteer.names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise ValueError(f"no authority is called {name!r}{hint}")
