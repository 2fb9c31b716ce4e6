"""Mentions: every grade label in prose, kept as a rating where the text around it shows
it is one and no guard vetoes it.

The frames in ``frames.py`` read the phrasings that say most (transitions, lists,
objects); this rule runs after them, so what they read they keep, and it reaches the
grade labels no frame describes: "are still 'outstanding'", "won a landmark
'Good' rating", "labelling them 'inadequate'", "singled out as 'outstanding'". A label is
a rating when the text gives evidence of one (it is quoted; a verb of rating stands
before it in its clause; a rating noun follows it) and none of the guards objects;
whose it is and when are ``attribution``'s answers, as for every frame.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Final

import attrs
import regex

from ..._timed import timed
from ...context import Context
from ...records import Rating
from .._common import grade_of
from .attribution import _ratings
from .ellipsis import gapped, headline_copula
from .fragments import _JUDGEMENT_AFTER, _OVERALL, _RATING_NOUN, RATING_LISTS, _judgement
from .generic import guard_aggregate, guard_bound, guard_intensified, guard_plural_unowned
from .guards import (
    _SERVICES_AFTER,
    Evidence,
    guard_hope,
    guard_label_adjective,
    guard_no_owner,
    guard_no_rating_evidence,
    rating_evidence,
    vetoed,
)
from .judgement_lists import _joined_after
from .scale import guard_alternatives, guard_range

#: A band of the 2009-2011 annual assessments in one word, right after a verb of rating:
#: "rated poor", "judged as 'excellent'".
_BAND = r"(?<=(?<![\w-])(?i:\L<band_verbs>)\ (?:as\ )?[\"']?)(?i:\L<bands>)"
#: A grade label, in quotation marks or not: "'good'", "Outstanding", "requires improvement".
MENTION = rf"""
    (?<![\w-])(?P<open>["'])?(?!(?i:perform))(?P<grade>(?i:\L<grades>)|{_BAND})(?P<close>["'])?(?![\w-])
    {_OVERALL}
    (?:\ (?:Ofsted\ )?(?i:sub[\ -]?)?{_RATING_NOUN}s?\ (?:of|for)\ (?:the\ |its\ |their\ )?
        (?:[\w'-]+\ ){{0,5}}?(?P<judgement_of>(?i:\L<judgements>))(?!\w)   # "a 'good' assessment of adoption work", "an
        # 'outstanding' sub-rating for the support and help given to its care leavers"
      | \ (?!(?i:except|apart|bar|save|but|other\ than)\b)(?:[\w-]+\ ){{1,2}}?(?i:for|of|in|with)\ (?:the\ |its\ |their\ )?
        (?P<judgement_noun>(?i:\L<judgements>))(?!\w)          # "its 'outstanding' support for care leavers"
      | {_JUDGEMENT_AFTER}                                     # "'good' for adoption"
    )
"""


#: A grade's judgement introduced by a preposition right after it: "outstanding for (support for) care leavers".
_FOR_AFTER: Final = timed(r"""["']?\ (?i:for|in)\ """)
#: A judgement ending the text right before a label, as a report's table of judgements
#: reads once its cells are lines: "2.1 Adoption performance\nGood", "... care leavers: good".
_ROW_BEFORE: Final = timed(
    r"(?<!\w)(?P<judgement>(?i:\L<judgements>))(?:\ (?i:performance|services?|work|support|arrangements))?"
    r"(?:\ (?i:with|of)\ (?:[\w'-]+\ ){0,4}?[\w'-]+)?[\ \t]*[:|\u2013-]?[\ \t]*\n?[\ \t]*$",
    judgements=RATING_LISTS["judgements"],
)
#: What may stand before a row's judgement on its line: a number, a bullet, "The".
_LINE_OPENS_ROW: Final = timed(r"[\s\d.\u2022*|-]*(?:(?i:the|its)\ )?(?:(?i:experiences\ and\ progress\ of)\ )?")
#: A row's grade cell ends its line: "... care leavers | Good |", not "An LSCB requires improvement if ...".
_ROW_END: Final = timed(r"[ \t.|]*(?:\n|$)")


def _once(compute: Callable[[], Evidence]) -> Callable[[], Evidence]:
    """``compute`` worked out at the first call only (``functools.cache`` at a fifth of
    its cost to make: one is made for every label)."""
    found: list[Evidence] = []

    def get() -> Evidence:
        if not found:
            found.append(compute())
        return found[0]

    return get


def _gapped_evidence() -> Evidence:
    """A gapped label's evidence: the verb of rating its coordinated clause left out."""
    return Evidence("verb")


def build_mention(m: regex.Match[str], ctx: Context) -> list[Rating]:
    """A grade label that the text shows to be a rating, for each council and judgement
    its clause names; nothing when a guard vetoes it or no council can own it."""
    quoted = bool(m.group("open") and m.group("close"))
    label_end = m.end("close") if m.group("close") else m.end("grade")
    # a report's row: "2.1 Adoption performance\nGood" (its end, the cheaper look, first)
    row = None if quoted or not _ROW_END.match(ctx.text, label_end) else _ROW_BEFORE.search(
        ctx.text, max(0, m.start() - 120), m.start())
    if row is not None and not _LINE_OPENS_ROW.fullmatch(ctx.text, ctx.text.rfind("\n", 0, row.start()) + 1, row.start()) and not any(
            c in row.group() for c in ("\n", "|", ":", " \u2013", " -")):
        row = None  # prose ending on a grade ("... and its services for children in care outstanding."), no row
    if row is not None:
        owner = ctx.authority_for(m.start(), m.end())
        if owner is None and ctx.mentions:
            vetoed(ctx, m.start(), label_end, partial(guard_no_owner))
            return []
        return [Rating(authority=owner, grade=grade_of(m.group("grade")), judgement=_judgement(row.group("judgement")),
                       start=m.start(), end=label_end)]
    if quoted and m.group("judgement_noun"):  # a quoted grade of a named service (and those joined to it): a rating of each
        made = list(_ratings(m, ctx, grade_of(m.group("grade"))))
        named = [_judgement(m.group("judgement_noun")), *_joined_after(ctx, m.end("judgement_noun"))]
        return list({attrs.evolve(r, judgement=j): None for r in made if r.authority is not None or not ctx.mentions for j in named})
    # read only when no guard before the last vetoes the mention
    left_out = gapped(ctx, m.start()) or headline_copula(ctx, m.start(), label_end)  # "Bury inadequate, says Ofsted"
    evidence = _gapped_evidence if left_out else _once(  # "X was rated good and Y outstanding"
        partial(rating_evidence, ctx, m.start(), label_end, quoted))
    if vetoed(
        ctx, m.start(), label_end,
        partial(guard_label_adjective, ctx, label_end, quoted, m.group("grade")),
        partial(guard_intensified, ctx, m.start()),
        partial(guard_alternatives, ctx, m.start(), label_end),
        partial(guard_bound, ctx, label_end),
        partial(guard_aggregate, ctx, m.start("grade"), label_end),
        partial(guard_plural_unowned, ctx, m.start("grade"), label_end),
        partial(guard_range, ctx, m.start()),
        partial(guard_hope, ctx, m.start()),
        partial(guard_no_rating_evidence, evidence),
    ):
        return []
    # a bare state ("remains good") or quotation marks alone need a subject that is a
    # council, its services or a judgement, as the copula frames do; whether the grade is
    # past ("its previous rating was 'good'") is ``_ratings``' to say, as for every frame
    weak = evidence().kind in ("state", "quoted")
    made = list(_ratings(m, ctx, grade_of(m.group("grade")), weak=weak))
    # a text that names no council is about one it leaves unnamed ("A council's services
    # 'require improvement'"): its grades are that council's, authority null
    found = [r for r in made if r.authority is not None or not ctx.mentions]
    if made and not found:  # (a guard in ``_ratings`` has said why it made none)
        vetoed(ctx, m.start(), label_end, partial(guard_no_owner))
    if m.group("judgement_of"):  # the judgements named after the rating noun are the rating's
        named = [_judgement(m.group("judgement_of")), *_joined_after(ctx, m.end("judgement_of"))]
        found = list({attrs.evolve(r, judgement=j): None for r in found for j in named})
    elif m.group("judgement_noun") and _FOR_AFTER.match(ctx.text, label_end):  # "outstanding for support for care leavers, ..."
        named = [_judgement(m.group("judgement_noun")), *_joined_after(ctx, m.end("judgement_noun"))]
        found = list({attrs.evolve(r, judgement=j): None for r in found for j in named})
    elif quoted and _SERVICES_AFTER.match(ctx.text, label_end):  # "the 'inadequate' services": all of them
        found = list({attrs.evolve(r, judgement="overall"): None for r in found})
    return found


__all__ = ["MENTION", "RATING_LISTS", "build_mention"]
