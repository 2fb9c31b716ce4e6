"""More sides of speakers (issue 22, "who said it"): an inspector known by the letters
after their name, a body's statement that "reads" or a post it "tweeted", a named
person's side carried by their title and surname later on, and a quotation nested in
another (a Quote of its own, with the outer speaker's side).

Names are invented; councils are random draws. ``_quotes`` merges these frames into
``QUOTE_SOURCE_FRAMES``.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from ._base import Generated, authority_names
from ._quote_base import _CLAIMS, _NAMES, _PHRASES, Frame, _gen, _pick, _q


def _post_nominal_inspector(draw: st.DrawFn) -> Generated:
    """An inspector named with "HMI" after the name speaks for the inspectorate: "Jane
    Doe HMI said: ..."."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    lead = draw(st.sampled_from((f"{name} HMI said:", f"{name} HMI, who led the visit, said:", f"{name}, HMI, wrote:")))
    return _gen(f"{a} was visited in May.\n\n{lead} {_q(draw, claim)}\n", (claim, "inspectorate"))


def _statement_reads(draw: st.DrawFn) -> Generated:
    """A body's statement that "reads", or a post it "tweeted": the body's side."""
    a, claim = draw(authority_names()), draw(st.sampled_from(_CLAIMS))
    body, side = _pick(draw, [("The council's statement", "authority"), (f"{a} Council", "authority"),
                                        ("Ofsted's letter", "inspectorate"), ("The union's statement", "other")])
    verb = draw(st.sampled_from(("read", "reads", "tweeted", "posted")))
    return _gen(f"{a} was rated good.\n\n{body} {verb}: {_q(draw, claim)}\n", (claim, side))


def _surname_later(draw: st.DrawFn) -> Generated:
    """A person introduced with their post, then quoted by title and surname: their side."""
    a, name, claim = draw(authority_names()), draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_CLAIMS))
    post, side = _pick(draw, [("Ofsted's regional director", "inspectorate"),
                                        (f"{a}'s director of children's services", "authority"),
                                        ("the NSPCC's head of policy", "other")])
    title = draw(st.sampled_from(("Ms", "Dr")))
    surname = name.split()[-1]
    verb = draw(st.sampled_from(("said", "added", "told the BBC")))
    return _gen(f"{a} was rated good. {name}, {post}, welcomed it.\n\n{title} {surname} {verb}: {_q(draw, claim)}\n",
                (claim, side))


def _nested_quotation(draw: st.DrawFn) -> Generated:
    """A quotation in single marks nested in a double-quoted one is a Quote of its own,
    with the outer speaker's side: "The report said: "Children call it 'a turning point'.""."""
    a, phrase = draw(authority_names()), draw(st.sampled_from(_PHRASES))
    who, side = _pick(draw, [("The report", "inspectorate"), (f"{a} Council's leader", "authority"),
                             ("The union", "other")])
    op, cl = draw(st.sampled_from((('"', '"'), ("\u201c", "\u201d"))))
    iop, icl = draw(st.sampled_from((("'", "'"), ("\u2018", "\u2019"))))
    outer = f"Children describe the new service as {iop}{phrase}{icl} and say so often."
    return _gen(f"{a} was rated good.\n\n{who} said: {op}{outer}{cl}\n", (outer, side), (phrase, side))


def _report_of_statistics(draw: st.DrawFn) -> Generated:
    """"The report" in a story of statistics that names no inspectorate is the report of
    the body whose figures it is, named before or after ("Government statistics show
    ...", "the DfE report"); in one about an inspection it is the inspectorate's."""
    claim = draw(st.sampled_from(_CLAIMS))
    said = f"The report said: {_q(draw, claim)}"
    if draw(st.booleans()):
        owner = draw(st.sampled_from(("Government statistics", "Department for Education figures")))
        return _gen(f"{owner} show caseloads rose.\n\n{said}\n", (claim, "other"))
    if draw(st.booleans()):
        owner = draw(st.sampled_from(("The DfE report", "The government's annual report")))
        return _gen(f"Caseloads rose again this year.\n\n{said}\n\n{owner} was published on Tuesday.\n", (claim, "other"))
    a = draw(authority_names())
    return _gen(f"Ofsted inspected {a} in May and rated it good.\n\n{said}\n", (claim, "inspectorate"))


MORE_QUOTE_SOURCE_FRAMES: Final[dict[str, Frame]] = {
    "report_of_statistics": _report_of_statistics,
    "nested_quotation": _nested_quotation,
    "post_nominal_inspector": _post_nominal_inspector, "statement_reads": _statement_reads, "surname_later": _surname_later,
}
__all__ = ["MORE_QUOTE_SOURCE_FRAMES"]
