"""What a visit did that shows it was an inspection, whatever other visit the text names.

Monitoring and focused visits give no grade and last a day or two: inspectors who visited
and then rated the services ("Inspectors who visited Kent in May rated its services
good"), or who stayed for weeks ("spent two weeks in the city", "over three weeks"),
made an inspection. ``inspections._visit_kind`` asks before it borrows the kind of the
nearest visit named. Also: councils visited in turn with the verb said once, and the
events of a provider (a children's home) told after the text introduced it.
"""

from __future__ import annotations

from typing import Final

import regex

from .._timed import FROM_END, TimedPattern, timed
from .._vocab import NUMBER_WORDS, ORDINALS
from ..context import Context
from ..records import InspectionKind
from ._common import OTHER_PROVIDER, clause_end
from ._fragments import LISTS

#: Weeks on site, which only an inspection takes: "over two weeks", "a fortnight".
_WEEKS_ON_SITE: Final = timed(
    r"(?i:\b(?:over|for|spent|across|during|in)\ (?:two|three|four|2|3|4)\ weeks\b|\ba\ fortnight\b)"
)
#: The visit's clause going on to grade: "(Inspectors who visited Kent in May) rated its services good".
_GRADING_AFTER: Final = timed(
    r"[^.;!?\n]{0,100}?\b(?P<verb>(?i:rated|judged|graded))\ [^.;!?\n]{0,60}?(?<!\w)(?i:\L<grades>)(?!\w)",
    grades=LISTS["grades"],
)
#: A grade in a clause of its own, given at another time: "(visited) since it was rated".
_OTHER_CLAUSE: Final = timed(r"(?i:\b(?:since|after|when|before|because|following|until|which|that)\b)")


#: A grade given before an event told after it: "(Kent was) rated inadequate in 2017 (after
#: inspectors found ...)".
_GRADED_BEFORE: Final = timed(
    r"\b(?P<verb>(?i:rated|judged|graded))\ [^.;!?\n]{0,60}?(?<!\w)(?i:\L<grades>)(?!\w)[^.;!?\n]{0,40}$",
    FROM_END, grades=LISTS["grades"],
)
_TOLD_AFTER: Final = timed(r"(?i:after|when|once|following)\b")


def grading_verb(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """Where the verb stands by which the visit at ``[start, end)`` graded the services in
    its own clause ("Inspectors who visited Kent last year rated it good"), or that gave
    the grade an event told after it led to ("rated inadequate in 2017 after inspectors
    found ..."), if there is one: the grade is the event's, and so is the date between them."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    if _TOLD_AFTER.match(ctx.text, start):
        before = _GRADED_BEFORE.search(ctx.text, max(s_start, start - 120), start)
        return before.span("verb") if before is not None else None
    graded = _GRADING_AFTER.match(ctx.text, end, max(s_end, end))
    if graded is None or _OTHER_CLAUSE.search(ctx.text, end, graded.start("verb")):
        return None
    return graded.span("verb")


def graded_or_weeks_long(ctx: Context, start: int, end: int) -> bool:
    """Whether the visit at ``[start, end)`` graded the services in its own clause or kept
    inspectors on site for weeks."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    return bool(_WEEKS_ON_SITE.search(ctx.text, s_start, max(s_end, end))) or grading_verb(ctx, start, end) is not None


#: The council or its services as an object: "the council's services", "children's services in Kent".
_SERVICES_OBJECT: Final = timed(
    r"\ (?:(?i:the|its)\ )?(?:(?i:children's\ (?:social\ care\ )?services|social\ care\ services)\ (?i:in|at|of)\ |(?i:council|authority)(?:'s)?\b)"
)


def services_object(ctx: Context, end: int) -> bool:
    """Whether a council, its services or "the council" is the object that starts at ``end``
    ("assessed Halton's services for children", "examined children's services in Halton")."""
    named = ctx.mentions_in(end, end + 120)[:1]
    if named and ctx.text[end : named[0].start].strip().lower() in ("", "the"):
        return True
    return _SERVICES_OBJECT.match(ctx.text, end) is not None


#: What joins councils visited in turn: "(visited Kent in May) and (Surrey in June)".
_TURN_JOINS: Final = ("", "and", "then", "and then")


def visited_in_turn(ctx: Context, end: int) -> list[tuple[str, str]]:
    """Councils visited in turn with the verb said once, each with its own date
    ("visited Richmond in February and Kingston in March"): two or more, else none."""
    out = _in_turn(ctx, end)
    return out if len(out) > 1 else []


def gapped_councils(ctx: Context, end: int) -> list[tuple[str, str]]:
    """Councils after an event's own date, each with a date of its own and the verb left
    out: "(Halton was inspected) in March 2018 and Trafford in June 2018" gives Trafford's."""
    first = ctx.dates_in(end, end + 40)[:1]
    if not first or first[0].value is None or ctx.text[end : first[0].start].strip().lower() not in ("in", "on"):
        return []
    joined = _TURN_JOIN.match(ctx.text, first[0].end)
    return _in_turn(ctx, first[0].end) if joined else []


#: What opens a further council of a gapped clause: ", and", " and", " then".
_TURN_JOIN: Final = timed(r",?\ (?:and\ then|and|then)\ (?=\p{Lu})")


def _in_turn(ctx: Context, end: int) -> list[tuple[str, str]]:
    """Each council named in turn from ``end`` with its own date ("Kingston in March")."""
    out: list[tuple[str, str]] = []
    pos = end
    for _ in range(4):
        named = ctx.mentions_in(pos, pos + 100)[:1]
        if not named or ctx.text[pos : named[0].start].strip(" ,").lower() not in _TURN_JOINS:
            break
        dated = ctx.dates_in(named[0].end, named[0].end + 40)[:1]
        if not dated or dated[0].value is None or ctx.text[named[0].end : dated[0].start].strip().lower() not in ("", "in", "on"):
            break
        out.append((named[0].name, dated[0].value))
        pos = dated[0].end
    return out


#: What a focused visit's clause says: "... in March focused on care leavers".
FOCUSED_ON: Final = timed(r"(?i:\b(?:focus(?:es|sed|ed|ing)|(?<=\b(?:to|will|would|did)\ )focus)\ (?:on|upon)\b)")  # not "a relentless focus on"
#: Inspectors looking at one of a council's services, the work of a focused visit:
#: "looked at services for care leavers", "examined the front door", "evaluated the
#: experiences and progress of children in care".
LOOKED_AT_A_SERVICE: Final = timed(
    r"(?i:\b(?:looked\ (?:closely\ |in\ detail\ )?at|examined|evaluated|reviewed|scrutinised|focus(?:s)?ed\ on)"
    r"(?:\ [\w'\u2019-]+){0,7}?\ (?:care\ leavers|children\ in\ need|children\ in\ care|looked[\ -]after\ children"
    r"|child\ protection|help\ and\ protection|(?:the\ )?front\ door|permanence|neglect|children\ (?:who\ need|at\ risk)"
    r"|(?:contact|referrals?)\ and\ (?:referral|assessment)s?)\b)"
)
#: Who looks at a service on the inspectorate's behalf, right before the verb.
_LOOKER: Final = timed(r"(?i:\b(?:inspectors|ofsted|hmi|the\ inspectorate|the\ watchdog|the\ visit|it)(?:\ (?:also|then|had|have))?\ $)")


def looked_at_a_service(ctx: Context, visit_end: int, lo: int, hi: int) -> regex.Match[str] | None:
    """Where, between ``lo`` and ``hi``, inspectors (or the visit ending at ``visit_end``,
    as the subject: "A visit to Kent in May looked at ...") looked at one of a council's
    services, the work of a focused visit; not someone else ("the minister looked at")."""
    return _inspectors_did(LOOKED_AT_A_SERVICE, ctx, visit_end, lo, hi)


def _without_councils(ctx: Context, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` without the councils named in it ("Bournemouth,
    Christchurch and Poole" holds a comma of its own)."""
    kept, pos = [], start
    for named in ctx.mentions_in(start, end):
        kept.append(ctx.text[pos : named.start])
        pos = named.end
    return "".join(kept) + ctx.text[pos:end]


def _inspectors_did(deed: TimedPattern, ctx: Context, visit_end: int, lo: int, hi: int) -> regex.Match[str] | None:
    """The first ``deed`` between ``lo`` and ``hi`` whose subject is the inspectorate or the visit ending at ``visit_end``."""
    for look in deed.finditer(ctx.text, lo, hi):
        if _LOOKER.search(ctx.text, max(lo, look.start() - 40), look.start()):
            return look
        if look.start() >= visit_end and "," not in _without_councils(ctx, visit_end, look.start()):
            return look
    return None


#: A visit's destination, a council, right after it: " to Kent", " to the council".
_TO_COUNCIL: Final = timed(r"\ (?i:to)\ (?:(?i:the)\ )?(?=\p{Lu}|(?i:council|local\ authority)\b)")
#: Someone else's visit: "by the minister" (not the inspectorate's).
_OTHER_VISITOR: Final = timed(r"(?i:\bby\ (?!(?:the\ )?(?:ofsted|inspectors?|inspectorate|watchdog|regulator|HMI)\b)\S)")


def focused_visit_to(ctx: Context, end: int) -> bool:
    """Whether a bare "visit" ending at ``end`` went to a council and its clause says what
    it focused on ("A visit to Kent in March focused on care leavers"): the inspectorate's
    focused visit, though the sentence names no inspector; not one by someone else."""
    to = _TO_COUNCIL.match(ctx.text, end)
    if to is None:
        return False
    c_end = max(end, clause_end(ctx, end))
    focus = _inspectors_did(FOCUSED_ON, ctx, end, end, c_end) or looked_at_a_service(ctx, end, end, c_end)
    return focus is not None and _OTHER_VISITOR.search(ctx.text, to.end(), focus.start()) is None and (
        bool(ctx.mentions_in(to.end(), focus.start())) or ctx.text[to.end():to.end() + 7].lower() in ("council", "local a"))


#: A provider referred back to: "the home", "the children's home", "the school".
_PROVIDER_BACK: Final = timed(
    r"(?i:\b(?:the|this|that)\ (?:children's\ |residential\ |care\ )?(?:home|school|nursery|academy|agency)\b"
    r"(?!\ (?i:office|secretary|staff|workers?|social|employees|spend\w*|costs?|rates?|use|bill)\b))"  # not "(found) that agency staff"
)
#: A sentence that names the council's own services, whose events they are.
_OWN_SERVICES: Final = timed(r"(?i:\b(?:council|authority|children's\ services|social\ care)\b)")


def provider_told_before(ctx: Context, start: int) -> str | None:
    """Why the event at ``start`` is a provider's told after the text introduced it, if
    it is: its sentence refers back to the provider ("The home had been rated good at its
    previous inspection"), or names no council nor its services right after a sentence
    about a provider ("A children's home in Kent was rated inadequate. Inspectors visited
    in April")."""
    s_start, s_end = ctx.prepared.sentence_at(start)
    if _PROVIDER_BACK.search(ctx.text, s_start, start):
        return "a provider's inspection, the provider referred back to"
    if ctx.mentions_in(s_start, s_end) or _OWN_SERVICES.search(ctx.text, s_start, s_end) or s_start < 2:
        return None
    p_start, p_end = ctx.prepared.sentence_at(s_start - 2)
    if OTHER_PROVIDER.search(ctx.text, p_start, p_end) or _PROVIDER_BACK.search(ctx.text, p_start, p_end):
        return "a provider's inspection, told after the provider"
    return None


#: A visit's count right before it: "the third visit" (not "the second review visit", an
#: inspection of its own kind).
_COUNT_WORD: Final = timed(
    r"(?<!\w)(?i:\L<ordinals>|[1-9]\d?(?:st|nd|rd|th))(?=\ (?i:visit|re-visit|revisit)\b)", ordinals=tuple(ORDINALS)
)


def counted_visit(words: str, kind: InspectionKind) -> tuple[InspectionKind, int | None]:
    """The kind and ordinal of a visit written ``words`` whose kind was read as ``kind``:
    a bare visit counted past the first ("the third visit to Kent") is a monitoring
    visit, the only visits Ofsted numbers, and a monitoring visit keeps its count."""
    count = _COUNT_WORD.search(words)
    if count is None or kind not in ("inspection", "monitoring_visit"):
        return kind, None
    ordinal = ordinal_of(count.group())
    if kind == "inspection" and ordinal < 2:
        return kind, None
    return "monitoring_visit", ordinal


def ordinal_of(word: str) -> int:
    """The number an ordinal written ``word`` names: "third", "3rd" or "3" (of "no. 3") is 3."""
    lowered = word.lower()
    return ORDINALS[lowered] if lowered in ORDINALS else int(lowered if lowered.isdigit() else lowered[:-2])


#: The inspectorate as the agent of a verb of examining: "Ofsted assessed Kent's services
#: in July", "inspectors carried out a spot check" (an unannounced inspection), "Kent's
#: services were assessed by Ofsted".
EXAMINED = r"""
    (?<!\w)(?:(?i:ofsted)\ )?(?i:ofsted|inspectors|the\ inspectorate|the\ watchdog|the\ regulator)(?:\ (?i:has|have|had))?
    \ (?:(?P<verb>(?i:assessed|examined|evaluated|scrutinised|reviewed))
      |(?i:carried\ out|conducted|made|undertook)\ (?i:a|an)\ (?:(?i:unannounced|surprise)\ )?(?i:spot[\ -]check|check))(?!\w)
  | (?<!\w)(?i:was|were|been|is|are)\ (?i:assessed|evaluated)\ by\ (?:(?i:ofsted|inspectors|the\ inspectorate|the\ watchdog))(?!\w)  # "were assessed by Ofsted"
"""


#: A visit told by its place alone at a sentence's start, set off by a comma or dash:
#: "The first, in May 2023, ...", "The latest of the six, last October, ..."; a visit
#: only right after visits were counted (``elliptic_visit``).
ELLIPTIC_VISIT: Final = r"""(?<=(?:^|[.!?]["'\u201d\u2019]?\ |\n))(?i:the)\ (?P<elliptic>(?i:\L<ordinals>|latest|last|most\ recent))
    (?:\ of\ (?:(?i:them)|(?i:the|these|those)\ (?P<of_n>(?i:\L<number_words>)|[1-9]\d?)))?(?=,|\ [-\u2013\u2014]\ )"""
#: The literal openings of ``ELLIPTIC_VISIT``.
ELLIPTIC_TRIGGERS: Final = tuple(f"the {w}{end}" for w in (*ORDINALS, "latest", "last", "most recent") for end in (",", " of", " -", " \u2013", " \u2014"))
#: Visits counted: "six monitoring visits", "Eight visits", "three further focused visits".
_COUNTED_VISITS: Final = timed(
    r"(?<!\w)(?P<n>(?i:\L<number_words>)|[1-9]\d?)\ (?:(?i:more|further|other|ofsted)\ )?(?:(?P<kind>(?i:monitoring|focused))\ )?(?i:visits)\b",
    number_words=tuple(NUMBER_WORDS),
)
#: How far before a visit told by its place alone its series may have been counted.
_SERIES_BACK: Final = 400


def counted_series(ctx: Context, start: int, end: int) -> bool:
    """Whether the visits at ``[start, end)`` are a count of them ("six monitoring
    visits"): the series, no one event of it to be dated by another mention."""
    counted = _COUNTED_VISITS.search(ctx.text, max(0, start - 20), end)
    return counted is not None and counted.end() == end


def elliptic_visit(ctx: Context, m: regex.Match[str]) -> tuple[InspectionKind, int | None, str | None] | None:
    """The kind and ordinal of a visit told by its place alone (``ELLIPTIC_VISIT``) when
    a sentence just before counted visits ("Ofsted made six monitoring visits. The first,
    ..."; the latest of six is the sixth), else None ("The first, in 2019, ..." after
    anything else is no visit), and the date set off after it ("The first - in May -")."""
    s_start = ctx.prepared.sentence_at(m.start())[0]
    counted = list(_COUNTED_VISITS.finditer(ctx.text, max(0, s_start - _SERIES_BACK), s_start))
    if not counted:
        return None
    series, after = counted[-1], ctx.dates_in(m.end(), m.end() + 40)[:1]
    when = after[0].value if after and ctx.text[m.end() : after[0].start].strip(" ,-\u2013\u2014").lower() in ("", "in", "on") else None
    if (series.group("kind") or "").lower() == "focused":
        return "focused_visit", None, when
    word = m.group("elliptic").lower()
    if word in ORDINALS:
        return "monitoring_visit", ORDINALS[word], when
    of_n = m.group("of_n") or (series.group("n") if m.group().lower().endswith("them") else None)
    return "monitoring_visit", None if of_n is None else int(of_n) if of_n.isdigit() else NUMBER_WORDS[of_n.lower()], when


#: The inspectorate named.
_INSPECTORS: Final = timed(r"(?i:\b(?:inspectors|ofsted|the\ inspectorate)\b)")


def inspectors_before(ctx: Context, start: int) -> bool:
    """Whether the sentence names the inspectorate before ``start``: what a "they" there
    may stand for ("inspectors rated it good when they returned")."""
    return _INSPECTORS.search(ctx.text, ctx.prepared.sentence_at(start)[0], start) is not None
