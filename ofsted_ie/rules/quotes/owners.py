"""Owners: whose a report, or a post, is when a body other than Ofsted owns it.

"The DfE report", "the council's own review", "a charity's survey": a document
premodified by a body is that body's, not the inspectorate's. "The report said", with
no owner, is the report the text named last: Ofsted's, or the government's
statistics. "TCSW chief executive": a post premodified by an acronym that is no
council's is that body's.
"""

from __future__ import annotations

from typing import Final

import regex

from ..._timed import timed
from ...context import Context

#: Bodies that own a document: the inspectorate and others.
_OWNER_WORDS: Final = (
    r"(?:dfe|lga|government|department\ for\ education|department|ministers?|council|councils|authority|charity|union|nspcc|barnardo|adcs"
    r"|association|commissioner|trust|mps|committee|ons|whitehall|college|institute|ofsted|inspectorate|inspectors"
    r"|inspection|watchdog|hmci|monitoring)(?:'s|')?"
)
_INSPECTORATE_OWNER: Final = timed(r"(?i:(?:ofsted|inspectorate|inspectors|inspection|watchdog|hmci|monitoring)(?:'s|')?)")
#: Documents a body may own.
_DOCUMENT_WORDS: Final = r"report|review|study|survey|research|analysis|figures|statistics|data|table|audit|letter"
#: Words between an owner and its document: "the LGA's annual survey".
_BETWEEN: Final = r"(?:(?:own|new|latest|annual|recent|published|full|final|critical|damning|[\w-]+ly)\ ){0,2}"
#: A document with its owner: "the DfE report", "Government statistics" (the owner the
#: word before it), "a report by the Local Government Association", "the charity
#: published its survey".
OWNED_DOCUMENT: Final = timed(
    rf"""(?i:\b(?P<owner>{_OWNER_WORDS})\ {_BETWEEN}(?P<document>{_DOCUMENT_WORDS})\b
    |\b(?P<document>{_DOCUMENT_WORDS})\ (?:published\ |commissioned\ |written\ )?(?:by|from)\ (?:the\ )?(?:[\w'-]+\ ){{0,4}}?(?P<owner>{_OWNER_WORDS})\b
    |\b(?P<owner>{_OWNER_WORDS})\ (?:has\ |have\ )?(?:published|released|issued|produced)\ (?:its|their|a|an|the|new)\ {_BETWEEN}(?P<document>{_DOCUMENT_WORDS})\b)""",
    regex.VERBOSE,
)
#: A document named without its owner: "the report", "this study".
BARE_DOCUMENT: Final = timed(rf"(?i:(?:the|this|that|its)\ (?:{_DOCUMENT_WORDS}))")
#: How far back the document a bare one stands for is looked for.
_DOCUMENT_REACH: Final = 4000


def without_owned_documents(speaker: str) -> str:
    """The speaker's phrase with each owned document's noun blanked (positions kept):
    "The DfE report" reads as the DfE, not as an (inspectorate's) report."""
    for m in OWNED_DOCUMENT.finditer(speaker):
        if _INSPECTORATE_OWNER.fullmatch(m.group("owner")):
            continue  # "the monitoring letter": the inspectorate's, as read
        speaker = speaker[: m.start("document")] + " " * len(m.group("document")) + speaker[m.end("document") :]
    return speaker


def document_owner(ctx: Context, start: int) -> str | None:
    """The owner of the document a bare "the report" before ``start`` stands for: that
    of the last document named with one within ``_DOCUMENT_REACH`` characters."""
    lo = max(0, start - _DOCUMENT_REACH)
    owners = [(m.start(), m.group("owner")) for m in OWNED_DOCUMENT.finditer(ctx.text, lo, start)
              if m.group("document").lower() in _REPORTS]  # "council figures" are no report
    # a council's own: "a Hampshire report", "Leeds City Council's review"
    owners.extend((m.start, "council") for m in ctx.mentions_in(lo, start) if _COUNCIL_REPORT.match(ctx.text, m.end, start))
    if not owners and not _INSPECTORATE_NAMED.search(ctx.text):
        # a text that names no inspectorate ("the report" of the DfE's statistics): the
        # owner of the nearest document named with one, before or after, whatever it is
        near = [(abs(m.start() - start), m.group("owner")) for m in OWNED_DOCUMENT.finditer(ctx.text, lo, start + _DOCUMENT_REACH)]
        return min(near)[1] if near else None
    return max(owners)[1] if owners else None


#: The inspectorate named anywhere in a text.
_INSPECTORATE_NAMED: Final = timed(r"(?i:ofsted|inspector|inspectorate|inspection|hmci|watchdog)")


#: After a council's name, its report: "a Hampshire report", "Leeds City Council's review".
_COUNCIL_REPORT: Final = timed(
    r"(?:\ (?i:county\ |city\ |borough\ )?(?i:council))?(?:'s)?\ (?:own\ |new\ |latest\ )?(?i:report|review|study|survey|audit)\b"
)


#: Documents "the report" may stand for.
_REPORTS: Final = frozenset({"report", "review", "study", "survey", "research", "analysis", "audit", "letter"})


#: A post premodified by an acronym: "TCSW chief executive", "BASW chair".
ACRONYM_POST: Final = timed(
    r"(?<![\w'])(?P<acronym>\p{Lu}[\p{Lu}&]{2,})\ (?:chief\ executive|director|chair(?:man|woman)?|president|head|spokes(?:man|woman|person))\b"
)
#: Acronyms of councils' own posts and boards: the council's side (as is one ending in
#: C, a council's own: "KCC", "BCC").
COUNCIL_ACRONYMS: Final = frozenset({"DCS", "LSCB", "SCB", "LSCP", "SCP", "CSC", "LADO", "CEO", "MASH", "CSCB"})


def acronym_side_words(speaker: str) -> str | None:
    """The acronym owning a post in ``speaker`` ("TCSW chief executive" -> "TCSW"), or
    "council" if it is a council's ("KCC leader", "DCS"); ``None`` if there is none."""
    m = ACRONYM_POST.search(speaker)
    if m is None:
        return None
    return "council" if m.group("acronym") in COUNCIL_ACRONYMS or m.group("acronym").endswith("C") else m.group("acronym")
